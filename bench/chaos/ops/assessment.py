"""Assessment's part of the workload: experts, and applications through to a conclusion in force
(``application.received``, ``conclusion.in_force``), the business date pinned as the tests pin it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bench.chaos.ops.enrollment import person_id
from bench.chaos.simulator import Simulator

PREFIX = "/api/v1/assessment-applications"
ELIGIBLE_SELF = {"feeding": "dependent", "continence": "dependent", "bathing": "dependent",
                 "dressing": "dependent", "toileting": "partly", "transfer": "independent"}  # fmt: skip
ADL = ("feeding", "dressing", "grooming", "bowel_control", "bladder_control", "toileting", "walking",
       "transfer", "stairs", "bathing")  # fmt: skip
OTHER = ("time_orientation", "person_orientation", "place_orientation", "memory", "vision", "hearing",
         "communication")  # fmt: skip


async def setup(sim: Simulator) -> None:
    for county in sim.model.counties:
        for n in range(3):
            expert = {"code": f"E-{sim.tag}-{county}-{n}", "name": f"专家{n}", "profession": "doctor",
                      "institution_id": f"HOSP-{county}-{n}", "county_codes": [county],
                      "qualification_expires_on": "2030-12-31"}  # fmt: skip
            await sim.post(
                "assessment", sim.contractor, "/api/v1/experts", expert, headers=sim.key(), expect=[201]
            )


async def assess(sim: Simulator) -> None:
    """An application, its panel, the scores, the conclusion, publicity and service: the level in force."""
    person = sim.rng.choice(
        [p for p in sim.model.persons.values() if not p.applied and p.status == "insured"]
    )
    if await person_id(sim, person) is None:
        return
    person.applied = True
    institutions = [i for i, c in sim.model.institutions.items() if c == person.county]
    body = {"person_id": person.id, "self_assessment": ELIGIBLE_SELF, "disabled_since": "2025-06-01",
            "materials_complete": True, "care_institution_id": sim.rng.choice([None, *institutions])}  # fmt: skip
    r = await sim.post("assessment", sim.contractor, PREFIX, body, headers=sim.key(), expect=[201])
    if r.status_code != 201:
        return
    app_id = r.json()["id"]
    sim.model.applications.add(app_id)
    if r.json()["status"] != "accepted":
        return
    draw = await sim.post("assessment", sim.contractor, f"{PREFIX}/{app_id}/panel-draws", {}, headers=sim.key(),
                          expect=[201])  # fmt: skip
    if draw.status_code != 201:
        return
    panel = draw.json()["panel"]
    severe = sim.rng.random() < 0.7
    items = {c: 0 for c in (*ADL, *OTHER)}
    if not severe:
        items |= {c: sim.rng.choice([0, 5]) for c in ADL} | {c: sim.rng.choice([0, 1, 2]) for c in OTHER}
    for expert_id in panel:
        await sim.post("assessment", sim.contractor, f"{PREFIX}/{app_id}/scores",
                       {"expert_id": expert_id, "items": items}, headers=sim.key(), expect=[201])  # fmt: skip
    concluded = await sim.post("assessment", sim.contractor, f"{PREFIX}/{app_id}/conclusion",
                               {"confirming_expert_ids": panel}, headers=sim.key(), expect=[201])  # fmt: skip
    if concluded.status_code != 201:
        return
    publicity = await _once_or_done(sim, f"{PREFIX}/{app_id}:start-publicity", app_id, "in_publicity")
    if publicity is None:
        return
    app = sim.platform.apps["assessment"]
    pinned = app.state.today
    app.state.today = dt.date.fromisoformat(publicity["publicity_ends_on"])
    try:
        served = await _once_or_done(sim, f"{PREFIX}/{app_id}:serve", app_id, "served")
    finally:
        app.state.today = pinned
    if served is not None:
        sim.model.conclusions.add(concluded.json()["conclusion"]["id"])
        person.level = True


async def _once_or_done(sim: Simulator, path: str, app_id: str, status: str) -> dict[str, Any] | None:
    """A step without an ``Idempotency-Key``: when the first answer was lost, the retry finds it done (409)
    and the client reads the application to see that it is."""
    r = await sim.post("assessment", sim.contractor, path, expect=[200, 409])
    if r.status_code == 200:
        return dict(r.json())
    read = await sim.send(
        "assessment", sim.contractor, "GET", f"{PREFIX}/{app_id}", expect=[200], faults=False
    )
    if read.json().get("status") != status:
        sim.model.violation(f"{path}: 409 {r.text[:200]}, but the application is {read.json().get('status')}")
        return None
    return dict(read.json())
