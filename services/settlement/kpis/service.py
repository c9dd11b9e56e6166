"""Settlement's indicators for oversight: the request's rules here, the figures in one statement (grouped
by county or institution when asked)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.kpis import CATALOGUE, GroupBy, Indicator, SettlementKpi, indicator
from services.settlement.kpis import repository
from services.settlement.kpis.exceptions import KpiGroupUnsupported, KpiInstitutionUnknown, KpiPeriodInverted
from services.settlement.kpis.schemas import KpiGroupedReport, KpiReport
from services.settlement.reference.units import known_counties
from shared.errors import FieldError
from shared.principal import Principal


def indicators(f: dict[str, int]) -> list[Indicator]:
    """The catalogue's indicators from one group's facts."""
    figures = {
        SettlementKpi.SAMPLED_RECORDS_FIRST_REVIEWED: (f["first_reviewed"], f["sampled"]),
        SettlementKpi.SAMPLED_RECORDS_SECOND_REVIEWED: (f["second_reviewed"], f["sampled"]),
        SettlementKpi.SETTLEMENT_DAYS_AFTER_MONTH_END: (f["month_days"], f["months"]),
        SettlementKpi.PAYOUT_LAG_DAYS: (f["payout_days"], f["payouts"]),
        SettlementKpi.DISPUTE_TURNAROUND_DAYS: (f["dispute_days"], f["disputes"]),
        SettlementKpi.DISPUTES_UPHELD: (f["disputes_upheld"], f["disputes"]),
        SettlementKpi.RECORDS_CUT_BY_CHECKS: (f["records_cut"], f["records_checked"]),
        SettlementKpi.CLAIMED_FEN_CUT_BY_CHECKS: (f["deducted_fen"], f["claimed_fen"]),
        SettlementKpi.RECORD_IMPORT_ROWS_REJECTED: (f["rows_rejected"], f["rows_total"]),
    }
    return [indicator("settlement", code, *figures[SettlementKpi(code)]) for code in CATALOGUE["settlement"]]


async def report(
    session: AsyncSession,
    principal: Principal,
    county_codes: list[str],
    period_from: dt.date,
    period_to: dt.date,
    institution_id: str | None,
    group_by: GroupBy | None = None,
) -> KpiReport | KpiGroupedReport:
    if period_to < period_from:
        raise KpiPeriodInverted(
            f"period_to {period_to} is before period_from {period_from}",
            errors=[
                FieldError(
                    field="query.period_to", code="KPI_PERIOD_INVERTED", message="on or after period_from"
                )
            ],
        )
    if group_by is not None and institution_id is not None:
        raise KpiGroupUnsupported(
            "group_by answers every county or institution: leave institution_id out",
            errors=[
                FieldError(
                    field="query.group_by",
                    code="KPI_GROUP_UNSUPPORTED",
                    message="either group_by or institution_id",
                )
            ],
        )
    known = await known_counties(session)
    principal.require_counties(county_codes, known=known, field="query.county_code")
    counties = list(dict.fromkeys(county_codes)) or sorted(known)
    if institution_id is not None and not await repository.institution_exists(session, institution_id):
        raise KpiInstitutionUnknown(
            f"no institution {institution_id}",
            errors=[
                FieldError(
                    field="query.institution_id",
                    code="KPI_INSTITUTION_UNKNOWN",
                    message="an institution registered with settlement",
                )
            ],
        )
    if group_by is None:
        (one,) = await repository.facts(session, counties, period_from, period_to, institution_id)
        return KpiReport(
            service="settlement",
            county_codes=counties,
            period_from=period_from,
            period_to=period_to,
            institution_id=institution_id,
            indicators=indicators(one.facts),
        )
    groups = await repository.facts(session, counties, period_from, period_to, None, group_by)
    return KpiGroupedReport(
        service="settlement",
        county_codes=counties,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by,
        reports=[
            KpiReport(
                service="settlement",
                county_codes=[g.county] if g.county is not None else counties,
                period_from=period_from,
                period_to=period_to,
                institution_id=g.key if group_by == "institution" else None,
                indicators=indicators(g.facts),
            )
            for g in groups
        ],
    )
