"""Performance evaluation at city scale: every contractor's year and every institution's quarter, evaluated
through the oversight service, against a hand-written asyncpg pass computing the same scores.

On a database of its own (migrated, reference data loaded), the apps run in-process (httpx ASGI transports,
each call signed as the gateway signs): oversight, and enrollment, assessment and settlement answering their
KPI reports (over the reference data only: the KPI endpoints' cost over a city's records is the KPI
helper's to measure). Set up, not timed: a contract in force per county (13 contractors), an approved
contractor scheme (a year) and institution scheme (a quarter), each with computed indicators from all four
providers, a manual, a third-party and a survey indicator.

- (b) **the service**: for each of the 13 contractors and N institutions (default 300), four at a time:
  open the evaluation, fetch its KPIs (snapshotted), the bureau's manual score, assign the third-party
  indicator, the evaluator's score, import a survey file (40 answers), total → seconds;
- (c) **the yardstick**: one asyncpg pass that fetches the same KPI reports (the same calls to the same
  in-process services), COPYs the same inputs (KPI figures, manual and third-party points, survey answers)
  into temporary tables and computes every value, band points, weighted score and grade in one SQL
  statement → seconds; its scores must equal the service's.

    python -m bench evaluations [--institutions 300] [--no-write]
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
from services.assessment.app import create_app as create_assessment
from services.enrollment.app import create_app as create_enrollment
from services.enrollment.reference.wenzhou import COUNTIES_2022
from services.launcher import load_reference_data, migrate_all, open_database
from services.oversight.app import create_app as create_oversight
from services.settlement.app import create_app as create_settlement
from shared.app import internal_client
from shared.db import create_engine, create_sessionmaker, sync_url
from shared.embedded_db import ensure_database, with_database
from shared.principal import Principal, Role, SignedPrincipalAuth
from shared.settings import PROJECT_ROOT, Settings

RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
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


async def evaluate(
    bureau: httpx.AsyncClient, evaluator: httpx.AsyncClient, evaluator_id: str, subject: Subject
) -> float:
    """The whole path of one subject through the service; the seconds its KPI fetch took."""
    made = await _ok(bureau.post("/api/v1/evaluations", json=subject.body), 201)
    path = f"/api/v1/evaluations/{made['id']}"
    t0 = time.perf_counter()
    await _ok(bureau.post(path + "/kpi-snapshots"))
    kpi_seconds = time.perf_counter() - t0
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
            params={"evaluation_id": made["id"]},
            content=survey(SURVEY_ANSWERS, subject.seed, subject.period).encode(),
            headers={"Content-Type": "text/csv"},
        ),
        201,
    )
    total = await _ok(bureau.post(path + ":total"))
    subject.score, subject.grade, subject.counties = total["score_bp"], total["grade"], total["county_codes"]
    return kpi_seconds


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
    url: str, kpi: dict[str, httpx.AsyncClient], subjects: list[Subject], schemes: dict[str, dict[str, Any]]
) -> dict[int, tuple[int, str]]:
    figures: list[tuple[Any, ...]] = []
    given: list[tuple[Any, ...]] = []
    answers: list[tuple[Any, ...]] = []
    weights: list[tuple[Any, ...]] = []

    async def fetch(subject: Subject) -> None:
        by_service: dict[str, list[tuple[str, str, int]]] = {}
        for code, kpi_code, weight in KPIS[subject.kind]:
            by_service.setdefault(kpi_code.split(".")[0], []).append((code, kpi_code.split(".")[1], weight))
        for service, wanted in by_service.items():
            if service == "oversight":
                for code, _, weight in wanted:  # acceptances: none accepted in the bench
                    figures.append((subject.seed, code, weight, 0, None, "count"))
                continue
            params: list[tuple[str, str | int | float | bool | None]] = [
                ("county_code", c) for c in subject.counties
            ]
            params += [
                ("period_from", subject.period[0].isoformat()),
                ("period_to", subject.period[1].isoformat()),
            ]
            if subject.kind == "institution":
                params.append(("institution_id", subject.body["subject_id"]))
            report = (await kpi[service].get("/internal/kpis", params=params)).json()
            reported = {i["code"]: i for i in report["indicators"]}
            for code, kpi_code, weight in wanted:
                i = reported[kpi_code]
                figures.append((subject.seed, code, weight, i["numerator"], i["denominator"], i["unit"]))

    await in_batches(subjects, fetch)
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


async def run(url: str, settings: Settings, institutions: int) -> dict[str, Any]:
    engine = create_engine(settings, url, "ltc-bench-evaluations")
    sessions = create_sessionmaker(engine)
    apps: dict[str, FastAPI] = {
        "oversight": create_oversight(settings),
        "enrollment": create_enrollment(settings),
        "assessment": create_assessment(settings),
        "settlement": create_settlement(settings),
    }
    for app in apps.values():
        app.state.engine, app.state.sessionmaker = engine, sessions
    kpi = {
        name: internal_client(settings, "oversight", name, transport=httpx.ASGITransport(app=apps[name]))
        for name in ("enrollment", "assessment", "settlement")
    }
    apps["oversight"].state.kpi_clients = kpi
    bureau = _client(apps["oversight"], Principal(client_id="bench-bureau", name="bench", role=Role.BUREAU))
    evaluator_id = "bench-evaluator"
    evaluator = _client(
        apps["oversight"], Principal(client_id=evaluator_id, name="第三方", role=Role.EVALUATOR)
    )
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
        settlement = _client(
            apps["settlement"],
            Principal(
                client_id="bench-contractor", name="bench", role=Role.CONTRACTOR, county_codes=counties
            ),
        )
        for i in range(institutions):
            await _ok(
                settlement.post(
                    "/api/v1/institutions",
                    json={"id": f"BENCH-INST-{i:04d}", "name": f"护理机构 {i}", "county_code": counties[i % 13],
                          "kind": "home_care", "care_modes": ["home_visit"], "agreement_from": "2026-01-01",
                          "agreement_to": "2028-12-31"},
                ),
                201,
            )  # fmt: skip
        await settlement.aclose()
        for i in range(institutions):
            seed = 100 + i
            subjects.append(
                Subject("institution", seed, {"scheme_id": schemes["institution"]["id"], "subject_kind": "institution",
                                              "subject_id": f"BENCH-INST-{i:04d}", "county_codes": [counties[i % 13]],
                                              "period_from": QUARTER[0].isoformat(),
                                              "period_to": QUARTER[1].isoformat()})
            )  # fmt: skip
        t0 = time.perf_counter()
        kpi_seconds = await in_batches(subjects, lambda s: evaluate(bureau, evaluator, evaluator_id, s))
        service_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        by_hand = await yardstick(url, kpi, subjects, schemes)
        yard_seconds = time.perf_counter() - t0
        mismatches = [s.seed for s in subjects if by_hand.get(s.seed) != (s.score, s.grade)]
        grades: dict[str, int] = {}
        for s in subjects:
            grades[s.grade or "?"] = grades.get(s.grade or "?", 0) + 1
        return {
            "subjects": len(subjects),
            "service": service_seconds,
            "kpi": sum(kpi_seconds),
            "yardstick": yard_seconds,
            "mismatches": mismatches,
            "grades": grades,
        }
    finally:
        await bureau.aclose()
        await evaluator.aclose()
        for client in kpi.values():
            await client.aclose()
        await engine.dispose()


def _credit_code(n: int) -> str:
    return credit_code(9_000_000 + n, "330302")


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench evaluations")
    parser.add_argument("--institutions", type=int, default=300)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    base = Settings()
    database = open_database(base)
    url = with_database(database.url, "ltc_bench_evaluations")
    asyncio.run(ensure_database(url, recreate=True))
    settings = Settings(
        database_url=url,
        internal_secret=SECRET,
        log_level=os.environ.get("LTC_LOG_LEVEL", "WARNING"),
        rate_limits_enabled=False,
    )
    try:
        migrate_all(url)
        asyncio.run(load_reference_data(url, settings, demo=False))
        before = _load()
        result = asyncio.run(run(url, settings, args.institutions))
        after = _load()
    finally:
        database.release()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    ratio = result["service"] / result["yardstick"] if result["yardstick"] else float("inf")
    grades = ", ".join(f"{g} {n}" for g, n in sorted(result["grades"].items()))
    lines = [
        f"### Oversight: performance evaluation at city scale — {dt.date.today().isoformat()}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}; commit {commit}. "
        "The apps in-process (ASGI transports, calls signed as the gateway signs; the gateway itself not in the "
        "path), the KPI endpoints over the reference data only. Command: "
        f"`python -m bench evaluations --institutions {args.institutions}`. "
        f"Load average (1/5/15 min) before {before}, after {after}.",
        "",
        "| measurement | figure |",
        "|---|---|",
        f"| (b) the service: 13 contractors' year + {args.institutions} institutions' quarter "
        f"({result['subjects']} evaluations: open, KPIs fetched and snapshotted, manual, assignment, "
        f"third-party, a {SURVEY_ANSWERS}-answer survey file, total; {CONCURRENCY} at a time) "
        f"| {result['service']:.1f} s ({result['subjects'] / result['service']:.1f} evaluations/s) |",
        f"| … of which the KPI fetches (summed over the concurrent calls) | {result['kpi']:.1f} s |",
        f"| (c) yardstick: the same KPI calls + one asyncpg/SQL pass scoring every subject | {result['yardstick']:.2f} s |",
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
