"""What the simulated clients were told: the simulator's own record of every effect the platform accepted,
against which the invariants compare the databases. Nothing here reads a database."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Person:
    id_number: str
    county: str
    category: str
    enrolled_on: dt.date
    id: str | None = None
    last_status_on: dt.date | None = None
    status: str = "insured"
    last_transfer_on: dt.date | None = None
    has_bill: bool = False
    applied: bool = False
    level: bool = False


@dataclass
class Payable:
    """What a (county, month, institution) is owed by the settled run and what was paid out on it."""

    run_id: str
    net_payable_fen: int
    paid_fen: int = 0


@dataclass
class Model:
    counties: list[str]
    persons: dict[str, Person] = field(default_factory=dict)
    id_numbers: set[str] = field(default_factory=set)
    """Every ID number made so far (a file's persons before the file is sent too)."""
    payments: dict[tuple[str, str], int] = field(default_factory=dict)
    """(channel, reference) → amount of each payment enrollment accepted."""
    subsidies: dict[tuple[str, str], int] = field(default_factory=dict)
    """(county, reference) → amount of each fiscal subsidy the bureau was told is booked."""
    payouts: dict[tuple[str, str], int] = field(default_factory=dict)
    """(county, reference) → amount of each payout to an institution that was accepted."""
    payables: dict[tuple[str, dt.date, str], Payable] = field(default_factory=dict)
    runs: dict[tuple[str, dt.date], str] = field(default_factory=dict)
    """(county, month) → the settled run's id."""
    institutions: dict[str, str] = field(default_factory=dict)
    """institution id → county."""
    records: set[tuple[str, str]] = field(default_factory=set)
    """(institution, record_id) of every service record sent and accepted."""
    record_months: set[tuple[str, dt.date]] = field(default_factory=set)
    """(county, month) that service records were sent for."""
    applications: set[str] = field(default_factory=set)
    conclusions: set[str] = field(default_factory=set)
    poisons: dict[str, str] = field(default_factory=dict)
    """event_id → feed of each event that breaks its contract, put into a feed on purpose."""
    trace: list[str] = field(default_factory=list)
    """Every operation and every fault armed, in order: what a seed's number replays."""
    violations: list[str] = field(default_factory=list)
    faults: Counter[str] = field(default_factory=Counter)
    operations: Counter[str] = field(default_factory=Counter)
    requests: int = 0
    money_operations: int = 0

    def violation(self, message: str) -> None:
        self.violations.append(message)
