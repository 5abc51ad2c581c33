"""Feed random pages through read -> clean (-> annotate): every input yields a Document or a coded Failure."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.model import Document, Failure, Source
from dateline.pipeline import annotate_batch, clean_page, read_pages
from dateline.settings import Options

CODED = re.compile(r"^[A-Z]\d{3}: \S")
OPTS = Options(max_page_bytes=20_000)
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

LINES = st.one_of(
    st.text(max_size=120),
    st.sampled_from([
        "Published: 4 Feb. 2023, 16:45", "Sign up for our newsletter", "Read more", "Home > World > Asia",
        "By Staff Reporter", "[YONHAP]", "Related Stories", "Foreign Minister Ri Son-gwon met the envoy on Monday.",
        "The two sides signed an agreement in Pyongyang in June.", "<script>alert(1)</script>", "\x00\x01",
    ]),
)
TAGS = st.sampled_from(["p", "div", "article", "nav", "footer", "h1", "figcaption", "script", "time"])
HTML = st.lists(st.builds(lambda t, s: f"<{t}>{s}</{t}>", TAGS, LINES), max_size=25).map(
    lambda parts: "<!DOCTYPE html><html><head><title>t</title></head><body>" + "".join(parts) + "</body></html>")


def _check(results: list[Document | Failure]) -> None:
    assert results
    for result in results:
        assert isinstance(result, (Document, Failure))
        if isinstance(result, Failure):
            assert CODED.match(result.error), result.error
        else:
            assert result.body.strip()
            assert len(result.doc_id) == 16


@PROPERTY
@given(lines=st.lists(LINES, max_size=40))
def test_random_flat_text_cleans_or_fails_cleanly(tmp_path: Path, lines: list[str]) -> None:
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    _check([clean_page(p, OPTS) for p in read_pages([str(page)], OPTS)])


@PROPERTY
@given(markup=HTML)
def test_random_html_cleans_or_fails_cleanly(tmp_path: Path, markup: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(markup, encoding="utf-8")
    _check([clean_page(p, OPTS) for p in read_pages([str(page)], OPTS)])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(LINES, min_size=1, max_size=15))
def test_random_documents_annotate_without_escaping_errors(nlp, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    _check_annotated(_annotate(nlp, lines))


def _annotate(nlp, lines: list[str]) -> Document | Failure:  # type: ignore[no-untyped-def]
    doc = Document(source=Source("p.txt"), body="\n\n".join(lines), published="2025-03-18")
    [result] = annotate_batch([doc], nlp, OPTS)
    return result


def _check_annotated(result: Document | Failure) -> None:
    """A crash inside annotation is caught by the batch and comes back as an uncoded Failure: that fails here."""
    if isinstance(result, Failure):
        assert CODED.match(result.error), f"annotation crashed: {result.error}"
        return
    assert isinstance(result, Document)
    ids = {e.id for e in result.entities}
    for event in result.events:
        assert set(event.actors()) <= ids


def test_the_annotation_check_fails_when_annotation_crashes(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import dateline.annotate

    def crash(*_args: object, **_kwargs: object) -> Document:
        raise IndexError("list index out of range")

    monkeypatch.setattr(dateline.annotate, "annotate_parsed", crash)
    result = _annotate(nlp, ["Foreign Minister Ri Son-gwon met the envoy on Monday."])
    assert isinstance(result, Failure)  # the batch carried on ...
    with pytest.raises(AssertionError, match="annotation crashed"):  # ... and the property test would fail
        _check_annotated(result)
