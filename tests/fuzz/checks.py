"""What every answer of the public API owes its caller, as schemathesis checks.

Schemathesis's own checks hold each answer to the merged document (no 5xx, a documented status, a documented
content type, a body that fits the declared schema); ``problem_details_with_request_id`` adds the house rule
for errors: every 4xx/5xx is RFC 9457 ``application/problem+json`` with a stable ``code`` and the status it
was sent with, and names the request id the caller is told to quote (the ``X-Request-ID`` header).
"""

from __future__ import annotations

import json
from typing import Any

from schemathesis import Case, CheckContext, CheckFunction, Response
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from shared.errors import PROBLEM_CONTENT_TYPE


def problem_details_with_request_id(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    if response.status_code < 400:
        return None
    media_type = (response.headers.get("content-type") or [""])[0].split(";")[0].strip()
    assert media_type == PROBLEM_CONTENT_TYPE, (
        f"a {response.status_code} answer is {media_type or 'without a content type'}, not problem+json"
    )
    try:
        body = json.loads(response.content or b"")
    except ValueError:
        raise AssertionError(f"a {response.status_code} problem+json body is not JSON") from None
    assert isinstance(body, dict), "a problem+json body is not an object"
    code = body.get("code")
    assert isinstance(code, str), "a problem+json body without a `code`"
    assert code, "a problem+json body with an empty `code`"
    assert body.get("status") == response.status_code, (
        f"a problem+json body says status {body.get('status')!r} on a {response.status_code} answer"
    )
    request_ids = response.headers.get("x-request-id") or []
    assert any(value.strip() for value in request_ids), (
        f"a {response.status_code} {code} answer without an X-Request-ID header"
    )
    return None


CHECKS: tuple[CheckFunction, ...] = (
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    problem_details_with_request_id,
)
CHECK_NAMES = frozenset(check.__name__ for check in CHECKS)
