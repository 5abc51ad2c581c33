"""Demands and refusals as wire news tells them (``annotate/demands.py`` and the passes that read it): a demand told
through the speaker's view or to "both sides", a warning that asks, a readiness denied, "ruled it out", "is opposed
to", a demand judged unacceptable. Invented examples; publication Tuesday 2025-03-18."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.model import Document
from event_helpers import countries as _countries, names as _names, of_type as _of_type


def _states(doc: Document, type_: str, side: str) -> set[str | None]:
    return {c for e in _of_type(doc, type_) for c in _countries(doc, getattr(e, side))}


def test_both_countries_should_asks_the_two_sides(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text('Kenya accused Uganda on Monday of moving troops to the border. "Both countries should settle '
                        'this through talks," the Norwegian envoy Kari Dahl said on Tuesday.')
    assert {"KEN", "UGA"} <= _states(doc, "REQUEST", "target")
    assert {n for e in _of_type(doc, "REQUEST") for n in _names(doc, e.source)} == {"Kari Dahl"}


def test_both_countries_with_no_two_sides_is_not_the_speakers_state(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("The Norwegian envoy Kari Dahl said on Tuesday that both countries should show restraint.")
    assert _of_type(doc, "REQUEST")
    assert "NOR" not in _states(doc, "REQUEST", "target")


def test_a_demand_told_through_the_speakers_view(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text('"We believe Uganda should withdraw its troops at once," Kenyan government spokesman Peter '
                        'Otieno said on Tuesday.')
    assert _states(doc, "REQUEST", "target") == {"UGA"}


def test_a_view_of_a_thing_foretold_asks_nothing(annotate_text: Callable[..., Document]) -> None:
    assert not _of_type(annotate_text("Analysts said on Tuesday they believe prices should fall next year."),
                        "REQUEST")


def test_a_warning_that_something_must_be_done_asks(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Opposition leader Maria Lenz warned on Sunday that any deal with the militia had to be "
                        "verifiable.")
    assert _of_type(doc, "REQUEST") and not _of_type(doc, "THREATEN")


@pytest.mark.parametrize("text", [
    "Ghana said on Monday it was not willing to accept the conditions set by Togo.",
    "Togo is unwilling to reopen the border with Ghana, its foreign minister said on Monday.",
    "Ghana said on Monday it was no longer prepared to host the talks.",
])
def test_a_readiness_denied_is_a_refusal(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    assert _of_type(doc, "REJECT") and not _of_type(doc, "AGREE")


def test_ruled_that_out_refuses_the_act_told_before(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Speculation grew that Chile might free the jailed activist Rosa Parra. But Chilean Interior "
                        "Minister Pablo Soto ruled that out on Monday.")
    [event] = _of_type(doc, "REJECT")
    assert _names(doc, event.source) == {"Pablo Soto"} and _names(doc, event.target) == {"Rosa Parra"}


@pytest.mark.parametrize("text", [
    "Police in Santiago ruled out foul play in the death of the singer on Monday.",
    "The Chilean interior minister did not rule out talks with the miners on Monday.",
])
def test_ruling_out_a_cause_or_not_ruling_out_refuses_nothing(annotate_text: Callable[..., Document],
                                                              text: str) -> None:
    assert not _of_type(annotate_text(text), "REJECT")


def test_the_act_ruled_out_is_not_told_as_done(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("On Monday the Chilean cabinet ruled out releasing the prisoners.")
    assert _of_type(doc, "REJECT") and not _of_type(doc, "RETREAT")


def test_opposing_a_deployment_rejects_it(annotate_text: Callable[..., Document]) -> None:
    assert _states(annotate_text("Ghana opposed the deployment of a regional force on Friday."), "REJECT",
                   "source") == {"GHA"}


def test_is_opposed_to_is_held_by_its_subject(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Norway is opposed to a Swedish role in the border talks, a government spokesman said on "
                        "Monday.")
    assert _states(doc, "REJECT", "source") == {"NOR"} and _states(doc, "REJECT", "target") == {"SWE"}


@pytest.mark.parametrize("text", [
    "Ghana's foreign minister said on Monday that Togo's demands were unacceptable.",
    "Ghana's foreign minister on Monday called the Togolese proposal unacceptable.",
])
def test_a_demand_judged_bad_by_the_one_asked_is_refused(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    assert _states(doc, "REJECT", "source") == {"GHA"} and _states(doc, "REJECT", "target") == {"TGO"}
    assert not _of_type(doc, "REQUEST") and not _of_type(doc, "ACCUSE")


def test_a_blockade_judged_bad_stays_a_criticism(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Ghana's foreign minister on Monday called the Togolese blockade unacceptable.")
    assert _of_type(doc, "ACCUSE") and not _of_type(doc, "REJECT")


@pytest.mark.parametrize("text", [
    "The Kenyan government issued a call on Tuesday for Uganda to reopen the border crossing at Busia.",
    "Kenya's foreign minister renewed calls on Tuesday for Uganda to reopen the border crossing at Busia.",
])
def test_a_call_made_or_renewed_on_its_occasion(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    assert _states(doc, "REQUEST", "source") == {"KEN"} and _states(doc, "REQUEST", "target") == {"UGA"}


def test_phone_calls_made_ask_nothing(annotate_text: Callable[..., Document]) -> None:
    assert not _of_type(annotate_text("The minister made several phone calls to the families on Monday."), "REQUEST")


def test_what_a_vetoed_draft_demanded_is_no_demand(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("China vetoed a Security Council resolution on Monday that demanded a truce in Myanmar.")
    assert _states(doc, "REJECT", "source") == {"CHN"} and not _of_type(doc, "REQUEST")


@pytest.mark.parametrize("text", [
    "Ghana said on Sunday there would be no talks with Togo until it reopened the border.",
    '"There will be no negotiations with Togo while the border is shut," Ghana\'s foreign minister said on Monday.',
])
def test_a_meeting_refused_for_the_future_is_a_refusal(annotate_text: Callable[..., Document], text: str) -> None:
    doc = annotate_text(text)
    assert _states(doc, "REJECT", "source") == {"GHA"} and not _of_type(doc, "CONSULT")


def test_a_demand_called_a_non_starter_is_refused_by_the_speaker(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Ghana's foreign minister said on Monday that the Togolese offer was a non-starter.")
    assert _states(doc, "REJECT", "source") == {"GHA"} and _states(doc, "REJECT", "target") == {"TGO"}
    assert not _of_type(doc, "AGREE")


def test_a_lawmaker_opposing_a_bill_at_home_is_no_refusal(annotate_text: Callable[..., Document]) -> None:
    doc = annotate_text("Senator Dana Whitfield opposed the final version of a farm subsidy bill in 2003.")
    assert not _of_type(doc, "REJECT")
