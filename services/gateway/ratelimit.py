"""Rate limits and the lockout of sources that present bad API keys, counted with the ``limits`` library.

Three kinds of counters, each a sliding window (``limits`` notation, several joined by ``;``):

- per source address, every call under ``/api/`` (``LTC_RATE_LIMIT_PER_SOURCE``);
- per API client, by its role (``LTC_RATE_LIMIT_PER_ROLE``, e.g. ``{"contractor": "200/second"}``);
- per source address, presented keys that are unknown, expired or revoked (``LTC_RATE_LIMIT_FAILED_KEYS``,
  default ``10/minute;30/hour;100/day``): past any of them the source is locked out — even a good key from
  it is refused — until that window has room again, so a source that keeps guessing waits a minute, then
  an hour, then a day.

A refused call is a 429 problem with ``Retry-After``. With ``LTC_RATE_LIMIT_STORAGE_URL`` (Redis) the
counters are shared by every gateway replica; without it each process counts alone (nothing to run for
``make run``). If the shared store cannot be reached the limits are skipped with a warning, not the calls.
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


class RateLimits:
    def __init__(self, settings: Settings, storage: Storage | None = None) -> None:
        self.enabled = settings.rate_limits_enabled
        self.storage = storage or make_storage(settings)
        self.limiter = SlidingWindowCounterRateLimiter(self.storage)
        self.per_source = parse_many(settings.rate_limit_per_source)
        self.per_role = {Role(role): parse_many(spec) for role, spec in settings.rate_limit_per_role.items()}
        self.failed_keys = parse_many(settings.rate_limit_failed_keys)

    async def before_authentication(self, source: str) -> Refusal | None:
        """A locked-out source, or one over its call limit."""
        if not self.enabled:
            return None
        try:
            exhausted = [i for i in self.failed_keys if not await self.limiter.test(i, "failed-keys", source)]
            if exhausted:
                return await self._lockout(exhausted, source)
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
