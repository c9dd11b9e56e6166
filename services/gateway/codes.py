"""Codes of the gateway: API keys, rate limits, routing to the services, API clients.
See ``shared/codes.py``."""

from __future__ import annotations

from shared.codes import Code, field_code, problem

ENTRIES: tuple[Code, ...] = (
    problem(
        "API_KEY_INVALID",
        401,
        "the API key is unknown, expired or revoked",
        "use a current key; an admin replaces a lost one with `POST /api-clients/{id}/rotate`",
    ),
    problem(
        "RATE_LIMITED",
        429,
        "too many calls from this address or by this client in a window; "
        "`Retry-After` says when to try again",
        "wait `Retry-After` seconds; spread bulk work or use file imports",
    ),
    problem(
        "TOO_MANY_BAD_KEYS",
        429,
        "this address sent too many unknown keys and is locked out for a while (a good key still passes)",
        "fix the key in the calling system; wait `Retry-After` seconds",
    ),
    problem(
        "PATH_NOT_CANONICAL",
        400,
        "the path has encoded separators, dot segments or non-ASCII characters",
        "send the plain path, percent-encoding only what must be encoded",
    ),
    problem(
        "UPSTREAM_UNAVAILABLE",
        503,
        "the service behind this path cannot be reached (`service` names it)",
        "retry after `Retry-After` seconds; nothing was done",
    ),
    problem(
        "UPSTREAM_TIMEOUT",
        504,
        "the service did not answer in time: the outcome is unknown",
        "retry with the same Idempotency-Key so that the change happens at most once",
    ),
    problem(
        "UPSTREAM_ERROR",
        502,
        "the service gave a broken answer",
        "retry with the same Idempotency-Key; report the `request_id` if it persists",
    ),
    problem(
        "CLIENT_NOT_FOUND", 404, "no API client with this id", "list the clients with `GET /api-clients`"
    ),
    problem(
        "CLIENT_NAME_TAKEN",
        409,
        "an API client of this name exists (`existing_id` names it)",
        "choose another name, or rotate the existing client's key",
    ),
    problem(
        "CLIENT_REVOKED", 409, "the API client is revoked; its keys cannot be rotated", "create a new client"
    ),
    problem(
        "COUNTY_UNKNOWN",
        422,
        "a county code is not one of the fund's accounting units (`GET /counties`)",
        "send a code of the 13 units, e.g. 330302 (鹿城区)",
    ),
    field_code(
        "COUNTY_UNKNOWN", "this county code is not an accounting unit", "send a code from `GET /counties`"
    ),
    problem(
        "CONTRACT_NOT_IN_FORCE",
        403,
        "the client's contractor has no service contract in force over some of its counties "
        "(`counties` names them: ended, suspended, terminated or not begun): writes are refused, "
        "reads stay open for the handover",
        "hand the work over to the county's new contractor; "
        "the bureau puts a suspended contract back in force",
    ),
    problem(
        "CONTRACT_COUNTIES_NOT_COVERED",
        422,
        "a contractor client bound to a contractor may cover only the counties of that contractor's "
        "contracts in force (`counties` names those outside)",
        "put the contract in force in oversight first, or leave those counties out of the client",
    ),
    problem(
        "STAFF_NOT_FOUND", 404, "no staff account with this id that you manage", "list them: `GET /staff`"
    ),
    problem(
        "STAFF_USERNAME_TAKEN",
        409,
        "a staff account with this username exists",
        "choose another username, or enable the existing account",
    ),
    problem(
        "STAFF_ADMIN_REQUIRED",
        403,
        "a contractor's staff account manages staff only when it is the contractor's staff administrator",
        "ask the contractor's staff administrator, or a platform admin, to do it",
    ),
    problem(
        "STAFF_ROLE_NOT_GRANTABLE",
        403,
        "a contractor creates only its own contractor staff (role `contractor`)",
        "ask a platform admin for accounts of other roles",
    ),
    problem(
        "STAFF_DISABLED", 409, "the staff account is disabled", "enable it first: `POST /staff/{id}/enable`"
    ),
    problem(
        "TOTP_NOT_FOR_ROLE",
        409,
        "the TOTP second factor is for bureau and admin accounts",
        "other roles sign in with their password",
    ),
    field_code(
        "PASSWORD_TOO_WEAK",
        "the password breaks a rule: at least 12 characters, two kinds of character, not the username",
        "choose a longer password mixing letters with digits or signs",
    ),
    field_code(
        "PASSWORD_UNCHANGED",
        "the new password is the current one (a person changing their own password in the console)",
        "choose a password you have not used for this account",
    ),
)
