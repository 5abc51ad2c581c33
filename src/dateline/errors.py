"""Define dateline's error types and their coded messages, kept in one table.

Codes are stable: tests assert the code, not the wording. R… reading input,
C… cleaning, A… annotation, L… lexicons, S… store, G… configuration; W… warnings,
which are not raised: ``warning`` renders one into the string a Document records.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # reading
    "R001": "no such file or folder: {path}",
    "R002": "empty input: {path}",
    "R003": "binary content, not text or HTML: {path}",
    "R004": "truncated or corrupt gzip stream: {detail}",
    "R005": "corrupt WARC archive: {detail}",
    "R006": "line {line} is not valid JSON: {detail}",
    "R007": "line {line} has neither a 'text' nor an 'html' string field",
    "R008": "page is larger than the limit of {limit} bytes ({size} bytes)",
    "R009": "could not decode text: {detail}",
    "R010": "cannot read {path}: {detail}",
    "R011": "'{field}' is not an ISO date: {value}",
    "R012": "no HTTP 200 HTML response in the archive: {path}",
    "R013": "PDF has no text layer (scanned pages or images only; run OCR first): {path}",
    "R014": "PDF is encrypted and cannot be opened without its password: {path}",
    "R015": "PDF cannot be parsed: {detail}",
    # cleaning
    "C001": "no article text found in the page",
    "C002": "HTML could not be parsed: {detail}",
    "C003": "no article text of its own: the {detail} lines that read as article are all printed on other pages "
            "of the same site in this run (site furniture)",
    "C004": "markup nested deeper than {limit} elements: the HTML parser cannot read the page",
    # annotation
    "A002": "annotating the page took longer than its budget of {seconds} CPU seconds (--page-timeout; 0: no limit)",
    "A003": "the page's {where} has {size} characters, more than the {limit} the parser takes (nlp.max_length)",
    # lexicons
    "L001": "{file} line {line}: {detail}",
    # store
    "S001": "store {path} cannot be opened: {detail}",
    "S002": "store {path} has schema version {found}, this dateline expects {expected}",
    "S003": "query took longer than the limit of {limit_ms} ms",
    "S004": "store {path} does not exist: run `dateline ingest` first",
    "S005": "{what} not found: {key}",
    "S006": "{path} is not a dateline store ({detail}); it was left unchanged",
    "S007": "store {path} cannot be written: {detail}",
    "S008": "store {path} is damaged ({detail}): restore it from a copy or ingest again into a new store",
    "S009": "store {path} cannot be read: {detail}",
    "S010": "cannot write {path}: {detail}",
    # warnings (the document is kept)
    "W001": "the page is in {name} ({language}), not English: its text, title and date are kept, "
            "but no entities, posts or events are extracted (the annotation models read English only)",
    # configuration
    "G001": "invalid value for {option}: {detail}",
    "G002": "spaCy model {model!r} is not installed: install it (see README) or set --model",
    "G003": "the Ray engine needs Ray: pip install -e '.[ray]' in your dateline checkout ({detail})",
    "G004": "the Ray engine cannot read {path}: pass files or folders, or use --engine local",
    "G005": "published dates file {path}, line {line}: {detail}",
    "G006": "cannot listen on {host}:{port}: {detail} (is another server running? choose another with --port)",
}


def warning(code: str, **params: object) -> str:
    """Return a coded warning (a W… code) as the ``"CODE: message"`` string a Document's ``warnings`` holds."""
    return f"{code}: {MESSAGES[code].format(**params)}"


class DatelineError(Exception):
    """Base of every error dateline raises on purpose; carries a stable ``code``."""

    prefix = ""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        template = MESSAGES.get(code, code)
        try:
            message = template.format(**params)
        except (KeyError, IndexError):
            message = template
        self.message = message
        super().__init__(f"{code}: {message}")

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by code and parameters, so an error raised in a worker process arrives intact."""
        return (_rebuild, (type(self), self.code, self.params))


def _rebuild(cls: type[DatelineError], code: str, params: dict[str, object]) -> DatelineError:
    return cls(code, **params)


class InputError(DatelineError):
    """A page or archive that cannot be read."""


class CleanError(DatelineError):
    """A page from which no article can be cleaned."""


class AnnotateError(DatelineError):
    """A failure while annotating a cleaned document."""


class PageTimeout(AnnotateError):
    """A page whose annotation ran past its time budget (A002); the batch goes on without it."""


class LexiconError(DatelineError):
    """A lexicon file that does not follow its schema."""


class StoreError(DatelineError):
    """A store that cannot be opened, migrated or written."""


class QueryInterrupted(StoreError):
    """A read query that ran past its time limit (S003) and was interrupted."""


class ConfigError(DatelineError):
    """An option with an invalid value."""
