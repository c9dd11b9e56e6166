"""Assessment's indicators for oversight: the request's rules here, the figures in one statement."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.ext.asyncio import AsyncSession

from contracts.kpis import CATALOGUE, AssessmentKpi, indicator
from services.assessment.kpis import repository
from services.assessment.kpis.exceptions import KpiPeriodInverted, KpiSubjectUnsupported
from services.assessment.kpis.schemas import KpiReport
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
) -> KpiReport:
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
    facts = await repository.facts(session, counties, period_from, period_to)
    figures = {
        AssessmentKpi.ONSITE_VISITS_ON_TIME: (facts["visits_on_time"], facts["visits_due"]),
        AssessmentKpi.CONCLUSIONS_OVERTURNED: (facts["overturned"], facts["conclusions"]),
        AssessmentKpi.CONCLUSIONS_SPOT_CHECKED: (facts["spot_checked"], facts["conclusions"]),
    }
    return KpiReport(
        service="assessment",
        county_codes=counties,
        period_from=period_from,
        period_to=period_to,
        institution_id=None,
        indicators=[
            indicator("assessment", code, *figures[AssessmentKpi(code)]) for code in CATALOGUE["assessment"]
        ],
    )
