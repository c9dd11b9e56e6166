"""A job's per-row errors as every import route answers them: a page of JSON (``{items, next_cursor}``,
keyset on ``(row_number, field)``) or, with ``Accept: text/csv``, the whole report as a CSV file
(``row_number,field,code,message``), written out in blocks as it is sent."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import AsyncIterator, Sequence
from typing import Any

from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from shared.pagination import PageParams, paginate

CSV_COLUMNS = ("row_number", "field", "code", "message")
_FLUSH_BYTES = 64_000


class RowError(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    row_number: int = Field(description="line of the file, the CSV header being line 1")
    field: str
    code: str
    message: str


class RowErrorList(BaseModel):
    items: list[RowError]
    next_cursor: str | None = None


def wants_csv(request: Request) -> bool:
    return "text/csv" in request.headers.get("accept", "")


async def error_report(
    session: AsyncSession,
    model: Any,
    job_id: uuid.UUID,
    request: Request,
    page: PageParams,
    filename: str,
) -> RowErrorList | StreamingResponse:
    """The errors of job ``job_id`` from ``model`` (an ORM class with ``job_id``, ``row_number``,
    ``field``, ``code``, ``message``): JSON paged, or CSV when the client accepts ``text/csv``."""
    stmt = select(model).where(model.job_id == job_id)
    if wants_csv(request):
        rows = (await session.scalars(stmt.order_by(model.row_number, model.field))).all()
        return StreamingResponse(
            _csv(rows),
            media_type="text/csv",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
    items, cursor = await paginate(
        session, stmt, [model.row_number, model.field], page, key=lambda e: [e.row_number, e.field]
    )
    return RowErrorList(items=[RowError.model_validate(e) for e in items], next_cursor=cursor)


async def _csv(rows: Sequence[Any]) -> AsyncIterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([row.row_number, row.field, row.code, row.message])
        if buffer.tell() > _FLUSH_BYTES:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
