"""An act that did not happen is no event when told only as a circumstance of another ("lapsed without X expelling
anyone") or as a non-committal answer ("neither confirmed nor denied", "declined to comment") (annotate/non_acts.py,
issue 12). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.annotate.non_acts import non_act
from event_helpers import of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_a_without_gerund_tells_no_act(annotate_text: Any) -> None:
    doc = annotate_text("The ultimatum lapsed on Friday without Nairobi expelling the Ugandan consul.")
    assert not of_type(doc, "SANCTION"), _types(doc)
    doc = annotate_text("The talks in Arusha broke up on Tuesday without the two delegations signing a truce.")
    assert not of_type(doc, "AGREE"), _types(doc)


def test_the_same_act_told_outright_stays(annotate_text: Any) -> None:
    doc = annotate_text("Kenya expelled the Ugandan consul on Friday.")
    assert of_type(doc, "SANCTION"), _types(doc)


def test_a_non_committal_answer_is_no_rejection(annotate_text: Any) -> None:
    for text in ("Tanzania neither confirmed nor denied on Friday that its gunboats were on the lake.",
                 "Zambia would not confirm or deny that its pilots had crossed the border.",
                 "A spokesman for the Malawian cabinet declined to comment on the leaked memo."):
        doc = annotate_text(text)
        assert not of_type(doc, "REJECT"), (text, _types(doc))


def test_a_reply_with_its_clause_is_no_act_of_its_own(annotate_text: Any) -> None:
    doc = annotate_text("Zambia's Foreign Ministry replied on Monday that it would study the Malawian proposal.")
    assert not doc.events, _types(doc)
    # what the reply says may be the act
    doc = annotate_text("Zambia's Foreign Ministry replied on Monday that it rejected the Malawian proposal.")
    assert [e.trigger for e in of_type(doc, "REJECT")] == ["rejected"], _types(doc)


def test_a_question_whether_an_act_is_done_tells_none(annotate_text: Any) -> None:
    doc = annotate_text('"Will you expel the Malawian envoy?" a reporter asked Zambian President Ruth Banda on Monday.')
    assert not doc.events, _types(doc)
    # the act told outright stays
    doc = annotate_text("Zambia expelled the Malawian envoy on Monday.")
    assert of_type(doc, "SANCTION"), _types(doc)


def test_a_denial_or_a_refusal_of_an_act_stays(annotate_text: Any) -> None:
    doc = annotate_text("Zambia refused to recognise the disputed mandate of the Malawian parliament.")
    assert of_type(doc, "REJECT"), _types(doc)


def test_non_act_names_its_reason(nlp: Any) -> None:
    doc = nlp("The envoy flew home without meeting the minister, and the ministry declined to comment.")
    meeting = next(t for t in doc if t.text == "meeting")
    declined = next(t for t in doc if t.text == "declined")
    flew = next(t for t in doc if t.text == "flew")
    assert non_act(meeting) == "a circumstance that did not happen"
    assert non_act(declined) == "a non-committal answer"
    assert non_act(flew) is None


def test_a_cleft_that_counts_an_act_tells_no_second_one(annotate_text: Any) -> None:
    # the summons it counts is told in its own sentence; the count alone would date it "this month"
    doc = annotate_text("It was the second time this month that Zambia had summoned the Malawian ambassador.")
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_an_ordinal_told_outright_stays(annotate_text: Any) -> None:
    doc = annotate_text("Zambia summoned the Malawian ambassador for the second time this month.")
    assert of_type(doc, "ACCUSE"), _types(doc)


def test_a_without_noun_is_left_to_the_negation(nlp: Any) -> None:
    """ "passed without clashes" for a stated day is a negated event (GUIDE.md in data/events), not a circumstance."""
    doc = nlp("The vote in Lusaka passed on Sunday without clashes between police and protesters.")
    clashes = next(t for t in doc if t.text == "clashes")
    assert clashes.dep_ == "pobj" and non_act(clashes) is None


def test_an_act_with_no_date_set_is_hypothetical(annotate_text: Any) -> None:
    for text in ("The date for signing the Kenyan-Tanzanian border accord has not been fixed.",
                 "Kenya and Tanzania will sign the accord once the border is demarcated, although no date is fixed.",
                 "Nairobi says the accord with Tanzania cannot be signed until Dodoma drops its claim to the island, "
                 "and a signing date has not been fixed."):
        doc = annotate_text(text)
        assert not of_type(doc, "AGREE"), (text, _types(doc))


def test_an_act_done_beside_an_unset_date_stays(annotate_text: Any) -> None:
    doc = annotate_text("Mutai met Hassan in Arusha on Monday, but a date for their next round of talks is not fixed.")
    assert len(of_type(doc, "CONSULT")) == 1, _types(doc)


def test_a_label_in_a_free_relative_tells_no_second_act(annotate_text: Any) -> None:
    """The speaker's label re-describes the act the clause tells: one seizure, one shelling, no accusation."""
    doc = annotate_text("Ecuador's navy seized two Peruvian trawlers on Saturday, in what Lima described as an act of piracy.")
    assert [e.type for e in doc.events] == ["COERCE"], _types(doc)
    doc = annotate_text("Kenyan troops shelled the border town of Mandera on Sunday in what Somali officials described as "
                        "the heaviest bombardment in a decade.")
    assert [e.type for e in doc.events] == ["ASSAULT"], _types(doc)


def test_a_verb_of_calling_with_an_object_still_accuses(annotate_text: Any) -> None:
    doc = annotate_text("Beijing branded the visit a dangerous provocation.")
    assert of_type(doc, "ACCUSE"), _types(doc)


def test_a_condemned_free_relative_keeps_its_target(annotate_text: Any) -> None:
    """Condemning and calling are one act; the label names whom it condemns."""
    doc = annotate_text("Athens condemned what it called Ankara's reckless and hostile overflights of its islands.")
    countries = {a.id: a.country for a in doc.entities}
    assert any("TUR" in {countries.get(t) for t in e.target} for e in of_type(doc, "ACCUSE")), _types(doc)


def test_the_label_of_a_free_relative_names_its_reason(nlp: Any) -> None:
    doc = nlp("Ecuador's navy seized two trawlers on Saturday, in what Lima called an act of piracy, and Peru rejected "
              "what the opposition called for.")
    by_text = {t.text: t for t in doc}
    assert non_act(by_text["piracy"]) == "a label in a free relative"
    assert non_act(doc[[t.text for t in doc].index("called")]) == "a label in a free relative"
    assert non_act(by_text["seized"]) is None
    assert non_act(doc[len(doc) - 3]) is None  # "called for": a request, no label


def test_the_term_of_a_sentence_is_no_arrest(annotate_text: Any) -> None:
    doc = annotate_text("A Nairobi court had sentenced the activist Grace Wanjiru to eight months in jail in March.")
    assert of_type(doc, "SANCTION") and not of_type(doc, "COERCE"), _types(doc)


def test_a_jail_term_on_another_verb_stays_an_event_word(nlp: Any) -> None:
    doc = nlp("The editor spent two years in jail before the court sentenced him again.")
    jail = next(t for t in doc if t.text == "jail")
    assert non_act(jail) is None


def test_the_grounds_of_an_arrest_are_no_accusation(nlp: Any) -> None:
    """The charge or warrant an arrest is made on is that arrest's circumstance, not an accusation of its own."""
    for text, word in (("Police in Lusaka detained the newspaper editor Mwila Banda on Monday on charges of sedition.",
                        "charges"),
                       ("The banker Tomas Reyes was held at the border on suspicion of fraud.", "suspicion"),
                       ("Officers arrested the former mayor of Cuenca at the airport on a warrant from Guayaquil.",
                        "warrant")):
        doc = nlp(text)
        noun = next(t for t in doc if t.text == word)
        assert non_act(noun) == "the grounds of another act", (text, noun.dep_, noun.head.text)


def test_a_charge_told_as_an_act_stays_an_event_word(nlp: Any) -> None:
    doc = nlp("Zambian prosecutors brought charges of sedition against the editor on Monday.")
    assert non_act(next(t for t in doc if t.text == "charges")) is None
    doc = nlp("The minister commented at length on the new Dutch proposal.")
    assert non_act(next(t for t in doc if t.text == "proposal")) is None


def test_a_stance_describing_a_noun_is_no_rejection(annotate_text: Any) -> None:
    doc = annotate_text("Farmers opposed to the Chilean trade pact blocked a highway near Santiago on Monday.")
    assert not of_type(doc, "REJECT"), _types(doc)
    doc = annotate_text("Chile opposed the trade pact on Monday.")
    assert of_type(doc, "REJECT"), _types(doc)


def test_a_sentence_with_no_verb_is_walked_to_its_root(nlp: Any) -> None:
    """A headline with no verb: the walk up from a noun ends at the root."""
    doc = nlp("Deadly clashes on the Chad border")
    assert all(non_act(t) is None for t in doc)


def test_accepting_a_resignation_told_before_is_no_second_act(annotate_text: Any) -> None:
    """The acceptance read as an act of its own came out as an agreement or a concession of the one who accepts."""
    for text in ("Angola's spy chief Tiago Lopes quit on Friday hours before a hearing in parliament, and "
                 "President Ana Ferreira accepted his resignation.",
                 "Defence Minister Tiago Lopes resigned on Monday. President Ana Ferreira accepted his resignation on "
                 "Tuesday."):
        doc = annotate_text(text)
        assert [e.type for e in doc.events] == ["DISMISS"], (text, _types(doc))


def test_a_sentences_unset_date_is_read_once_for_all_its_acts(nlp: Any, monkeypatch: Any) -> None:
    """Every act of a sentence asks whether its date is unset; the sentence's words are checked once (issue 12)."""
    from dateline.annotate import non_acts

    doc = nlp("Chile and Bolivia will sign the accord and open the crossing, but no date has been set.")
    checked: list[int] = []
    original = non_acts._unset_date
    monkeypatch.setattr(non_acts, "_unset_date", lambda verb: checked.append(verb.i) or original(verb))
    acts = [t for t in doc if t.lower_ in ("sign", "open")]
    assert [non_acts.unscheduled(t, "planned") for t in acts] == [True, True]
    assert sorted(checked) == list(range(len(doc)))


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Eritrea agreed on Wednesday to halt the shelling along their border.",
        "The rebels agreed on Saturday to halt the shelling of Goma.",
        "Armenia and Azerbaijan reached a deal on Tuesday to end the fighting in the border district of Tavush.",
        "Sudan's army pledged on Monday to stop its bombardment of the port of Suakin.",
        "Kosovo and Serbia agreed on Friday to stop the clashes along the Ibar river.",
        "Mediators said on Friday that both armies had agreed to end the bombing of Tripoli.",
    ],
)
def test_the_fighting_a_deal_halts_is_no_new_attack(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text, published="2025-03-14")
    assert not of_type(doc, "ASSAULT"), [(e.trigger, e.date) for e in doc.events]
    assert of_type(doc, "AGREE"), doc.events


def test_an_attack_told_beside_its_halt_stays(annotate_text: Any) -> None:
    doc = annotate_text("Rebels shelled the town of Kiwanja on Monday before government troops halted the assault.",
                        published="2025-03-14")
    assert [e.trigger for e in of_type(doc, "ASSAULT")] == ["shelled"], doc.events


def test_a_source_asking_not_to_be_named_tells_no_request(annotate_text: Any) -> None:
    """A news source's wish for anonymity is the reporter's convention, not a demand or refusal of the source."""
    for text in ("A police officer in Lagos, who asked not to be named, said the convoy had been attacked.",
                 "A senior diplomat in Nairobi, who declined to be identified, said the envoy had left.",
                 "A Kenyan officer who requested anonymity said troops had crossed the border.",
                 "A witness in Goma, who asked that her name not be used, said rebels entered the town."):
        doc = annotate_text(text)
        assert not of_type(doc, "REQUEST") and not of_type(doc, "REJECT"), (text, _types(doc))


def test_asking_a_state_not_to_name_someone_stays_a_request(annotate_text: Any) -> None:
    doc = annotate_text("Ghana asked Togo not to name the envoy.")
    assert of_type(doc, "REQUEST"), _types(doc)
    doc = annotate_text("Uganda declined to join the Kenyan-led force on Monday.")
    assert of_type(doc, "REJECT"), _types(doc)


@pytest.mark.parametrize("text", [
    "Former treasurer Ines Prado, a key witness in the bribery inquiry, spoke to senators in Lima on Wednesday.",
    "Former treasurer Ines Prado, the star witness in the corruption inquiry into President Luis Silva, spoke to "
    "senators in Lima on Wednesday.",
    "A Senate committee in Lima held a closed hearing on the corruption proceedings against former president Luis "
    "Silva on Tuesday.",
])
def test_a_proceeding_that_frames_a_role_is_no_act(annotate_text, text):
    # the proceeding is a standing frame of the story: "a witness in the inquiry" tells no new accusation
    assert "ACCUSE" not in [v.type for v in annotate_text(text).events]


def test_a_proceeding_opened_is_still_an_act(annotate_text):
    doc = annotate_text("Peruvian lawmakers opened an impeachment inquiry into President Luis Silva on Tuesday.")
    assert "ACCUSE" in [v.type for v in doc.events]


def test_a_reporters_unanswered_question_is_no_rejection(annotate_text: Any) -> None:
    # real pages close many paragraphs with who would not say what: the refusal answers a question, not a demand
    for text in ("Ortega declined to say when the bridge to Honduras would reopen.",
                 "Kowalski declined on Tuesday to say whether Warsaw would expel the Belarusian diplomats.",
                 "The Chilean defence minister refused to specify how many troops would be sent north.",
                 "A spokeswoman for the Peruvian navy declined comment on Monday."):
        doc = annotate_text(text)
        assert not of_type(doc, "REJECT"), (text, _types(doc))


def test_an_answer_not_given_is_no_promise(annotate_text: Any) -> None:
    for text in ("The Bolivian ambassador gave no response to questions about the expulsions on Monday.",
                 "Minister Halvorsen gave no explanation on Monday for the closure of the consulate."):
        doc = annotate_text(text)
        assert not of_type(doc, "AGREE") and not of_type(doc, "AID"), (text, _types(doc))


def test_a_refusal_to_act_or_an_offer_of_help_stays(annotate_text: Any) -> None:
    doc = annotate_text("Bolivia declined to extradite the former Peruvian minister on Monday.")
    assert of_type(doc, "REJECT"), _types(doc)
    # an answer withheld from investigators, or a reply to a demand, is a refusal of its own
    doc = annotate_text("The former Ecuadorian minister declined to answer the prosecutors' questions on Friday.")
    assert of_type(doc, "REJECT"), _types(doc)
    doc = annotate_text("Norway offered Chile two rescue helicopters on Monday.")
    assert of_type(doc, "AGREE") or of_type(doc, "AID"), _types(doc)


def test_a_consent_to_talk_to_the_press_is_no_agreement(annotate_text: Any) -> None:
    # real pages tell how the reporter got a source: nothing is promised to another party
    for text in ("Kowalski's sister agreed to an interview by telephone.",
                 "A Ghanaian official agreed to speak on condition of anonymity."):
        doc = annotate_text(text)
        assert not of_type(doc, "AGREE"), (text, _types(doc))


def test_an_agreement_to_talk_with_a_partner_stays(annotate_text: Any) -> None:
    doc = annotate_text("Rwanda agreed to speak with Kinshasa about the border on Monday.")
    assert of_type(doc, "AGREE"), _types(doc)


def test_an_act_never_done_is_no_occurrence(annotate_text: Any) -> None:
    for text in ("Kenya's president has never met his Ugandan counterpart.",
                 "The Malian envoy, whom Lindqvist had never met, arrived in Oslo on Monday."):
        doc = annotate_text(text)
        assert not [e for e in doc.events if e.trigger == "met"], (text, _types(doc))


def test_a_speakers_never_denies_and_stays(annotate_text: Any) -> None:
    # what a speaker says was never done denies an accusation (GUIDE.md: REJECT), it is no lifetime negation
    doc = annotate_text("In a letter on Monday, the former Chilean mayor Ana Rivas said she never intended to defraud "
                        "the city.")
    assert of_type(doc, "REJECT"), _types(doc)


def test_an_act_not_done_on_a_day_stays_negated(annotate_text: Any) -> None:
    doc = annotate_text("Peru's president Ana Castro did not meet the Chilean foreign minister in Lima on Monday.")
    assert [e for e in doc.events if e.trigger == "meet"], _types(doc)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Arborg hacker Ivo Marek is battling extradition to Ruritania, which says he leaked its files.",
         "extradition"),
        ("The Chilean banker faces deportation to Peru after his visa ran out.", "deportation"),
        ("Ivo Marek appealed against his extradition to Ruritania on Monday.", "extradition"),
    ],
)
def test_a_transfer_fought_or_awaited_is_no_act(nlp: Any, text: str, word: str) -> None:
    # the handing over has not happened: read as an act it hands the person to the state that asks for him
    tok = next(t for t in nlp(text) if t.text == word)
    assert non_act(tok) == "a transfer fought or awaited", [(t.text, t.dep_, t.head.text) for t in tok.doc]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Chile approved the extradition of Ivo Marek to Peru on Monday.", "extradition"),
        ("Ruritania completed the deportation of 40 Arborg migrants on Friday.", "deportation"),
        ("Chile extradited Ivo Marek to Peru after he lost his appeal.", "extradited"),
    ],
)
def test_a_transfer_done_stays_an_act(nlp: Any, text: str, word: str) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert non_act(tok) is None


@pytest.mark.parametrize("text", [
    "Nigeria and Ghana agreed on Tuesday to cut tariffs on rice.\n\nA long standoff offers Mr Okafor some political "
    "gains: it allows him to keep a firm line toward Accra and avoid opposition criticism for caving in to Ghana.",
    "Nigeria and Ghana agreed on Tuesday to cut tariffs on rice.\n\nPresident Okafor avoided criticism from Ghana by "
    "delaying the vote.",
])
def test_an_act_kept_from_happening_is_no_act(annotate_text: Any, text: str) -> None:
    # the criticism avoided is not made, and what it would charge ("caving in") is not done
    doc = annotate_text(text)
    assert not {"ACCUSE", "CONCEDE"} & {t for t, _ in _types(doc)}, _types(doc)


@pytest.mark.parametrize(("text", "type_"), [
    ("President Okafor of Nigeria escaped an attack on his convoy near Kano on Sunday.", "ASSAULT"),
    ("The smuggler avoided the Ghanaian police officers who raided his home in Accra on Monday.", "COERCE"),
])
def test_an_act_escaped_or_told_in_a_relative_clause_stays(annotate_text: Any, text: str, type_: str) -> None:
    assert type_ in [t for t, _ in _types(annotate_text(text))]


@pytest.mark.parametrize("text", [
    "Chancellor Mira Dahl has run the tariff talks in person and took on the role of the hard bargainer herself.",
    "Ingrid Harlow took on the role of a patient go-between in the dispute on Monday.",
])
def test_a_part_played_is_no_post_taken_up(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not of_type(doc, "APPOINT"), _types(doc)


@pytest.mark.parametrize("text", [
    "Ingrid Harlow assumed the role of prime minister on Monday.",
    "Ingrid Harlow took over the role of finance minister on Monday.",
    "Ingrid Harlow took office as president of Ruritania on Monday.",
])
def test_a_post_taken_up_as_a_role_stays(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert of_type(doc, "APPOINT"), _types(doc)


@pytest.mark.parametrize("text", [
    "Chancellor Mira Dahl claimed victory on Tuesday once the audit committee had closed its inquiry.",
    "Ingrid Harlow declared victory in the runoff on Sunday night.",
])
def test_an_outcome_proclaimed_is_no_act(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not any(e.trigger == "victory" for e in doc.events), _types(doc)


@pytest.mark.parametrize(("text", "word"), [
    ("Myanmar troops seized part of a rebel camp near the Thai border on Monday.", "seized"),
    ("Canada suspended part of its military aid to Mali on Monday.", "suspended"),
])
def test_a_part_of_something_acted_on_stays_an_act(annotate_text: Any, text: str, word: str) -> None:
    # only a role taken up is read for a part played: "part of" a thing is what the act takes
    doc = annotate_text(text)
    assert any(e.trigger == word for e in doc.events), _types(doc)


@pytest.mark.parametrize("text", [
    "Olaf Berg is accused of selling state secrets to a foreign buyer, which could bring a jail term of up to ten years.",
    "Chancellor Mira Dahl and her party have been accused of deceiving pensioners by hiding the budget gap.",
])
def test_a_charge_told_as_a_state_is_no_accusation(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not of_type(doc, "ACCUSE"), _types(doc)


@pytest.mark.parametrize("text", [
    "Olaf Berg was accused by prosecutors on Monday of selling state secrets.",
    "Olaf Berg has been accused on Monday of lying to parliament.",
    "Olaf Berg is accused of fraud, prosecutors said on Monday.",
])
def test_an_accusation_with_an_agent_a_time_or_a_reporter_stays(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert of_type(doc, "ACCUSE"), _types(doc)


def test_an_exhortation_lets_nothing_in_and_does_nothing(annotate_text: Any) -> None:
    # "let us" urges an audience: no access is let and what is urged is not done (non_acts._exhortation)
    for text in ('Ana Korvik, head of the Kenyan press union, said: "Let us now concentrate on the danger Ms Obi has '
                 'raised for months: the hostile prosecution of Ugandan reporters."',
                 '"Let us withdraw our troops from the border and talk," Kenyan President Tomas Oduya told Ugandan '
                 'leaders in Nairobi.'):
        doc = annotate_text(text)
        assert not of_type(doc, "RETREAT"), (text, _types(doc))


def test_an_act_with_its_own_clause_inside_an_exhortation_stays(annotate_text: Any) -> None:
    doc = annotate_text('"Let us remember the 12 soldiers Ugandan troops killed at the border on Monday," Kenyan '
                        'President Tomas Oduya said.')
    assert [e.trigger for e in of_type(doc, "ASSAULT")] == ["killed"], _types(doc)


def test_making_no_apology_defends_and_concedes_nothing(annotate_text: Any) -> None:
    doc = annotate_text('"We make no apologies for hitting back hard at every false claim," Kenyan Interior Minister '
                        'Tomas Oduya told reporters.')
    assert not of_type(doc, "CONCEDE"), _types(doc)


def test_an_apology_withheld_from_a_party_stays_negated(annotate_text: Any) -> None:
    doc = annotate_text("Kenya made no apology to Uganda for the raid, Kenyan Interior Minister Tomas Oduya said on "
                        "Monday.")
    assert [e.modality for e in of_type(doc, "CONCEDE")] == ["negated"], _types(doc)


def test_a_refusal_to_say_refuses_nothing_and_tells_no_content(annotate_text: Any) -> None:
    doc = annotate_text("Kenyan opposition leader Ana Korvik debated President Tomas Oduya on Tuesday.\n\n"
                        "Her refusal to say which party she would back in a second vote on the Ugandan pact drew "
                        "jeers.")
    assert not of_type(doc, "REJECT"), _types(doc)
    assert not of_type(doc, "SUPPORT"), _types(doc)


def test_a_refusal_of_an_act_stays(annotate_text: Any) -> None:
    doc = annotate_text("Kenyan opposition leader Ana Korvik debated President Tomas Oduya on Tuesday.\n\n"
                        "Her refusal to sign the Ugandan pact drew jeers.")
    assert [e.trigger for e in of_type(doc, "REJECT")] == ["refusal"], _types(doc)
    doc = annotate_text("Kenya refused to hand over the suspects to Uganda on Monday.")
    assert of_type(doc, "REJECT"), _types(doc)


def test_an_act_another_only_aims_to_compel_is_not_done(annotate_text: Any) -> None:
    doc = annotate_text("Ugandan Foreign Minister Ana Korvik said the ruling was only the newest bid by Kenya to try "
                        "to force the lake villages to capitulate and drop their claims.")
    assert not of_type(doc, "CONCEDE"), _types(doc)


def test_an_act_told_compelled_stays(annotate_text: Any) -> None:
    doc = annotate_text("Kenya forced Uganda to capitulate on Monday after a week of shelling.")
    assert of_type(doc, "CONCEDE"), _types(doc)
    doc = annotate_text("Ugandan troops were forced to withdraw from the island on Monday, Kenyan officials said.")
    assert of_type(doc, "RETREAT"), _types(doc)


def test_a_danger_said_to_be_posed_threatens_no_one(annotate_text: Any) -> None:
    doc = annotate_text("Kenyan President Tomas Oduya said on Monday that Uganda poses a grave threat to Kenyan "
                        "fishermen.")
    assert not of_type(doc, "THREATEN"), _types(doc)


def test_a_threat_made_stays(annotate_text: Any) -> None:
    doc = annotate_text("Uganda threatened on Monday to seize Kenyan fishing boats on the lake.")
    assert of_type(doc, "THREATEN"), _types(doc)


def test_a_quoted_question_in_the_order_of_a_statement_tells_no_act(annotate_text: Any) -> None:
    doc = annotate_text('"So Kenya is going to launch the inquiry?" Ugandan President Ana Korvik asked the envoy on '
                        'Monday.')
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_the_same_words_said_as_a_statement_stay(annotate_text: Any) -> None:
    doc = annotate_text('"Kenya is going to launch an inquiry into the raid on Monday," Ugandan President Ana Korvik '
                        'told the envoy.')
    assert of_type(doc, "ACCUSE"), _types(doc)


@pytest.mark.parametrize("text", [
    "Labour candidate Ann Rees defeated the sitting mayor, Tom Hale, in Thursday's vote in Nakuru, Kenya.",
    "Kenyan Democrats beat incumbent Governor Matt Ames in a county the president won by 30 points.",
    "Governor Wanjiru Kamau of Kenya was defeated in the election on Sunday.",
    "Ghanaian lawmaker Kofi Asante was beaten in Saturday's primary by a 29-year-old teacher.",
])
def test_a_rival_beaten_in_a_contest_is_no_act(annotate_text: Any, text: str) -> None:
    # non_acts._contest_won: a contest won, no assault and no rejection
    doc = annotate_text(text)
    assert not {"ASSAULT", "REJECT"} & {t for t, _ in _types(doc)}, _types(doc)


@pytest.mark.parametrize(("text", "type_"), [
    ("Kenyan police beat protesters with batons in Nairobi on Monday.", "ASSAULT"),
    ("Two Kenyan protesters were beaten by police in Nairobi on Monday.", "ASSAULT"),
])
def test_a_beating_or_a_defeat_in_arms_stays(annotate_text: Any, text: str, type_: str) -> None:
    assert type_ in [t for t, _ in _types(annotate_text(text))]


@pytest.mark.parametrize(("text", "type_"), [
    ("Why would the Zambian senators be outraged by the Kenyan government that finally sent troops to Somalia?",
     "ACCUSE"),
    ("How would Congress have reacted in 2015 had Senator Ray Doyle flown to Moscow and met Vladimir Putin?",
     "CONSULT"),
    ("Had Kenya not deployed troops to Somalia, the militants would have taken the town.", "AID"),
])
def test_a_supposed_case_tells_no_act(annotate_text: Any, text: str, type_: str) -> None:
    # non_acts._supposing_question ("why would ...?") and _inverted_condition ("had he gone ...")
    doc = annotate_text(text)
    assert type_ not in [t for t, _ in _types(doc)], _types(doc)


@pytest.mark.parametrize(("text", "type_"), [
    ("Why did Lusaka recall its ambassador to Malawi on Monday?", "SANCTION"),
    ("Never had Zambia expelled so many diplomats as it did on Monday.", "SANCTION"),
])
def test_an_act_a_question_or_an_emphasis_takes_as_done_stays(annotate_text: Any, text: str, type_: str) -> None:
    assert type_ in [t for t, _ in _types(annotate_text(text))]


def test_a_poll_finding_is_no_act(annotate_text: Any) -> None:
    # non_acts._poll_finding: what a share of the public says or wants
    doc = annotate_text("The latest Gallup survey has weaker figures: 44 percent of adults say they want the Senate "
                        "to remove Governor Ann Kovac.")
    assert not of_type(doc, "REQUEST"), _types(doc)
    doc = annotate_text("Sixty-one percent of Ohioans say that Governor Ann Kovac broke the law and should be removed "
                        "from her post by lawmakers.")
    assert not of_type(doc, "DISMISS"), _types(doc)


def test_an_act_of_a_share_of_a_force_stays(annotate_text: Any) -> None:
    doc = annotate_text("Forty percent of the Kenyan troops withdrew from Somalia on Monday.")
    assert of_type(doc, "RETREAT"), _types(doc)


@pytest.mark.parametrize("text", [
    "Do remember to visit Harbor Kayaks and Twitter.",
    "Please visit the Kenyan embassy in Lusaka on Monday for your visa.",
])
def test_what_an_imperative_bids_the_reader_do_is_no_act(annotate_text: Any, text: str) -> None:
    # non_acts._imperative: the reader is no actor
    doc = annotate_text(text)
    assert not of_type(doc, "CONSULT"), _types(doc)


def test_a_visit_told_with_its_visitor_stays(annotate_text: Any) -> None:
    doc = annotate_text("Kenyan President Ana Moreira visited Lusaka on Monday.")
    assert of_type(doc, "CONSULT"), _types(doc)


@pytest.mark.parametrize("text", [
    "Minister Ana Sol of Peru said she saw the investigations into the two mining firms as separate matters.",
    "Trade Minister Paul Otieno of Kenya said he saw the inquiries into the port and the railway as separate.",
])
def test_a_topic_a_speaker_views_as_something_is_no_act(annotate_text: Any, text: str) -> None:
    """What a speaker takes "as" something, with no doer of its own, is the topic of a view: no inquiry is told."""
    doc = annotate_text(text)
    assert not of_type(doc, "ACCUSE"), _types(doc)


def test_a_judged_act_with_its_doer_stays_the_target_of_the_view(annotate_text: Any) -> None:
    doc = annotate_text("Chilean Foreign Minister Ana Sol said Santiago viewed Peru's decision as a violation of "
                        "their river accord.")
    [accuse] = of_type(doc, "ACCUSE")
    assert accuse.mode == "disapprove" and accuse.trigger == "viewed"


def test_a_drill_they_know_is_a_routine_not_an_exercise(annotate_text: Any) -> None:
    doc = annotate_text("President Dora Lind met Chilean leader Tomas Ibarra on Monday. They both know the drill by "
                        "now: each summit ends with a vague communique.")
    assert not of_type(doc, "MOBILIZE"), [(e.type, e.trigger) for e in doc.events]


def test_a_drill_held_stays_an_exercise(annotate_text: Any) -> None:
    doc = annotate_text("The Polish army held a drill near the Belarusian border on Monday.")
    assert of_type(doc, "MOBILIZE"), [(e.type, e.trigger) for e in doc.events]


def test_the_verb_alert_tells_and_the_noun_mobilises(annotate_text) -> None:  # type: ignore[no-untyped-def]
    """``senses.alerts_only``: "alerted officers to" tells them something; "on high alert" readies a force."""
    told = annotate_text("A sniffer dog alerted Croatian customs officers to hidden cash in a lorry on Monday.")
    assert not [e for e in told.events if e.type == "MOBILIZE"], told.events
    readied = annotate_text("Serbia placed its army on high alert on Monday, the defence ministry said.")
    assert [e for e in readied.events if e.type == "MOBILIZE"], readied.events


def test_turning_to_a_network_is_no_act(annotate_text) -> None:  # type: ignore[no-untyped-def]
    """``senses.goes_to_a_platform``: the network is where one speaks, no party; what is said there is judged alone."""
    doc = annotate_text("Porto's mayor Ines Barros turned to Twitter last week to call the new bridge a disgrace.")
    assert not [e for e in doc.events if e.type == "REQUEST"], doc.events
    names = {e.id: e.name for e in doc.entities}
    assert not any("Twitter" in names.get(i, "") for e in doc.events for i in e.actors()), doc.events


@pytest.mark.parametrize("text", [
    "Former Argentine President Carlos Mendez conceded that many economists say a trade agreement should come first.",
    "Carlos Mendez, the plan's chief organizer, concedes that the scheme might be a big gamble.",
])
def test_a_point_granted_admits_no_act(annotate_text: Any, text: str) -> None:
    # _point_conceded: the clause tells a view (a verb of saying, a modal), nothing done is admitted
    doc = annotate_text(text)
    assert not of_type(doc, "CONCEDE"), _types(doc)


@pytest.mark.parametrize("text", [
    "Former Argentine President Carlos Mendez conceded that the army had made mistakes.",
    "Kenya conceded that its troops had crossed into Somalia.",
    "Candidate Ana Pell conceded defeat on Monday.",
])
def test_an_act_or_a_defeat_admitted_stays_a_concession(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert of_type(doc, "CONCEDE"), _types(doc)


def test_a_quality_become_takes_up_no_post(annotate_text: Any) -> None:
    # _became_so: "became famous for" is a reputation; "became defence minister" a post
    doc = annotate_text("David Mensah later became famous for his speeches.")
    assert not of_type(doc, "APPOINT"), _types(doc)
    doc = annotate_text("In March, Ana Pell became Peru's first female defence minister.")
    assert of_type(doc, "APPOINT"), _types(doc)


@pytest.mark.parametrize("text", [
    # invented: a wish for one's own act asks nothing of anyone
    "An aide said Governor Tom Brask wanted to be at home with his wife, Nora, and return to his ranch.",
    "The minister said she wished to devote more time to her family after the election.",
])
def test_a_wish_for_ones_own_act_is_no_request(annotate_text: Any, text: str) -> None:
    assert not of_type(annotate_text(text), "REQUEST")


def test_a_wish_that_another_act_stays_a_request(annotate_text: Any) -> None:
    doc = annotate_text("Georgia wanted Armenia to reopen the border crossing before the talks on Monday, officials "
                        "said.")
    assert of_type(doc, "REQUEST")
