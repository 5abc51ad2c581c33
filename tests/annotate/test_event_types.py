"""The type of an event whose clause could tell two: the sense the clause gives a word (invented examples of the
"wrong type in the right sentence" classes, issue 12)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dateline.annotate.actors import Actors, Unit
from dateline.annotate.events import find_events, find_triggers
from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type


def test_an_ultimatum_to_leave_office_is_no_expulsion(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Abuja has given Okonjo an ultimatum to leave office, officials said on Monday.")
    assert not _of_type(doc, "SANCTION")
    [threat] = _of_type(doc, "THREATEN")
    assert _names(doc, threat.target) == {"Okonjo"}  # the support verb's dative receives the ultimatum


def test_an_order_to_leave_the_country_is_still_an_expulsion(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chile on Monday gave two Peruvian diplomats three days to leave Santiago.")
    [expel] = _of_type(doc, "SANCTION")
    assert expel.mode == "expel" and _countries(doc, expel.source) == {"CHL"}


def test_waiving_a_restriction_concedes(annotate_text: Callable[..., Document], nlp: Language) -> None:
    # GUIDE.md: waivers are CONCEDE (easing administrative sanctions); RETREAT is for forces and prisoners. The
    # lexicon says so, not only the learned decision, which CAMEO's "waive" (RETREAT) may sway
    text = ("On Friday President Ana Rojas waived Section 12 of the 1998 Trade Act, which restricts Chilean loans to "
            "the Bolivian government.")
    assert [t.type for t in find_triggers(nlp(text), nlp, model=None)] == ["CONCEDE"]
    assert [e.type for e in annotate_text(text).events] == ["CONCEDE"]


def test_a_court_annulling_a_pardon_coerces(annotate_text: Callable[..., Document]) -> None:
    # GUIDE.md: voiding a pardon is COERCE; the learned decision alone read "annulled" as a refusal
    doc = annotate_text("Bolivia's constitutional court on Friday voided the amnesty that had freed a former interior "
                        "minister.")
    assert "COERCE" in {e.type for e in doc.events} and "REJECT" not in {e.type for e in doc.events}


def test_ending_ties_is_a_sanction_not_a_retreat(nlp: Language) -> None:
    # GUIDE.md: pausing intelligence sharing or leaving a deal is SANCTION discontinue; RETREAT is for forces
    from dateline.annotate.actors import Actors, Unit
    from dateline.annotate.arguments import Arguments
    from dateline.annotate.event_records import Trigger
    from dateline.annotate.events import _retype

    doc = nlp("Quito said on Friday that it would put an end to its naval cooperation with Lima.")
    actors = Actors()
    actors.add_units([Unit(doc, "body")])
    end = next(t for t in doc if t.lower_ == "end")
    trig = _retype(Trigger("model.end", "RETREAT", "ceasefire", end, True, {}), Arguments(), actors, 0)
    assert (trig.type, trig.mode) == ("SANCTION", "discontinue")
    truce = next(t for t in nlp("Both sides put an end to the fighting on Monday.") if t.lower_ == "end")
    assert _retype(Trigger("model.end", "RETREAT", "ceasefire", truce, True, {}), Arguments(), actors, 0).type == \
        "RETREAT"


def test_handing_a_post_to_someone_appoints_them_and_dismisses_the_giver(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("General Ali Musa handed power to Omar Bashir on Monday.")
    [appoint] = _of_type(doc, "APPOINT")
    [dismiss] = _of_type(doc, "DISMISS")
    assert _names(doc, appoint.target) == {"Omar Bashir"} and _names(doc, dismiss.target) == {"Ali Musa"}
    assert not _of_type(annotate_text("General Ali Musa refused to hand power to Omar Bashir."), "APPOINT")



def test_two_leaders_inaugurating_something_together_met(annotate_text: Callable[..., Document]) -> None:
    # a joint inauguration is a meeting of the two leaders; what they open is no side of it, and one leader
    # opening a bridge meets no one
    doc = annotate_text("Chilean President Ana Rojas and Peruvian President Luis Vega inaugurated the new border "
                        "bridge on Sunday.")
    [meeting] = _of_type(doc, "CONSULT")
    assert _countries(doc, meeting.source + meeting.target) == {"CHL", "PER"}
    assert not _of_type(annotate_text("Chilean President Ana Rojas inaugurated the new border bridge on Sunday."),
                        "CONSULT")


def test_asylum_granted_in_a_relative_clause_goes_to_its_antecedent(annotate_text: Callable[..., Document]) -> None:
    # GUIDE.md: granting asylum is AID humanitarian; "to whom" names the one the relative clause is about
    doc = annotate_text("Chilean police arrested former minister Jorge Mena, to whom the Peruvian government had "
                        "given political asylum the week before.")
    [aid] = _of_type(doc, "AID")
    assert _names(doc, aid.target) == {"Jorge Mena"} and _countries(doc, aid.source) == {"PER"}


def test_calling_off_a_strike_concedes_and_calling_off_a_meeting_refuses(nlp: Language) -> None:
    # GUIDE.md: calling off a strike or a protest is CONCEDE; a meeting called off stays REJECT (meet)
    strike = nlp("The teachers' union said on Thursday it had called off its four-day strike after talks with the "
                 "government.")
    meeting = nlp("Nairobi called off a meeting between its trade minister and a Ugandan envoy.")
    assert {t.type for t in find_triggers(strike, nlp, model=None) if t.token.lower_ == "called"} == {"CONCEDE"}
    assert {t.type for t in find_triggers(meeting, nlp, model=None) if t.token.lower_ == "called"} == {"REJECT"}


def test_help_handed_over_is_aid_and_a_suspect_handed_over_is_cooperation(
        annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chilean doctors handed over two lorries of medicine to the Peruvian Red Cross on Monday.")
    assert [e.type for e in doc.events] == ["AID"]
    doc = annotate_text("Kenya handed over the suspect to Uganda on Monday.")
    assert [e.type for e in doc.events] == ["COOPERATE"]


def test_welcoming_a_persons_election_supports_them(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("In Oslo, Prime Minister Erna Dahl welcomed Kowalski's election and said she hoped the two"
                        " leaders could meet soon.")
    assert not _of_type(doc, "CONSULT")
    backing = _of_type(doc, "SUPPORT")
    assert len(backing) == 1
    assert _names(doc, backing[0].source) == {"Erna Dahl"}
    assert _names(doc, backing[0].target) == {"Kowalski"}


def test_welcoming_a_states_decision_supports_it(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chancellor Greta Weber welcomed Ukraine's decision to join the talks on Monday.")
    assert not _of_type(doc, "CONSULT")
    backing = _of_type(doc, "SUPPORT")
    assert len(backing) == 1
    assert _countries(doc, backing[0].target) == {"UKR"}


def test_greeting_a_leaders_announcement_supports_it(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenyan President Amina Odhiambo greeted the Ugandan leader's announcement with praise on Friday.")
    assert not _of_type(doc, "CONSULT")
    backing = _of_type(doc, "SUPPORT")
    assert len(backing) == 1
    assert _names(doc, backing[0].source) == {"Amina Odhiambo"}


def test_welcoming_a_guest_is_still_a_visit(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenyan President Amina Odhiambo welcomed Ugandan President Joseph Okello to Nairobi on Monday.")
    visits = _of_type(doc, "CONSULT")
    assert len(visits) == 1
    assert _names(doc, visits[0].source) == {"Joseph Okello"}
    assert not _of_type(doc, "SUPPORT")


def test_welcoming_a_persons_victory_supports_them(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Chilean President Rosa Vidal welcomed Soto's victory in the runoff on Sunday.")
    assert not _of_type(doc, "CONSULT")
    backing = _of_type(doc, "SUPPORT")
    assert len(backing) == 1
    assert _names(doc, backing[0].source) == {"Rosa Vidal"}
    assert _names(doc, backing[0].target) == {"Soto"}


def test_welcoming_an_act_told_before_supports_its_maker(annotate_text: Callable[..., Document]) -> None:
    # "welcomed the sanctions": an act welcomed, with no owner named on it, is a stance on it; no one was received
    # (invented probe: the sanctioner was read as hosting the one who welcomed its sanctions)
    doc = annotate_text("The European Union on Monday imposed sanctions on 14 Belarusian officials.\n\n"
                        "Opposition leader Alena Kavaleva welcomed the sanctions on Tuesday.")
    assert not _of_type(doc, "CONSULT")
    [backing] = _of_type(doc, "SUPPORT")
    assert _names(doc, backing.source) == {"Alena Kavaleva"}


def test_welcoming_a_leaders_envoy_is_still_a_visit(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Kenyan President Amina Odhiambo welcomed the Ugandan president's envoy in Nairobi on Monday.")
    assert not _of_type(doc, "SUPPORT")


@pytest.mark.parametrize(("text", "expected"), [
    # GUIDE.md: forces sent to another state are AID, moved within one's own or to its border MOBILIZE; the model's
    # sense of "deploy" does not overrule where they went
    ("Kenya has deployed about 2,000 troops to Somalia since August last year.", "AID"),
    ("Rwanda sent 1,000 soldiers into Mozambique in July.", "AID"),
    ("Kenya deployed 500 police officers to its border with Somalia on Monday.", "MOBILIZE"),
    ("Nigeria deployed troops to Nigeria's northeast on Friday.", "MOBILIZE"),
    # or sent to help another state, told by the purpose clause rather than a "to" phrase
    ("Chad is deploying soldiers to help Niger, the minister said on Tuesday.", "AID"),
    ("Rwanda deployed 2,000 troops to support Mozambique's army last July.", "AID"),
    ("Kenya has deployed police officers to help Haiti restore order.", "AID"),
    # or sent to a place of the sender's own, a body, a building or the streets (constructions._sent_home); another
    # state's place stays abroad
    ("Gabon's army chief dispatched two battalions to the presidential palace on Sunday.", "MOBILIZE"),
    ("Guinea's president deployed soldiers onto the streets of Conakry after the vote.", "MOBILIZE"),
    ("Bolivia's government sent troops into the streets of La Paz on Monday.", "MOBILIZE"),
    ("Chad sent 500 soldiers to Niger's border region.", "AID"),
])
def test_forces_sent_abroad_are_aid_and_moved_at_home_a_mobilisation(annotate_text, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert [e.type for e in annotate_text(text).events if e.type in ("AID", "MOBILIZE")] == [expected]


@pytest.mark.parametrize("text", [
    # GUIDE.md: with no violent act told, the deaths are DIE; the model's sense of "killed" (an assault) does not
    # overrule a clause that tells only the deaths
    "The Sudanese army said its commander was unhurt, but four of its soldiers were killed.",
    "Ethiopia's defence ministry confirmed on Monday that eleven Ethiopian soldiers had been killed.",
    "Nine Peruvian police officers were killed on Tuesday, the interior ministry said.",
])
def test_deaths_told_without_their_attack_are_deaths(annotate_text: Callable[..., Document], text: str) -> None:
    assert [e.type for e in annotate_text(text).events] == ["DIE"]


@pytest.mark.parametrize("text", [
    # GUIDE.md: casualties told with their attack ("killed when a car bomb tore through") are the ASSAULT
    "Seven Chadian soldiers were killed when a roadside bomb hit their truck on Friday.",
    "Three Ghanaian peacekeepers were killed by a drone on Friday.",
    "Four Estonian soldiers were killed in an ambush near Narva on Friday.",
])
def test_deaths_told_with_their_attack_are_the_assault(annotate_text: Callable[..., Document], text: str) -> None:
    assert [e.type for e in annotate_text(text).events] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "state"), [
    # GUIDE.md: a measure told inside an order is that measure, by whoever orders it; the order is no request
    ("The Malian government ordered the police to expel the Danish envoy on Tuesday.", "MLI"),
    ("Bolivia's interior minister instructed border officials to expel two Peruvian diplomats on Friday.", "BOL"),
    ("Mali told its police to expel Danish Ambassador Henrik Lund.", "MLI"),
])
def test_an_order_to_expel_a_diplomat_is_the_expulsion(annotate_text: Callable[..., Document], text: str,
                                                         state: str) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "REQUEST")
    [expel] = _of_type(doc, "SANCTION")
    assert expel.mode == "expel" and _countries(doc, expel.source) == {state}


def test_telling_reporters_of_an_arrest_orders_nothing(annotate_text: Callable[..., Document]) -> None:
    # "told X to" orders; "told X that" reports: the speaker is not the one who arrested
    doc = annotate_text("Kenyan Foreign Minister Ruth Wanjiru told reporters that police had arrested Peter Otieno "
                        "on Monday.")
    [arrest] = _of_type(doc, "COERCE")
    assert "Ruth Wanjiru" not in _names(doc, arrest.source)


@pytest.mark.parametrize("text", [
    # GUIDE.md: "an arrest ruled unlawful or a release ordered": the release, by whoever orders it, the order no request
    "A Kenyan judge ordered Peter Otieno freed on Monday.",
    "Uganda's president instructed prison officials to free opposition leader Joseph Kato on Friday.",
    "The Ghanaian president ordered the immediate release of Kwame Asante, a jailed opposition leader, on Tuesday.",
])
def test_a_release_ordered_is_the_release_by_whoever_ordered_it(annotate_text: Callable[..., Document],
                                                                 text: str) -> None:
    doc = annotate_text(text)
    assert not _of_type(doc, "REQUEST")
    [release] = _of_type(doc, "RETREAT")
    assert release.mode == "release" and len(_countries(doc, release.source)) == 1 and release.target


@pytest.mark.parametrize("text", [
    # "would not ratify it until X backed down": what it waits for is no act told, also when the negation sits on the
    # verb whose purpose the ratifying is
    "On Thursday the Sudanese cabinet said it would not assemble to endorse the truce until the militia backed down.",
    "Chad would not meet to sign the accord until Sudan backed down, the minister said on Monday.",
    "Ghana's cabinet will not gather to approve the pact until Togo backs down, officials said on Friday.",
])
def test_what_a_negated_purpose_waits_for_is_no_act(nlp: Language, text: str) -> None:
    doc = nlp(text)
    actors = Actors()
    actors.add_units([Unit(doc, "body")])
    assert "CONCEDE" not in [f.trigger.type for f in find_events(0, doc, nlp, actors, {}, model=None)]


@pytest.mark.parametrize(("text", "target"), [
    # sanction.suspend_member: a bloc suspending a member state is a measure against it (SANCTION), not a removal
    # from office (DISMISS, which suspending a person stays)
    ("The African Union suspended Guinea after the coup.", "GIN"),
    ("SADC suspended Madagascar from all its bodies on Friday.", "MDG"),
    ("The Commonwealth suspended Fiji in 2009 over the delayed election.", "FJI"),
])
def test_a_bloc_suspending_a_member_sanctions_it(annotate_text: Callable[..., Document], text: str,
                                                  target: str) -> None:
    doc = annotate_text(text)
    assert [e.type for e in doc.events] == ["SANCTION"], [(e.type, e.trigger) for e in doc.events]
    assert target in _countries(doc, doc.events[0].target)



@pytest.mark.parametrize(("text", "home"), [
    ("Fiji's army chief sent troops to the parliament on Tuesday night.", True),
    ("Peru's interior minister sent police units to the congress on Wednesday.", True),
    ("Guinea's president deployed soldiers onto the streets of Conakry after the vote.", True),
    ("Chad sent 500 soldiers to Niger's border region.", False),  # another state's place
    ("Kenya deployed 2,000 troops to Somalia.", False),  # a state, not a place of one's own
])
def test_forces_sent_to_a_place_of_ones_own_are_sent_home(nlp: Language, text: str, home: bool) -> None:
    from dateline.annotate.constructions import _sent_home

    verb = next(t for t in nlp(text) if t.lemma_ in ("send", "deploy"))
    assert _sent_home("AID", verb) is home
    assert not _sent_home("SANCTION", verb)


def test_forces_sent_home_through_a_dative_to(nlp: Language) -> None:
    # the parser reads "to" after an object as a dative: the destination is the same
    from dateline.annotate.constructions import _sent_home

    doc = nlp("The premier suspended the charter, citing unrest, and sent marines to the legislature, but deputies "
              "gathered there anyway.")
    verb = next(t for t in doc if t.lemma_ == "send")
    assert [c.dep_ for c in verb.children if c.lower_ == "to"] == ["dative"]
    assert _sent_home("AID", verb)


@pytest.mark.parametrize("text", [
    "At Thursday's budget hearing, Representative Lou Varga pushed for wider use of the heavy rocket.",
    "Opposition leader Imani Kasozi pushed hard for a recount of the Mbale ballots on Friday.",
])
def test_pushing_for_a_measure_is_a_demand(annotate_text: Callable[..., Document], text: str) -> None:
    # GUIDE.md: a demand or a call on someone to act is REQUEST; "pressed for" reads as "press" already
    doc = annotate_text(text)
    assert [(_names(doc, e.source), e.modality) for e in _of_type(doc, "REQUEST")] in (
        [({"Lou Varga"}, "asserted")], [({"Imani Kasozi"}, "asserted")]), [(e.type, e.trigger) for e in doc.events]


@pytest.mark.parametrize("text", [
    "The finance minister said she was pushed for time before the vote.",
    "Copper prices pushed for a third day toward record highs.",
])
def test_pushing_for_time_or_a_market_move_asks_nothing(annotate_text: Callable[..., Document], text: str) -> None:
    assert not _of_type(annotate_text(text), "REQUEST")
