"""Events of many rows at once: a bulk change (an import, a bill run) is announced in chunks of a thousand
rows of one county, each row's fields as parallel arrays (``docs/contracts.md``), written by one
``INSERT … SELECT`` just before the commit (``shared.outbox``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import outbox

ROWS_PER_EVENT = 1000


def announce_in_chunks(
    session: AsyncSession,
    *,
    event_type: str,
    aggregate_type: str,
    aggregate_id: str,
    rows: str,
    order_by: str,
    columns: Mapping[str, str],
    constants: Mapping[str, Any],
) -> None:
    """``rows`` is a table with a ``county_code`` column (a temporary one is still there at commit);
    ``columns`` maps payload keys to its columns, ``constants`` are payload values shared by every event."""
    keys = [*constants, *columns]
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
        event_type=event_type,
        aggregate_type=aggregate_type,
        aggregate_id=aggregate_id,
        per_event=ROWS_PER_EVENT,
        **{f"c{i}": json.dumps(value) for i, value in enumerate(constants.values())},
    )
    assert len(keys) == len(set(keys)), "a payload key is given twice"
    outbox.publish_from_select(session, statement)
