"""A levy told by a past participle that the parser hangs on the last noun of the levy's own phrase ("the duties on
$9 billion of Peruvian copper imposed in May": the duties were imposed) is the levy's imposition, SANCTION against
the goods' state; whoever is to end such a levy imposed it. All sentences invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dateline.annotate.arguments import participle_nouns
from dateline.model import Document
from event_helpers import countries as _countries, of_type as _of_type

Annotate = Callable[..., Document]


def test_the_participle_reaches_the_levy_over_an_amount(nlp: Language) -> None:
    doc = nlp("Lima wants Ottawa to drop the 12% duties on some $4 billion worth of Peruvian zinc imposed on May 9.")
    [imposed] = [t for t in doc if t.lower_ == "imposed"]
    assert "duties" in {n.lower_ for n in participle_nouns(imposed)}


@pytest.mark.parametrize("text, source, target", [
    ("Lima wants Ottawa to drop the 12% duties on some $4 billion worth of Peruvian zinc imposed on May 9, "
     "officials said.", "CAN", "PER"),
    ("Manila pressed Canberra on Friday to rescind the tariffs on Philippine bananas imposed in 2017.", "AUS", "PHL"),
])
def test_a_levy_imposed_by_participle_sanctions_the_goods_state(annotate_text: Annotate, text: str, source: str,
                                                                 target: str) -> None:
    doc = annotate_text(text)
    [levy] = _of_type(doc, "SANCTION")
    assert _countries(doc, levy.source) == {source}
    assert _countries(doc, levy.target) == {target}


def test_a_participle_on_another_noun_imposes_no_levy(annotate_text: Annotate) -> None:
    # the participle modifies the goods, and nothing is imposed: no levy
    doc = annotate_text("The rules on imports of Peruvian zinc shipped in May changed on Friday, officials said.")
    assert not _of_type(doc, "SANCTION")
