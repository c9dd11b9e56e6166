"""Who is calling: the principal the gateway authenticated, forwarded in an HMAC-signed header.

The gateway signs ``timestamp, method, path, query, principal, nonce, body digest`` with the internal
secret; every service verifies the signature and its age before a request reaches a route under ``/api/``
or ``/internal/``, refuses a signature it has seen before (``SIGNATURE_REPLAYED``), and checks the body it
receives against the signed RFC 9530 ``Content-Digest`` as the bytes arrive: a mismatch fails the request at
its last chunk, before the request's transaction can commit (``BODY_DIGEST_MISMATCH``).
During a rotation of the secret the services also accept the previous one, so no call fails mid-rollout.
A call that did not come through the gateway (or another service) is answered 401.

Seen signatures are remembered in the memory of each service process for as long as they are valid
(``LTC_SIGNATURE_MAX_AGE_SECONDS``): a replay to another replica of the same service within that time is
not detected by this check (the body digest and the short validity still hold there).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import secrets as random_tokens
import time
from collections import deque
from collections.abc import Callable, Collection, Generator, Iterable, Sequence
from enum import StrEnum
from typing import Annotated

import httpx
import structlog
from fastapi import Depends, Request
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import ColumnElement, true
from sqlalchemy.orm import InstrumentedAttribute
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import FieldError, Forbidden, NotFound, Unprocessable, problem_response

PRINCIPAL_HEADER = "x-ltc-principal"
SIGNATURE_HEADER = "x-ltc-signature"
TIMESTAMP_HEADER = "x-ltc-timestamp"
NONCE_HEADER = "x-ltc-nonce"
DIGEST_HEADER = "content-digest"
SIGNED_HEADERS = (PRINCIPAL_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, NONCE_HEADER, DIGEST_HEADER)


class Role(StrEnum):
    ADMIN = "admin"
    BUREAU = "bureau"
    CONTRACTOR = "contractor"
    INSTITUTION = "institution"
    SERVICE = "service"
    # The city's other departments (seed 003 §三(二)) and the third-party evaluator: read only, city-wide.
    FINANCE = "finance"
    CIVIL_AFFAIRS = "civil_affairs"
    HEALTH = "health"
    HUMAN_RESOURCES = "human_resources"
    TAX = "tax"
    AUDIT = "audit"
    DISABLED_PERSONS_FEDERATION = "disabled_persons_federation"
    INSURANCE_REGULATOR = "insurance_regulator"
    EVALUATOR = "evaluator"


AGENCY_ROLES = frozenset({
    Role.FINANCE, Role.CIVIL_AFFAIRS, Role.HEALTH, Role.HUMAN_RESOURCES, Role.TAX, Role.AUDIT,
    Role.DISABLED_PERSONS_FEDERATION, Role.INSURANCE_REGULATOR,
})  # fmt: skip
READ_ONLY_ROLES = AGENCY_ROLES | {Role.EVALUATOR}
"""Roles that are granted reads only (each what its duty needs) and no capability that changes anything."""
CITY_WIDE_ROLES = frozenset({Role.ADMIN, Role.BUREAU, Role.SERVICE}) | READ_ONLY_ROLES
"""Roles that see every county: all but a contractor (its counties) and an institution (itself)."""


class Principal(BaseModel):
    """An authenticated caller with its role and scope."""

    client_id: str
    name: str
    role: Role
    county_codes: list[str] = Field(default_factory=list)
    institution_id: str | None = None

    def sees_county(self, county_code: str) -> bool:
        """Contractors see only their counties; admin, bureau, services and the read-only agencies see all."""
        if self.role is Role.CONTRACTOR:
            return county_code in self.county_codes
        return self.role in CITY_WIDE_ROLES

    def county_filter(self) -> list[str] | None:
        """The counties a list must be limited to, or None for no limit."""
        return list(self.county_codes) if self.role is Role.CONTRACTOR else None

    def in_counties(self, column: ColumnElement[str] | InstrumentedAttribute[str]) -> ColumnElement[bool]:
        """The one county-scope filter of a query: ``stmt.where(principal.in_counties(Person.county_code))``.

        A contractor's rows are those of its counties; everyone else's is every row (``true()``), so a caller
        never writes the ``if (counties := principal.county_filter()) is not None`` dance again."""
        counties = self.county_filter()
        return true() if counties is None else column.in_(counties)

    def require_county(self, county_code: str, *, known: Collection[str], field: str) -> None:
        """A county the caller names in a request (``field``: ``path.…``, ``query.…`` or ``body.…``): see
        :meth:`require_counties`."""
        self.require_counties((county_code,), known=known, field=field)

    def require_counties(self, county_codes: Iterable[str], *, known: Collection[str], field: str) -> None:
        """The one rule for a county a request names, in every service, for reads and writes alike:

        - a code that is no accounting unit (``known``: the service's copy of the units) is
          ``COUNTY_UNKNOWN`` — 404 when it is in the path (the resource does not exist), 422 with
          ``errors: [{field, code, message}]`` when it is in the query or the body (the input is wrong);
        - a unit outside a contractor's counties is 403 ``COUNTY_OUT_OF_SCOPE``.

        Counties are public, so neither answer tells the caller anything it did not know; an *object's*
        county is not public, and an object out of scope answers 404 as if unknown (``sees_county``)."""
        codes = list(dict.fromkeys(county_codes))
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise county_unknown(unknown, field)
        outside = sorted({c for c in codes if not self.sees_county(c)})
        if outside:
            raise Forbidden(
                f"{COUNTY_OUT_OF_SCOPE_MESSAGE}: {', '.join(outside)}", code="COUNTY_OUT_OF_SCOPE"
            )


COUNTY_OUT_OF_SCOPE_MESSAGE = "not one of this client's counties"


# How every service words a county it cannot take, for a request and a file's row alike (``{value}``: the
# code, as the imports' row templates name a field's value, ``shared.row_checks``).
COUNTY_UNKNOWN_TEMPLATE = "{value} is not an accounting unit"
COUNTY_OUT_OF_SCOPE_TEMPLATE = f"{COUNTY_OUT_OF_SCOPE_MESSAGE}: {{value}}"


def county_unknown_message(county_code: str) -> str:
    return COUNTY_UNKNOWN_TEMPLATE.format(value=county_code)


def county_not_found(county_code: str) -> NotFound:
    """A county code in the path that is no accounting unit: 404 ``COUNTY_NOT_FOUND`` (the resource is not
    there, as every ``*_NOT_FOUND``), worded as :func:`county_unknown`."""
    return NotFound(county_unknown_message(county_code), code="COUNTY_NOT_FOUND")


def county_unknown(county_codes: Sequence[str], field: str) -> Unprocessable:
    """County codes in the query or body that are no accounting unit: 422 ``COUNTY_UNKNOWN`` naming the field
    (a reference to nothing, as every ``*_UNKNOWN``); one in the path is :func:`county_not_found`."""
    detail = "; ".join(county_unknown_message(c) for c in county_codes)
    return Unprocessable(
        detail,
        code="COUNTY_UNKNOWN",
        errors=[
            FieldError(field=field, code="COUNTY_UNKNOWN", message=county_unknown_message(c))
            for c in county_codes
        ],
    )


def encode_principal(principal: Principal) -> str:
    return base64.urlsafe_b64encode(principal.model_dump_json().encode()).decode()


def content_digest(body: bytes) -> str:
    """RFC 9530 ``Content-Digest`` of a body: ``sha-256=:<base64>:``."""
    return digest_header(hashlib.sha256(body).digest())


def digest_header(sha256: bytes) -> str:
    return f"sha-256=:{base64.b64encode(sha256).decode()}:"


def parse_content_digest(value: str) -> bytes | None:
    """The SHA-256 of a ``Content-Digest`` value, or None when it has none (or a malformed one)."""
    for member in value.split(","):
        name, _, item = member.strip().partition("=")
        if name.strip().lower() != "sha-256":
            continue
        if len(item) < 2 or item[0] != ":" or item[-1] != ":":
            return None
        try:
            raw = base64.b64decode(item[1:-1], validate=True)
        except (binascii.Error, ValueError):
            return None
        return raw if len(raw) == hashlib.sha256().digest_size else None
    return None


def _message(
    timestamp: str, method: str, path: str, query: str, encoded: str, nonce: str, digest: str
) -> bytes:
    """What is signed: the request target exactly as sent on the wire (raw path, raw query), the principal,
    a nonce that makes every signature unique, and the body's digest."""
    target = f"{path}?{query}" if query else path
    return "\n".join((timestamp, method.upper(), target, encoded, nonce, digest)).encode()


def signature(
    secret: str,
    timestamp: str,
    method: str,
    path: str,
    query: str,
    encoded: str,
    nonce: str,
    digest: str,
) -> str:
    mac = _keyed(secret).copy()
    mac.update(_message(timestamp, method, path, query, encoded, nonce, digest))
    return mac.hexdigest()


@functools.lru_cache(maxsize=8)
def _keyed(secret: str) -> hmac.HMAC:
    """An HMAC-SHA256 with the key already mixed in, copied for each message (the current and previous
    secret are the only keys a process uses; the key schedule is not redone per request)."""
    return hmac.new(secret.encode(), digestmod=hashlib.sha256)


def signed_headers(
    secret: str,
    principal: Principal,
    method: str,
    path: str,
    query: str,
    now: float | None = None,
    *,
    body: bytes = b"",
    digest: str | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The headers that carry ``principal`` for one call: a fresh nonce (``nonce``, if the caller has a
    cheaper source of unique ones), and ``digest`` (the body's ``Content-Digest``, computed from ``body``
    when not given)."""
    timestamp = str(int(now if now is not None else time.time()))
    encoded = encode_principal(principal)
    nonce = nonce or random_tokens.token_urlsafe(16)
    digest = digest if digest is not None else content_digest(body)
    return {
        PRINCIPAL_HEADER: encoded,
        TIMESTAMP_HEADER: timestamp,
        NONCE_HEADER: nonce,
        DIGEST_HEADER: digest,
        SIGNATURE_HEADER: signature(secret, timestamp, method, path, query, encoded, nonce, digest),
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
    nonce = headers.get(NONCE_HEADER)
    digest = headers.get(DIGEST_HEADER)
    if not encoded or not timestamp or not given or not nonce or not digest:
        raise SignatureError("SIGNATURE_MISSING", "this service answers only calls through the gateway")
    keys = [s for s in secrets if s]
    if not keys:
        raise SignatureError("SIGNATURE_INVALID", "no internal secret is configured")
    if not any(
        hmac.compare_digest(signature(key, timestamp, method, path, query, encoded, nonce, digest), given)
        for key in keys
    ):
        raise SignatureError("SIGNATURE_INVALID", "the principal signature does not verify")
    try:
        age = (now if now is not None else time.time()) - int(timestamp)
    except ValueError:
        raise SignatureError("SIGNATURE_INVALID", "malformed signature timestamp") from None
    if abs(age) > max_age_seconds:
        raise SignatureError("SIGNATURE_EXPIRED", f"the signature is {int(age)} s old")
    if parse_content_digest(digest) is None:
        raise SignatureError("SIGNATURE_INVALID", "the signed Content-Digest has no sha-256 member")
    try:
        return Principal.model_validate_json(base64.urlsafe_b64decode(encoded))
    except (ValueError, ValidationError):
        raise SignatureError("SIGNATURE_INVALID", "malformed principal") from None


class ReplayGuard:
    """The signatures this process has accepted, each kept until it could no longer verify (its timestamp
    plus the maximum age): a second use is refused. Memory grows with the call rate (about 100 bytes a
    call × rate × 2 × max age) and is capped; past the cap the oldest are forgotten first."""

    def __init__(self, max_age_seconds: int, max_entries: int = 1_000_000) -> None:
        self.max_age = max_age_seconds
        self.max_entries = max_entries
        self._until: dict[str, float] = {}
        self._order: deque[tuple[float, str]] = deque()

    def first_use(self, signature: str, timestamp: str, now: float | None = None) -> bool:
        now = now if now is not None else time.time()
        order, until = self._order, self._until
        while order and (order[0][0] < now or len(until) >= self.max_entries):
            _, old = order.popleft()
            until.pop(old, None)
        if signature in until:
            return False
        expires = int(timestamp) + self.max_age + 1
        until[signature] = expires
        order.append((expires, signature))
        return True


class BodyDigestMismatch(StarletteHTTPException):
    """The body received is not the body that was signed (raised at its last chunk)."""

    code = "BODY_DIGEST_MISMATCH"

    def __init__(self) -> None:
        super().__init__(401, "the request body does not match its signed Content-Digest")


def digest_checking(receive: Receive, expected: bytes) -> Receive:
    """``receive`` that hashes the body as it arrives and raises :class:`BodyDigestMismatch` with the last
    chunk if the whole does not match ``expected`` (so a streamed upload fails before it can commit)."""
    running = hashlib.sha256()

    async def checked() -> Message:
        message = await receive()
        if message["type"] == "http.request":
            running.update(message.get("body", b""))
            if not message.get("more_body", False) and not hmac.compare_digest(running.digest(), expected):
                raise BodyDigestMismatch()
        return message

    return checked


OPEN_PATHS = frozenset(
    {"/healthz", "/readyz", "/metrics", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}
)
OPEN_PREFIXES = ("/docs-assets/",)  # Swagger UI's and ReDoc's files (shared.app.install_offline_docs)


def raw_target(scope: Scope) -> tuple[str, str]:
    """The path and query of a request as they came over the wire (what the sender signed)."""
    raw_path = scope.get("raw_path") or scope["path"].encode()
    return raw_path.decode("latin-1"), scope.get("query_string", b"").decode("latin-1")


_SIGNED_RAW = {name.encode("latin-1"): name for name in SIGNED_HEADERS}


def _signed_headers_of(scope: Scope) -> dict[str, str]:
    """The signature's headers of a request (ASGI names are lower-case bytes); the others are not decoded."""
    found: dict[str, str] = {}
    for key, value in scope.get("headers", ()):
        name = _SIGNED_RAW.get(key)
        if name is not None:
            found[name] = value.decode("latin-1")
    return found


class PrincipalMiddleware:
    """Deny by default: everything but the operations endpoints needs a fresh signature (401 otherwise),
    and ``/internal/`` answers only other services."""

    def __init__(
        self,
        app: ASGIApp,
        secrets: Callable[[], Sequence[str]],
        max_age_seconds: int,
        replay_guard: ReplayGuard | None = None,
    ) -> None:
        self.app = app
        self.secrets = secrets
        self.max_age_seconds = max_age_seconds
        self.replay_guard = replay_guard  # None: no replay check (benchmarks only)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        root = scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :] or "/"
        if path in OPEN_PATHS or path.startswith(OPEN_PREFIXES):
            await self.app(scope, receive, send)
            return
        headers = _signed_headers_of(scope)
        raw_path, query = raw_target(scope)
        try:
            principal = verify(
                self.secrets(), headers, scope["method"], raw_path, query, self.max_age_seconds
            )
        except SignatureError as exc:
            response = problem_response(401, exc.code, exc.detail, instance=scope["path"])
            await response(scope, receive, send)
            return
        if self.replay_guard is not None and not self.replay_guard.first_use(
            headers[SIGNATURE_HEADER], headers[TIMESTAMP_HEADER]
        ):
            response = problem_response(
                401, "SIGNATURE_REPLAYED", "this signature has been used already", instance=scope["path"]
            )
            await response(scope, receive, send)
            return
        if path.startswith("/internal/") and principal.role is not Role.SERVICE:
            response = problem_response(404, "NOT_FOUND", f"no resource at {scope['path']}")
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})["principal"] = principal
        expected = parse_content_digest(headers[DIGEST_HEADER])
        assert expected is not None  # verify() refused anything else
        await self.app(scope, digest_checking(receive, expected), send)


async def get_principal(request: Request) -> Principal:
    principal = request.scope.get("state", {}).get("principal")  # set by PrincipalMiddleware
    if not isinstance(principal, Principal):
        raise SignatureError("SIGNATURE_MISSING", "no principal")  # unreachable behind the middleware
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


class SignedPrincipalAuth(httpx.Auth):
    """httpx auth that signs each outgoing request for a fixed principal (service-to-service calls); the
    body is read first so that its digest is signed too."""

    requires_request_body = True

    def __init__(self, secret: Callable[[], str], principal: Principal) -> None:
        self.secret = secret
        self.principal = principal

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        sign_request(request, self.secret(), self.principal)
        yield request


def sign_request(
    request: httpx.Request, secret: str, principal: Principal, digest: str | None = None
) -> None:
    """Sign an outgoing request over the exact bytes of its target and its body (``digest``, or computed
    from the request's content, which must then have been read), and pass the request id on."""
    path, _, query = request.url.raw_path.decode("ascii").partition("?")
    digest = digest if digest is not None else content_digest(request.content)
    request.headers.update(signed_headers(secret, principal, request.method, path, query, digest=digest))
    request_id = structlog.contextvars.get_contextvars().get("request_id")
    if isinstance(request_id, str) and "x-request-id" not in request.headers:
        request.headers["x-request-id"] = request_id


def service_principal(service: str) -> Principal:
    return Principal(client_id=f"service:{service}", name=service, role=Role.SERVICE)
