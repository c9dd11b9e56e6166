"""One seed's workload: the setup, then ``steps`` operations drawn by weight among those that can run (a
payout needs something owed), consumer polls and faults interleaved, then the consumers drained."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bench.chaos.ops import assessment, enrollment, settlement
from bench.chaos.simulator import Simulator

Operation = Callable[[Simulator], Awaitable[None]]


async def polls(sim: Simulator) -> None:
    """A few consumer polls, each maybe with a fault (killed, old pages, connection refused)."""
    for _ in range(sim.rng.randint(1, 3)):
        await sim.poll(sim.rng.choice(sorted(sim.platform.consumers)))


async def poison(sim: Simulator) -> None:
    await sim.poison()


def operations(sim: Simulator) -> list[tuple[Operation, int, Callable[[], bool]]]:
    """Each operation with its weight and when it can run."""
    model = sim.model
    persons = model.persons.values
    return [
        (enrollment.enrol_one, 5, lambda: True),
        (enrollment.enrol_file, 3, lambda: True),
        (enrollment.generate_bills, 2, lambda: any(not p.has_bill for p in persons())),
        (enrollment.pay, 7, lambda: any(p.has_bill for p in persons())),
        (enrollment.pay_file, 3, lambda: any(p.has_bill for p in persons())),
        (enrollment.change_status, 2, lambda: any(p.status != "deceased" for p in persons())),
        (enrollment.transfer, 2, lambda: any(p.status != "deceased" for p in persons())),
        (assessment.assess, 4, lambda: any(not p.applied and p.status == "insured" for p in persons())),
        (settlement.records, 8, lambda: any(p.level for p in persons())),
        (settlement.settle, 6, lambda: bool(model.records)),
        (settlement.payout, 8, lambda: any(p.net_payable_fen > p.paid_fen for p in model.payables.values())),
        (settlement.subsidy, 3, lambda: True),
        (polls, 8, lambda: True),
        (poison, 1 if sim.rng.random() < 0.2 else 0, lambda: True),
    ]


async def run(sim: Simulator, steps: int) -> None:
    await enrollment.setup(sim)
    await assessment.setup(sim)
    await settlement.setup(sim)
    table = operations(sim)
    for _ in range(steps):
        ready = [(op, weight) for op, weight, can in table if weight and can()]
        operation = sim.rng.choices([op for op, _ in ready], [weight for _, weight in ready])[0]
        sim.model.operations[operation.__name__] += 1
        sim.model.trace.append(operation.__name__)
        await operation(sim)
    await sim.drain()
