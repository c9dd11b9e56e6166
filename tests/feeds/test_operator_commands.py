"""What an operator does about a dead letter, from the command line: list, retry, discard (the launcher
commits for real, so this test cleans up its own rows)."""

from __future__ import annotations

import json
import uuid

import pytest

from services.launcher import main
from shared.db import sync_url
from tests.conftest import run_blocking


def sql(database_url: str, statement: str, *args: object) -> list[dict[str, object]]:
    async def run() -> list[dict[str, object]]:
        import asyncpg

        conn = await asyncpg.connect(sync_url(database_url))
        try:
            return [dict(r) for r in await conn.fetch(statement, *args)]
        finally:
            await conn.close()

    return run_blocking(run)


def test_an_operator_lists_and_discards_the_event_a_money_feed_stopped_at(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LTC_DATABASE_URL", database_url)
    consumer = f"test-operator-{uuid.uuid4().hex[:8]}"
    cursors, letters = "settlement.consumer_cursors", "settlement.feed_dead_letters"
    sql(database_url, f"INSERT INTO {cursors} (consumer, source, position) VALUES ($1, 'x', 40)", consumer)
    [letter] = sql(
        database_url,
        f"INSERT INTO {letters} (consumer, source, seq, event_id, event_type, event, error,"
        " attempts, blocking) VALUES ($1, 'x', 42, gen_random_uuid(), 'contribution.received', '{}',"
        " 'ValidationError: amount_fen', 1, true) RETURNING id",
        consumer,
    )
    try:
        assert main(["dead-letters", "list", "--service", "settlement"]) == 0
        listed = [row for row in json.loads(capsys.readouterr().out) if row["consumer"] == consumer]
        assert [(r["id"], r["seq"], r["status"], r["blocking"]) for r in listed] == [
            (letter["id"], 42, "open", True)
        ]
        assert main(["dead-letters", "retry", str(letter["id"])]) == 2, "which service's letter?"
        capsys.readouterr()
        args = ["dead-letters", "discard", str(letter["id"]), "--service", "settlement"]
        assert main([*args, "--note", "sent again as 43", "--by", "ops-1"]) == 0
        assert json.loads(capsys.readouterr().out)["cursor_moved_past"] is True
        [cursor] = sql(database_url, f"SELECT position FROM {cursors} WHERE consumer = $1", consumer)
        assert cursor["position"] == 42
        query = f"SELECT status, decided_by, note FROM {letters} WHERE id = $1"
        [row] = sql(database_url, query, letter["id"])
        assert row == {"status": "discarded", "decided_by": "ops-1", "note": "sent again as 43"}
        assert main([*args, "--note", "again"]) == 1, "a discarded letter is closed"
        assert "discarded already" in capsys.readouterr().out
        assert main(["dead-letters", "retry", "999999999", "--service", "enrollment"]) == 1
    finally:
        sql(database_url, f"DELETE FROM {letters} WHERE consumer = $1", consumer)
        sql(database_url, f"DELETE FROM {cursors} WHERE consumer = $1", consumer)
