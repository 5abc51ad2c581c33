"""A stance on an act told earlier is aimed at whoever did it ("condemned the break-in"); a definite act noun that only
takes that act up is no new act."""

from __future__ import annotations

from dateline.model import Document, Event


def _names(doc: Document, ids: tuple[str, ...]) -> list[tuple[str, str | None]]:
    ents = {e.id: e for e in doc.entities}
    return [(ents[i].name, ents[i].country) for i in ids]


def _of_type(doc: Document, kind: str) -> list[Event]:
    return [e for e in doc.events if e.type == kind]


def test_a_condemnation_of_the_break_in_is_aimed_at_who_broke_in(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chilean police stormed the Peruvian embassy in Santiago on Friday night. On Saturday, "
                        "Argentina condemned the break-in.")
    [accuse] = _of_type(doc, "ACCUSE")
    assert "CHL" in {code for _, code in _names(doc, accuse.target)}, _names(doc, accuse.target)


def test_a_judged_act_with_its_own_doer_keeps_it(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chilean police stormed the Peruvian embassy in Santiago on Friday night. On Saturday, "
                        "Argentina condemned Bolivia's crackdown on protesters.")
    [accuse] = _of_type(doc, "ACCUSE")
    assert "CHL" not in {code for _, code in _names(doc, accuse.target)}, _names(doc, accuse.target)


def test_an_act_noun_taking_up_the_act_is_no_new_act(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chilean police stormed the Peruvian embassy in Santiago on Friday night. Peruvian President "
                        "Rosa Vidal broke off relations with Chile within hours of the raid.")
    assert not _of_type(doc, "ASSAULT"), [(e.trigger, _names(doc, e.source)) for e in doc.events]


def test_sanctions_told_before_are_aimed_at_who_imposed_them(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Canada imposed new sanctions on Belarus on Monday. Minsk condemned the new sanctions.")
    [accuse] = _of_type(doc, "ACCUSE")
    assert "CAN" in {code for _, code in _names(doc, accuse.target)}, _names(doc, accuse.target)


def test_a_move_summing_up_the_clause_is_aimed_at_its_doer(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chile expelled the Bolivian consul on Monday, a step La Paz called unacceptable.")
    [accuse] = _of_type(doc, "ACCUSE")
    assert "CHL" in {code for _, code in _names(doc, accuse.target)}, _names(doc, accuse.target)


def test_the_decision_is_the_latest_act_of_another_side(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chile expelled Bolivia's consul on Monday. Bolivia granted asylum to a Chilean activist. "
                        "Bolivian Foreign Minister Rosa Quispe described the decision as unfounded.")
    [accuse] = _of_type(doc, "ACCUSE")
    assert {code for _, code in _names(doc, accuse.target)} == {"CHL"}, _names(doc, accuse.target)


def test_an_act_noun_as_subject_names_no_one(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Chile expelled the Bolivian consul on Monday. The measures were agreed by ministers "
                        "during a session of the Bolivian cabinet.")
    assert all("CHL" not in {code for _, code in _names(doc, e.source + e.target)} for e in _of_type(doc, "AGREE"))


def test_a_refusal_to_comply_answers_the_act_aimed_at_the_refuser(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Mali ordered the Swedish ambassador to leave within 72 hours. Stockholm refused to comply.")
    [reject] = _of_type(doc, "REJECT")
    assert {code for _, code in _names(doc, reject.target)} == {"MLI"}, _names(doc, reject.target)
