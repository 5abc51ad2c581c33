"""Decode page bytes of any encoding to text, refusing binary content and repairing mojibake.

Order of evidence: a byte-order mark, then a declared charset (HTTP header or HTML meta,
passed in by the caller), then strict UTF-8, then charset-normalizer's detection. ftfy
then repairs text that was mis-decoded before it reached us (``Ã©`` for ``é``).
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

import charset_normalizer
import ftfy

from dateline.errors import InputError
from dateline.lexicons import word_list, word_map
from dateline.model import RawPage, Source

LOGGER = logging.getLogger(__name__)

# Byte-order marks and the codec each one selects (longest first: UTF-32 LE starts like UTF-16 LE).
BOM_CODECS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Declared labels that browsers (WHATWG Encoding) read as a wider codec.
CHARSET_ALIASES = word_map("charset_alias", "read_words")
SAMPLE_BYTES = 8192
DETECT_BYTES = 1 << 20
# Encodings chosen, in this order, among detection results that fit equally well.
PREFERRED_ON_TIE = word_list("preferred_on_tie", "read_words")
# Share of C0 control bytes (other than tab, LF, FF, CR, ESC) above which a sample is binary.
MAX_CONTROL_SHARE = 0.05
# Invalid UTF-8 is repaired with U+FFFD when at most this share of characters is broken;
# past it (and with no other encoding detected) the page is refused with R009.
MAX_REPLACED_SHARE = 0.01
CONTROL_BYTES = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 27}))
# A cheap test for text worth ftfy's full pass: C1 control characters, or a lead byte of
# UTF-8 read as Latin-1/windows-1252 ("Ã", "Â", "â", ...) followed by what its
# continuation bytes become ("©", "€", "™", ...), the signature of mojibake.
MOJIBAKE_HINT = re.compile(
    "[\u0080-\u009f]|[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# ftfy settings: repair encoding damage but keep the page's own characters (curly quotes,
# full-width forms, entities: the cleaner owns markup), so quoted snippets stay faithful.
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)


def decode(data: bytes, label: str, declared: str | None = None) -> str:
    """Decode page bytes to text with mojibake repaired; ``label`` names the input in errors.

    Raises:
        InputError: R002 for empty content, R003 for binary content, R009 when no
            encoding reads it.
    """
    if not data or data.isspace():
        raise InputError("R002", path=label)
    for bom, codec in BOM_CODECS:
        if data.startswith(bom):
            return repair(_decode_strict(data, codec, label))
    if is_binary(data[:SAMPLE_BYTES]):
        raise InputError("R003", path=label)
    declared_codec = _codec_for(declared) if declared else None
    if declared_codec:
        try:
            return repair(data.decode(declared_codec))
        except UnicodeDecodeError:
            LOGGER.debug("%s: declared charset %s does not fit the bytes; detecting", label, declared)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, label)
    return repair(text)


def is_binary(sample: bytes) -> bool:
    """Say whether a byte sample is binary: NUL bytes, or many control bytes."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    return controls / len(sample) > MAX_CONTROL_SHARE


def _codec_for(label: str) -> str | None:
    """Map a declared charset label onto a Python codec name, or None when unknown."""
    name = label.strip().strip("\"'").lower()
    name = CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        LOGGER.debug("unknown charset label %r", label)
        return None


def _decode_strict(data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError("R009", detail=f"{label}: invalid {codec} at byte {exc.start}") from exc


def _detect(data: bytes, label: str) -> str:
    """Decode bytes that are not valid UTF-8, by detection or, for damaged UTF-8, with U+FFFD."""
    replaced = data.decode("utf-8", errors="replace")
    broken = replaced.count("\ufffd")
    valid_non_ascii = sum(1 for char in replaced if char > "\x7f") - broken
    if valid_non_ascii >= broken and broken <= max(1, len(replaced) * MAX_REPLACED_SHARE):
        # Mostly well-formed multibyte UTF-8 with a few broken sequences (a cut character,
        # a stray byte): a legacy 8-bit page would show almost no valid sequences.
        LOGGER.warning("%s: replaced %s invalid UTF-8 sequence(s) with U+FFFD", label, broken)
        return replaced
    encoding = _detected_encoding(data)
    if encoding is not None and encoding not in ("utf_8", "utf_8_sig"):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            LOGGER.debug("%s: detected %s does not decode the whole page", label, encoding)
        else:
            LOGGER.debug("%s: decoded as detected %s", label, encoding)
            return text
    # Nothing else fits: keep the best-effort UTF-8 reading unless too much of it is broken.
    if broken > max(1, len(replaced) * MAX_REPLACED_SHARE):
        raise InputError(
            "R009", detail=f"{label}: not valid UTF-8 ({broken} broken sequences) and no other encoding fits"
        )
    LOGGER.warning("%s: replaced %s invalid UTF-8 sequence(s) with U+FFFD", label, broken)
    return replaced


def _detected_encoding(data: bytes) -> str | None:
    """Return charset-normalizer's best encoding, breaking ties by ``PREFERRED_ON_TIE``.

    Short Western pages often fit cp1250, cp1252 and cp1257 equally well (same chaos,
    same coherence); browsers default to windows-1252 for unlabelled pages, and so do we.
    """
    matches = list(charset_normalizer.from_bytes(data[:DETECT_BYTES]))
    if not matches:
        return None
    best = matches[0]
    tied = [
        m for m in matches
        if m.percent_chaos == best.percent_chaos and m.percent_coherence == best.percent_coherence
    ]
    for preferred in PREFERRED_ON_TIE:
        for match in tied:
            if preferred in match.could_be_from_charset:
                return preferred
    return str(best.encoding)


def repair(text: str) -> str:
    """Repair mojibake and normalise line breaks, keeping the page's own characters."""
    if text.isascii() or not MOJIBAKE_HINT.search(text):
        # ftfy's full pass (and even its badness test) costs up to a second on a large
        # page; clean pages, nearly all, only get their line breaks and NFC form fixed.
        return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return ftfy.fix_text(text, FTFY_CONFIG)


def text_page(data: bytes, source: Source, label: str) -> RawPage:
    """Make a flattened-text RawPage from page bytes.

    Raises:
        InputError: as ``decode`` does.
    """
    return RawPage(source=source, content=decode(data, label), kind="text")
