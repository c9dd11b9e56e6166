"""TEST-ONLY stand-in for enrollment's coverage endpoint, exactly as docs/contracts.md specifies it, until the
real one lands on main: ``GET /api/v1/persons/{person_id}/coverage?on=`` → ``{person_id, on, covered, reason,
county_code}``; 404 ``PERSON_NOT_FOUND`` for an unknown person."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from shared.errors import problem_response


def fake_enrollment_app(persons: dict[str, tuple[bool, str | None, str]]) -> FastAPI:
    """``persons``: person_id → (covered, reason, county_code); read at call time."""
    app = FastAPI()

    @app.get("/api/v1/persons/{person_id}/coverage")
    async def coverage(person_id: str, on: dt.date) -> Any:
        if person_id not in persons:
            return problem_response(404, "PERSON_NOT_FOUND", "no such person")
        covered, reason, county = persons[person_id]
        return JSONResponse(
            {
                "person_id": person_id,
                "on": on.isoformat(),
                "covered": covered,
                "reason": reason,
                "county_code": county,
            }
        )

    return app
