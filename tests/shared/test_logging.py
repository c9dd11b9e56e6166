"""A log line is one JSON object on stdout with the request id and the service, ID numbers masked wherever
they appear (percent-encoded in a query too), text as it is; a call below the level writes nothing."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

import pytest
import structlog

from shared.logging import configure_logging


def _lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]


@pytest.fixture
def fresh_logger() -> Any:
    """A logger no other test has used (structlog keeps a logger's configuration from its first use)."""
    configure_logging("demo", "INFO", json_output=True)
    return structlog.get_logger(f"tests.logging.{uuid.uuid4().hex}")


class TestLogLines:
    def test_a_line_names_the_request_and_masks_id_numbers(
        self, fresh_logger: Any, capsys: pytest.CaptureFixture[str]
    ) -> None:
        tokens = structlog.contextvars.bind_contextvars(request_id="req-1")
        try:
            fresh_logger.info(
                "request",
                path="/api/v1/persons:lookup?id_number=%2C330302194503150013",
                name="陈阿婆 330302194503150013",
                status=200,
            )
        finally:
            structlog.contextvars.reset_contextvars(**tokens)
        [line] = _lines(capsys)
        assert line["event"] == "request"
        assert line["request_id"] == "req-1"
        assert line["service"] == "demo"
        assert line["level"] == "info"
        assert line["status"] == 200
        assert line["timestamp"].endswith("Z")
        assert "330302194503150013" not in json.dumps(line, ensure_ascii=False)
        assert line["name"] == "陈阿婆 3303**********0013"
        assert "3303**********0013" in line["path"]

    def test_a_call_below_the_level_writes_nothing(
        self, fresh_logger: Any, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
    ) -> None:
        fresh_logger.debug("not shown", detail="x" * 40)
        assert _lines(capsys) == []
        assert [r for r in caplog.records if r.levelno < logging.INFO] == []

    def test_the_standard_library_s_records_are_json_lines_too(
        self, fresh_logger: Any, capsys: pytest.CaptureFixture[str]
    ) -> None:
        try:
            raise ValueError("broken 330302194503150013")
        except ValueError:
            logging.getLogger("uvicorn.error").exception("failed")
        [line] = _lines(capsys)
        assert line["event"] == "failed"
        assert line["logger"] == "uvicorn.error"
        assert "ValueError: broken 3303**********0013" in line["exception"]
