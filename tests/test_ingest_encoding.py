"""Decoding article bytes (marsad.ingest.encoding)."""
from __future__ import annotations

import codecs
import random

import pytest

from marsad.errors import InputError
from marsad.ingest import decode_bytes

ARTICLE = (
    "وزير الخارجية المصري يزور الخرطوم\n"
    "وصل وزير الخارجية المصري، صباح الأحد، إلى العاصمة السودانية الخرطوم في زيارة تستغرق يومين، "
    "يلتقي خلالها كبار المسؤولين لبحث الأوضاع الأمنية على الحدود بين البلدين.\n"
    "وقال المتحدث باسم الوزارة إن الزيارة تأتي في إطار التشاور المستمر، وإن الجانبين سيبحثان "
    "ملف مياه النيل والتعاون الاقتصادي.\n"
)
# Texts without ف ق ك ـ: their Windows-1256 bytes are also valid ISO-8859-6, so the decoder
# has to choose by which reading is plausible Arabic, not by which one fails.
AMBIGUOUS = [
    "هذا هو الأمل الذي انتظره الشعب منذ سنوات",
    "أعلن الرئيس أن الحوار مع المعارضة سيبدأ الأسبوع المقبل",
    "التقى الوزير بنظيره الأردني في عمان",
]


@pytest.mark.parametrize("text", [ARTICLE, "خبر قصير.", "المغرب"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "cp1256", "iso8859_6"])
def test_round_trip(text: str, encoding: str) -> None:
    data = text.encode(encoding, errors="strict")
    assert decode_bytes(data, "x.txt") == text


@pytest.mark.parametrize("text", AMBIGUOUS)
@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_legacy_code_pages_told_apart(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    both_decode = True
    for other in ("cp1256", "iso8859_6"):
        try:
            data.decode(other)
        except UnicodeDecodeError:
            both_decode = False
    if encoding == "iso8859_6":
        assert both_decode  # every ISO-8859-6 byte is also a Windows-1256 byte
    assert decode_bytes(data, "x") == text


def test_at_least_one_ambiguous_case_is_really_ambiguous() -> None:
    text = AMBIGUOUS[0]
    data = text.encode("cp1256")
    assert data.decode("iso8859_6") != text  # decodes, but to the wrong letters
    assert decode_bytes(data, "x") == text


def test_bom_stripped_and_line_ends_normalised() -> None:
    data = codecs.BOM_UTF8 + "سطر أول\r\nسطر ثان\rسطر ثالث".encode("utf-8")
    assert decode_bytes(data, "x") == "سطر أول\nسطر ثان\nسطر ثالث"


def test_utf16_without_bom_both_byte_orders() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(ARTICLE.encode(codec), "x") == ARTICLE


def test_utf8_with_one_broken_byte_is_kept() -> None:
    data = ARTICLE.encode("utf-8")[:-1] + b"\xd8"  # a file cut inside a character
    out = decode_bytes(data, "x")
    assert out.startswith("وزير الخارجية") and out.endswith("\ufffd")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u00a0 \n".encode("utf-8"), codecs.BOM_UTF8])
def test_empty_refused(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^in\.txt: empty input"):
        decode_bytes(data, "in.txt")


def test_binary_refused() -> None:
    rnd = random.Random(7)
    blob = bytes(rnd.randrange(256) for _ in range(4000))
    with pytest.raises(InputError, match=r"^blob\.bin: binary data"):
        decode_bytes(blob, "blob.bin")
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(0, 64)) * 4
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(png, "image.png")


def test_control_characters_refused() -> None:
    data = ("نص" + "\x01\x02\x03\x04\x05") * 50
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(data.encode("utf-8"), "x")


@pytest.mark.parametrize("encoding,text", [
    ("gbk", "这是一个用于测试编码检测的中文文本，它不是阿拉伯语。" * 3),
    ("shift_jis", "これは文字コードの判定を試すための日本語の文章です。" * 3),
    ("koi8_r", "Это русский текст для проверки определения кодировки, он не арабский. " * 3),
])
def test_other_encodings_refused(encoding: str, text: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(text.encode(encoding), "foreign.txt")
    message = str(err.value)
    assert message == "foreign.txt: cannot decode the text: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6"
    assert "\n" not in message


def test_bad_utf16_with_bom_refused() -> None:
    data = codecs.BOM_UTF16_LE + b"\x00\xd8\x41"  # lone surrogate, odd length
    with pytest.raises(InputError, match="UTF-16"):
        decode_bytes(data, "x")


def test_latin_text_passes() -> None:
    assert decode_bytes(b"Plain English news text.", "x") == "Plain English news text."
    assert decode_bytes("Le ministre a déclaré".encode("cp1256"), "x") == "Le ministre a déclaré"
