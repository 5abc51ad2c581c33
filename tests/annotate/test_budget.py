"""annotate/budget.py: a block past its budget ends with A002, in any thread, and nothing fires after it."""

from __future__ import annotations

import threading
import time

import pytest

from dateline.annotate.budget import page_budget
from dateline.errors import AnnotateError, PageTimeout


def _spin(seconds: float) -> None:
    """Run Python bytecode (where the budget's exception lands) for up to ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_runaway_block_ends_with_A002_soon_after_its_budget() -> None:
    start = time.monotonic()
    with pytest.raises(PageTimeout) as caught:
        with page_budget(0.2):
            _spin(30)
    assert caught.value.code == "A002"
    assert isinstance(caught.value, AnnotateError)
    assert time.monotonic() - start < 15  # well before the 30 s the block would have run


def test_a_block_within_its_budget_is_left_alone_and_nothing_fires_afterwards() -> None:
    with page_budget(0.3):
        _spin(0.01)
    _spin(0.8)  # past the budget, outside the block: no exception may arrive here


@pytest.mark.skipif(not hasattr(time, "pthread_getcpuclockid"), reason="no per-thread CPU clock here")
def test_waiting_for_the_processor_does_not_use_the_budget() -> None:
    """The budget counts the page's CPU seconds: a page that waits (a busy machine) is not failed for it."""
    with page_budget(0.2):
        time.sleep(0.6)
        _spin(0.01)


def test_no_limit_starts_no_timer() -> None:
    before = threading.active_count()
    with page_budget(0):
        assert threading.active_count() == before
        _spin(0.05)


def test_except_exception_inside_the_page_cannot_swallow_the_timeout() -> None:
    swallowed = False
    with pytest.raises(PageTimeout):
        with page_budget(0.2):
            try:
                _spin(30)
            except Exception:  # noqa: BLE001 - what a rule or a library might do
                swallowed = True
    assert not swallowed


def test_the_budget_works_outside_the_main_thread() -> None:
    """Ray runs actor tasks and Ray Data UDFs in worker threads, where SIGALRM cannot reach."""
    codes: list[str] = []

    def work() -> None:
        try:
            with page_budget(0.2):
                _spin(30)
        except PageTimeout as exc:
            codes.append(exc.code)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive()
    assert codes == ["A002"]


def test_an_outer_budget_ends_a_block_inside_a_longer_inner_one() -> None:
    with pytest.raises(PageTimeout) as caught:
        with page_budget(0.2) as outer:
            with page_budget(60):
                _spin(30)
    assert caught.value.params["seconds"] == f"{outer.seconds:g}"


def test_many_short_blocks_in_a_row_leave_no_stray_exception() -> None:
    """The budget's end racing the block's end must not leak an exception into the caller."""
    for _ in range(40):
        try:
            with page_budget(0.005):
                _spin(0.005)
        except PageTimeout:
            pass
    _spin(0.2)
