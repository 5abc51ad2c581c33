"""Test the senses of a request verb that ask nothing (annotate/senses.py), on invented sentences."""

from __future__ import annotations

import pytest

from dateline.annotate.senses import asks_nothing, builds_on, draws_closer, knows_only


@pytest.mark.parametrize(
    ("text", "word", "nothing"),
    [
        ("The Chilean foreign minister insisted on Monday that the talks with Bolivia would be indirect.", "insisted",
         True),
        ("Chilean negotiators insisted that Bolivia withdraw its soldiers from the border zone.", "insisted", False),
        ("Chile insisted that the prisoners be freed.", "insisted", False),
        ("Chile insisted that Bolivia must withdraw its troops.", "insisted", False),
        ("Chile insisted that Bolivia pay the costs of the inquiry.", "insisted", False),
        ("Chile insisted on a recount of the votes.", "insisted", False),
        ("The leaders of Chile and Peru sought to ease tensions.", "sought", True),
        ("Peru sought military help from Chile on Monday.", "sought", False),
    ],
)
def test_a_request_verb_asks_only_in_its_asking_sense(nlp, text, word, nothing):
    [tok] = [t for t in nlp(text) if t.text == word]
    assert asks_nothing(tok) is nothing


@pytest.mark.parametrize(
    "text",
    [
        "Chile threatened on Monday to impose tariffs on Peruvian goods while the presidents of both nations sought "
        "to calm the dispute.",
        "Chile on Thursday backed the right of Bolivian troops to fire on smugglers and insisted the unrest there "
        "stemmed from old grievances.",
    ],
)
def test_trying_or_maintaining_a_view_is_no_request(annotate_text, text):
    assert "REQUEST" not in [v.type for v in annotate_text(text).events]


def test_seeking_help_from_a_state_is_still_a_request(annotate_text):
    assert [v.type for v in annotate_text("Peru sought military help from Chile on Monday.").events] == ["REQUEST"]


def test_a_quote_relays_speech_and_is_no_event(annotate_text):
    doc = annotate_text("King Letsie of Lesotho was quoted on Tuesday as saying that he stood ready to host talks "
                        "between a Kenyan peace group and the Ugandan government.")
    assert "THREATEN" not in [v.type for v in doc.events]


def test_applying_a_standard_asks_nothing_applying_for_membership_asks(annotate_text):
    doc = annotate_text("Chilean President Boric on Friday rejected European criticism of Bolivian and Peruvian mining "
                        "and said Europe was applying a double standard on labour rights.")
    assert "REQUEST" not in [v.type for v in doc.events]
    doc = annotate_text("Ukraine applied for membership of the European Union on Monday.")
    assert [v.type for v in doc.events] == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "closer"),
    [
        ("Over the past year Bhutan has moved closer to New Delhi.", True),
        ("Zambian troops moved closer to the Malawian border on Monday.", False),  # a force moves on the ground
        ("Zambia moved tanks closer to the Malawian border on Monday.", False),  # something moved
        ("Zambia moved its embassy to Lilongwe in May.", False),  # no drawing closer
    ],
)
def test_drawing_closer_in_ties_moves_nothing(nlp, text, closer):
    verb = next(t for t in nlp(text) if t.lemma_ == "move")
    assert draws_closer(verb) is closer


@pytest.mark.parametrize(
    ("text", "extends"),
    [
        ("The new pact builds on a 2015 accord between Ghana and Togo.", True),
        ("Officials said the deal would build upon talks held in Doha last year.", True),
        ("Zambia's budget built on the reforms its finance minister began in 2021.", True),
        ("The Chilean plan expands on a water-sharing scheme agreed with Argentina.", True),
        ("Russia built up its forces near the Estonian border.", False),  # troops massed
        ("China built an airstrip on the reef in March.", False),  # something built
    ],
)
def test_building_on_an_earlier_thing_extends_it(nlp, text, extends):
    verb = next(t for t in nlp(text) if t.lemma_ in ("build", "expand"))
    assert builds_on(verb) is extends


def test_a_pact_built_on_an_accord_mobilises_nothing(annotate_text):
    doc = annotate_text("Kenyan officials said the pact built on a 2015 accord with Uganda. "
                        "Russia built up its forces near the Estonian border on Monday.")
    assert [v.type for v in doc.events] == ["MOBILIZE"], [(v.type, v.trigger) for v in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "Zambia closed its border with Malawi on Friday, hitting back hours after Lilongwe expelled two Zambian "
        "diplomats.",
        "Kenya struck back at Somalia on Friday, suspending all flights to Mogadishu.",
        "Peru froze all trade with Chile on Thursday, hitting back at Santiago for the seizure of a Peruvian fishing "
        "boat.",
        "Bolivia recalled its ambassador from Lima on Monday, hitting back at Peru over the arrest of two Bolivian "
        "truckers.",
        "Moldova hit back on Tuesday, expelling a Russian diplomat a day after Moscow ordered out two Moldovans.",
    ],
)
def test_hitting_back_is_told_by_the_reprisal_it_names(annotate_text, text):
    doc = annotate_text(text)
    assert not [v for v in doc.events if v.trigger in ("hitting", "hit", "struck")], [
        (v.type, v.trigger) for v in doc.events]


@pytest.mark.parametrize(
    ("text", "word", "type_", "back"),
    [
        ("The Latvian prime minister hit back at critics of the budget.", "hit", "ASSAULT", True),
        ("The Latvian prime minister hit back at critics of the budget.", "hit", "ACCUSE", False),
        ("The Latvian prime minister hit back at critics, calling them cowards.", "hit", "ACCUSE", True),
        ("Ruritanian troops struck back at dawn.", "struck", "ASSAULT", True),
        ("A rocket hit the port of Velna on Monday.", "hit", "ASSAULT", False),
        ("Bordurian jets struck a fuel depot near the border.", "struck", "ASSAULT", False),
    ],
)
def test_a_blow_with_back_is_an_answer(nlp, text, word, type_, back):
    from dateline.annotate.senses import strikes_back

    doc = nlp(text)
    [tok] = [t for t in doc if t.text == word]
    assert strikes_back(tok, type_, {t.i for t in doc if t.lower_ == "calling"}) is back


@pytest.mark.parametrize(
    "text",
    [
        "At his inauguration on Monday, Malawi's new president vowed to govern for all citizens and pledged to fight "
        "corruption.",
        "The Kenyan president vowed on Friday to rebuild the flooded towns of the Rift Valley.",
        "Bolivia's new president vowed on Sunday to restore fuel supplies within a month.",
    ],
)
def test_a_vow_that_does_no_harm_threatens_no_one(annotate_text, text):
    doc = annotate_text(text, published="2025-03-14")
    assert "THREATEN" not in [v.type for v in doc.events], [(v.type, v.trigger) for v in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan army chief vowed on Wednesday to crush the rebels who raided the border post.",
        "Mali's interior minister vowed to punish the militia behind the ambush on the convoy.",
    ],
)
def test_a_vow_of_reprisal_stays_a_threat(annotate_text, text):
    doc = annotate_text(text, published="2025-03-14")
    assert "THREATEN" in [v.type for v in doc.events], doc.events


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Petrov asked about the funding of the militia at a press conference in Quito on Monday.",
        "Opposition lawyer Ines Prado asked Senator Luis Mendez on Monday about the missing funds.",
        '"So I asked them: who paid for the trip?" Senator Luis Mendez said on Monday.',
    ],
)
def test_a_question_on_a_topic_or_in_its_own_words_is_no_request(annotate_text, text):
    # asking about something, or asking a question told in quotes, asks for an answer, not for an act
    assert "REQUEST" not in [v.type for v in annotate_text(text).events]


@pytest.mark.parametrize(
    ("text", "nothing"),
    [
        ("The senator asked the minister about the delay.", True),
        ("The senator asked Chile for help about the floods.", False),
        ("The senator asked Chile to return the ship.", False),
    ],
)
def test_asking_about_a_topic_asks_nothing(nlp, text, nothing):
    [tok] = [t for t in nlp(text) if t.text == "asked"]
    assert asks_nothing(tok) is nothing


@pytest.mark.parametrize(
    "text",
    [
        "Two Bolivian bankers, Ivan Petrov and Lena Okafor, testified to a Senate panel in La Paz on Tuesday.",
        "Lena Okafor testified on Tuesday that she had not been told about the payments.",
        "Deputy minister Omar Farouk testified for three hours at a parliamentary inquiry in Nairobi on Monday.",
    ],
)
def test_giving_evidence_accuses_no_one(annotate_text, text):
    # GUIDE.md: testimony is no event unless it accuses someone
    assert "ACCUSE" not in [v.type for v in annotate_text(text).events]


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("The envoy testified before the committee on Tuesday.", True),
        ("The envoy testified that he had not been told.", True),
        ("The envoy testified that the minister had ordered the raid.", False),
        ("The envoy signed the accord.", False),
    ],
)
def test_a_testimony_about_someone_else_may_accuse(nlp, text, only):
    from dateline.annotate.senses import testifies_only  # noqa: PLC0415

    [tok] = [t for t in nlp(text) if t.dep_ == "ROOT"]
    assert testifies_only(tok) is only


@pytest.mark.parametrize(
    "text",
    [
        "Orlov said the new bridge over the Volga should be ready for traffic in 2027.",
        "The Peruvian port authority said the terminal should be operational by June.",
        "Grant said his company's rocket should be available for launches starting in 2026.",
    ],
)
def test_a_forecast_of_readiness_is_no_demand(annotate_text, text):
    # "should be ready / available" in what was said foretells; it asks no one for an act (real pages: engineers,
    # firms and officials giving dates)
    assert "REQUEST" not in [v.type for v in annotate_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "The storm front should move east by Friday evening, said Ilse Brandt, a duty forecaster at the agency.",
        "Lopes said fuel prices should fall again next spring.",
        "The harbour master told reporters the fog must lift before the ferries can sail.",
    ],
)
def test_what_a_thing_should_do_is_no_demand(annotate_text, text):
    # a "should / must" clause whose subject is a thing foretells what it will do: no one is asked to act (real pages:
    # utilities, forecasters and analysts on the weather, prices and markets)
    assert "REQUEST" not in [v.type for v in annotate_text(text).events]


def test_a_demand_to_act_or_to_be_ready_to_act_stays(annotate_text):
    for text in ("Kenya said Uganda should withdraw its troops from the island by Friday.",
                 "Kenya said Uganda should be ready to pull its soldiers off the island.",
                 "Kenya's foreign minister said the sanctions on Uganda should be lifted at once.",
                 "Kenya's health minister said the government should resign over the outbreak."):
        assert "REQUEST" in [v.type for v in annotate_text(text).events], text


def test_referring_to_a_thing_spoken_of_is_no_accusation(annotate_text):
    doc = annotate_text("'It reminds us of the old programme,' said Kaur, referring to Norway's research effort.")
    assert "ACCUSE" not in [v.type for v in doc.events]


def test_a_matter_referred_to_a_court_stays_what_it_is(annotate_text):
    doc = annotate_text("Kenya referred the border dispute with Uganda to the African Union court on Monday.")
    assert doc.events, "a referral hands a matter on"


@pytest.mark.parametrize(("text", "word", "knows"), [
    ("Kenya and Uganda recognize that lowering tariffs would hurt their farmers.", "recognize", True),
    ("The Chilean minister realised that the vote was lost.", "realised", True),
    ("Ghana recognized Kosovo as an independent state on Monday.", "recognized", False),
])
def test_grasping_a_fact_is_no_recognition(nlp, text, word, knows):
    assert knows_only(next(t for t in nlp(text) if t.text == word)) is knows


def test_recognizing_that_gives_no_support(annotate_text):
    doc = annotate_text("Chilean President Ana Soto and Finance Minister Luis Vera recognize that selling the copper "
                        "mines to a foreign buyer would anger voters, two officials said.")
    assert not [e for e in doc.events if e.type == "SUPPORT"], [(e.type, e.trigger) for e in doc.events]


@pytest.mark.parametrize("text", [
    "On Thursday, Kenyan opposition leader Amos Otieno took to Twitter and accused President Daniel Kiprop of rigging "
    "the vote.",
    "Peru's foreign minister Ana Quispe took to the airwaves on Monday to defend the border deal.",
])
def test_taking_to_a_medium_is_no_appointment(annotate_text, text):
    # "took to Twitter / the airwaves" turns to a medium; no office is taken (real pages: the learned decision read
    # an appointment with the medium as its target)
    assert "APPOINT" not in [v.type for v in annotate_text(text).events]


def test_taking_office_or_taking_over_stays_an_appointment(annotate_text):
    for text in ("Marta Rojas took office as Chile's foreign minister on Monday.",
                 "After General Luis Vargas retired, it was Colonel Marta Rojas who took over."):
        assert "APPOINT" in [v.type for v in annotate_text(text).events], text


@pytest.mark.parametrize("text", [
    "The offer struck me as hollow, the Kenyan official, Peter Otieno, said on Monday.",
    "The decision struck many Kenyan diplomats as hasty, Peter Otieno said.",
])
def test_striking_someone_as_something_is_an_impression(annotate_text, text):
    assert not [e for e in annotate_text(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Kenyan jets struck rebel positions in Somalia as the talks began on Monday.",
    "Kenyan jets struck a rebel depot in Somalia as part of an offensive on Monday.",
])
def test_a_strike_with_an_as_clause_or_phrase_stays_an_assault(annotate_text, text):
    assert [e for e in annotate_text(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Kenyan officials worry about the general's erratic moves, as demonstrated by his sudden walkout from the border "
    "talks in Arusha.",
    "Nairobi's anger, as the last week demonstrated, runs deep among Kenyan farmers.",
])
def test_what_is_shown_is_no_demonstration(annotate_text, text):
    # "as demonstrated by", "as X demonstrated": a showing, no one took to the streets (real pages: read as PROTEST)
    assert "PROTEST" not in [v.type for v in annotate_text(text).events]


def test_people_who_demonstrate_protest(annotate_text):
    doc = annotate_text("Thousands of Kenyan teachers demonstrated outside parliament in Nairobi on Monday.")
    assert "PROTEST" in [v.type for v in doc.events]


@pytest.mark.parametrize("text", [
    "Kenya has long warned Uganda against building the dam.",
    "Kenyan dock unions have long warned that the port lacks cranes.",
])
def test_a_long_standing_habit_tells_no_occasion(annotate_text, text):
    # "have long warned" sums up many occasions, none told (real pages: a union's long-standing warnings read as one)
    doc = annotate_text(text)
    assert not doc.events, [v.to_json() for v in doc.events]


def test_one_warning_told_stays_an_event(annotate_text):
    assert annotate_text("Kenya warned Uganda on Monday against building the dam.").events
    # "long since": long ago, one act done
    doc = annotate_text("Kenya had long since withdrawn its troops from Somalia when the talks opened in May.")
    assert "RETREAT" in [v.type for v in doc.events], [v.to_json() for v in doc.events]


def test_what_a_long_habit_warns_of_is_told_on_no_occasion(annotate_text):
    # the content of "have long warned that ..." is what many warnings said, no act done on one day
    doc = annotate_text("Nigeria's prisons chief visited the Kirikiri jail on Tuesday.\n\nGuards' unions have long "
                        "warned that staff cuts have exhausted guards and compromised safety inside the Lagos jail.")
    assert "CONCEDE" not in [v.type for v in doc.events], [v.to_json() for v in doc.events]


def test_a_dated_act_inside_a_long_habit_stays(annotate_text):
    doc = annotate_text("Nigeria's prisons chief visited the Kirikiri jail on Tuesday.\n\nGuards' unions have long "
                        "warned that the Lagos governor sacked their leader on 3 March.")
    assert "DISMISS" in [v.type for v in doc.events]


@pytest.mark.parametrize("text", [
    "Mr Okafor of Nigeria has not committed to any specific terms with Ghana.",
    "Ghana's President Ama Mensah met Togo's president in Lome on Monday.\n\nGhana has not held any talks with Benin "
    "since the border closed.",
])
def test_a_perfect_that_denies_any_occasion_tells_none(annotate_text, text):
    # "has not ... any" says nothing of the kind has happened so far: no one act, done or not done
    doc = annotate_text(text)
    assert not [v for v in doc.events if v.modality == "negated"], [v.to_json() for v in doc.events]


@pytest.mark.parametrize(("text", "type_", "modality"), [
    ("Ghana has not signed the trade accord with Nigeria.", "AGREE", "negated"),
    ("Ghana will not accept any deal with Nigeria that leaves its farmers worse off, Mensah said.", "REJECT",
     "asserted"),
])
def test_one_act_not_done_or_a_refusal_stays(annotate_text, text, type_, modality):
    assert (type_, modality) in [(v.type, v.modality) for v in annotate_text(text).events]


@pytest.mark.parametrize("text", [
    "Ghana's President Ama Mensah met Togo's president in Lome on Monday.\n\nMany businesses agree that Togo has long "
    "exploited the trade rules and support Mensah's efforts to end unfair practices.",
    "Ghana's President Ama Mensah met Togo's president in Lome on Monday.\n\nMost exporters in Accra back Mensah's "
    "plan.",
])
def test_a_kind_of_people_in_the_present_tells_a_view(annotate_text, text):
    # "many businesses ... support" is a standing view of a kind of people, done on no occasion
    doc = annotate_text(text)
    assert "SUPPORT" not in [v.type for v in doc.events], [v.to_json() for v in doc.events]


@pytest.mark.parametrize("guess", [
    "Many Ghanaians will deplore that stance.",
    "Many Ghanaians will deplore that stance and were appalled when a guard was beaten last week.",
])
def test_a_kind_of_people_foretold_with_no_date_is_a_guess(annotate_text, guess):
    # "many Ghanaians will deplore" guesses the view of a kind of people: no act planned (the day of a coordinated
    # clause is not its own)
    doc = annotate_text("On Monday, Ghana's state newspaper said there was no room for compromise with the students."
                        "\n\n" + guess)
    assert "ACCUSE" not in [v.type for v in doc.events], [v.to_json() for v in doc.events]


@pytest.mark.parametrize("text", [
    "Many protesters marched through Accra on Monday to denounce President Mensah.",
    "Many opposition lawmakers in Ghana will boycott President Mensah's address to parliament on Friday, the party "
    "said.",
])
def test_many_people_who_act_once_still_act(annotate_text, text):
    assert "PROTEST" in [v.type for v in annotate_text(text).events]


def test_a_manner_brought_into_a_kind_of_proceeding_tells_no_session(annotate_text):
    # "has poured theatre into negotiations with rival exporters" sums up a way of behaving over many sessions
    doc = annotate_text("Nigeria and Ghana agreed on Tuesday to cut tariffs on rice.\n\nPresident Okafor has poured "
                        "the same theatre into negotiations with rival exporters, among them Togo and Benin, openly "
                        "threatening them with duties.")
    types = [v.type for v in doc.events]
    assert "CONSULT" not in types and "THREATEN" not in types, [v.to_json() for v in doc.events]


@pytest.mark.parametrize(("text", "type_"), [
    ("Nigeria has closed its border with Benin, accusing Cotonou of smuggling.", "ACCUSE"),
    ("President Kwame Okafor of Nigeria has threatened Ghana with tariffs.", "THREATEN"),
    ("Police in Lagos have arrested several traders, including two Ghanaians, accusing them of smuggling.", "COERCE"),
])
def test_acts_told_in_a_perfect_stay(annotate_text, text, type_):
    assert type_ in [v.type for v in annotate_text(text).events]


def test_talks_that_go_on_tell_no_session(annotate_text):
    # "continue to negotiate" in the present tells the state of the talks; the pact they "might" reach is a guess
    doc = annotate_text("Nigeria and Ghana agreed on Tuesday to cut tariffs on rice.\n\nAccra and Abuja continue to "
                        "negotiate over the levy and might settle a broader pact before the spring.")
    assert "CONSULT" not in [v.type for v in doc.events], [v.to_json() for v in doc.events]


def test_talks_continued_on_a_day_stay_a_meeting(annotate_text):
    doc = annotate_text("Nigerian and Ghanaian negotiators continued to negotiate in Abuja on Wednesday.")
    assert "CONSULT" in [v.type for v in doc.events]


def test_the_goal_of_a_striving_is_not_reached(annotate_text):
    # "battle to win the election" tells a contest: no win is told
    doc = annotate_text("All of Ghana's parties are pouring their campaign money into social media as they battle to "
                        "win the December 7 election.")
    assert "APPOINT" not in [v.type for v in doc.events], [v.to_json() for v in doc.events]


@pytest.mark.parametrize(("text", "type_"), [
    ("Nigerian troops battled to retake the town of Gashua from rebels on Sunday.", "ASSAULT"),
    ("Ghana's opposition won the December 7 election, the electoral commission said on Tuesday.", "APPOINT"),
])
def test_a_fight_or_a_win_told_stays(annotate_text, text, type_):
    assert type_ in [v.type for v in annotate_text(text).events]


@pytest.mark.parametrize("text", [
    "\"We had almost no money in those years,\" Lucia Ferraz recalled in an interview.",
    "\"My partner and I met at a wedding,\" Helga Sorensen recalled in an email.",
    "Tariq Osmani, a former Afghan trade envoy, recalled that the customs talks with Tajikistan dragged on for years.",
])
def test_a_memory_told_is_no_recall_of_anyone(annotate_text, text):
    # "recalled" with no object reports what a speaker remembers: nobody is called home or removed from a post
    types = [v.type for v in annotate_text(text).events]
    assert "DISMISS" not in types and "SANCTION" not in types, types


@pytest.mark.parametrize("text", [
    "Peru recalled its ambassador from Bolivia on Tuesday over the president's remarks.",
    "Peru's ambassador to Bolivia was recalled on Tuesday over the president's remarks.",
])
def test_an_envoy_recalled_stays_an_event(annotate_text, text):
    assert {"SANCTION", "DISMISS"} & {v.type for v in annotate_text(text).events}, text


@pytest.mark.parametrize("text", [
    "A clerk misspelt her name on the poster, and the painter Sofia Marin took that as the title of her next show.",
    "Senator Luis Quiroga took the remark as an insult and left the studio.",
])
def test_taking_a_thing_as_something_takes_no_office(annotate_text, text):
    # "take X as Y" reads X as Y (senses.takes_as): nobody takes up a post
    types = [v.type for v in annotate_text(text).events]
    assert "APPOINT" not in types, types


@pytest.mark.parametrize("text", [
    "General Tomas Ruiz took power as head of the junta in Lima on Monday.",
    "Maria Lindqvist took office as Sweden's prime minister on Tuesday.",
    "Former envoy Omar Diallo took the job as Senegal's finance minister in March.",
])
def test_taking_a_post_as_its_holder_stays_an_appointment(annotate_text, text):
    assert "APPOINT" in [v.type for v in annotate_text(text).events], text


@pytest.mark.parametrize("text", [
    "When Amaru Quispe met his publisher, Lena Voss, in Berlin, they would argue for hours about commas.",
    "When the Nigerian painter Tunde Bello visited Paris, he used to sleep on a friend's sofa.",
])
def test_the_occasion_of_a_past_habit_is_no_meeting(annotate_text, text):
    # a "when" clause whose main clause is a habit ("would", "used to") tells many occasions, none of them told
    types = [v.type for v in annotate_text(text).events]
    assert "CONSULT" not in types, types


def test_a_dated_visit_in_a_when_clause_stays_a_visit(annotate_text):
    doc = annotate_text("When Brazil's foreign minister visited Lima on Tuesday, she signed a trade accord with Peru.")
    assert "CONSULT" in [v.type for v in doc.events]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Senegalese band Teranga Blues was nominated last month for induction into a world music hall of fame.",
     "APPOINT"),
    ("The Nigerian rapper Dayo Cole was nominated for three Grammys on Friday.", "APPOINT"),
    ("The Peruvian film was nominated for an Oscar on Tuesday.", "AWARD"),
])
def test_a_nomination_for_a_prize_is_no_appointment_or_award(annotate_text, text, kind):
    # GUIDE.md: nominated or shortlisted for a prize is AWARD not_event (senses.nominated_for_prize)
    types = [v.type for v in annotate_text(text).events]
    assert kind not in types, types


@pytest.mark.parametrize("text", [
    "Kenya's president nominated former judge Ann Wambui for the post of chief justice on Monday.",
    "Peru's president nominated Carlos Rey as prime minister on Tuesday.",
])
def test_a_nomination_to_a_post_stays_an_appointment(annotate_text, text):
    assert "APPOINT" in [v.type for v in annotate_text(text).events], text


def test_dropping_out_of_a_course_leaves_no_post(annotate_text):
    # senses.drops_out_of_course: a student leaving a university is no DISMISS
    doc = annotate_text("Priya Raman dropped out of the university in Chennai after two years and opened a bakery.")
    assert "DISMISS" not in [v.type for v in doc.events]
