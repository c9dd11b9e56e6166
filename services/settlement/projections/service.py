"""The policy calculation (测算) and the dry run of a benefit rule set: what-if before the bureau decides.

S003 annex 1 item 1: "政策调研和数据测算 … 测算缴费和待遇方案"; §(基金管理): "基金出现当期缺口时先由各地历年
结余弥补缺口，各地历年结余不足以弥补时，缺口由各地财政承担".

**Dry run** (``POST /benefit-rules/{version}/dry-runs``): one settled month replayed under a (draft) rule
set, per county × level × care mode and per institution: the fund paid as settled → under the rule set, the
records whose outcome changes, totals. Nothing is stored.

**Projection** (``POST /projections``, a background job): the base year's settled months replayed under the
draft, month by month (the progress), then per county — income: persons billed for the base year × (1 +
insured growth) × the contribution per insured person and source (employer, individual, fiscal subsidy; a
county's own row, else the city-wide one); expenditure: each care mode × level cell of the replay × (1 +
that level's beneficiary growth) × (1 + that mode's use growth), rounded half up to the fen; result = income
− expenditure; the accumulated surplus at the base year's end from the ledger (the surplus account with the
year's income and expense not yet closed into it, never below 0) plus the result; what it cannot cover is
the county finance's exposure. The city is the counties' sum (each county's finance bears its own gap).

The replay is the set-based pass of ``repository.REPLAY``: it reuses each settled record's stored check
outcome and recomputes only the money rules (eligibility by level × mode, the caps in record order, the fund
share with its rounding) with the checks' own cap SQL. The draft's check parameters (check-in distance,
regular times, family caregivers' training) are not replayed: a record keeps its other cuts as settled.
Adjustments paid for upheld disputes are not rule-driven and are not part of the replay. So a projection
whose draft equals the rules in force, with zero growth, pays what the settled statements paid, to the fen.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import datetime as dt
import io
import logging
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker

from services.settlement import models
from services.settlement.benefit_rules import repository as rules_repository
from services.settlement.benefit_rules.exceptions import BenefitRuleSetNotFound
from services.settlement.ledger import service as ledger
from services.settlement.models import ProjectionStatus
from services.settlement.projections import repository, schemas
from services.settlement.projections.exceptions import (
    ProjectionNotFinished,
    ProjectionNotFound,
    ProjectionRuleSetUnknown,
)
from services.settlement.reference.units import known_counties, require_county, visible_counties
from shared.app import ExtraLifespan
from shared.errors import FieldError
from shared.pagination import PageParams
from shared.principal import Principal

log = logging.getLogger(__name__)
AMOUNTS = (
    "records",
    "records_changed",
    "claimed_fen",
    "eligible_before_fen",
    "eligible_after_fen",
    "fund_before_fen",
    "fund_after_fen",
)
SOURCES = ("employer", "individual", "fiscal_subsidy")
BREAKDOWNS = ("income_by_source_fen", "expenditure_by_mode_fen", "expenditure_by_level_fen")
EQUITY_ACCOUNTS = ("accumulated_surplus", *ledger.INCOME_ACCOUNTS, *ledger.EXPENSE_ACCOUNTS)


# -- the dry run ---------------------------------------------------------------------------------------------


def _amounts(rows: Iterable[Any]) -> dict[str, int]:
    total = dict.fromkeys(AMOUNTS, 0)
    for r in rows:
        total["records"] += int(r.records)
        total["records_changed"] += int(r.changed)
        total["claimed_fen"] += int(r.claimed)
        total["eligible_before_fen"] += int(r.eligible_before)
        total["eligible_after_fen"] += int(r.eligible_after)
        total["fund_before_fen"] += int(r.fund_before)
        total["fund_after_fen"] += int(r.fund_after)
    return {**total, "difference_fen": total["fund_after_fen"] - total["fund_before_fen"]}


async def _rule_set(session: AsyncSession, version: str) -> models.BenefitRuleSet:
    rule_set = await rules_repository.rule_set(session, version)
    if rule_set is None:
        raise BenefitRuleSetNotFound(f"no benefit rules {version}")
    return rule_set


async def dry_run(
    session: AsyncSession, principal: Principal, version: str, data: schemas.DryRunRequest
) -> schemas.DryRun:
    """The month replayed under ``version`` in the caller's counties (one county if named)."""
    if data.county_code is not None:
        await require_county(session, principal, data.county_code, "body.county_code")
        asked = [data.county_code]
    else:
        asked = await visible_counties(session, principal)
    rule_set = await _rule_set(session, version)
    counties = await repository.settled_counties(session, data.month, asked)
    rows = sorted(
        await repository.replay_month(session, version, data.month, counties, by_institution=True),
        key=lambda r: (r.county_code, r.level, r.care_mode, r.institution_id),
    )
    groups: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for r in rows:
        groups[(r.county_code, r.level, r.care_mode)].append(r)
    out = [
        schemas.DryRunGroup(
            county_code=county,
            level=level,
            care_mode=mode,
            **_amounts(members),
            institutions=[
                schemas.DryRunInstitution(institution_id=r.institution_id, **_amounts([r])) for r in members
            ],
        )
        for (county, level, mode), members in groups.items()
    ]
    return schemas.DryRun(
        rule_set_version=version,
        rule_set_status=rule_set.status,
        month=data.month,
        counties=counties,
        groups=out,
        totals=schemas.Amounts(**_amounts(rows)),
    )


def dry_run_csv(run: schemas.DryRun) -> str:
    """One line per county × level × mode × institution, then the total."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["month", "county_code", "level", "care_mode", "institution_id", *AMOUNTS, "difference_fen"]
    )
    for g in run.groups:
        for i in g.institutions:
            values = [getattr(i, a) for a in (*AMOUNTS, "difference_fen")]
            writer.writerow(
                [f"{run.month:%Y-%m}", g.county_code, g.level, g.care_mode, i.institution_id, *values]
            )
    totals = [getattr(run.totals, a) for a in (*AMOUNTS, "difference_fen")]
    writer.writerow([f"{run.month:%Y-%m}", "total", "", "", "", *totals])
    return buffer.getvalue()


# -- projections: the request side -----------------------------------------------------------------------


async def create(
    session: AsyncSession, principal: Principal, data: schemas.ProjectionCreate
) -> schemas.Projection:
    """Store the inputs as a queued job; the worker runs it (202, never blocking the request)."""
    if await rules_repository.rule_set(session, data.rule_set_version) is None:
        raise ProjectionRuleSetUnknown(
            f"no benefit rule set {data.rule_set_version}",
            errors=[
                FieldError(
                    field="body.rule_set_version",
                    code="PROJECTION_RULE_SET_UNKNOWN",
                    message="the version of a benefit rule set (draft or published)",
                )
            ],
        )
    known = await known_counties(session)
    for i, c in enumerate(data.contributions):
        if c.county_code is not None:
            principal.require_county(c.county_code, known=known, field=f"body.contributions.{i}.county_code")
    job = models.Projection(
        name=data.name,
        base_year=data.base_year,
        rule_set_version=data.rule_set_version,
        status=ProjectionStatus.QUEUED,
        inputs=data.model_dump(mode="json"),
        created_by=principal.client_id,
        created_at=dt.datetime.now(dt.UTC),  # the clock's, not the transaction's: the list's order
    )
    session.add(job)
    await session.flush()
    await session.refresh(job)
    return describe(job)


def describe(job: models.Projection) -> schemas.Projection:
    return schemas.Projection(
        id=job.id,
        name=job.name,
        base_year=job.base_year,
        rule_set_version=job.rule_set_version,
        status=job.status,
        progress_bp=job.progress_bp,
        inputs=schemas.ProjectionCreate.model_validate(job.inputs),
        outputs=schemas.ProjectionOutputs.model_validate(job.outputs) if job.outputs is not None else None,
        error=job.error,
        created_by=job.created_by,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
    )


def summary(job: models.Projection) -> schemas.ProjectionSummary:
    city = (job.outputs or {}).get("city") or {}
    return schemas.ProjectionSummary(
        id=job.id,
        name=job.name,
        base_year=job.base_year,
        rule_set_version=job.rule_set_version,
        status=job.status,
        progress_bp=job.progress_bp,
        created_at=job.created_at,
        finished_at=job.finished_at,
        city_result_fen=city.get("result_fen"),
        city_finance_exposure_fen=city.get("finance_exposure_fen"),
    )


async def get(session: AsyncSession, projection_id: uuid.UUID) -> schemas.Projection:
    job = await repository.projection(session, projection_id)
    if job is None:
        raise ProjectionNotFound(f"no projection {projection_id}")
    return describe(job)


async def list_projections(
    session: AsyncSession, params: PageParams
) -> tuple[list[schemas.ProjectionSummary], str | None]:
    rows, cursor = await repository.page(session, params)
    return [summary(r) for r in rows], cursor


COMPARED = (
    "insured",
    "income_fen",
    "expenditure_fen",
    "result_fen",
    "surplus_before_fen",
    "surplus_after_fen",
    "finance_exposure_fen",
)


def _figures(line: dict[str, Any]) -> dict[str, int]:
    figures = {k: int(line[k]) for k in COMPARED}
    for source, amount in line["income_by_source_fen"].items():
        figures[f"income_{source}_fen"] = int(amount)
    for mode, amount in line["expenditure_by_mode_fen"].items():
        figures[f"expenditure_{mode}_fen"] = int(amount)
    for level, amount in line["expenditure_by_level_fen"].items():
        figures[f"expenditure_level_{level}_fen"] = int(amount)
    return figures


async def compare(session: AsyncSession, a_id: uuid.UUID, b_id: uuid.UUID) -> schemas.Comparison:
    """Two finished projections side by side, per county and for the city, with b − a."""
    jobs = []
    for projection_id in (a_id, b_id):
        job = await repository.projection(session, projection_id)
        if job is None:
            raise ProjectionNotFound(f"no projection {projection_id}")
        if job.outputs is None:
            raise ProjectionNotFinished(f"projection {projection_id} is {job.status}; compare it once done")
        jobs.append(job)
    a, b = jobs
    assert a.outputs is not None
    assert b.outputs is not None

    def by_county(outputs: dict[str, Any]) -> dict[str | None, dict[str, int]]:
        lines = {c["county_code"]: _figures(c) for c in outputs["counties"]}
        return {**lines, None: _figures(outputs["city"])}

    fa, fb = by_county(a.outputs), by_county(b.outputs)
    counties = sorted(c for c in {*fa, *fb} if c is not None)
    lines = []
    for county in [*counties, None]:
        left, right = fa.get(county, {}), fb.get(county, {})
        keys = sorted({*left, *right})
        left = {k: left.get(k, 0) for k in keys}
        right = {k: right.get(k, 0) for k in keys}
        lines.append(
            schemas.ComparedLine(
                county_code=county, a=left, b=right, difference={k: right[k] - left[k] for k in keys}
            )
        )
    return schemas.Comparison(a=summary(a), b=summary(b), lines=lines)


def comparison_csv(comparison: schemas.Comparison) -> str:
    """One line per county (``city`` last) and figure: a, b, b − a."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["county_code", "figure", "a", "b", "difference"])
    for line in comparison.lines:
        for key in line.a:
            writer.writerow([line.county_code or "city", key, line.a[key], line.b[key], line.difference[key]])
    return buffer.getvalue()


# -- projections: the job ----------------------------------------------------------------------------------


def _grown(amount: int, *percents: Decimal) -> int:
    value = Decimal(amount)
    for pct in percents:
        value *= 1 + pct / 100
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _contribution(inputs: schemas.ProjectionCreate, county: str) -> schemas.Contribution:
    rows = {c.county_code: c for c in inputs.contributions}
    return rows.get(county) or rows.get(None) or schemas.Contribution()


def project(
    inputs: schemas.ProjectionCreate,
    counties: Sequence[str],
    cells: dict[str, dict[tuple[str, str], dict[str, int]]],
    billed: dict[str, tuple[int, int]],
    surplus_before: dict[str, int],
    months: Sequence[str],
) -> schemas.ProjectionOutputs:
    """The outputs from the replayed cells (county → (mode, level) → sums) and the base year's figures."""
    growth = inputs.growth
    out = []
    for county in counties:
        insured_base, billed_base = billed.get(county, (0, 0))
        insured = _grown(insured_base, growth.insured_pct)
        rate = _contribution(inputs, county)
        by_source = {s: insured * getattr(rate, f"{s}_fen") for s in SOURCES}
        county_cells = []
        for (mode, level), sums in sorted(cells.get(county, {}).items()):
            spent = _grown(
                sums["fund_after"],
                growth.beneficiaries_by_level_pct.get(level, Decimal(0)),  # type: ignore[call-overload]
                growth.use_by_mode_pct.get(mode, Decimal(0)),  # type: ignore[call-overload]
            )
            county_cells.append(
                schemas.Cell(
                    care_mode=mode,
                    level=level,
                    records=sums["records"],
                    records_changed=sums["changed"],
                    claimed_fen=sums["claimed"],
                    settled_fund_fen=sums["fund_before"],
                    replayed_fund_fen=sums["fund_after"],
                    expenditure_fen=spent,
                )
            )
        out.append(_line(county, insured_base, billed_base, insured, by_source, county_cells, surplus_before))
    city = _city(out)
    return schemas.ProjectionOutputs(months_replayed=list(months), counties=out, city=city)


def _line(
    county: str,
    insured_base: int,
    billed_base: int,
    insured: int,
    by_source: dict[str, int],
    cells: list[schemas.Cell],
    surplus_before: dict[str, int],
) -> schemas.CountyProjection:
    by_mode: dict[str, int] = defaultdict(int)
    by_level: dict[str, int] = defaultdict(int)
    for c in cells:
        by_mode[c.care_mode] += c.expenditure_fen
        by_level[c.level] += c.expenditure_fen
    income = sum(by_source.values())
    expenditure = sum(c.expenditure_fen for c in cells)
    result = income - expenditure
    before = surplus_before.get(county, 0)
    return schemas.CountyProjection(
        county_code=county,
        insured_base=insured_base,
        billed_base_fen=billed_base,
        insured=insured,
        income_fen=income,
        income_by_source_fen=by_source,
        settled_fund_fen=sum(c.settled_fund_fen for c in cells),
        replayed_fund_fen=sum(c.replayed_fund_fen for c in cells),
        expenditure_fen=expenditure,
        expenditure_by_mode_fen=dict(sorted(by_mode.items())),
        expenditure_by_level_fen=dict(sorted(by_level.items())),
        result_fen=result,
        surplus_before_fen=before,
        # S003: a gap is covered by the county's accumulated surplus first, the rest by the county finance
        surplus_after_fen=max(0, before + result),
        finance_exposure_fen=max(0, -(before + result)),
        cells=cells,
    )


def _city(counties: list[schemas.CountyProjection]) -> schemas.CountyProjection:
    summed: dict[str, Any] = {"county_code": None, "cells": []}
    for field in schemas.CountyProjection.model_fields:
        if field in summed:
            continue
        values = [getattr(c, field) for c in counties]
        if field in BREAKDOWNS:
            merged: dict[str, int] = defaultdict(int)
            for v in values:
                for k, n in v.items():
                    merged[k] += n
            summed[field] = dict(sorted(merged.items()))
        else:
            summed[field] = sum(values)
    # the cells of the city: the counties' cells summed per mode × level
    cells: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in counties:
        for cell in c.cells:
            for k, v in cell.model_dump().items():
                if isinstance(v, int):
                    cells[(cell.care_mode, cell.level)][k] += v
    summed["cells"] = [
        schemas.Cell(care_mode=mode, level=level, **sums) for (mode, level), sums in sorted(cells.items())
    ]
    return schemas.CountyProjection(**summed)


async def run(
    sessionmaker: async_sessionmaker[AsyncSession], job_id: uuid.UUID, *, concurrency: int = 1
) -> None:
    """Replay the base year month by month (each its own statement and transaction, ``concurrency`` months
    at a time, the progress after each), then write the outputs."""
    async with sessionmaker() as session, session.begin():
        job = await repository.projection(session, job_id)
        assert job is not None
        inputs = schemas.ProjectionCreate.model_validate(job.inputs)
        counties = sorted(c for c in await known_counties(session) if c != "*")
        months = await repository.settled_months(session, inputs.base_year, counties)
    cells: dict[str, dict[tuple[str, str], dict[str, int]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(int))
    )
    gate = asyncio.Semaphore(concurrency)
    done = 0

    async def replay(month: dt.date) -> None:
        nonlocal done
        async with gate:
            async with sessionmaker() as session, session.begin():
                rows = await repository.replay_month(
                    session, inputs.rule_set_version, month, counties, by_institution=False
                )
            for r in rows:
                sums = cells[r.county_code][(r.care_mode, r.level)]
                for key in ("records", "changed", "claimed", "fund_before", "fund_after"):
                    sums[key] += int(getattr(r, key))
            done += 1
            async with sessionmaker() as session, session.begin():
                await repository.set_progress(session, job_id, done * 10_000 // (len(months) + 1))

    await asyncio.gather(*(replay(m) for m in months))
    async with sessionmaker() as session, session.begin():
        billed = await repository.billed(session, inputs.base_year)
        equity = await repository.equity_at(session, dt.date(inputs.base_year, 12, 31), EQUITY_ACCOUNTS)
        surplus_before = {c: max(0, -n) for c, n in equity.items()}
        outputs = project(
            inputs,
            sorted({*counties, *cells}),
            cells,
            billed,
            surplus_before,
            [f"{m:%Y-%m}" for m in months],
        )
        await repository.finish(
            session, job_id, ProjectionStatus.SUCCEEDED, outputs.model_dump(mode="json"), None
        )


@contextlib.asynccontextmanager
async def _worker_connection(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> AsyncIterator[AsyncConnection]:
    """A connection of the worker's own, from the engine the sessions use (or, when the sessions are bound to
    one connection — a test's transaction —, that connection)."""
    bind = sessionmaker.kw["bind"]
    if isinstance(bind, AsyncConnection):
        yield bind
    else:
        async with bind.connect() as connection:
            yield connection


async def run_next(
    sessionmaker: async_sessionmaker[AsyncSession], *, concurrency: int = 1
) -> uuid.UUID | None:
    """Claim the oldest queued projection and run it (``concurrency`` months at a time, each on a connection
    of its own); its id, or None when none was queued. The claim (``repository.claim_queued``) first puts
    back in the queue any projection left running by a worker that died, and holds this job's advisory lock
    on a connection of its own for as long as it runs."""
    async with _worker_connection(sessionmaker) as holder:
        job_id = await repository.claim_queued(holder)
        if job_id is None:
            return None
        try:
            await run(sessionmaker, job_id, concurrency=concurrency)
        except Exception as exc:  # the job fails with its reason; the worker goes on with the next
            log.exception("projection %s failed", job_id)
            async with sessionmaker() as session, session.begin():
                await repository.finish(
                    session, job_id, ProjectionStatus.FAILED, None, f"{type(exc).__name__}: {exc}"
                )
        finally:
            await repository.release(holder, job_id)
    return job_id


def worker_lifespan(inner: ExtraLifespan, poll_seconds: float = 0.5, concurrency: int = 2) -> ExtraLifespan:
    """The service's lifespan part for projection jobs (around ``inner``): one task per process polls for a
    queued projection (a cheap indexed read) and runs it, two months at a time (the two cores the platform
    is sized for); stopped on shutdown."""

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        stop = asyncio.Event()

        async def loop() -> None:
            while not stop.is_set():
                pause = poll_seconds
                try:
                    ran = await run_next(app.state.sessionmaker, concurrency=concurrency)
                except Exception as exc:  # the database away for a while: try again, less often
                    log.warning("projection worker: %s", exc)
                    ran, pause = None, poll_seconds * 10
                if ran is None:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), timeout=pause)

        async with inner(app):
            task = asyncio.create_task(loop(), name="projections")
            try:
                yield
            finally:
                stop.set()
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(task, timeout=10)

    return lifespan
