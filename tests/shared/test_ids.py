"""Time-ordered ids for bulk statements: valid UUIDv7, in row order, the same from SQL and from Python."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from shared.ids import BulkIds


class TestBulkIds:
    async def test_sql_numbers_rows_into_version_7_ids_in_row_order(self, session: AsyncSession) -> None:
        ids = BulkIds.new()
        counters = [0, 1, 2, (1 << 20) - 1, 1 << 20, (1 << 32) - 1]
        rows = (
            await session.execute(
                text(f"SELECT {BulkIds.sql('n')} FROM unnest(cast(:ns AS bigint[])) AS n"),
                {**ids.params, "ns": counters},
            )
        ).scalars()
        made = list(rows)
        assert made == [ids.id(n) for n in counters]
        assert made == sorted(made)
        assert {(u.version, u.variant) for u in made} == {(7, uuid.RFC_4122)}
        assert all(u.int >> 80 == ids.unix_ms for u in made)

    @given(st.integers(0, (1 << 32) - 1), st.integers(0, (1 << 32) - 1))
    def test_different_counters_never_share_an_id(self, a: int, b: int) -> None:
        ids = BulkIds(unix_ms=1_800_000_000_000, salt=12345)
        assert (ids.id(a) == ids.id(b)) == (a == b)
        assert (ids.id(a) < ids.id(b)) == (a < b)

    def test_a_counter_beyond_32_bits_is_refused(self) -> None:
        with pytest.raises(ValueError, match=r"2\^32"):
            BulkIds.new().id(1 << 32)
