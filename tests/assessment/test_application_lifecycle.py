"""The application's state machine: every transition is recorded with when and by whom, an illegal one is a
409 naming the current state; a deadline in a year the calendar does not know is a clear 409,
never a guess."""

from __future__ import annotations

import datetime as dt

import httpx
from fastapi import FastAPI

from tests.assessment.conftest import Api, items_with, run_to_conclusion
from tests.conftest import ClientFactory

PREFIX = "/api/v1/assessment-applications"


class TestTransitions:
    async def test_every_transition_records_when_and_by_whom(
        self, contractor: Api, gateway: httpx.AsyncClient, make_api_key: ClientFactory
    ) -> None:
        for _ in range(2):
            await contractor.expert()
        _, r = await contractor.apply()
        app_id = r.json()["id"]
        started = dt.datetime.now(dt.UTC)
        await run_to_conclusion(contractor, app_id, items_with(adl=50, other=4))
        colleague = Api(gateway, await make_api_key("contractor"))  # a second actor of the same counties
        r = await colleague.post(f"{PREFIX}/{app_id}:start-publicity")
        assert r.status_code == 200, r.text

        history = (await contractor.get(f"{PREFIX}/{app_id}")).json()["history"]
        steps = [(h["from_status"], h["to_status"]) for h in history]
        assert steps == [
            (None, "submitted"),
            ("submitted", "accepted"),
            ("accepted", "panel_drawn"),
            ("panel_drawn", "scored"),
            ("scored", "concluded"),
            ("concluded", "in_publicity"),
        ]
        times = [dt.datetime.fromisoformat(h["at"]) for h in history]
        assert times == sorted(times)
        assert started - dt.timedelta(minutes=1) < times[0] <= times[-1] < started + dt.timedelta(minutes=1)
        [by_contractor] = {
            h["by"] for h in history[:-1]
        }  # the contractor did every step up to the conclusion
        assert by_contractor
        assert history[-1]["by"]
        assert history[-1]["by"] != by_contractor  # publicity was started by the colleague

    async def test_illegal_transitions_are_409s_naming_the_current_state(self, contractor: Api) -> None:
        for _ in range(2):
            await contractor.expert()
        _, r = await contractor.apply()
        app_id = r.json()["id"]

        serve_accepted = await contractor.post(f"{PREFIX}/{app_id}:serve")
        assert serve_accepted.status_code == 409, serve_accepted.text
        assert serve_accepted.json()["code"] == "APPLICATION_IS_ACCEPTED"

        await run_to_conclusion(contractor, app_id, items_with(adl=50, other=4))
        redraw_concluded = await contractor.post(f"{PREFIX}/{app_id}/panel-draws")
        assert redraw_concluded.status_code == 409, redraw_concluded.text
        assert redraw_concluded.json()["code"] == "APPLICATION_IS_CONCLUDED"

        _, rejected = await contractor.apply(materials_complete=False)
        assert rejected.json()["status"] == "rejected"
        object_rejected = await contractor.post(
            f"{PREFIX}/{rejected.json()['id']}/objections", {"reason": "不服"}
        )
        assert object_rejected.status_code == 409, object_rejected.text
        assert object_rejected.json()["code"] == "APPLICATION_IS_REJECTED"

        after = (await contractor.get(f"{PREFIX}/{app_id}")).json()
        assert after["status"] == "concluded"
        assert [h["to_status"] for h in after["history"]][-1] == "concluded"


class TestUnknownCalendarYear:
    async def test_a_deadline_in_a_year_the_calendar_does_not_know_is_a_clear_409(
        self, contractor: Api, bureau: Api, assessment_app: FastAPI
    ) -> None:
        assessment_app.state.today = dt.date(2026, 12, 28)  # 10 working days later is in 2027
        person_id, r = await contractor.apply()
        assert r.status_code == 409, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert (r.json()["code"], r.json()["year"]) == ("CALENDAR_YEAR_UNKNOWN", 2027)
        listed = await contractor.get(PREFIX)
        assert all(a["person_id"] != person_id for a in listed.json()["items"])

        put = await bureau.gateway.put(
            "/api/v1/working-calendars/2027",
            json={"holidays": [{"date": "2027-01-01", "name": "元旦"}], "makeup_workdays": []},
            headers=bureau.headers,
        )
        assert put.status_code == 200, put.text
        _, r = await contractor.apply(person_id=person_id)
        assert r.status_code == 201, r.text
        assert r.json()["onsite_due_on"] == "2027-01-12"  # 29–31 Dec, then 4–8 and 11–12 Jan
