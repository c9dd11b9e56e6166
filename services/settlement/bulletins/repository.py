"""The bulletin's SQL: its targets, and settlement's own figures per county for a quarter in one statement
(ledger, settled runs, institutions, caregivers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import LICENSED_CATEGORIES, BulletinTarget

_FIGURES = text("""
WITH counties AS (SELECT u.code FROM unnest(CAST(:counties AS text[])) AS u(code)
), ledger AS (     -- the quarter's expense by account, balances at its end
    SELECT l.county_code, l.account,
           sum(l.amount_fen) AS balance,
           coalesce(sum(l.amount_fen) FILTER (WHERE t.posted_on >= :q0 AND t.kind <> 'annual_clearing'), 0)
               AS quarter
      FROM settlement.ledger_legs l JOIN settlement.ledger_transactions t ON t.id = l.transaction_id
     WHERE t.posted_on <= :q1 AND l.county_code = ANY(CAST(:counties AS text[]))
     GROUP BY 1, 2
), ledger_by_county AS (
    SELECT county_code,
           jsonb_object_agg(account, jsonb_build_array(balance, quarter)) AS accounts
      FROM ledger GROUP BY 1
), paid AS (       -- persons the quarter's settled runs paid for
    SELECT run.county_code, count(DISTINCT r.person_id) AS persons
      FROM settlement.settlement_runs run
      JOIN settlement.service_record_checks x ON x.run_id = run.id AND x.fund_fen > 0
      JOIN settlement.service_records r ON r.id = x.record_id
     WHERE run.county_code = ANY(CAST(:counties AS text[])) AND run.status = 'settled'
       AND run.month BETWEEN :q0 AND :q1
     GROUP BY 1
), contracted AS ( -- institutions by kind whose agreement is in force on the day
    SELECT i.county_code, jsonb_object_agg(i.kind, i.n) AS by_kind
      FROM (SELECT county_code, kind, count(*) AS n FROM settlement.institutions
             WHERE county_code = ANY(CAST(:counties AS text[])) AND status = 'active'
               AND agreement_from <= :q1 AND agreement_to >= :q1
             GROUP BY 1, 2) i
     GROUP BY 1
), trained AS (    -- caregivers licensed on their licence, or holding a certificate valid on the day
    SELECT i.county_code, count(*) AS n
      FROM settlement.caregivers cg JOIN settlement.institutions i ON i.id = cg.institution_id
     WHERE i.county_code = ANY(CAST(:counties AS text[])) AND cg.qualified_until >= :q1
       AND ((cg.category = ANY(CAST(:licensed AS text[])) AND cg.licence_number IS NOT NULL)
            OR EXISTS (SELECT 1 FROM settlement.caregiver_certificates c
                        WHERE c.holder_id_number = cg.id_number AND c.status = 'valid'
                          AND c.issued_on <= :q1 AND c.valid_until >= :q1))
     GROUP BY 1
)
SELECT c.code AS county_code, coalesce(l.accounts, '{}'::jsonb) AS accounts,
       coalesce(p.persons, 0) AS beneficiaries, coalesce(k.by_kind, '{}'::jsonb) AS institutions,
       coalesce(t.n, 0) AS caregivers_trained
  FROM counties c
  LEFT JOIN ledger_by_county l ON l.county_code = c.code LEFT JOIN paid p ON p.county_code = c.code
  LEFT JOIN contracted k ON k.county_code = c.code LEFT JOIN trained t ON t.county_code = c.code
 ORDER BY c.code
""")

_CONTRACTED_ON = text("""
SELECT county_code, count(*) FROM settlement.institutions
 WHERE county_code = ANY(CAST(:counties AS text[])) AND status = 'active'
   AND kind = ANY(CAST(:kinds AS text[])) AND agreement_from <= :day AND agreement_to >= :day
 GROUP BY 1
""")


async def figures(
    session: AsyncSession, counties: list[str], q0: dt.date, q1: dt.date
) -> dict[str, dict[str, Any]]:
    """County → settlement's own figures of the quarter ``q0``–``q1``."""
    params = {"counties": counties, "q0": q0, "q1": q1, "licensed": list(LICENSED_CATEGORIES)}
    rows = (await session.execute(_FIGURES, params)).mappings().all()
    return {row["county_code"]: dict(row) for row in rows}


async def contracted_on(
    session: AsyncSession, counties: list[str], kinds: list[str], day: dt.date
) -> dict[str, int]:
    """County → institutions of ``kinds`` whose agreement is in force on ``day``."""
    rows = await session.execute(_CONTRACTED_ON, {"counties": counties, "kinds": kinds, "day": day})
    return {county: int(n) for county, n in rows.all()}


async def targets(session: AsyncSession) -> Sequence[BulletinTarget]:
    """Every version, each code's latest first."""
    stmt = select(BulletinTarget).order_by(BulletinTarget.code, BulletinTarget.version.desc())
    return (await session.scalars(stmt)).all()


async def latest(session: AsyncSession) -> dict[str, BulletinTarget]:
    latest: dict[str, BulletinTarget] = {}
    for target in await targets(session):
        latest.setdefault(target.code, target)
    return latest


async def lock_code(session: AsyncSession, code: str) -> BulletinTarget | None:
    """The latest version of ``code``, its row locked so two new versions cannot take one number."""
    stmt = (
        select(BulletinTarget)
        .where(BulletinTarget.code == code)
        .order_by(BulletinTarget.version.desc())
        .limit(1)
        .with_for_update()
    )
    return (await session.scalars(stmt)).first()


async def max_version(session: AsyncSession, code: str) -> int:
    """The highest version of ``code`` (read after :func:`lock_code`: a version made meanwhile is seen)."""
    found = await session.scalar(select(func.max(BulletinTarget.version)).where(BulletinTarget.code == code))
    return int(found or 0)
