"""Who is calling: the principal the gateway authenticated, forwarded in an HMAC-signed header.

The gateway signs ``timestamp, method, path, query, principal`` with the internal secret; every service
verifies the signature and its age before a request reaches a route under ``/api/`` or ``/internal/``.
During a rotation of the secret the services also accept the previous one, so no call fails mid-rollout.
A call that did not come through the gateway (or another service) is answered 401.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Generator, Sequence
from enum import StrEnum
from typing import Annotated

import httpx
import structlog
from fastapi import Depends, Request
from pydantic import BaseModel, Field, ValidationError
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.errors import NotFound, problem_response

PRINCIPAL_HEADER = "x-ltc-principal"
SIGNATURE_HEADER = "x-ltc-signature"
TIMESTAMP_HEADER = "x-ltc-timestamp"
SIGNED_HEADERS = (PRINCIPAL_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER)


class Role(StrEnum):
    ADMIN = "admin"
    BUREAU = "bureau"
    CONTRACTOR = "contractor"
    INSTITUTION = "institution"
    SERVICE = "service"


class Principal(BaseModel):
    """An authenticated caller with its role and scope."""

    client_id: str
    name: str
    role: Role
    county_codes: list[str] = Field(default_factory=list)
    institution_id: str | None = None

    def sees_county(self, county_code: str) -> bool:
        """Contractors see only their counties; admin, bureau and services see all."""
        if self.role is Role.CONTRACTOR:
            return county_code in self.county_codes
        return self.role in (Role.ADMIN, Role.BUREAU, Role.SERVICE)

    def county_filter(self) -> list[str] | None:
        """The counties a list must be limited to, or None for no limit."""
        return list(self.county_codes) if self.role is Role.CONTRACTOR else None

    def require_county(self, county_code: str, what: str = "resource") -> None:
        """Out of scope answers 404 so existence does not leak."""
        if not self.sees_county(county_code):
            raise NotFound(f"no such {what}")


def encode_principal(principal: Principal) -> str:
    return base64.urlsafe_b64encode(principal.model_dump_json().encode()).decode()


def _message(timestamp: str, method: str, path: str, query: str, encoded: str) -> bytes:
    """What is signed: the request target exactly as sent on the wire (raw path, raw query)."""
    target = f"{path}?{query}" if query else path
    return "\n".join((timestamp, method.upper(), target, encoded)).encode()


def signature(secret: str, timestamp: str, method: str, path: str, query: str, encoded: str) -> str:
    return hmac.new(
        secret.encode(), _message(timestamp, method, path, query, encoded), hashlib.sha256
    ).hexdigest()


def signed_headers(
    secret: str, principal: Principal, method: str, path: str, query: str, now: float | None = None
) -> dict[str, str]:
    timestamp = str(int(now if now is not None else time.time()))
    encoded = encode_principal(principal)
    return {
        PRINCIPAL_HEADER: encoded,
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: signature(secret, timestamp, method, path, query, encoded),
    }


class SignatureError(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def verify(
    secrets: Sequence[str],
    headers: dict[str, str],
    method: str,
    path: str,
    query: str,
    max_age_seconds: int,
    now: float | None = None,
) -> Principal:
    encoded = headers.get(PRINCIPAL_HEADER)
    timestamp = headers.get(TIMESTAMP_HEADER)
    given = headers.get(SIGNATURE_HEADER)
    if not encoded or not timestamp or not given:
        raise SignatureError("SIGNATURE_MISSING", "this service answers only calls through the gateway")
    keys = [s for s in secrets if s]
    if not keys:
        raise SignatureError("SIGNATURE_INVALID", "no internal secret is configured")
    if not any(
        hmac.compare_digest(signature(key, timestamp, method, path, query, encoded), given) for key in keys
    ):
        raise SignatureError("SIGNATURE_INVALID", "the principal signature does not verify")
    try:
        age = (now if now is not None else time.time()) - int(timestamp)
    except ValueError:
        raise SignatureError("SIGNATURE_INVALID", "malformed signature timestamp") from None
    if abs(age) > max_age_seconds:
        raise SignatureError("SIGNATURE_EXPIRED", f"the signature is {int(age)} s old")
    try:
        return Principal.model_validate_json(base64.urlsafe_b64decode(encoded))
    except (ValueError, ValidationError):
        raise SignatureError("SIGNATURE_INVALID", "malformed principal") from None


OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics", "/openapi.json", "/docs", "/docs/oauth2-redirect"})


def raw_target(scope: Scope) -> tuple[str, str]:
    """The path and query of a request as they came over the wire (what the sender signed)."""
    raw_path = scope.get("raw_path") or scope["path"].encode()
    return raw_path.decode("latin-1"), scope.get("query_string", b"").decode("latin-1")


class PrincipalMiddleware:
    """Deny by default: everything but the operations endpoints needs a fresh signature (401 otherwise),
    and ``/internal/`` answers only other services."""

    def __init__(self, app: ASGIApp, secrets: Callable[[], Sequence[str]], max_age_seconds: int) -> None:
        self.app = app
        self.secrets = secrets
        self.max_age_seconds = max_age_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        root = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :] or "/"
        if path in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        headers = {
            k.decode("latin-1"): v.decode("latin-1")
            for k, v in scope.get("headers", [])
            if k.decode("latin-1") in SIGNED_HEADERS
        }
        raw_path, query = raw_target(scope)
        try:
            principal = verify(
                self.secrets(), headers, scope["method"], raw_path, query, self.max_age_seconds
            )
        except SignatureError as exc:
            response = problem_response(401, exc.code, exc.detail, instance=scope["path"])
            await response(scope, receive, send)
            return
        if path.startswith("/internal/") and principal.role is not Role.SERVICE:
            response = problem_response(404, "NOT_FOUND", f"no resource at {scope['path']}")
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})["principal"] = principal
        await self.app(scope, receive, send)


async def get_principal(request: Request) -> Principal:
    principal = getattr(request.state, "principal", None)
    if not isinstance(principal, Principal):
        raise SignatureError("SIGNATURE_MISSING", "no principal")  # unreachable behind the middleware
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


class SignedPrincipalAuth(httpx.Auth):
    """httpx auth that signs each outgoing request for a fixed principal (service-to-service calls)."""

    def __init__(self, secret: Callable[[], str], principal: Principal) -> None:
        self.secret = secret
        self.principal = principal

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        sign_request(request, self.secret(), self.principal)
        yield request


def sign_request(request: httpx.Request, secret: str, principal: Principal) -> None:
    """Sign an outgoing request over the exact bytes of its target, and pass the request id on."""
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    request.headers.update(signed_headers(secret, principal, request.method, path, query))
    request_id = structlog.contextvars.get_contextvars().get("request_id")
    if isinstance(request_id, str) and "x-request-id" not in request.headers:
        request.headers["x-request-id"] = request_id


def service_principal(service: str) -> Principal:
    return Principal(client_id=f"service:{service}", name=service, role=Role.SERVICE)
