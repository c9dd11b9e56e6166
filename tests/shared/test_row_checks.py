"""Row checks in SQL: every check once per row into a codes array; error lines from the failed rows only."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from shared.row_checks import RowCheck, check_params, codes_array, failed, unnest_codes

CHECKS = (
    RowCheck("name", "CASE WHEN name IS NULL THEN 'REQUIRED' WHEN length(name) > 3 THEN 'TOO_LONG' END", "n"),
    RowCheck.when("age", "NOT_A_NUMBER", "age !~ '^[0-9]+$'", "a whole number"),
)


async def test_each_failed_check_is_one_error_line_of_its_row(session: AsyncSession) -> None:
    rows = (
        await session.execute(
            text(
                f"""
                WITH checked AS (
                    SELECT line, {codes_array(CHECKS)} AS codes
                      FROM (VALUES (1, 'ab', '7'), (2, NULL, 'x'), (3, 'abcd', NULL)) AS t(line, name, age)
                )
                SELECT line, x.field, x.code, x.message FROM checked, {unnest_codes()}
                 WHERE {failed()} AND x.code IS NOT NULL ORDER BY line, x.n
                """
            ),
            check_params(CHECKS),
        )
    ).all()
    # line 1 passes; a NULL condition (line 3's age) passes too
    assert [tuple(r) for r in rows] == [
        (2, "name", "REQUIRED", "n"),
        (2, "age", "NOT_A_NUMBER", "a whole number"),
        (3, "name", "TOO_LONG", "n"),
    ]
