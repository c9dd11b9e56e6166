"""Per-request speed as a ladder, in one run on one database: how much of a plain asyncpg app's throughput the
enrollment service keeps, and how much of that the gateway keeps (issue 13).

The rungs, each one uvicorn process unless ``--workers``, the launcher's flags (``--no-access-log``; uvloop and
httptools, uvicorn's choice when installed), on the same database and data:
  (a) ``bench/minimal_app.py``: FastAPI on an asyncpg pool sending the service's own SQL (the yardstick;
      its docstring says how that SQL was captured), no auth;
  (b) the enrollment service called directly, signed as a contractor of every unit (wrk cannot sign: each
      request is pre-signed into a table a Lua script replays, signed afresh before every run so no
      signature outlives ``LTC_SIGNATURE_MAX_AGE_SECONDS``; the replay check is off for the benchmark);
  (c) through the gateway with that contractor's API key.
Operations: a reference read (``GET /api/v1/counties``), a person's coverage (``GET /persons/{id}/coverage``,
cycling over 2,000 persons), a list page (``GET /persons?limit=50``) and a small write (``POST /payments``,
each request another unpaid half of a bill with its own reference and ``Idempotency-Key``). At 1 and 32
connections, ``--repetitions`` times (medians), rungs interleaved so background load hits all of them alike.
After the writes a query checks that each payment landed once (bill totals = their payments, one event each).

Seeding goes the public way: a generated city file (bench/enrollment_import.py's generator) imported through
the gateway, the 2022 bill run, ANALYZE. Only the enrollment service and the gateway run (the other services
would consume the feeds meanwhile). ``--workers N`` is passed as ``LTC_WORKERS`` when the launcher knows it
(the minimal app then gets the same count); otherwise every rung stays one process and the report says so.

    python -m bench requests [--seconds 5] [--repetitions 3] [--no-write] [--quick] [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import importlib.util
import json
import logging
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import httpx
import psutil

from bench import enrollment_import
from bench.support import WrkResult, free_ports, run_wrk
from services.enrollment.reference.wenzhou import COUNTIES_2022
from services.launcher import Database, Platform, load_reference_data, migrate_all, open_database
from shared.db import sync_url
from shared.embedded_db import drop_database, ensure_database, with_database
from shared.principal import Principal, Role, signed_headers
from shared.settings import PROJECT_ROOT, Settings

RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
DATA = PROJECT_ROOT / "bench" / ".data" / "requests"
DATABASE = "ltc_bench_requests"
SECRET = "bench-secret-of-at-least-32-characters"
TARGETS = ("minimal", "service", "gateway")
RUNG = {"minimal": "(a) minimal", "service": "(b) service", "gateway": "(c) gateway"}
OPERATIONS = ("counties", "coverage", "persons", "payment")
LABEL = {
    "counties": "GET /counties",
    "coverage": "GET /persons/{id}/coverage",
    "persons": "GET /persons?limit=50",
    "payment": "POST /payments",
}
CONNECTIONS = (1, 32)
COVERAGE_ON = "2022-07-01"
PAID_ON = "2022-08-01"
COVERAGE_PERSONS = 2000
# the most writes one run may send (per second of the run): a table this long is never used up on 2 cores
WRITES_PER_SECOND = {1: 1500, 32: 4000}
GOALS = {"service": 0.5, "gateway": 0.4}
GOAL_ADDED_P50_MS = 1.0
# wrk counts an answer slower than this as a `timeout` error and leaves it out of the percentiles; a loaded
# 2-core machine answers a write at 32 connections in 1-2 s, which is a latency to report, not an error
WRK_TIMEOUT_SECONDS = 10
SEPARATOR = b"\x01"  # between the raw requests of a table (never inside an HTTP request)


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    query: str = ""
    body: bytes = b""
    idempotency_key: str | None = None

    @property
    def target(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path


@dataclass
class Measured:
    target: str
    operation: str
    connections: int
    result: WrkResult
    counts: dict[str, int] = field(default_factory=dict)
    cpu_seconds: float = 0.0  # user + system CPU of the rung's own processes (workers included) over the run
    seconds: int = 0

    @property
    def cpu_us_per_request(self) -> float:
        requests = self.result.requests_per_second * self.seconds
        return self.cpu_seconds / requests * 1e6 if requests else float("nan")


@dataclass
class Ladder:
    """What the runs need: where each rung listens, how it is called, and the seeded data."""

    settings: Settings
    database_url: str
    base: dict[str, str]
    api_key: str
    principal: Principal
    person_ids: list[str]
    seconds: int
    run_number: int = 0
    # the processes a call of each rung runs through: the minimal app; the service; the gateway and the service
    pids: dict[str, list[int]] = field(default_factory=dict)

    def headers(self, target: str, call: Call) -> dict[str, str]:
        headers = {"Idempotency-Key": call.idempotency_key} if call.idempotency_key else {}
        if target == "gateway":
            headers["Authorization"] = f"Bearer {self.api_key}"
        elif target == "service":
            headers |= signed_headers(
                SECRET, self.principal, call.method, call.path, call.query, body=call.body
            )
        return headers


def raw_request(host: str, call: Call, headers: dict[str, str]) -> bytes:
    lines = [
        f"{call.method} {call.target} HTTP/1.1",
        f"Host: {host}",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    if call.method != "GET":
        lines += ["Content-Type: application/json", f"Content-Length: {len(call.body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + call.body


LUA = """-- generated by bench/per_request.py: replays a table of raw requests, each thread its own share
local path, nthreads = %(path)s, %(threads)d
local threads, next_tid = {}, 0
function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end
function init(args)
  local f = assert(io.open(path, "rb"))
  local data = f:read("*a")
  f:close()
  reqs = {}
  for r in data:gmatch("([^\\1]+)\\1") do reqs[#reqs + 1] = r end
  k, sent, s200, s201, other, wrapped = 0, 0, 0, 0, 0, 0
end
function request()
  local i = tid + k * nthreads
  k = k + 1
  if i >= #reqs then
    wrapped = wrapped + 1
    i = i %% #reqs
  end
  sent = sent + 1
  return reqs[i + 1]
end
function response(status, headers, body)
  if status == 200 then s200 = s200 + 1 elseif status == 201 then s201 = s201 + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local t = {sent = 0, s200 = 0, s201 = 0, other = 0, wrapped = 0}
  for _, thread in ipairs(threads) do
    for name, _ in pairs(t) do t[name] = t[name] + thread:get(name) end
  end
  io.write(string.format("LADDER sent=%%d s200=%%d s201=%%d other=%%d wrapped=%%d\\n",
    t.sent, t.s200, t.s201, t.other, t.wrapped))
end
"""


def counts_of(output: str) -> dict[str, int]:
    for line in output.splitlines():
        if line.startswith("LADDER "):
            return {k: int(v) for k, v in (item.split("=") for item in line.split()[1:])}
    return {}


def run_table(ladder: Ladder, target: str, operation: str, connections: int, calls: list[Call]) -> Measured:
    """Sign (for the service) and write the table, then wrk it; the table is made just before the run."""
    base = ladder.base[target]
    host = base.removeprefix("http://")
    ladder.run_number += 1
    table = DATA / f"table-{ladder.run_number}.bin"
    table.write_bytes(b"".join(raw_request(host, c, ladder.headers(target, c)) + SEPARATOR for c in calls))
    script = DATA / f"table-{ladder.run_number}.lua"
    threads = min(2, connections)
    script.write_text(LUA % {"path": json.dumps(str(table)), "threads": threads})
    cpu_before = cpu_seconds(ladder.pids.get(target, []))
    try:
        result = run_wrk(
            base + calls[0].target,
            connections=connections,
            seconds=ladder.seconds,
            script=script,
            timeout_seconds=WRK_TIMEOUT_SECONDS,
        )
    finally:
        table.unlink(missing_ok=True)
        script.unlink(missing_ok=True)
    cpu = cpu_seconds(ladder.pids.get(target, [])) - cpu_before
    return Measured(
        target, operation, connections, result, counts_of(result.output), cpu, seconds=ladder.seconds
    )


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds used so far by these processes and every process under them (uvicorn's
    workers). Unlike a rate, CPU per request hardly moves when other work shares the machine: the figure to
    read when the load average is high."""
    total = 0.0
    for pid in pids:
        try:
            root = psutil.Process(pid)
            for process in (root, *root.children(recursive=True)):
                times = process.cpu_times()
                total += times.user + times.system
        except psutil.NoSuchProcess:
            continue
    return total


def read_calls(ladder: Ladder, operation: str) -> list[Call]:
    if operation == "counties":
        return [Call("GET", "/api/v1/counties")]
    if operation == "persons":
        return [Call("GET", "/api/v1/persons", "limit=50")]
    return [Call("GET", f"/api/v1/persons/{p}/coverage", f"on={COVERAGE_ON}") for p in ladder.person_ids]


UNPAID_HALVES = """
SELECT id, payer, channel, amount FROM (
    SELECT id, 'employer' AS payer, 'employer_premium_transfer' AS channel, employer_due_fen AS amount, 0 AS o
      FROM enrollment.contribution_bills
     WHERE employer_half_payer = 'employer' AND employer_paid_fen = 0 AND employer_due_fen > 0
    UNION ALL
    SELECT id, 'individual', CASE WHEN category = 'retiree' THEN 'annual_self_payment'
                                  ELSE 'personal_account' END, individual_due_fen, 1
      FROM enrollment.contribution_bills
     WHERE individual_paid_fen = 0 AND individual_due_fen > 0) halves
ORDER BY o, id
LIMIT $1
"""


async def unpaid_halves(database_url: str, n: int) -> list[asyncpg.Record]:
    """The next ``n`` halves nobody has paid, a bill's two halves far apart (no request waits on another's
    row lock)."""
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        return list(await conn.fetch(UNPAID_HALVES, n))
    finally:
        await conn.close()


def payment_calls(ladder: Ladder, connections: int, prefix: str) -> list[Call]:
    halves = asyncio.run(unpaid_halves(ladder.database_url, WRITES_PER_SECOND[connections] * ladder.seconds))
    return [
        Call(
            "POST",
            "/api/v1/payments",
            body=json.dumps(
                {
                    "bill_id": str(h["id"]),
                    "payer": h["payer"],
                    "channel": h["channel"],
                    "amount_fen": h["amount"],
                    "paid_on": PAID_ON,
                    "external_ref": f"{prefix}-{n}",
                },
                separators=(",", ":"),
            ).encode(),
            idempotency_key=uuid.uuid4().hex,
        )
        for n, h in enumerate(halves)
    ]


def measure(ladder: Ladder, target: str, operation: str, connections: int) -> Measured:
    if operation != "payment":
        return run_table(ladder, target, operation, connections, read_calls(ladder, operation))
    prefix = f"bench-{ladder.run_number + 1}-{target}-{connections}"
    calls = payment_calls(ladder, connections, prefix)
    if not calls:
        raise RuntimeError("no unpaid halves left: seed more persons (--persons)")
    measured = run_table(ladder, target, operation, connections, calls)
    landed = asyncio.run(count_payments(ladder.database_url, prefix))
    measured.counts["landed"] = landed
    measured.counts["table"] = len(calls)
    return measured


async def count_payments(database_url: str, prefix: str) -> int:
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        return int(
            await conn.fetchval(
                "SELECT count(*) FROM enrollment.payments WHERE external_ref LIKE $1", f"{prefix}-%"
            )
        )
    finally:
        await conn.close()


WRITE_CHECKS = {
    "bills whose paid amounts differ from their payments": """
        SELECT count(*) FROM enrollment.contribution_bills b
          LEFT JOIN (SELECT bill_id, sum(applied_fen) AS applied FROM enrollment.payments GROUP BY bill_id) p
            ON p.bill_id = b.id
         WHERE b.employer_paid_fen + b.individual_paid_fen <> coalesce(p.applied, 0)""",
    "references recorded more than once": """
        SELECT count(*) FROM (SELECT 1 FROM enrollment.payments GROUP BY channel, external_ref
                              HAVING count(*) > 1) twice""",
    "payments without exactly one contribution.received event": """
        SELECT count(*) FROM enrollment.payments p
          LEFT JOIN (SELECT aggregate_id, count(*) AS n FROM enrollment.outbox_events
                      WHERE event_type = 'contribution.received' GROUP BY aggregate_id) e
            ON e.aggregate_id = p.id::text
         WHERE p.applied_fen > 0 AND coalesce(e.n, 0) <> 1""",
}


async def check_writes(database_url: str) -> tuple[int, dict[str, int]]:
    """(payments recorded, problem → count): every count must be 0."""
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        payments = int(
            await conn.fetchval("SELECT count(*) FROM enrollment.payments WHERE external_ref LIKE 'bench-%'")
        )
        return payments, {name: int(await conn.fetchval(sql)) for name, sql in WRITE_CHECKS.items()}
    finally:
        await conn.close()


async def capture_sql(ladder: Ladder, calls: dict[str, Call]) -> str:
    """The statements the service sends for each operation, as bench/minimal_app.py's docstring says they
    were captured: the enrollment app in-process on the seeded database, the ``sqlalchemy.engine`` logger at
    INFO, one signed call each (the payment pays an unpaid half for real)."""
    from services.enrollment.app import create_app
    from shared.db import create_engine, create_sessionmaker

    statements: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            statements.append(record.getMessage())

    app = create_app(ladder.settings)
    engine = create_engine(ladder.settings, ladder.database_url, "bench-capture")
    app.state.engine, app.state.sessionmaker = engine, create_sessionmaker(engine)
    logger = logging.getLogger("sqlalchemy.engine.Engine")
    handler = Collect()
    out: list[str] = []
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://enrollment.bench") as client:
            for op in OPERATIONS:
                call = calls[op]
                logger.addHandler(handler)
                logger.setLevel(logging.INFO)
                logger.propagate = False
                try:
                    response = await client.request(
                        call.method,
                        call.target,
                        content=call.body or None,
                        headers={**ladder.headers("service", call), "Content-Type": "application/json"},
                    )
                finally:
                    logger.removeHandler(handler)
                    logger.setLevel(logging.WARNING)
                    logger.propagate = True
                out += [f"== {LABEL[op]} → {response.status_code}", *statements, ""]
                statements.clear()
    finally:
        await engine.dispose()
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------------
# processes and seeding


def workers_supported() -> bool:
    """Whether the launcher passes a worker count to uvicorn (``LTC_WORKERS``, issue 13's other part)."""
    return "workers" in Settings.model_fields


def start_minimal(settings: Settings, database_url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    logs = settings.data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "bench.minimal_app:create_app",
        "--factory",
        "--host",
        settings.host,
        "--port",
        str(port),
        "--no-access-log",
        "--timeout-graceful-shutdown",
        "10",
    ]
    if workers > 1:
        command += ["--workers", str(workers)]
    with (logs / "minimal.log").open("ab") as log:
        return subprocess.Popen(
            command,
            env={**os.environ, "LTC_DATABASE_URL": database_url},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the minimal app exited with {process.returncode} (see its log)")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the minimal app is not ready")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def sample_persons(database_url: str, n: int) -> list[str]:
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        await conn.execute("ANALYZE")
        rows = await conn.fetch("SELECT id FROM enrollment.persons ORDER BY random() LIMIT $1", n)
        return [str(r["id"]) for r in rows]
    finally:
        await conn.close()


def seed(gateway: str, key: str, path: Path) -> dict[str, float]:
    """The city file imported and the 2022 bills generated, through the gateway."""
    started = time.perf_counter()
    _, job = asyncio.run(enrollment_import.upload(gateway, key, path))
    bills = httpx.post(
        f"{gateway}/api/v1/contribution-bills:generate",
        json={"year": 2022},
        headers={"Authorization": f"Bearer {key}", "Idempotency-Key": uuid.uuid4().hex},
        timeout=600,
    )
    bills.raise_for_status()
    return {
        "persons": float(job["rows_created"]),  # type: ignore[arg-type]
        "bills": float(bills.json()["bills_created"]),
        "seconds": time.perf_counter() - started,
    }


# ---------------------------------------------------------------------------------------------------------
# the report


def event_loop_and_parser() -> str:
    """What uvicorn's ``auto`` picks here (uvloop and httptools when installed)."""
    loop = "uvloop" if importlib.util.find_spec("uvloop") else "asyncio"
    return f"{loop} + {'httptools' if importlib.util.find_spec('httptools') else 'h11'}"


def git_commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + (
        " (with uncommitted changes)" if git("status", "--porcelain", "--", "services", "shared") else ""
    )


@dataclass(frozen=True)
class Median:
    rps: float
    p50: float
    p99: float
    errors: str
    cpu_us: float


def medians(runs: list[Measured]) -> dict[tuple[str, str, int], Median]:
    grouped: dict[tuple[str, str, int], list[Measured]] = {}
    for m in runs:
        grouped.setdefault((m.operation, m.target, m.connections), []).append(m)
    out = {}
    for key, group in grouped.items():
        errors = sorted({m.result.errors for m in group if m.result.errors != "none"})
        out[key] = Median(
            statistics.median(m.result.requests_per_second for m in group),
            statistics.median(m.result.p50_ms for m in group),
            statistics.median(m.result.p99_ms for m in group),
            "; ".join(errors) or "none",
            statistics.median(m.cpu_us_per_request for m in group),
        )
    return out


def report(
    runs: list[Measured],
    operations: tuple[str, ...],
    context: dict[str, str],
    write_check: str | None,
) -> str:
    by = medians(runs)
    lines = [
        f"### Per-request ladder — {dt.date.today().isoformat()} — {context['changed']}",
        "",
        "One run, one database, the same seeded data; each rung the launcher's uvicorn flags "
        f"(`--no-access-log`, {context['loop']}; workers per rung below): **(a)** `bench/minimal_app.py`, FastAPI + an asyncpg pool "
        "sending the service's own SQL (captured from the service, see its docstring), no auth; **(b)** the "
        "enrollment service called directly, each request pre-signed as a contractor of every unit; **(c)** "
        "through the gateway with that contractor's API key. "
        f"wrk {context['seconds']} s per row, {context['repetitions']} repetition(s) interleaved over the rungs, "
        "medians; the load generator on the same machine. Command: `python -m bench requests`.",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}; commit "
        f"{context['commit']}; {context['data']}; workers per rung: {context['workers']}. Load average (1/5/15 "
        f"min) before {context['load_before']}, after {context['load_after']}.",
        "",
        "| operation | conns | (a) req/s | (a) p50/p99 ms | (b) req/s | (b) p50/p99 ms | (c) req/s "
        "| (c) p50/p99 ms | b/a | c/a |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for op in operations:
        for conns in CONNECTIONS:
            a, b, c = (by[(op, t, conns)] for t in TARGETS)
            lines.append(
                f"| {LABEL[op]} | {conns} | {a.rps:,.0f} | {a.p50:.2f} / {a.p99:.2f} | {b.rps:,.0f} "
                f"| {b.p50:.2f} / {b.p99:.2f} | {c.rps:,.0f} | {c.p50:.2f} / {c.p99:.2f} "
                f"| {b.rps / a.rps:.2f}× | {c.rps / a.rps:.2f}× |"
            )
    lines += [
        "",
        "CPU per request of each rung's own processes (µs; user + system, uvicorn workers included; the "
        "gateway rung counts the gateway and the service it calls; PostgreSQL and wrk not counted). A rate "
        "moves with whatever else runs on the machine, CPU per request hardly does: a/b is the share of the "
        "minimal app's rate the service would reach on the same CPU.",
        "",
        "| operation | conns | (a) µs | (b) µs | (c) µs | a/b | a/c |",
        "|---|---|---|---|---|---|---|",
    ]
    for op in operations:
        for conns in CONNECTIONS:
            a, b, c = (by[(op, t, conns)] for t in TARGETS)
            lines.append(
                f"| {LABEL[op]} | {conns} | {a.cpu_us:,.0f} | {b.cpu_us:,.0f} | {c.cpu_us:,.0f} "
                f"| {a.cpu_us / b.cpu_us:.2f}× | {a.cpu_us / c.cpu_us:.2f}× |"
            )
    lines += ["", "Goals (issue 13; ratios in this run, not asserted):", ""]
    for op in operations:
        a, b, c = (by[(op, t, 32)] for t in TARGETS)
        added = by[(op, "gateway", 1)].p50 - by[(op, "service", 1)].p50
        marks = [
            f"service **{b.rps / a.rps:.2f}×** minimal (goal ≥ {GOALS['service']}×: "
            f"{'met' if b.rps / a.rps >= GOALS['service'] else 'not met'})",
            f"gateway **{c.rps / a.rps:.2f}×** (goal ≥ {GOALS['gateway']}×: "
            f"{'met' if c.rps / a.rps >= GOALS['gateway'] else 'not met'})",
            f"gateway adds **{added:+.2f} ms** p50 on one connection (goal ≤ {GOAL_ADDED_P50_MS:.0f} ms: "
            f"{'met' if added <= GOAL_ADDED_P50_MS else 'not met'})",
            f"by CPU per request: service {a.cpu_us / b.cpu_us:.2f}×, gateway {a.cpu_us / c.cpu_us:.2f}×",
        ]
        lines.append(f"- {LABEL[op]} at 32 connections: " + "; ".join(marks) + ".")
    errors = sorted(
        {f"{RUNG[t]} {LABEL[op]} ×{n}: {m.errors}" for (op, t, n), m in by.items() if m.errors != "none"}
    )
    lines += ["", "Errors seen by wrk: " + ("; ".join(errors) if errors else "none") + "."]
    if write_check is not None:
        lines += ["", write_check]
    return "\n".join(lines) + "\n"


def write_summary(runs: list[Measured], recorded: int, problems: dict[str, int]) -> str:
    writes = [m for m in runs if m.operation == "payment"]
    ok = all(n == 0 for n in problems.values())
    short = [m for m in writes if m.counts.get("wrapped", 0)]
    unexplained = [
        m
        for m in writes
        if not m.counts.get("s201", 0) <= m.counts.get("landed", 0) <= m.counts.get("sent", 0)
    ]
    text = (
        f"Writes: {recorded:,} payments recorded over {len(writes)} runs, each of another unpaid half; afterwards "
        + (
            "every bill's paid amount equals its payments, no reference twice, one event per payment"
            if ok
            else "PROBLEMS: " + ", ".join(f"{k}: {v}" for k, v in problems.items() if v)
        )
    )
    if unexplained:
        text += f"; {len(unexplained)} run(s) where the 201s and the recorded payments disagree"
    if short:
        text += f"; {len(short)} run(s) used up their table and replayed (raise WRITES_PER_SECOND)"
    return text + "."


# ---------------------------------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench requests")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument(
        "--persons", type=int, default=40_000, help="seeded persons (their bills feed the writes)"
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="uvicorn processes per rung, if the launcher can"
    )
    parser.add_argument("--changed", help="the report's 'what changed' (default: the commit)")
    parser.add_argument(
        "--no-write", action="store_true", help="print the table, leave bench/RESULTS.md alone"
    )
    parser.add_argument("--no-payments", action="store_true", help="the reads only")
    parser.add_argument("--quick", action="store_true", help="2 s runs, one repetition, 8,000 persons")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--capture-sql", action="store_true", help="print the SQL the service sends per operation, then stop"
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds, args.repetitions, args.persons = 2, 1, 8_000
    if shutil.which("wrk") is None:
        print("wrk is needed: apt-get install wrk")
        return 2
    workers = args.workers
    if workers > 1 and not workers_supported():
        print(f"· the launcher has no LTC_WORKERS: every rung runs one process (asked for {workers})")
        workers = 1
    os.environ["LTC_WORKERS"] = str(workers)
    load_before = os.getloadavg()
    commit = git_commit()
    DATA.mkdir(parents=True, exist_ok=True)

    database = open_database(Settings())
    url = with_database(database.url, DATABASE)
    asyncio.run(ensure_database(url, recreate=True))
    ports = free_ports(5)
    settings = Settings(
        database_url=url,
        data_dir=DATA,
        gateway_port=ports[0],
        enrollment_port=ports[1],
        assessment_port=ports[2],
        settlement_port=ports[3],
        internal_secret=SECRET,
        log_level=os.environ.get("LTC_LOG_LEVEL", "INFO"),
    )
    operations = OPERATIONS[:-1] if args.no_payments else OPERATIONS
    print(f"· seeding {args.persons:,} persons on {DATABASE}")
    migrate_all(url)
    asyncio.run(load_reference_data(url, settings, demo=False))
    path = DATA / f"persons-{args.persons}.csv"
    _, employers = enrollment_import.generate(path, args.persons, max(10, args.persons // 13 // 300))
    key = asyncio.run(enrollment_import.seed(url, settings, employers))
    services = Platform(settings, Database(url), SECRET)
    minimal: subprocess.Popen[bytes] | None = None
    runs: list[Measured] = []
    write_check: str | None = None
    try:
        pid = {service: services.start(service).process.pid for service in ("enrollment", "gateway")}
        services.wait_ready()
        gateway = f"http://{settings.host}:{settings.gateway_port}"
        seeded = seed(gateway, key, path)
        print(
            f"· {seeded['persons']:,.0f} persons and {seeded['bills']:,.0f} bills through the gateway "
            f"in {seeded['seconds']:.1f} s"
        )
        minimal_url = f"http://{settings.host}:{ports[4]}"
        minimal = start_minimal(settings, url, ports[4], workers)
        wait_ready(minimal_url, minimal)
        ladder = Ladder(
            settings=settings,
            database_url=url,
            base={"minimal": minimal_url, "service": settings.service_url("enrollment"), "gateway": gateway},
            api_key=key,
            principal=Principal(
                client_id="bench",
                name="bench-contractor",
                role=Role.CONTRACTOR,
                county_codes=[code for code, *_ in COUNTIES_2022],
            ),
            person_ids=asyncio.run(sample_persons(url, COVERAGE_PERSONS)),
            seconds=args.seconds,
            pids={
                "minimal": [minimal.pid],
                "service": [pid["enrollment"]],
                "gateway": [pid["gateway"], pid["enrollment"]],
            },
        )
        if args.capture_sql:
            calls = {op: read_calls(ladder, op)[0] for op in OPERATIONS[:-1]}
            calls["payment"] = payment_calls(ladder, 1, "bench-capture")[0]
            print(asyncio.run(capture_sql(ladder, calls)))
            return 0
        for repetition in range(1, args.repetitions + 1):
            for op in operations:
                for connections in CONNECTIONS:
                    for target in TARGETS:
                        m = measure(ladder, target, op, connections)
                        runs.append(m)
                        print(
                            f"  rep {repetition} {LABEL[op]:<28} {connections:>2} conns {RUNG[target]:<12} "
                            f"{m.result.requests_per_second:>8,.0f} req/s  p50 {m.result.p50_ms:6.2f} ms  "
                            f"p99 {m.result.p99_ms:7.2f} ms  {m.result.errors if m.result.errors != 'none' else ''}"
                            f"{' ' + str(m.counts) if op == 'payment' else ''}",
                            flush=True,
                        )
        if "payment" in operations:
            recorded, problems = asyncio.run(check_writes(url))
            write_check = write_summary(runs, recorded, problems)
    finally:
        if minimal is not None:
            stop(minimal)
        services.stop()
        if not args.keep:
            asyncio.run(drop_database(url))
        database.release()

    context = {
        "changed": args.changed or f"at {commit}",
        "seconds": str(args.seconds),
        "repetitions": str(args.repetitions),
        "commit": commit,
        "data": f"{seeded['persons']:,.0f} persons, {seeded['bills']:,.0f} bills of 2022 (coverage cycles over "
        f"{COVERAGE_PERSONS:,} of them, on {COVERAGE_ON})",
        "workers": str(workers) + ("" if workers_supported() else " (the launcher has no LTC_WORKERS)"),
        "loop": event_loop_and_parser(),
        "load_before": " / ".join(f"{x:.2f}" for x in load_before),
        "load_after": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
    }
    text = report(runs, operations, context, write_check)
    print()
    print(text)
    if not args.no_write:
        RESULTS.write_text(RESULTS.read_text() + "\n" + text)
    return 0 if write_check is None or "PROBLEMS" not in write_check else 1
