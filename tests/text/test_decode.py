"""kg.text.decode: encodings found and verified; non-text files refused with the path named."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg._exceptions import BinaryDocument, EmptyDocument, UndecodableDocument
from kg.text.decode import decode

DEV = Path("/work/shared/corpus/dev")
SIMPLIFIED = "长兴县战略性新兴产业集群高质量发展，产值达300.9亿元。"
TRADITIONAL = "長興縣戰略性新興產業集群高質量發展，產值達300.9億元。"
GB2312_PAGE = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
    f"<body><p>{SIMPLIFIED}</p></body></html>"
)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
        (b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
        (SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gbk"),
        ("𠮷野家，产业".encode("gb18030"), "𠮷野家，产业", "gb18030"),
        (TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
        (GB2312_PAGE.encode("gbk"), GB2312_PAGE, "gbk"),
    ],
    ids=["utf-8", "utf-8-bom", "gbk", "gb18030", "big5", "html-meta-gb2312"],
)
def test_decodes(data: bytes, text: str, encoding: str) -> None:
    decoded = decode(data, "x.txt")
    assert (decoded.text, decoded.encoding) == (text, encoding)


@pytest.mark.parametrize(
    "name", ["01_huangshi_wuhan_investment_fair.html", "02_yangxin_cement_project_groundbreaking.html"]
)
def test_dev_html_pages_are_gbk(name: str) -> None:
    decoded = decode((DEV / name).read_bytes(), name)
    assert decoded.encoding == "gbk"
    assert "娲石集团" in decoded.text


@pytest.mark.parametrize(
    ("data", "error", "problem"),
    [
        (b"", EmptyDocument, "empty file"),
        (b"   \n\t\r\n", EmptyDocument, "only whitespace"),
        (b"\xef\xbb\xbf \n", EmptyDocument, "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryDocument, "PNG"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", BinaryDocument, "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", BinaryDocument, "ZIP"),
        (b"\x13\x99ab\x00\xfe\x07\x00\x11random", BinaryDocument, "NUL byte at offset 4"),
        (bytes(range(1, 32)) * 4 + b"text", BinaryDocument, "control characters"),
        (b"abc \xff\xfe\xfd \xff\xff plain", UndecodableDocument, "first bad byte at offset 4"),
    ],
    ids=["empty", "whitespace", "bom-whitespace", "png", "pdf", "zip", "nul", "controls", "undecodable"],
)
def test_refuses(data: bytes, error: type[Exception], problem: str) -> None:
    with pytest.raises(error) as caught:
        decode(data, "seeds/x.txt")
    message = str(caught.value)
    assert message.startswith("seeds/x.txt: ")
    assert problem in message


def test_undecodable_message_names_all_families() -> None:
    expected = r"^seeds/x\.txt: cannot decode: not UTF-8, GB18030 or Big5 \(first bad byte at offset 0\)$"
    with pytest.raises(UndecodableDocument, match=expected):
        decode(b"\xff\xff\xff\xff", "seeds/x.txt")


def test_wrong_declaration_is_verified_not_trusted() -> None:
    page = '<meta charset="big5"><p>产业集群</p>'.encode("utf-8")
    assert decode(page).encoding == "utf-8"


def test_error_without_path_says_input() -> None:
    with pytest.raises(EmptyDocument, match=r"^<input>: "):
        decode(b"")
