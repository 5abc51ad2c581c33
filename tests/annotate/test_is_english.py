"""annotate/__init__.py: is_english reads the share of English stop words among a text's alphabetic tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dateline.annotate import is_english

if TYPE_CHECKING:
    from spacy.language import Language

ENGLISH = ("The foreign minister said on Monday that the two countries would hold talks in the capital next week, "
           "and that both sides were ready to sign an agreement on trade and the border before the end of the year.")
GERMAN = ("Die Ministerin sagte am Montag, dass die beiden Länder in der nächsten Woche in der Hauptstadt Gespräche "
          "führen würden und beide Seiten bereit seien, vor Ende des Jahres ein Abkommen über den Handel zu schließen.")


def _share(nlp: Language, text: str) -> tuple[int, float]:
    """The reference reading: alphabetic tokens and their share of stop words, token by token."""
    words = [t for t in nlp.make_doc(text) if t.is_alpha]
    return len(words), sum(t.is_stop for t in words) / len(words)


def test_the_stop_word_share_decides(nlp: Language) -> None:
    for text in (ENGLISH, GERMAN):
        n, share = _share(nlp, text)
        assert n >= 30
        doc = nlp.make_doc(text)
        assert is_english(doc, share) and not is_english(doc, share + 1e-9)
    assert is_english(nlp.make_doc(ENGLISH)) and not is_english(nlp.make_doc(GERMAN))


def test_a_short_or_empty_text_counts_as_english(nlp: Language) -> None:
    assert is_english(nlp.make_doc("Die Ministerin sagte am Montag nichts."))
    assert is_english(nlp.make_doc(""))
