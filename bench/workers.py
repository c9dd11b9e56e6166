"""Whether more uvicorn workers pay on this machine: the enrollment service and the gateway with one worker
each beside the same two with two workers each, in one run on one database.

Both platforms run side by side (idle while the other is measured) and the rows alternate, twice, so a drift
of the machine's load hits both alike; the figures to read are the ratios of a row to its one-worker row.
``GET /api/v1/counties`` at 32 connections, directly at the service (signed) and through the gateway. Rate
limits are off in both (a two-worker gateway needs a shared store for them) and the replay check is off
(wrk replays one signed call). Prints the table; ``--write`` appends it to bench/RESULTS.md.

    python -m bench.workers [--seconds 5] [--connections 32] [--rounds 2] [--write]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import statistics
import sys
from dataclasses import dataclass

import psutil

from bench.support import free_ports, run_wrk
from services.launcher import Platform, load_reference_data, migrate_all, open_database
from shared.embedded_db import ensure_database, with_database
from shared.principal import Principal, Role, signed_headers
from shared.settings import PROJECT_ROOT, Settings

RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
PATH = "/api/v1/counties"
BENCH_SECRET = "bench-secret-of-at-least-32-characters"


@dataclass
class Row:
    workers: int
    target: str
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: str
    cpu_ms_per_request: float


def cpu_seconds(running: Platform) -> float:
    """User and system CPU of every process of the platform (the uvicorn supervisors and their workers):
    CPU per request is what holds still when other work on the machine changes the req/s."""
    total = 0.0
    for child in running.children:
        root = psutil.Process(child.process.pid)
        for process in [root, *root.children(recursive=True)]:
            try:
                times = process.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += times.user + times.system
    return total


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.workers")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)

    os.environ["LTC_RATE_LIMITS_ENABLED"] = "false"
    os.environ["LTC_SIGNATURE_REPLAY_CHECK"] = "false"
    base = Settings()
    database = open_database(base)
    bench_url = with_database(database.url, "ltc_bench")
    asyncio.run(ensure_database(bench_url))
    migrate_all(bench_url)
    platforms: dict[int, Platform] = {}
    rows: list[Row] = []
    try:
        keys: dict[str, str] = {}
        for workers in (1, 2):
            gateway_port, enrollment_port = free_ports(2)
            settings = Settings(
                database_url=bench_url,
                data_dir=PROJECT_ROOT / "bench" / ".data" / f"workers-{workers}",
                gateway_port=gateway_port,
                enrollment_port=enrollment_port,
                internal_secret=BENCH_SECRET,
                enrollment_workers=workers,
                gateway_workers=workers,
                rate_limits_enabled=False,
                signature_replay_check=False,
                log_level=os.environ.get("LTC_LOG_LEVEL", "WARNING"),
            )
            keys = keys or asyncio.run(load_reference_data(bench_url, settings))
            platforms[workers] = Platform(settings, type(database)(bench_url), BENCH_SECRET)
            platforms[workers].start("enrollment")
            platforms[workers].start("gateway")
        for running in platforms.values():
            running.wait_ready()
        bureau = Principal(client_id="bench", name="bench", role=Role.BUREAU)
        for _ in range(args.rounds):
            for workers, running in platforms.items():
                settings = running.settings
                signed = signed_headers(BENCH_SECRET, bureau, "GET", PATH, "")
                targets = {
                    "direct (signed)": (f"{settings.service_url('enrollment')}{PATH}", signed),
                    "through gateway": (
                        f"http://{settings.host}:{settings.gateway_port}{PATH}",
                        {"Authorization": f"Bearer {keys['bureau']}"},
                    ),
                }
                for target, (url, headers) in targets.items():
                    before = cpu_seconds(running)
                    r = run_wrk(url, connections=args.connections, seconds=args.seconds, headers=headers)
                    requests = max(r.requests_per_second * args.seconds, 1)
                    cpu_ms = (cpu_seconds(running) - before) / requests * 1000
                    rows.append(
                        Row(workers, target, r.requests_per_second, r.p50_ms, r.p99_ms, r.errors, cpu_ms)
                    )
    finally:
        for running in platforms.values():
            running.stop()
        database.release()

    def median(workers: int, target: str) -> float:
        return statistics.median(
            r.requests_per_second for r in rows if r.workers == workers and r.target == target
        )

    def cpu(workers: int, target: str) -> float:
        return statistics.median(
            r.cpu_ms_per_request for r in rows if r.workers == workers and r.target == target
        )

    load = os.getloadavg()
    lines = [
        f"### Workers: one or two uvicorn processes per service — {dt.date.today().isoformat()}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, load average "
        f"{load[0]:.2f} at the end; `GET {PATH}` at {args.connections} connections, wrk {args.seconds} s per "
        f"row, {args.rounds} rounds alternating, load generator on the same machine. "
        "Command: `python -m bench.workers`.",
        "",
        "| workers | target | req/s | p50 ms | p99 ms | CPU ms/request | errors |",
        "|---|---|---|---|---|---|---|",
        *[
            f"| {r.workers} | {r.target} | {r.requests_per_second:,.0f} | {r.p50_ms:.2f} | {r.p99_ms:.2f} "
            f"| {r.cpu_ms_per_request:.2f} | {r.errors} |"
            for r in rows
        ],
        "",
        *[
            f"{target}: two workers **{median(2, target) / median(1, target):.2f}×** one worker "
            f"(medians {median(2, target):,.0f} / {median(1, target):,.0f} req/s), CPU per request "
            f"{cpu(2, target) / cpu(1, target):.2f}×."
            for target in ("direct (signed)", "through gateway")
        ],
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        RESULTS.write_text(RESULTS.read_text() + "\n" + report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
