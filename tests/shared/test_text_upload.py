"""Uploads are read in the character set they declare — UTF-8 (with or without a byte-order mark) unless
they say GBK / GB18030 — whatever the chunks the body arrives in; nothing is guessed: a line that is not text
in the declared set is named, and an undeclared GBK file is told how to declare itself."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.errors import Unprocessable
from shared.text_upload import (
    MAX_LINE_BYTES,
    UploadDecoder,
    copy_encoding_error,
    declared_encoding,
    utf8_lines,
)

COMMON = "张三李四王五欧阳娜娜记录护理员甲乙丙丁微信温州鹿城瑞安老人家庭床位上门服务评估专家医生护士"


def gbk_unlike_utf8(char: str) -> bool:
    """A character whose GBK bytes cannot start a UTF-8 sequence (so a line with it is told apart)."""
    first, second = char.encode("gbk")
    return not (0xC2 <= first <= 0xF4 and 0x80 <= second <= 0xBF)


CJK = [c for c in COMMON if gbk_unlike_utf8(c)]
lines_st = st.lists(
    st.text(alphabet=st.sampled_from([*"abc,;-_ 0123456789", *CJK]), max_size=30), min_size=1, max_size=30
)


async def chunked(body: bytes, cuts: list[int]) -> AsyncIterator[bytes]:
    at = 0
    for cut in sorted({min(c, len(body)) for c in cuts}):
        yield body[at:cut]
        at = cut
    yield body[at:]


async def read(body: bytes, cuts: list[int], check: bool = True, declared: str = "utf-8") -> bytes:
    decoder = UploadDecoder(declared_encoding(declared))
    return b"".join([block async for block in utf8_lines(chunked(body, cuts), decoder, check=check)])


# (how the file was saved, what the upload declares)
SAVED_AND_DECLARED = [("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("gbk", "gbk"), ("gb18030", "gb18030")]


@settings(max_examples=200, deadline=None)
@given(
    lines=lines_st,
    saved=st.sampled_from(SAVED_AND_DECLARED),
    cuts=st.lists(st.integers(0, 2000)),
    check=st.booleans(),
)
async def test_any_declared_file_in_any_chunks_reads_as_its_text(
    lines: list[str], saved: tuple[str, str], cuts: list[int], check: bool
) -> None:
    text = "\n".join(lines) + "\n"
    assert await read(text.encode(saved[0]), cuts, check, saved[1]) == text.encode()


@settings(max_examples=100, deadline=None)
@given(lines=lines_st, saved=st.sampled_from(SAVED_AND_DECLARED[1:3]))
def test_whole_line_blocks_read_as_text(lines: list[str], saved: tuple[str, str]) -> None:
    decoder = UploadDecoder(declared_encoding(saved[1]))
    body = ("\n".join(lines) + "\n").encode(saved[0])
    half = body.find(b"\n", len(body) // 2) + 1
    assert decoder.text(body[:half]) + decoder.text(body[half:]) == "\n".join(lines) + "\n"


async def test_a_utf8_file_passes_as_it_came() -> None:
    body = "id,name\n1,张三\n".encode()
    blocks = [block async for block in utf8_lines(chunked(body, []))]
    assert blocks == [body]


async def test_unchecked_utf8_chunks_pass_unread_once_the_file_is_known_to_be_utf8() -> None:
    body = "id,name\n1,张三\n".encode() + b"2,\xff\n"  # the reader (COPY) names the bad line
    blocks = [block async for block in utf8_lines(chunked(body, [3, 17]), check=False)]
    assert b"".join(blocks) == body
    assert blocks[-1] == body[17:]


def test_copys_error_context_names_the_line() -> None:
    error = copy_encoding_error("COPY import_lines_0123, line 42")
    assert (error.code, error.extra["line"]) == ("ENCODING_INVALID", 42)


async def test_a_gbk_line_after_utf8_ones_is_named() -> None:
    body = "a\n张三\n".encode() + "李四\n".encode("gbk")
    with pytest.raises(Unprocessable) as caught:
        await read(body, [9])
    assert (caught.value.code, caught.value.extra["line"]) == ("ENCODING_INVALID", 3)
    assert "not UTF-8" in str(caught.value.detail)


async def test_an_undeclared_gbk_file_is_not_guessed_but_told_how_to_declare_itself() -> None:
    body = "id,name\n1,张三\n".encode("gbk")
    with pytest.raises(Unprocessable) as caught:
        await read(body, [])
    assert (caught.value.code, caught.value.extra["line"]) == ("ENCODING_INVALID", 2)
    assert "charset=gb18030" in str(caught.value.detail)


async def test_a_line_that_is_not_the_declared_gb18030_is_named() -> None:
    with pytest.raises(Unprocessable) as caught:
        await read("a\n张三\n".encode("gbk") + b"\x80\xff\n", [], declared="gb18030")
    assert (caught.value.code, caught.value.extra["line"]) == ("ENCODING_INVALID", 3)
    assert "GB18030" in str(caught.value.detail)


async def test_a_utf8_byte_order_mark_in_a_file_declared_gbk_is_refused() -> None:
    with pytest.raises(Unprocessable) as caught:
        await read(b"\xef\xbb\xbf" + "id\n张三\n".encode(), [], declared="gbk")
    assert (caught.value.code, caught.value.extra["line"]) == ("ENCODING_INVALID", 1)


@pytest.mark.parametrize(
    ("declared", "read_as"),
    [(None, "utf-8"), ("UTF-8", "utf-8"), ("utf8", "utf-8"), ("GBK", "gb18030"), ('"gb2312"', "gb18030")],
)
def test_declared_character_sets(declared: str | None, read_as: str) -> None:
    assert declared_encoding(declared) == read_as


def test_another_declared_character_set_is_unsupported() -> None:
    with pytest.raises(Unprocessable) as caught:
        declared_encoding("latin-1")
    assert caught.value.code == "ENCODING_UNSUPPORTED"


async def test_utf16_is_refused() -> None:
    with pytest.raises(Unprocessable) as caught:
        await read("id,name\n".encode("utf-16"), [])
    assert caught.value.code == "ENCODING_UNSUPPORTED"


async def test_a_line_longer_than_the_limit_is_refused_not_held() -> None:
    async def endless_line() -> AsyncIterator[bytes]:
        yield b"id\n"
        while True:
            yield b"x" * (1 << 20)

    with pytest.raises(Unprocessable) as caught:
        async for _ in utf8_lines(endless_line()):
            pass
    assert (caught.value.code, caught.value.extra["line"]) == ("LINE_TOO_LONG", 2)
    assert MAX_LINE_BYTES >= 1 << 20
