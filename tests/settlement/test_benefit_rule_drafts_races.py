"""Publishing drafts raced by real transactions that commit (``tests/races.py``): two drafts starting on one
date, published at once — one is in force from that date, the other is told the date is taken (never two
published versions of one date, never a 500)."""

from __future__ import annotations

import uuid

from fastapi import FastAPI

from tests.races import bureau, client_of, far_month, gather_all


async def test_two_drafts_of_one_date_published_at_once_one_wins(settlement_app: FastAPI) -> None:
    api = client_of(settlement_app, bureau())
    day = far_month().isoformat()
    versions = [f"RACE-{uuid.uuid4().hex[:8]}" for _ in range(2)]
    for version in versions:
        drafted = await api.post(
            "/api/v1/benefit-rules",
            json={
                "version": version,
                "effective_from": day,
                "source": "race",
                "status": "draft",
                "rules": [
                    {"level": 5, "care_mode": "home_visit", "monthly_cap_fen": 1, "fund_share_bp": 8000}
                ],
            },
        )
        assert drafted.status_code == 201, drafted.text
    answers = await gather_all(*(api.post(f"/api/v1/benefit-rules/{v}/publish") for v in versions))
    assert sorted(a.status_code for a in answers) == [200, 409], [a.text for a in answers]
    refused = next(a for a in answers if a.status_code == 409)
    assert refused.json()["code"] == "RULE_SET_DATE_TAKEN"
    in_force = await api.get("/api/v1/benefit-rules", params={"on": day})
    assert [v["version"] for v in in_force.json()["items"]] == [
        next(v for v, a in zip(versions, answers, strict=True) if a.status_code == 200)
    ]
