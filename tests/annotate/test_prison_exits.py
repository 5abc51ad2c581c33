"""A prisoner who walks out of prison, leaves jail or is let out of custody is released: RETREAT release of that person
(annotate/prison_exits.py, GUIDE.md); so is a release a verb brings about ("secured the release of A"). Invented
examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type


@pytest.mark.parametrize(("text", "freed"), [
    ("The appeals court upheld the ruling, and former governor Ruben Salas walked out of Lurigancho prison on Friday.",
     "Ruben Salas"),
    ("Two weeks after the vote, opposition leader Omar Farouk left prison in a convoy of supporters.", "Omar Farouk"),
    ("Blogger Lina Haddad was let out of jail on Sunday after paying a fine.", "Lina Haddad"),
])
def test_leaving_prison_is_a_release(annotate_text: Callable[..., Document], text: str, freed: str) -> None:
    doc = annotate_text(text)
    releases = [e for e in _of_type(doc, "RETREAT") if freed in _names(doc, e.target)]
    assert [e.mode for e in releases] == ["release"]


@pytest.mark.parametrize("text", [
    "The Chilean delegation walked out of the meeting on Monday.",
    "The governor left the capital on Friday for talks in Lima.",
    "Guards walked the prisoners to the courthouse.",
])
def test_leaving_another_place_is_no_release(nlp, text: str) -> None:
    from dateline.annotate.prison_exits import prison_exit  # noqa: PLC0415

    assert not any(prison_exit(t) for t in nlp(text))


@pytest.mark.parametrize(("text", "freer"), [
    ("The Qatari envoy secured the release of the four hostages on Sunday.", "QAT"),
    ("Norway's foreign minister won the release of two Norwegian aid workers held in Yemen.", "NOR"),
    ("Oman's sultan secured the freeing of three French nationals held in Sanaa.", "OMN"),
])
def test_a_release_brought_about_is_a_release(annotate_text: Callable[..., Document], text: str, freer: str) -> None:
    doc = annotate_text(text)
    releases = [e for e in _of_type(doc, "RETREAT") if freer in _countries(doc, e.source)]
    assert [e.mode for e in releases] == ["release"]


def test_a_release_only_demanded_is_none(nlp) -> None:
    from dateline.annotate.prison_exits import release_brought_about  # noqa: PLC0415

    doc = nlp("Protesters in Lima demanded the release of opposition leader Maria Quispe on Monday.")
    assert not any(release_brought_about(t) for t in doc)


@pytest.mark.parametrize(("text", "freed"), [
    ("Harbour chief Ivo Marek was granted bail by a Latvian court on Friday.", "Ivo Marek"),
    ("A Latvian judge granted the former mayor Ruta Ozola bail on Friday.", "Ruta Ozola"),
    ("A Latvian court granted bail to the blogger Ruta Ozola on Friday.", "Ruta Ozola"),
])
def test_bail_granted_is_a_release(annotate_text: Callable[..., Document], text: str, freed: str) -> None:
    """Bail or parole granted is RETREAT release, the court its source (GUIDE.md r9a)."""
    doc = annotate_text(text)
    released = _of_type(doc, "RETREAT")
    assert released and released[0].mode == "release" and freed in _names(doc, released[0].target)
    assert "LVA" in _countries(doc, released[0].source)


def test_bail_denied_stays_a_refusal_and_asylum_stays_aid(annotate_text: Callable[..., Document]) -> None:
    # guard: bail denied is the court's REJECT (GUIDE.md r9a); a grant of asylum is AID, no release
    doc = annotate_text("A Latvian court denied bail to the blogger Ruta Ozola on Friday.")
    assert _of_type(doc, "REJECT") and not _of_type(doc, "RETREAT")
    doc = annotate_text("Latvia granted asylum to the Belarusian blogger Olga Petrova on Friday.")
    assert _of_type(doc, "AID") and not _of_type(doc, "RETREAT")
