"""The internal KPI endpoints: raw facts each service knows, for oversight's performance evaluations.

``GET /internal/kpis?county_code=…&county_code=…&period_from=YYYY-MM-DD&period_to=YYYY-MM-DD``
(``&institution_id=…``) on enrollment, assessment and settlement, signed as a service (like
``/internal/events``; any other caller is refused). The answer is a :class:`KpiReport`: one
:class:`Indicator` per code of the service's catalogue (:data:`CATALOGUE`), always all of them and in the
catalogue's order. The figures are raw facts, summed over the counties asked for; no indicator judges them
(no threshold, no score): the evaluation scheme does.

``&group_by=county`` (all three) or ``&group_by=institution`` (settlement) answers a
:class:`KpiGroupedReport` instead: one report per group, computed in one grouped pass, each equal to the
report the ungrouped call answers for that group alone. By county: one report per county asked (all 13 when
none), ``county_codes`` that county. By institution: one report per institution registered with settlement
in the counties asked, its figures within its own county (``county_codes`` that county, ``institution_id``
the institution) — exactly what ``county_code=<its county>&institution_id=<it>`` answers, which is how an
institution is evaluated. A ratio is ``numerator / denominator``; an average is
a total (``numerator``) over a count (``denominator``); a denominator of 0 means there was nothing to
measure.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

KPI_PATH = "/internal/kpis"
"""The path of the KPI endpoint on each of :data:`KPI_SERVICES`."""

Unit = Literal["ratio", "fen", "days", "count"]
GroupBy = Literal["county", "institution"]
KpiService = Literal["enrollment", "assessment", "settlement"]
KPI_SERVICES: tuple[KpiService, ...] = ("enrollment", "assessment", "settlement")


class Indicator(BaseModel):
    """One computed indicator: a numerator and (for ratios and averages) its denominator."""

    model_config = ConfigDict(frozen=True)

    code: str = Field(description="the indicator's code in its service's catalogue")
    numerator: int = Field(description="the count, the fen, or the total of days")
    denominator: int | None = Field(
        description="what the numerator is measured against (a ratio's base, an average's count); "
        "null for a plain count or sum; 0 when there was nothing to measure"
    )
    unit: Unit = Field(description="`ratio` n/d, `fen` money, `days` a total of days over d, `count`")
    description: str = Field(description="what is counted, from which facts")


class KpiReport(BaseModel):
    """What one service answers on ``GET /internal/kpis``."""

    service: KpiService
    county_codes: list[str] = Field(description="the counties summed over, as asked (all 13 when none)")
    period_from: dt.date
    period_to: dt.date
    institution_id: str | None = Field(description="settlement only: the institution the figures are of")
    indicators: list[Indicator]


class KpiGroupedReport(BaseModel):
    """What one service answers on ``GET /internal/kpis?…&group_by=…``: a report per group."""

    service: KpiService
    county_codes: list[str] = Field(description="the counties asked for (all 13 when none)")
    period_from: dt.date
    period_to: dt.date
    group_by: GroupBy = Field(description="`county` or `institution` (settlement only)")
    reports: list[KpiReport] = Field(
        description="one report per county asked, or per institution registered in them, ordered by code "
        "or id; each equal to the ungrouped report of that county (of that institution in its county)"
    )


class EnrollmentKpi(StrEnum):
    INSURED_VS_TARGET_ASSURED = "insured_vs_target_assured"
    INSURED_VS_TARGET_STRETCH = "insured_vs_target_stretch"
    CONTRIBUTIONS_PAID_BY_DUE_DATE = "contributions_paid_by_due_date"
    CONTRIBUTIONS_PAID_BY_GRACE_END = "contributions_paid_by_grace_end"
    ENROLLMENT_IMPORT_ROWS_FAILED = "enrollment_import_rows_failed"
    CONTRIBUTIONS_COLLECTED_YEAR_TO_DATE = "contributions_collected_year_to_date"


class AssessmentKpi(StrEnum):
    ONSITE_VISITS_ON_TIME = "onsite_visits_on_time"
    CONCLUSIONS_OVERTURNED = "conclusions_overturned"
    CONCLUSIONS_SPOT_CHECKED = "conclusions_spot_checked"
    APPLICATIONS_RECEIVED = "applications_received"
    LEVEL_3_IN_FORCE = "level_3_in_force"
    LEVEL_4_IN_FORCE = "level_4_in_force"
    LEVEL_5_IN_FORCE = "level_5_in_force"
    EXPERTS_IN_POOL = "experts_in_pool"


class SettlementKpi(StrEnum):
    SAMPLED_RECORDS_FIRST_REVIEWED = "sampled_records_first_reviewed"
    SAMPLED_RECORDS_SECOND_REVIEWED = "sampled_records_second_reviewed"
    SETTLEMENT_DAYS_AFTER_MONTH_END = "settlement_days_after_month_end"
    PAYOUT_LAG_DAYS = "payout_lag_days"
    DISPUTE_TURNAROUND_DAYS = "dispute_turnaround_days"
    DISPUTES_UPHELD = "disputes_upheld"
    RECORDS_CUT_BY_CHECKS = "records_cut_by_checks"
    CLAIMED_FEN_CUT_BY_CHECKS = "claimed_fen_cut_by_checks"
    RECORD_IMPORT_ROWS_REJECTED = "record_import_rows_rejected"


class KpiSpec(BaseModel):
    """A catalogue entry: the unit and the meaning of one code."""

    model_config = ConfigDict(frozen=True)

    unit: Unit
    description: str


def _spec(unit: Unit, description: str) -> KpiSpec:
    return KpiSpec(unit=unit, description=" ".join(description.split()))


E, A, S = EnrollmentKpi, AssessmentKpi, SettlementKpi

CATALOGUE: dict[KpiService, dict[str, KpiSpec]] = {
    "enrollment": {
        E.INSURED_VS_TARGET_ASSURED: _spec(
            "ratio",
            """persons insured on `period_to` (enrolled by then, status `insured` on that day, in the county
            they belonged to that day) over the counties' 确保数 (seed 003 annex 2: the target of the latest
            year not after `period_to`; 0 when no year is known)""",
        ),
        E.INSURED_VS_TARGET_STRETCH: _spec(
            "ratio",
            """persons insured on `period_to`, as above, over the counties' 力争数 (seed 003 annex 2)""",
        ),
        E.CONTRIBUTIONS_PAID_BY_DUE_DATE: _spec(
            "ratio",
            """fen applied to contribution bills due in the period by payments made on or before the bill's
            `due_on`, over the fen due on those bills (both halves)""",
        ),
        E.CONTRIBUTIONS_PAID_BY_GRACE_END: _spec(
            "ratio",
            """as above, counting payments made until the end of the grace period of the bill year's
            contribution policy (`due_on` + `grace_period_days`)""",
        ),
        E.ENROLLMENT_IMPORT_ROWS_FAILED: _spec(
            "ratio",
            """rows failed over rows sent, in person and payment imports finished in the period (Asia/Shanghai
            dates) by clients of the counties asked for (an import sent by a city-wide client names no
            county and is not counted; grouped by county, an import naming several counts in each)""",
        ),
        E.CONTRIBUTIONS_COLLECTED_YEAR_TO_DATE: _spec(
            "ratio",
            """fen applied by payments made on or before `period_to` to the contribution bills of
            `period_to`'s year, over the fen due on those bills (both halves): the year's contributions due
            and collected so far (数据通报)""",
        ),
    },
    "assessment": {
        A.ONSITE_VISITS_ON_TIME: _spec(
            "ratio",
            """assessment rounds whose on-site deadline (the working-day deadline stamped when the application
            was accepted, a spot check drawn or an objection received) falls in the period and whose
            conclusion was reached on or before it, over the rounds due in the period (the first round of an
            objected application keeps no deadline of its own and is not counted)""",
        ),
        A.CONCLUSIONS_OVERTURNED: _spec(
            "ratio",
            """first-round conclusions of applications concluded in the period that were changed, by an
            objection's re-assessment (outcome `changed`) or by a spot check (superseded by it), over the
            first-round conclusions concluded in the period""",
        ),
        A.CONCLUSIONS_SPOT_CHECKED: _spec(
            "ratio",
            """first-round conclusions concluded in the period that a spot check drew for re-assessment, over
            the first-round conclusions concluded in the period""",
        ),
        A.APPLICATIONS_RECEIVED: _spec(
            "count",
            """initial applications (申请) received in the period (`received_on`), whatever became of them""",
        ),
        A.LEVEL_3_IN_FORCE: _spec(
            "count",
            """persons whose conclusion in force today (status `in_force`) is of level 3 (重度失能Ⅰ级) and
            valid on `period_to` (`valid_from` ≤ `period_to` ≤ `valid_to`), counted in the conclusion's
            county""",
        ),
        A.LEVEL_4_IN_FORCE: _spec("count", """as above, level 4 (重度失能Ⅱ级)"""),
        A.LEVEL_5_IN_FORCE: _spec("count", """as above, level 5 (重度失能Ⅲ级)"""),
        A.EXPERTS_IN_POOL: _spec(
            "count",
            """experts of the pool (专家库) active today whose qualification is valid on `period_to` and who
            serve the counties asked for (an expert serving several counts once, and once in each county's
            group)""",
        ),
    },
    "settlement": {
        S.SAMPLED_RECORDS_FIRST_REVIEWED: _spec(
            "ratio",
            """service records of the period (service date) sampled for review that have a first review
            (初审), over those sampled""",
        ),
        S.SAMPLED_RECORDS_SECOND_REVIEWED: _spec(
            "ratio",
            """service records of the period sampled for review that have a second review (复核), over those
            sampled""",
        ),
        S.SETTLEMENT_DAYS_AFTER_MONTH_END: _spec(
            "days",
            """days from a month's last day to its first settlement run (Asia/Shanghai date of the run),
            summed over the counties' months settled whose first day lies in the period, over the number
            of those months; with an institution, the months with a statement for it""",
        ),
        S.PAYOUT_LAG_DAYS: _spec(
            "days",
            """days from the settlement run to the payout (`paid_on`), summed over the payouts made in the
            period, over the number of payouts""",
        ),
        S.DISPUTE_TURNAROUND_DAYS: _spec(
            "days",
            """days from raised to decided (Asia/Shanghai dates), summed over the disputes decided in the
            period, over the number of those disputes""",
        ),
        S.DISPUTES_UPHELD: _spec(
            "ratio",
            """disputes decided in the period that were upheld, over the disputes decided in the period""",
        ),
        S.RECORDS_CUT_BY_CHECKS: _spec(
            "ratio",
            """records of the settled runs of months whose first day lies in the period that the checks
            cut (some fen deducted), over the records of those runs""",
        ),
        S.CLAIMED_FEN_CUT_BY_CHECKS: _spec(
            "ratio",
            """fen deducted by the checks over fen claimed, in the statements of the settled runs of months
            whose first day lies in the period""",
        ),
        S.RECORD_IMPORT_ROWS_REJECTED: _spec(
            "ratio",
            """rows rejected over rows sent, in service-record imports finished in the period (Asia/Shanghai
            dates) by institutions of the counties""",
        ),
    },
}
"""Every service's indicators: code → unit and meaning. A report lists all of its service's, in this order."""


def indicator(service: KpiService, code: str, numerator: int, denominator: int | None) -> Indicator:
    """An indicator of the catalogue with its figures."""
    spec = CATALOGUE[service][code]
    return Indicator(
        code=code,
        numerator=numerator,
        denominator=denominator,
        unit=spec.unit,
        description=spec.description,
    )


def render() -> list[str]:
    """The section of ``docs/contracts.md`` on the KPI endpoints (``contracts.docs``)."""
    lines = [
        "## KPI endpoints (enrollment, assessment, settlement → oversight)",
        "",
        " ".join((__doc__ or "").split()).replace("``", "`"),
        "",
        "Bad parameters are a 422: `COUNTY_UNKNOWN` (a `county_code` that is no accounting unit), "
        "`KPI_PERIOD_INVERTED` (`period_to` before `period_from`), `KPI_SUBJECT_UNSUPPORTED` (an "
        "`institution_id` asked of enrollment or assessment, whose figures are the counties'), "
        "`KPI_INSTITUTION_UNKNOWN` (settlement: no institution of this id; its figures are then those of "
        "its records, payouts, disputes and imports within the counties asked for), "
        "`REQUIRED` / `INVALID_DATE` for a missing or malformed date, `KPI_GROUP_UNSUPPORTED` "
        "(`group_by=institution` asked of enrollment or assessment, or `group_by` together with "
        "`institution_id`).",
        "",
    ]
    for service in KPI_SERVICES:
        lines += [f"### {service}", "", "| code | unit | meaning |", "|---|---|---|"]
        for code, spec in CATALOGUE[service].items():
            lines.append(f"| `{code}` | {spec.unit} | {spec.description} |")
        lines.append("")
    return lines
