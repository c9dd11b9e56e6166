"""An ASGI app that runs another app on the test's event loop.

Schemathesis calls an ASGI app from a thread with an event loop of its own; the service apps under test use
the test's database connection, which belongs to the test's loop. The bridge forwards each call (and each
``receive``/``send`` of it) across the two loops, so schemathesis drives the real in-process gateway and
services, inside the test's rolled-back transaction.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine, MutableMapping
from typing import Any

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[MutableMapping[str, Any], Receive, Send], Coroutine[Any, Any, None]]


class LoopBridge:
    def __init__(self, app: ASGIApp, loop: asyncio.AbstractEventLoop) -> None:
        self.app = app
        self.loop = loop

    async def __call__(self, scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            # The test set the apps' state up itself; a lifespan refused before its first message is
            # what an app without one does, and the caller carries on.
            raise RuntimeError("no lifespan behind the bridge")
        caller = asyncio.get_running_loop()

        async def receive_here() -> Message:
            return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(_call(receive), caller))

        started = False

        async def send_here(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(_send(send, message), caller))

        try:
            await asyncio.wrap_future(
                asyncio.run_coroutine_threadsafe(self.app(scope, receive_here, send_here), self.loop)
            )
        except Exception:
            # What a server does with an app's exception: the client gets the answer the app sent before
            # raising (our 500 problem+json), or a bare 500 if it sent none.
            if not started:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 500,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8")],
                    }
                )
                await send({"type": "http.response.body", "body": b"Internal Server Error"})


async def _call(receive: Receive) -> Message:
    return await receive()


async def _send(send: Send, message: Message) -> None:
    await send(message)
