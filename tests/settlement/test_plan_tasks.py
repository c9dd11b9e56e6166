"""The plan's task list and its closure (S003 §三: "按照“清单+闭环”管理要求 … 建立季度跟踪、半年督查、
年终核验相结合的督查机制"): annex 1's eleven items are the 2022 tasks; a task is done with evidence,
verified or reopened; overdue ones are listed; supervision rounds record findings linked to tasks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.reference.plan_tasks import ANNEX_1, load_annex_1_tasks
from tests.conftest import ClientFactory, bearer

EVIDENCE = [
    {"name": "温州市长期护理保险经办规程", "reference": "温医保发〔2022〕18号", "dated_on": "2022-06-20"}
]


@pytest.fixture
async def annex_1(session: AsyncSession) -> None:
    await load_annex_1_tasks(session)
    await load_annex_1_tasks(session)  # loading again changes nothing
    await session.commit()


class Tasks:
    def __init__(self, gateway: httpx.AsyncClient, key: str) -> None:
        self.gateway = gateway
        self.headers = bearer(key)

    async def call(self, method: str, path: str, expect: int, **kwargs: Any) -> Any:
        response = await self.gateway.request(method, path, headers=self.headers, **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        return response.json()

    async def by_code(self, code: str) -> dict[str, Any]:
        page = await self.call("GET", "/api/v1/plan-tasks?year=2022&limit=100", 200)
        return next(t for t in page["items"] if t["code"] == code)

    async def move(self, task_id: str, expect: int = 201, **body: Any) -> Any:
        return await self.call("POST", f"/api/v1/plan-tasks/{task_id}/status-changes", expect, json=body)


@pytest.fixture
def tasks(gateway: httpx.AsyncClient, keys: dict[str, str]) -> Tasks:
    return Tasks(gateway, keys["bureau"])


class TestAnnex1AsTheTaskList:
    async def test_the_eleven_items_are_loaded_with_their_deadlines_and_units(
        self, annex_1: None, tasks: Tasks
    ) -> None:
        page = await tasks.call("GET", "/api/v1/plan-tasks?year=2022&limit=100", 200)
        codes = [t["code"] for t in page["items"]]
        assert sorted(codes) == sorted(code for code, *_ in ANNEX_1)
        assert {int(t["source"].split("第 ")[1].split(" ")[0]) for t in page["items"]} == set(range(1, 12))
        testing = await tasks.by_code("S003-A1-01")
        assert (testing["title"], testing["due_on"], testing["responsible"]) == (
            "政策调研和数据测算",
            "2022-03-31",
            "市医疗保障局",
        )
        nursing = await tasks.by_code("S003-A1-06b")
        assert nursing["due_on"] == "2022-09-30"
        assert all(t["overdue"] for t in page["items"])  # 2022 is long past and nothing was done

    async def test_done_with_evidence_then_verified_or_reopened_with_a_reason(
        self, annex_1: None, tasks: Tasks
    ) -> None:
        task = await tasks.by_code("S003-A1-08")
        bare = await tasks.move(task["id"], expect=422, status="done")
        assert bare["code"] == "PLAN_TASK_EVIDENCE_REQUIRED"
        done = await tasks.move(task["id"], status="done", done_on="2022-06-25", evidence=EVIDENCE)
        assert (done["status"], done["done_on"], done["overdue"], done["done_late"]) == (
            "done",
            "2022-06-25",
            False,
            False,
        )
        unexplained = await tasks.move(task["id"], expect=422, status="reopened")
        assert unexplained["code"] == "PLAN_TASK_EVIDENCE_REQUIRED"
        reopened = await tasks.move(task["id"], status="reopened", reason="服务标准部分未出台")
        assert (reopened["status"], reopened["done_on"], reopened["overdue"]) == ("reopened", None, True)
        late = await tasks.move(
            task["id"],
            status="done",
            done_on="2022-08-01",
            evidence=[{"name": "服务标准", "reference": "温医保发〔2022〕25号"}],
        )
        assert (late["done_late"], len(late["evidence"])) == (True, 2)
        verified = await tasks.move(task["id"], status="verified")
        assert verified["status"] == "verified"
        assert [step["status"] for step in verified["status_history"]] == [
            "done",
            "reopened",
            "done",
            "verified",
        ]
        again = await tasks.move(task["id"], expect=409, status="verified")
        assert again["code"] == "PLAN_TASK_TRANSITION_NOT_ALLOWED"

    async def test_the_overdue_list_leaves_out_what_is_done(self, annex_1: None, tasks: Tasks) -> None:
        task = await tasks.by_code("S003-A1-03")
        await tasks.move(task["id"], status="done", done_on="2022-05-30", evidence=EVIDENCE)
        overdue = await tasks.call("GET", "/api/v1/plan-tasks?year=2022&overdue=true&limit=100", 200)
        assert "S003-A1-03" not in [t["code"] for t in overdue["items"]]
        assert len(overdue["items"]) == len(ANNEX_1) - 1


class TestTasksOfACountyAndTheirRounds:
    async def test_a_county_task_is_its_contractors_to_read_and_a_finding_links_it(
        self, tasks: Tasks, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: ClientFactory
    ) -> None:
        body = {
            "code": "LC-2026-01",
            "year": 2026,
            "title": "鹿城区护理型床位建设",
            "requirement": "年底前新增护理型床位 200 张",
            "source": "温医保〔2026〕5号",
            "county_code": "330302",
            "responsible": "鹿城区医疗保障分局",
            "due_on": "2026-12-31",
        }
        task = await tasks.call("POST", "/api/v1/plan-tasks", 201, json=body)
        taken = await tasks.call("POST", "/api/v1/plan-tasks", 409, json=body)
        assert (taken["code"], taken["task_id"]) == ("PLAN_TASK_CODE_TAKEN", task["id"])
        own = await gateway.get(f"/api/v1/plan-tasks/{task['id']}", headers=bearer(keys["contractor"]))
        assert own.status_code == 200
        elsewhere = await make_api_key("contractor", county_codes=["330303"])
        hidden = await gateway.get(f"/api/v1/plan-tasks/{task['id']}", headers=bearer(elsewhere))
        assert (hidden.status_code, hidden.json()["code"]) == (404, "PLAN_TASK_NOT_FOUND")

        round_ = await tasks.call(
            "POST",
            "/api/v1/supervision-rounds",
            201,
            json={
                "kind": "half_year_inspection",
                "period_from": "2026-01-01",
                "period_to": "2026-06-30",
                "county_code": "330302",
                "held_on": "2026-07-10",
                "findings": [
                    {
                        "finding": "新增床位仅 60 张，进度滞后",
                        "task_id": task["id"],
                        "rectify_by": "2026-09-30",
                    }
                ],
            },
        )
        assert round_["findings"][0]["task_id"] == task["id"]
        unknown = await tasks.call(
            "POST",
            "/api/v1/supervision-rounds",
            422,
            json={
                "kind": "quarterly_tracking",
                "period_from": "2026-01-01",
                "period_to": "2026-03-31",
                "held_on": "2026-04-05",
                "findings": [{"finding": "x", "task_id": "00000000-0000-0000-0000-000000000001"}],
            },
        )
        assert unknown["code"] == "SUPERVISION_TASK_UNKNOWN"
        theirs = await gateway.get("/api/v1/supervision-rounds", headers=bearer(elsewhere))
        assert theirs.json()["items"] == []
        assert (
            await gateway.post("/api/v1/plan-tasks", json=body, headers=bearer(keys["contractor"]))
        ).status_code == 403
