"""What the gateway costs: the same endpoint called directly (signed) and through the gateway.

Starts the four services as `make run` does (on a database of its own, `ltc_bench`), then drives
`GET /api/v1/counties` with wrk (Debian package `wrk`) at 1 and 32 connections, directly at the enrollment
service and through the gateway, and appends a table to bench/RESULTS.md. Yardstick (../shared/BASELINES.md):
gateway ≥ 0.35× direct throughput at 32 connections, ≤ +2 ms p50 on one connection.

    python -m bench [--seconds 10] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import shutil
from dataclasses import dataclass

from bench.support import free_ports, run_wrk
from services.launcher import Platform, load_reference_data, migrate_all, open_database
from shared.embedded_db import ensure_database, with_database
from shared.principal import Principal, Role, signed_headers
from shared.settings import PROJECT_ROOT, Settings

RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
PATH = "/api/v1/counties"
BENCH_SECRET = "bench-secret-of-at-least-32-characters"


@dataclass
class Run:
    target: str
    connections: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: str


def wrk(url: str, headers: dict[str, str], connections: int, seconds: int) -> tuple[float, float, float, str]:
    r = run_wrk(url, connections=connections, seconds=seconds, headers=headers)
    return r.requests_per_second, r.p50_ms, r.p99_ms, r.errors


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is needed: apt-get install wrk")
        return 2

    base = Settings()
    database = open_database(base)
    bench_url = with_database(database.url, "ltc_bench")
    asyncio.run(ensure_database(bench_url))
    ports = free_ports(4)
    settings = Settings(
        database_url=bench_url,
        data_dir=PROJECT_ROOT / "bench" / ".data",
        gateway_port=ports[0],
        enrollment_port=ports[1],
        assessment_port=ports[2],
        settlement_port=ports[3],
        internal_secret=BENCH_SECRET,
        log_level=os.environ.get("LTC_LOG_LEVEL", "INFO"),
    )
    migrate_all(bench_url)
    keys = asyncio.run(load_reference_data(bench_url, settings))
    services = Platform(settings, type(database)(bench_url), BENCH_SECRET)
    runs: list[Run] = []
    try:
        for service in ("enrollment", "assessment", "settlement", "gateway"):
            services.start(service)
        services.wait_ready()
        gateway = f"http://{settings.host}:{settings.gateway_port}{PATH}"
        direct = f"{settings.service_url('enrollment')}{PATH}"
        bureau = Principal(client_id="bench", name="bench", role=Role.BUREAU)
        for connections in (1, 32):
            # a signature is valid for 30 s: sign afresh before each run
            signed = signed_headers(BENCH_SECRET, bureau, "GET", PATH, "")
            runs.append(Run("direct (signed)", connections, *wrk(direct, signed, connections, args.seconds)))
            auth = {"Authorization": f"Bearer {keys['bureau']}"}
            runs.append(Run("through gateway", connections, *wrk(gateway, auth, connections, args.seconds)))
    finally:
        services.stop()
        database.release()

    by = {(r.target, r.connections): r for r in runs}
    ratio = by[("through gateway", 32)].requests_per_second / by[("direct (signed)", 32)].requests_per_second
    added_p50 = by[("through gateway", 1)].p50_ms - by[("direct (signed)", 1)].p50_ms
    lines = [
        f"### Gateway overhead — {dt.date.today().isoformat()}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"`GET {PATH}` (13 rows from PostgreSQL, 3.3 kB JSON), wrk {args.seconds} s per row, "
        "load generator on the same machine. Command: `make bench`.",
        "",
        "| target | connections | req/s | p50 ms | p99 ms | errors |",
        "|---|---|---|---|---|---|",
        *[
            f"| {r.target} | {r.connections} | {r.requests_per_second:,.0f} | {r.p50_ms:.2f} "
            f"| {r.p99_ms:.2f} | {r.errors} |"
            for r in runs
        ],
        "",
        f"Gateway throughput at 32 connections: **{ratio:.2f}×** direct (goal ≥ 0.35×). "
        f"Added p50 on one connection: **{added_p50:+.2f} ms** (goal ≤ +2 ms).",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        if not RESULTS.exists():
            RESULTS.write_text(
                "# Benchmark results\n\nFigures from `make bench`; each run appends its table.\n\n"
            )
        RESULTS.write_text(RESULTS.read_text() + "\n" + report)
    return 0
