"""The walkthrough (``make demo``): the whole story of the fund through the gateway of a running ``make run``,
with the demo keys, printing every request and its answer.

A new person is enrolled, billed, pays and applies; the panel is drawn, scores and concludes, and the
publicity starts (it runs five working days, so this person's level is served later). The demo world's
林奶奶, whose publicity ended in 2022, is served. The demo institution submits a month of service records for
its clients in force; the contractor settles the month and pays the institution out; the institution reads
its statement and the bureau the fund's status. Run again, it enrols another person and settles the next
month.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from services.demo import world
from services.demo.api import Api, StepFailed
from shared import dates
from shared.settings import Settings


def next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


async def walk(api: Api, today: dt.date | None = None) -> None:
    today = today or dates.today()
    say = api.say
    county = world.LUCHENG

    say("\n1. Enrol a person (contractor)")
    person = world.Person(
        "new", "郑秀英", county, f"1942{secrets.randbelow(12) + 1:02d}15", 2 * secrets.randbelow(500)
    )
    enrolled = await api.call(
        "contractor",
        "POST",
        "/api/v1/persons",
        json={
            "id_number": person.id_number,
            "name": person.name,
            "category": "retiree",
            "county_code": county,
            "enrolled_on": world.ENROLLED_ON,
        },
        expect=(201, 409),
    )
    if "id" not in enrolled:  # one ID number in a thousand is drawn twice: use the person already there
        enrolled = await api.call(
            "contractor", "GET", "/api/v1/persons:lookup", params={"id_number": person.id_number}
        )
    person_id = enrolled["id"]

    say("\n2. Bill the year (contractor): every enrolled person of the county without a 2022 bill gets one")
    await api.call(
        "contractor",
        "POST",
        "/api/v1/contribution-bills:generate",
        json={"year": 2022, "county_code": county},
    )

    say("\n3. Pay the bill, both halves (contractor)")
    await world.pay_bill(api, person_id, "2022-07-20", f"WALK-{person.id_number}")
    await api.call("contractor", "GET", f"/api/v1/persons/{person_id}/coverage")

    say("\n4. Apply, draw the panel, score, conclude (contractor)")
    applied = await world.conclude(
        api, person_id, disabled_since=(today - dt.timedelta(days=400)).isoformat()
    )
    path = f"/api/v1/assessment-applications/{applied['id']}"

    say("\n5. Publicise the conclusion; serve it once the publicity is over (contractor)")
    started = await api.call("contractor", "POST", f"{path}:start-publicity")
    await api.call("contractor", "POST", f"{path}:serve", expect=409)
    say(f"     (this person's publicity runs until {started['publicity_ends_on']}: served then)")
    waiting = await api.call(
        "contractor",
        "GET",
        "/api/v1/assessment-applications",
        params={"status": "in_publicity", "county_code": county},
    )
    over = [a for a in waiting["items"] if a["publicity_ends_on"] <= today.isoformat()]
    if over:
        say("     林奶奶's publicity ended in 2022: serve hers")
        await api.call("contractor", "POST", f"/api/v1/assessment-applications/{over[0]['id']}:serve")
        await api.call("contractor", "GET", f"/api/v1/persons/{over[0]['person_id']}/disability-levels")
    else:
        say("     (no application whose publicity is over is waiting: served on an earlier run)")

    say("\n6. Submit a month of service records (institution DEMO-INST-0001)")
    statements = await api.call("institution", "GET", f"/api/v1/institutions/{world.INSTITUTION}/statements")
    settled = [dt.date.fromisoformat(s["month"]) for s in statements["items"]]
    month = next_month(max(settled)) if settled else world.SETTLED_MONTH
    clients = {}
    for p in world.PERSONS:
        if p.level == "in_force":
            found = await api.call(
                "contractor", "GET", "/api/v1/persons:lookup", params={"id_number": p.id_number}
            )
            clients[p.key] = found["id"]
    job = await world.submit(api, month, clients, f"WALK-{month:%Y-%m}", later=2)  # after the world's visits
    say(f"     {job['rows_accepted']} records accepted, {job['rows_rejected']} rejected")

    say(f"\n7. Settle {month:%Y-%m} in 鹿城区 (contractor)")
    run = await world.settle(api, month)
    statement = next(s for s in run["statements"] if s["institution_id"] == world.INSTITUTION)
    say(
        f"     claimed {statement['claimed_fen'] / 100:.2f} 元, "
        f"deducted {statement['deducted_fen'] / 100:.2f} 元 "
        f"{statement['deducted_by_reason']}, net payable {statement['net_payable_fen'] / 100:.2f} 元"
    )

    say("\n8. Pay the institution out (contractor)")
    await api.call(
        "contractor",
        "POST",
        f"/api/v1/settlement-runs/{run['id']}/payments",
        json={
            "institution_id": world.INSTITUTION,
            "amount_fen": statement["net_payable_fen"],
            "paid_on": today.isoformat(),
            "reference": f"WALK-PAYOUT-{month:%Y%m}",
        },
        expect=201,
    )

    say("\n9. Read the statement (institution) and the fund's status (bureau)")
    await api.call(
        "institution",
        "GET",
        f"/api/v1/institutions/{world.INSTITUTION}/statements",
        params={"month": month.isoformat()},
    )
    await api.call(
        "bureau", "GET", "/api/v1/fund/status", params={"month": month.isoformat(), "county_code": county}
    )
    say("\nDone: every step answered as it should.")


def main(settings: Settings, credentials: Path, gateway: str | None = None) -> int:
    """``python -m services.launcher demo``: 0 when every step answered as it should."""
    echo: Callable[[str], None] = lambda line: print(line, flush=True)  # noqa: E731, T201
    if not credentials.exists():
        echo(f"! {credentials} is missing: start the platform with `make run` first")
        return 1
    saved: dict[str, Any] = json.loads(credentials.read_text())
    url = gateway or saved["gateway_url"]

    async def go() -> None:
        async with httpx.AsyncClient(base_url=url, timeout=60.0) as client:
            await walk(Api(client, saved["keys"], echo))

    echo(f"The walkthrough, through the gateway at {url} with the demo keys of {credentials}")
    try:
        asyncio.run(go())
    except StepFailed as exc:
        echo(f"! {exc}")
        return 1
    except httpx.TransportError as exc:
        echo(f"! the gateway at {url} does not answer ({exc!r}): is `make run` running?")
        return 1
    return 0
