"""An envoy summoned or expelled in the passive with no agent: the host state is the source
(``roles_summons._role_summoning_state``): the state of the ministry he was summoned to or the state he was expelled
from, else the state of the official reporting it, else the story's state. Invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import names, of_type


@pytest.mark.parametrize(("text", "kind"), [
    ("Moldovan foreign ministry spokeswoman Ana Rusu said the Russian ambassador had been summoned on Wednesday.",
     "ACCUSE"),
    ("The Russian ambassador was summoned to the Moldovan foreign ministry on Wednesday.", "ACCUSE"),
    ("CHISINAU - The Russian ambassador was summoned to the foreign ministry on Wednesday, officials said.", "ACCUSE"),
    ("A Russian diplomat was expelled from Moldova on Thursday.", "SANCTION"),
])
def test_the_host_state_summons(annotate_text: Any, text: str, kind: str) -> None:
    doc = annotate_text(text)
    acts = of_type(doc, kind)
    assert acts and any("Moldova" in " ".join(names(doc, e.source)) for e in acts), doc.events
    assert all("Moldova" not in " ".join(names(doc, e.target)) for e in acts), doc.events


def test_a_named_summoner_stays(annotate_text: Any) -> None:
    doc = annotate_text("Kenya summoned the Ugandan ambassador on Monday.")
    assert any("Kenya" in names(doc, e.source) for e in of_type(doc, "ACCUSE")), doc.events
