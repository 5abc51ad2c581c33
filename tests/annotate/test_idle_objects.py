"""A complement can make an event word an everyday act: releasing a report frees nobody, committing suicide commits to
nothing, taking a look is no inquiry (annotate/idle_objects.py, issue 12). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.annotate.idle_objects import ended_matter, ends_inquiry, idle_object, opens_inquiry, reopens_inquiry
from event_helpers import countries, names, of_type


def _types(doc: Any) -> list[tuple[str, str | None]]:
    return [(e.type, e.trigger) for e in doc.events]


def test_releasing_a_report_frees_nobody(annotate_text: Any) -> None:
    doc = annotate_text("Belarus released a report on Sergei Tikhanovsky on Saturday.")
    assert not of_type(doc, "RETREAT"), _types(doc)


def test_releasing_a_person_stays_a_release(annotate_text: Any) -> None:
    doc = annotate_text("Belarus released opposition leader Sergei Tikhanovsky on Saturday.")
    assert of_type(doc, "RETREAT"), _types(doc)


def test_a_suicide_is_no_commitment_but_a_pledge_is(annotate_text: Any) -> None:
    assert not of_type(annotate_text("The banker Ivan Petrov committed suicide in his cell in August."), "AGREE")
    assert of_type(annotate_text("Lithuania committed on Monday to buy German tanks."), "AGREE")


def test_taking_a_look_or_a_break_is_no_event(annotate_text: Any) -> None:
    doc = annotate_text("Ivan Petrov took a look at the plan on Monday. Ivan Petrov took a break on Tuesday.")
    assert not doc.events, _types(doc)


def test_taking_power_stays(annotate_text: Any) -> None:
    assert of_type(annotate_text("Ivan Petrov took power in Moldova on Monday."), "APPOINT")


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_idle_object_names_the_complement(nlp: Any) -> None:
    assert idle_object(_word(nlp("A video of the raid was released."), "released")).text == "video"
    assert idle_object(_word(nlp("Officers called an ambulance."), "called")).text == "ambulance"
    assert idle_object(_word(nlp("Please let me know."), "let")).text == "know"
    nominal = nlp("the release of the footage, and the release of the hostages")
    first, second = (t for t in nominal if t.text == "release")
    assert idle_object(first).text == "footage" and idle_object(second) is None


def test_executing_a_warrant_or_a_plan_kills_nobody(annotate_text: Any) -> None:
    doc = annotate_text("Kenyan police said their warrant for Peter Otieno was executed at his farm on Friday. "
                        "The Ugandan army executed its plan to retake the bridge on Monday.")
    assert not of_type(doc, "DIE") and not of_type(doc, "ASSAULT"), _types(doc)


def test_a_picture_captured_seizes_nobody(nlp: Any) -> None:
    """A camera, a screen or a mood captures: the participle acts on the noun it describes."""
    for text, noun in (("This image, captured from the Telegram channel of the Chilean navy, shows a frigate.",
                        "image"),
                       ("The footage was captured by a tourist near the Bolivian border on Sunday.", "footage"),
                       ("The Peruvian runner captured the imagination of the crowd in Lima.", "imagination"),
                       ("A photo captured on a phone in Quito shows the minister leaving.", "photo")):
        found = idle_object(_word(nlp(text), "captured"))
        assert found is not None and found.text == noun, text


def test_capturing_a_town_or_a_commander_stays_a_seizure(nlp: Any, annotate_text: Any) -> None:
    assert idle_object(_word(nlp("Rebels captured the town of Uvira on Sunday."), "captured")) is None
    assert idle_object(_word(nlp("A commander captured by Chadian troops was shown on television."),
                             "captured")) is None
    assert annotate_text("Rebels captured the Congolese town of Uvira on Sunday.").events


def test_losing_a_contest_removes_nobody(nlp: Any) -> None:
    for text in ("Paula Ferreira, who leads the Green Union, has lost two presidential run-offs.",
                 "The senator lost the 2018 primary to a younger rival.",
                 "Andrei Mocanu lost the election in Moldova by fewer than 4,000 votes.",
                 "The Ghanaian company lost its appeal at the Supreme Court in Accra."):
        assert idle_object(_word(nlp(text), "lost")) is not None, text


def test_losing_a_post_or_a_town_is_left_to_the_event_words(nlp: Any) -> None:
    assert idle_object(_word(nlp("The Nepalese minister lost his job on Friday."), "lost")) is None
    assert idle_object(_word(nlp("Government troops lost the town of Gao to rebels."), "lost")) is None


def test_a_legal_matter_set_going_is_an_inquiry(nlp: Any) -> None:
    for text, verb in (("On Monday, Chile's public prosecutor opened a criminal case against the trucking firm.",
                        "opened"),
                       ("Kenya's anti-graft agency launched a probe into the tender on Friday.", "launched"),
                       ("A formal inquiry was opened into the sinking of the Tanzanian ferry.", "opened"),
                       ("The Malian opposition filed a lawsuit against the electoral commission.", "filed")):
        assert opens_inquiry(_word(nlp(text), verb)) is not None, text
    assert opens_inquiry(_word(nlp("Sudan opened its border with Chad on Monday."), "opened")) is None
    assert opens_inquiry(_word(nlp("The Syrian army launched an offensive near Hama."), "launched")) is None


def test_an_ordered_inquiry_is_a_legal_matter_set_going(nlp: Any) -> None:
    for text in ("Ruritania's interior minister ordered an inquiry into the collapse of the Arborg bridge.",
                 "The attorney general ordered two separate investigations into the inmate's death on Monday."):
        assert opens_inquiry(_word(nlp(text), "ordered")) is not None, text
    # guard: an order of troops or of an arrest sets no legal matter going
    assert opens_inquiry(_word(nlp("Ruritania's defence minister ordered more troops to the border with Arborg."),
                               "ordered")) is None
    assert opens_inquiry(_word(nlp("A Kenyan judge ordered the arrest of the two smugglers."), "ordered")) is None


def test_an_ordered_inquiry_mobilises_nothing(annotate_text: Any) -> None:
    doc = annotate_text("Attorney General Nora Quist put Emil Sand in charge and then ordered multiple probes into "
                        "the inmate's suicide, focusing on the jail where Lars Berg was kept.")
    assert "MOBILIZE" not in [t for t, _ in _types(doc)], _types(doc)
    assert "APPOINT" in [t for t, _ in _types(doc)], _types(doc)
    # guard: an order that sends forces stays a mobilisation
    doc = annotate_text("Ruritania's defence minister ordered more troops to the border with Arborg on Friday.")
    assert "MOBILIZE" in [t for t, _ in _types(doc)], _types(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Lars Berg was removed from suicide watch days later.",
        "The prisoner was removed from round-the-clock monitoring after two days, which doctors now question.",
        "The Arborg psychologist said that removing a frail inmate from suicide watch should be done slowly.",
        "Mayor Ivo Marek was taken off the flight to Oslo before it left the gate.",
    ],
)
def test_taken_off_a_watch_or_a_flight_is_no_dismissal(annotate_text: Any, text: str) -> None:
    assert "DISMISS" not in [t for t, _ in _types(annotate_text(text))], text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's president removed army chief Ivo Marek from his post on Monday.",
        "Army chief Ivo Marek was removed from his post after the scandal over the suicide watch.",
    ],
)
def test_removed_from_a_post_stays_a_dismissal(annotate_text: Any, text: str) -> None:
    # guard: a post left, even with a watch named in a phrase of its own
    assert "DISMISS" in [t for t, _ in _types(annotate_text(text))], text


def test_an_opened_case_keeps_no_other_type(annotate_text: Any) -> None:
    doc = annotate_text("Investigators in Santiago opened a criminal case against the Bolivian state railway "
                        "a day after the derailment.")
    assert all(e.type == "ACCUSE" for e in doc.events), _types(doc)


def test_a_legal_matter_brought_to_an_end_is_a_concession(nlp: Any) -> None:
    for text, verb in (("Norway has dropped its inquiry into a bribery complaint against the Chilean banker.", "dropped"),
                       ("The Danish probe into the shipping firm was shelved in 2017.", "shelved"),
                       ("Chile closed its investigation into the Bolivian consul on Friday.", "closed")):
        doc = nlp(text)
        matter = ends_inquiry(_word(doc, verb))
        assert matter is not None and ended_matter(matter), text
    assert ends_inquiry(_word(nlp("Ghana dropped its bid to host the summit."), "dropped")) is None
    assert ends_inquiry(_word(nlp("Chile closed its border with Bolivia on Friday."), "closed")) is None


def test_a_dropped_investigation_concedes_to_whom_it_concerned(annotate_text: Any) -> None:
    """The person an ended inquiry concerned is its target, found down the chain of its "into" / "against" phrases;
    the inquiry ended is no new ACCUSE."""
    for text, person in (("Norwegian prosecutors have shelved their inquiry into bribery claims against the shipping "
                          "magnate Ole Berg, citing a lack of evidence.", "Ole Berg"),
                         ("Chile closed its probe into the Bolivian consul Jorge Vaca on Friday.", "Jorge Vaca")):
        doc = annotate_text(text)
        conceded = of_type(doc, "CONCEDE")
        assert conceded and person in names(doc, conceded[0].target), (text, _types(doc))
        assert not of_type(doc, "ACCUSE"), (text, _types(doc))


def test_an_inquiry_opened_stays_an_accusation(annotate_text: Any) -> None:
    doc = annotate_text("Prosecutors in Lima opened an investigation into the Bolivian consul Jorge Vaca on Friday.")
    assert of_type(doc, "ACCUSE") and not of_type(doc, "CONCEDE"), _types(doc)


def test_a_legal_matter_set_going_again_is_found_on_its_verb(nlp: Any) -> None:
    for text, verb in (("Estonian prosecutors reopened their probe into the harbour master Rein Tamm in March.",
                        "reopened"),
                       ("The Latvian case had been closed in 2016 but was re-opened last spring.", "opened"),
                       ("The Latvian case was re-opened last spring.", "opened"),
                       ("Police in Tartu resumed the inquiry into the ferry fire on Friday.", "resumed")):
        assert reopens_inquiry(_word(nlp(text), verb)) is not None, text
    # guard: a border, an embassy or talks reopened set no legal matter going
    for text, verb in (("Estonia reopened its border with Latvia on Monday.", "reopened"),
                       ("The Latvian embassy in Tallinn was re-opened last spring.", "opened"),
                       ("The two sides resumed talks in Riga on Friday.", "resumed")):
        assert reopens_inquiry(_word(nlp(text), verb)) is None, text


@pytest.mark.parametrize(("text", "person"), [
    ("Estonian prosecutors reopened their probe into the harbour master Rein Tamm on Thursday.", "Rein Tamm"),
    ("Estonian prosecutors closed their probe into the harbour master Rein Tamm in 2016 for want of evidence. "
     "In March the Estonian prosecutors opted to reopen their probe, once new witnesses came forward.", "Rein Tamm"),
])
def test_a_reopened_inquiry_is_an_investigation(annotate_text: Any, text: str, person: str) -> None:
    """Setting a legal matter going again is ACCUSE investigate, aimed at whom it concerns ("into" phrase, or the
    person the same matter concerned when told before), not the concession "reopened the border" is."""
    doc = annotate_text(text)
    reopened = [e for e in of_type(doc, "ACCUSE") if e.trigger in ("reopened", "reopen")]
    assert reopened and reopened[0].mode == "investigate", _types(doc)
    assert person in names(doc, reopened[0].target), _types(doc)
    assert not [e for e in of_type(doc, "CONCEDE") if e.trigger in ("reopened", "reopen")], _types(doc)


def test_a_state_inquiry_re_opened_is_the_states_investigation(annotate_text: Any) -> None:
    doc = annotate_text("The Latvian case against the harbour master had been closed in 2016 but was re-opened in "
                        "March after new witnesses came forward.")
    reopened = [e for e in of_type(doc, "ACCUSE") if e.trigger == "opened"]
    assert reopened and "LVA" in countries(doc, reopened[0].source), _types(doc)
    assert "APPOINT" not in [t for t, _ in _types(doc)], _types(doc)


def test_a_reopening_only_asked_for_is_no_investigation(nlp: Any) -> None:
    doc = nlp("Once he was in custody, the family's lawyer asked for the probe to be resumed.")
    assert reopens_inquiry(_word(doc, "resumed")) is None
    # guard: a reopening told as decided is one
    doc = nlp("The Tartu prosecutors finally decided this spring to reopen their case against the banker.")
    assert reopens_inquiry(_word(doc, "reopen")) is not None


def test_a_border_reopened_stays_a_concession(annotate_text: Any) -> None:
    # guard: the object decides (GUIDE.md: reopening a border is CONCEDE)
    doc = annotate_text("Estonia reopened its border with Latvia on Monday after a week of closures.")
    assert of_type(doc, "CONCEDE") and not of_type(doc, "ACCUSE"), _types(doc)


def test_a_contract_awarded_is_no_honour(annotate_text: Any) -> None:
    # buyers award contracts, licences and task orders to suppliers (real pages: agencies and their contractors)
    for text in ("The Pentagon awarded a $2 billion contract to Halvorsen Aerospace on Monday.",
                 "In March, the Kenyan energy ministry awarded task orders to three Chinese firms.",
                 "Brazil awarded the drilling licence to Petrovia in May."):
        doc = annotate_text(text)
        assert not of_type(doc, "AWARD"), (text, [(e.type, e.trigger) for e in doc.events])


def test_an_order_or_medal_conferred_stays_an_award(annotate_text: Any) -> None:
    for text in ("The king awarded the Order of the Lion to the Finnish envoy on Monday.",
                 "Norway awarded its highest order to the Chilean ambassador on Monday."):
        assert of_type(annotate_text(text), "AWARD"), text


def test_firms_selected_to_build_are_appointed_to_nothing(annotate_text: Any) -> None:
    doc = annotate_text("Four firms, including Korvel and Brightline, were selected on Monday to build the new bridge.")
    assert not of_type(doc, "APPOINT"), [(e.type, e.trigger) for e in doc.events]
    assert of_type(annotate_text("Parliament selected Amina Yusuf as speaker on Monday."), "APPOINT")


@pytest.mark.parametrize("text", [
    "A lawyer said both Kenyan guards were ready to fight the charges in court.",
    "The Ugandan opposition leader is battling the ruling at the Supreme Court in Kampala.",
])
def test_fighting_the_charges_threatens_no_one(annotate_text: Any, text: str) -> None:
    # a legal contest (real pages: a readiness to fight charges read as THREATEN)
    doc = annotate_text(text)
    assert not [e for e in doc.events if e.type in ("THREATEN", "ASSAULT")], [e.to_json() for e in doc.events]


def test_fighting_an_army_stays_an_attack(annotate_text: Any) -> None:
    doc = annotate_text("Ugandan troops fought Congolese rebels near the town of Bunia on Monday, killing twelve.")
    assert [e for e in doc.events if e.type == "ASSAULT"], [e.to_json() for e in doc.events]


def test_an_animal_killed_is_no_attack(annotate_text) -> None:  # type: ignore[no-untyped-def]
    # idle_objects: "kill" with an animal as its object, also one its coordinated verb takes
    for text in ("A SHEPHERD who killed and cooked a wild marmot in Mongolia has caught the plague.",
                 "Poachers killed two elephants in Tsavo on Monday."):
        doc = annotate_text(text)
        assert not [e for e in doc.events if e.type == "ASSAULT"], (text, [(e.type, e.trigger) for e in doc.events])


def test_people_killed_or_shot_stay_attacks(annotate_text) -> None:  # type: ignore[no-untyped-def]
    for text in ("Kenyan police shot three protesters in Nairobi on Monday.",
                 "Gunmen kidnapped and killed a Kenyan diplomat in Mogadishu on Monday."):
        doc = annotate_text(text)
        assert [e for e in doc.events if e.type == "ASSAULT"], (text, [(e.type, e.trigger) for e in doc.events])


@pytest.mark.parametrize(("text", "kind"), [
    ("Firefighters presented the lost tortoise to its owner, Nadia Rahimi, in Rabat on Tuesday.", "AWARD"),
    ("Volunteers freed a stranded dolphin off the Kenyan coast near Malindi on Sunday.", "RETREAT"),
])
def test_an_animal_freed_or_handed_back_is_no_release_or_honour(annotate_text: Any, text: str, kind: str) -> None:
    # idle_objects: "free" and "present" with an animal as the object free no prisoner and confer no honour
    doc = annotate_text(text)
    assert not of_type(doc, kind), _types(doc)


@pytest.mark.parametrize(("text", "kind"), [
    ("Chile's president presented the Order of Merit to Peruvian writer Rosa Quispe in Santiago on Monday.", "AWARD"),
    ("Rebels in Mali freed two Italian aid workers on Sunday.", "RETREAT"),
])
def test_an_honour_presented_or_people_freed_stay_events(annotate_text: Any, text: str, kind: str) -> None:
    doc = annotate_text(text)
    assert of_type(doc, kind), _types(doc)


@pytest.mark.parametrize("text", [
    "The Borduran senate killed a clause of the port lease with Ruritania on Thursday.",
    "Lawmakers in Ruritania killed the president's plan for a toll road at a committee vote on Tuesday.",
    "The Borduran parliament torpedoed the proposal to raise fuel taxes on Monday.",
])
def test_killing_a_measure_attacks_no_one(annotate_text: Any, text: str) -> None:
    doc = annotate_text(text)
    assert not of_type(doc, "ASSAULT"), _types(doc)


def test_killing_people_stays_an_attack(annotate_text: Any) -> None:
    doc = annotate_text("Borduran troops killed two Ruritanian border guards near Vesk on Thursday.")
    assert of_type(doc, "ASSAULT"), _types(doc)


def test_a_collection_is_read_through_to_what_it_gathers(annotate_text: Any) -> None:
    doc = annotate_text("Senator Ilse Varga released a series of defence ministry e-mails on Monday. "
                        "Senator Ilse Varga released a batch of internal reports on Tuesday.")
    assert not of_type(doc, "RETREAT"), _types(doc)
    freed = annotate_text("Ruritanian rebels released a batch of 12 Borduran hostages on Saturday.")
    assert of_type(freed, "RETREAT"), _types(freed)


def test_a_plane_selected_by_buyers_appoints_no_one(annotate_text: Any) -> None:
    doc = annotate_text("The Brazilian-built transport jet has already been selected by Portugal and Chile, "
                        "its maker said on Monday.")
    assert not of_type(doc, "APPOINT"), _types(doc)
    named = annotate_text("Portugal's parliament selected Ana Duarte as its speaker on Tuesday.")
    assert of_type(named, "APPOINT"), _types(named)


def test_a_dinner_given_is_no_honour(annotate_text: Any) -> None:
    doc = annotate_text("Foreign Minister Ana Duarte was thrown a surprise birthday party at the Brazilian embassy on "
                        "Saturday.")
    assert not of_type(doc, "AWARD"), _types(doc)
    honoured = annotate_text("Ana Pell was given the Order of Merit on Saturday by the king.")
    assert of_type(honoured, "AWARD"), _types(honoured)


def test_a_lawmakers_vote_on_a_domestic_bill_is_no_refusal(annotate_text: Any) -> None:
    doc = annotate_text("A veteran of 20 years in Congress, Senator Ana Lisboa voted against President Lee's tax cuts "
                        "in 2003 and for the farm bill in 2005.")
    assert not of_type(doc, "REJECT") and not of_type(doc, "SUPPORT"), _types(doc)


def test_a_vote_against_a_resolution_stays_a_refusal(annotate_text: Any) -> None:
    doc = annotate_text("Russia voted against the UN resolution on Syria on Friday.")
    assert of_type(doc, "REJECT"), _types(doc)
