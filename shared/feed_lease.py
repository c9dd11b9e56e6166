"""Which process of a service runs a feed consumer: a PostgreSQL session-level advisory lock per consumer.

A service may run several uvicorn workers (``LTC_<SERVICE>_WORKERS``) and several replicas; every process
starts its consumers, but only the one holding a consumer's lock polls its feed. The lock is held on a
connection of its own, outside the engine's pool (a pooled connection would be reset, recycled or shared),
so it lives exactly as long as that connection: when the process dies — even by ``kill -9`` — PostgreSQL
closes the connection and the lock is free; a standby process asks again every
``LTC_FEED_STANDBY_RETRY_SECONDS`` (2 s) and takes over.

The lock keeps the others idle; it is not what makes an event take effect once. That remains the cursor row,
locked and re-checked in the batch's own transaction (``shared.consumer``): a holder that lost its lock
connection without noticing yet cannot apply a batch another process applied.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

import asyncpg
import structlog
from sqlalchemy.engine import URL, make_url

from shared.db import sync_url

_log = structlog.get_logger("shared.feed_lease")
CHECK_TIMEOUT_SECONDS = 5.0


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for ``pg_try_advisory_lock`` from the consumer's qualified name."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)


def lease_name(schema: str | None, consumer: str) -> str:
    """The lock's name: the service's schema and the consumer's name (one database may hold several
    services, and the lock space is the database's)."""
    return f"ltc-feed:{schema or 'public'}:{consumer}"


class FeedLease:
    """The lock of one consumer on a dedicated connection; :meth:`hold` tries to take it or checks that it is
    still held. Not shared between consumers: each has its own connection, so one losing its connection
    never leaves another running without its lock."""

    def __init__(self, url: str | URL, name: str, *, application_name: str = "ltc-feed-lease") -> None:
        self.url = sync_url(url if isinstance(url, str) else url.render_as_string(hide_password=False))
        self.name = name
        self.key = lock_key(name)
        self.application_name = f"{application_name}:{os.getpid()}"
        self._connection: Any = None

    @property
    def held(self) -> bool:
        return self._connection is not None

    async def hold(self) -> bool:
        """True when this process holds the lock now (taken just now or still held), False when another
        process holds it or the database cannot be reached (the caller stands by and asks again)."""
        try:
            if self._connection is not None:
                if self._connection.is_closed():
                    raise ConnectionError("the lease connection is closed")
                # the lock lives as long as this connection; a check that hangs counts as lost
                await self._connection.fetchval("SELECT 1", timeout=CHECK_TIMEOUT_SECONDS)
                return True
            connection = await asyncpg.connect(
                make_url(self.url).render_as_string(hide_password=False),
                server_settings={"application_name": self.application_name},
                timeout=CHECK_TIMEOUT_SECONDS,
            )
            try:
                taken = bool(await connection.fetchval("SELECT pg_try_advisory_lock($1)", self.key))
            except BaseException:
                await connection.close()
                raise
            if not taken:
                await connection.close()
                return False
            self._connection = connection
            _log.info("feed_lease_taken", lease=self.name, pid=os.getpid())
            return True
        except Exception as exc:
            if self._connection is not None:
                _log.warning("feed_lease_lost", lease=self.name, pid=os.getpid(), error=repr(exc))
                await self._drop()
            return False

    async def release(self) -> None:
        """Give the lock up (on shutdown): a standby takes over at its next try, not after a timeout."""
        if self._connection is None:
            return
        try:
            await self._connection.execute("SELECT pg_advisory_unlock($1)", self.key)
        except Exception as exc:
            _log.warning("feed_lease_release_failed", lease=self.name, error=repr(exc))
        await self._drop()

    async def _drop(self) -> None:
        connection, self._connection = self._connection, None
        try:
            await connection.close(timeout=2)
        except Exception:
            connection.terminate()
