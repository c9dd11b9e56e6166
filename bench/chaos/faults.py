"""The faults a chaos run injects, and the seams they are injected through.

Nothing in the services knows about them. A service app (or a consumer) gets its sessions from a
sessionmaker of :class:`ChaosSession`; a fault armed for the operation under way (a context variable, so a
concurrent request is never hit by another's fault) kills the process at one of the operation's commits:

- ``abort``: after the change and the outbox rows are flushed (inside ``before_commit``, after the outbox's
  own hook), before ``COMMIT`` — a service or a consumer killed between its effect and its commit;
- ``lost``: right after ``COMMIT`` — a service killed before its answer left (the client retries);
- ``pause``: after the outbox rows are inserted (and their sequence numbers taken), before ``COMMIT``, the
  producer stalls while ``during`` runs (a consumer reads its feed meanwhile); then it commits, or it dies
  (``then_abort``) and leaves a gap in the feed's sequence numbers.

"Killed" is :class:`Killed`, a ``BaseException``: no ``except Exception`` of the services or of the consumer
catches it, so it leaves the request or the poll the way a dying process would, and the simulator restarts
the consumer (a new instance, fresh memory) or lets the client retry. :class:`FlakyFeed` sits between a
consumer and its producer's app, where the network is: it replays pages (duplicate delivery) and fails
fetches (transient).
"""

from __future__ import annotations

import contextlib
import contextvars
import json
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlalchemy.util import await_only

import shared.outbox  # noqa: F401  (its before_commit hook must be registered before ours: it runs first)

ABORT = "abort"
LOST = "lost"
PAUSE = "pause"


class Killed(BaseException):
    """The process died here (injected)."""


@dataclass
class CommitFault:
    """Kill the ``at``-th commit (1-based) of the operation in ``service``'s sessions, by ``kind``."""

    kind: str
    service: str
    at: int = 1
    during: Callable[[], Awaitable[object]] | None = None
    then_abort: bool = False
    seen: int = 0
    fired: bool = False

    def due(self, service: str) -> bool:
        if self.fired or service != self.service:
            return False
        self.seen += 1
        if self.seen == self.at:
            self.fired = True
            return True
        return False


_armed: contextvars.ContextVar[CommitFault | None] = contextvars.ContextVar("chaos_fault", default=None)


@contextlib.contextmanager
def armed(fault: CommitFault | None) -> Iterator[CommitFault | None]:
    """Arm ``fault`` for what runs inside (in this task and the tasks and greenlets it starts)."""
    token = _armed.set(fault)
    try:
        yield fault
    finally:
        _armed.reset(token)


class ChaosSyncSession(Session):
    """The sync session under :class:`ChaosSession`; ``info["chaos"]`` is (service, armed fault)."""


@event.listens_for(ChaosSyncSession, "before_commit")
def _kill_before_commit(session: Session) -> None:
    service, fault = session.info.get("chaos", ("", None))
    if fault is None or fault.kind not in (ABORT, PAUSE) or not fault.due(service):
        return
    session.flush()
    if fault.kind == PAUSE:
        assert fault.during is not None
        await_only(fault.during())
        if not fault.then_abort:
            return
    raise Killed(f"{service} killed before its commit")


class ChaosSession(AsyncSession):
    """A service's session that a fault armed for the current operation may kill at a commit."""

    sync_session_class = ChaosSyncSession

    def __init__(self, *args: Any, service: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sync_session.info["chaos"] = (service, _armed.get())

    async def commit(self) -> None:
        service, fault = self.sync_session.info["chaos"]
        lost = fault is not None and fault.kind == LOST and not fault.fired and fault.service == service
        await super().commit()
        if lost and fault.due(service):
            raise Killed(f"{service} killed after its commit, before its answer")


@dataclass
class FeedFault:
    """What the network between a consumer and its producer does to the next fetch: ``replay`` serves the
    last page again, ``stale`` an earlier one (``pick`` ∈ [0, 1) says which), ``overlap`` the last page and
    then this one, ``drop`` refuses the connection."""

    kind: str
    pick: float = 0.0


@dataclass
class FlakyFeed(httpx.AsyncBaseTransport):
    """The producer's app behind a network that may serve old pages again or fail a fetch, once per fault."""

    inner: httpx.AsyncBaseTransport
    pending: list[FeedFault] = field(default_factory=list)
    pages: list[list[dict[str, Any]]] = field(default_factory=list)
    served: dict[str, int] = field(default_factory=dict)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.pending.pop(0) if self.pending else None
        if fault is not None and fault.kind == "drop":
            self.served["drop"] = self.served.get("drop", 0) + 1
            raise httpx.ConnectError("connection refused (injected)", request=request)
        response = await self.inner.handle_async_request(request)
        if request.url.path != "/internal/events" or response.status_code != 200:
            return response
        body = json.loads(await response.aread())
        items = body["items"]
        if fault is not None and self.pages:
            self.served[fault.kind] = self.served.get(fault.kind, 0) + 1
            if fault.kind == "replay":
                body["items"] = self.pages[-1]
            elif fault.kind == "stale":
                body["items"] = self.pages[int(fault.pick * len(self.pages))]
            else:
                body["items"] = [*self.pages[-1], *items]
        if items:
            self.pages.append(items)
        return httpx.Response(200, json=body, request=request)
