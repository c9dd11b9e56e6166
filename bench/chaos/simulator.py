"""The simulated clients, the feed consumers polled by hand and the operator, for one seed.

Every choice comes from ``random.Random(seed)`` in a fixed order, and no choice depends on which of several
concurrent requests won (only on answers that are the same whoever wins), so a seed's number replays its
workload and its faults (``Model.trace``). Clients behave as client systems should: a request that got no
answer is sent again as it was (same body, same ``Idempotency-Key``), and an answer is checked against what
the rules allow; anything else is a violation.
"""

from __future__ import annotations

import asyncio
import random
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import httpx
from sqlalchemy import insert

from bench.chaos.faults import ABORT, LOST, PAUSE, CommitFault, FeedFault, Killed, armed
from bench.chaos.model import Model
from bench.chaos.platform import Platform
from services.assessment.models import outbox_events as assessment_events
from services.enrollment.models import outbox_events as enrollment_events
from services.enrollment.models.care import consumer_cursors as enrollment_cursors
from services.enrollment.models.care import feed_dead_letters as enrollment_letters
from services.settlement.models import consumer_cursors as settlement_cursors
from services.settlement.models import feed_dead_letters as settlement_letters
from shared import dead_letters
from shared.outbox import Outbox
from shared.principal import Principal, Role

COUNTIES = ("330302", "330303", "330304", "330305", "330381", "330382", "330324", "330326")
READERS = {
    "enrollment": ["settlement.enrollment"],
    "assessment": ["settlement.assessment", "enrollment.assessment"],
}
LETTERS = {
    "settlement": (settlement_letters, settlement_cursors),
    "enrollment": (enrollment_letters, enrollment_cursors),
}
FEED_FAULTS = ("kill", "kill", "replay", "stale", "overlap", "drop")
ATTEMPTS = 4


def service_of(consumer: str) -> str:
    return consumer.split(".", 1)[0]


class Simulator:
    """One seed's clients, consumers and operator, and its record of what was accepted (``model``)."""

    def __init__(self, platform: Platform, seed: int, *, fault_rate: float) -> None:
        self.platform = platform
        self.seed = seed
        self.rng = random.Random(seed)
        self.fault_rate = fault_rate
        self.model = Model(counties=sorted(self.rng.sample(COUNTIES, 2)))
        self.tag = f"s{seed}"
        self._ids = 0
        self.contractor = Principal(
            client_id=f"chaos-contractor-{seed}",
            name="chaos contractor",
            role=Role.CONTRACTOR,
            county_codes=list(self.model.counties),
        )
        self.bureau = Principal(client_id=f"chaos-bureau-{seed}", name="chaos bureau", role=Role.BUREAU)
        self._clients: dict[tuple[str, str], httpx.AsyncClient] = {}

    def next_id(self) -> int:
        self._ids += 1
        return self._ids

    def key(self) -> dict[str, str]:
        """A fresh ``Idempotency-Key`` header."""
        return {"Idempotency-Key": f"{self.tag}-k{self.next_id()}"}

    def institution(self, institution_id: str) -> Principal:
        return Principal(
            client_id=f"chaos-institution-{institution_id}",
            name=institution_id,
            role=Role.INSTITUTION,
            institution_id=institution_id,
        )

    # --- requests ------------------------------------------------------------------------------------------

    def request_fault(self, service: str) -> CommitFault | None:
        """Maybe a fault for the next request to ``service``: killed before or after its commit, or paused
        after its outbox insert while a reader of its feed polls (then committing or killed)."""
        if self.rng.random() >= self.fault_rate:
            return None
        kind = self.rng.choice([ABORT, LOST] + ([PAUSE] if service in READERS else []))
        self.model.trace.append(f"{service}:{kind}")
        if kind != PAUSE:
            return CommitFault(kind, service)
        reader = self.rng.choice(READERS[service])
        then_abort = self.rng.random() < 0.5
        return CommitFault(
            PAUSE, service, during=lambda: self.poll(reader, faults=False), then_abort=then_abort
        )

    def _count(self, fault: CommitFault) -> None:
        if fault.fired:
            name = "pause_abort" if fault.kind == PAUSE and fault.then_abort else fault.kind
            self.model.faults[f"request_{name}"] += 1

    async def send(
        self,
        service: str,
        who: Principal,
        method: str,
        path: str,
        *,
        expect: Sequence[int],
        faults: bool = True,
        **kwargs: Any,
    ) -> httpx.Response:
        """A request as a client system sends it: when it gets no answer (the service died), again as it was.
        An answer outside ``expect`` is a violation."""
        fault = self.request_fault(service) if faults else None
        client = self._clients.get((service, who.client_id))
        if client is None:
            client = self._clients[(service, who.client_id)] = self.platform.client(service, who)
        for attempt in range(ATTEMPTS):
            self.model.requests += 1
            try:
                with armed(fault if attempt == 0 else None):
                    response = await client.request(method, path, **kwargs)
            except Killed:
                continue
            finally:
                if fault is not None and attempt == 0:
                    self._count(fault)
            if response.status_code not in expect:
                self.model.violation(
                    f"{method} {path} answered {response.status_code} (expected {sorted(expect)}): "
                    f"{response.text[:300]}"
                )
            return response
        raise AssertionError(f"{method} {path}: no answer in {ATTEMPTS} attempts")

    async def post(
        self,
        service: str,
        who: Principal,
        path: str,
        body: Any = None,
        *,
        expect: Sequence[int],
        **kwargs: Any,
    ) -> httpx.Response:
        return await self.send(service, who, "POST", path, json=body, expect=expect, **kwargs)

    async def together(
        self, calls: Sequence[Callable[[], Awaitable[httpx.Response]]]
    ) -> list[httpx.Response]:
        """Requests sent at the same moment, each with its own fault if the seed gives it one (chosen in
        order: each call draws before its first await)."""
        self.model.faults["concurrent_duplicates"] += 1
        return list(await asyncio.gather(*(call() for call in calls)))

    # --- the feed consumers and the operator --------------------------------------------------------------

    async def poll(self, name: str, *, faults: bool = True) -> int:
        """One poll of a consumer, maybe killed at one of its commits (then restarted) or served old pages;
        how many events it passed (dead letters the operator discarded included), -1 when the poll failed
        (the consumer counts the failure and tries again on its next poll)."""
        fault: CommitFault | None = None
        feed = self.platform.feeds[name]
        if faults and self.rng.random() < self.fault_rate:
            kind = self.rng.choice(FEED_FAULTS)
            self.model.trace.append(f"{name}:{kind}")
            if kind == "kill":
                fault = CommitFault(ABORT, service_of(name), at=self.rng.choice([1, 2]))
            else:
                feed.pending.append(FeedFault(kind, self.rng.random()))
        served = dict(feed.served)
        passed = 0
        try:
            with armed(fault):
                passed = await self.platform.consumers[name].poll_once()
        except Killed:
            self.model.faults["consumer_killed"] += 1
            self.platform.restart(name)
        except Exception:
            passed = -1
        feed.pending.clear()
        for kind, n in feed.served.items():
            self.model.faults[f"feed_{kind}"] += n - served.get(kind, 0)
        discarded = await self.operator(name)
        return passed + discarded if passed >= 0 else passed

    async def operator(self, name: str) -> int:
        """What an operator does about dead letters: discards each (a consumer stopped at one moves past it).
        Only the poisons put into a feed on purpose may be there; any other is a violation. Returns how many."""
        service = service_of(name)
        table, cursors = LETTERS[service]
        async with self.platform.sessions(service)() as session, session.begin():
            letters = [
                x for x in await dead_letters.list_dead_letters(session, table) if x["consumer"] == name
            ]
            for letter in letters:
                if letter["event_id"] not in self.model.poisons:
                    self.model.violation(
                        f"{name} dead-lettered #{letter['seq']} {letter['event_type']}: {letter['error']}"
                    )
                await dead_letters.discard(
                    session, table, cursors, letter["id"], by="chaos", note="chaos run"
                )
                self.model.faults["poison_discarded"] += 1
        if letters:
            self.platform.consumers[name].health.stopped_at = None
        return len(letters)

    async def drain(self) -> None:
        """Every consumer polled without faults until none moves or fails (each reaches its producer's head)."""
        for _ in range(10_000):
            if not any([await self.poll(name, faults=False) for name in self.platform.consumers]):
                return
        self.model.violation("the consumers did not come to rest")

    async def poison(self) -> None:
        """An event that breaks its contract, in a producer's feed as if the producer had a bug."""
        source = self.rng.choice(["enrollment", "assessment"])
        table = enrollment_events if source == "enrollment" else assessment_events
        event_id = uuid.UUID(int=self.rng.getrandbits(128))
        async with self.platform.sessions(source)() as session:
            Outbox(table).publish_from_select(
                session,
                insert(table).values(
                    event_id=event_id,
                    event_type="contribution.received" if source == "enrollment" else "conclusion.in_force",
                    aggregate_type="chaos",
                    aggregate_id=f"poison-{self.seed}",
                    county_code=self.model.counties[0],
                    payload={"poison": True, "seed": self.seed},
                ),
            )
            await session.commit()
        self.model.poisons[str(event_id)] = source
        self.model.faults["poison_event"] += 1
