"""Keep a run's annotated results on disk in a run directory, so that a run that dies late resumes without annotating.

A run directory holds ``annotated.jsonl`` (one annotated result per input page, in input
order, as the contract's JSON: ``{"ok": document}`` or ``{"failed": failure}``, each line
flushed as it is written), ``annotated.done`` once every page is in, and ``lock`` while a
process uses it. ``pipeline.extract`` appends to it, resolves from it, and removes it only
after the last result was handed over; a run killed before that leaves it, and the same
command run again finds it by its fingerprint (``default_run_dir``: the inputs' paths, sizes
and modification times, the options that change results, dateline's version and the modification
times of its code and data), keeps the
complete lines, and annotates only the pages after them.

Hand-written because the spill is a plain append-only JSON Lines file and its only
question on reopening is how many lines are whole; the serialisation is the model's own.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from types import TracebackType
from typing import IO

from dateline.model import Document, Result, result_from_json
from dateline.settings import Options

LOGGER = logging.getLogger(__name__)

SPILL = "annotated.jsonl"
DONE = "annotated.done"
LOCK = "lock"
PER_RUN_OPTIONS = ("jobs", "batch_size", "pages_per_task")
"""Options that change how a run is computed, never what it outputs: left out of its fingerprint."""
RESULT_ENV = ("DATELINE_EVENT_MODEL", "DATELINE_EVENT_NONE_WEIGHT")
"""Environment variables that change what a run outputs (another event model, another prior): in its fingerprint."""


def runs_home() -> Path:
    """The folder that holds run directories: ``$DATELINE_RUNS``, else ``$XDG_CACHE_HOME/dateline/runs``."""
    own = os.environ.get("DATELINE_RUNS")
    if own:
        return Path(own)
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "dateline" / "runs"


def fingerprint(paths: Sequence[str], opts: Options) -> str | None:
    """Return a key of what a run reads and how it reads it, or None when that cannot be known (stdin)."""
    from importlib.metadata import PackageNotFoundError, version

    from dateline.read.files import expand_paths

    try:
        own_version = version("dateline")
    except PackageNotFoundError:
        own_version = "unknown"
    digest = hashlib.sha256(own_version.encode())
    digest.update(_code_stamp().encode())
    for name in RESULT_ENV:
        digest.update(f"{name}={os.environ.get(name, '')}\n".encode("utf-8", "surrogateescape"))
    model = os.environ.get("DATELINE_EVENT_MODEL")
    if model and Path(model).is_dir():
        digest.update(_folder_stamp(Path(model)).encode())  # a model retrained in place is another model
    for path in expand_paths(tuple(paths)):
        if path == "-":
            return None
        try:
            st = os.stat(path)
            digest.update(f"{os.path.abspath(path)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "surrogateescape"))
        except OSError:
            digest.update(f"{os.path.abspath(path)}\0missing\n".encode("utf-8", "surrogateescape"))
    settings = {k: v for k, v in asdict(opts).items() if k not in PER_RUN_OPTIONS}
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:24]


def _code_stamp() -> str:
    """Return a key of this dateline's code and data files (path and modification time of each).

    An edited checkout must never resume a run an older one annotated, and the version number
    does not change between commits.
    """
    return _folder_stamp(Path(__file__).resolve().parents[1])


def _folder_stamp(folder: Path) -> str:
    """Return a key of the files under ``folder`` (path and modification time of each)."""
    stamps = sorted(f"{p.relative_to(folder)}:{p.stat().st_mtime_ns}" for p in folder.rglob("*")
                    if p.is_file() and "__pycache__" not in p.parts)
    return hashlib.sha256(f"{folder}\n{chr(10).join(stamps)}".encode("utf-8", "surrogateescape")).hexdigest()


def default_run_dir(paths: Sequence[str], opts: Options) -> Path | None:
    """Return the run directory the same command finds again, or None when the run cannot resume (stdin)."""
    key = fingerprint(paths, opts)
    return None if key is None else runs_home() / key


def _lock(handle: IO[str]) -> bool:
    """Take an exclusive lock on an open file without waiting; True when taken (always, where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _whole_lines(path: Path) -> int:
    """Count the complete lines of a spill and cut a line a killed writer left half-written."""
    if not path.exists():
        return 0
    with path.open("r+b") as f:
        count, good = 0, 0
        for line in f:
            if not line.endswith(b"\n"):
                break
            count, good = count + 1, good + len(line)
        f.truncate(good)
    return count


def to_line(result: Result) -> str:
    """One spill line for an annotated result (the contract's JSON, tagged as a document or a failure)."""
    payload = {"ok": result.to_json()} if isinstance(result, Document) else {"failed": result.to_json()}
    return json.dumps(payload, ensure_ascii=False) + "\n"


def from_line(line: str) -> Result:
    """Rebuild the result of one spill line."""
    payload = json.loads(line)
    return result_from_json(payload["ok"] if "ok" in payload else payload["failed"])


class RunDir:
    """A run directory, opened for one process: how many pages are annotated, appending, reading back.

    ``folder`` None (or one another process holds) gives a private temporary directory, removed on close.
    """

    def __init__(self, folder: Path | None) -> None:
        self.temporary = folder is None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            self._lock_file: IO[str] = (folder / LOCK).open("a", encoding="utf-8")
            if not _lock(self._lock_file):
                LOGGER.warning("run directory %s is in use by another process; this run will not resume", folder)
                self._lock_file.close()
                folder, self.temporary = None, True
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="dateline-run-"))
            self._lock_file = (folder / LOCK).open("a", encoding="utf-8")
        self.folder = folder
        self.done = (folder / DONE).exists()
        self.count = _whole_lines(folder / SPILL)
        self._out: IO[str] | None = None
        if self.count:
            LOGGER.info("run directory %s: %d pages already annotated%s", folder, self.count,
                        ", resolving them" if self.done else ", annotating the rest")

    def __enter__(self) -> RunDir:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def append(self, result: Result) -> None:
        """Add the next page's annotated result, flushed so that a kill keeps it."""
        if self._out is None:
            self._out = (self.folder / SPILL).open("a", encoding="utf-8")
        self._out.write(to_line(result))
        self._out.flush()
        self.count += 1

    def finish(self) -> None:
        """Mark every page as annotated."""
        if self._out is not None:
            self._out.close()
            self._out = None
        (self.folder / DONE).write_text(f"{self.count}\n", encoding="utf-8")
        self.done = True

    def results(self) -> Iterator[Result]:
        """Yield the spilled results in input order, one at a time."""
        path = self.folder / SPILL
        if not path.exists():
            return
        with path.open(encoding="utf-8") as f:
            for line in f:
                yield from_line(line)

    def remove(self) -> None:
        """Delete the run directory: its output was handed over in full."""
        self.close()
        _delete(self.folder)

    def close(self) -> None:
        """Release the directory (a temporary one is deleted; a named one stays for a rerun)."""
        if self._out is not None:
            self._out.close()
            self._out = None
        if not self._lock_file.closed:
            self._lock_file.close()
        if self.temporary:
            _delete(self.folder)


def _delete(folder: Path) -> None:
    """Delete a run directory's own files, then the folder (left in place if anything else was put in it)."""
    for name in (SPILL, DONE, LOCK):
        (folder / name).unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        LOGGER.debug("run directory %s kept: it holds other files", folder)
