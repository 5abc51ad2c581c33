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
