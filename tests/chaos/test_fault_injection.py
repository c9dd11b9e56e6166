"""The bounded fault-injection run of ``make test``: a few fixed seeds of ``bench.chaos`` (the long run is
``make chaos``). Each seed's workload runs through the real service apps on a database of its own with faults
injected — requests and consumers killed between effect and commit, producers paused and killed mid-commit,
feed pages delivered again, money POSTs raced — and afterwards the ledger balances, every event took effect
once in each consumer, each county's fund equals its sources and the clients were told what is stored."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.chaos.platform import Template
from bench.chaos.run import FAULT_KINDS, SeedResult, run_seed

pytestmark = pytest.mark.xdist_group("chaos")
SEEDS = (15, 17, 22)  # together they inject every kind of fault (a test below says so)


@pytest.fixture(scope="module")
async def results(chaos_template: Template) -> dict[int, SeedResult]:
    return {seed: await run_seed(chaos_template, seed) for seed in SEEDS}


@pytest.mark.parametrize("seed", SEEDS)
async def test_every_invariant_holds_after_the_seeds_faults(
    results: dict[int, SeedResult], seed: int
) -> None:
    result = results[seed]
    assert result.violations == [], result.report()
    assert sum(result.faults[k] for k in FAULT_KINDS) >= 10, result.faults
    assert result.events > 0


async def test_the_fixed_seeds_inject_every_kind_of_fault(results: dict[int, SeedResult]) -> None:
    injected: Counter[str] = Counter()
    for result in results.values():
        injected.update(result.faults)
    assert [kind for kind in FAULT_KINDS if not injected[kind]] == []
    assert injected["poison_discarded"] >= injected["poison_event"]


async def test_a_seed_replays_its_workload_and_its_faults(chaos_template: Template) -> None:
    first = await run_seed(chaos_template, 7, steps=15)
    again = await run_seed(chaos_template, 7, steps=15)
    assert first.model.trace == again.model.trace
    assert len(first.model.trace) > 15
