"""Settlement's part of the workload: institutions and caregivers, service records (sometimes sent again),
settlement runs (raced, re-settled), payouts (all, part, raced against what is owed, resent) and fiscal
subsidies (resent, with a conflicting amount, raced)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from bench.chaos.model import Payable
from bench.chaos.ops.enrollment import YEAR
from bench.chaos.simulator import Simulator

MONTHS = [dt.date(YEAR, m, 1) for m in range(4, 10)]


def month_end(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


async def setup(sim: Simulator) -> None:
    for county in sim.model.counties:
        for n in range(sim.rng.choice([1, 2])):
            code = f"CH-{county}-{n}"
            body = {"id": code, "name": f"护理站{n}", "county_code": county, "kind": "home_care",
                    "care_modes": ["home_visit", "family_care"], "agreement_from": "2025-01-01",
                    "agreement_to": "2027-12-31"}  # fmt: skip
            await sim.post(
                "settlement", sim.contractor, "/api/v1/institutions", body, headers=sim.key(), expect=[201]
            )
            caregiver = {"code": "CG-1", "real_name": "李娜", "qualification": "执业护士",
                         "qualified_from": "2024-01-01", "qualified_until": "2028-12-31",
                         "category": "licensed_nurse", "licence_number": f"NURSE-{code}"}  # fmt: skip
            await sim.post("settlement", sim.institution(code), f"/api/v1/institutions/{code}/caregivers", caregiver,
                           headers=sim.key(), expect=[201])  # fmt: skip
            sim.model.institutions[code] = county


async def records(sim: Simulator) -> None:
    """An institution's batch of a month's service records for persons of its county (mostly with a level in
    force), with or without an ``Idempotency-Key``, sometimes sent again."""
    institution = sim.rng.choice(sorted(sim.model.institutions))
    county = sim.model.institutions[institution]
    persons = [p for p in sim.model.persons.values()
               if p.id is not None and p.county == county and (p.level or sim.rng.random() < 0.1)]  # fmt: skip
    if not persons:
        return
    month = sim.rng.choice(MONTHS)
    batch: list[dict[str, Any]] = []
    for _ in range(sim.rng.randint(1, 6)):
        person = sim.rng.choice(persons)
        day, hour = month.replace(day=sim.rng.randint(1, 28)), sim.rng.randint(8, 16)
        batch.append({"record_id": f"{sim.tag}-r{sim.next_id()}", "person_id": person.id, "caregiver_code": "CG-1",
                      "care_mode": "home_visit", "service_date": day.isoformat(), "start_time": f"{hour:02d}:00",
                      "end_time": f"{hour + 1:02d}:00", "items": ["LT0101"],
                      "amount_claimed_fen": sim.rng.choice([5_000, 8_000, 12_000, 20_000]),
                      "checkin_lat": 28.0, "checkin_lon": 120.65})  # fmt: skip
    headers = (
        {"Idempotency-Key": f"{sim.tag}-records-{batch[0]['record_id']}"} if sim.rng.random() < 0.5 else {}
    )
    for _ in range(2 if sim.rng.random() < 0.2 else 1):
        r = await sim.post("settlement", sim.institution(institution), "/api/v1/service-records",
                           {"records": batch}, headers=headers, expect=[201, 200])  # fmt: skip
        if r.status_code not in (200, 201):
            return
        job = r.json()
        if job["rows_accepted"] + job["rows_already_received"] + job["rows_rejected"] != len(batch):
            sim.model.violation(f"record batch of {len(batch)}: {job}")
        rejected = {e["record_id"] for e in job.get("errors", [])}
        sim.model.records.update(
            (institution, x["record_id"]) for x in batch if x["record_id"] not in rejected
        )
        sim.model.record_months.add((county, month))


def _payables(sim: Simulator, county: str, month: dt.date, run: dict[str, Any]) -> None:
    """What the settled run owes each institution; what was paid for the month before still counts."""
    sim.model.runs[(county, month)] = run["id"]
    for s in run["statements"]:
        before = sim.model.payables.get((county, month, s["institution_id"]))
        paid = before.paid_fen if before is not None else 0
        sim.model.payables[(county, month, s["institution_id"])] = Payable(
            run["id"], s["net_payable_fen"], paid
        )


async def settle(sim: Simulator) -> None:
    """A month's run for a county: a first run (sometimes several at once, with one key or several: one
    run is settled), or an explicit re-settlement of a settled month."""
    months = sorted(m for m in sim.model.record_months if m[1] < MONTHS[-1])
    if months and sim.rng.random() < 0.8:
        county, month = sim.rng.choice(months)
    else:
        county, month = sim.rng.choice(sim.model.counties), sim.rng.choice(MONTHS[:-1])
    sim.model.money_operations += 1
    path = "/api/v1/settlement-runs"
    if (county, month) in sim.model.runs and sim.rng.random() < 0.6:
        body = {"county_code": county, "month": month.isoformat(), "resettle": True, "reason": "late records"}
        answers = [await sim.post("settlement", sim.contractor, path, body, headers=sim.key(), expect=[201])]
    else:
        body = {"county_code": county, "month": month.isoformat()}
        copies, same_key, key = sim.rng.choice([1, 1, 2, 3]), sim.rng.random() < 0.5, sim.key()
        answers = await sim.together(
            [
                lambda: sim.post(
                    "settlement",
                    sim.contractor,
                    path,
                    body,
                    headers=key if same_key else sim.key(),
                    expect=[201, 409],
                )
                for _ in range(copies)
            ]
        )
        if len({a.json()["id"] for a in answers if a.status_code == 201}) > 1:
            sim.model.violation(f"several runs settled {county} {month:%Y-%m} at once")
        refused = [a.json() for a in answers if a.status_code == 409]
        if any(x.get("code") != "ALREADY_SETTLED" for x in refused):
            sim.model.violation(f"a run of {county} {month:%Y-%m} refused: {refused}")
    for a in answers:
        if a.status_code == 201:
            _payables(sim, county, month, a.json())
        elif a.status_code == 409 and (county, month) not in sim.model.runs:
            read = await sim.send("settlement", sim.contractor, "GET", f"{path}/{a.json()['run_id']}", expect=[200],
                                  faults=False)  # fmt: skip
            _payables(sim, county, month, read.json())


async def payout(sim: Simulator) -> None:
    """Paying an institution what a run owes it: all, a part, several at once with other references for all of
    it (only what is owed may be paid), or the same payout again (by reference, with or without a key)."""
    owed = sorted((k, p) for k, p in sim.model.payables.items() if p.net_payable_fen > p.paid_fen)
    (county, month, institution), payable = sim.rng.choice(owed)
    remaining = payable.net_payable_fen - payable.paid_fen
    paid_on = (month_end(month) + dt.timedelta(days=sim.rng.randint(1, 20))).isoformat()
    path = f"/api/v1/settlement-runs/{payable.run_id}/payments"
    sim.model.money_operations += 1

    def body(amount: int) -> dict[str, Any]:
        return {"institution_id": institution, "amount_fen": amount, "paid_on": paid_on,
                "reference": f"{sim.tag}-po-{sim.next_id()}"}  # fmt: skip

    variant = sim.rng.choice(["all", "part", "race", "race", "resend"])
    if variant == "race":
        bodies = [body(remaining) for _ in range(sim.rng.randint(2, 4))]
        answers = await sim.together([_sender(sim, path, b) for b in bodies])
        accepted = [b for b, a in zip(bodies, answers, strict=True) if a.status_code in (200, 201)]
    else:
        one = body(remaining if variant != "part" else max(1, remaining // sim.rng.choice([2, 3])))
        headers = sim.key() if sim.rng.random() < 0.5 else {}
        r = await sim.post("settlement", sim.contractor, path, one, headers=headers, expect=[201, 200])
        accepted = [one] if r.status_code in (200, 201) else []
        if variant == "resend" and accepted:
            await sim.post("settlement", sim.contractor, path, one, headers=headers, expect=[200, 201])
    for b in accepted:
        sim.model.payouts[(county, b["reference"])] = b["amount_fen"]
        payable.paid_fen += b["amount_fen"]
    if accepted and payable.paid_fen > payable.net_payable_fen:
        sim.model.violation(
            f"{institution} {month:%Y-%m}: {payable.paid_fen} fen paid out of {payable.net_payable_fen} payable"
        )


def _sender(sim: Simulator, path: str, body: dict[str, Any]) -> Callable[[], Awaitable[httpx.Response]]:
    return lambda: sim.post("settlement", sim.contractor, path, body, expect=[200, 201, 409])


async def subsidy(sim: Simulator) -> None:
    """A fiscal subsidy into a county's fund: once, sent again (the same posting), again with another amount
    (409), or several copies at once (one posting)."""
    county = sim.rng.choice(sim.model.counties)
    body: dict[str, Any] = {"county_code": county, "amount_fen": sim.rng.choice([100_000, 250_000, 1_000_000]),
            "received_on": f"{YEAR}-0{sim.rng.randint(1, 9)}-15", "reference": f"{sim.tag}-fs-{sim.next_id()}"}  # fmt: skip
    sim.model.money_operations += 1
    path = "/api/v1/fund/fiscal-subsidies"
    variant = sim.rng.choice(["once", "resend", "conflict", "concurrent"])
    answers: list[httpx.Response]
    if variant == "concurrent":
        answers = await sim.together(
            [lambda: sim.post("settlement", sim.bureau, path, body, expect=[200, 201])]
            * sim.rng.randint(2, 4)
        )
    else:
        answers = [await sim.post("settlement", sim.bureau, path, body, expect=[200, 201])]
        if variant == "resend":
            answers.append(await sim.post("settlement", sim.bureau, path, body, expect=[200, 201]))
        elif variant == "conflict":
            await sim.post("settlement", sim.bureau, path, {**body, "amount_fen": 1}, expect=[409])
    if len({a.json().get("transaction_id") for a in answers}) != 1:
        sim.model.violation(f"subsidy {body['reference']}: several postings {[a.json() for a in answers]}")
    if any(a.status_code in (200, 201) for a in answers):
        sim.model.subsidies[(county, str(body["reference"]))] = int(body["amount_fen"])
