"""Asking enrollment whether a person is covered today (docs/contracts.md). Never a 500, never a guess."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import structlog

from services.assessment.applications.exceptions import AssessedPersonNotFound, EnrollmentUnavailable

_log = structlog.get_logger("assessment.coverage")


def unavailable(detail: str) -> EnrollmentUnavailable:
    return EnrollmentUnavailable(
        f"enrollment cannot answer whether the person is covered ({detail}); nothing was recorded, try again",
        headers={"Retry-After": "5"},
    )


async def coverage_on(client: httpx.AsyncClient | None, person_id: str, on: dt.date) -> dict[str, Any]:
    if client is None:
        raise unavailable("no enrollment client")
    try:
        response = await client.get(f"/api/v1/persons/{person_id}/coverage", params={"on": on.isoformat()})
    except httpx.TransportError as exc:
        _log.warning("enrollment_unreachable", error=type(exc).__name__)
        raise unavailable(type(exc).__name__) from None
    if response.status_code == 404:
        raise AssessedPersonNotFound("no such person")
    if response.status_code != 200:
        raise unavailable(f"HTTP {response.status_code}")
    try:
        body: dict[str, Any] = response.json()
        if not isinstance(body.get("covered"), bool) or not isinstance(body.get("county_code"), str):
            raise ValueError("shape")
    except ValueError:
        raise unavailable("malformed answer") from None
    return body
