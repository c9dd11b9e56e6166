"""``python -m bench chaos``: many seeds, a table of what was injected, and the first seed that broke a rule.

python -m bench chaos                      # 200 seeds from 1, table appended to bench/RESULTS.md
python -m bench chaos --seeds 50 --start 1000
python -m bench chaos --seed 17            # replay one seed and print what it found (make chaos SEED=17)
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from bench.chaos import invariants, workload
from bench.chaos.model import Model
from bench.chaos.platform import Platform, Template
from bench.chaos.simulator import Simulator
from shared.embedded_db import drop_database
from shared.settings import Settings

RESULTS = Path(__file__).resolve().parents[1] / "RESULTS.md"
STEPS = 60
BATCH_SIZES = (1, 2, 5, 20, 100)
"""Consumer page sizes; a seed's is ``BATCH_SIZES[seed % 5]``: one event a page up to whole bursts."""
EVENTS = (
    "SELECT (SELECT count(*) FROM enrollment.outbox_events) + (SELECT count(*) FROM assessment.outbox_events)"
)
FAULT_RATE = 0.25
FAULT_KINDS = (
    "request_abort",
    "request_lost",
    "request_pause",
    "request_pause_abort",
    "consumer_killed",
    "feed_replay",
    "feed_stale",
    "feed_overlap",
    "feed_drop",
    "concurrent_duplicates",
    "poison_event",
)


@dataclass
class SeedResult:
    seed: int
    model: Model
    violations: list[str]
    seconds: float
    events: int
    restarts: int
    kept_database: str | None = None
    faults: Counter[str] = field(default_factory=Counter)

    @property
    def replay(self) -> str:
        return f"python -m bench chaos --seed {self.seed}   (or: make chaos SEED={self.seed})"

    def report(self) -> str:
        lines = [f"seed {self.seed}: {len(self.violations)} invariant(s) broken — replay with {self.replay}"]
        lines += [f"  - {v}" for v in self.violations[:20]]
        if len(self.violations) > 20:
            lines.append(f"  … and {len(self.violations) - 20} more")
        if self.kept_database:
            lines.append(f"  its database is kept for inspection: {self.kept_database}")
        return "\n".join(lines)


async def run_seed(
    template: Template, seed: int, *, steps: int = STEPS, fault_rate: float = FAULT_RATE, keep: bool = False
) -> SeedResult:
    """One seed on a fresh copy of the template: setup, the workload with its faults, the consumers drained,
    the invariants checked."""
    started = time.perf_counter()
    url = await template.copy()
    platform = Platform(url, batch_size=BATCH_SIZES[seed % len(BATCH_SIZES)])
    simulator = Simulator(platform, seed, fault_rate=fault_rate)
    events = 0
    try:
        try:
            await workload.run(simulator, steps)
        except Exception as exc:
            simulator.model.violation(f"the workload stopped: {type(exc).__name__}: {exc}")
        else:
            simulator.model.violations += await invariants.check(platform, simulator.model)
        async with platform.engine.connect() as conn:
            events = int(await conn.scalar(text(EVENTS)) or 0)
    finally:
        await platform.close()
        violations = list(simulator.model.violations)
        kept = url if violations and keep else None
        if kept is None:
            await drop_database(url)
    return SeedResult(seed, simulator.model, violations, time.perf_counter() - started, events,
                      platform.restarts, kept, Counter(simulator.model.faults))  # fmt: skip


def server_url() -> tuple[str, object | None]:
    settings = Settings()
    if settings.database_url:
        return settings.database_url, None
    from shared.embedded_db import embedded_url, start_embedded

    server = start_embedded(settings.data_dir)
    return embedded_url(server, "postgres"), server


def table(results: list[SeedResult], seconds: float) -> str:
    faults: Counter[str] = Counter()
    for r in results:
        faults.update(r.faults)
    broken = [r for r in results if r.violations]
    rows = [
        ("seeds", f"{len(results)} ({results[0].seed}–{results[-1].seed})" if results else "0"),
        (
            "seeds that broke an invariant",
            f"{len(broken)}" + (f" (first: {broken[0].seed})" if broken else ""),
        ),
        ("operations", f"{sum(sum(r.model.operations.values()) for r in results):,}"),
        ("requests (retries included)", f"{sum(r.model.requests for r in results):,}"),
        ("money operations", f"{sum(r.model.money_operations for r in results):,}"),
        ("events produced", f"{sum(r.events for r in results):,}"),
        ("consumer restarts", f"{sum(r.restarts for r in results):,}"),
    ]
    rows += [(f"faults: {kind}", f"{faults.get(kind, 0):,}") for kind in FAULT_KINDS]
    rows += [
        ("dead letters discarded (poisons × readers)", f"{faults.get('poison_discarded', 0):,}"),
        ("time", f"{seconds:.0f} s ({seconds / max(len(results), 1):.1f} s a seed)"),
    ]
    width = max(len(k) for k, _ in rows)
    lines = [f"| {'':<{width}} | all seeds |", f"|{'-' * (width + 2)}|---|"]
    return "\n".join(lines + [f"| {k:<{width}} | {v} |" for k, v in rows])


def append_results(text: str, argv: list[str]) -> None:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    command = "python -m bench chaos" + (" " + " ".join(argv) if argv else "")
    with RESULTS.open("a") as handle:
        handle.write(f"\n## Fault injection — {stamp}\n\n`{command}` on {os.cpu_count()} cores:\n\n{text}\n")


async def _main(args: argparse.Namespace) -> int:
    url, server = server_url()
    template = Template(url, f"{os.getpid()}")
    await template.create()
    results: list[SeedResult] = []
    started = time.perf_counter()
    try:
        seeds = [args.seed] if args.seed is not None else list(range(args.start, args.start + args.seeds))
        for seed in seeds:
            result = await run_seed(
                template, seed, steps=args.steps, fault_rate=args.fault_rate, keep=args.keep
            )
            results.append(result)
            status = "ok" if not result.violations else f"{len(result.violations)} broken"
            faults = sum(v for k, v in result.faults.items() if k in FAULT_KINDS)
            print(
                f"seed {seed:>6}: {status:<10} {faults:>3} faults, {result.events:>5} events, "
                f"{result.seconds:5.1f} s",
                flush=True,
            )
            if result.violations:
                print(result.report(), flush=True)
                if args.stop:
                    break
    finally:
        await template.drop()
        del server
    summary = table(results, time.perf_counter() - started)
    print("\n" + summary)
    if args.seed is None and not args.no_record:
        append_results(summary, args.argv)
    return 1 if any(r.violations for r in results) else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench chaos",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--seed", type=int, help="replay one seed")
    parser.add_argument("--seeds", type=int, default=200, help="how many seeds (default 200)")
    parser.add_argument("--start", type=int, default=1, help="the first seed (default 1)")
    parser.add_argument("--steps", type=int, default=STEPS, help=f"operations per seed (default {STEPS})")
    parser.add_argument(
        "--fault-rate", type=float, default=FAULT_RATE, help="share of operations with a fault"
    )
    parser.add_argument("--stop", action="store_true", help="stop at the first seed that breaks an invariant")
    parser.add_argument(
        "--keep", action="store_true", help="keep the database of a seed that broke something"
    )
    parser.add_argument(
        "--no-record", action="store_true", help="do not append the table to bench/RESULTS.md"
    )
    args = parser.parse_args(argv)
    args.argv = argv
    return asyncio.run(_main(args))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
