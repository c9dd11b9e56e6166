"""Assessment: panel draws through the gateway, and the dry run of a new rule-set version.

Starts the four services as `make run` does, on a database of its own (`ltc_bench_assessment`), seeds with
set-based SQL (no API call per row):
- 500 active experts in 鹿城区 (330302), 50 institutions, each expert declaring relatives and family-doctor
  clients among the applicants, and ``--draws`` accepted applications whose care provider and family doctor
  exclude more experts;
- ``--assessments`` (default 100 000) served assessments in the 13 counties: application, draw, two scores
  with their totals and levels under NHSA-2021-37, a conclusion in force.
Then ``POST /api/v1/assessment-applications/{id}/panel-draws`` through the gateway from 32 concurrent
clients (p50/p99 latency, draws/s), and ``POST /api/v1/rule-sets/{draft}:dry-run`` of a draft with wider ADL
bands over all conclusions in force (seconds, best and median of three).

    python -m bench.assessment_panel_draws [--draws 2000] [--assessments 100000] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import os
import platform
import statistics
import sys
import time
import uuid
from typing import Any

import httpx
from sqlalchemy import text

from bench.support import free_ports
from services.assessment import reference
from services.assessment.reference import national_scale
from services.launcher import Platform, load_reference_data, migrate_all, open_database
from shared.db import create_engine, create_sessionmaker
from shared.embedded_db import ensure_database, with_database
from shared.settings import PROJECT_ROOT, Settings

RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
BENCH_SECRET = "bench-secret-of-at-least-32-characters"
CLIENTS = 32
EXPERTS = 500
COUNTIES = (
    "330302", "330303", "330304", "330305", "330381", "330382", "330371",
    "330326", "330327", "330328", "330329", "330324", "330383",
)  # fmt: skip

_SEED_POOL = [
    "TRUNCATE assessment.panel_assignments, assessment.scores, assessment.conclusions, assessment.objections,"
    " assessment.panel_draws, assessment.application_transitions, assessment.applications,"
    " assessment.expert_status_changes, assessment.experts CASCADE",
    f"""
    INSERT INTO assessment.experts (id, code, name, profession, institution_id, county_codes,
        qualification_expires_on, status, relative_person_ids, family_doctor_person_ids)
    SELECT md5('expert' || i)::uuid, 'BENCH-E' || i, '专家' || i,
           (ARRAY['doctor', 'nurse', 'rehabilitation_therapist'])[1 + i % 3], 'HOSP-' || (i % 50),
           ARRAY['330302'], DATE '2030-12-31', 'active', '{{}}', '{{}}'
    FROM generate_series(1, {EXPERTS}) i
    """,
    # each expert: a declared relative every 250th applicant, a family-doctor client every 400th
    """
    UPDATE assessment.experts e SET
        relative_person_ids = ARRAY(
            SELECT md5('person' || p)::uuid::text FROM generate_series(substr(e.code, 8)::int, :n, 250) p),
        family_doctor_person_ids = ARRAY(
            SELECT md5('person' || p)::uuid::text
            FROM generate_series(substr(e.code, 8)::int % 400 + 1, :n, 400) p)
    """,
    """
    INSERT INTO assessment.applications (id, kind, person_id, county_code, care_institution_id,
        family_doctor_id, self_assessment, self_assessment_grade, disabled_since, materials_complete, status,
        rule_set_version, received_on, onsite_due_on, created_by)
    SELECT md5('app' || i)::uuid, 'initial', md5('person' || i)::uuid::text, '330302', 'HOSP-' || (i % 60),
           'BENCH-E' || (1 + i * 7 % 500), '{}'::jsonb, 'F', DATE '2025-01-01', true, 'accepted',
           'NHSA-2021-37', CURRENT_DATE, CURRENT_DATE + 14, 'bench'
    FROM generate_series(1, :n) i
    """,
]

_SEED_ASSESSMENTS = [
    """
    INSERT INTO assessment.applications (id, kind, person_id, county_code, self_assessment,
        self_assessment_grade, disabled_since, materials_complete, status, rule_set_version, received_on,
        served_on, created_by)
    SELECT md5('dry-app' || i)::uuid, 'initial', md5('dry-person' || i)::uuid::text,
           (CAST(:counties AS text[]))[1 + i % 13], '{}'::jsonb, 'F', DATE '2024-01-01', true, 'served',
           'NHSA-2021-37', DATE '2026-01-05', DATE '2026-01-30', 'bench'
    FROM generate_series(1, :n) i
    """,
    """
    INSERT INTO assessment.panel_draws (id, application_id, round, algorithm, seed, panel_size, candidates,
        exclusions, panel, current, drawn_on, drawn_by)
    SELECT md5('dry-draw' || i)::uuid, md5('dry-app' || i)::uuid, 1, 'bench-seeded', 'seeded', 2, '[]', '[]',
           ARRAY[md5('expert' || (1 + i % 500))::uuid::text,
                 md5('expert' || (1 + (i + 1) % 500))::uuid::text],
           true, DATE '2026-01-06', 'bench'
    FROM generate_series(1, :n) i
    """,
    # two assessors per assessment, totals spread over the whole scale, level under NHSA-2021-37
    """
    INSERT INTO assessment.scores (id, application_id, round, draw_id, expert_id, items, adl_total,
        cognition_total, perception_total, level, rule_set_version, submitted_by)
    SELECT md5('dry-score' || t.i || '-' || t.k)::uuid, md5('dry-app' || t.i)::uuid, 1,
           md5('dry-draw' || t.i)::uuid, md5('expert' || (1 + (t.i + t.k) % 500))::uuid, '{}'::jsonb,
           t.adl, t.cog, t.per, lv.level, 'NHSA-2021-37', 'bench'
    FROM (
        SELECT i, k, 5 * (abs(hashtext('a' || i || '-' || k)) % 21) AS adl,
               abs(hashtext('c' || i || '-' || k)) % 17 AS cog,
               abs(hashtext('p' || i || '-' || k)) % 13 AS per
        FROM generate_series(1, :n) i CROSS JOIN generate_series(0, 1) k
    ) t
    JOIN assessment.rule_set_bands ba ON ba.version = 'NHSA-2021-37' AND ba.indicator = 'adl'
         AND t.adl BETWEEN ba.min_total AND ba.max_total
    JOIN assessment.rule_set_bands bc ON bc.version = 'NHSA-2021-37' AND bc.indicator = 'cognition'
         AND t.cog BETWEEN bc.min_total AND bc.max_total
    JOIN assessment.rule_set_bands bp ON bp.version = 'NHSA-2021-37' AND bp.indicator = 'perception'
         AND t.per BETWEEN bp.min_total AND bp.max_total
    JOIN assessment.rule_set_levels lv ON lv.version = 'NHSA-2021-37' AND lv.adl_grade = ba.grade
         AND lv.other_grade = GREATEST(bc.grade, bp.grade)
    """,
    """
    INSERT INTO assessment.conclusions (id, application_id, round, draw_id, person_id, county_code,
        computed_level, level, rule_set_version, concluded_on, valid_from, valid_to, status, concluded_by)
    SELECT md5('dry-conclusion' || a.id)::uuid, a.id, 1, s.draw_id::uuid,
           a.person_id, a.county_code, s.level, s.level, 'NHSA-2021-37', DATE '2026-01-20', DATE '2026-02-01',
           DATE '2028-01-31', 'in_force', 'bench'
    FROM assessment.applications a
    JOIN LATERAL (
        SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY level) AS level, min(draw_id::text) AS draw_id
        FROM assessment.scores WHERE application_id = a.id
    ) s ON true
    WHERE a.kind = 'initial' AND a.status = 'served'
    """,
]


async def seed(url: str, settings: Settings, draws: int, assessments: int) -> float:
    engine = create_engine(settings, url, "ltc-bench-seed")
    started = time.perf_counter()
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            await reference.load(session)
        async with engine.begin() as conn:
            await conn.execute(text("DELETE FROM assessment.rule_set_levels WHERE version LIKE 'BENCH-%'"))
            await conn.execute(text("DELETE FROM assessment.rule_set_bands WHERE version LIKE 'BENCH-%'"))
            await conn.execute(text("DELETE FROM assessment.rule_sets WHERE version LIKE 'BENCH-%'"))
            for sql in _SEED_POOL:
                await conn.execute(text(sql), {"n": draws})
            for sql in _SEED_ASSESSMENTS:
                await conn.execute(text(sql), {"n": assessments, "counties": list(COUNTIES)})
        async with engine.connect() as conn:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            for table in (
                "experts",
                "applications",
                "panel_draws",
                "scores",
                "conclusions",
                "panel_assignments",
            ):
                await conn.execute(text(f"ANALYZE assessment.{table}"))
    finally:
        await engine.dispose()
    return time.perf_counter() - started


def draft_document() -> dict[str, Any]:
    """NHSA-2021-37 with wider ADL bands (轻度 60–95, 中度 40–55): a city's plausible variant."""
    doc = national_scale.document().model_dump(mode="json")
    doc["version"] = f"BENCH-{dt.datetime.now():%Y%m%d%H%M%S}"
    doc["title"] = "benchmark draft: wider ADL bands"
    adl = {0: (100, 100), 1: (60, 99), 2: (40, 59), 3: (0, 39)}
    for band in doc["bands"]:
        if band["indicator"] == "adl":
            band["min_total"], band["max_total"] = adl[band["grade"]]
    return doc


async def drive_draws(gateway: str, key: str, draws: int) -> tuple[list[float], int, float]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    async with httpx.AsyncClient(
        base_url=gateway,
        headers={"Authorization": f"Bearer {key}"},
        limits=httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS),
        timeout=60,
    ) as client:
        for i in range(1, draws + 1):  # the ids the seed gave: md5('app' || i)::uuid
            queue.put_nowait(str(uuid.UUID(hashlib.md5(f"app{i}".encode()).hexdigest())))
        latencies: list[float] = []
        failures = 0

        async def worker() -> None:
            nonlocal failures
            while not queue.empty():
                app_id = queue.get_nowait()
                t0 = time.perf_counter()
                r = await client.post(f"/api/v1/assessment-applications/{app_id}/panel-draws")
                latencies.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 201:
                    failures += 1
                    if failures <= 3:
                        print(f"draw failed: {r.status_code} {r.text[:300]}", file=sys.stderr)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CLIENTS)))
        elapsed = time.perf_counter() - started
    return latencies, failures, elapsed


async def dry_runs(gateway: str, key: str) -> tuple[list[float], dict[str, Any]]:
    async with httpx.AsyncClient(
        base_url=gateway, headers={"Authorization": f"Bearer {key}"}, timeout=600
    ) as client:
        doc = draft_document()
        r = await client.post("/api/v1/rule-sets", json=doc)
        assert r.status_code == 201, r.text
        timings: list[float] = []
        body: dict[str, Any] = {}
        for _ in range(3):
            t0 = time.perf_counter()
            r = await client.post(f"/api/v1/rule-sets/{doc['version']}:dry-run")
            timings.append(time.perf_counter() - t0)
            assert r.status_code == 200, r.text
            body = r.json()
    return timings, body


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.assessment_panel_draws")
    parser.add_argument("--draws", type=int, default=2000)
    parser.add_argument("--assessments", type=int, default=100_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)

    base = Settings()
    database = open_database(base)
    bench_url = with_database(database.url, "ltc_bench_assessment")
    asyncio.run(ensure_database(bench_url))
    ports = free_ports(4)  # fixed ports could meet another run's server
    settings = Settings(
        database_url=bench_url,
        data_dir=PROJECT_ROOT / "bench" / ".data" / "assessment",
        gateway_port=ports[0],
        enrollment_port=ports[1],
        assessment_port=ports[2],
        settlement_port=ports[3],
        internal_secret=BENCH_SECRET,
        log_level=os.environ.get("LTC_LOG_LEVEL", "WARNING"),
    )
    migrate_all(bench_url)
    keys = asyncio.run(load_reference_data(bench_url, settings))
    seeded = asyncio.run(seed(bench_url, settings, args.draws, args.assessments))
    services = Platform(settings, type(database)(bench_url), BENCH_SECRET)
    try:
        for service in ("enrollment", "assessment", "settlement", "gateway"):
            services.start(service)
        services.wait_ready()
        gateway = f"http://{settings.host}:{settings.gateway_port}"
        latencies, failures, elapsed = asyncio.run(drive_draws(gateway, keys["contractor"], args.draws))
        timings, dry = asyncio.run(dry_runs(gateway, keys["bureau"]))
    finally:
        services.stop()
        database.release()

    changed = int(dry["changed"])
    lines = [
        f"### Assessment: panel draws and rule-set dry run — {dt.date.today().isoformat()}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        "load generator (httpx, same machine) drives the gateway. Command: "
        f"`python -m bench.assessment_panel_draws --draws {args.draws} --assessments {args.assessments}`. "
        f"Seeding with set-based SQL took {seeded:.1f} s.",
        "",
        "| measurement | figure |",
        "|---|---|",
        f"| panel draws, pool of {EXPERTS} experts with recusal, {CLIENTS} concurrent clients | "
        f"{len(latencies)} draws, {failures} failed, {len(latencies) / elapsed:,.0f} draws/s |",
        f"| draw latency p50 / p99 | {percentile(latencies, 0.5):.1f} ms"
        f" / {percentile(latencies, 0.99):.1f} ms |",
        f"| dry run of a draft over {args.assessments:,} assessments in force (best / median of 3) | "
        f"{min(timings):.2f} s / {statistics.median(timings):.2f} s |",
        f"| … persons who would change level under the draft | {changed:,} |",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        RESULTS.write_text(RESULTS.read_text() + "\n" + report)
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
