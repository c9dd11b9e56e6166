"""Keyset pagination: ``?limit=&cursor=`` → ``{items, next_cursor}``.

The cursor is an opaque base64url token holding the sort key of the last row served; the next page is
``WHERE (k1, k2) > (:k1, :k2)`` on an index, so page 10 000 costs what page 1 costs.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import uuid
from collections.abc import Callable, Sequence
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel
from sqlalchemy import Select, literal, tuple_
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.elements import ColumnElement

from shared.errors import Unprocessable

DEFAULT_LIMIT = 50
MAX_LIMIT = 500

T = TypeVar("T")
Row = TypeVar("Row")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


class PageParams(BaseModel):
    limit: int
    cursor: str | None


async def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")] = (
        DEFAULT_LIMIT
    ),
    cursor: Annotated[str | None, Query(description="`next_cursor` of the previous page")] = None,
) -> PageParams:
    return PageParams(limit=limit, cursor=cursor)


def _encode_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return {"u": str(value)}
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    return value


class InvalidCursor(Unprocessable):
    """A cursor this API did not issue, or one of another list (422 ``INVALID_CURSOR``)."""

    code = "INVALID_CURSOR"


def _decode_value(value: Any) -> Any:
    if isinstance(value, dict):
        if "u" in value:
            return uuid.UUID(value["u"])
        if "t" in value:
            return dt.datetime.fromisoformat(value["t"])
        if "d" in value:
            return dt.date.fromisoformat(value["d"])
    return value


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps([_encode_value(v) for v in values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_cursor(cursor: str, width: int) -> list[Any]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidCursor("the cursor is not one this API issued") from None
    if not isinstance(values, list) or len(values) != width:
        raise InvalidCursor("the cursor does not fit this list")
    try:
        return [_decode_value(v) for v in values]
    except (ValueError, TypeError, AttributeError):
        raise InvalidCursor("the cursor is not one this API issued") from None


_BIGINT = 2**63


def _coerce(value: Any, column: ColumnElement[Any] | InstrumentedAttribute[Any]) -> Any:
    """A cursor value of the column's own Python type, or 422: a forged cursor never reaches the database."""
    try:
        expected = column.type.python_type
    except NotImplementedError:
        return value
    if (
        expected is int
        and isinstance(value, int)
        and not isinstance(value, bool)
        and -_BIGINT <= value < _BIGINT
    ):
        return value
    if expected is not int and isinstance(value, expected):
        return value
    raise InvalidCursor("the cursor does not fit this list")


async def paginate(
    session: AsyncSession,
    stmt: Select[Row],
    order_by: Sequence[ColumnElement[Any] | InstrumentedAttribute[Any]],
    params: PageParams,
    key: Callable[[Row], Sequence[Any]],
    *,
    descending: bool = False,
) -> tuple[list[Row], str | None]:
    """Run ``stmt`` ordered by ``order_by`` (unique together), one page after ``params.cursor``.

    ``key(row)`` gives the row's values of the ``order_by`` columns, for the next cursor.
    """
    if params.cursor is not None:
        values = [
            _coerce(v, c) for v, c in zip(decode_cursor(params.cursor, len(order_by)), order_by, strict=True)
        ]
        bound = tuple_(*(literal(v, type_=c.type) for v, c in zip(values, order_by, strict=True)))
        after = tuple_(*order_by) < bound if descending else tuple_(*order_by) > bound
        stmt = stmt.where(after)
    ordering = [c.desc() for c in order_by] if descending else list(order_by)
    stmt = stmt.order_by(*ordering).limit(params.limit + 1)
    rows = list((await session.scalars(stmt)).all())
    next_cursor = None
    if len(rows) > params.limit:
        rows = rows[: params.limit]
        next_cursor = encode_cursor(key(rows[-1]))
    return rows, next_cursor
