"""annotate/matching.py: the gated matcher finds what one spaCy Matcher of the same patterns finds, and skips a
pattern whose words a text lacks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from spacy.attrs import LEMMA, LOWER, TAG
from spacy.matcher import Matcher
from spacy.strings import get_string_id

from dateline.annotate import matching
from dateline.annotate.matching import GatedMatcher, pattern_gates

if TYPE_CHECKING:
    from spacy.language import Language

PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "persona": [[{"LOWER": "persona"}, {"LOWER": "non"}, {"LOWER": "grata"}]],
    "in_charge": [[{"LEMMA": {"IN": ["put", "place"]}, "POS": "VERB"}, {"OP": "{0,4}"}, {"LOWER": "in"},
                   {"LOWER": "charge"}]],
    "test_fire": [[{"LOWER": "test"}, {"TEXT": {"IN": ["-", "‐"]}}, {"LEMMA": {"IN": ["fire", "launch"]}}]],
    "optional_first": [[{"LOWER": "the", "OP": "?"}, {"TAG": "NNP", "OP": "+"}, {"LOWER": "said"}]],
    "regex_only": [[{"LOWER": {"REGEX": "^minist"}}]],
    "two_ways": [[{"LOWER": "phone"}, {"LOWER": "call"}], [{"LOWER": "video"}, {"LOWER": "link"}]],
    "one_ungated": [[{"LOWER": "phone"}, {"LOWER": "call"}], [{"IS_PUNCT": True}, {"LOWER": "said"}]],
}

# invented sentences: some hold every pattern's words, others lack some
TEXTS = [
    "The ministry declared the envoy persona non grata and put a deputy in charge of the embassy.",
    "North Korea said it would test-fire a missile; Ministers Ana Vell and Tor Brenn said so by phone call.",
    "A video link joined the talks. The summit opened, said the host.",
    "Nothing here names any of the words.",
    "",
]


def test_a_token_with_a_quantifier_that_may_skip_it_makes_no_gate() -> None:
    nnp, said = get_string_id("NNP"), get_string_id("said")
    assert pattern_gates(PATTERNS["optional_first"][0]) == ((TAG, frozenset({nnp})), (LOWER, frozenset({said})))
    assert pattern_gates(PATTERNS["regex_only"][0]) == ()
    assert pattern_gates(PATTERNS["in_charge"][0]) == (
        (LEMMA, frozenset({get_string_id("put"), get_string_id("place")})),
        (LOWER, frozenset({get_string_id("in")})), (LOWER, frozenset({get_string_id("charge")})))


@pytest.mark.parametrize("text", TEXTS)
def test_the_matches_are_those_of_one_spacy_matcher(nlp: Language, text: str) -> None:
    stock, gated = Matcher(nlp.vocab), GatedMatcher(nlp.vocab)
    for key, patterns in PATTERNS.items():
        stock.add(key, patterns)
        gated.add(key, patterns)
    assert len(gated) == len(PATTERNS)
    doc = nlp(text)
    assert sorted(gated(doc)) == sorted(stock(doc, as_spans=False))  # type: ignore[arg-type]


def test_a_pattern_runs_only_on_a_text_holding_its_words(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    class Spy(Matcher):  # type: ignore[misc]
        """spaCy's Matcher, noting the keys of each one that runs."""

        def __call__(self, doc: Any, *args: Any, **kwargs: Any) -> Any:
            ran.append(",".join(sorted(nlp.vocab.strings[k] for k in self._patterns)))
            return super().__call__(doc, *args, **kwargs)

    monkeypatch.setattr(matching, "Matcher", Spy)
    gated = matching.GatedMatcher(nlp.vocab)
    gated.add("persona", PATTERNS["persona"])
    gated.add("regex_only", PATTERNS["regex_only"])
    gated.add("two_ways", PATTERNS["two_ways"])
    gated(nlp("The ministry met the envoy by video."))
    assert ran == ["regex_only"]  # neither "persona" nor "video" with "link": those matchers never ran
    ran.clear()
    found = gated(nlp("They declared him persona non grata over a video link."))
    assert sorted(ran) == ["persona", "regex_only", "two_ways"] and len(found) == 2
