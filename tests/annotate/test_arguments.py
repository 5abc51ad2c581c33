"""Tests for dateline.annotate.arguments: the named passes that read an event noun's actors (``NOMINAL_PASSES``)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from spacy.language import Language

from dateline.annotate.actors import Actors, Unit
from dateline.annotate.arguments import NOMINAL_PASSES, Arguments, ArgumentReader
from dateline.model import Document
from event_helpers import countries, names, of_type


def _nominal(nlp: Language, text: str, word: str) -> tuple[Actors, Arguments]:
    doc = nlp(text)
    actors = Actors()
    actors.add_units([Unit(doc, "body")])
    args = Arguments()
    ArgumentReader(0, actors, {})._nominal(next(t for t in doc if t.lower_ == word), args)
    return actors, args


def _codes(actors: Actors, ids: list[str]) -> list[str | None]:
    return [actors.country_of(a) for a in ids]


def test_the_nominal_passes_are_named_once_each_with_a_one_line_docstring() -> None:
    names = [name for name, _ in NOMINAL_PASSES]
    assert len(names) == len(set(names))
    # the measure noun's verb takes the noun's place before any pass reads the head
    assert names.index("measure") < names.index("adjunct") < names.index("support_verb")
    assert names[-2:] == ["modifier_source", "participants_source"]
    for name, run in NOMINAL_PASSES:
        assert run.__doc__ and "\n" not in run.__doc__.strip(), name


def test_a_possessor_acts_on_the_of_phrase(nlp: Language) -> None:
    actors, args = _nominal(nlp, "Kenya condemned Uganda's invasion of Tanzania.", "invasion")
    assert _codes(actors, args.source) == ["UGA"] and _codes(actors, args.target) == ["TZA"]
    assert not args.participants


def test_a_measure_noun_s_verb_supports_the_event_noun(nlp: Language) -> None:
    actors, args = _nominal(nlp, "Kenya held five hours of talks with Tanzania on Monday.", "talks")
    assert _codes(actors, args.source) == ["KEN"] and _codes(actors, args.target) == ["TZA"]


def test_a_modifier_acts_when_nothing_else_does(nlp: Language) -> None:
    actors, args = _nominal(nlp, "Kenyan drills began on Monday.", "drills")
    assert _codes(actors, args.source) == ["KEN"] and not args.target


def test_the_nominal_passes_are_logged_by_name_in_order(nlp: Language, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="dateline.annotate.arguments"):
        _nominal(nlp, "Kenya held talks with Tanzania.", "talks")
    logged = [r.getMessage().split(":")[0] for r in caplog.records if r.getMessage().startswith("nominal pass")]
    assert logged == [f"nominal pass {name}" for name, _ in NOMINAL_PASSES]


@pytest.mark.parametrize(
    "text",
    [
        "A Japan specialist who joined the foreign service in 2001, Ivan Petrov served as counsellor at the Tokyo "
        "embassy from 2005 to 2010.",
        "A seasoned Japan hand, Tom Baker was named envoy to Lima in May 2020.",
    ],
)
def test_a_specialist_of_a_state_is_no_actor_of_that_state(annotate_text, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text(text)
    japan = {e.id for e in doc.entities if e.name == "Japan"}
    assert japan and not any(set(ev.actors()) & japan for ev in doc.events), doc.events
    assert any(ev.type == "APPOINT" for ev in doc.events)


@pytest.mark.parametrize(("text", "word"), [
    ("Ugandan general Moses Kato landed in Nairobi on Monday. Kenyan police promptly took him into custody, then "
     "flew him to Mombasa.", "custody"),
    ("Kenyan police placed the Ugandan general Moses Kato under house arrest on Monday.", "house"),
    ("The Ugandan general Moses Kato was put under arrest by Kenyan police on Monday.", "arrest"),
])
def test_a_state_a_verb_puts_its_object_in_befalls_the_object(nlp: Language, text: str, word: str) -> None:
    actors, args = _nominal(nlp, text, word)
    assert _codes(actors, args.source) == ["KEN"] and [actors.get(a).name for a in args.target] == ["Moses Kato"]


@pytest.mark.parametrize("text, code", [
    ("Malawi's president said on Monday she would not attend the summit in Harare.", "MWI"),
    ("The Bolivian foreign minister said he had met Chile's ambassador on Monday.", "BOL"),
])
def test_he_or_she_of_a_reported_clause_is_its_unnamed_speaker(annotate_text, text, code):
    # no person is named before the pronoun: the speaker, a state's post with no name, is who acts
    doc = annotate_text(text)
    (event,) = doc.events
    assert {e.country for e in doc.entities if e.id in event.source} == {code}


@pytest.mark.parametrize(("text", "name"), [
    ("First Vice Foreign Minister Choi Min-kyun called in Ambassador Ivan Petrov and told him that the flights broke "
     "the treaty.", "Choi Min-kyun"),
    ("Vice Foreign Minister Yoon Sang-kyun called in Ambassador Ivan Petrov and told him that the flights broke the "
     "treaty.", "Yoon Sang-kyun"),
])
def test_a_verb_read_as_a_hyphenated_name_s_participle_has_the_name_as_subject(annotate_text, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    # the small parser reads "called" as a participle modifying "kyun": the summoner had been taken for the summoned
    doc = annotate_text(text)
    names = {e.id: e.name for e in doc.entities}
    accusations = [ev for ev in doc.events if ev.type == "ACCUSE"]
    assert accusations, doc.events
    assert [names[a] for a in accusations[0].source] == [name]
    assert [names[a] for a in accusations[0].target] == ["Ivan Petrov"]


def test_a_reduced_relative_on_a_common_noun_stays_passive(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("The envoy summoned by Lee Tae-hoon on Monday left early.")
    names = {e.id: e.name for e in doc.entities}
    assert all("Lee Tae-hoon" in [names[a] for a in ev.source] for ev in doc.events if ev.type == "ACCUSE")


@pytest.mark.parametrize(("text", "code"), [
    ("Latvia expelled three Belarusian diplomats on Tuesday. The moves followed Lithuania's announcement on Monday "
     "evening that it would expel two Belarusian consuls.", "LTU"),
    ("Latvia expelled three Russian diplomats on Tuesday. The row followed Norway's announcement on Monday that it "
     "would expel two Russian diplomats.", "NOR"),
])
def test_a_pronoun_in_a_noun_s_that_clause_is_the_noun_s_owner(annotate_text, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text(text)
    codes = {e.id: e.country for e in doc.entities}
    monday = [ev for ev in doc.events if ev.type == "SANCTION" and ev.date and (ev.date.text or "").startswith("Monday")]
    assert [[codes[a] for a in ev.source] for ev in monday] == [[code]], doc.events


@pytest.mark.parametrize("text", [
    "Kenya signed a deal with Uganda on Monday. The two governments said on Tuesday that they would expel Ethiopian "
    "diplomats.",
    "Ethiopia hosted talks on Monday. The Kenyan and Ugandan governments said on Tuesday that they would expel Somali "
    "diplomats.",
])
def test_they_opening_a_reported_clause_is_the_speaker(annotate_text, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text(text)
    codes = {e.id: e.country for e in doc.entities}
    expulsions = [ev for ev in doc.events if ev.type == "SANCTION"]
    assert {codes[a] for ev in expulsions for a in ev.source} == {"KEN", "UGA"}, doc.events


@pytest.mark.parametrize(("text", "kind"), [
    ("The Ethiopia-Eritrea peace deal was signed in Riyadh in September.", "AGREE"),
    ("Kenya hosted the Ethiopia-Eritrea talks in Nairobi on Monday.", "CONSULT"),
])
def test_both_names_of_a_hyphened_pair_are_sides(annotate_text, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text(text)
    codes = {e.id: e.country for e in doc.entities}
    (event,) = [ev for ev in doc.events if ev.type == kind]
    assert {"ETH", "ERI"} <= {codes[a] for a in event.actors()}, doc.events


def test_they_after_a_meeting_of_two_people_is_the_two(annotate_text):
    # no state or group is a subject before "They": the two who met agreed
    doc = annotate_text("Kenyan Foreign Minister Amina Otieno held talks with her Tanzanian counterpart Juma Mrisho "
                        "in Arusha on Saturday. They agreed to reopen two border posts.")
    names = {e.id: e.name for e in doc.entities}
    (agree,) = [e for e in doc.events if e.type == "AGREE"]
    assert sorted(names[a] for a in agree.source + agree.target + agree.participants) == ["Amina Otieno", "Juma Mrisho"]


@pytest.mark.parametrize(("text", "code"), [
    ("Norway expelled three Iranian diplomats on Friday, accusing them of plotting attacks.", "IRN"),
    ("Kenya deported four Somali journalists on Tuesday, accusing them of inciting violence.", "SOM"),
    ("Peru expelled the Bolivian consul on Sunday, accusing him of funding protests.", "BOL"),
    ("Chile shut the Argentine embassy school in March and accused it of spreading propaganda.", "ARG"),
])
def test_the_object_pronoun_of_a_participle_is_the_main_verbs_object(
        annotate_text: Callable[..., Document], text: str, code: str) -> None:
    # ArgumentReader._by_shared_collective_object: "them" is who was expelled, never the expelling state
    [accuse] = of_type(doc := annotate_text(text), "ACCUSE")
    assert code in countries(doc, accuse.target)


def test_an_object_pronoun_of_another_number_is_not_the_main_verbs_object(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Peru expelled the Bolivian consul on Sunday, accusing them of funding protests.")
    assert all("BOL" not in countries(doc, e.target) for e in of_type(doc, "ACCUSE"))


@pytest.mark.parametrize(("text", "doer", "earlier"), [
    ("Danish ferries stopped running after the storm, and in July Anders Holm, meeting Erik Lind in Copenhagen, "
     "pledged to restore the service.", "Holm", "DNK"),
    ("Italian ports were shut by a strike for a week, and in May Sofia Marchetti, meeting Nikos Andreou in Rome, "
     "promised new contracts.", "Marchetti", "ITA"),
    ("German rail freight fell sharply in the spring, and in April Chancellor Lukas Brenner, meeting Piotr Nowak in "
     "Warsaw, vowed to fix the line.", "Brenner", "DEU"),
])
def test_a_participle_between_a_name_and_its_verb_is_that_names_act(
        annotate_text: Callable[..., Document], text: str, doer: str, earlier: str) -> None:
    # arguments._interposed_subject: the parser folds the name into "in May ...", the earlier clause's subject
    # must not become the one who met
    [meeting] = of_type(doc := annotate_text(text), "CONSULT")
    assert any(doer in name for name in names(doc, meeting.source))
    assert earlier not in countries(doc, meeting.source)


def test_a_participle_after_an_object_keeps_the_clause_subject(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Austria expelled Lukas Brenner on Monday, accusing him of spying.")
    [accuse] = of_type(doc, "ACCUSE")
    assert countries(doc, accuse.source) == {"AUT"}


@pytest.mark.parametrize(("text", "seat"), [
    ("Kenyan President William Ruto met the Ugandan envoy at State House on Thursday.", "State House"),
    ("Zambian President Hakainde Hichilema received the Malawian foreign minister at Government House in Lusaka on "
     "Monday.", "Government House"),
    ("The Ghanaian president hosted his Togolese counterpart at Jubilee House on Friday.", "Jubilee House"),
    ("Nigerian President Bola Tinubu met the Beninese foreign minister at State House in Abuja on Monday.",
     "State House"),
])
def test_a_seat_of_government_named_by_a_place_phrase_is_where(
        annotate_text: Callable[..., Document], text: str, seat: str) -> None:
    # ArgumentReader._venue: "at State House" is where the meeting was, no side of it
    [meeting] = of_type(doc := annotate_text(text), "CONSULT")
    assert seat not in names(doc, (*meeting.source, *meeting.target, *meeting.participants))


def test_a_chamber_named_house_still_acts(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("The House voted on Tuesday to impeach Governor Tom Reilly.")
    assert any("House" in names(doc, e.source) for e in doc.events)


@pytest.mark.parametrize(("text", "type_", "states"), [
    ("Chad's president met his Sudanese counterpart on Friday, and the two leaders then signed a border accord.",
     "AGREE", {"TCD", "SDN"}),
    ("Ghana's foreign minister held talks with her Togolese counterpart in Accra on Monday. The two ministers agreed "
     "to reopen the border.", "AGREE", {"GHA", "TGO"}),
    ("Peru's president met his Chilean counterpart on Sunday, and the two leaders later agreed to open a new "
     "crossing.", "AGREE", {"PER", "CHL"}),
])
def test_the_two_leaders_no_one_named_are_the_two_states_of_the_latest_event(
        annotate_text: Callable[..., Document], text: str, type_: str, states: set[str]) -> None:
    # ArgumentReader._by_two_sides falls back on the latest two states; "the two leaders" is no domestic group
    [event] = of_type(doc := annotate_text(text), type_)
    assert countries(doc, (*event.source, *event.target)) == states


@pytest.mark.parametrize(("text", "owner", "earlier"), [
    ("Mali and Niger left the bloc last year. Envoys of the East African Community held their annual summit in Arusha "
     "on Sunday.", "East African Community", {"MLI", "NER"}),
    ("Ghana and Togo held talks in May. Ministers of the African Union held their yearly summit in Addis Ababa on "
     "Saturday.", "African Union", {"GHA", "TGO"}),
    ("Bolivia and Chile clashed in May. Trade ministers of the Andean Community held their regular summit in Lima on "
     "Saturday.", "Andean Community", {"BOL", "CHL"}),
])
def test_their_on_a_clauses_object_is_the_clauses_subject(
        annotate_text: Callable[..., Document], text: str, owner: str, earlier: set[str]) -> None:
    # ArgumentReader._by_clause_owner: not the pair named as a subject in the sentence before
    doc = annotate_text(text)
    [summit] = [e for e in of_type(doc, "CONSULT") if e.trigger == "summit"]
    assert owner in names(doc, summit.source)
    assert not earlier & countries(doc, summit.source)


@pytest.mark.parametrize(("text", "caller", "source_count"), [
    ("Kenya's Ruto hosted the presidents of Uganda, Tanzania and Rwanda in Mombasa on Tuesday, and the leaders later "
     "urged Ethiopia to reopen the border.", "Ethiopia", 4),
    ("The Brazilian foreign minister met his counterparts from Chile, Peru and Bolivia in Lima, and the ministers then "
     "signed a declaration with Ecuador.", "Ecuador", 4),
    ("Ghana's president received the leaders of Togo, Benin and Burkina Faso in Accra, and the group afterwards "
     "appealed to Mali to free the detained soldiers.", "Mali", 4),
])
def test_the_group_after_a_meeting_of_many_is_everyone_who_met(
        annotate_text: Callable[..., Document], text: str, caller: str, source_count: int) -> None:
    # ArgumentReader._by_gathered_group and list_tail: "the leaders" / "the group" is all who met; the meeting and the
    # group's later act stay two events
    doc = annotate_text(text)
    later = next(e for e in doc.events if caller in names(doc, e.actors()) or
                 any(caller in n for n in names(doc, e.actors())))
    assert len(set(countries(doc, later.source))) == source_count, names(doc, later.source)


@pytest.mark.parametrize("text", [
    # the relative clause parsed as one, on the noun in apposition to the name
    "Olaf Berg, a former diplomat the premier tapped as envoy to Oslo, quit on Monday.",
    # the small parser hangs the clause on the name, its subject compounded with the noun ("a media mogul Roos")
    "Karl Engel, a media mogul Roos picked to run the port authority, died on Friday.",
    # the verb read as a participle on the name
    "Karl Engel, a wealthy shipowner President Lena Roos tapped as her envoy to the Arctic Council, is due to give "
    "evidence on Friday.",
    # the verb read as a participle on the anchor
    "Karl Engel, a property developer President Lena Roos named as her trade envoy, resigned on Monday.",
    # the verb read as the sentence's, with the apposition's anchor its subject
    "Karl Engel, a former banker Mayor Lena Roos chose as her deputy, is due to testify on Friday.",
])
def test_a_relative_clause_without_a_relative_word_acts_on_the_noun_it_modifies(annotate_text, text: str) -> None:  # type: ignore[no-untyped-def]
    # "X, a shipowner Roos chose as envoy": Roos appointed X; the appointer had been taken for the one appointed
    doc = annotate_text(text)
    (appoint,) = of_type(doc, "APPOINT")
    assert "Roos" not in text or "Roos" in " ".join(names(doc, appoint.source)), appoint
    assert names(doc, appoint.target) & {"Olaf Berg", "Karl Engel"}, appoint
    assert not any("Roos" in n for n in names(doc, appoint.target)), appoint


@pytest.mark.parametrize("text", [
    "Karl Engel, a shipowner who had advised Roos, was named envoy to Oslo on Monday.",
    "Karl Engel, a shipowner, was appointed envoy to Oslo by President Lena Roos on Monday.",
    "President Lena Roos appointed Karl Engel, a shipowner, as envoy to Oslo on Monday.",
])
def test_an_appointment_with_its_object_told_keeps_its_roles(annotate_text, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text(text)
    appoints = of_type(doc, "APPOINT")
    assert appoints, doc.events
    assert all("Karl Engel" in names(doc, a.target) for a in appoints), appoints


@pytest.mark.parametrize("text, apologizer, met", [
    # invented: an apology coordinated after a meeting is addressed to the one met
    ("Laotian Deputy Foreign Minister Sone Vilay met Monday morning with Thai Ambassador Anan Chai in Vientiane and "
     "apologized for the remarks.", "Sone Vilay", "Anan Chai"),
    ("Peruvian Foreign Minister Rosa Quispe summoned Chilean Ambassador Diego Soto on Friday and apologized for the "
     "delay.", "Rosa Quispe", "Diego Soto"),
])
def test_an_apology_after_a_meeting_is_addressed_to_the_one_met(
        annotate_text: Callable[..., Document], text: str, apologizer: str, met: str) -> None:
    doc = annotate_text(text)
    [apology] = of_type(doc, "CONCEDE")
    assert names(doc, apology.source) == {apologizer} and names(doc, apology.target) == {met}


def test_names_before_a_time_word_are_the_subject(annotate_text: Callable[..., Document]) -> None:
    # invented: "Friday" between the subjects and the verb is read as the subject, the names as its modifiers
    doc = annotate_text("Japanese Prime Minister Taro Mori arrived in Seoul on Thursday for talks with South Korean "
                        "President Lee Min-ho. Lee and Mori Friday also signed a fisheries accord.")
    [signing] = of_type(doc, "AGREE")
    assert names(doc, signing.source + signing.target + signing.participants) == {"Lee Min-ho", "Taro Mori"}


def test_a_warning_after_a_demand_is_addressed_to_the_one_urged(annotate_text: Callable[..., Document]) -> None:
    # invented: the participle's warning has no addressee of its own; it is made to the state urged
    doc = annotate_text("Norway has urged Belarus not to carry out its threat to close the border, warning it could "
                        "have grave consequences for the region.")
    [warning] = of_type(doc, "THREATEN")
    assert countries(doc, warning.source) == {"NOR"} and countries(doc, warning.target) == {"BLR"}


def test_a_demand_after_a_begun_act_is_addressed_to_its_object(annotate_text: Callable[..., Document]) -> None:
    # invented: "began criticizing X and demanded": the demand is made of the one criticized
    doc = annotate_text("On Friday, Canberra started publicly criticizing Jakarta and then demanded an apology for the "
                        "incursion, officials said.")
    [demand] = of_type(doc, "REQUEST")
    assert countries(doc, demand.source) == {"AUS"} and countries(doc, demand.target) == {"IDN"}
