"""Dependencies every oversight domain uses: today's date (Asia/Shanghai), idempotent POSTs."""

from __future__ import annotations

import datetime as dt
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import Depends, Request

from services.oversight.models import idempotency_records
from shared.idempotency import IdempotentRequest, idempotency_dependency

SHANGHAI = ZoneInfo("Asia/Shanghai")


def today_in_shanghai() -> dt.date:
    return dt.datetime.now(SHANGHAI).date()


async def get_today(request: Request) -> dt.date:
    """Business dates are Asia/Shanghai dates; ``app.state.today`` (tests, drills) pins the date."""
    pinned: dt.date | None = getattr(request.app.state, "today", None)
    return pinned or today_in_shanghai()


Today = Annotated[dt.date, Depends(get_today)]
Idempotent = Annotated[IdempotentRequest, Depends(idempotency_dependency(idempotency_records))]
