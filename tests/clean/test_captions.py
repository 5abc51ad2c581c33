"""Tests for dateline.clean.captions: credits are cut, the caption sentence is kept."""

from __future__ import annotations

import pytest

from dateline.clean.captions import caption_of, strip_credit


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Officials meet in Pyongyang to sign the accord on Monday. [YONHAP]",
         "Officials meet in Pyongyang to sign the accord on Monday."),
        ("The retired general speaks at a dinner. Polish Embassy in Nigeria / Facebook",
         "The retired general speaks at a dinner."),
        ("A governor, left, greets a consul in Lima on Feb. 9. (courtesy of the Peruvian Foreign Ministry)",
         "A governor, left, greets a consul in Lima on Feb. 9."),
        ("The new ferry at the harbour pier after its engines were installed. (credit: Jane Doe/Harbour Board)",
         "The new ferry at the harbour pier after its engines were installed."),
        ("The president greets supporters from a balcony in Oslo. © AFP", "The president greets supporters from a balcony in Oslo."),
        ("Mourners hold up portraits of the president on Monday. Photograph: AP",
         "Mourners hold up portraits of the president on Monday."),
        ("Protesters hold a banner during a rally in the capital. AFP", "Protesters hold a banner during a rally in the capital."),
        ("The trade minister lands in Quito on 3 May 2024 (Chilean Foreign Ministry/AFP)",
         "The trade minister lands in Quito on 3 May 2024"),
        ("Dock workers march past the port gates in Callao. (Jane Doe/Getty Images)",
         "Dock workers march past the port gates in Callao."),
        ("The leader kneels before a portrait, in this photo released by state media. Yonhap",
         "The leader kneels before a portrait, in this photo released by state media."),
    ],
)
def test_strip_credit_keeps_the_sentence(line: str, caption: str) -> None:
    assert strip_credit(line) == (caption, True)


def test_prose_without_credit_is_not_a_caption() -> None:
    line = "The ministry said the talks would continue next week in Geneva."
    assert strip_credit(line) == (line, False)
    assert caption_of(line, repeated=False) is None


def test_a_repeated_line_is_a_caption_even_without_credit() -> None:
    line = "Delegates pose for a photo before the opening session of the forum."
    assert caption_of(line, repeated=True) == line


def test_a_bare_credit_is_not_a_caption() -> None:
    assert caption_of("Photo : YONHAP News", repeated=False) is None


def test_a_source_in_brackets_without_an_agency_is_no_credit() -> None:
    line = "The two ministers met in Quito on Monday (their third meeting this year/month)"
    assert strip_credit(line) == (line, False)
