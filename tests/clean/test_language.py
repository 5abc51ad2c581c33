"""Test language identification (clean/language.py) and what a page not in English gets: W001 and no annotation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.clean import clean
from dateline.clean.language import detect_language, language_name, with_language
from dateline.model import Document, RawPage, Source, document_from_json
from dateline.settings import Options

LANG = Path(__file__).resolve().parents[1] / "data" / "lang"
PAGES = {"fr": LANG / "fr.txt", "ru": LANG / "ru.txt", "zh": LANG / "zh.txt"}
ENGLISH = (
    "The foreign ministers of the two countries met in Vienna on Monday to discuss the ferry agreement. "
    "Officials said the talks would continue next week."
)


@pytest.mark.parametrize(("code", "text"), [
    ("en", ENGLISH),
    ("fr", "Le ministre a rencontré lundi son homologue russe à Moscou pour signer un accord de coopération."),
    ("ru", "Министр в понедельник встретился в Москве с российским коллегой и подписал соглашение."),
    ("zh", "朝鲜保健相星期一在莫斯科与俄罗斯卫生部长举行会谈，双方签署了卫生领域合作协议。"),
    ("de", "Die Krankenkasse startet das Angebot im Januar in Berlin und Hamburg, teilte das Ministerium mit."),
])
def test_detect_language_names_the_language_of_a_short_news_text(code: str, text: str) -> None:
    assert detect_language(text, Options()) == code


def test_too_little_text_has_no_language() -> None:
    assert detect_language("Kim 2025", Options()) is None
    assert detect_language("", Options()) is None


def test_the_letter_threshold_counts_letters_only(monkeypatch: pytest.MonkeyPatch) -> None:
    class Model:
        def classify(self, text: str) -> tuple[str, float]:
            return "en", 1.0

    monkeypatch.setattr("dateline.clean.language.identifier", lambda: Model())
    opts = Options(language_min_letters=20)
    nineteen = "Talks 2025 in Vienna, 8 May, at 1-2 p"  # 19 letters among digits, spaces and punctuation
    assert sum(c.isalpha() for c in nineteen) == 19
    assert detect_language(nineteen, opts) is None
    assert detect_language(nineteen + " é", opts) == "en"  # the 20th letter: the model is asked
    assert detect_language(ENGLISH, Options(language_min_letters=len(ENGLISH))) is None


def test_codes_are_iso_639_1() -> None:
    from dateline.clean.language import identifier

    assert all(len(code) == 2 for code in identifier().nb_classes)
    assert language_name("fr") == "French" and language_name("zh") == "Chinese"


def test_with_language_reads_title_and_body() -> None:
    doc = with_language(Document(source=Source("x.txt"), body=ENGLISH, title="Talks in Vienna"), Options())
    assert doc.language == "en"


@pytest.mark.parametrize("code", sorted(PAGES))
def test_a_page_not_in_english_keeps_its_text_and_title(code: str) -> None:
    page = RawPage(Source(str(PAGES[code])), PAGES[code].read_text(encoding="utf-8"), "text")
    doc = clean(page, Options(site_templates=False))
    assert doc.language == code
    assert len(doc.body) > 150
    assert doc.published == "2025-03-18" and doc.published_from == "text"
    assert doc.site is not None
    if code != "zh":  # a headline without spaces is not yet told from a menu line
        assert doc.title is not None and doc.title in PAGES[code].read_text(encoding="utf-8")
        assert doc.title not in doc.body


@pytest.mark.parametrize("code", sorted(PAGES))
def test_a_page_not_in_english_gets_w001_and_no_entities(code: str, nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.pipeline import extract

    [doc] = list(extract([str(PAGES[code])], Options(), nlp=nlp))
    assert isinstance(doc, Document)
    assert doc.language == code
    assert [w.split(":")[0] for w in doc.warnings] == ["W001"]
    assert f"({code})" in doc.warnings[0]
    assert doc.entities == () and doc.positions == () and doc.events == ()
    # the record carries both, and reads back the same
    record = doc.to_json()
    assert record["language"] == code and record["warnings"] == list(doc.warnings)
    assert document_from_json(json.loads(json.dumps(record))) == doc


def test_an_english_page_has_no_warning(annotate_text) -> None:  # type: ignore[no-untyped-def]
    doc = annotate_text("Harbour master Nils Brekke said on Monday that storms had damaged the pier.")
    assert doc.warnings == () and doc.entities


def test_a_document_of_unknown_language_is_annotated(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.annotate import annotate_documents

    doc = Document(source=Source("t.txt"), body="Harbour master Nils Brekke spoke in Oslo.", language=None)
    [done] = annotate_documents([doc], nlp, Options())
    assert done.entities and done.warnings == ()


def test_extract_prints_the_warning_once_on_stderr() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from dateline.cli import main; main()", "extract", "--jsonl", str(PAGES["fr"])],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("W001") == 1
    [record] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert record["language"] == "fr" and record["entities"] == []


@pytest.mark.parametrize("text, code", [
    # names carry most letters of a short item and mislead the model: its common words tell the language
    ("World news\n\nKenyan President Daniel Kiprop met his Ugandan counterpart in Kampala on Monday.", "en"),
    ("Die Regierung in Berlin hat am Montag neue Sanktionen gegen Moskau beschlossen.", "de"),
    ("El presidente de Chile se reunió con su homólogo peruano en Lima el lunes.", "es"),
])
def test_a_short_text_is_told_by_its_common_words_when_its_names_mislead(text: str, code: str) -> None:
    assert detect_language(text, Options()) == code
