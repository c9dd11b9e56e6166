"""Enrollment's indicators for oversight: the request's rules here, the figures in one statement."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.kpis import CATALOGUE, EnrollmentKpi, GroupBy, Indicator, indicator
from services.enrollment.counties.repository import known_codes
from services.enrollment.kpis import repository
from services.enrollment.kpis.exceptions import KpiGroupUnsupported, KpiPeriodInverted, KpiSubjectUnsupported
from services.enrollment.kpis.schemas import KpiGroupedReport, KpiReport
from shared.errors import FieldError
from shared.principal import Principal


async def report(
    session: AsyncSession,
    principal: Principal,
    county_codes: list[str],
    period_from: dt.date,
    period_to: dt.date,
    institution_id: str | None,
    group_by: GroupBy | None = None,
) -> KpiReport | KpiGroupedReport:
    if group_by == "institution":
        raise KpiGroupUnsupported(
            "enrollment's indicators are the counties'; ask settlement for institutions'",
            errors=[
                FieldError(
                    field="query.group_by",
                    code="KPI_GROUP_UNSUPPORTED",
                    message="group_by=county: enrollment reports per county",
                )
            ],
        )
    if institution_id is not None:
        raise KpiSubjectUnsupported(
            "enrollment's indicators are the counties'; ask settlement for an institution's",
            errors=[
                FieldError(
                    field="query.institution_id",
                    code="KPI_SUBJECT_UNSUPPORTED",
                    message="leave institution_id out: enrollment reports per county",
                )
            ],
        )
    if period_to < period_from:
        raise KpiPeriodInverted(
            f"period_to {period_to} is before period_from {period_from}",
            errors=[
                FieldError(
                    field="query.period_to", code="KPI_PERIOD_INVERTED", message="on or after period_from"
                )
            ],
        )
    known = await known_codes(session)
    principal.require_counties(county_codes, known=known, field="query.county_code")
    counties = list(dict.fromkeys(county_codes)) or sorted(known)
    groups = await repository.facts(session, counties, period_from, period_to, by_county=group_by is not None)
    if group_by is None:
        return KpiReport(
            service="enrollment",
            county_codes=counties,
            period_from=period_from,
            period_to=period_to,
            institution_id=None,
            indicators=indicators(groups[""]),
        )
    return KpiGroupedReport(
        service="enrollment",
        county_codes=counties,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by,
        reports=[
            KpiReport(
                service="enrollment",
                county_codes=[county],
                period_from=period_from,
                period_to=period_to,
                institution_id=None,
                indicators=indicators(facts),
            )
            for county, facts in groups.items()
        ],
    )


def indicators(facts: dict[str, int]) -> list[Indicator]:
    """The catalogue's indicators from one group's facts."""
    figures = {
        EnrollmentKpi.INSURED_VS_TARGET_ASSURED: (facts["insured"], facts["target_assured"]),
        EnrollmentKpi.INSURED_VS_TARGET_STRETCH: (facts["insured"], facts["target_stretch"]),
        EnrollmentKpi.CONTRIBUTIONS_PAID_BY_DUE_DATE: (facts["paid_by_due"], facts["due"]),
        EnrollmentKpi.CONTRIBUTIONS_PAID_BY_GRACE_END: (facts["paid_by_grace"], facts["due"]),
        EnrollmentKpi.ENROLLMENT_IMPORT_ROWS_FAILED: (facts["rows_failed"], facts["rows_total"]),
        EnrollmentKpi.CONTRIBUTIONS_COLLECTED_YEAR_TO_DATE: (facts["year_paid"], facts["year_due"]),
    }
    return [indicator("enrollment", code, *figures[EnrollmentKpi(code)]) for code in CATALOGUE["enrollment"]]
