"""Performance evaluation at city scale: every contractor's year and every institution's quarter, evaluated
through the gateway, against a hand-written asyncpg pass computing the same scores.

On a database of its own (migrated, reference data loaded) a city is seeded set-based in SQL so the KPI
queries meet real volumes (:func:`seed_city`; defaults: 2.4 M insured persons and their 2027 bills and
payments, ~35 k assessment applications and conclusions over the year, 300 institutions and 750 k service
records a month for the quarter — sampled, reviewed, checked, settled per county and month, paid, some
disputed). The seed writes with triggers off (``session_replication_role = replica``): the rows are the
service's own shapes, but no ledger or outbox rows follow them; the KPI queries read none of those. The
real processes run (gateway, enrollment, assessment, settlement, oversight; ``services.launcher``), every
call over HTTP with API keys. Set up, not timed: a contract in force per county (13 contractors), an
approved contractor scheme (a year) and institution scheme (a quarter), each with computed indicators from
all four providers, a manual, a third-party and a survey indicator.

- (a) **one subject alone**: the KPI fetch of one contractor's and one institution's evaluation
  (``/evaluations/{id}/kpi-snapshots``) — what each of the 313 cost before the batch;
- (b) **the service**: open the 313 evaluations, fetch their KPIs with one batch per scheme
  (``POST /evaluations:fetch-kpis``: one grouped call per service and grouping), then for each, four at a
  time: the bureau's manual score, assign the third-party indicator, the evaluator's score, a survey file
  (40 answers), total → seconds;
- (c) **the yardstick**: the same figures by one grouped call per service and grouping straight to the
  services (signed as oversight), COPY of the same inputs into temporary tables and one SQL statement
  computing every value, band points, weighted score and grade → seconds; its scores must equal (b)'s.

    python -m bench evaluations [--institutions 300] [--persons 2400000] [--records 750000] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import subprocess
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import httpx
from fastapi import FastAPI

from bench.enrollment_import import credit_code
from bench.support import free_ports
from services.enrollment.reference.wenzhou import COUNTIES_2022
from services.gateway.api_clients import service as api_clients
from services.gateway.api_clients.schemas import ApiClientCreate
from services.launcher import Platform, load_reference_data, migrate_all, open_database
from shared.app import internal_client
from shared.db import create_engine, create_sessionmaker, sync_url
from shared.embedded_db import drop_database, ensure_database, with_database
from shared.principal import Principal, SignedPrincipalAuth
from shared.settings import PROJECT_ROOT, Settings

RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
DATA = PROJECT_ROOT / "bench" / ".data"
SECRET = "bench-secret-of-at-least-32-characters"
YEAR = (dt.date(2026, 7, 1), dt.date(2027, 6, 30))
QUARTER = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
SURVEY_ANSWERS = 40
CONCURRENCY = 4
FLAG = {"confirmed": False, "rule_source": "bench"}
BANDS: list[dict[str, int | None]] = [
    {"from_value": 9000, "to_value": None, "points_bp": 10000},
    {"from_value": 7000, "to_value": 8999, "points_bp": 8000},
    {"from_value": None, "to_value": 6999, "points_bp": 5000},
]
KPIS = {
    "contractor": [
        ("insured", "enrollment.insured_vs_target_assured", 1500),
        ("paid_on_time", "enrollment.contributions_paid_by_due_date", 1000),
        ("visits", "assessment.onsite_visits_on_time", 1000),
        ("overturned", "assessment.conclusions_overturned", 1000),
        ("payout_lag", "settlement.payout_lag_days", 1000),
        ("accepted", "oversight.acceptances", 500),
    ],
    "institution": [
        ("cut", "settlement.records_cut_by_checks", 2000),
        ("disputes", "settlement.disputes_upheld", 1000),
        ("reviewed", "settlement.sampled_records_first_reviewed", 1000),
    ],
}
GRADES = [
    {"grade": "excellent", "min_score_bp": 9000, "fee_release_bp": 10000, "deposit_release_bp": 10000,
     "renewal_eligible": True, **FLAG},
    {"grade": "pass", "min_score_bp": 6000, "fee_release_bp": 7000, "deposit_release_bp": 8000,
     "renewal_eligible": True, **FLAG},
    {"grade": "fail", "min_score_bp": 0, "fee_release_bp": 0, "deposit_release_bp": 0,
     "renewal_eligible": False, **FLAG},
]  # fmt: skip


def scheme(kind: str) -> dict[str, Any]:
    computed = [
        {"code": code, "name": code, "dimension": "quality", "source": "computed", "kpi_code": kpi,
         "weight_bp": weight, "bands": BANDS, **FLAG}
        for code, kpi, weight in KPIS[kind]
    ]  # fmt: skip
    rest = 10000 - sum(w for *_, w in KPIS[kind])
    others = [
        {"code": "care_quality", "name": "manual", "dimension": "quality", "source": "manual",
         "weight_bp": rest // 3, **FLAG},
        {"code": "third_party", "name": "third party", "dimension": "quality", "source": "third_party",
         "weight_bp": rest // 3, **FLAG},
        {"code": "satisfaction", "name": "survey", "dimension": "satisfaction", "source": "survey",
         "weight_bp": rest - 2 * (rest // 3), "bands": BANDS, **FLAG},
    ]  # fmt: skip
    return {
        "code": f"bench-{kind}-{uuid.uuid4().hex[:8]}",
        "title": f"bench {kind}",
        "subject_kind": kind,
        "period_kind": "year" if kind == "contractor" else "quarter",
        "source": "bench",
        "indicators": computed + others,
        "grades": GRADES,
        "objection_window": {"days": 15, **FLAG},
    }


def survey(n: int, seed: int, period: tuple[dt.date, dt.date]) -> str:
    lines = ["respondent_ref,indicator_code,score,surveyed_on,comment"]
    for r in range(n):
        lines.append(f"R{seed}-{r},satisfaction,{60 + (seed * 7 + r * 13) % 41},{period[0].isoformat()},")
    return "\n".join(lines) + "\n"


def manual_points(seed: int) -> int:
    return 6000 + (seed * 37) % 4001


def third_points(seed: int) -> int:
    return 5000 + (seed * 53) % 5001


class Subject:
    def __init__(self, kind: str, seed: int, body: dict[str, Any]) -> None:
        self.kind, self.seed, self.body = kind, seed, body
        self.period = YEAR if kind == "contractor" else QUARTER
        self.counties: list[str] = []
        self.evaluation_id = ""
        self.score: int | None = None
        self.grade: str | None = None


def _client(app: FastAPI, principal: Principal) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://oversight.bench",
        auth=SignedPrincipalAuth(lambda: SECRET, principal),
        timeout=120,
    )


async def _ok(call: Awaitable[httpx.Response], status: int = 200) -> dict[str, Any]:
    response = await call
    if response.status_code != status:
        raise RuntimeError(
            f"{response.request.method} {response.request.url}: {response.status_code} {response.text}"
        )
    out: dict[str, Any] = response.json()
    return out


async def score(
    bureau: httpx.AsyncClient, evaluator: httpx.AsyncClient, evaluator_id: str, subject: Subject
) -> None:
    """The rest of one subject's path once its KPIs are fetched: manual, assignment, third party, survey,
    total."""
    path = f"/api/v1/evaluations/{subject.evaluation_id}"
    await _ok(
        bureau.post(
            path + "/scores",
            json={"indicator_code": "care_quality", "points_bp": manual_points(subject.seed)},
        )
    )
    await _ok(
        bureau.post(
            path + "/assignments", json={"indicator_code": "third_party", "evaluator_client_id": evaluator_id}
        )
    )
    await _ok(
        evaluator.post(
            path + "/scores", json={"indicator_code": "third_party", "points_bp": third_points(subject.seed)}
        )
    )
    await _ok(
        bureau.post(
            "/api/v1/survey-imports",
            params={"evaluation_id": subject.evaluation_id},
            content=survey(SURVEY_ANSWERS, subject.seed, subject.period).encode(),
            headers={"Content-Type": "text/csv"},
        ),
        201,
    )
    total = await _ok(bureau.post(path + ":total"))
    subject.score, subject.grade = total["score_bp"], total["grade"]


async def in_batches(items: list[Subject], work: Callable[[Subject], Awaitable[Any]]) -> list[Any]:
    semaphore = asyncio.Semaphore(CONCURRENCY)

    async def one(item: Subject) -> Any:
        async with semaphore:
            return await work(item)

    return list(await asyncio.gather(*(one(i) for i in items)))


YARDSTICK_SQL = """
WITH values AS (
  SELECT f.subject, f.indicator, f.weight,
         CASE WHEN f.unit = 'ratio' THEN CASE WHEN f.denominator > 0
                   THEN (f.numerator * 10000 + f.denominator / 2) / f.denominator END
              WHEN f.unit = 'days' AND f.denominator IS NOT NULL THEN CASE WHEN f.denominator > 0
                   THEN (f.numerator + f.denominator / 2) / f.denominator END
              ELSE f.numerator END AS value
  FROM figures f
  UNION ALL
  SELECT s.subject, 'satisfaction', s.weight, round(avg(a.score) * 100)::bigint
  FROM answers a JOIN survey_weights s USING (subject) GROUP BY s.subject, s.weight
), banded AS (
  SELECT v.subject, v.weight,
         coalesce((SELECT b.points FROM bands b
                   WHERE v.value IS NOT NULL AND (b.lo IS NULL OR v.value >= b.lo) AND (b.hi IS NULL OR v.value <= b.hi)
                   ORDER BY b.n LIMIT 1), 0) AS points
  FROM values v
  UNION ALL
  SELECT subject, weight, points FROM given
), totals AS (
  SELECT subject, (sum(weight * points) + 5000) / 10000 AS score FROM banded GROUP BY subject
)
SELECT t.subject, t.score,
       (SELECT g.grade FROM grades g WHERE g.min_score <= t.score ORDER BY g.min_score DESC LIMIT 1) AS grade
FROM totals t
"""


async def yardstick(
    url: str, figures: list[tuple[Any, ...]], subjects: list[Subject], schemes: dict[str, dict[str, Any]]
) -> dict[int, tuple[int, str]]:
    given: list[tuple[Any, ...]] = []
    answers: list[tuple[Any, ...]] = []
    weights: list[tuple[Any, ...]] = []
    for subject in subjects:
        indicators = {i["code"]: i for i in schemes[subject.kind]["indicators"]}
        given.append((subject.seed, indicators["care_quality"]["weight_bp"], manual_points(subject.seed)))
        given.append((subject.seed, indicators["third_party"]["weight_bp"], third_points(subject.seed)))
        weights.append((subject.seed, indicators["satisfaction"]["weight_bp"]))
        for line in survey(SURVEY_ANSWERS, subject.seed, subject.period).splitlines()[1:]:
            ref, _, score, day, _ = line.split(",")
            answers.append((subject.seed, ref, int(score), dt.date.fromisoformat(day)))
    conn = await asyncpg.connect(sync_url(url))
    try:
        async with conn.transaction():
            await conn.execute(
                "CREATE TEMP TABLE figures (subject int, indicator text, weight int, numerator bigint, "
                "denominator bigint, unit text) ON COMMIT DROP;"
                "CREATE TEMP TABLE given (subject int, weight int, points int) ON COMMIT DROP;"
                "CREATE TEMP TABLE answers (subject int, ref text, score int, day date) ON COMMIT DROP;"
                "CREATE TEMP TABLE survey_weights (subject int, weight int) ON COMMIT DROP;"
                "CREATE TEMP TABLE bands (n int, lo bigint, hi bigint, points int) ON COMMIT DROP;"
                "CREATE TEMP TABLE grades (grade text, min_score int) ON COMMIT DROP;"
            )
            await conn.copy_records_to_table("figures", records=figures)
            await conn.copy_records_to_table("given", records=given)
            await conn.copy_records_to_table("answers", records=answers)
            await conn.copy_records_to_table("survey_weights", records=weights)
            await conn.copy_records_to_table(
                "bands",
                records=[(n, b["from_value"], b["to_value"], b["points_bp"]) for n, b in enumerate(BANDS)],
            )
            await conn.copy_records_to_table(
                "grades", records=[(g["grade"], g["min_score_bp"]) for g in GRADES]
            )
            rows = await conn.fetch(YARDSTICK_SQL)
    finally:
        await conn.close()
    return {r["subject"]: (r["score"], r["grade"]) for r in rows}


SEED_SQL = """
SET session_replication_role = replica;
INSERT INTO enrollment.persons (id_number, name, sex, birth_date, category, county_code, enrolled_on,
       enrolled_by, status, status_on)
SELECT 'BENCH' || lpad(g::text, 13, '0'), '某', CASE WHEN g % 2 = 0 THEN 'male' ELSE 'female' END,
       date '1940-01-01' + g % 20000, 'retiree', ($1::text[])[1 + g % 13], date '2022-07-01', 'bench',
       CASE WHEN g % 25 = 0 THEN 'suspended' ELSE 'insured' END, date '2022-07-01'
  FROM generate_series(1, $2::int) g;
INSERT INTO enrollment.contribution_policies (year, amount_per_person_fen, employer_share_fen,
       individual_share_fen, grace_period_days, effective_from, due_on, source, first_year_rule,
       channels_by_category)
SELECT 2027, amount_per_person_fen, employer_share_fen, individual_share_fen, grace_period_days,
       date '2027-01-01', date '2027-03-31', 'bench', first_year_rule, channels_by_category
  FROM enrollment.contribution_policies ORDER BY year DESC LIMIT 1
    ON CONFLICT DO NOTHING;
INSERT INTO enrollment.contribution_bills (person_id, year, county_code, category, employer_half_payer,
       employer_due_fen, individual_due_fen, due_on)
SELECT p.id, 2027, p.county_code, 'retiree', 'individual', 5000, 5000, date '2027-03-31'
  FROM enrollment.persons p WHERE p.enrolled_by = 'bench';
INSERT INTO enrollment.payments (bill_id, person_id, county_code, year, payer, channel, amount_fen,
       applied_fen, excess_fen, paid_on, external_ref, recorded_by)
SELECT b.id, b.person_id, b.county_code, 2027, 'individual', 'annual_self_payment', 10000, 10000, 0,
       date '2027-01-31' + abs(hashtext(b.id::text)) % 120, 'BENCH-' || b.id, 'bench'
  FROM enrollment.contribution_bills b WHERE b.year = 2027 AND abs(hashtext(b.id::text)) % 10 <> 0;
INSERT INTO assessment.applications (id, kind, person_id, county_code, self_assessment, materials_complete,
       status, rule_set_version, received_on, onsite_due_on, created_by)
SELECT gen_random_uuid(), 'initial', 'BENCH-P' || g, ($1::text[])[1 + g % 13], '{}', true, 'served',
       (SELECT version FROM assessment.rule_sets ORDER BY version LIMIT 1), date '2026-07-01' + g % 365,
       date '2026-07-01' + g % 365 + 14, 'bench'
  FROM generate_series(1, $3::int) g;
INSERT INTO assessment.conclusions (id, application_id, round, draw_id, person_id, county_code, computed_level,
       level, rule_set_version, concluded_on, valid_from, valid_to, status, concluded_by)
SELECT gen_random_uuid(), a.id, 1, gen_random_uuid(), a.person_id, a.county_code, x.level, x.level, a.rule_set_version,
       a.received_on + x.days, a.received_on + x.days + 7, a.received_on + 730, 'in_force', 'bench'
  FROM assessment.applications a,
       LATERAL (SELECT 3 + abs(hashtext(a.id::text)) % 3 AS level, 5 + abs(hashtext(a.person_id)) % 15 AS days) x
 WHERE a.created_by = 'bench' AND abs(hashtext(a.id::text)) % 20 <> 0;
INSERT INTO settlement.institutions (id, name, county_code, kind, beds, care_modes, agreement_from,
       agreement_to)
SELECT 'BENCH-INST-' || lpad(i::text, 4, '0'), '护理机构 ' || i, ($1::text[])[1 + i % 13], 'home_care', 0,
       ARRAY['home_visit'], date '2026-01-01', date '2028-12-31'
  FROM generate_series(0, $4::int - 1) i;
INSERT INTO settlement.service_records (institution_id, record_id, county_code, person_id, care_mode,
       service_date, start_time, end_time, amount_claimed_fen, sampled_for_review, first_review,
       second_review)
SELECT 'BENCH-INST-' || lpad((g % $4::int)::text, 4, '0'), 'R' || to_char(m, 'YYYYMM') || '-' || g,
       ($1::text[])[1 + (g % $4::int) % 13], md5('person' || g % 25000)::uuid, 'home_visit',
       m + (g / $4::int) % 28, time '09:00', time '10:00', 8000,
       CASE WHEN g % 33 = 0 THEN 'bench' END,
       CASE WHEN g % 33 = 0 AND g % 99 <> 0 THEN 'approved' END,
       CASE WHEN g % 99 = 0 THEN 'approved' END
  FROM (VALUES (date '2026-07-01'), (date '2026-08-01'), (date '2026-09-01')) months(m),
       generate_series(1, $5::int) g;
INSERT INTO settlement.settlement_runs (id, county_code, month, status, created_by, created_at)
SELECT gen_random_uuid(), c, m, 'settled', 'bench', m + interval '1 month 5 days'
  FROM unnest($1::text[]) c,
       (VALUES (date '2026-07-01'), (date '2026-08-01'), (date '2026-09-01')) months(m);
INSERT INTO settlement.service_record_checks (record_id, run_id, county_code, month, checked_at, reason_codes,
       review_flags, eligible_fen, fund_fen, person_fen, deducted_fen)
SELECT r.id, run.id, r.county_code, run.month, run.created_at,
       CASE WHEN r.id % 25 = 0 THEN ARRAY['CAREGIVER_OVERLAP'] ELSE '{}' END, '{}',
       CASE WHEN r.id % 25 = 0 THEN 0 ELSE 8000 END, CASE WHEN r.id % 25 = 0 THEN 0 ELSE 7200 END,
       CASE WHEN r.id % 25 = 0 THEN 0 ELSE 800 END, CASE WHEN r.id % 25 = 0 THEN 8000 ELSE 0 END
  FROM settlement.service_records r
  JOIN settlement.settlement_runs run
    ON run.county_code = r.county_code AND run.month = date_trunc('month', r.service_date)::date
 WHERE r.institution_id LIKE 'BENCH-INST-%';
INSERT INTO settlement.settlement_statements (run_id, institution_id, county_code, month, records,
       claimed_fen, deducted_fen, deducted_by_reason, eligible_fen, fund_payable_fen, person_share_fen,
       adjustments_fen, deposit_withheld_fen, net_payable_fen, fund_by_mode)
SELECT c.run_id, r.institution_id, c.county_code, c.month, count(*), sum(r.amount_claimed_fen),
       sum(c.deducted_fen), '{}', sum(c.eligible_fen), sum(c.fund_fen), sum(c.person_fen), 0, 0,
       sum(c.fund_fen), '{}'
  FROM settlement.service_record_checks c JOIN settlement.service_records r ON r.id = c.record_id
 GROUP BY c.run_id, r.institution_id, c.county_code, c.month;
INSERT INTO settlement.settlement_payments (run_id, county_code, institution_id, amount_fen, paid_on,
       reference, ledger_transaction_id, recorded_by)
SELECT s.run_id, s.county_code, s.institution_id, s.net_payable_fen,
       (run.created_at AT TIME ZONE 'Asia/Shanghai')::date + 5 + abs(hashtext(s.institution_id)) % 10,
       'BENCH-' || s.run_id || '-' || s.institution_id, 0, 'bench'
  FROM settlement.settlement_statements s JOIN settlement.settlement_runs run ON run.id = s.run_id
 WHERE s.net_payable_fen > 0;
INSERT INTO settlement.disputes (id, service_record_id, institution_id, county_code, care_mode, reason, status,
       raised_by, raised_at, decided_by, decided_at)
SELECT gen_random_uuid(), r.id, r.institution_id, r.county_code, r.care_mode, 'bench',
       CASE WHEN r.id % 4 = 0 THEN 'upheld' ELSE 'rejected' END, 'bench', c.checked_at + interval '2 days',
       'bench', c.checked_at + interval '9 days'
  FROM settlement.service_record_checks c JOIN settlement.service_records r ON r.id = c.record_id
 WHERE c.deducted_fen > 0 AND r.id % 5 = 0;
SET session_replication_role = DEFAULT;
"""
"""The seeded city, set-based: $1 the counties, $2 persons, $3 applications, $4 institutions, $5 records a
month."""


async def seed_city(url: str, persons: int, institutions: int, records: int) -> dict[str, int]:
    """Seed the city (:data:`SEED_SQL`), ANALYZE, and count what the KPI queries will meet."""
    counties = [code for code, *_ in COUNTIES_2022]
    conn = await asyncpg.connect(sync_url(url))
    try:
        values = {"$1": "ARRAY[" + ", ".join(f"'{c}'" for c in counties) + "]", "$2": str(persons),
                  "$3": str(persons // 70), "$4": str(institutions), "$5": str(records)}  # fmt: skip
        for statement in [s for s in SEED_SQL.split(";\n") if s.strip()]:
            for name in sorted(values, reverse=True):
                statement = statement.replace(name, values[name])
            await conn.execute(statement)
        await conn.execute("ANALYZE")
        counted: dict[str, int] = {}
        for name, table in (
            ("persons", "enrollment.persons"),
            ("bills", "enrollment.contribution_bills"),
            ("payments", "enrollment.payments"),
            ("applications", "assessment.applications"),
            ("conclusions", "assessment.conclusions"),
            ("records", "settlement.service_records"),
            ("checks", "settlement.service_record_checks"),
            ("statements", "settlement.settlement_statements"),
            ("payouts", "settlement.settlement_payments"),
            ("disputes", "settlement.disputes"),
        ):
            counted[name] = int(await conn.fetchval(f"SELECT count(*) FROM {table}"))
        return counted
    finally:
        await conn.close()


async def issue_keys(url: str, settings: Settings) -> dict[str, tuple[str, str]]:
    """The bureau's and the evaluator's keys (and client ids), made directly in the database."""
    counties = {c for c, *_ in COUNTIES_2022}
    engine = create_engine(settings, url, "bench")
    keys: dict[str, tuple[str, str]] = {}
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            for role in ("bureau", "evaluator"):
                issued = await api_clients.create_client(
                    session, ApiClientCreate(name=f"bench-{role}", role=role), counties
                )
                assert issued.key is not None
                keys[role] = (issued.key, str(issued.client.id))
    finally:
        await engine.dispose()
    return keys


def _http(base: str, key: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=600, limits=httpx.Limits()
    )


async def grouped_figures(
    kpi: dict[str, httpx.AsyncClient], subjects: list[Subject]
) -> list[tuple[Any, ...]]:
    """The yardstick's figures: one grouped call per service and grouping, straight to the services."""
    figures: list[tuple[Any, ...]] = []
    for kind, period in (("contractor", YEAR), ("institution", QUARTER)):
        mine = [s for s in subjects if s.kind == kind]
        by_service: dict[str, list[tuple[str, str, int]]] = {}
        for code, kpi_code, weight in KPIS[kind]:
            by_service.setdefault(kpi_code.split(".")[0], []).append((code, kpi_code.split(".")[1], weight))
        for service, wanted in by_service.items():
            if service == "oversight":
                for subject in mine:  # acceptances: none accepted in the bench
                    figures += [(subject.seed, code, weight, 0, None, "count") for code, _, weight in wanted]
                continue
            group_by = "institution" if kind == "institution" else "county"
            params: list[tuple[str, str | int | float | bool | None]] = [
                ("period_from", period[0].isoformat()),
                ("period_to", period[1].isoformat()),
                ("group_by", group_by),
            ]
            response = await kpi[service].get("/internal/kpis", params=params)
            assert response.status_code == 200, response.text
            reports = {
                (r["institution_id"] if group_by == "institution" else r["county_codes"][0]): r
                for r in response.json()["reports"]
            }
            for subject in mine:
                key = subject.body["subject_id"] if kind == "institution" else subject.counties[0]
                reported = {i["code"]: i for i in reports[key]["indicators"]}
                for code, kpi_code, weight in wanted:
                    i = reported[kpi_code]
                    figures.append((subject.seed, code, weight, i["numerator"], i["denominator"], i["unit"]))
    return figures


async def run(
    url: str, settings: Settings, keys: dict[str, tuple[str, str]], institutions: int
) -> dict[str, Any]:
    gateway = f"http://{settings.host}:{settings.gateway_port}"
    bureau = _http(gateway, keys["bureau"][0])
    evaluator = _http(gateway, keys["evaluator"][0])
    evaluator_id = keys["evaluator"][1]
    kpi = {
        name: internal_client(settings, "oversight", name)
        for name in ("enrollment", "assessment", "settlement")
    }
    try:
        schemes: dict[str, dict[str, Any]] = {}
        for kind in ("contractor", "institution"):
            made = await _ok(bureau.post("/api/v1/evaluation-schemes", json=scheme(kind)), 201)
            schemes[kind] = await _ok(bureau.post(f"/api/v1/evaluation-schemes/{made['id']}:approve"))
        subjects: list[Subject] = []
        counties = [code for code, *_ in COUNTIES_2022]
        for n, county in enumerate(counties):
            contractor = await _ok(
                bureau.post(
                    "/api/v1/contractors",
                    json={"credit_code": _credit_code(n), "name": f"经办机构 {county}", "team_size": 20},
                ),
                201,
            )
            contract = await _ok(
                bureau.post(
                    "/api/v1/contracts",
                    json={
                        "contractor_id": contractor["id"], "lot": f"标段 {county}-{uuid.uuid4().hex[:6]}",
                        "county_codes": [county], "starts_on": YEAR[0].isoformat(), "ends_on": "2029-06-30",
                        "procurement_method": "open_tender", "tender_reference": "BENCH", "fee_basis": "lump_sum",
                        "fee_amount_fen": 100_000_000, "fee_at_risk_bp": 2000, "performance_bond_fen": 1_000_000,
                        "finance_filing_reference": "BENCH", "finance_filed_on": "2026-06-20",
                    },
                ),
                201,
            )  # fmt: skip
            await _ok(
                bureau.post(
                    f"/api/v1/contracts/{contract['id']}/status-changes", json={"status": "in_force"}
                ),
                201,
            )
            subjects.append(
                Subject("contractor", n, {"scheme_id": schemes["contractor"]["id"], "subject_kind": "contractor",
                                          "contract_id": contract["id"], "period_from": YEAR[0].isoformat(),
                                          "period_to": YEAR[1].isoformat()})
            )  # fmt: skip
        for i in range(institutions):
            subjects.append(
                Subject("institution", 100 + i, {"scheme_id": schemes["institution"]["id"],
                                                 "subject_kind": "institution",
                                                 "subject_id": f"BENCH-INST-{i:04d}", "county_codes": [counties[i % 13]],
                                                 "period_from": QUARTER[0].isoformat(),
                                                 "period_to": QUARTER[1].isoformat()})
            )  # fmt: skip

        t0 = time.perf_counter()

        async def open_one(subject: Subject) -> None:
            made = await _ok(bureau.post("/api/v1/evaluations", json=subject.body), 201)
            subject.evaluation_id, subject.counties = made["id"], made["county_codes"]

        await in_batches(subjects, open_one)
        opened = time.perf_counter() - t0
        alone: dict[str, float] = {}
        for kind in ("contractor", "institution"):
            first = next(s for s in subjects if s.kind == kind)
            t1 = time.perf_counter()
            await _ok(bureau.post(f"/api/v1/evaluations/{first.evaluation_id}/kpi-snapshots"))
            alone[kind] = time.perf_counter() - t1
        t1 = time.perf_counter()
        calls: dict[str, dict[str, int]] = {}
        for kind, period in (("contractor", YEAR), ("institution", QUARTER)):
            batch = await _ok(
                bureau.post(
                    "/api/v1/evaluations:fetch-kpis",
                    json={"scheme_id": schemes[kind]["id"], "period_from": period[0].isoformat(),
                          "period_to": period[1].isoformat()},
                )
            )  # fmt: skip
            calls[kind] = batch["calls"]
        kpi_seconds = time.perf_counter() - t1
        t1 = time.perf_counter()
        await in_batches(subjects, lambda s: score(bureau, evaluator, evaluator_id, s))
        service_seconds = opened + kpi_seconds + time.perf_counter() - t1

        t0 = time.perf_counter()
        by_hand = await yardstick(url, await grouped_figures(kpi, subjects), subjects, schemes)
        yard_seconds = time.perf_counter() - t0
        mismatches = [s.seed for s in subjects if by_hand.get(s.seed) != (s.score, s.grade)]
        grades: dict[str, int] = {}
        for s in subjects:
            grades[s.grade or "?"] = grades.get(s.grade or "?", 0) + 1
        return {
            "subjects": len(subjects),
            "service": service_seconds,
            "kpi": kpi_seconds,
            "alone": alone,
            "calls": calls,
            "yardstick": yard_seconds,
            "mismatches": mismatches,
            "grades": grades,
        }
    finally:
        await bureau.aclose()
        await evaluator.aclose()
        for client in kpi.values():
            await client.aclose()


def _credit_code(n: int) -> str:
    return credit_code(9_000_000 + n, "330302")


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench evaluations")
    parser.add_argument("--institutions", type=int, default=300)
    parser.add_argument("--persons", type=int, default=2_400_000)
    parser.add_argument("--records", type=int, default=750_000, help="service records a month")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    base = Settings()
    database = open_database(base)
    url = with_database(database.url, "ltc_bench_evaluations")
    asyncio.run(ensure_database(url, recreate=True))
    ports = free_ports(5)
    os.environ["LTC_RATE_LIMITS_ENABLED"] = "false"  # the children read it: 313 subjects, one bureau key
    settings = Settings(
        database_url=url,
        data_dir=DATA / "run",
        gateway_port=ports[0],
        enrollment_port=ports[1],
        assessment_port=ports[2],
        settlement_port=ports[3],
        oversight_port=ports[4],
        internal_secret=SECRET,
        log_level=os.environ.get("LTC_LOG_LEVEL", "WARNING"),
        rate_limits_enabled=False,
    )
    services: Platform | None = None
    try:
        migrate_all(url)
        asyncio.run(load_reference_data(url, settings, demo=False))
        t0 = time.perf_counter()
        seeded = asyncio.run(seed_city(url, args.persons, args.institutions, args.records))
        seed_seconds = time.perf_counter() - t0
        print(f"seeded in {seed_seconds:.0f} s: {seeded}", flush=True)
        keys = asyncio.run(issue_keys(url, settings))
        services = Platform(settings, type(database)(url), SECRET)
        for service in ("enrollment", "assessment", "settlement", "oversight", "gateway"):
            services.start(service)
        services.wait_ready()
        before = _load()
        result = asyncio.run(run(url, settings, keys, args.institutions))
        after = _load()
    finally:
        if services is not None:
            services.stop()
        asyncio.run(drop_database(url))
        database.release()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    ratio = result["service"] / result["yardstick"] if result["yardstick"] else float("inf")
    grades = ", ".join(f"{g} {n}" for g, n in sorted(result["grades"].items()))
    calls = "; ".join(
        f"{kind}: " + ", ".join(f"{svc} {n}" for svc, n in made.items())
        for kind, made in result["calls"].items()
    )
    city = ", ".join(f"{name} {n:,}" for name, n in seeded.items())
    lines = [
        f"### Oversight: performance evaluation over a seeded city, through the gateway — {dt.date.today().isoformat()}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}; commit {commit}. "
        "The five services as processes (`services.launcher`), every call through the gateway with API keys; "
        f"the city seeded set-based in SQL in {seed_seconds:.0f} s ({city}). Command: "
        f"`python -m bench evaluations --institutions {args.institutions} --persons {args.persons} "
        f"--records {args.records}`. Load average (1/5/15 min) before {before}, after {after} (a load above the "
        "two cores means other work shared them: the figures are then an upper bound).",
        "",
        "| measurement | figure |",
        "|---|---|",
        f"| (a) one subject's KPI fetch alone (`/evaluations/{{id}}/kpi-snapshots`): a contractor's year / an "
        f"institution's quarter | {result['alone']['contractor']:.2f} s / {result['alone']['institution']:.2f} s |",
        f"| (b) the service: 13 contractors' year + {args.institutions} institutions' quarter "
        f"({result['subjects']} evaluations: open, KPIs by one batch per scheme, manual, assignment, "
        f"third-party, a {SURVEY_ANSWERS}-answer survey file, total; {CONCURRENCY} at a time) "
        f"| {result['service']:.1f} s ({result['subjects'] / result['service']:.1f} evaluations/s) |",
        f"| … of which the two KPI batches (`POST /evaluations:fetch-kpis`; calls per provider — {calls}) "
        f"| {result['kpi']:.1f} s |",
        f"| (c) yardstick: one grouped KPI call per service and grouping + one asyncpg/SQL pass scoring every "
        f"subject | {result['yardstick']:.2f} s |",
        f"| ratio (b)/(c) | {ratio:.1f}× |",
        f"| scores differing between (b) and (c) | {len(result['mismatches'])} |",
        f"| grades | {grades} |",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        RESULTS.write_text(RESULTS.read_text() + "\n" + report)
    return 0 if not result["mismatches"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
