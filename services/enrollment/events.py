"""Events of many rows at once: a bulk change (an import, a bill run) is announced in chunks of a thousand
rows of one county, each row's fields as parallel arrays (``contracts.enrollment``), written by one
``INSERT … SELECT`` just before the commit (``shared.outbox``). The payload keys are checked against the
event's contract model, so SQL-built events cannot drift from the model their consumers parse with."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, func, text
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.base import EventPayload, ParallelArrays
from services.enrollment.models import outbox

ROWS_PER_EVENT = 1000


def _require_fields(model: type[EventPayload], keys: list[str]) -> None:
    """The keys are exactly the model's fields, each once."""
    fields = set(model.model_fields)
    if len(keys) != len(set(keys)) or set(keys) != fields:
        raise ValueError(f"{model.event_type}: payload keys {sorted(keys)}, contract fields {sorted(fields)}")


def json_object(model: type[EventPayload], values: Mapping[str, ColumnElement[Any]]) -> ColumnElement[Any]:
    """``jsonb_build_object`` of one event's payload in SQL, keyed by the contract model's fields."""
    _require_fields(model, list(values))
    return func.jsonb_build_object(*(part for key, value in values.items() for part in (key, value)))


def announce_in_chunks(
    session: AsyncSession,
    model: type[ParallelArrays],
    *,
    aggregate_id: str,
    rows: str,
    order_by: str,
    columns: Mapping[str, str],
    constants: Mapping[str, Any],
) -> None:
    """``rows`` is a table with a ``county_code`` column (a temporary one is still there at commit);
    ``columns`` maps the model's array fields to its columns, ``constants`` are payload values shared by
    every event (validated by the model's field types)."""
    _require_fields(model, ["county_code", *constants, *columns])
    if set(columns) != set(model.columns):
        raise ValueError(f"{model.event_type}: the arrays are {model.columns}, not {sorted(columns)}")
    model.model_validate({**model.example, **constants})  # the constants have their fields' types
    pairs = [f"'{k}', cast(:c{i} AS jsonb)" for i, k in enumerate(constants)]
    pairs += [f"'{key}', to_jsonb(array_agg({column}))" for key, column in columns.items()]
    statement = text(
        f"""
        INSERT INTO enrollment.outbox_events (event_type, aggregate_type, aggregate_id, county_code, payload)
        SELECT :event_type, :aggregate_type, :aggregate_id, county_code,
               jsonb_build_object('county_code', county_code, {", ".join(pairs)})
        FROM (SELECT r.*, (row_number() OVER (PARTITION BY county_code ORDER BY {order_by}) - 1) / :per_event
                          AS chunk
              FROM {rows} r) numbered
        GROUP BY county_code, chunk
        ORDER BY county_code, chunk
        """
    ).bindparams(
        event_type=model.event_type,
        aggregate_type=model.aggregate_type,
        aggregate_id=aggregate_id,
        per_event=ROWS_PER_EVENT,
        **{f"c{i}": json.dumps(value) for i, value in enumerate(constants.values())},
    )
    outbox.publish_from_select(session, statement)
