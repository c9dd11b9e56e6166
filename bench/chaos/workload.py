"""The random but replayable workload of one seed, with its faults.

Every choice comes from ``random.Random(seed)`` in a fixed order, and no choice depends on which of several
concurrent requests won (only on answers that are the same whoever wins), so a seed's number replays its
workload and its faults. Clients behave as client systems should: a request that got no answer is sent again
as it was (same body, same ``Idempotency-Key``), and an answer is checked against what the rules allow.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import httpx
from sqlalchemy import insert

from bench.chaos.faults import ABORT, LOST, PAUSE, CommitFault, FeedFault, Killed, armed
from bench.chaos.model import Model, Person
from bench.chaos.platform import Platform
from services.assessment.models import outbox_events as assessment_events
from services.enrollment.models import outbox_events as enrollment_events
from services.enrollment.models.care import consumer_cursors as enrollment_cursors
from services.enrollment.models.care import feed_dead_letters as enrollment_letters
from services.settlement.models import consumer_cursors as settlement_cursors
from services.settlement.models import feed_dead_letters as settlement_letters
from shared import dead_letters
from shared.consumer import FeedConsumer
from shared.outbox import Outbox
from shared.principal import Principal, Role

YEAR = 2026
MONTHS = [dt.date(YEAR, m, 1) for m in range(4, 10)]
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
ELIGIBLE_SELF = {"feeding": "dependent", "continence": "dependent", "bathing": "dependent",
                 "dressing": "dependent", "toileting": "partly", "transfer": "independent"}  # fmt: skip
ITEMS = ("feeding", "dressing", "grooming", "bowel_control", "bladder_control", "toileting", "walking",
         "transfer", "stairs", "bathing", "time_orientation", "person_orientation", "place_orientation",
         "memory", "vision", "hearing", "communication")  # fmt: skip
CONSUMER_OF = {"enrollment": ["settlement.enrollment"], "assessment": ["settlement.assessment",
               "enrollment.assessment"]}  # fmt: skip
LETTERS = {"settlement": (settlement_letters, settlement_cursors), "enrollment": (enrollment_letters,
           enrollment_cursors)}  # fmt: skip
NO_ANSWER = -1


def month_end(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


class Simulation:
    """One seed: its clients, its workload, its faults and its record of what was accepted."""

    def __init__(self, platform: Platform, seed: int, *, steps: int, fault_rate: float) -> None:
        self.platform = platform
        self.seed = seed
        self.rng = random.Random(seed)
        self.steps = steps
        self.fault_rate = fault_rate
        counties = ["330302", "330303", "330304", "330305", "330381", "330382", "330324", "330326"]
        self.model = Model(counties=sorted(self.rng.sample(counties, 2)))
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

    # --- plumbing ------------------------------------------------------------------------------------------

    def next_id(self) -> int:
        self._ids += 1
        return self._ids

    def key(self) -> str:
        return f"{self.tag}-k{self.next_id()}"

    def client(self, service: str, principal: Principal) -> httpx.AsyncClient:
        found = self._clients.get((service, principal.client_id))
        if found is None:
            found = self.platform.client(service, principal)
            self._clients[(service, principal.client_id)] = found
        return found

    def institution(self, institution_id: str) -> Principal:
        return Principal(
            client_id=f"chaos-institution-{institution_id}",
            name=institution_id,
            role=Role.INSTITUTION,
            institution_id=institution_id,
        )

    def request_fault(self, service: str) -> CommitFault | None:
        """Maybe a fault for the next request to ``service`` (chosen by the seed)."""
        if self.rng.random() >= self.fault_rate:
            return None
        kinds = [ABORT, LOST] + ([PAUSE] if service in CONSUMER_OF else [])
        kind = self.rng.choice(kinds)
        if kind != PAUSE:
            return CommitFault(kind, service)
        reader = self.rng.choice(CONSUMER_OF[service])
        then_abort = self.rng.random() < 0.5
        return CommitFault(PAUSE, service, during=lambda: self.poll(reader, faults=False), then_abort=then_abort)

    def count_fault(self, fault: CommitFault) -> None:
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
        fault: CommitFault | None | bool = True,
        **kwargs: Any,
    ) -> httpx.Response:
        """A request as a client system sends it: when it gets no answer (the service died), again as it was.
        An answer outside ``expect`` (or a 5xx) is a violation."""
        chosen = self.request_fault(service) if fault is True else fault or None
        client = self.client(service, who)
        for attempt in range(4):
            self.model.requests += 1
            try:
                with armed(chosen if attempt == 0 else None):
                    response = await client.request(method, path, **kwargs)
            except Killed:
                assert chosen is not None
                self.count_fault(chosen)
                continue
            if chosen is not None and attempt == 0:
                self.count_fault(chosen)
            if response.status_code not in expect:
                self.model.violation(
                    f"{method} {path} answered {response.status_code} (expected {sorted(expect)}): "
                    f"{response.text[:300]}"
                )
            return response
        raise AssertionError(f"{method} {path}: no answer in 4 attempts")

    # --- the feed consumers and the operator -----------------------------------------------------------------

    async def poll(self, name: str, *, faults: bool = True) -> int:
        """One poll of a consumer, maybe killed at one of its commits or fed a replayed page."""
        consumer = self.platform.consumers[name]
        fault: CommitFault | None = None
        if faults and self.rng.random() < self.fault_rate:
            kind = self.rng.choice(["kill", "kill", "replay", "stale", "overlap", "drop"])
            if kind == "kill":
                fault = CommitFault(ABORT, _service_of(name), at=self.rng.choice([1, 2]))
            else:
                self.platform.feeds[name].pending.append(FeedFault(kind, self.rng.random()))
        served = dict(self.platform.feeds[name].served)
        passed = 0
        try:
            with armed(fault):
                passed = await consumer.poll_once()
        except Killed:
            self.model.faults["consumer_killed"] += 1
            self.platform.restart(name)
        except Exception:  # noqa: BLE001 - counted by the consumer; a retry is its next poll
            pass
        self.platform.feeds[name].pending.clear()
        for kind, n in self.platform.feeds[name].served.items():
            self.model.faults[f"feed_{kind}"] += n - served.get(kind, 0)
        await self.operator(name)
        return passed

    async def operator(self, name: str) -> None:
        """What an operator does about a dead letter: discard it when it is one of the poisons put into the
        feed on purpose; any other is a violation (and discarded too, to go on)."""
        consumer = self.platform.consumers[name]
        service = _service_of(name)
        table, cursors = LETTERS[service]
        async with self.platform.sessions(service)() as session, session.begin():
            letters = [
                letter
                for letter in await dead_letters.list_dead_letters(session, table)
                if letter["consumer"] == name
            ]
            for letter in letters:
                if letter["event_id"] not in self.model.poisons:
                    self.model.violation(
                        f"{name} dead-lettered event #{letter['seq']} {letter['event_type']}: {letter['error']}"
                    )
                await dead_letters.discard(
                    session, table, cursors, letter["id"], by="chaos-operator", note="chaos run"
                )
                self.model.faults["poison_discarded"] += 1
        if letters:
            consumer.health.stopped_at = None

    async def drain(self) -> None:
        """Every consumer polled, without faults, until none moves (each reaches its producer's head)."""
        for _ in range(10_000):
            moved = 0
            for name in self.platform.consumers:
                moved += await self.poll(name, faults=False)
            if not moved:
                return
        self.model.violation("the consumers did not come to rest")

    async def poison(self) -> None:
        """An event that breaks its contract, in a producer's feed as if a producer had a bug."""
        source = self.rng.choice(["enrollment", "assessment"])
        table = enrollment_events if source == "enrollment" else assessment_events
        event_type = "contribution.received" if source == "enrollment" else "conclusion.in_force"
        event_id = uuid.UUID(int=self.rng.getrandbits(128))
        async with self.platform.sessions(source)() as session:
            Outbox(table).publish_from_select(
                session,
                insert(table).values(
                    event_id=event_id,
                    event_type=event_type,
                    aggregate_type="chaos",
                    aggregate_id=f"poison-{self.seed}",
                    county_code=self.model.counties[0],
                    payload={"poison": True, "seed": self.seed},
                ),
            )
            await session.commit()
        self.model.poisons[str(event_id)] = source
        self.model.faults["poison_event"] += 1

    # --- setup ------------------------------------------------------------------------------------------------

    async def setup(self) -> None:
        policy = {"year": YEAR, "amount_per_person_fen": 12_000, "employer_share_fen": 6_000,
                  "individual_share_fen": 6_000, "grace_period_days": 90, "effective_from": f"{YEAR}-01-01",
                  "due_on": f"{YEAR}-05-31", "source": "chaos"}  # fmt: skip
        await self.send("enrollment", self.bureau, "POST", "/api/v1/contribution-policies", json=policy,
                        headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
        for county in self.model.counties:
            for n in range(3):
                expert = {"code": f"E-{self.tag}-{county}-{n}", "name": f"专家{n}", "profession": "doctor",
                          "institution_id": f"HOSP-{county}-{n}", "county_codes": [county],
                          "qualification_expires_on": "2030-12-31"}  # fmt: skip
                await self.send("assessment", self.contractor, "POST", "/api/v1/experts", json=expert,
                                headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
            for n in range(self.rng.choice([1, 2])):
                code = f"CH-{county}-{n}"
                body = {"id": code, "name": f"护理站{n}", "county_code": county, "kind": "home_care",
                        "care_modes": ["home_visit", "family_care"], "agreement_from": "2025-01-01",
                        "agreement_to": "2027-12-31"}  # fmt: skip
                await self.send("settlement", self.contractor, "POST", "/api/v1/institutions", json=body,
                                headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
                caregiver = {"code": "CG-1", "real_name": "李娜", "qualification": "养老护理员",
                             "qualified_from": "2024-01-01", "qualified_until": "2028-12-31"}  # fmt: skip
                await self.send("settlement", self.institution(code), "POST",
                                f"/api/v1/institutions/{code}/caregivers", json=caregiver,
                                headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
                self.model.institutions[code] = county

    # --- the workload ---------------------------------------------------------------------------------------

    def id_number(self) -> str:
        birth = dt.date(1930, 1, 1) + dt.timedelta(days=self.rng.randrange(365 * 40))
        first17 = f"330302{birth:%Y%m%d}{self.rng.randrange(1000):03d}"
        number = first17 + ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]
        return number if number not in self.model.persons else self.id_number()

    def new_person(self) -> Person:
        enrolled = dt.date(2022, 1, 1) + dt.timedelta(days=self.rng.randrange(365 * 3))
        return Person(
            self.id_number(),
            self.rng.choice(self.model.counties),
            self.rng.choice(["retiree", "flexible"]),
            enrolled,
        )

    async def enrol_one(self) -> None:
        person = self.new_person()
        body = {"id_number": person.id_number, "name": "张三", "category": person.category,
                "county_code": person.county, "enrolled_on": person.enrolled_on.isoformat()}  # fmt: skip
        keyed = self.rng.random() < 0.7
        headers = {"Idempotency-Key": self.key()} if keyed else {}
        r = await self.send("enrollment", self.contractor, "POST", "/api/v1/persons", json=body,
                            headers=headers, expect=[201] if keyed else [201, 409])  # fmt: skip
        if r.status_code == 201:
            person.id = r.json()["id"]
        elif r.json().get("code") == "PERSON_EXISTS":  # the answer to the first attempt was lost
            person.id = r.json()["existing_id"]
        self.model.persons[person.id_number] = person

    async def enrol_file(self) -> None:
        size = self.rng.choice([1, 2, 3, 5, 8, 13]) if self.rng.random() > 0.04 else self.rng.randint(1001, 1300)
        people = [self.new_person() for _ in range(size)]
        lines = ["id_number,name,category,county_code,employer_credit_code,enrolled_on"]
        lines += [f"{p.id_number},李四,{p.category},{p.county},,{p.enrolled_on}" for p in people]
        content = "\n".join(lines).encode()
        r = await self.send("enrollment", self.contractor, "POST", "/api/v1/enrollment-imports",
                            content=content, headers={"Content-Type": "text/csv"}, expect=[201])  # fmt: skip
        if r.status_code != 201:
            return
        job = r.json()
        if (job["rows_created"] + job["rows_unchanged"], job["rows_failed"]) != (size, 0):
            self.model.violation(f"enrolment file of {size}: {job}")
        for p in people:
            self.model.persons[p.id_number] = p
        if self.rng.random() < 0.2:  # the same file again changes nothing
            again = await self.send("enrollment", self.contractor, "POST", "/api/v1/enrollment-imports",
                                    content=content, headers={"Content-Type": "text/csv"}, expect=[201])  # fmt: skip
            if again.status_code == 201 and again.json()["rows_unchanged"] != size:
                self.model.violation(f"enrolment file sent again: {again.json()}")

    async def person_id(self, person: Person) -> str | None:
        if person.id is None:
            r = await self.send("enrollment", self.contractor, "GET", "/api/v1/persons:lookup",
                                params={"id_number": person.id_number}, expect=[200], fault=False)  # fmt: skip
            if r.status_code == 200:
                person.id = r.json()["id"]
        return person.id

    async def generate_bills(self) -> None:
        r = await self.send("enrollment", self.contractor, "POST", "/api/v1/contribution-bills:generate",
                            json={"year": YEAR}, headers={"Idempotency-Key": self.key()}, expect=[200])  # fmt: skip
        if r.status_code == 200:
            for p in self.model.persons.values():
                if p.status == "insured":
                    p.has_bill = True

    def billed(self) -> list[Person]:
        return [p for p in self.model.persons.values() if p.has_bill]

    def payment_line(self, person: Person) -> dict[str, Any]:
        channel = self.rng.choice(
            ["personal_account", "annual_self_payment"] + (["pension_deduction"] if person.category == "retiree" else [])
        )
        amount = self.rng.choice([6_000, 6_000, 6_000, 2_500, 3_500, 7_000])
        paid_on = dt.date(YEAR, 1, 10) + dt.timedelta(days=self.rng.randrange(200))
        return {"id_number": person.id_number, "year": YEAR, "payer": self.rng.choice(["individual", "employer"]),
                "channel": channel, "amount_fen": amount, "paid_on": paid_on.isoformat(),
                "external_ref": f"{self.tag}-pay-{self.next_id()}"}  # fmt: skip

    async def pay(self) -> None:
        """One payment; sometimes sent again as it was, sent again with other content, or several copies at
        once (by reference, with or without an Idempotency-Key)."""
        billed = self.billed()
        if not billed:
            return
        line = self.payment_line(self.rng.choice(billed))
        self.model.money_operations += 1
        variant = self.rng.choice(["once", "once", "resend", "conflict", "concurrent"])
        if variant == "concurrent":
            copies = self.rng.randint(2, 4)
            answers = await self.together(
                [
                    lambda: self.send("enrollment", self.contractor, "POST", "/api/v1/payments", json=line,
                                      expect=[200, 201])  # fmt: skip
                    for _ in range(copies)
                ]
            )
            created = [a for a in answers if a.status_code == 201]
            if len(created) > 1:
                self.model.violation(f"{len(created)} payments created for one reference {line['external_ref']}")
        else:
            r = await self.send("enrollment", self.contractor, "POST", "/api/v1/payments", json=line,
                                expect=[200, 201])  # fmt: skip
            if variant == "resend":
                again = await self.send("enrollment", self.contractor, "POST", "/api/v1/payments", json=line,
                                        expect=[200])  # fmt: skip
                if r.status_code in (200, 201) and again.json().get("id") != r.json().get("id"):
                    self.model.violation(f"payment {line['external_ref']} sent again got another id")
            elif variant == "conflict":
                other = {**line, "amount_fen": line["amount_fen"] + 100}
                await self.send("enrollment", self.contractor, "POST", "/api/v1/payments", json=other,
                                expect=[409])  # fmt: skip
        self.model.payments[(line["channel"], line["external_ref"])] = line["amount_fen"]

    async def pay_file(self) -> None:
        billed = self.billed()
        if not billed:
            return
        lines = [self.payment_line(self.rng.choice(billed)) for _ in range(self.rng.randint(1, 6))]
        header = "id_number,year,payer,channel,amount_fen,paid_on,external_ref"
        rows = [header] + [
            f"{x['id_number']},{x['year']},{x['payer']},{x['channel']},{x['amount_fen']},{x['paid_on']},"
            f"{x['external_ref']}"
            for x in lines
        ]
        content = "\n".join(rows).encode()
        self.model.money_operations += 1
        for _ in range(2 if self.rng.random() < 0.3 else 1):  # the same file again changes nothing
            r = await self.send("enrollment", self.contractor, "POST", "/api/v1/payment-imports",
                                content=content, headers={"Content-Type": "text/csv"}, expect=[201])  # fmt: skip
            job = r.json()
            if r.status_code != 201 or job["rows_failed"] or job["rows_created"] + job["rows_unchanged"] != len(lines):
                self.model.violation(f"payment file of {len(lines)}: {job}")
                return
        for x in lines:
            self.model.payments[(x["channel"], x["external_ref"])] = x["amount_fen"]

    async def change_status(self) -> None:
        candidates = [p for p in self.model.persons.values() if p.status != "deceased"]
        if not candidates:
            return
        person = self.rng.choice(candidates)
        person_id = await self.person_id(person)
        if person_id is None:
            return
        status = self.rng.choice([s for s in ("insured", "suspended", "deceased") if s != person.status])
        start = max(person.last_status_on or dt.date(YEAR, 4, 1), person.enrolled_on)
        on = start + dt.timedelta(days=self.rng.randrange(60))
        body = {"status": status, "effective_on": on.isoformat(), "reason": "chaos"}
        r = await self.send("enrollment", self.contractor, "POST", f"/api/v1/persons/{person_id}/status-changes",
                            json=body, headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
        if r.status_code == 201:
            person.status, person.last_status_on = status, on

    async def transfer(self) -> None:
        candidates = [p for p in self.model.persons.values() if p.status != "deceased"]
        if not candidates:
            return
        person = self.rng.choice(candidates)
        person_id = await self.person_id(person)
        if person_id is None:
            return
        to = next(c for c in self.model.counties if c != person.county)
        on = max(person.last_transfer_on or dt.date(YEAR, 1, 1), person.enrolled_on) + dt.timedelta(
            days=self.rng.randrange(90)
        )
        body = {"county_code": to, "effective_on": on.isoformat(), "reason": "chaos"}
        r = await self.send("enrollment", self.bureau, "POST", f"/api/v1/persons/{person_id}/county-transfers",
                            json=body, headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
        if r.status_code == 201:
            person.county, person.last_transfer_on = to, on

    async def assess(self) -> None:
        """An application through to a conclusion in force (``application.received``, ``conclusion.in_force``)."""
        candidates = [p for p in self.model.persons.values() if not p.applied and p.status == "insured"]
        if not candidates:
            return
        person = self.rng.choice(candidates)
        person_id = await self.person_id(person)
        if person_id is None:
            return
        person.applied = True
        institutions = [i for i, c in self.model.institutions.items() if c == person.county]
        body = {"person_id": person_id, "self_assessment": ELIGIBLE_SELF, "disabled_since": "2025-06-01",
                "materials_complete": True,
                "care_institution_id": self.rng.choice([None, *institutions])}  # fmt: skip
        prefix = "/api/v1/assessment-applications"
        r = await self.send("assessment", self.contractor, "POST", prefix, json=body,
                            headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
        if r.status_code != 201:
            return
        app_id = r.json()["id"]
        self.model.applications.add(app_id)
        if r.json()["status"] != "accepted":
            return
        draw = await self.send("assessment", self.contractor, "POST", f"{prefix}/{app_id}/panel-draws",
                               json={}, headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
        if draw.status_code != 201:
            return
        panel = draw.json()["panel"]
        severe = self.rng.random() < 0.7
        items = {code: 0 if severe else self.rng.choice([0, 5] if n < 10 else [0, 1, 2]) for n, code in enumerate(ITEMS)}
        for expert_id in panel:
            await self.send("assessment", self.contractor, "POST", f"{prefix}/{app_id}/scores",
                            json={"expert_id": expert_id, "items": items},
                            headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
        concluded = await self.send("assessment", self.contractor, "POST", f"{prefix}/{app_id}/conclusion",
                                    json={"confirming_expert_ids": panel},
                                    headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
        if concluded.status_code != 201:
            return
        publicity = await self.once_or_done(f"{prefix}/{app_id}:start-publicity", app_id, "in_publicity")
        if publicity is None:
            return
        app = self.platform.apps["assessment"]
        pinned = app.state.today
        app.state.today = dt.date.fromisoformat(publicity["publicity_ends_on"])
        try:
            served = await self.once_or_done(f"{prefix}/{app_id}:serve", app_id, "served")
        finally:
            app.state.today = pinned
        if served is not None:
            self.model.conclusions.add(concluded.json()["conclusion"]["id"])
            person.level = True

    async def once_or_done(self, path: str, app_id: str, status: str) -> dict[str, Any] | None:
        """A step without an Idempotency-Key: when the first answer was lost, the retry finds it done (409)
        and the client reads the application to see that it is."""
        r = await self.send("assessment", self.contractor, "POST", path, expect=[200, 409])
        if r.status_code == 200:
            return dict(r.json())
        read = await self.send("assessment", self.contractor, "GET", f"/api/v1/assessment-applications/{app_id}",
                               expect=[200], fault=False)  # fmt: skip
        if read.json().get("status") != status:
            self.model.violation(f"{path}: 409 {r.text[:200]} but the application is {read.json().get('status')}")
            return None
        return dict(read.json())

    async def records(self) -> None:
        """An institution's batch of service records for a month, sometimes sent again."""
        institution = self.rng.choice(sorted(self.model.institutions))
        persons = [p for p in self.model.persons.values() if p.id is not None and (p.level or self.rng.random() < 0.2)]
        if not persons:
            return
        month = self.rng.choice(MONTHS)
        batch = []
        for _ in range(self.rng.randint(1, 6)):
            person = self.rng.choice(persons)
            day = month.replace(day=self.rng.randint(1, 28))
            hour = self.rng.randint(8, 16)
            batch.append({"record_id": f"{self.tag}-r{self.next_id()}", "person_id": person.id,
                          "caregiver_code": "CG-1", "care_mode": "home_visit", "service_date": day.isoformat(),
                          "start_time": f"{hour:02d}:00", "end_time": f"{hour + 1:02d}:00", "items": ["LT0101"],
                          "amount_claimed_fen": self.rng.choice([5_000, 8_000, 12_000, 20_000]),
                          "checkin_lat": 28.0, "checkin_lon": 120.65})  # fmt: skip
        keyed = self.rng.random() < 0.5
        for _ in range(2 if self.rng.random() < 0.2 else 1):
            headers = {"Idempotency-Key": f"{self.tag}-records-{batch[0]['record_id']}"} if keyed else {}
            r = await self.send("settlement", self.institution(institution), "POST", "/api/v1/service-records",
                                json={"records": batch}, headers=headers, expect=[201, 200])  # fmt: skip
            if r.status_code in (200, 201):
                job = r.json()
                if job["rows_accepted"] + job["rows_already_received"] + job["rows_rejected"] != len(batch):
                    self.model.violation(f"record batch of {len(batch)}: {job}")
                rejected = {e["record_id"] for e in job.get("errors", [])}
                self.model.records.update((institution, x["record_id"]) for x in batch if x["record_id"] not in rejected)

    async def settle(self) -> None:
        """A month's settlement run for a county: first, again (concurrent duplicates), or a re-settlement."""
        county = self.rng.choice(self.model.counties)
        month = self.rng.choice(MONTHS[:-1])
        settled = (county, month) in self.model.runs
        self.model.money_operations += 1
        if settled and self.rng.random() < 0.6:
            body = {"county_code": county, "month": month.isoformat(), "resettle": True, "reason": "late records"}
            r = await self.send("settlement", self.contractor, "POST", "/api/v1/settlement-runs", json=body,
                                headers={"Idempotency-Key": self.key()}, expect=[201])  # fmt: skip
            answers = [r]
        else:
            body = {"county_code": county, "month": month.isoformat()}
            copies = self.rng.choice([1, 1, 2, 3])
            same_key = self.rng.random() < 0.5
            key = self.key()
            answers = await self.together(
                [
                    lambda: self.send("settlement", self.contractor, "POST", "/api/v1/settlement-runs", json=body,
                                      headers={"Idempotency-Key": key if same_key else self.key()},
                                      expect=[201, 409])  # fmt: skip
                    for _ in range(copies)
                ]
            )
            created = {a.json()["id"] for a in answers if a.status_code == 201}
            if len(created) > 1:
                self.model.violation(f"{len(created)} runs settled {county} {month:%Y-%m} at once")
            if not settled and not created:
                refused = [a.json() for a in answers if a.status_code == 409]
                if any(a.get("code") != "ALREADY_SETTLED" for a in refused):
                    self.model.violation(f"first run of {county} {month:%Y-%m} refused: {refused}")
        for a in answers:
            if a.status_code == 201:
                run = a.json()
                self.model.runs[(county, month)] = run["id"]
                for s in run["statements"]:
                    key3 = (county, month, s["institution_id"])
                    before = self.model.payables.get(key3)
                    paid = before.paid_fen if before is not None else 0
                    self.model.payables[key3] = self_payable(run["id"], s["net_payable_fen"], paid)
            elif a.status_code == 409 and a.json().get("code") == "ALREADY_SETTLED" and (county, month) not in self.model.runs:
                self.model.runs[(county, month)] = a.json()["run_id"]
                await self.read_run(county, month, a.json()["run_id"])

    async def read_run(self, county: str, month: dt.date, run_id: str) -> None:
        r = await self.send("settlement", self.contractor, "GET", f"/api/v1/settlement-runs/{run_id}", expect=[200],
                            fault=False)  # fmt: skip
        for s in r.json()["statements"]:
            key3 = (county, month, s["institution_id"])
            before = self.model.payables.get(key3)
            self.model.payables[key3] = self_payable(run_id, s["net_payable_fen"], before.paid_fen if before else 0)

    async def payout(self) -> None:
        """Paying an institution what a run owes it: all, part, several at once with other references (only what
        is owed may be paid), or the same reference again."""
        owed = [(k, p) for k, p in self.model.payables.items() if p.net_payable_fen > p.paid_fen]
        if not owed:
            return
        (county, month, institution), payable = self.rng.choice(sorted(owed, key=lambda x: str(x[0])))
        remaining = payable.net_payable_fen - payable.paid_fen
        paid_on = (month_end(month) + dt.timedelta(days=self.rng.randint(1, 20))).isoformat()
        path = f"/api/v1/settlement-runs/{payable.run_id}/payments"
        self.model.money_operations += 1
        variant = self.rng.choice(["all", "part", "race", "race", "resend"])
        if variant == "race":
            copies = self.rng.randint(2, 4)
            bodies = [{"institution_id": institution, "amount_fen": remaining, "paid_on": paid_on,
                       "reference": f"{self.tag}-po-{self.next_id()}"} for _ in range(copies)]  # fmt: skip
            answers = await self.together(
                [
                    lambda b=b: self.send("settlement", self.contractor, "POST", path, json=b, expect=[201, 409])  # type: ignore[misc]
                    for b in bodies
                ]
            )
            accepted = [b for b, a in zip(bodies, answers, strict=True) if a.status_code == 201]
        else:
            amount = remaining if variant != "part" else max(1, remaining // self.rng.choice([2, 3]))
            body = {"institution_id": institution, "amount_fen": amount, "paid_on": paid_on,
                    "reference": f"{self.tag}-po-{self.next_id()}"}  # fmt: skip
            keyed = self.rng.random() < 0.5
            headers = {"Idempotency-Key": self.key()} if keyed else {}
            r = await self.send("settlement", self.contractor, "POST", path, json=body, headers=headers,
                                expect=[201, 200])  # fmt: skip
            accepted = [body] if r.status_code in (200, 201) else []
            if variant == "resend" and accepted:
                await self.send("settlement", self.contractor, "POST", path, json=body, headers=headers,
                                expect=[200, 201])  # fmt: skip
        for b in accepted:
            self.model.payouts[(county, b["reference"])] = b["amount_fen"]
            payable.paid_fen += b["amount_fen"]
        if accepted and payable.paid_fen > payable.net_payable_fen:
            self.model.violation(
                f"{institution} {month:%Y-%m}: {payable.paid_fen} fen paid out against {payable.net_payable_fen} payable"
            )

    async def subsidy(self) -> None:
        """A fiscal subsidy into a county's fund: once, sent again, sent again with another amount, or at once."""
        county = self.rng.choice(self.model.counties)
        body = {"county_code": county, "amount_fen": self.rng.choice([100_000, 250_000, 1_000_000]),
                "received_on": f"{YEAR}-0{self.rng.randint(1, 9)}-15",
                "reference": f"{self.tag}-fs-{self.next_id()}"}  # fmt: skip
        self.model.money_operations += 1
        variant = self.rng.choice(["once", "resend", "conflict", "concurrent"])
        path = "/api/v1/fund/fiscal-subsidies"
        if variant == "concurrent":
            answers = await self.together(
                [lambda: self.send("settlement", self.bureau, "POST", path, json=body, expect=[200, 201])
                 for _ in range(self.rng.randint(2, 4))]  # fmt: skip
            )
            ok = any(a.status_code in (200, 201) for a in answers)
        else:
            r = await self.send("settlement", self.bureau, "POST", path, json=body, expect=[200, 201])
            ok = r.status_code in (200, 201)
            if variant == "resend":
                await self.send("settlement", self.bureau, "POST", path, json=body, expect=[200, 201])
            elif variant == "conflict":
                other = {**body, "amount_fen": body["amount_fen"] * 10}
                await self.send("settlement", self.bureau, "POST", path, json=other, expect=[409])
        if ok:
            self.model.subsidies[(county, body["reference"])] = body["amount_fen"]

    async def together(self, calls: Sequence[Callable[[], Awaitable[httpx.Response]]]) -> list[httpx.Response]:
        """Requests sent at the same moment (each with its own fault, if the seed gives it one)."""
        self.model.faults["concurrent_duplicates"] += 1
        return list(await asyncio.gather(*(call() for call in calls)))

    async def polls(self) -> None:
        for _ in range(self.rng.randint(1, 3)):
            await self.poll(self.rng.choice(sorted(self.platform.consumers)))

    # --- the run --------------------------------------------------------------------------------------------

    async def run(self) -> None:
        await self.setup()
        model = self.model
        operations: list[tuple[Callable[[], Awaitable[None]], int, Callable[[], bool]]] = [
            (self.enrol_one, 5, lambda: True),
            (self.enrol_file, 3, lambda: True),
            (self.generate_bills, 2, lambda: any(not p.has_bill for p in model.persons.values())),
            (self.pay, 7, lambda: bool(self.billed())),
            (self.pay_file, 3, lambda: bool(self.billed())),
            (self.change_status, 2, lambda: bool(model.persons)),
            (self.transfer, 2, lambda: bool(model.persons)),
            (self.assess, 4, lambda: any(not p.applied for p in model.persons.values())),
            (self.records, 8, lambda: any(p.level for p in model.persons.values())),
            (self.settle, 5, lambda: bool(model.records)),
            (self.payout, 7, lambda: any(p.net_payable_fen > p.paid_fen for p in model.payables.values())),
            (self.subsidy, 3, lambda: True),
            (self.polls, 8, lambda: True),
            (self.poison, 1 if self.rng.random() < 0.2 else 0, lambda: True),
        ]
        for _ in range(self.steps):
            enabled = [(f, w) for f, w, ready in operations if w and ready()]
            operation = self.rng.choices([f for f, _ in enabled], [w for _, w in enabled])[0]
            model.operations[operation.__name__] += 1
            await operation()
        await self.drain()


def self_payable(run_id: str, net: int, paid: int) -> Any:
    from bench.chaos.model import Payable

    return Payable(run_id, net, paid)


def _service_of(consumer: str) -> str:
    return consumer.split(".", 1)[0]
