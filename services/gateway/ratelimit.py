"""Rate limits and the lockout of sources that present bad API keys, counted with the ``limits`` library.

Three kinds of counters, each a sliding window (``limits`` notation, several joined by ``;``):

- per source address, every call under ``/api/`` (``LTC_RATE_LIMIT_PER_SOURCE``);
- per API client, by its role (``LTC_RATE_LIMIT_PER_ROLE``, e.g. ``{"contractor": "200/second"}``);
- per source address, presented keys that are unknown (``LTC_RATE_LIMIT_FAILED_KEYS``, default
  ``10/minute;30/hour;100/day``): past any of them the source is locked out — its unknown keys are answered
  429 instead of 401 — until that window has room again, so a source that keeps guessing waits a minute,
  then an hour, then a day. A good key from a locked-out source still passes (a guesser behind a shared
  address must not lock its colleagues out; the per-source limit still bounds what it costs). A key that
  was real but is revoked or expired is a stale credential, not a guess: it is answered 401 every time (its
  client needs to hear why) and does not count towards the lockout.

A refused call is a 429 problem with ``Retry-After``. With ``LTC_RATE_LIMIT_STORAGE_URL`` (Redis) the
counters are shared by every gateway replica; without it each process counts alone (nothing to run for
``make run``). If the shared store cannot be reached the limits are skipped with a warning, not the calls.

Several worker processes (``LTC_GATEWAY_WORKERS`` > 1) with counters in memory would each allow the whole
limit — ``100/second`` becoming 200 with two workers, the bad-key lockout twice as lenient — with nothing to
say so. Dividing the limits by the worker count is no answer either: a client's keep-alive connection stays
on one worker, so it would be refused at half its limit. So the gateway refuses to start that way
(:func:`require_shared_rate_limits`): name a Redis in ``LTC_RATE_LIMIT_STORAGE_URL``, run one worker per
replica, or turn the limits off (``LTC_RATE_LIMITS_ENABLED=false``, e.g. behind a proxy that limits).
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

import structlog
from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from limits.storage import storage_from_string

from shared.principal import Principal, Role
from shared.settings import Settings

_log = structlog.get_logger("gateway.ratelimit")


@dataclass(frozen=True, slots=True)
class Refusal:
    code: str
    detail: str
    retry_after: int


def make_storage(settings: Settings) -> Storage:
    url = settings.rate_limit_storage_url
    if not url:
        return MemoryStorage()
    storage = storage_from_string(
        url if url.startswith("async+") else f"async+{url}",
        implementation="redispy",
        key_prefix=settings.rate_limit_key_prefix,
        socket_timeout=1.0,
        socket_connect_timeout=1.0,
    )
    assert isinstance(storage, Storage)
    return storage


class RateLimitsNotShared(RuntimeError):
    """Several gateway workers with the counters in each process's memory (see the module's doc)."""


def require_shared_rate_limits(settings: Settings, workers: int) -> None:
    """Refuse ``workers`` > 1 gateway processes whose rate limits each count alone in memory."""
    if workers > 1 and settings.rate_limits_enabled and not settings.rate_limit_storage_url:
        raise RateLimitsNotShared(
            f"the gateway is to run {workers} worker processes, but its rate limits are counted in each "
            "process's memory, so every limit would be multiplied by the worker count; set "
            "LTC_RATE_LIMIT_STORAGE_URL=redis://host:6379/0 (shared counters), or LTC_GATEWAY_WORKERS=1, "
            "or LTC_RATE_LIMITS_ENABLED=false"
        )


class RateLimits:
    def __init__(self, settings: Settings, storage: Storage | None = None) -> None:
        if storage is None:
            require_shared_rate_limits(settings, settings.workers_for("gateway"))
        self.enabled = settings.rate_limits_enabled
        self.storage = storage or make_storage(settings)
        self.limiter = SlidingWindowCounterRateLimiter(self.storage)
        self.per_source = parse_many(settings.rate_limit_per_source)
        self.per_role = {Role(role): parse_many(spec) for role, spec in settings.rate_limit_per_role.items()}
        self.failed_keys = parse_many(settings.rate_limit_failed_keys)

    async def locked_out(self, source: str) -> Refusal | None:
        """The lockout of ``source``, if it has presented too many unknown keys: what its next unknown key
        is answered with. A good key from a locked-out source still passes — one guesser behind a shared
        address (a contractor's office NAT) must not lock its colleagues out."""
        if not self.enabled:
            return None
        try:
            exhausted = [i for i in self.failed_keys if not await self.limiter.test(i, "failed-keys", source)]
            return await self._lockout(exhausted, source) if exhausted else None
        except Exception as exc:
            _log.warning("rate_limit_store_unavailable", error=repr(exc))
            return None

    async def for_source(self, source: str) -> Refusal | None:
        """A source over its call limit (every call under ``/api/`` counts, with or without a key)."""
        if not self.enabled:
            return None
        try:
            blocked = await self._hit(self.per_source, "source", source)
        except Exception as exc:
            _log.warning("rate_limit_store_unavailable", error=repr(exc))
            return None
        if blocked is None:
            return None
        return Refusal(
            "RATE_LIMITED",
            f"too many calls from this address (limit {blocked[0]}); slow down",
            blocked[1],
        )

    async def key_refused(self, source: str) -> Refusal | None:
        """Count a bad key from ``source``; a refusal once that locks the source out."""
        if not self.enabled:
            return None
        try:
            exhausted = [i for i in self.failed_keys if not await self.limiter.hit(i, "failed-keys", source)]
            if exhausted:
                return await self._lockout(exhausted, source)
        except Exception as exc:
            _log.warning("rate_limit_store_unavailable", error=repr(exc))
        return None

    async def for_client(self, principal: Principal) -> Refusal | None:
        items = self.per_role.get(principal.role)
        if not self.enabled or not items:
            return None
        try:
            blocked = await self._hit(items, "client", principal.client_id)
        except Exception as exc:
            _log.warning("rate_limit_store_unavailable", error=repr(exc))
            return None
        if blocked is None:
            return None
        return Refusal(
            "RATE_LIMITED", f"too many calls by this API client (limit {blocked[0]}); slow down", blocked[1]
        )

    async def _hit(
        self, items: Sequence[RateLimitItem], *identifiers: str
    ) -> tuple[RateLimitItem, int] | None:
        for item in items:
            if not await self.limiter.hit(item, *identifiers):
                return item, await self._retry_after(item, *identifiers)
        return None

    async def _lockout(self, exhausted: Sequence[RateLimitItem], source: str) -> Refusal:
        """Locked out until the longest exhausted window has room again."""
        waits = [(await self._retry_after(item, "failed-keys", source), item) for item in exhausted]
        wait, item = max(waits, key=lambda pair: pair[0])
        _log.warning("source_locked_out", source=source, limit=str(item), retry_after=wait)
        return Refusal(
            "TOO_MANY_BAD_KEYS",
            f"too many unknown, expired or revoked API keys from this address (limit {item}); "
            "it is locked out for now",
            wait,
        )

    async def _retry_after(self, item: RateLimitItem, *identifiers: str) -> int:
        stats = await self.limiter.get_window_stats(item, *identifiers)
        return max(1, math.ceil(stats.reset_time - time.time()))
