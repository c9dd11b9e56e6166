"""The policy calculation (测算) at city scale: a settled year replayed under a draft rule set through the
gateway, against one hand-written SQL pass over the same year.

On a database of its own (migrated, reference data loaded), a city's settled year is generated straight into
settlement's tables with set-based SQL (``generate_series``), not submitted: 2.4 M insured persons each
billed for the year (``insured_persons``, ``person_bills``), ~25 k beneficiaries with a level 3–5 valid all
year (``disability_levels``), 312 institutions over the 13 counties (home care and elderly-care beds), ~9 M
service records over the twelve months (``service_records``), one settled run per county and month
(``settlement_runs``) and each record's stored check outcome (``service_record_checks``: 2 % cut
``NOT_COVERED``, the rest under the shipped monthly caps and fund shares, computed by a window pass the way
the checks compute them). Then, with only the gateway and settlement running:

- (b) **the projection**: the bureau drafts a copy of the shipped rules (``POST /benefit-rules``, draft) and
  starts a projection (``POST /projections``, 202); the run polls ``GET /projections/{id}`` until it has
  succeeded → seconds from the POST (the replay of the twelve months and the outputs);
- (c) **the yardstick**: one hand-written SQL pass over the same year with the same grouping — claimed and
  fund per county × care mode × level from the stored outcomes (no caps recomputed) → seconds.

The projection's replayed fund per county × mode × level must equal (c)'s stored fund (the draft is the
rules in force), and the run says whether it does.

    python -m bench projection [--records 9000000] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import subprocess
import time
from typing import Any

import asyncpg
import httpx

from bench.support import free_ports
from services.enrollment.reference.wenzhou import COUNTIES_2022
from services.gateway.api_clients import service as api_clients
from services.gateway.api_clients.schemas import ApiClientCreate
from services.launcher import Platform, load_reference_data, migrate_all, open_database
from shared.db import create_engine, create_sessionmaker, sync_url
from shared.embedded_db import drop_database, ensure_database, with_database
from shared.settings import PROJECT_ROOT, Settings

RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
DATA = PROJECT_ROOT / "bench" / ".data"
SECRET = "bench-secret-of-at-least-32-characters"
YEAR = 2025
INSURED = 2_400_000
BENEFICIARIES = 25_000
INSTITUTIONS_PER_COUNTY = 24
COUNTIES = [code for code, *_ in COUNTIES_2022]

# every beneficiary gets the same number of records per month; the person's institution (and its kind)
# decides the mode: a third of the institutions are elderly-care homes (beds), the rest home care (visits,
# and family care for every fifth person); 2 % of the persons are cut NOT_COVERED all year
GENERATE = """
INSERT INTO settlement.institutions (id, name, county_code, kind, beds, care_modes, agreement_from,
       agreement_to)
SELECT format('BP-%s-%s', c.code, n), format('测算机构 %s-%s', c.code, n), c.code,
       CASE WHEN n % 3 = 0 THEN 'elderly_care' ELSE 'home_care' END,
       CASE WHEN n % 3 = 0 THEN 120 ELSE 0 END,
       CASE WHEN n % 3 = 0 THEN ARRAY['elderly_care_bed'] ELSE ARRAY['home_visit', 'family_care'] END,
       date '2024-01-01', date '2027-12-31'
  FROM unnest(CAST($1 AS text[])) c(code) CROSS JOIN generate_series(1, $2) n;

CREATE TEMP TABLE gen_persons AS
SELECT n, CAST('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0') AS uuid) AS person_id,
       (CAST($1 AS text[]))[1 + n % cardinality(CAST($1 AS text[]))] AS county_code
  FROM generate_series(1, $3) n;

INSERT INTO settlement.insured_persons (person_id, county_code, category, enrolled_on)
SELECT person_id, county_code, 'retiree', date '2018-01-01' FROM gen_persons;
INSERT INTO settlement.person_bills (person_id, year, due_fen, paid_fen, due_on, grace_ends_on)
SELECT person_id, $5, 14000, 14000, make_date($5, 3, 31), make_date($5, 6, 30) FROM gen_persons;
INSERT INTO settlement.disability_levels (conclusion_id, person_id, county_code, level, valid_from, valid_to,
       rule_set_version)
SELECT gen_random_uuid(), person_id, county_code, 3 + n % 3, make_date($5 - 1, 1, 1), make_date($5 + 1, 12, 31),
       'NHSA-2021-37'
  FROM gen_persons WHERE n <= $4;
INSERT INTO settlement.settlement_runs (county_code, month, status, created_by)
SELECT c.code, make_date($5, m, 1), 'settled', 'bench'
  FROM unnest(CAST($1 AS text[])) c(code) CROSS JOIN generate_series(1, 12) m;
"""

RECORDS = """
INSERT INTO settlement.service_records (institution_id, record_id, county_code, person_id, caregiver_code,
       care_mode, service_date, start_time, end_time, amount_claimed_fen)
SELECT format('BP-%s-%s', p.county_code, 1 + p.n % $2), format('R-%s-%s-%s', p.n, m, k), p.county_code,
       p.person_id, 'CG-1',
       CASE WHEN (1 + p.n % $2) % 3 = 0 THEN 'elderly_care_bed' WHEN p.n % 5 = 0 THEN 'family_care'
            ELSE 'home_visit' END,
       make_date($4, m, 1 + (k - 1) % 28), time '08:00' + make_interval(hours => (k - 1) / 28),
       time '09:00' + make_interval(hours => (k - 1) / 28),
       CASE WHEN (1 + p.n % $2) % 3 = 0 THEN 12000 ELSE 8000 + (p.n * 7 + k * 13) % 4000 END
  FROM generate_series(1, 12) m CROSS JOIN gen_persons p CROSS JOIN generate_series(1, $3) k
 WHERE p.n <= $1
 ORDER BY m, p.n, k  -- a month's records arrive together, as the institutions' monthly files do
"""

# each record's outcome as the checks leave it: NOT_COVERED for 2 % of the persons, else the shipped
# monthly cap (a share of the base amount) in record order and the fund share with its rounding
CHECKS = """
INSERT INTO settlement.service_record_checks (record_id, run_id, county_code, month, checked_at, reason_codes,
       review_flags, fund_share_bp, eligible_fen, fund_fen, person_fen, deducted_fen)
SELECT id, run_id, county_code, m0, now(),
       CASE WHEN cut THEN ARRAY['NOT_COVERED'] WHEN eligible < claimed THEN ARRAY['OVER_MONTHLY_CAP']
            ELSE '{}'::text[] END,
       '{}', fund_share_bp, eligible, fund, eligible - fund, claimed - eligible
  FROM (SELECT y.*, CASE WHEN y.eligible > 0 THEN (y.eligible * y.fund_share_bp + 5000) / 10000 ELSE 0 END
                    AS fund
          FROM (SELECT x.*,
                       CASE WHEN x.cut THEN 0
                            ELSE least(x.claimed, greatest(0, x.cap - coalesce(sum(x.claimed) FILTER (WHERE NOT x.cut)
                                 OVER (PARTITION BY x.county_code, x.person_id, x.care_mode, x.m0
                                       ORDER BY x.service_date, x.start_time, x.id
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)))::bigint
                       END AS eligible
                  FROM (SELECT r.id, r.county_code, r.person_id, r.care_mode, r.service_date, r.start_time,
                               r.amount_claimed_fen AS claimed, date_trunc('month', r.service_date)::date AS m0,
                               run.id AS run_id, br.fund_share_bp,
                               br.monthly_cap_share_bp * rs.base_amount_fen / 10000 AS cap,
                               p.n % 50 = 0 AS cut
                          FROM settlement.service_records r
                          JOIN gen_persons p ON p.person_id = r.person_id
                          JOIN settlement.settlement_runs run ON run.county_code = r.county_code
                           AND run.month = date_trunc('month', r.service_date)::date
                          JOIN settlement.disability_levels d ON d.person_id = r.person_id
                          JOIN settlement.benefit_rule_sets rs ON rs.version = 'WZ-2022-reported'
                          JOIN settlement.benefit_rules br ON br.version = rs.version AND br.level = d.level
                           AND br.care_mode = r.care_mode AND br.institution_kind = 'any') x) y) z
 ORDER BY run_id, id
"""

YARDSTICK = """
SELECT r.county_code, r.care_mode, d.level::text AS level, count(*) AS records,
       sum(r.amount_claimed_fen) AS claimed, sum(x.fund_fen) AS fund
  FROM settlement.settlement_runs run
  JOIN settlement.service_record_checks x ON x.run_id = run.id
  JOIN settlement.service_records r ON r.id = x.record_id
  LEFT JOIN settlement.disability_levels d ON d.person_id = r.person_id
       AND r.service_date BETWEEN d.valid_from AND d.valid_to
 WHERE run.status = 'settled' AND run.month >= $1 AND run.month < $2
 GROUP BY 1, 2, 3
"""


async def generate(database_url: str, records: int, insured: int) -> dict[str, float]:
    """The year, set-based; (seconds of each step)."""
    per_month = max(1, round(records / BENEFICIARIES / 12))
    conn = await asyncpg.connect(sync_url(database_url))
    took: dict[str, float] = {}
    try:
        await conn.execute("SET statement_timeout = 0")
        started = time.perf_counter()
        # asyncpg runs a multi-statement text without arguments only: format the few numbers in
        script = GENERATE
        for i, value in enumerate(
            [
                "ARRAY[" + ",".join(f"'{c}'" for c in COUNTIES) + "]",
                INSTITUTIONS_PER_COUNTY,
                insured,
                BENEFICIARIES,
                YEAR,
            ],
            start=1,
        ):
            script = script.replace(f"${i}", str(value))
        await conn.execute(script)
        await conn.execute("ANALYZE gen_persons")
        took["persons_s"] = time.perf_counter() - started
        # a bulk load: the two big tables' indexes are built after it, and their per-row triggers skipped
        indexes = await conn.fetch(
            "SELECT i.indexname, i.tablename, i.indexdef, c.conname IS NOT NULL AS is_constraint "
            "FROM pg_indexes i LEFT JOIN pg_constraint c ON c.conname = i.indexname "
            "WHERE i.schemaname = 'settlement' AND i.tablename IN ('service_records', 'service_record_checks') "
            "AND i.indexname NOT LIKE 'pk_%'"
        )
        for ix in indexes:
            if ix["is_constraint"]:
                await conn.execute(
                    f"ALTER TABLE settlement.{ix['tablename']} DROP CONSTRAINT {ix['indexname']}"
                )
            else:
                await conn.execute(f"DROP INDEX settlement.{ix['indexname']}")
        await conn.execute("SET session_replication_role = replica")
        started = time.perf_counter()
        await conn.execute(RECORDS, BENEFICIARIES, INSTITUTIONS_PER_COUNTY, per_month, YEAR)
        took["records_s"] = time.perf_counter() - started
        started = time.perf_counter()
        await conn.execute(CHECKS)
        took["checks_s"] = time.perf_counter() - started
        started = time.perf_counter()
        await conn.execute("SET session_replication_role = DEFAULT")
        for ix in indexes:
            await conn.execute(ix["indexdef"])
        await conn.execute("ANALYZE")
        took["indexes_s"] = time.perf_counter() - started
    finally:
        await conn.close()
    return took


async def yardstick(database_url: str) -> tuple[float, dict[tuple[str, str, str], tuple[int, int, int]]]:
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        await conn.execute("SET statement_timeout = 0")
        started = time.perf_counter()
        rows = await conn.fetch(YARDSTICK, dt.date(YEAR, 1, 1), dt.date(YEAR + 1, 1, 1))
        took = time.perf_counter() - started
    finally:
        await conn.close()
    return took, {
        (r["county_code"], r["care_mode"], r["level"] or "none"): (r["records"], r["claimed"], r["fund"])
        for r in rows
    }


async def bureau_key(database_url: str, settings: Settings) -> str:
    engine = create_engine(settings, database_url, "bench")
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            issued = await api_clients.create_client(
                session, ApiClientCreate(name="bench-bureau", role="bureau"), set(COUNTIES)
            )
    finally:
        await engine.dispose()
    assert issued.key is not None
    return issued.key


async def project(gateway: str, key: str) -> tuple[float, dict[str, Any], list[int]]:
    """Draft a copy of the shipped rules, start the projection, poll until done: (seconds, outputs, the
    progress seen)."""
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=gateway, timeout=60, headers=headers) as client:
        shipped = (await client.get("/api/v1/benefit-rules/WZ-2022-reported")).json()
        draft = {
            "version": "BENCH-DRAFT",
            "effective_from": f"{YEAR + 2}-01-01",
            "base_amount_fen": shipped["base_amount_fen"],
            "source": "bench",
            "status": "draft",
            "rules": shipped["rules"],
        }
        created = await client.post("/api/v1/benefit-rules", json=draft)
        assert created.status_code == 201, created.text
        body = {
            "name": "bench",
            "base_year": YEAR,
            "rule_set_version": "BENCH-DRAFT",
            "contributions": [{"employer_fen": 9000, "individual_fen": 5000}],
        }
        started = time.perf_counter()
        queued = await client.post("/api/v1/projections", json=body)
        assert queued.status_code == 202, queued.text
        progress: list[int] = []
        while True:
            await asyncio.sleep(0.5)
            shown = (await client.get(f"/api/v1/projections/{queued.json()['id']}")).json()
            if not progress or progress[-1] != shown["progress_bp"]:
                progress.append(shown["progress_bp"])
            if shown["status"] in ("succeeded", "failed"):
                took = time.perf_counter() - started
                assert shown["status"] == "succeeded", shown["error"]
                return took, shown["outputs"], progress


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench projection")
    parser.add_argument("--records", type=int, default=9_000_000)
    parser.add_argument("--insured", type=int, default=INSURED)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the database (to EXPLAIN the replay)")
    args = parser.parse_args(argv)

    base = Settings()
    database = open_database(base)
    url = with_database(database.url, "ltc_bench_projection")
    asyncio.run(ensure_database(url, recreate=True))
    ports = free_ports(4)
    settings = Settings(
        database_url=url,
        data_dir=DATA / "run",
        gateway_port=ports[0],
        enrollment_port=ports[1],
        assessment_port=ports[2],
        settlement_port=ports[3],
        internal_secret=SECRET,
        log_level="WARNING",
    )
    services: Platform | None = None
    try:
        migrate_all(url)
        asyncio.run(load_reference_data(url, settings, demo=False))
        started = time.perf_counter()
        generated = asyncio.run(generate(url, args.records, args.insured))
        print(f"generated the year in {time.perf_counter() - started:.1f} s: {generated}")
        key = asyncio.run(bureau_key(url, settings))
        services = Platform(settings, type(database)(url), SECRET)
        for service in ("settlement", "gateway"):
            services.start(service)
        services.wait_ready()
        gateway = f"http://{settings.host}:{settings.gateway_port}"
        hand_s, hand = asyncio.run(yardstick(url))
        projection_s, outputs, progress = asyncio.run(project(gateway, key))
        load = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    finally:
        if services is not None:
            services.stop()
        if not args.keep:
            asyncio.run(drop_database(url))
        database.release()

    replayed = {
        (county["county_code"], c["care_mode"], c["level"]): (
            c["records"],
            c["claimed_fen"],
            c["replayed_fund_fen"],
        )
        for county in outputs["counties"]
        for c in county["cells"]
    }
    records = sum(n for n, _, _ in hand.values())
    agree = replayed == hand
    differences = {
        k: (hand.get(k), replayed.get(k)) for k in {*hand, *replayed} if hand.get(k) != replayed.get(k)
    }
    for k in sorted(differences, key=str)[:8]:
        print(
            "differs",
            k,
            "(records, claimed, fund) stored:",
            differences[k][0],
            "replayed:",
            differences[k][1],
        )
    ratio = projection_s / hand_s
    city = outputs["city"]
    lines = [
        f"### Policy calculation (测算) of a city year — {dt.date.today().isoformat()}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, embedded "
        f"PostgreSQL unless LTC_DATABASE_URL was set; only the gateway and settlement running; `uptime` at the "
        f"end: {load} (a load above the two cores means other work shared them: upper bounds). Year "
        f"{YEAR}: {records:,} settled service records of {BENEFICIARIES:,} beneficiaries, {args.insured:,} insured "
        f"billed, {len(COUNTIES) * INSTITUTIONS_PER_COUNTY} institutions over the 13 counties, generated with "
        f"set-based SQL in {sum(generated.values()):.0f} s (not timed). Command: `python -m bench projection "
        f"--records {args.records} --insured {args.insured}`.",
        "",
        "| step | seconds | rate | notes |",
        "|---|---|---|---|",
        f"| (b) projection through the gateway: POST → polled until succeeded (12 months replayed: level × mode "
        f"eligibility, monthly caps in record order, fund share; outputs stored) | {projection_s:.1f} | "
        f"{records / projection_s:,.0f} records/s | progress seen {progress}; goal < 60 s |",
        f"| (c) hand-written SQL: claimed and stored fund per county × mode × level, one pass | {hand_s:.1f} | "
        f"{records / hand_s:,.0f} records/s | {len(hand)} groups |",
        "",
        f"(b)/(c) = **{ratio:.2f}×**. The replayed fund per county × mode × level "
        + ("**equals** the stored outcomes" if agree else "**differs** from the stored outcomes")
        + f" (the draft is the shipped rules): city expenditure {city['expenditure_fen'] / 100:,.0f} 元, "
        f"income {city['income_fen'] / 100:,.0f} 元, result {city['result_fen'] / 100:,.0f} 元, county "
        f"finances' exposure {city['finance_exposure_fen'] / 100:,.0f} 元.",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        RESULTS.write_text(RESULTS.read_text() + "\n" + report)
    return 0 if agree else 1
