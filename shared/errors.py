"""RFC 9457 problem details with a stable machine ``code``.

Domain code raises :class:`DomainError` (or a subclass) carrying its HTTP status and code; one set of
handlers renders every failure — FastAPI's own 422 and 404/405 included — as ``application/problem+json``.
"""

from __future__ import annotations

from collections.abc import Sequence
from http import HTTPStatus
from typing import Any

import orjson
import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import JSONResponse, Response

PROBLEM_CONTENT_TYPE = "application/problem+json"
_log = structlog.get_logger("shared.errors")


class FieldError(BaseModel):
    """One thing wrong with a request: where, a stable code, and what to fix, in words."""

    field: str = Field(
        description="where: a dotted path into the request (`body.items.3.id_number`, `query.month`, "
        "`path.person_id`), or `body` / `request` for the body or the request as a whole"
    )
    code: str = Field(description="stable machine code, e.g. `REQUIRED`, `UNKNOWN_QUERY_PARAMETER`")
    message: str = Field(description="what is wrong, for a person")


class Problem(BaseModel):
    """The error body of every 4xx/5xx answer."""

    type: str = Field(description="URI naming the problem kind")
    title: str
    status: int
    detail: str | None = None
    code: str = Field(description="stable machine code, e.g. `ID_NUMBER_CHECKSUM`")
    instance: str | None = None
    errors: list[FieldError] | None = None
    request_id: str | None = Field(
        default=None, description="the id of this call (also in `X-Request-ID`): quote it when reporting"
    )


class ValidationProblem(Problem):
    """The body of every 422 (and of a 400 for malformed JSON): a problem with at least one field error."""

    errors: list[FieldError] = Field(
        min_length=1, description="every field that failed, each with its own code and message"
    )


CLIENT_CLOSED_REQUEST = 499  # nginx's code for "the client went away before the answer"


def current_request_id() -> str | None:
    """The id of the request being handled (bound by the request-context middleware), if any."""
    value = structlog.contextvars.get_contextvars().get("request_id")
    return value if isinstance(value, str) else None


def problem_type(code: str) -> str:
    return f"urn:ltc:problem:{code.lower().replace('_', '-')}"


class DomainError(Exception):
    """A business outcome the caller can act on: status + stable code + human detail."""

    status_code: int = 400
    code: str = "BAD_REQUEST"
    title: str | None = None

    def __init__(
        self,
        detail: str | None = None,
        *,
        code: str | None = None,
        status_code: int | None = None,
        errors: Sequence[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        self.headers = headers
        if code is not None:
            self.code = code
        if status_code is not None:
            self.status_code = status_code
        self.detail = detail
        self.errors = list(errors) if errors else None
        self.extra = extra
        super().__init__(detail or self.code)


class NotFound(DomainError):
    status_code = 404
    code = "NOT_FOUND"


class Conflict(DomainError):
    status_code = 409
    code = "CONFLICT"


class Unprocessable(DomainError):
    status_code = 422
    code = "VALIDATION_FAILED"


class Unauthorized(DomainError):
    status_code = 401
    code = "UNAUTHENTICATED"


class Forbidden(DomainError):
    status_code = 403
    code = "FORBIDDEN"


class ServiceUnavailable(DomainError):
    status_code = 503
    code = "SERVICE_UNAVAILABLE"


def problem_body(
    status: int,
    code: str,
    detail: str | None = None,
    *,
    title: str | None = None,
    instance: str | None = None,
    errors: Sequence[FieldError] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": problem_type(code),
        "title": title or _status_phrase(status),
        "status": status,
        "code": code,
    }
    if detail is not None:
        body["detail"] = detail
    if instance is not None:
        body["instance"] = instance
    if not errors and status == 422:  # every 422 names what failed, in one shape
        field = extra.pop("field", None)
        errors = [
            FieldError(
                field=field if isinstance(field, str) else "request", code=code, message=detail or code
            )
        ]
    if errors:
        body["errors"] = [e.model_dump() for e in errors]
    body.update(extra)
    request_id = current_request_id()
    if request_id is not None:
        body.setdefault("request_id", request_id)
    return body


class ProblemResponse(JSONResponse):
    """``application/problem+json``, rendered by orjson: the same compact UTF-8 JSON as Starlette's
    ``JSONResponse`` (which uses the standard encoder), at a fraction of its cost; a body orjson cannot take
    is left to the standard encoder, so it fails (or not) exactly as before."""

    media_type = PROBLEM_CONTENT_TYPE

    def render(self, content: Any) -> bytes:
        try:
            return orjson.dumps(content)
        except TypeError:
            return super().render(content)


def problem_response(
    status: int,
    code: str,
    detail: str | None = None,
    *,
    headers: dict[str, str] | None = None,
    **kwargs: Any,
) -> JSONResponse:
    return ProblemResponse(problem_body(status, code, detail, **kwargs), status_code=status, headers=headers)


def _status_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


_PYDANTIC_CODES = {
    "missing": "REQUIRED",
    "extra_forbidden": "UNKNOWN_FIELD",
    "json_invalid": "MALFORMED_JSON",
    "greater_than_equal": "TOO_SMALL",
    "greater_than": "TOO_SMALL",
    "less_than_equal": "TOO_LARGE",
    "less_than": "TOO_LARGE",
    "string_too_short": "TOO_SHORT",
    "string_too_long": "TOO_LONG",
    "too_short": "TOO_SHORT",
    "too_long": "TOO_LONG",
    "literal_error": "NOT_ALLOWED",
    "enum": "NOT_ALLOWED",
    "string_pattern_mismatch": "PATTERN_MISMATCH",
}


def field_errors(raw: Sequence[Any]) -> list[FieldError]:
    """Pydantic's error list as ``[{field, code, message}]``.

    A validator that raises ``PydanticCustomError(code, message)`` with an upper-case code (our own
    identifier checks do) keeps that code; pydantic's built-in kinds map to stable upper-case codes.
    """
    out: list[FieldError] = []
    for err in raw:
        loc = ".".join(str(p) for p in err.get("loc", ()))
        kind = str(err.get("type", "invalid"))
        code = kind if kind.isupper() else _PYDANTIC_CODES.get(kind, "INVALID_" + _kind_suffix(kind))
        out.append(FieldError(field=loc, code=code, message=_message(err)))
    return out


_PYDANTIC_PREFIXES = ("Value error, ", "Assertion failed, ")


def _message(err: Any) -> str:
    """The error's message without pydantic's "Value error, " prefix (a validator's ``ValueError`` text is
    the message); malformed JSON names its line and column (``line 3, column 14: Expecting ','``)."""
    message = str(err.get("msg", ""))
    for prefix in _PYDANTIC_PREFIXES:
        message = message.removeprefix(prefix)
    return message


def _kind_suffix(kind: str) -> str:
    head = kind.split("_")[0]
    return {"int": "INTEGER", "bool": "BOOLEAN", "date": "DATE", "datetime": "DATETIME"}.get(
        head, head.upper() or "VALUE"
    )


async def _domain_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, DomainError)
    return problem_response(
        exc.status_code,
        exc.code,
        exc.detail,
        title=exc.title,
        instance=request.url.path,
        errors=exc.errors,
        headers=exc.headers,
        **exc.extra,
    )


def json_position(document: Any, position: int) -> str:
    """``line L, column C`` of a character offset into a JSON document (both counted from 1)."""
    text = document.decode(errors="replace") if isinstance(document, bytes) else str(document or "")
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return f"line {line}, column {column}"


def _malformed_json(err: Any, document: Any) -> FieldError:
    loc = err.get("loc", ())
    position = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else 0
    reason = str((err.get("ctx") or {}).get("error") or err.get("msg") or "not JSON")
    return FieldError(
        field="body", code="MALFORMED_JSON", message=f"{json_position(document, position)}: {reason}"
    )


async def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    raw = exc.errors()
    malformed = [err for err in raw if err.get("type") == "json_invalid"]
    if malformed:
        error = _malformed_json(malformed[0], exc.body)
        return problem_response(
            400,
            "MALFORMED_JSON",
            f"the request body is not valid JSON: {error.message}",
            instance=request.url.path,
            errors=[error],
        )
    errors = field_errors(raw)
    return problem_response(
        422,
        "VALIDATION_FAILED",
        f"{len(errors)} field(s) failed validation: "
        + "; ".join(f"{e.field}: {e.message}" for e in errors[:3])
        + ("; …" if len(errors) > 3 else ""),
        instance=request.url.path,
        errors=errors,
    )


_STATUS_CODES = {
    400: "BAD_REQUEST",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    401: "UNAUTHENTICATED",
    403: "FORBIDDEN",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    500: "INTERNAL_ERROR",
}


def code_for_status(status: int) -> str:
    """The stable code of a bare HTTP status (an error the framework raised, not our domain)."""
    return _STATUS_CODES.get(status, f"HTTP_{status}")


async def _http_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    own_code = getattr(exc, "code", None)
    code = own_code if isinstance(own_code, str) else code_for_status(exc.status_code)
    detail = exc.detail if isinstance(exc.detail, str) else None
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no resource at {request.url.path}"
    return problem_response(
        exc.status_code, code, detail, instance=request.url.path, headers=dict(exc.headers or {})
    )


_INTEGRITY = {
    "23505": (409, "ALREADY_EXISTS", "a record with these values exists already"),
    "23503": (422, "REFERENCE_NOT_FOUND", "a referenced record does not exist"),
    "23514": (422, "CONSTRAINT_VIOLATED", "the values break a rule of this record"),
    "23502": (422, "CONSTRAINT_VIOLATED", "a required value is missing"),
    "23P01": (409, "ALREADY_EXISTS", "the values overlap an existing record"),
}


async def _integrity_handler(request: Request, exc: Exception) -> JSONResponse:
    """A constraint the database enforced (e.g. two concurrent creates of one key): a 4xx naming it, never a
    500. Services check the common cases first and answer with their own codes; this is the backstop."""
    assert isinstance(exc, IntegrityError)
    original = getattr(exc.orig, "__cause__", None) or exc.orig
    sqlstate = getattr(exc.orig, "sqlstate", None) or getattr(original, "sqlstate", None)
    status, code, detail = _INTEGRITY.get(
        str(sqlstate), (409, "CONFLICT", "the change conflicts with stored data")
    )
    constraint = getattr(original, "constraint_name", None)
    return problem_response(status, code, detail, instance=request.url.path, constraint=constraint)


async def _data_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """A value the database cannot take (a NUL character, a number or date out of range, bad encoding): the
    caller's input, so a 422 — never a 500. Other database errors fall through to the 500 handler."""
    assert isinstance(exc, DBAPIError)
    original = getattr(exc.orig, "__cause__", None) or exc.orig
    sqlstate = str(getattr(exc.orig, "sqlstate", None) or getattr(original, "sqlstate", None) or "")
    if not sqlstate.startswith("22"):
        return await _unhandled_handler(request, exc)
    return problem_response(
        422,
        "INVALID_VALUE",
        "a value cannot be stored as given (out of range, malformed, or containing a NUL character)",
        instance=request.url.path,
    )


INTERNAL_ERROR_DETAIL = "an unexpected error occurred; quote the request id when reporting it"


async def _unhandled_handler(request: Request, exc: Exception) -> JSONResponse:
    _log.exception("unhandled_error", path=request.url.path)
    return problem_response(500, "INTERNAL_ERROR", INTERNAL_ERROR_DETAIL, instance=request.url.path)


async def _client_disconnect_handler(request: Request, exc: Exception) -> Response:
    """The client went away mid-request (an upload cut off): nothing to answer and nothing wrong here. The
    session dependency has rolled back; the access line says 499."""
    _log.info("client_disconnected", path=request.url.path)
    return Response(status_code=CLIENT_CLOSED_REQUEST)


def install_problem_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ClientDisconnect, _client_disconnect_handler)
    app.add_exception_handler(DomainError, _domain_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_exception_handler)
    app.add_exception_handler(IntegrityError, _integrity_handler)
    app.add_exception_handler(DBAPIError, _data_error_handler)
    app.add_exception_handler(Exception, _unhandled_handler)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for error statuses: served as problem+json, with the body's schema (the fuzz of
    the merged document holds every answer to it). A 422 is a :class:`ValidationProblem`: ``errors`` always
    there."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        model: type[Problem] = ValidationProblem if status == 422 else Problem
        out[status] = {
            "model": model,
            "content": {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}},
        }
        if status == 422:
            out[status]["description"] = (
                "Validation failed: `errors` lists each field with its code and message "
                "(`VALIDATION_FAILED`, `UNKNOWN_QUERY_PARAMETER`, or the rule's own code)"
            )
    return out


# What any route may answer (403: the caller's role may not do this); routes add their own (415 for uploads).
PROBLEM_RESPONSES = problem_responses(400, 401, 403, 404, 409, 422)
