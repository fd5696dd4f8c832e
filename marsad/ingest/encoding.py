"""Bytes → text for Arabic news files, whatever encoding they were saved in.

Arabic news reaches us as UTF-8 (with or without a BOM), as UTF-16 from Windows tools
(sometimes without a BOM), and from older sites and archives in the two legacy Arabic code
pages: Windows-1256 and ISO-8859-6. Nothing in a legacy file says which one it is, and both
decode most bytes to *some* Arabic letter, so we decode with each and keep the one that reads
like Arabic (common function words, the article ال, no Latin letters glued inside Arabic
words). We do not use a general charset detector: they are heavy, weak on Arabic, and the
good ones are (L)GPL.

Anything that is not text — empty, binary, or in none of these encodings — is refused with
one clear line naming the input, so a directory walk can report it and go on.
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# High bytes of the UTF-16 code units that Arabic news is made of: ASCII (00), Arabic (06),
# punctuation such as – ” … (20), Arabic presentation forms (FB, FE).
_UTF16_HIGH = frozenset({0x00, 0x06, 0x20, 0xFB, 0xFE})

# Very frequent Arabic words, normalised the way the scorer sees them (hamza kept: legacy
# decodings differ exactly in such letters). Used only to tell two decodings apart.
_COMMON = frozenset(
    "في من على إلى الى أن ان عن مع التي الذي هذا هذه كان قال بين ما لا أو او قد كما وقد "
    "وفي ومن بعد حيث ذلك خلال إن لم كل عام".split()
)
_WORD_RE = re.compile(r"[^\s\d.,:;!?()\[\]{}\"'«»،؛؟\-–—/<>=&]+")  # markup splits words too
_ARABIC_RE = re.compile(r"[\u0621-\u064a]")
_LATIN_EXT_RE = re.compile(r"[\u00c0-\u024f]")
_MARK_RE = re.compile(r"[\u064b-\u0652]")

# Allowed controls: tab, newline, vertical tab, form feed, carriage return.
_OK_CONTROLS = frozenset("\t\n\x0b\x0c\r")

LEGACY_MESSAGE = "not UTF-8, UTF-16, Windows-1256 or ISO-8859-6"


def decode_bytes(data: bytes, origin: str) -> str:
    """Decode an article file; raise :class:`InputError` when it is not usable text.

    The result has no BOM and only ``\\n`` line ends.
    """
    if not data:
        raise InputError(f"{origin}: empty input")
    text = _decode(data, origin)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{origin}: empty input (only whitespace)")
    _refuse_binary(text, origin)
    return text


def _decode(data: bytes, origin: str) -> str:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{origin}: cannot decode as {label} (byte {exc.start + len(bom)} is invalid) "
                    f"although the file starts with a {label} byte-order mark"
                ) from None
    # UTF-16 without a BOM: NUL high bytes (spaces, digits) or 06 high bytes (Arabic
    # letters); the byte 06 is a control character that real UTF-8 text never contains.
    if b"\x00" in data or data.count(b"\x06") * 4 >= len(data):
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        if b"\x00" in data:
            raise InputError(f"{origin}: binary data, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = _almost_utf8(data)
    if text is not None:
        return text
    text = _legacy_arabic(data)
    if text is None:
        raise InputError(f"{origin}: cannot decode the text: {LEGACY_MESSAGE}")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows itself by its NUL bytes: every ASCII character (spaces,
    digits, newlines) has a zero high byte, and Arabic letters a 06 one. The high byte is the
    odd one in little-endian, the even one in big-endian."""
    if len(data) < 2:
        return None
    even, odd = data[0::2], data[1::2]
    share_le = sum(b in _UTF16_HIGH for b in odd) / len(odd)
    share_be = sum(b in _UTF16_HIGH for b in even) / len(even)
    body = data[: len(data) - (len(data) % 2)]
    for share, codec in sorted(((share_le, "utf-16-le"), (share_be, "utf-16-be")), reverse=True):
        if share < 0.8:
            continue
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _almost_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a file cut in the middle of a character, one bad byte
    from a copy-paste) is still UTF-8: decode it with U+FFFD for the damage rather than
    refuse a whole article. A legacy-encoded file fails on nearly every non-ASCII byte, so
    the two are not confused."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if damaged <= max(2, non_ascii // 500) and non_ascii > 4 * damaged:
        return text
    return None


def _legacy_arabic(data: bytes) -> str | None:
    """Windows-1256 or ISO-8859-6, whichever reads as Arabic; None when neither does."""
    candidates: list[tuple[float, str]] = []
    for codec in ("cp1256", "iso8859_6"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_arabic_plausibility(text), text))
    if not candidates:
        return None
    score, text = max(candidates, key=lambda c: c[0])
    if score < 0.0:
        return None
    if score < 0.05 and _ARABIC_RE.search(text) and len(_WORD_RE.findall(text)) >= 20:
        # Plenty of words and almost none of the commonest Arabic ones: this is some other
        # single-byte encoding (Cyrillic, Greek …) that happens to land on Arabic letters.
        return None
    return text


def _arabic_plausibility(text: str) -> float:
    """How much a decoding reads like Arabic (or at least like clean text), roughly −1…1.

    Rewards: very common Arabic words and the article ال. Penalises: words mixing Arabic
    letters with Latin accented letters or symbols (what a wrong code page produces), and
    vowel marks piled on one letter or on non-letters.
    """
    words = _WORD_RE.findall(text)
    non_ascii = [w for w in words if not w.isascii()]
    if not non_ascii:
        return 0.0
    good = 0
    mixed = 0
    for w in non_ascii:
        if w in _COMMON or (w.startswith("ال") and len(w) > 3):
            good += 1
        letters = _ARABIC_RE.findall(w)
        clean_arabic = len(letters) + len(_MARK_RE.findall(w)) + w.count("\u0640") == len(w)
        clean_latin = all(c.isascii() or _LATIN_EXT_RE.match(c) for c in w)
        if not (clean_arabic or clean_latin):
            mixed += 1
        elif clean_arabic and _MARK_RE.search(w) and len(_MARK_RE.findall(w)) * 2 > len(letters):
            mixed += 1  # more vowel marks than every other letter: a wrong code page
    n = len(non_ascii)
    return (good - 2.0 * mixed) / n


def _refuse_binary(text: str, origin: str) -> None:
    sample = text[:200_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in _OK_CONTROLS) + sample.count("\x7f")
    if "\x00" in sample or controls > max(3, len(sample) // 200):
        raise InputError(f"{origin}: binary data, not text ({controls} control characters)")


# --- web pages ----------------------------------------------------------------------------

# A page names its charset in the HTTP header or in a <meta> tag near the top: <meta
# charset="utf-8"> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_META_WINDOW = 16 * 1024
# Declarations not to believe: a Western code page cannot carry Arabic, so an Arabic page
# labelled with one is mislabelled (old servers send iso-8859-1 by default); a UTF-16/32
# label without a BOM on an ASCII-compatible page is the usual copy-paste error.
_DISTRUSTED = ("iso8859-1", "cp1252", "ascii", "utf-16", "utf-32")


def decode_html(data: bytes, content_type: str | None, origin: str) -> str:
    """Decode a web page: the charset the server sent, else the page's own <meta>, else
    detection (:func:`decode_bytes`). A BOM beats both declarations, as in browsers.

    A declaration is only a claim. Bytes that are valid UTF-8 are UTF-8 whatever the label
    says (Arabic in a legacy code page practically never forms valid UTF-8, while pages
    re-saved as UTF-8 often keep their old windows-1256 <meta>), and a label that does not
    decode the bytes cleanly, or names a code page unable to hold Arabic, is passed over.
    """
    if not data:
        raise InputError(f"{origin}: empty page")
    if not any(data.startswith(bom) for bom, _, _ in _BOMS):
        for label in ("utf-8", _header_charset(content_type), _meta_charset(data)):
            text = _decode_declared(data, label)
            if text is not None:
                return text.replace("\r\n", "\n").replace("\r", "\n")
    return decode_bytes(data, origin)


def _header_charset(content_type: str | None) -> str | None:
    m = _HEADER_CHARSET.search(content_type or "")
    return m.group(1) if m else None


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:_META_WINDOW])
    return m.group(1).decode("ascii") if m else None


def _decode_declared(data: bytes, label: str | None) -> str | None:
    """The bytes decoded strictly with a declared charset; None when the label is unknown,
    not to be believed, or wrong for these bytes."""
    if not label:
        return None
    try:
        codec = codecs.lookup(label.lower()).name
        if codec.startswith(_DISTRUSTED):
            return None
        return data.decode(codec)
    except (LookupError, UnicodeDecodeError):  # unknown label, or not a text encoding
        return None
