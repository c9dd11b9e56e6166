"""Assessment's indicators for oversight: the request's rules here, the figures in one statement."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.kpis import CATALOGUE, AssessmentKpi, GroupBy, Indicator, indicator
from services.assessment.kpis import repository
from services.assessment.kpis.exceptions import KpiGroupUnsupported, KpiPeriodInverted, KpiSubjectUnsupported
from services.assessment.kpis.schemas import KpiGroupedReport, KpiReport
from services.assessment.reference.units import known_counties
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
            "assessment's indicators are the counties'; ask settlement for institutions'",
            errors=[
                FieldError(
                    field="query.group_by",
                    code="KPI_GROUP_UNSUPPORTED",
                    message="group_by=county: assessment reports per county",
                )
            ],
        )
    if institution_id is not None:
        raise KpiSubjectUnsupported(
            "assessment's indicators are the counties'; ask settlement for an institution's",
            errors=[
                FieldError(
                    field="query.institution_id",
                    code="KPI_SUBJECT_UNSUPPORTED",
                    message="leave institution_id out: assessment reports per county",
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
    known = await known_counties(session)
    principal.require_counties(county_codes, known=known, field="query.county_code")
    counties = list(dict.fromkeys(county_codes)) or sorted(known)
    groups = await repository.facts(session, counties, period_from, period_to, by_county=group_by is not None)
    if group_by is None:
        return KpiReport(
            service="assessment",
            county_codes=counties,
            period_from=period_from,
            period_to=period_to,
            institution_id=None,
            indicators=indicators(groups[""]),
        )
    return KpiGroupedReport(
        service="assessment",
        county_codes=counties,
        period_from=period_from,
        period_to=period_to,
        group_by=group_by,
        reports=[
            KpiReport(
                service="assessment",
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
    figures: dict[AssessmentKpi, tuple[int, int | None]] = {
        AssessmentKpi.ONSITE_VISITS_ON_TIME: (facts["visits_on_time"], facts["visits_due"]),
        AssessmentKpi.CONCLUSIONS_OVERTURNED: (facts["overturned"], facts["conclusions"]),
        AssessmentKpi.CONCLUSIONS_SPOT_CHECKED: (facts["spot_checked"], facts["conclusions"]),
        AssessmentKpi.APPLICATIONS_RECEIVED: (facts["received"], None),
        AssessmentKpi.LEVEL_3_IN_FORCE: (facts["level_3"], None),
        AssessmentKpi.LEVEL_4_IN_FORCE: (facts["level_4"], None),
        AssessmentKpi.LEVEL_5_IN_FORCE: (facts["level_5"], None),
        AssessmentKpi.EXPERTS_IN_POOL: (facts["experts"], None),
    }
    return [indicator("assessment", code, *figures[AssessmentKpi(code)]) for code in CATALOGUE["assessment"]]
