"""Test event finding on short invented sentences: types and modes, modality, actors, and dates (publication 2025-03-18, a Tuesday)."""

from __future__ import annotations

import pytest

from dateline.annotate import annotate_documents
from dateline.model import Document, Event, Source
from dateline.settings import Options


def _id(doc: Document, name: str) -> str:
    found = [e.id for e in doc.entities if e.name == name or name in e.aliases]
    assert len(found) == 1, f"{name!r}: {[(e.type, e.name, e.aliases) for e in doc.entities]}"
    return found[0]


def _state(doc: Document, code: str) -> str:
    found = [e.id for e in doc.entities if e.type == "GPE" and e.country == code]
    assert len(found) == 1, f"{code}: {[(e.type, e.name, e.country) for e in doc.entities]}"
    return found[0]


def _only(doc: Document, type_: str | None = None) -> Event:
    events = [v for v in doc.events if type_ is None or v.type == type_]
    assert len(events) == 1, [v.to_json() for v in doc.events]
    return events[0]


def _day(event: Event) -> str | None:
    assert event.date is not None
    assert event.date.start == event.date.end and event.date.granularity == "day", event.date
    return event.date.start


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran launched a ballistic missile on Thursday.", "IRN"),
        ("North Korea fired two cruise missiles into the sea on Sunday.", "PRK"),
        ("Pakistan test-fired a missile on Friday.", "PAK"),
    ],
)
def test_a_missile_launch_is_mobilize_weapons(annotate_text, text, code):
    doc = annotate_text(text)
    event = _only(doc)
    assert (event.type, event.mode, event.modality) == ("MOBILIZE", "weapons", "asserted")
    assert event.source == (_state(doc, code),)


@pytest.mark.parametrize(
    ("text", "source", "target", "day"),
    [
        ("Egypt summoned the Israeli ambassador on Wednesday.", "EGY", "ISR", "2025-03-12"),
        ("Manila summoned the Chinese envoy on Monday to complain about the collision.", "PHL", "CHN", "2025-03-17"),
        ("Ankara summoned the Dutch ambassador on Monday.", "TUR", "NLD", "2025-03-17"),
    ],
)
def test_summoning_an_ambassador_is_accuse_disapprove(annotate_text, text, source, target, day):
    doc = annotate_text(text)
    event = _only(doc)
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")
    assert event.source == (_state(doc, source),)
    assert event.target == (_state(doc, target),)
    assert _day(event) == day
    assert not [v for v in doc.events if v.type == "PROTEST"]


def test_expelling_diplomats_is_sanction_expel(annotate_text):
    doc = annotate_text("Peru expelled the Bolivian ambassador on Monday.")
    event = _only(doc)
    assert (event.type, event.mode) == ("SANCTION", "expel")
    assert event.source == (_state(doc, "PER"),)
    assert event.target == (_state(doc, "BOL"),)


def test_signing_a_treaty_is_agree_sign_between_both_parties(annotate_text):
    doc = annotate_text("Hungary and Slovakia signed a treaty on border crossings on Monday.")
    event = _only(doc)
    assert (event.type, event.mode, event.modality) == ("AGREE", "sign", "asserted")
    assert set(event.actors()) == {_state(doc, "HUN"), _state(doc, "SVK")}
    assert _day(event) == "2025-03-17"


def test_an_agreement_with_a_partner_names_both_parties(annotate_text):
    doc = annotate_text("India signed a trade agreement with Nepal on Monday.")
    event = _only(doc)
    assert (event.type, event.mode) == ("AGREE", "sign")
    assert set(event.actors()) == {_state(doc, "IND"), _state(doc, "NPL")}


def test_meeting_an_unnamed_official_of_a_state_names_that_state(annotate_text):
    doc = annotate_text("Chile's foreign minister, Pablo Ortiz, met Argentina's president in Santiago on Monday.")
    event = _only(doc)
    assert (event.type, event.mode) == ("CONSULT", None)
    assert set(event.actors()) == {_id(doc, "Pablo Ortiz"), _state(doc, "ARG")}
    assert _day(event) == "2025-03-17"


@pytest.mark.parametrize(
    "text",
    [
        "President Luis Moreno signed an order on import tariffs on Monday.",
        "President Luis Moreno signed a decree on Monday.",
        "India and Nepal signed an order on Monday.",
        "The president signed an executive order banning exports on Monday.",
    ],
)
def test_signing_an_order_is_not_an_agreement(annotate_text, text):
    doc = annotate_text(text)
    assert not [v for v in doc.events if v.type == "AGREE"], [v.to_json() for v in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "The Indonesian president is expected to visit Manila next month.",
        "Chancellor Helmut Brandt is expected to visit Warsaw.",
        "Japan and South Korea are expected to hold talks in Tokyo.",
        "Prime Minister Lena Vos may visit Rome on Monday.",
        "Officials said Brazil may send troops to the border.",
        "Relations between Peru and Chile have deepened.",
    ],
)
def test_speculation_and_generic_statements_are_not_events(annotate_text, text):
    doc = annotate_text(text)
    assert doc.events == (), [v.to_json() for v in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "Chilean envoy Marta Rojas said on Tuesday she would have objected to Peru opening an inquiry into the firm.",
        "Rojas said Chile would have expelled the Peruvian diplomats had the talks failed.",
        "Without the accord, Chile would have imposed tariffs on Peru, Rojas said on Tuesday.",
    ],
)
def test_what_would_have_happened_is_no_event(annotate_text, text):
    # a modal with a perfect tells what did not happen: neither done nor planned (real pages: witnesses and officials
    # on what they would have done; a reported "would" alone stays a future, below)
    doc = annotate_text(text)
    assert doc.events == (), [v.to_json() for v in doc.events]


def test_an_act_in_a_relative_clause_with_no_pronoun_keeps_its_past(annotate_text):
    # "a general [Kiprop appointed as his envoy], will resign": the parser hangs the relative clause by "acl"; its past
    # verb is told as done, whatever the main clause says of the future (real pages: an appointment read as planned)
    doc = annotate_text("Amina Odhiambo, a retired general President Daniel Kiprop appointed as his envoy to Ethiopia, "
                        "will resign on Wednesday.")
    appointments = [v.modality for v in doc.events if v.type == "APPOINT"]
    assert appointments and set(appointments) == {"asserted"}, [v.to_json() for v in doc.events]


def test_a_reported_would_alone_stays_planned(annotate_text):
    doc = annotate_text("Rojas said on Tuesday that Chile would impose tariffs on Peru.")
    assert [(v.type, v.modality) for v in doc.events] == [("SANCTION", "planned")], [v.to_json() for v in doc.events]


@pytest.mark.parametrize(
    "text",
    [
        "Peru's government has accused three retired generals of plotting to overthrow President Lucia Paredes.",
        "Two Bolivian colonels were arrested on suspicion of plotting to topple President Ramon Vera.",
        "The exiled opposition leader denied scheming to oust Prime Minister Aline Mba.",
        "Three soldiers were convicted of conspiring to overthrow President Kofi Mensah.",
    ],
)
def test_a_plotted_overthrow_removes_nobody(annotate_text, text):
    # a plot, a conspiracy or a scheme to do an act is no act done (speculative_lemmas): the leader stays in office
    doc = annotate_text(text)
    assert not [v for v in doc.events if v.type == "DISMISS"], [v.to_json() for v in doc.events]


@pytest.mark.parametrize(
    ("text", "type_", "names"),
    [
        ("Lena Vos did not meet Karl Huber on Monday.", "CONSULT", ["Lena Vos", "Karl Huber"]),
        ("Prime Minister Lena Vos did not meet Chancellor Karl Huber on Monday.", "CONSULT",
         ["Lena Vos", "Karl Huber"]),
        ("Portugal did not sign the treaty on Monday.", "AGREE", ["Portugal"]),
        ("Spain and Morocco did not sign the agreement on Monday.", "AGREE", ["Spain", "Morocco"]),
        ("Poland did not attend the summit in Berlin on Monday.", "CONSULT", ["Poland"]),
    ],
)
def test_a_negated_event_is_negated(annotate_text, text, type_, names):
    doc = annotate_text(text)
    event = _only(doc)
    assert (event.type, event.modality) == (type_, "negated")
    assert set(event.actors()) == {_id(doc, n) for n in names}


def test_a_scheduled_event_with_a_date_is_planned_on_the_next_such_day(annotate_text):
    doc = annotate_text("Prime Minister Lena Vos will visit Rome on Monday.")
    event = _only(doc)
    assert (event.type, event.mode, event.modality) == ("CONSULT", "visit", "planned")
    assert event.source == (_id(doc, "Lena Vos"),)
    assert _day(event) == "2025-03-24"


@pytest.mark.parametrize(
    "text",
    [
        "Spanish Prime Minister Jorge Ruiz visited Lisbon on March 3. "
        "Ruiz had met Portuguese President Rui Matos in Porto the previous day.",
        "Spanish Prime Minister Jorge Ruiz arrived in Lisbon on March 3. "
        "The previous day, Ruiz met Portuguese President Rui Matos in Porto.",
    ],
)
def test_the_previous_day_counts_from_the_dated_event(annotate_text, text):
    doc = annotate_text(text)
    visits = [v for v in doc.events if v.mode == "visit"]
    meetings = [v for v in doc.events if v.type == "CONSULT" and v.mode is None]
    assert len(visits) == 1 and len(meetings) == 1, [v.to_json() for v in doc.events]
    visit, meeting = visits[0], meetings[0]
    assert _day(visit) == "2025-03-03"
    assert _day(meeting) == "2025-03-02"
    assert meeting.date is not None and meeting.date.text is not None
    assert meeting.date.text.lower() == "the previous day"
    assert set(meeting.actors()) == {_id(doc, "Jorge Ruiz"), _id(doc, "Rui Matos")}


def test_the_previous_day_follows_a_dated_event_of_another_type(annotate_text):
    doc = annotate_text(
        "Austria and Italy signed a trade agreement on March 5. "
        "Italian Foreign Minister Carla Bruni had met Austrian Chancellor Karl Huber in Vienna the previous day."
    )
    assert _day(_only(doc, "AGREE")) == "2025-03-05"
    assert _day(_only(doc, "CONSULT")) == "2025-03-04"


@pytest.mark.parametrize(
    ("weekday", "day"),
    [("Monday", "2025-03-17"), ("Tuesday", "2025-03-18"), ("Sunday", "2025-03-16"), ("Wednesday", "2025-03-12")],
)
def test_a_weekday_in_a_past_clause_is_the_latest_such_day(annotate_text, weekday, day):
    doc = annotate_text(f"Iran launched a ballistic missile on {weekday}.")
    event = _only(doc)
    assert _day(event) == day
    assert event.date is not None and event.date.text == weekday


def test_without_a_publication_date_a_relative_date_stays_unresolved(annotate_text):
    doc = annotate_text("Iran launched a ballistic missile on Thursday.", published=None)
    event = _only(doc)
    assert event.date is not None
    assert (event.date.start, event.date.end, event.date.text, event.date.granularity) == (
        None, None, "Thursday", None)


def test_a_visit_goes_from_the_visitor_to_the_host_state(annotate_text):
    doc = annotate_text("Vice Foreign Minister Choe Yong-sam arrived in Hanoi on Friday.")
    event = _only(doc)
    assert (event.type, event.mode) == ("CONSULT", "visit")
    assert event.source == (_id(doc, "Choe Yong-sam"),)
    assert event.target == (_state(doc, "VNM"),)
    assert _day(event) == "2025-03-14"


def test_a_meeting_names_both_people(annotate_text):
    doc = annotate_text("Turkish President Ahmet Yilmaz met Greek Prime Minister Nikos Pappas in Athens on Monday.")
    event = _only(doc)
    assert (event.type, event.mode) == ("CONSULT", None)
    assert set(event.actors()) == {_id(doc, "Ahmet Yilmaz"), _id(doc, "Nikos Pappas")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chancellor Helmut Brandt held talks with President Jan Nowak in Warsaw on Tuesday.", "Warsaw"),
        ("Hungary and Slovakia signed a treaty in Budapest on Monday.", "Budapest"),
    ],
)
def test_the_place_of_an_event_is_its_location(annotate_text, text, place):
    doc = annotate_text(text)
    event = _only(doc)
    assert event.location == _id(doc, place)
    assert next(e for e in doc.entities if e.id == event.location).type == "LOC"


def test_an_appointment_is_an_appoint_event(annotate_text):
    doc = annotate_text("Thomas Keller was appointed as ambassador to Austria in 2019.")
    event = _only(doc)
    assert event.type == "APPOINT"
    assert _id(doc, "Thomas Keller") in event.actors()
    assert event.date is not None and (event.date.start, event.date.end) == ("2019-01-01", "2019-12-31")


def test_the_same_event_twice_in_one_document_is_one_event(annotate_text):
    doc = annotate_text(
        "Egypt summoned the Israeli ambassador on Wednesday. "
        "Egypt summoned the Israeli ambassador on Wednesday to protest the raid."
    )
    assert len(doc.events) == 1


def test_evidence_is_the_sentence_of_the_trigger(annotate_text):
    first = "Iran launched a ballistic missile on Thursday."
    second = "Egypt summoned the Israeli ambassador on Wednesday."
    text = f"{first}\n\n{second}"
    doc = annotate_text(text)
    assert len(doc.events) == 2
    ids = [v.id for v in doc.events]
    assert len(set(ids)) == len(ids)
    by_type = {v.type: v for v in doc.events}
    for type_, sentence in (("MOBILIZE", first), ("ACCUSE", second)):
        ev = by_type[type_].evidence
        assert text[ev.start:ev.end] == ev.text
        assert ev.text.strip() == sentence
        assert by_type[type_].trigger is not None and by_type[type_].trigger in sentence


def test_a_delegation_led_by_a_minister_has_the_state_as_source_and_the_leader_as_participant(annotate_text):
    doc = annotate_text("A North Korean delegation led by Vice Premier Kim Tok-hun arrived in Moscow on Monday.")
    event = _only(doc)
    assert (event.type, event.mode) == ("CONSULT", "visit")
    assert [next(e.country for e in doc.entities if e.id == s) for s in event.source] == ["PRK"]
    assert event.participants == (_id(doc, "Kim Tok-hun"),)
    assert event.target == (_state(doc, "RUS"),)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Vice Premier Kim Tok-hun met Mongolian officials in Ulaanbaatar on Monday, KCNA said.", "KCNA"),
        ("KCNA said Vice Premier Kim Tok-hun met Mongolian officials on Monday.", "KCNA"),
        ("According to Yonhap, North Korea fired a missile on Sunday.", "Yonhap"),
        ("Vice Premier Kim Tok-hun met Mongolian officials in Ulaanbaatar on Monday, KCNA reported.", "KCNA"),
    ],
)
def test_the_source_that_reports_an_event_is_its_attribution(annotate_text, text, agency):
    doc = annotate_text(text)
    event = _only(doc)
    assert event.attribution == _id(doc, agency)
    assert event.attribution not in event.actors()


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("Interior Minister Omar Haddad resigned on Friday.", "DISMISS", "resign"),
        ("Former President Luis Moreno died on Sunday at the age of 91.", "DIE", None),
        ("Brazil sent humanitarian aid to Bolivia on Monday.", "AID", "humanitarian"),
        ("Serbia accused Croatia of spying on Monday.", "ACCUSE", None),
        ("Russian troops attacked the Ukrainian city of Kharkiv on Monday.", "ASSAULT", None),
    ],
)
def test_event_types_of_common_verbs(annotate_text, text, type_, mode):
    doc = annotate_text(text)
    event = _only(doc)
    assert event.type == type_
    if mode is not None:
        assert event.mode == mode
    # the person a death, an appointment, a dismissal or an award befalls is its target (OUTPUT.md section 7)
    assert (event.target if type_ in ("DIE", "APPOINT", "DISMISS", "AWARD") else event.source)
    assert event.modality == "asserted"


def test_a_caption_is_annotated_with_offsets_into_the_caption(nlp):
    caption = "Foreign Minister Ri Son-gwon arrives in Hanoi on Friday."
    doc = annotate_documents([Document(source=Source("t.txt"), body="Iran launched a ballistic missile on Thursday.",
                                       captions=(caption,), published="2025-03-18")], nlp, Options())[0]
    ri = next(e for e in doc.entities if e.name == "Ri Son-gwon")
    assert [(m.where, m.caption, caption[m.start:m.end]) for m in ri.mentions] == [("caption", 0, "Ri Son-gwon")]
    post = next(p for p in doc.positions if p.person == ri.id)
    assert (post.title, post.evidence.where, post.evidence.caption) == ("foreign minister", "caption", 0)
    visit = next(v for v in doc.events if ri.id in v.actors())
    assert (visit.type, visit.evidence.where, visit.evidence.caption) == ("CONSULT", "caption", 0)
    assert visit.evidence.text == caption
    launch = next(v for v in doc.events if v.type == "MOBILIZE")
    assert launch.evidence.where == "body"


def test_a_relative_sharing_a_surname_is_the_actor_of_their_own_event(annotate_text):
    doc = annotate_text(
        "Opposition leader Elena Vidal was absent on Wednesday. Her brother Marco Vidal collected the prize."
    )
    assert sorted(e.name for e in doc.entities if e.type == "PERSON") == ["Elena Vidal", "Marco Vidal"]
    award = _only(doc, "AWARD")
    assert award.target == (_id(doc, "Marco Vidal"),)


def test_a_german_page_yields_no_english_events(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.annotate import annotate_documents
    from dateline.model import Document, Source
    from dateline.settings import Options

    body = ("Die App soll nicht nur die Gesundheitsakte sondern zudem den Impfpass, den Medikationsplan, "
            "Notfalldaten, einen Gesundheits-Check sowie eine Arztsuche enthalten. Voraussetzung ist, dass die "
            "Versicherten zustimmen. Die Krankenkasse startet das Angebot im Januar in Berlin und Hamburg.")
    [doc] = annotate_documents([Document(source=Source("de.txt"), body=body, published="2019-01-10")], nlp, Options())
    assert doc.events == () and doc.positions == ()


def test_during_the_talks_takes_the_date_of_the_talks(annotate_text):
    doc = annotate_text(
        "President Lina Marsh held talks with Prime Minister Tomas Weller in Vienna on Friday. "
        "The two leaders were greeted by students on Saturday.\n\n"
        "During the talks, Marsh praised Austria's support for the new trade corridor.")
    support = _only(doc, "SUPPORT")
    assert (support.date.start, support.date.end) == ("2025-03-14", "2025-03-14")


def test_the_two_sides_are_the_main_states_besides_the_subjects(annotate_text):
    doc = annotate_text(
        "Chilean Foreign Minister Tomas Ferrer met New Zealand Foreign Minister Aroha Whitcombe in Wellington on "
        "Monday, and the two sides signed an agreement on Antarctic research. China's Foreign Ministry criticised "
        "the two countries on Tuesday.")
    accuse = _only(doc, "ACCUSE")
    countries = {e.country for e in doc.entities if e.id in accuse.target}
    assert countries == {"CHL", "NZL"}


def test_a_wire_dateline_is_not_the_subject_and_the_envoy_is_the_diplomat(annotate_text):
    doc = annotate_text(
        "MOSCOW, March 14 (Reuters) - President Lev Orlov has appointed veteran diplomat Pavel Sorin as ambassador "
        "to Chile. Spokeswoman Anna Reis said on Tuesday that the new envoy would meet Chilean President Elena Ruiz "
        "in Santiago next week.")
    appoint = _only(doc, "APPOINT")
    names = {e.id: e.name for e in doc.entities}
    assert [names[i] for i in appoint.source] == ["Lev Orlov"]
    visit = _only(doc, "CONSULT")
    assert names[visit.source[0]] == "Pavel Sorin" and visit.modality == "planned"


def test_a_talk_by_phone_is_a_call_whatever_the_verb(annotate_text):
    doc = annotate_text("Kenyan Foreign Minister Amina Odhiambo and Tanzanian Foreign Minister Joseph Mrema conversed "
                        "by phone on Monday.")
    assert [e.mode for e in doc.events if e.type == "CONSULT"] == ["phone"]
    assert not [e for e in annotate_text("The Kenyan minister paid the bill by phone on Monday.").events
                if e.type == "CONSULT"]


def test_a_phone_call_in_which_another_act_was_done_is_a_call_too(annotate_text):
    """"apologised to X in a phone call": the apology and the call (PLOVER codes both; issue 12), the call between
    the apology's doer and its addressee."""
    doc = annotate_text("Chilean President Marta Ibarra apologised to Bolivian President Jorge Quispe in a telephone "
                        "call on Sunday for the border shooting.")
    names = {e.id: e.name for e in doc.entities}
    call = _only(doc, "CONSULT")
    assert call.mode == "phone" and _day(call) == "2025-03-16"
    assert {names[i] for i in call.source + call.target} == {"Marta Ibarra", "Jorge Quispe"}
    assert [e.type for e in doc.events if e.type != "CONSULT"] == ["CONCEDE"]


def test_a_post_left_to_take_up_another_is_both_moves(annotate_text):
    """"resigned as governor to take up a post": a career move told as made (issue 12), not a purpose; a purpose
    that takes up no post ("to run for president") stays none."""
    doc = annotate_text("Governor Petra Lindqvist resigned on Monday to take up the vice-chancellor's post.")
    names = {e.id: e.name for e in doc.entities}
    appoint = _only(doc, "APPOINT")
    assert [names[i] for i in appoint.source + appoint.target] == ["Petra Lindqvist"] and _day(appoint) == "2025-03-17"
    assert _only(doc, "DISMISS").modality == "asserted"
    assert not [e for e in annotate_text("Finance Minister Ana Cruz resigned on Monday to run for president.").events
                if e.type == "APPOINT"]


def test_whose_post_is_taken_is_no_actor_of_taking_it(annotate_text):
    """"took up the vice-chancellor's job": the vice-chancellor holds that post, the taker is appointed to it."""
    doc = annotate_text("Transport Minister Olaf Brenner named two deputies on Monday. Governor Petra Lindqvist "
                        "resigned in March to take up the vice-chancellor's job.")
    names = {e.id: e.name for e in doc.entities}
    (taken,) = [e for e in doc.events if e.type == "APPOINT" and e.evidence.text.startswith("Governor")]
    assert [names[i] for i in taken.target] == ["Petra Lindqvist"] and not taken.source


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Marta Ibarra and her Bolivian counterpart Jorge Quispe put their names to an appeal to "
    "the World Bank on Friday to resume lending.",
    "Chilean Foreign Minister Marta Ibarra and her Bolivian counterpart Jorge Quispe signed the border protocol on "
    "Friday and later put their names to an appeal to the World Bank to resume lending.",
])
def test_an_appeal_its_signers_put_their_names_to_is_their_request(annotate_text, text):
    """"put their names to an appeal to X to do Y": the appeal signed is a request by the signers (issue 12), not
    a reference to one."""
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    request = _only(doc, "REQUEST")
    assert {names[i] for i in request.source} == {"Marta Ibarra", "Jorge Quispe"}


def test_talks_with_a_partner_after_which_something_happened_are_told(annotate_text):
    """"unveiled the plan after talks with X": the talks are an event; "after the shelling of X" only dates."""
    doc = annotate_text("Kenyan President William Mutai unveiled the road plan in Arusha after talks with Tanzanian "
                        "President Samuel Hassan on Monday.")
    assert [e.type for e in doc.events].count("CONSULT") == 1


@pytest.mark.parametrize("text", [
    "Chile and Bolivia traded accusations on Monday over the water dispute.",
    "Chile and Bolivia accused each other on Monday of breaking the water accord.",
])
def test_a_reciprocal_act_is_one_act_by_each_side_on_the_other(annotate_text, text):
    doc = annotate_text(text)
    chl, bol = _state(doc, "CHL"), _state(doc, "BOL")
    assert sorted((e.source, e.target) for e in doc.events if e.type == "ACCUSE") == sorted([((chl,), (bol,)),
                                                                                             ((bol,), (chl,))])


def test_an_agentless_passive_clause_names_whom_it_befalls(annotate_text):
    doc = annotate_text("Ambassador Juan Ortega stayed in Quito on Monday even after his accreditation was revoked.")
    event = _only(doc, "SANCTION")
    assert (event.source, event.target) == ((), (_id(doc, "Juan Ortega"),))


def test_a_penalty_on_something_of_someones_befalls_them(annotate_text):
    # "after her visa was cancelled": no agent is told, and the visa's holder is whom the sanction befalls
    doc = annotate_text("Consul Ilze Berzina left Minsk on Tuesday after her visa was cancelled.")
    event = _only(doc, "SANCTION")
    assert (event.source, event.target) == ((), (_id(doc, "Ilze Berzina"),))


def test_protests_against_a_government_are_its_own_peoples(annotate_text):
    doc = annotate_text("Crowds rallied against the Serbian government on Monday.")
    event = _only(doc, "PROTEST")
    assert event.source == (_state(doc, "SRB"),)


def test_a_state_body_reporting_an_agentless_detention_made_it(annotate_text):
    doc = annotate_text("The Interior Ministry of Tajikistan said on Monday that the opposition leader Rustam Nabiev "
                        "had been detained.")
    event = _only(doc, "COERCE")
    assert event.source == (_id(doc, "Interior Ministry of Tajikistan"),)
    assert event.target == (_id(doc, "Rustam Nabiev"),)


@pytest.mark.parametrize(("text", "type_"), [
    ("Greece mobilized naval reservists on Thursday amid the standoff in the Aegean.", "MOBILIZE"),
    ("North Korea fired two ballistic missiles at Japan on Monday.", "ASSAULT"),
])
def test_a_mobilisation_is_an_attack_only_when_it_hits_another_state(annotate_text, text, type_):
    doc = annotate_text(text)
    assert [e.type for e in doc.events] == [type_]


@pytest.mark.parametrize("text", [
    "Police detained former president Pedro Castillo of Peru on Monday.",
    "Pedro Castillo of Peru was arrested by police on Monday.",
])
def test_a_state_body_named_without_its_state_acts_for_the_state_of_the_story(annotate_text, text):
    doc = annotate_text(text)
    event = _only(doc, "COERCE")
    assert event.source == (_state(doc, "PER"),)


def test_a_state_body_coercing_no_one_named_coerces_its_own_people(annotate_text):
    doc = annotate_text("Serbian police searched the headquarters of three opposition groups on Thursday.")
    event = _only(doc, "COERCE")
    assert event.target == (_state(doc, "SRB"),)


def test_flying_into_a_capital_for_talks_visits_its_state(annotate_text):
    doc = annotate_text("Prime Minister Shahbaz Sharif of Pakistan flew into Doha on Monday for talks.")
    event = _only(doc, "CONSULT")
    assert (event.mode, event.target) == ("visit", (_state(doc, "QAT"),))


def test_rallying_behind_a_state_is_no_protest(annotate_text):
    doc = annotate_text("Gulf leaders rallied behind Qatar on Monday.")
    assert "PROTEST" not in [e.type for e in doc.events]


def test_recalling_an_envoy_from_a_capital_sanctions_its_state(annotate_text):
    doc = annotate_text("Kenya recalled its ambassador from Dodoma on Monday.")
    event = _only(doc, "SANCTION")
    assert (event.mode, event.source, event.target) == ("withdraw", (_state(doc, "KEN"),), (_state(doc, "TZA"),))


def test_a_leaders_government_is_their_state(annotate_text):
    doc = annotate_text("Kenyan President William Mutai said on Monday that his government had recalled its ambassador "
                        "from Dodoma.")
    event = _only(doc, "SANCTION")
    assert (event.source, event.target) == ((_state(doc, "KEN"),), (_state(doc, "TZA"),))


def test_exchanging_fire_is_an_attack_by_each_side_on_the_other(annotate_text):
    doc = annotate_text("Ecuador and Peru exchanged fire across the border on Monday.")
    ecu, per = _state(doc, "ECU"), _state(doc, "PER")
    assert sorted((e.type, e.source, e.target) for e in doc.events) == [("ASSAULT", (ecu,), (per,)),
                                                                        ("ASSAULT", (per,), (ecu,))]


def test_an_act_told_in_another_clause_is_not_reciprocal(annotate_text):
    doc = annotate_text("Chile fired missiles at Bolivia on Monday, and Peru and Ecuador traded strikes on each "
                        "other's soil on Tuesday.")
    chl, bol = _state(doc, "CHL"), _state(doc, "BOL")
    assert [(e.source, e.target) for e in doc.events if e.source == (chl,)] == [((chl,), (bol,))]
    assert not [e for e in doc.events if e.target == (chl,)]


@pytest.mark.parametrize("text", [
    "Before the summit, Kenyan President William Ruto held separate talks with Paul Kagame and with Yoweri Museveni"
    " in Nairobi on Monday.",
    "Kenya concluded separate memorandums with Rwanda and Uganda on Monday.",
])
def test_separate_acts_with_several_partners_are_one_event_each(annotate_text, text):
    doc = annotate_text(text)
    events = [e for e in doc.events if e.type in ("CONSULT", "AGREE")]
    assert len(events) == 2 and all(len(e.target) == 1 for e in events)
    assert events[0].target != events[1].target


@pytest.mark.parametrize("text", [
    "Kenyan Foreign Minister Amina Odhiambo held meetings with Tanzanian President Samuel Hassan and Prime Minister "
    "Joseph Mbeki on Monday.",
    "In May Kenyan Foreign Minister Amina Odhiambo held talks with both Samuel Hassan and Joseph Mbeki.",
    "In June Kenyan Foreign Minister Amina Odhiambo met both Samuel Hassan and Joseph Mbeki in Dodoma.",
])
def test_meetings_counted_one_by_one_are_one_event_per_partner(annotate_text, text):
    doc = annotate_text(text)
    events = [e for e in doc.events if e.type == "CONSULT"]
    assert sorted(e.target for e in events) == sorted([(_id(doc, "Samuel Hassan"),), (_id(doc, "Joseph Mbeki"),)])
    assert all(e.source == (_id(doc, "Amina Odhiambo"),) for e in events)


def test_a_meeting_of_several_partners_stays_one_event(annotate_text):
    doc = annotate_text("In June Kenyan Foreign Minister Amina Odhiambo met Samuel Hassan and Joseph Mbeki in Dodoma.")
    assert [len(e.target) for e in doc.events if e.type == "CONSULT"] == [2]


@pytest.mark.parametrize(("text", "doers"), [
    ("Kenya condemned the attack on Tuesday, as did Uganda.", ["KEN", "UGA"]),
    ("Kenya expelled two Tanzanian diplomats on Monday, and so did Uganda.", ["KEN", "UGA"]),
    ("Kenya condemned the attack on Monday, as it did in May.", ["KEN"]),
])
def test_an_act_echoed_by_did_is_done_again_by_its_subject(annotate_text, text, doers):
    doc = annotate_text(text)
    events = [e for e in doc.events if e.type in ("ACCUSE", "SANCTION")]
    assert sorted(e.source for e in events) == [(_state(doc, code),) for code in doers]
    assert len({e.date.start for e in events if e.date}) == 1


def test_a_visitor_echoed_by_as_did_arrives_too(annotate_text):
    doc = annotate_text("Kenyan President William Mutai arrived in Dodoma on Monday, as did Rwandan Prime Minister "
                        "Jean Habimana.")
    visits = [e for e in doc.events if e.type == "CONSULT"]
    assert sorted(e.source for e in visits) == sorted([(_id(doc, "William Mutai"),), (_id(doc, "Jean Habimana"),)])
    assert all(_day(e) == "2025-03-17" for e in visits)


@pytest.mark.parametrize(("text", "type_"), [
    ("Kenyan President William Mutai arrived in Dodoma on Monday. He and Tanzanian President Samuel Hassan met for two "
     "hours.", "CONSULT"),
    ("Kenyan President William Mutai flew to Dodoma on Monday, where he and Tanzanian President Samuel Hassan signed a "
     "border treaty.", "AGREE"),
])
def test_a_pronoun_and_a_titled_name_are_both_sides(annotate_text, text, type_):
    """ "He and Tanzanian President Hassan met": the parser hangs the name on the pronoun as an apposition."""
    doc = annotate_text(text)
    mutai, hassan = _id(doc, "William Mutai"), _id(doc, "Samuel Hassan")
    sides = [set(e.source) | set(e.target) for e in doc.events if e.type == type_]
    assert {mutai, hassan} in sides, [e.to_json() for e in doc.events]


def test_states_expelling_diplomats_together_each_expel_their_own(annotate_text):
    doc = annotate_text("Norway, Finland and Estonia expelled dozens of Bordurian diplomats on Tuesday. Chile and "
                        "Peru jointly expelled Venezuelan envoys on Wednesday.")
    expulsions = sorted(e.source for e in doc.events if e.type == "SANCTION")
    assert expulsions == sorted([(_state(doc, "NOR"),), (_state(doc, "FIN"),), (_state(doc, "EST"),),
                                 (_state(doc, "CHL"), _state(doc, "PER"))])


def test_officials_barred_by_several_states_is_one_act(annotate_text):
    doc = annotate_text("Chile and Peru barred six Bordurian officials from entering their countries on Monday.")
    assert [len(e.source) for e in doc.events if e.type == "SANCTION"] == [2]


@pytest.mark.parametrize("text", [
    "In a statement, the cabinet declared Chile's military, naval and police advisers in Lima persona non grata on "
    "Monday.",
    "The government in Lima expelled Chile's consul on Monday.",
])
def test_the_state_whose_people_are_expelled_is_the_target(annotate_text, text):
    doc = annotate_text(text)
    assert [e.target for e in doc.events if e.type == "SANCTION"] == [(_state(doc, "CHL"),)]


def test_a_list_after_among_them_names_one_person_each(annotate_text):
    doc = annotate_text("Four guards were killed on Monday, among them Daniel Okoro, the son of the local chief "
                        "and elder Samuel Adeyemi, and a driver, Peter Mensah.")
    names = {e.id: e.name for e in doc.entities}
    dead = {names[t] for e in doc.events if e.type == "DIE" for t in e.target}
    assert dead == {"Daniel Okoro", "Peter Mensah"}


def test_an_attack_on_his_boat_is_an_attack_on_him(annotate_text):
    doc = annotate_text("Sailor Daniel Okoro was injured on Monday when a Chinese vessel rammed his boat.")
    event = _only(doc, "ASSAULT")
    assert event.target == (_id(doc, "Daniel Okoro"),)


def test_the_role_passes_run_in_order_and_are_logged_by_name(annotate_text, caplog):
    import logging

    from dateline.annotate.events import ROLE_PASSES

    names = [name for name, _ in ROLE_PASSES]
    assert len(names) == len(set(names))
    assert names.index("target_not_source") < names.index("reciprocal_sides") < names.index("biography_person_target")
    with caplog.at_level(logging.DEBUG, logger="dateline.annotate.events"):
        annotate_text("Ecuador and Peru exchanged fire across the border on Monday.")
    logged = [r.getMessage().split(":")[0] for r in caplog.records if r.getMessage().startswith("role pass")]
    assert logged == [f"role pass {name}" for name in names]


def test_the_role_passes_log_nothing_when_not_debugging(annotate_text, monkeypatch):
    """Outside debugging the passes ask the logger once per trigger, not once per pass (issue 12: throughput)."""
    import logging

    from dateline.annotate import events

    calls = []
    monkeypatch.setattr(events.LOGGER, "debug", lambda msg, *args: calls.append(msg))
    monkeypatch.setattr(events.LOGGER, "level", logging.INFO)
    doc = annotate_text("Bolivia and Paraguay exchanged fire along the river on Tuesday.")
    assert doc.events
    assert not [m for m in calls if m.startswith("role pass")]


def test_in_protest_is_why_an_act_was_done_not_a_second_protest(annotate_text):
    doc = annotate_text("Hundreds of farmers staged a sit-in on Monday in protest of the Kenyan government's refusal "
                        "to raise prices.")
    assert [e.type for e in doc.events].count("PROTEST") == 1


def test_he_after_a_subjects_possessor_is_that_person(annotate_text):
    doc = annotate_text("President Daniel Okoro was re-elected in March. Opposition leader John Mensah told reporters "
                        "on Friday that Okoro's fall began on Monday, when he declared a curfew in the capital.")
    event = _only(doc, "COERCE")
    assert event.source == (_id(doc, "Daniel Okoro"),)


def test_him_after_a_first_verbs_object_with_a_long_apposition_is_that_object(annotate_text):
    doc = annotate_text("President Daniel Okoro named Peter Mensah, a cousin of Samuel Adeyemi and once a central "
                        "bank official, as finance minister last week, and later received him at his office.")
    event = _only(doc, "CONSULT")
    assert set(event.source + event.target) == {_id(doc, "Daniel Okoro"), _id(doc, "Peter Mensah")}


@pytest.mark.parametrize(("text", "code"), [
    ("Kenyan-led forces shelled rebel camps in Somalia on Monday.", "KEN"),
    ("The Nigerian-led coalition bombed militant positions in Chad on Monday.", "NGA"),
])
def test_forces_led_by_a_state_are_its_and_an_attack_on_a_place_is_an_event(annotate_text, text, code):
    doc = annotate_text(text)
    event = _only(doc, "ASSAULT")
    assert event.source == (_state(doc, code),)


@pytest.mark.parametrize(("text", "code"), [
    ("In August, Hamas-led fighters attacked the Egyptian town of Rafah.", "PSE"),
    ("Last year Taliban-led gunmen stormed Tajikistan's border posts, taking 30 guards hostage.", "AFG"),
])
def test_forces_led_by_a_named_group_are_its(annotate_text, text, code):
    doc = annotate_text(text)
    event = _only(doc, "ASSAULT")
    assert {e.country for e in doc.entities if e.id in event.source} == {code}


def test_a_named_venue_is_where_not_whom(annotate_text):
    doc = annotate_text("Kenyan President William Ruto received the prize at Nairobi City Hall on Monday.")
    names = {e.id: e.name for e in doc.entities}
    assert all("City Hall" not in names[a] for e in doc.events for a in e.source + e.target)


@pytest.mark.parametrize(("text", "site"), [
    ("Riot police surrounded the Caldmoor Statehouse on Friday as farmers gathered outside.", "Caldmoor Statehouse"),
    ("Foreign Minister Ilse Worra met senior officials and visited the Brannock prison on Monday.", "Brannock"),
])
def test_a_building_surrounded_or_visited_is_where_not_whom(annotate_text, text, site):
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    assert all(names[a] != site for e in doc.events for a in e.source + e.target + e.participants)


def test_the_province_an_attack_hurt_people_in_is_where_not_whom(annotate_text):
    doc = annotate_text("A roadside bomb killed three soldiers in Quellan province on Saturday, officials said.")
    names = {e.id: e.name for e in doc.entities}
    assert all("Quellan" not in names[a] for e in doc.events for a in e.source + e.target)


def test_the_place_people_died_in_is_where_not_whom(annotate_text):
    doc = annotate_text("Two herders died in a hamlet near Brask in Quellan province in 2009, officials said.")
    names = {e.id: e.name for e in doc.entities}
    assert all("Quellan" not in names[a] for e in doc.events for a in e.source + e.target)


def test_the_city_of_a_dateline_is_no_side_of_the_first_sentence(annotate_text):
    doc = annotate_text("LAGOS: Nearly 90 Nigerians returned home broke on Thursday after being deported for "
                        "overstaying their visas in Spain.")
    names = {e.id: e.name.lower() for e in doc.entities}
    assert all(names[a] != "lagos" for e in doc.events for a in e.source + e.target)


def test_a_city_named_after_the_dateline_can_still_act(annotate_text):
    doc = annotate_text("MOSCOW (Reuters) - Moscow rejected the Latvian proposal on Monday, the foreign ministry said.")
    assert any(e.type == "REJECT" and e.source for e in doc.events), [e.to_json() for e in doc.events]


@pytest.mark.parametrize(("text", "name"), [
    ("Ukrainian drones struck Belgorod on Sunday, the governor said.", "Belgorod"),
    ("Police arrested activist Daniel Church in Lisbon on Monday.", "Daniel Church"),
])
def test_a_place_struck_and_a_person_named_like_a_venue_stay_targets(annotate_text, text, name):
    doc = annotate_text(text)
    assert any(_id(doc, name) in e.target for e in doc.events)


def test_a_plural_demonym_the_tagger_reads_as_a_name_is_a_group(annotate_text):
    doc = annotate_text("Thousands of Georgians gathered outside parliament on Monday.")
    event = _only(doc, "PROTEST")
    assert [countries for countries in ({e.country for e in doc.entities if e.id in event.source},)] == [{"GEO"}]


def test_two_people_named_in_apposition_are_one_event_each(annotate_text):
    doc = annotate_text("Two ministers, John Mensah and Peter Okoro, resigned on Monday.")
    assert sorted(t for e in doc.events if e.type == "DISMISS" for t in e.target) == sorted(
        [_id(doc, "John Mensah"), _id(doc, "Peter Okoro")])


def _place(doc: Document, event: Event) -> tuple[str, str | None] | None:
    where = next((e for e in doc.entities if e.id == event.location), None)
    return (where.name, where.country) if where else None


@pytest.mark.parametrize(("text", "type_", "place"), [
    ("Kenyan jets bombed militant camps in Kismayo on Monday.", "ASSAULT", ("Kismayo", "SOM")),
    ("Protesters in Nairobi burned tyres on Tuesday.", "PROTEST", ("Nairobi", "KEN")),
    ("Militants ambushed a Nigerian army convoy near the town of Maiduguri on Sunday.", "ASSAULT",
     ("Maiduguri", "NGA")),
    ("A roadside bomb outside the Somali town of Qorqor killed two Kenyan soldiers on Monday.", "ASSAULT",
     ("Somalia", "SOM")),
])
def test_where_an_event_happened_is_read_through_a_chain_of_place_phrases(annotate_text, text, type_, place):
    doc = annotate_text(text)
    event = _only(doc, type_)
    assert _place(doc, event) == place
    assert all(a != event.location for a in event.source + event.target)


@pytest.mark.parametrize(("text", "code"), [
    ("Protesters in Nairobi burned tyres on Tuesday to denounce the Ugandan government's new tariff.", "UGA"),
    ("Protesters in Accra set fire to a flag on Sunday to condemn the Togolese government's fishing ban.", "TGO"),
    ("Kenyan students rallied on Sunday during protests against arrests by the Ugandan police.", "UGA"),
    ("Students in Manila marched on Friday to voice their anger at China's actions in the sea.", "CHN"),
    ("Farmers barricaded roads in Dhaka on Monday in defiance of the Indian government.", "IND"),
    ("Kenyan nurses kept up their hunger strike on Sunday in protest of the Ugandan government's ban on their union.",
     "UGA"),
])
def test_a_protest_is_aimed_at_whom_its_purpose_or_stance_names(annotate_text, text, code):
    doc = annotate_text(text)
    event = _only(doc, "PROTEST")
    assert {e.country for e in doc.entities if e.id in event.target} == {code}


def test_a_topic_after_on_is_no_side_and_coordinated_demonyms_are_both_sides(annotate_text):
    doc = annotate_text("Chinese and Russian envoys held talks on Ukraine on Monday.")
    event = _only(doc, "CONSULT")
    assert {e.country for e in doc.entities if e.id in event.source + event.target} == {"CHN", "RUS"}
    assert not any(e.country == "UKR" for e in doc.entities if e.id in event.actors())


@pytest.mark.parametrize("text", [
    "Gunmen from Chad raided a shelter for Sudanese refugees on Monday.",
    "A clinic for Sudanese refugees was shelled by Chadian militiamen on Monday.",
])
def test_an_attack_on_a_place_for_people_is_an_attack_on_them(annotate_text, text):
    doc = annotate_text(text)
    event = _only(doc, "ASSAULT")
    assert {e.country for e in doc.entities if e.id in event.target} == {"SDN"}
    assert {e.country for e in doc.entities if e.id in event.source} == {"TCD"}


@pytest.mark.parametrize(("text", "mode", "target"), [
    ("Uganda will expel Kenyan diplomats if Nairobi does not apologise, the foreign minister said on Monday.",
     "expel", "KEN"),
    ("Kenya will close its border with Somalia unless the raids stop, the interior minister said on Monday.",
     "restrict", "SOM"),
])
def test_a_coercive_act_held_out_on_a_condition_is_a_threat(annotate_text, text, mode, target):
    doc = annotate_text(text)
    threat = _only(doc, "THREATEN")
    assert threat.mode == mode and threat.modality == "asserted"
    assert target in {e.country for e in doc.entities if e.id in threat.target}
    assert not [e for e in doc.events if e.type in ("SANCTION", "COERCE")]


def test_an_act_inside_an_unless_clause_is_no_event(annotate_text):
    doc = annotate_text("The Kenyan opposition said on Monday it would boycott the vote unless President William "
                        "Mutai resigned.")
    assert not [e for e in doc.events if e.type == "DISMISS"]


def test_granting_asylum_is_aid(annotate_text):
    # data/events/GUIDE.md: granting asylum is AID humanitarian
    doc = annotate_text("Tanzania gave asylum on Monday to a Kenyan opposition leader who had fled the country.")
    aid = _only(doc, "AID")
    assert aid.mode == "humanitarian"
    assert {e.country for e in doc.entities if e.id in aid.target} == {"KEN"}


@pytest.mark.parametrize("text", [
    "Nigerian unions called a general strike on Monday over fuel prices.",
    "Bus drivers in Nairobi were pressed by Kenyan officials to end the strike they had called.",
])
def test_a_stoppage_of_work_is_a_protest_not_an_attack(annotate_text, text):
    doc = annotate_text(text)
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    assert [e.mode for e in doc.events if e.type == "PROTEST"] == ["strike"]


def test_an_air_strike_stays_an_attack(annotate_text):
    doc = annotate_text("Israel launched an air strike on Gaza on Monday.")
    assert _only(doc, "ASSAULT")


def test_a_visit_for_hours_of_talks_with_the_host_is_one_meeting_with_the_host(annotate_text):
    doc = annotate_text("Kenyan President William Mutai flew to Dodoma on Thursday for three hours of talks with "
                        "Tanzanian President Samuel Hassan.")
    visit = _only(doc, "CONSULT")
    assert visit.mode == "visit" and _id(doc, "Samuel Hassan") in visit.target


def test_a_visit_and_talks_with_the_hosts_told_in_one_sentence_are_one_meeting(annotate_text):
    doc = annotate_text("A Ugandan delegation, led by Trade Minister Paul Okello, had been visiting Kenya since "
                        "Friday, and held meetings with Kenyan Foreign Minister Amina Odhiambo.")
    meeting = _only(doc, "CONSULT")
    assert meeting.mode == "visit" and _id(doc, "Amina Odhiambo") in meeting.actors()


def test_withdrawing_peacekeepers_is_a_retreat(annotate_text):
    doc = annotate_text("Uganda withdrew its peacekeepers from Somalia on Monday.")
    assert _only(doc, "RETREAT").mode == "withdraw"


def test_talks_between_two_sides_that_are_the_occasion_of_an_act_are_told(annotate_text):
    """ "agreed at talks between X and Y": talks with sides of their own are an event, not a reference to one."""
    doc = annotate_text("The accord was reached on Monday in Geneva, at the first face-to-face talks between Kenya "
                        "and Uganda since 2019.")
    [talks] = [e for e in doc.events if e.type == "CONSULT"]
    ents = {e.id: e.country for e in doc.entities}
    assert {ents[a] for a in talks.actors()} == {"KEN", "UGA"}
    # "since 2019" is the baseline "first" is measured against, not the time of the talks
    assert talks.date is not None and talks.date.start == "2025-03-17"


def test_a_name_the_parser_reads_as_a_second_subject_after_the_verb_is_its_object(nlp):
    from dateline.annotate.events import _objects

    doc = nlp("Hours later the Ugandan Foreign Ministry summoned Kenya's ambassador, Peter Otieno, over what it "
              "described as Nairobi's \"hostile actions,\" and on Wednesday Deputy Foreign Minister Ana Mrema handed "
              "him a note.")
    summoned = next(t for t in doc if t.text == "summoned")
    assert "ambassador" in [t.text for t in _objects(summoned)]


def test_an_act_threatened_or_set_as_a_condition_is_not_told_as_done(annotate_text):
    doc = annotate_text("Armenia threatened on Monday to mount a naval blockade unless Azerbaijan withdrew its troops.")
    assert [e.type for e in doc.events] == ["THREATEN"], [(e.type, e.trigger) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Grace Mensah, who succeeded Yaw Boateng as speaker in March, chairs the committee.",
    "Ghana named a new speaker in March. She succeeded Yaw Boateng, who retired.",
])
def test_a_successor_named_by_a_relative_or_personal_pronoun_is_appointed(annotate_text, text):
    """"X, who succeeded Y" and "She succeeded Y": the successor is appointed and Y leaves, as with a named subject (on
    the succession, or on Y's own verb when a relative clause tells it: "Y, who retired", GUIDE.md handover row)."""
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    kinds = {(ev.type, ev.trigger, frozenset(names[i] for i in ev.target)) for ev in doc.events}
    assert {("DISMISS", "succeeded", frozenset({"Yaw Boateng"})), ("DISMISS", "retired", frozenset({"Yaw Boateng"}))} \
        & kinds, kinds
    assert not any(t == "APPOINT" and trig == "succeeded" and "Yaw Boateng" in who for t, trig, who in kinds), kinds


@pytest.mark.parametrize("text", [
    # "A replaced Y with X": X is appointed by A (``posts.replacement_object``)
    "President Kofi Agyeman on Sunday replaced Finance Minister Yaw Boateng with banker Ama Serwaa, his office said.",
    # "Y resigned and was replaced by X": the passive shares the first verb's subject (``clauses._replaced_ones``)
    "Ghana's finance minister, Yaw Boateng, resigned on Friday and was replaced by his deputy, Ama Serwaa, the "
    "presidency said.",
])
def test_one_replaced_by_another_leaves_the_post_to_them(annotate_text, text):
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    kinds = {(ev.type, frozenset(names[i] for i in ev.target)) for ev in doc.events}
    assert ("APPOINT", frozenset({"Ama Serwaa"})) in kinds and ("DISMISS", frozenset({"Yaw Boateng"})) in kinds, kinds
    assert not any(t == "DISMISS" and "Ama Serwaa" in who for t, who in kinds), kinds


def test_a_thing_replaced_with_another_is_no_appointment(annotate_text):
    doc = annotate_text("The Ghanaian parliament replaced the old tax law with a decree on Sunday.")
    assert not [ev for ev in doc.events if ev.type == "APPOINT"], doc.events


@pytest.mark.parametrize("text", [
    "On Wednesday, President Pekka Lehto took over from Mikko Virtanen as head of the defence council.",
    "Grace Mensah took over from Yaw Boateng as speaker of parliament in March.",
])
def test_a_post_taken_over_from_someone_is_left_by_them(annotate_text, text):
    """"X took over from Y as Z": X is appointed and Y leaves, as with "X replaced Y"."""
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    kinds = {(ev.type, frozenset(names[i] for i in ev.target)) for ev in doc.events}
    successor, predecessor = text.split(" took over from ")[0].split()[-2:], text.split(" from ")[1].split(" as ")[0]
    assert ("DISMISS", frozenset({predecessor})) in kinds, kinds
    assert ("APPOINT", frozenset({" ".join(successor)})) in kinds, kinds


def test_taking_over_from_a_body_tells_no_departure(annotate_text):
    doc = annotate_text("The army took over from the police on Monday.")
    assert not any(ev.type == "DISMISS" for ev in doc.events)


@pytest.mark.parametrize("text, kind, source", [
    ("The Tamil Tigers issued a statement on Monday demanding that Colombo release the detained fishermen.", "REQUEST",
     "LKA"),
    ("Kenya's foreign ministry sent a letter to Kampala on Monday accusing Ugandan troops of crossing the border.",
     "ACCUSE", "KEN"),
])
def test_the_issuer_of_a_document_makes_its_demand(annotate_text, text, kind, source):
    # roles_speech._role_document_issuer: "issued a statement demanding ..." is a demand by whoever issued it
    doc = annotate_text(text)
    act = _only(doc, kind)
    assert source in {e.country for e in doc.entities if e.id in act.source}


@pytest.mark.parametrize("text, kind", [
    ("Chile and Peru launched five days of joint naval exercises off Arica on Monday.", "COOPERATE"),
    ("India held war games with France in the Indian Ocean on Friday.", "COOPERATE"),
    ("Peru began naval drills off Callao on Monday.", "MOBILIZE"),
    ("Peru began trilateral naval drills off Callao on Monday.", "COOPERATE"),
    ("Peru began combined naval drills off Callao on Monday.", "COOPERATE"),
])
def test_drills_between_states_are_cooperation(annotate_text, text, kind):
    # data/events/GUIDE.md: joint drills between states COOPERATE; a state's own drills MOBILIZE (events._retype)
    assert [e.type for e in annotate_text(text).events] == [kind]


@pytest.mark.parametrize("text", [
    "Colonel Assimi Goita seized power in Bamako in May 2021.",
    "Major Paul Kagera, who seized power in 2019, addressed the nation on Monday.",
])
def test_seizing_power_is_taking_office(annotate_text, text):
    # GUIDE.md: a junta leader taking over is APPOINT, not an arrest (events._retype, POWER_NOUNS)
    doc = annotate_text(text)
    assert "COERCE" not in {e.type for e in doc.events}
    assert _only(doc, "APPOINT").target


@pytest.mark.parametrize("text, kind", [
    ("Kenya's president warned the opposition not to stir up ethnic hatred, on Monday.", "REQUEST"),
    ("Kenya's president on Monday cautioned Uganda against signing the pipeline deal.", "REQUEST"),
    ("Kenya warned Uganda on Monday not to move troops to the border or face consequences.", "THREATEN"),
    ("Kenya warned Uganda on Monday that it would close the border if the raids continued.", "THREATEN"),
])
def test_a_warning_that_names_no_consequence_is_a_demand(annotate_text, text, kind):
    # GUIDE.md: "cautioned / warned X against doing Z" as advice is REQUEST; with a consequence THREATEN (_retype)
    assert _only(annotate_text(text)).type == kind


def test_a_negation_in_the_main_clause_leaves_a_relative_clause_asserted(annotate_text):
    doc = annotate_text("Daniel Mwangi, who governed Kenya until he handed the presidency to Peter Otieno "
                        "in 2002, has not spoken to reporters for years.")
    assert _only(doc, "DISMISS").modality == "asserted"


@pytest.mark.parametrize("text, mode", [
    ("Kenya will not attend the summit in Addis Ababa, the foreign ministry said on Monday.", "meet"),
    ("Kenya won't send troops to Somalia, the president said on Monday.", None),
])
def test_an_act_refused_for_the_future_is_a_rejection(annotate_text, text, mode):
    # GUIDE.md: "will not accept / attend / allow" is REJECT asserted, never a negated type (events._refusal)
    reject = _only(annotate_text(text))
    assert (reject.type, reject.mode, reject.modality) == ("REJECT", mode, "asserted")


def test_what_a_refusal_waits_for_is_not_told(annotate_text):
    doc = annotate_text("The Kenyan cabinet would not meet to ratify the accord until Uganda withdrew its troops, the "
                        "government said on Monday.")
    assert "RETREAT" not in {e.type for e in doc.events}


@pytest.mark.parametrize("text, kind", [
    ("Norway halted economic aid to Myanmar on Tuesday.", "SANCTION"),
    ("Ecuador's interior ministry cut the night-time curfew in Guayaquil to four hours on Saturday.", "CONCEDE"),
    ("Kenya imposed a curfew in Mombasa on Monday.", "COERCE"),
])
def test_stopping_aid_sanctions_and_easing_a_restriction_concedes(annotate_text, text, kind):
    # events._retype: AID_NOUNS, EASING_LEMMAS (GUIDE.md: easing restrictions is CONCEDE)
    assert _only(annotate_text(text)).type == kind


def test_getting_ready_is_no_declared_readiness(annotate_text):
    # construction.committed: "is prepared to send troops" is AGREE; the verb "prepared to" (getting ready) is not
    assert "AGREE" not in {e.type for e in annotate_text(
        "The Kenyan army prepared on Monday to resume shelling rebel positions.").events}
    assert _only(annotate_text("Kenya is prepared to send troops to Somalia, the president said on Monday.")).type == \
        "AGREE"


def test_separate_talks_beside_another_meeting_are_another_event(annotate_text):
    """ "met B at the forum on Monday, then had separate talks with him": same sides, same day, told apart."""
    doc = annotate_text("Kenyan President William Mutai met Tanzanian President Samuel Hassan at the summit on Monday "
                        "and also held separate talks with him on trade.")
    meetings = [e for e in doc.events if e.type == "CONSULT"]
    assert len(meetings) == 2 and {e.trigger for e in meetings} == {"met", "talks"}


def test_a_meeting_told_twice_is_one_event(annotate_text):
    doc = annotate_text("Kenyan President William Mutai met Tanzanian President Samuel Hassan on Monday and held talks "
                        "with him on trade.")
    assert len([e for e in doc.events if e.type == "CONSULT"]) == 1


def test_a_visit_told_with_meetings_one_by_one_is_a_trip_of_its_own(annotate_text):
    """ "had been visiting X and held meetings with A and B": the visit and a meeting with each host; a visit "for talks
    with A" alone stays one meeting."""
    doc = annotate_text("The Kenyan delegation, headed by Deputy Foreign Minister Amina Odhiambo, had been visiting "
                        "Tanzania since Saturday, and held meetings with Tanzanian Foreign Minister Samuel Hassan and "
                        "Vice Foreign Minister Joseph Mbeki.")
    meetings = [e for e in doc.events if e.type == "CONSULT"]
    assert sorted(e.mode or "" for e in meetings) == ["", "", "visit"]
    assert [e.target for e in meetings if e.mode == "visit"] == [(_state(doc, "TZA"),)]
    doc = annotate_text("Kenyan President William Mutai flew into Dodoma on Monday for talks with Tanzanian President "
                        "Samuel Hassan.")
    assert [e.mode for e in doc.events if e.type == "CONSULT"] == ["visit"]
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Mutai gave a cordial welcome in Nairobi on Friday to Ugandan President Paul Okello.",
        "Kenyan President William Mutai gave Ugandan President Paul Okello a cordial welcome on Friday.",
    ],
)
def test_a_welcome_given_to_a_person_is_a_visit_hosted(annotate_text, text):
    doc = annotate_text(text)
    event = _only(doc)
    assert event.type == "CONSULT"
    assert event.source == (_id(doc, "Paul Okello"),)
    assert event.target == (_id(doc, "William Mutai"),)


def test_a_welcome_given_to_a_result_is_support(annotate_text):
    assert _only(annotate_text("Kenya gave a cordial welcome on Friday to the vote count in Uganda.")).type == \
        "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Boric issued a firm reminder on Saturday to Peru that it must admit the inspectors.",
        "Chile issued a statement on Monday that Peru must release the fishermen.",
    ],
)
def test_a_demand_told_in_a_message_clause_is_one_request(annotate_text, text):
    doc = annotate_text(text)
    event = _only(doc)
    assert event.type == "REQUEST"
    assert event.source == (_state(doc, "CHL"),) or event.source == (_id(doc, "Boric"),)
    assert event.target == (_state(doc, "PER"),)


@pytest.mark.parametrize("text, kind", [
    ("Uganda's president called Kenya's president on Monday to discuss the border.", "CONSULT"),
    ("Kenya freed the former Ugandan minister on Monday.", "RETREAT"),
    ("Uganda's president called Kenya's president a liar on Monday.", "ACCUSE"),
])
def test_a_post_holder_is_a_person_object(annotate_text, text, kind):
    # requirements._object_person: "called Kenya's president" phones a person named by his post; a predicative
    # complement ("called him a liar") judges him instead
    assert [e.type for e in annotate_text(text).events] == [kind]


@pytest.mark.parametrize("text, type_", [
    ("Iceland sent 40 million kronur in emergency aid to Chad on Monday.", "AID"),
    ("Iceland will send 40 million kronur in emergency aid to Chad.", "AGREE"),
    ("Portugal shipped 12 armoured vehicles to Mozambique on Friday.", "AID"),
])
def test_an_amount_in_aid_and_armour_are_what_is_sent(annotate_text, text, type_):
    # "40 million kronur in emergency aid" is aid: the "in" phrase of an amount says what it is; a promise to send
    # it is AGREE (OUTPUT.md section 5)
    doc = annotate_text(text)
    assert [e.type for e in doc.events] == [type_]


def test_an_amount_of_something_else_sent_is_no_aid(annotate_text):
    doc = annotate_text("The fund sent 40 million kronur in dividends to its shareholders on Monday.")
    assert not doc.events


@pytest.mark.parametrize("text", [
    "Somali youths threw stones at Kenyan troops on Thursday in demonstrations against the military's raids on their "
    "town.",
    "Somali fishermen threw rocks at Kenyan patrol boats on Friday in protests against the new quota.",
    "Dozens of Somali traders began a hunger strike on Tuesday to protest against Nairobi's closure of the border "
    "markets.",
])
def test_a_protest_is_aimed_against_what_its_protest_word_is_against(annotate_text, text):
    """The crowd's own state protests (not the one protested against), at whom the "against" phrase of a word of
    protest beside the event names."""
    doc = annotate_text(text)
    codes = {e.id: e.country for e in doc.entities}
    (protest,) = [ev for ev in doc.events if ev.type == "PROTEST"]
    assert {codes[a] for a in protest.source} == {"SOM"} and {codes[a] for a in protest.target} == {"KEN"}, protest


def test_a_crowd_of_no_named_state_protests_against_its_own_government(annotate_text):
    doc = annotate_text("Thousands of workers protested on Monday against the Kenyan government's decision to raise "
                        "fuel prices.")
    codes = {e.id: e.country for e in doc.entities}
    (protest,) = [ev for ev in doc.events if ev.type == "PROTEST"]
    assert {codes[a] for a in protest.source} == {"KEN"}


@pytest.mark.parametrize("text, code", [
    ("Teachers in Zambia began an indefinite strike on Monday.", "ZMB"),
    ("Doctors in Uganda went on strike on Monday over unpaid salaries.", "UGA"),
    ("Thousands of farmers across Romania began a protest against cheap grain on Monday.", "ROU"),
])
def test_a_people_of_a_place_named_after_them_is_that_place_s(annotate_text, text, code):
    # "nurses in Malawi" are Malawi's as "Malawian nurses" are (actors.RESIDENT_GROUPS; not troops or envoys)
    doc = annotate_text(text)
    (protest,) = [ev for ev in doc.events if ev.type == "PROTEST"]
    assert {e.country for e in doc.entities if e.id in protest.source} == {code}


def test_troops_in_a_state_are_not_that_state_s(annotate_text):
    doc = annotate_text("Troops in Chad came under fire from rebels on Sunday, the French army said.")
    assert not any(e.country == "TCD" for e in doc.entities if e.type == "GROUP")


@pytest.mark.parametrize("text, code", [
    ("A suicide bomber killed at least 12 people at a bus station in Mogadishu on Friday.", "SOM"),
    ("Gunmen shot dead seven people in a village near Maiduguri, Nigeria, on Sunday.", "NGA"),
    # a passenger, a worshipper is a bystander too; the place may be the governing clause's ("..., killing")
    ("Armed men ambushed a minibus on a road in Sindh on Monday, killing nine passengers.", "PAK"),
    ("A bomb went off at a mosque in Helmand province on Friday, wounding 14 worshippers.", "AFG"),
    # a counted group of no state is of the state where it was hit ("in Kaduna state")
    ("Bandits killed eleven villagers at a market in Kaduna state on Saturday.", "NGA"),
    # the place of the attack that killed them, named on the killing's subject
    ("A drone strike on a market in northern Mali killed nine people on Sunday.", "MLI"),
    # the place below what the blast went "through"
    ("A truck bomb tore through a bus depot in Kandahar on Tuesday, killing 17 people.", "AFG"),
])
def test_an_attack_on_counted_bystanders_befalls_the_state_where_it_happened(annotate_text, text, code):
    # the bystanders are no party of their own (uncounted_actor); with no state named as the attacker's, the attack is
    # kept, on the place's state
    doc = annotate_text(text)
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert {e.country for e in doc.entities if e.id in attack.target} == {code}


@pytest.mark.parametrize("text, code", [
    ("Gunmen killed four police officers in Kandahar on Monday.", "AFG"),
    ("Militants attacked a police station in Peshawar late on Friday.", "PAK"),
    ("Gunmen opened fire on a police checkpoint in Maiduguri on Sunday, killing two officers.", "NGA"),
    ("The attack on a police post near Mopti on Tuesday killed three.", "MLI"),
    # the dateline's state, when no place is named in the sentence
    ("NAIROBI, March 3 (Reuters) - Gunmen shot dead two policemen on the road north of the city on Monday.", "KEN"),
])
def test_an_attack_on_unnamed_police_befalls_their_state(annotate_text, text, code):
    # _role_hit_home_organ: police and guards serve at home, so the police of no named state are the place's state's
    doc = annotate_text(text)
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert {e.country for e in doc.entities if e.id in attack.target} == {code}


def test_officers_told_only_as_hurt_make_no_attack(annotate_text):
    # the toll of a clash, told by a passive with no agent, is no attack of its own
    doc = annotate_text("Several officers were injured in Dakar on Monday, a police spokesman said.")
    assert "ASSAULT" not in [e.type for e in doc.events], [e.to_json() for e in doc.events]


@pytest.mark.parametrize("text", [
    "Kenya is committed to the peace process in Somalia, its foreign minister said on Monday.",
    "Uganda said on Tuesday that it remained committed to the two-state solution for the island.",
    "Kenya's foreign minister said her country was committed to the \u201cone people, one flag\u201d formula governing "
    "the disputed island.",
])
def test_a_commitment_to_a_policy_promises_no_act(annotate_text, text):
    # OUTPUT.md 5: AGREE commits to a specific act; a process, a formula or a solution held to is a stance (real
    # pages: a state "committed to" a governing formula read as AGREE)
    doc = annotate_text(text)
    assert "AGREE" not in [v.type for v in doc.events], [v.to_json() for v in doc.events]


def test_a_commitment_to_an_act_stays_an_agreement(annotate_text):
    doc = annotate_text("Kenya is committed to the withdrawal of its troops from Somalia by June.")
    assert "AGREE" in [v.type for v in doc.events], [v.to_json() for v in doc.events]


@pytest.mark.parametrize(("text", "called"), [
    ("Ghanaian President Kofi Mensah called his Ivorian counterpart on Friday to discuss the cocoa levy.", "CIV"),
    ("The Chilean foreign minister telephoned her Peruvian counterpart on Sunday.", "PER"),
])
def test_a_call_to_a_counterpart_is_a_phone_call(annotate_text, text, called):
    # consult.call's object_person: "counterpart" is a post-holder named by relation alone
    doc = annotate_text(text)
    event = _only(doc, "CONSULT")
    assert event.mode == "phone" and list(event.target) == [_state(doc, called)]


@pytest.mark.parametrize("text, code", [
    ("The rebels declared a ceasefire on Tuesday, the Peruvian army said.", "PER"),
    ("LIMA, May 23 (AP) - Separatists demanded talks with the government on Tuesday.", "PER"),
])
def test_fighters_named_without_a_state_are_the_story_s(annotate_text, text, code):
    # _role_unplaced_fighters: rebels and separatists fight at home; the story's state is theirs (a GROUP of it)
    doc = annotate_text(text)
    (event,) = [e for e in doc.events if e.type in ("RETREAT", "REQUEST")]
    (doer,) = [e for e in doc.entities if e.id in event.source]
    assert (doer.type, doer.country) == ("GROUP", code)


def test_militants_named_without_a_state_take_none(annotate_text):
    # militants often cross borders: the story's state is not theirs
    doc = annotate_text("JERUSALEM (Reuters) - Militants announced a ceasefire on Tuesday.")
    assert not any(e.country == "ISR" and e.type == "GROUP" for e in doc.entities)


@pytest.mark.parametrize("text", [
    "Three ministers resigned on Monday: Finance Minister Ana Pell, Health Minister Jon Okri and Trade Minister Lea "
    "Marr.",
    "The palace announced on Monday the resignations of three ministers: Ana Pell, Jon Okri and Lea Marr.",
])
def test_people_listed_after_a_colon_each_leave_their_post(annotate_text, text):
    # _role_listed_after_colon: the counted noun's people are named after the colon; one DISMISS each
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    left = sorted(names[t].split()[-1] for e in doc.events if e.type == "DISMISS" for t in e.target)
    assert left == ["Marr", "Okri", "Pell"], [e.to_json() for e in doc.events]


def test_a_colon_before_a_clause_lists_no_one(annotate_text):
    doc = annotate_text("Two ministers resigned on Monday: Ana Pell said Jon Okri was right.")
    assert not [e for e in doc.events if e.type == "DISMISS"], [e.to_json() for e in doc.events]


@pytest.mark.parametrize("text", [
    "Tensions persist, worsened by Prime Minister Kenji Sato's yearly visits to the Hoshino shrine to Japan's war "
    "dead.",
    "Ties with Seoul remain cold, not least because of Kenji Sato's annual visits to South Korea's rivals.",
])
def test_plural_acts_with_a_frequency_adjective_are_a_habit(annotate_text, text):
    # _told_as_habit: "yearly visits" tells a habit, no occurrence (GUIDE.md: habitual acts are not_event)
    doc = annotate_text(text)
    assert not doc.events, [e.to_json() for e in doc.events]


def test_a_singular_annual_gathering_keeps_its_occurrence(annotate_text):
    doc = annotate_text("Kenya and Uganda held their annual meeting in Kampala on Monday.")
    assert "CONSULT" in [e.type for e in doc.events], [e.to_json() for e in doc.events]


@pytest.mark.parametrize("text, code", [
    ("The convicted killer David Ross was executed in Texas on Tuesday.", "USA"),
    ("NEW HAVEN, Conn. (AP) - David Ross is due to be executed on Feb. 3 by lethal injection.", "USA"),
])
def test_a_passive_execution_is_the_state_s_assault(annotate_text, text, code):
    # GUIDE.md: an execution is ASSAULT by the state (_role_executing_state), not the executed one's DIE
    doc = annotate_text(text)
    (attack,) = [e for e in doc.events if e.type == "ASSAULT"]
    assert {e.country for e in doc.entities if e.id in attack.source} == {code}
    assert "DIE" not in [e.type for e in doc.events]


def test_a_count_of_the_executed_is_no_execution(annotate_text):
    doc = annotate_text("HARTFORD, Conn. (AP) - Since the death penalty was restored in 1977, ten people have been "
                        "executed in the state.")
    assert "ASSAULT" not in [e.type for e in doc.events], [e.to_json() for e in doc.events]
