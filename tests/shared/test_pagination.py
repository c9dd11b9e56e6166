"""Keyset pagination over a real query: every row once, in order, whatever the page size."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import County
from shared.errors import Unprocessable
from shared.pagination import PageParams, decode_cursor, encode_cursor, paginate


@pytest.mark.parametrize("limit", [1, 4, 12, 13, 50])
async def test_pages_cover_every_row_once_in_order(session: AsyncSession, limit: int) -> None:
    seen: list[str] = []
    cursor: str | None = None
    while True:
        rows, cursor = await paginate(
            session,
            select(County),
            [County.code],
            PageParams(limit=limit, cursor=cursor),
            key=lambda c: [c.code],
        )
        seen.extend(c.code for c in rows)
        assert len(rows) <= limit
        if cursor is None:
            break
    assert len(seen) == 13
    assert seen == sorted(seen)


async def test_descending_pages(session: AsyncSession) -> None:
    first, cursor = await paginate(
        session,
        select(County),
        [County.code],
        PageParams(limit=10, cursor=None),
        key=lambda c: [c.code],
        descending=True,
    )
    rest, end = await paginate(
        session,
        select(County),
        [County.code],
        PageParams(limit=10, cursor=cursor),
        key=lambda c: [c.code],
        descending=True,
    )
    codes = [c.code for c in first + rest]
    assert codes == sorted(codes, reverse=True)
    assert len(codes) == 13
    assert end is None


def test_cursors_round_trip_dates_and_instants() -> None:
    values = [dt.date(2022, 5, 19), dt.datetime(2022, 5, 19, 8, 0, tzinfo=dt.UTC), 7, "330302"]
    assert decode_cursor(encode_cursor(values), 4) == values


@pytest.mark.parametrize("cursor", ["!!!", "bm90IGpzb24", encode_cursor([1, 2])])
def test_a_foreign_cursor_is_a_422(cursor: str) -> None:
    with pytest.raises(Unprocessable) as caught:
        decode_cursor(cursor, 1)
    assert caught.value.code == "INVALID_CURSOR"


@pytest.mark.parametrize(
    ("column", "forged"),
    [("code", [123]), ("code", [None]), ("code", [True]), ("id", ["abc"]), ("id", [10**30]), ("id", [1.5])],
)
async def test_a_forged_cursor_value_is_a_422_not_a_database_error(
    session: AsyncSession, column: str, forged: list[object]
) -> None:
    from services.gateway.models import AuditEvent

    order = County.code if column == "code" else AuditEvent.id
    table = County if column == "code" else AuditEvent
    with pytest.raises(Unprocessable) as caught:
        await paginate(
            session,
            select(table),
            [order],
            PageParams(limit=5, cursor=encode_cursor(forged)),
            key=lambda r: [r],
        )
    assert caught.value.code == "INVALID_CURSOR"
