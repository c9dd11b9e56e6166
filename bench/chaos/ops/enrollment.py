"""Enrollment's part of the workload: the year's policy, persons one by one and by file, bill runs, payments
(once, resent, with a conflicting reference, raced) and payment files, status changes and county transfers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.chaos.model import Person
from bench.chaos.simulator import Simulator

YEAR = 2026
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
PERSONS_HEADER = "id_number,name,category,county_code,employer_credit_code,enrolled_on"
PAYMENTS_HEADER = "id_number,year,payer,channel,amount_fen,paid_on,external_ref"
CSV = {"Content-Type": "text/csv"}


async def setup(sim: Simulator) -> None:
    policy = {"year": YEAR, "amount_per_person_fen": 12_000, "employer_share_fen": 6_000,
              "individual_share_fen": 6_000, "grace_period_days": 90, "effective_from": f"{YEAR}-01-01",
              "due_on": f"{YEAR}-05-31", "source": "chaos"}  # fmt: skip
    await sim.post(
        "enrollment", sim.bureau, "/api/v1/contribution-policies", policy, headers=sim.key(), expect=[201]
    )


def new_person(sim: Simulator) -> Person:
    birth = dt.date(1930, 1, 1) + dt.timedelta(days=sim.rng.randrange(365 * 40))
    first17 = f"330302{birth:%Y%m%d}{sim.rng.randrange(1000):03d}"
    number = first17 + ID_CHECK[sum(int(d) * w for d, w in zip(first17, ID_WEIGHTS, strict=True)) % 11]
    enrolled = dt.date(2022, 6, 25) + dt.timedelta(days=sim.rng.randrange(365 * 3))  # all units in by then
    person = Person(
        number, sim.rng.choice(sim.model.counties), sim.rng.choice(["retiree", "flexible"]), enrolled
    )
    if number in sim.model.id_numbers:
        return new_person(sim)
    sim.model.id_numbers.add(number)
    return person


async def person_id(sim: Simulator, person: Person) -> str | None:
    """The person's id in enrollment (looked up by ID number for persons enrolled by file)."""
    if person.id is None:
        r = await sim.send("enrollment", sim.contractor, "GET", "/api/v1/persons:lookup",
                           params={"id_number": person.id_number}, expect=[200], faults=False)  # fmt: skip
        person.id = r.json()["id"] if r.status_code == 200 else None
    return person.id


async def enrol_one(sim: Simulator) -> None:
    """One person through the API, with an ``Idempotency-Key`` or without one (a lost answer then comes back
    as 409 ``PERSON_EXISTS`` naming the person)."""
    person = new_person(sim)
    body = {"id_number": person.id_number, "name": "张三", "category": person.category,
            "county_code": person.county, "enrolled_on": person.enrolled_on.isoformat()}  # fmt: skip
    keyed = sim.rng.random() < 0.7
    r = await sim.post("enrollment", sim.contractor, "/api/v1/persons", body, headers=sim.key() if keyed else {},
                       expect=[201] if keyed else [201, 409])  # fmt: skip
    if r.status_code == 201:
        person.id = r.json()["id"]
    elif r.json().get("code") == "PERSON_EXISTS":
        person.id = r.json()["existing_id"]
    sim.model.persons[person.id_number] = person


async def enrol_file(sim: Simulator) -> None:
    """A file of persons (now and then over a thousand: several ``persons.enrolled`` in one transaction),
    sometimes sent again (nothing changes)."""
    size = sim.rng.choice([1, 2, 3, 5, 8, 13]) if sim.rng.random() > 0.04 else sim.rng.randint(1001, 1300)
    people = [new_person(sim) for _ in range(size)]
    content = "\n".join(
        [PERSONS_HEADER, *(f"{p.id_number},李四,{p.category},{p.county},,{p.enrolled_on}" for p in people)]
    ).encode()
    for attempt in range(2 if sim.rng.random() < 0.2 else 1):
        r = await sim.post("enrollment", sim.contractor, "/api/v1/enrollment-imports", content=content,
                           headers=CSV, expect=[201])  # fmt: skip
        job: dict[str, Any] = r.json()
        done = job.get("rows_unchanged", 0) + (0 if attempt else job.get("rows_created", 0))
        if r.status_code != 201 or job.get("rows_failed") or done != size:
            sim.model.violation(f"enrolment file of {size} (sent {attempt + 1}×): {job}")
            break
    for p in people:
        sim.model.persons[p.id_number] = p


async def generate_bills(sim: Simulator) -> None:
    r = await sim.post("enrollment", sim.contractor, "/api/v1/contribution-bills:generate", {"year": YEAR},
                       headers=sim.key(), expect=[200])  # fmt: skip
    if r.status_code == 200:
        for p in sim.model.persons.values():
            p.has_bill = p.has_bill or p.status == "insured"


def billed(sim: Simulator) -> list[Person]:
    return [p for p in sim.model.persons.values() if p.has_bill]


def payment_line(sim: Simulator, person: Person) -> dict[str, Any]:
    # the 2026 policy's channel matrix (seed 003's): retirees once a year or by pension deduction
    channels = (
        ["annual_self_payment", "pension_deduction"]
        if person.category == "retiree"
        else ["personal_account", "annual_self_payment"]
    )
    paid_on = dt.date(YEAR, 1, 10) + dt.timedelta(days=sim.rng.randrange(200))
    return {"id_number": person.id_number, "year": YEAR, "payer": sim.rng.choice(["individual", "employer"]),
            "channel": sim.rng.choice(channels), "amount_fen": sim.rng.choice([6_000, 6_000, 2_500, 3_500, 7_000]),
            "paid_on": paid_on.isoformat(), "external_ref": f"{sim.tag}-pay-{sim.next_id()}"}  # fmt: skip


async def pay(sim: Simulator) -> None:
    """One payment (its reference makes it idempotent): once, sent again as it was (the same payment), again
    with other content (409), or several copies at once (one payment)."""
    line = payment_line(sim, sim.rng.choice(billed(sim)))
    sim.model.money_operations += 1
    variant = sim.rng.choice(["once", "once", "resend", "conflict", "concurrent"])
    path = "/api/v1/payments"
    if variant == "concurrent":
        answers = await sim.together(
            [lambda: sim.post("enrollment", sim.contractor, path, line, expect=[200, 201])]
            * sim.rng.randint(2, 4)
        )
        if len({a.json().get("id") for a in answers}) != 1:
            sim.model.violation(f"several payments for one reference {line['external_ref']}: {answers}")
    else:
        r = await sim.post("enrollment", sim.contractor, path, line, expect=[200, 201])
        if variant == "resend":
            again = await sim.post("enrollment", sim.contractor, path, line, expect=[200])
            if again.json().get("id") != r.json().get("id"):
                sim.model.violation(f"payment {line['external_ref']} sent again got another id")
        elif variant == "conflict":
            other = {**line, "amount_fen": line["amount_fen"] + 100}
            await sim.post("enrollment", sim.contractor, path, other, expect=[409])
    sim.model.payments[(line["channel"], line["external_ref"])] = line["amount_fen"]


async def pay_file(sim: Simulator) -> None:
    """A file of payments, sometimes sent again (nothing changes)."""
    lines = [payment_line(sim, sim.rng.choice(billed(sim))) for _ in range(sim.rng.randint(1, 6))]
    fields = PAYMENTS_HEADER.split(",")
    content = "\n".join([PAYMENTS_HEADER, *(",".join(str(x[f]) for f in fields) for x in lines)]).encode()
    sim.model.money_operations += 1
    for attempt in range(2 if sim.rng.random() < 0.3 else 1):
        r = await sim.post("enrollment", sim.contractor, "/api/v1/payment-imports", content=content, headers=CSV,
                           expect=[201])  # fmt: skip
        job = r.json()
        done = job.get("rows_unchanged", 0) + (0 if attempt else job.get("rows_created", 0))
        if r.status_code != 201 or job.get("rows_failed") or done != len(lines):
            sim.model.violation(f"payment file of {len(lines)} (sent {attempt + 1}×): {job}")
            return
    for x in lines:
        sim.model.payments[(x["channel"], x["external_ref"])] = x["amount_fen"]


async def change_status(sim: Simulator) -> None:
    candidates = [p for p in sim.model.persons.values() if p.status != "deceased"]
    person = sim.rng.choice(candidates)
    if await person_id(sim, person) is None:
        return
    status = sim.rng.choice([s for s in ("insured", "suspended", "deceased") if s != person.status])
    on = max(person.last_status_on or dt.date(YEAR, 4, 1), person.enrolled_on) + dt.timedelta(
        days=sim.rng.randrange(60)
    )
    body = {"status": status, "effective_on": on.isoformat(), "reason": "chaos"}
    r = await sim.post("enrollment", sim.contractor, f"/api/v1/persons/{person.id}/status-changes", body,
                       headers=sim.key(), expect=[201])  # fmt: skip
    if r.status_code == 201:
        person.status, person.last_status_on = status, on


async def transfer(sim: Simulator) -> None:
    """A county transfer (``person.county_changed``), decided by the bureau."""
    person = sim.rng.choice([p for p in sim.model.persons.values() if p.status != "deceased"])
    if await person_id(sim, person) is None:
        return
    to = next(c for c in sim.model.counties if c != person.county)
    start = max(person.last_transfer_on or dt.date(YEAR, 1, 1), person.enrolled_on)
    on = start + dt.timedelta(days=sim.rng.randrange(90))
    body = {"county_code": to, "effective_on": on.isoformat(), "reason": "chaos"}
    r = await sim.post("enrollment", sim.bureau, f"/api/v1/persons/{person.id}/county-transfers", body,
                       headers=sim.key(), expect=[201])  # fmt: skip
    if r.status_code == 201:
        person.county, person.last_transfer_on = to, on
