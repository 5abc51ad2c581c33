"""Bound the seconds one page may spend in annotation: past its budget the page fails with A002 and the batch goes on.

``page_budget(seconds)`` is a context manager around one page's work (or one batch's shared
parse). A watchdog thread raises an exception *in the annotating thread* when the time is up
(CPython's ``PyThreadState_SetAsyncExc``, which interrupts another thread the way Ctrl-C
interrupts the main one); leaving the block turns it into ``PageTimeout`` (A002).

The seconds are CPU seconds of the annotating thread (``time.pthread_getcpuclockid``), not
elapsed time, where the platform has such a clock (Linux, the BSDs; elsewhere elapsed time):
on a busy machine, or with many workers on few cores, a page waits for the processor without
using its budget, so whether a page fits does not depend on the load, and a rerun of the same
input gives the same output. A runaway page burns CPU, so it is stopped all the same.

Why this mechanism rather than the alternatives (issue 16):

- ``signal.alarm``/``setitimer`` works only in the main thread and not on Windows, while Ray
  runs actor tasks and Ray Data UDFs in worker threads, and a web server annotates in a
  thread pool; it also shares one process-wide timer with anything else that uses SIGALRM.
- A cooperative deadline checked in dateline's loops cannot stop spaCy's own parse of a huge
  page, and would thread a deadline through every rule module.
- A child process per page (a process pool with a timeout) pays the model's memory per worker
  and pickles every parse.

The exception is delivered at the next Python bytecode of the annotating thread, so a single
long call into compiled code (one spaCy component over one page) finishes first: a runaway
page is stopped within one component's time of its budget. The exception derives from
``BaseException``, as ``KeyboardInterrupt`` does, so no ``except Exception`` on the way (ours
or a library's) can swallow it. Hand-written because the packages that do this
(``func_timeout``, ``stopit``, ``timeout-decorator``) are unmaintained or signal-based.
"""

from __future__ import annotations

import ctypes
import logging
import threading
import time
from collections.abc import Callable
from types import TracebackType

from dateline.errors import PageTimeout

LOGGER = logging.getLogger(__name__)


class _Expired(BaseException):
    """Raised inside the annotating thread when its budget runs out; ``page_budget`` turns it into PageTimeout."""


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Schedule ``exc`` in another thread (None: withdraw one scheduled and not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc else None)


class page_budget:  # noqa: N801 - used as a context manager, named like contextlib's
    """Raise PageTimeout (A002) from the ``with`` block when it uses more than ``seconds`` (0 or less: no limit).

    Nests: an outer budget that runs out inside an inner one still ends the outer block.

    Raises:
        PageTimeout: A002 when the block ran past its budget.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._watchdog: threading.Thread | None = None
        self._done = threading.Event()
        self._thread_id = 0
        self._lock = threading.Lock()
        self._armed = False
        self._fired = False

    def __enter__(self) -> page_budget:
        if self.seconds <= 0:
            return self
        self._thread_id = threading.get_ident()
        clock = _clock_of(self._thread_id)
        self._armed, self._fired = True, False
        self._done.clear()
        self._watchdog = threading.Thread(target=self._watch, args=(clock, clock()), daemon=True,
                                          name="dateline-page-budget")
        self._watchdog.start()
        return self

    def _watch(self, clock: Callable[[], float], start: float) -> None:
        """Sleep until the thread may have used its budget (its CPU time grows no faster than the clock), then check."""
        while True:
            left = self.seconds - (clock() - start)
            if left <= 0:
                self._expire()
                return
            if self._done.wait(max(left, 0.005)):
                return

    def _expire(self) -> None:
        with self._lock:
            if not self._armed:
                return
            self._fired = True
            LOGGER.debug("page budget of %s s ran out; interrupting thread %s", self.seconds, self._thread_id)
            _raise_in(self._thread_id, _Expired)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._watchdog is None:
            return
        try:
            self._done.set()
            with self._lock:
                self._armed = False
            fired = self._fired
            if fired and not (exc_type is not None and issubclass(exc_type, _Expired)):
                # the watchdog fired but the exception is still on its way: withdraw it, so it cannot go off
                # after this block, in code that no longer belongs to the page
                _raise_in(self._thread_id, None)
        except _Expired:
            fired = True  # delivered right here, on the way out
        finally:
            self._watchdog = None
        if fired:
            raise PageTimeout("A002", seconds=f"{self.seconds:g}") from None


def _clock_of(thread_id: int) -> Callable[[], float]:
    """The CPU clock of a thread (its ``threading.get_ident()``), or the monotonic clock where there is none."""
    try:
        clock_id = time.pthread_getcpuclockid(thread_id)
        time.clock_gettime(clock_id)
    except (AttributeError, OSError):
        return time.monotonic
    return lambda: time.clock_gettime(clock_id)
