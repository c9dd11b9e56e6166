"""How a service's feed consumers are doing: limits, Prometheus metrics, the in-process health of each
consumer and the ``feeds`` part of ``/readyz``.

Readiness stays 200 with ``"status": "degraded"`` and the reasons when a consumer is stopped at a dead letter,
stuck (failing ``LTC_FEED_STUCK_AFTER_FAILURES`` polls in a row) or lagging (more than
``LTC_FEED_MAX_LAG_EVENTS`` behind): the service still answers everything else correctly, and taking it out
of rotation would turn stale read models into an outage. ``LTC_FEED_UNHEALTHY_FAILS_READINESS=true`` makes
it a 503 instead. Alerts belong on ``ltc_feed_stopped``, ``ltc_feed_lag_events`` and
``ltc_feed_consecutive_failures``.

With several processes per service one runs each consumer and the others report it as ``standby`` (not a
failure: they take over when it dies); ``ltc_feed_running_pid`` names the process that runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from prometheus_client import CollectorRegistry, Counter, Gauge

from shared.observability import Readiness
from shared.settings import Settings

if TYPE_CHECKING:
    from shared.consumer import FeedConsumer


@dataclass(frozen=True)
class FeedLimits:
    """When a consumer gives up on an event and when ``/readyz`` calls it stuck or lagging."""

    max_attempts: int = 5
    stuck_after_failures: int = 3
    max_lag_events: int = 10_000
    unhealthy_fails_readiness: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> FeedLimits:
        return cls(
            max_attempts=settings.feed_max_attempts,
            stuck_after_failures=settings.feed_stuck_after_failures,
            max_lag_events=settings.feed_max_lag_events,
            unhealthy_fails_readiness=settings.feed_unhealthy_fails_readiness,
        )


class FeedMetrics:
    """The feed metrics of one app, in that app's registry (``/metrics``).

    The gauges are written only by the process that runs the consumer; with several worker processes
    (``shared.multiprocess_metrics``) ``/metrics`` shows the most recent value of any of them, which is the
    running one's: a standby never writes, and a process taking over writes at once."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        labels = ["consumer", "source"]

        def gauge(name: str, documentation: str) -> Gauge:
            return Gauge(name, documentation, labels, registry=registry, multiprocess_mode="mostrecent")

        self.position = gauge("ltc_feed_position", "last event applied or passed")
        self.head = gauge("ltc_feed_head", "the producer's last committed event, as last read")
        self.lag = gauge(
            "ltc_feed_lag_events",
            "events behind the producer's head (sequence numbers; rolled-back gaps included)",
        )
        self.applied = Counter("ltc_feed_events_applied", "events applied", labels, registry=registry)
        self.skipped = Counter(
            "ltc_feed_events_skipped", "events of types it does not handle", labels, registry=registry
        )
        self.failures = Counter(
            "ltc_feed_failures",
            "failed polls: transient (producer or database unreachable), event (an event failed to apply), "
            "contract (an event's payload broke its contract), other",
            [*labels, "kind"],
            registry=registry,
        )
        self.consecutive_failures = gauge("ltc_feed_consecutive_failures", "failed polls in a row")
        self.dead_letters = Counter(
            "ltc_feed_dead_letters",
            "events written to the dead-letter table",
            [*labels, "policy"],
            registry=registry,
        )
        self.dead_letters_open = gauge("ltc_feed_dead_letters_open", "dead letters waiting for an operator")
        self.stopped = gauge("ltc_feed_stopped", "1 while the consumer is stopped at a dead letter")
        self.running_pid = gauge(
            "ltc_feed_running_pid",
            "the process id of the worker that runs the consumer (holds its lock); the others stand by",
        )


def feed_metrics(app: FastAPI) -> FeedMetrics:
    """The app's :class:`FeedMetrics`, made once per app (a second lifespan reuses it)."""
    existing = getattr(app.state, "feed_metrics", None)
    if isinstance(existing, FeedMetrics):
        return existing
    metrics = FeedMetrics(app.state.metrics.registry)
    app.state.feed_metrics = metrics
    return metrics


@dataclass(frozen=True)
class DeadLetterRef:
    id: int
    seq: int
    event_type: str
    error: str


@dataclass
class FeedHealth:
    """What ``/readyz`` and the metrics say about one consumer (this process's view)."""

    position: int | None = None
    head: int | None = None
    consecutive_failures: int = 0
    standby: bool = False
    """Another process of the service runs this consumer (holds its lock); this one waits to take over."""
    last_error: str | None = None
    stopped_at: DeadLetterRef | None = None
    dead_letters_open: int = 0

    @property
    def lag(self) -> int | None:
        if self.head is None or self.position is None:
            return None
        return max(self.head - self.position, 0)

    def state(self, limits: FeedLimits) -> str:
        if self.standby:
            return "standby"
        if self.stopped_at is not None:
            return "stopped"
        if self.consecutive_failures >= limits.stuck_after_failures:
            return "stuck"
        lag = self.lag
        if lag is None:
            return "starting"
        return "lagging" if lag > limits.max_lag_events else "ok"


_UNHEALTHY = ("stopped", "stuck", "lagging")  # "standby" is not: another process runs the consumer


def _why(name: str, report: dict[str, Any]) -> list[str]:
    reasons = []
    stopped = report["stopped_at"]
    if stopped:
        reasons.append(
            f"feed consumer {name} stopped at event {stopped['seq']} ({stopped['event_type']}, "
            f"dead letter {stopped['dead_letter_id']})"
        )
    elif report["state"] in _UNHEALTHY:
        reasons.append(
            f"feed consumer {name} is {report['state']} "
            f"(lag {report['lag']}, failures in a row {report['failures_in_a_row']})"
        )
    if report["dead_letters_open"] and not stopped:
        reasons.append(f"feed consumer {name} has {report['dead_letters_open']} open dead letter(s)")
    return reasons


async def feeds_readiness(request: Request) -> Readiness:
    """``/readyz``'s ``feeds`` part: every consumer of this service, and why it is degraded if it is."""
    consumers: list[FeedConsumer] = getattr(request.app.state, "consumers", [])
    reports = {c.name: c.report() for c in consumers}
    degraded = [reason for name, r in reports.items() for reason in _why(name, r)]
    fail = any(c.limits.unhealthy_fails_readiness for c in consumers)
    return Readiness(details={"feeds": reports}, degraded=degraded, fail=fail)
