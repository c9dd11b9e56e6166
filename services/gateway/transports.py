"""How the gateway reaches a service: send one request, get its status, headers and a body to read whole or
to stream, close it. Two implementations behind one small interface:

- :class:`AiohttpTransport`, what the gateway runs with. httpx/httpcore cost most of the gateway's CPU per
  call (the pool polled every pooled socket on each request); an aiohttp session keeps the hop near the
  direct service's speed (issue 13, README "The gateway's hop").
- :class:`HttpxTransport`, for services mounted in-process (``httpx.ASGITransport``): the test suite runs
  the gateway in front of the real service apps without sockets.

Failures are the transport's own business; what leaves here is one of three kinds the gateway maps to its
problems: :class:`Unreachable` (503), :class:`TooSlow` (504), :class:`Broken` (502).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Protocol

import aiohttp
import httpx
from yarl import URL

from shared.settings import Settings

Headers = Sequence[tuple[str, str]]
RawHeaders = list[tuple[bytes, bytes]]
Body = bytes | AsyncIterable[bytes]

# What uvicorn keeps an idle connection open for is 5 s (its default); the client lets a pooled connection go
# a second earlier, so it never sends on a connection the service is closing at that very moment.
_KEEPALIVE_SECONDS = 4.0


class UpstreamFailure(Exception):
    """The call did not come back as an HTTP answer (or its body broke off)."""


class Unreachable(UpstreamFailure):
    """No connection: refused, unresolvable, or none within the connect timeout (nothing was sent)."""


class TooSlow(UpstreamFailure):
    """Sent, but no byte within the read timeout: the outcome is unknown."""


class Broken(UpstreamFailure):
    """The connection closed or the answer was not valid HTTP."""


@dataclass(frozen=True)
class Deadlines:
    connect: float
    read: float


class Answer(Protocol):
    """A service's answer whose head has arrived; its body is read whole or streamed, then it is closed."""

    status: int
    headers: RawHeaders  # names in lower case, as they came otherwise
    content_length: int | None

    async def read(self) -> bytes: ...

    def chunks(self) -> AsyncIterator[bytes]: ...

    async def close(self) -> None: ...


class Transport(Protocol):
    async def send(
        self, method: str, url: str, headers: Headers, body: Body | None, deadlines: Deadlines
    ) -> Answer: ...

    async def aclose(self) -> None: ...


def _failure(exc: BaseException) -> UpstreamFailure:
    if isinstance(exc, aiohttp.ConnectionTimeoutError | aiohttp.ClientConnectorError):
        return Unreachable(repr(exc))
    if isinstance(exc, asyncio.TimeoutError):  # aiohttp's socket read timeout is one
        return TooSlow(repr(exc))
    return Broken(repr(exc))


_AIOHTTP_FAILURES = (aiohttp.ClientError, asyncio.TimeoutError, OSError)


def _content_length(headers: RawHeaders) -> int | None:
    for name, value in headers:
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


class _AiohttpAnswer:
    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response
        self.status = response.status
        self.headers: RawHeaders = [(name.lower(), value) for name, value in response.raw_headers]
        self.content_length = _content_length(self.headers)

    async def read(self) -> bytes:
        try:
            return await self._response.read()
        except _AIOHTTP_FAILURES as exc:
            raise _failure(exc) from exc

    async def chunks(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while chunk := await content.readany():
                yield chunk
        except _AIOHTTP_FAILURES as exc:
            raise _failure(exc) from exc

    async def close(self) -> None:
        """Back to the pool when the body was read to its end; otherwise the connection is closed."""
        self._response.release()


class AiohttpTransport:
    """One session per process: a bounded keep-alive pool, no cookies, bytes passed through undecoded."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self._timeouts: dict[Deadlines, aiohttp.ClientTimeout] = {}

    @classmethod
    def for_settings(cls, settings: Settings) -> AiohttpTransport:
        connector = aiohttp.TCPConnector(
            limit=settings.upstream_pool_size,
            limit_per_host=0,
            keepalive_timeout=_KEEPALIVE_SECONDS,
            ttl_dns_cache=None,
        )
        session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            # what the gateway does not pass on, it does not make up either (the service sees the client's)
            skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent", "Content-Type"),
            timeout=aiohttp.ClientTimeout(
                total=None,
                connect=settings.upstream_connect_timeout_seconds,
                sock_read=settings.upstream_read_timeout_seconds,
            ),
            raise_for_status=False,
        )
        return cls(session)

    def _timeout(self, deadlines: Deadlines) -> aiohttp.ClientTimeout:
        timeout = self._timeouts.get(deadlines)
        if timeout is None:
            # ``connect`` covers waiting for a pooled connection too (httpx's pool timeout)
            timeout = aiohttp.ClientTimeout(total=None, connect=deadlines.connect, sock_read=deadlines.read)
            self._timeouts[deadlines] = timeout
        return timeout

    async def send(
        self, method: str, url: str, headers: Headers, body: Body | None, deadlines: Deadlines
    ) -> Answer:
        try:
            response = await self.session.request(
                method,
                URL(url, encoded=True),  # the target goes out byte for byte as the client sent it
                headers=headers,
                data=body,
                allow_redirects=False,
                timeout=self._timeout(deadlines),
            )
        except _AIOHTTP_FAILURES as exc:
            raise _failure(exc) from exc
        return _AiohttpAnswer(response)

    async def aclose(self) -> None:
        await self.session.close()


def _httpx_failure(exc: httpx.TransportError) -> UpstreamFailure:
    if isinstance(exc, httpx.ConnectError | httpx.PoolTimeout | httpx.ConnectTimeout):
        return Unreachable(repr(exc))
    if isinstance(exc, httpx.TimeoutException):
        return TooSlow(repr(exc))
    return Broken(repr(exc))


class _HttpxAnswer:
    def __init__(self, response: httpx.Response) -> None:
        self._response = response
        self.status = response.status_code
        self.headers: RawHeaders = [(name.lower(), value) for name, value in response.headers.raw]
        self.content_length = _content_length(self.headers)

    async def read(self) -> bytes:
        try:
            return b"".join([chunk async for chunk in self._response.aiter_raw()])
        except httpx.StreamConsumed:  # a mock's answer, made with its content
            return self._response.content
        except httpx.TransportError as exc:
            raise _httpx_failure(exc) from exc

    async def chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.aiter_raw():
                yield chunk
        except httpx.TransportError as exc:
            raise _httpx_failure(exc) from exc

    async def close(self) -> None:
        await self._response.aclose()


class HttpxTransport:
    """An ``httpx.AsyncClient`` as the transport: services mounted in-process (the test suite)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def send(
        self, method: str, url: str, headers: Headers, body: Body | None, deadlines: Deadlines
    ) -> Answer:
        request = self.client.build_request(
            method,
            url,
            headers=list(headers),
            content=body,
            timeout=httpx.Timeout(
                connect=deadlines.connect, read=deadlines.read, write=deadlines.read, pool=deadlines.connect
            ),
        )
        try:
            response = await self.client.send(request, stream=True)
        except httpx.TransportError as exc:
            raise _httpx_failure(exc) from exc
        return _HttpxAnswer(response)

    async def aclose(self) -> None:
        await self.client.aclose()
