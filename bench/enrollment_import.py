"""Enrollment at city scale: 2.4 M persons imported through the gateway, against a raw COPY of the same file.

A generator writes a realistic city (2.4 M persons over the 13 accounting units in the proportions of seed 003
annex 2, employees with their employers, retirees and flexible workers, ~1 % bad rows of several kinds) to
bench/.data/. The run then measures, on a database of its own:
- the import of the whole file through the public API (gateway → enrollment), rows/s, and the enrollment
  process's peak memory;
- a raw COPY of the same file into an UNLOGGED text table on the same database, rows/s, and the ratio;
- the same file imported again (nothing changes);
- bill generation for everyone insured;
- GET coverage latency (p50/p99) with wrk at 32 connections.

    python -m bench enrollment [--persons 2400000] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import os
import platform
import random
import shutil
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import httpx
import psutil

from bench.support import free_ports, run_wrk
from services.enrollment.reference.wenzhou import COUNTIES_2022, wan_to_persons
from services.gateway.api_clients import service as api_clients
from services.gateway.api_clients.schemas import ApiClientCreate
from services.launcher import Platform, load_reference_data, migrate_all, open_database
from shared.db import create_engine, create_sessionmaker, sync_url
from shared.embedded_db import drop_database, ensure_database, with_database
from shared.settings import PROJECT_ROOT, Settings

DATA = PROJECT_ROOT / "bench" / ".data"
RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
SECRET = "bench-secret-of-at-least-32-characters"
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
HEADER = "id_number,name,category,county_code,employer_credit_code,enrolled_on\n"


def check_char(first17: str) -> str:
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]


def credit_code(n: int, region: str) -> str:
    first17 = f"91{region}MA{n:07d}"
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=True))
    return first17 + USCC_ALPHABET[(31 - total % 31) % 31]


def employers_for(per_county: int) -> list[tuple[str, str]]:
    return [
        (credit_code(i * 100 + c, code), code)
        for c, (code, *_rest) in enumerate(COUNTIES_2022)
        for i in range(per_county)
    ]


def generate(path: Path, persons: int, employers_per_county: int) -> tuple[int, list[tuple[str, str]]]:
    """Write the city file; returns (bad rows written, employers as (credit code, county))."""
    rng = random.Random(20221)
    weights = [wan_to_persons(insured) for _, _, _, insured, _, _ in COUNTIES_2022]
    total_weight = sum(weights)
    employers = employers_for(employers_per_county)
    by_county: dict[str, list[str]] = {}
    for code, county in employers:
        by_county.setdefault(county, []).append(code)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鹏飞斌建国志文"
    bad = 0
    serial = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        for c, (county, *_rest) in enumerate(COUNTIES_2022):
            share = round(persons * weights[c] / total_weight)
            address = {"330371": "330301", "330383": "330327"}.get(county, county)
            lines = []
            for _ in range(share):
                serial += 1
                birth = dt.date(1935, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 70))
                first17 = f"{address}{birth:%Y%m%d}{serial % 1000:03d}"
                number = first17 + check_char(first17)
                roll = rng.random()
                category = "employee" if roll < 0.68 else "retiree" if roll < 0.95 else "flexible"
                employer = rng.choice(by_county[county]) if category == "employee" else ""
                # every unit is in the scheme from 2022-06-25 on (seed 003): a realistic file enrols after it
                enrolled = dt.date(2022, 6, 25) + dt.timedelta(days=rng.randrange(0, 150))
                name = (
                    rng.choice(surnames)
                    + rng.choice(given)
                    + (rng.choice(given) if rng.random() < 0.6 else "")
                )
                fault = rng.random()
                if fault < 0.002:
                    number = number[:-1] + ("0" if number[-1] != "0" else "1")  # check character
                elif fault < 0.004:
                    category = "worker"
                elif fault < 0.006:
                    enrolled = None  # type: ignore[assignment]
                elif fault < 0.008 and category == "employee":
                    employer = ""
                elif fault < 0.009:
                    number = number[:17]
                if fault < 0.01 and (fault < 0.006 or fault >= 0.008 or category == "employee"):
                    bad += 1
                when = enrolled.isoformat() if enrolled else "2022-13-40"
                lines.append(f"{number},{name},{category},{county},{employer},{when}\n")
                if len(lines) >= 50_000:
                    out.writelines(lines)
                    lines.clear()
            out.writelines(lines)
    return bad, employers


def peak_rss(pid: int, stop: threading.Event, result: list[int]) -> None:
    process = psutil.Process(pid)
    peak = 0
    while not stop.is_set():
        try:
            peak = max(peak, process.memory_info().rss)
        except psutil.Error:
            break
        time.sleep(0.05)
    result.append(peak)


async def stream_file(path: Path) -> AsyncIterator[bytes]:
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            yield chunk


async def upload(url: str, key: str, path: Path) -> tuple[float, dict[str, object]]:
    async with httpx.AsyncClient(timeout=httpx.Timeout(900, connect=10)) as client:
        started = time.perf_counter()
        response = await client.post(
            f"{url}/api/v1/enrollment-imports",
            content=stream_file(path),
            headers={"Authorization": f"Bearer {key}", "Content-Type": "text/csv"},
        )
        elapsed = time.perf_counter() - started
    if response.status_code != 201:
        raise RuntimeError(f"upload answered {response.status_code}: {response.text[:500]}")
    return elapsed, response.json()


async def raw_copy(database_url: str, path: Path) -> float:
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        await conn.execute(
            "DROP TABLE IF EXISTS bench_raw_persons; CREATE UNLOGGED TABLE bench_raw_persons (id_number text, "
            "name text, category text, county_code text, employer_credit_code text, enrolled_on text)"
        )
        started = time.perf_counter()
        await conn.copy_to_table("bench_raw_persons", source=path, format="csv", header=True)
        return time.perf_counter() - started
    finally:
        await conn.execute("DROP TABLE IF EXISTS bench_raw_persons")
        await conn.close()


def without_repeats(path: Path) -> Path:
    """The file without the lines that repeat an earlier ID number (a unique index refuses them)."""
    target = path.with_suffix(".unique.csv")
    seen: set[str] = set()
    with path.open(encoding="utf-8") as source, target.open("w", encoding="utf-8") as out:
        for line in source:
            number = line.split(",", 1)[0]
            if number not in seen:
                seen.add(number)
                out.write(line)
    return target


async def typed_copy(database_url: str, path: Path) -> float:
    """BASELINES' yardstick: COPY into a typed persons table with primary key and unique ID-number index."""
    path = without_repeats(path)
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        await conn.execute(
            "DROP TABLE IF EXISTS bench_typed_persons; CREATE TABLE bench_typed_persons (id bigint GENERATED "
            'ALWAYS AS IDENTITY PRIMARY KEY, id_number varchar(18) COLLATE "C" UNIQUE, name text, category text, '
            "county_code varchar(6), employer_credit_code varchar(18), enrolled_on text)"
        )
        started = time.perf_counter()
        await conn.copy_to_table(
            "bench_typed_persons",
            source=path,
            format="csv",
            header=True,
            columns=["id_number", "name", "category", "county_code", "employer_credit_code", "enrolled_on"],
        )
        return time.perf_counter() - started
    finally:
        await conn.execute("DROP TABLE IF EXISTS bench_typed_persons")
        await conn.close()


def log_size(settings: Settings) -> int:
    log = settings.data_dir / "logs" / "enrollment.log"
    return log.stat().st_size if log.exists() else 0


def import_phases(settings: Settings, since: int) -> list[dict[str, object]]:
    """The enrollment service's own split of each import of this run (upload vs checks and merge)."""
    log = settings.data_dir / "logs" / "enrollment.log"
    phases = []
    with log.open("rb") as handle:
        handle.seek(since)
        text = handle.read().decode(errors="replace")
    for line in text.splitlines():
        if '"import_processed"' in line:
            with contextlib.suppress(ValueError):
                phases.append(json.loads(line))
    return phases


async def seed(database_url: str, settings: Settings, employers: list[tuple[str, str]]) -> str:
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        await conn.copy_records_to_table(
            "employers",
            schema_name="enrollment",
            records=[(c, f"企业{c[-6:]}", county) for c, county in employers],
            columns=["credit_code", "name", "county_code"],
        )
    finally:
        await conn.close()
    engine = create_engine(settings, database_url, "bench")
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            issued = await api_clients.create_client(
                session,
                ApiClientCreate(
                    name="bench-contractor", role="contractor", county_codes=[c for c, *_ in COUNTIES_2022]
                ),
                {c for c, *_ in COUNTIES_2022},
            )
    finally:
        await engine.dispose()
    assert issued.key is not None
    return issued.key


async def person_ids(database_url: str, n: int) -> list[str]:
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        rows = await conn.fetch("SELECT id FROM enrollment.persons TABLESAMPLE SYSTEM (1) LIMIT $1", n)
        return [str(r["id"]) for r in rows]
    finally:
        await conn.close()


def wrk_coverage(url: str, key: str, ids: list[str], seconds: int) -> tuple[float, float, float]:
    script = DATA / "coverage.lua"
    script.write_text(
        "ids = {" + ",".join(f'"{i}"' for i in ids) + "}\n"
        f'wrk.headers["Authorization"] = "Bearer {key}"\n'
        "request = function()\n"
        '  return wrk.format("GET", "/api/v1/persons/" .. ids[math.random(#ids)] .. "/coverage?on=2022-07-01")\n'
        "end\n"
    )
    result = run_wrk(url, connections=32, seconds=seconds, script=script)
    return result.requests_per_second, result.p50_ms, result.p99_ms


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench enrollment")
    parser.add_argument("--persons", type=int, default=2_400_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument(
        "--reuse-file", action="store_true", help="keep an earlier generated file of that size"
    )
    args = parser.parse_args(argv)
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"persons-{args.persons}.csv"
    employers_per_county = max(10, args.persons // 13 // 300)
    started = time.perf_counter()
    if args.reuse_file and path.exists():
        bad, employers = -1, employers_for(employers_per_county)
    else:
        bad, employers = generate(path, args.persons, employers_per_county)
    generated_in = time.perf_counter() - started
    rows = sum(1 for _ in path.open("rb")) - 1
    size_mb = path.stat().st_size / 1e6
    print(f"generated {rows:,} rows ({size_mb:.0f} MB, ~{bad:,} bad) in {generated_in:.1f} s")

    base = Settings()
    database = open_database(base)
    url = with_database(database.url, "ltc_bench_enrollment")
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
        log_level="INFO",
    )
    migrate_all(url)
    asyncio.run(load_reference_data(url, settings, demo=False))
    key = asyncio.run(seed(url, settings, employers))
    services = Platform(settings, type(database)(url), SECRET)
    log_start = log_size(settings)
    figures: dict[str, float] = {}
    try:
        for service in ("enrollment", "gateway"):  # the others would consume the feed meanwhile
            services.start(service)
        services.wait_ready()
        gateway = f"http://{settings.host}:{settings.gateway_port}"
        enrollment = next(c for c in services.children if c.service == "enrollment")
        stop = threading.Event()
        peak: list[int] = []
        watcher = threading.Thread(target=peak_rss, args=(enrollment.process.pid, stop, peak))
        watcher.start()
        figures["import_s"], job = asyncio.run(upload(gateway, key, path))
        stop.set()
        watcher.join()
        figures["peak_mb"] = peak[0] / 1e6
        figures["created"] = float(job["rows_created"])  # type: ignore[arg-type]
        figures["failed"] = float(job["rows_failed"])  # type: ignore[arg-type]
        figures["copy_s"] = asyncio.run(raw_copy(url, path))
        figures["typed_copy_s"] = asyncio.run(typed_copy(url, path))
        figures["reimport_s"], again = asyncio.run(upload(gateway, key, path))
        figures["reimport_created"] = float(again["rows_created"])  # type: ignore[arg-type]
        t0 = time.perf_counter()
        bills = httpx.post(
            f"{gateway}/api/v1/contribution-bills:generate",
            json={"year": 2022},
            headers={"Authorization": f"Bearer {key}"},
            timeout=900,
        )
        figures["bills_s"] = time.perf_counter() - t0
        bills.raise_for_status()
        figures["bills"] = float(bills.json()["bills_created"])
        if shutil.which("wrk"):
            ids = asyncio.run(person_ids(url, 2000))
            figures["cov_rps"], figures["cov_p50"], figures["cov_p99"] = wrk_coverage(
                gateway, key, ids, args.seconds
            )
        else:
            print("wrk is not installed (apt install wrk): GET coverage under load is not measured")
        phases = import_phases(settings, log_start)
    finally:
        services.stop()
        asyncio.run(drop_database(url))
        database.release()

    import_rate = rows / figures["import_s"]
    copy_rate = rows / figures["copy_s"]
    lines = [
        f"### Enrollment at city scale — {dt.date.today().isoformat()}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, embedded "
        f"PostgreSQL unless LTC_DATABASE_URL was set. File: {rows:,} persons ({size_mb:.0f} MB CSV, ~1 % bad rows "
        "of five kinds), 13 accounting units in annex-2 proportions. Command: `make bench` (`python -m bench "
        f"enrollment --persons {args.persons}`).",
        "",
        "| step | seconds | rows/s | notes |",
        "|---|---|---|---|",
        f"| import through the gateway (CSV upload → COPY staging → SQL checks → merge + events) | "
        f"{figures['import_s']:.1f} | {import_rate:,.0f} | {figures['created']:,.0f} created, "
        f"{figures['failed']:,.0f} refused; enrollment peak RSS {figures['peak_mb']:.0f} MB |",
        f"| raw COPY of the same file into an UNLOGGED text table | {figures['copy_s']:.1f} | {copy_rate:,.0f} | |",
        f"| COPY of the same persons into a typed table with primary key and unique ID index (yardstick) | "
        f"{figures['typed_copy_s']:.1f} | {rows / figures['typed_copy_s']:,.0f} | repeated ID numbers left out |",
        f"| the same file imported again | {figures['reimport_s']:.1f} | {rows / figures['reimport_s']:,.0f} | "
        f"{figures['reimport_created']:,.0f} created |",
        f"| bills of 2022 for everyone insured | {figures['bills_s']:.1f} | {figures['bills'] / figures['bills_s']:,.0f} | "
        f"{figures['bills']:,.0f} bills |",
    ]
    if "cov_rps" in figures:
        lines.append(
            f"| GET coverage, wrk 32 connections {args.seconds} s | — | {figures['cov_rps']:,.0f} req/s | "
            f"p50 {figures['cov_p50']:.1f} ms, p99 {figures['cov_p99']:.1f} ms |"
        )
    lines += [
        "",
        f"Import at **{import_rate / copy_rate:.2f}×** raw COPY speed and **{figures['typed_copy_s'] / figures['import_s']:.2f}×** "
        f"the typed COPY (BASELINES goal ≥ 0.5× of the typed COPY, ≥ 65 k rows/s, < 40 s; the re-import ≤ 20 s); peak "
        f"memory of the service {figures['peak_mb']:.0f} MB (goal < 500 MB).",
        "",
        "The service's own split (its log): "
        + "; ".join(
            f"{p['rows']:,} rows: upload into staging {p['upload_s']} s, checks and merge {p['checks_and_merge_s']} s"
            for p in phases
        )
        + ".",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        RESULTS.write_text(RESULTS.read_text() + "\n" + report)
    return 0
