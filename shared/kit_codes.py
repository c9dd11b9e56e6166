"""Codes of the domain-free kit (``shared/``): the framework's answers, validation, identifiers, money,
uploads, idempotency, paging and the signed calls between services. See ``shared/codes.py``."""

from __future__ import annotations

from shared.codes import Code, field_code, problem

ENTRIES: tuple[Code, ...] = (
    # -- any route --------------------------------------------------------------------------------
    problem(
        "BAD_REQUEST",
        400,
        "the request cannot be read as HTTP the service understands",
        "check the request line, headers and body against the operation in the API reference",
    ),
    problem(
        "MALFORMED_JSON",
        400,
        "the body is not valid JSON; `errors` names the line and column",
        "send well-formed JSON (UTF-8) with `Content-Type: application/json`",
    ),
    problem(
        "VALIDATION_FAILED",
        422,
        "one or more fields break the operation's schema; each is in `errors` "
        "as `{field, code, message}` (the field codes below)",
        "correct the fields named in `errors` and send again",
    ),
    problem(
        "UNAUTHENTICATED",
        401,
        "no API key was sent (or not as a bearer token)",
        "send `Authorization: Bearer <api key>`",
    ),
    problem(
        "FORBIDDEN",
        403,
        "the request is not allowed for this caller",
        "use a key whose role and scope allow the operation",
    ),
    problem(
        "ROLE_NOT_ALLOWED",
        403,
        "the caller's role lacks the operation's capability (`capability` names it; "
        "the README's authorization table lists who may)",
        "call with a key of a role that holds the capability; roles are not widened per client",
    ),
    problem(
        "COUNTY_OUT_OF_SCOPE",
        403,
        "a county (县/市/区 accounting unit) in the request is not one this contractor client serves",
        "send only the counties the key is scoped to; ask the admin to widen the scope",
    ),
    problem(
        "NOT_FOUND",
        404,
        "nothing exists at this path (or, for a contractor or institution, nothing it may see)",
        "check the path (no trailing slash) and the id; out-of-scope objects answer as unknown",
    ),
    problem(
        "METHOD_NOT_ALLOWED",
        405,
        "the path exists but not with this HTTP method",
        "use a method the API reference lists for the path",
    ),
    problem(
        "CONFLICT",
        409,
        "the change conflicts with stored data (a database rule, caught as a backstop)",
        "read the current state and send a change consistent with it",
    ),
    problem(
        "ALREADY_EXISTS",
        409,
        "a record with these values exists already (e.g. two concurrent creates of one key)",
        "read the existing record instead of creating it again; resend with the same Idempotency-Key",
    ),
    problem(
        "PAYLOAD_TOO_LARGE",
        413,
        "the body is larger than the service accepts (8 MiB for JSON)",
        "send a file import for bulk data, or split the request",
    ),
    problem(
        "UNSUPPORTED_MEDIA_TYPE",
        415,
        "the body's `Content-Type` is not one the operation reads",
        "send the media type the operation documents (JSON, or text/csv / application/x-ndjson for imports)",
    ),
    problem(
        "REFERENCE_NOT_FOUND",
        422,
        "a value refers to a record that does not exist (a database rule)",
        "create the referenced record first or correct the reference",
    ),
    problem(
        "CONSTRAINT_VIOLATED",
        422,
        "the values break a rule of the record (a database check or a missing value)",
        "correct the values; the `constraint` member names the rule",
    ),
    problem(
        "INVALID_VALUE",
        422,
        "a value cannot be stored as given: out of range, malformed, or containing a NUL character",
        "send values in the documented ranges and plain text",
    ),
    problem(
        "INTERNAL_ERROR",
        500,
        "an unexpected error; nothing about it is disclosed",
        "retry later with the same Idempotency-Key; report the `request_id` if it persists",
    ),
    problem(
        "DATABASE_BUSY",
        503,
        "every database connection of the service stayed in use while the request waited "
        "(`LTC_DB_POOL_TIMEOUT_SECONDS`); nothing was done",
        "retry after the `Retry-After` seconds (with the same Idempotency-Key for a write)",
    ),
    problem(
        "NOT_READY",
        503,
        "the process is not ready (database or a feed consumer); from `/readyz` only",
        "wait and ask again; the detail names what is not ready",
    ),
    # -- paging, idempotency, money, identifiers --------------------------------------------------------
    problem(
        "INVALID_CURSOR",
        422,
        "the `cursor` parameter is not one this API issued",
        "pass `next_cursor` of the previous page unchanged, or leave it out for the first page",
    ),
    problem(
        "IDEMPOTENCY_KEY_INVALID",
        422,
        "the `Idempotency-Key` header is empty, too long or not printable",
        "send 1–255 printable characters, e.g. a UUID, one per logical operation",
    ),
    problem(
        "IDEMPOTENCY_KEY_REUSED",
        409,
        "this `Idempotency-Key` was used before with another body or operation",
        "use a new key for a new operation; resend the same body to replay the first answer",
    ),
    problem(
        "AMOUNT_FORMAT", 422, "not an amount in yuan (元)", "send a number of yuan, e.g. `100` or `50.25`"
    ),
    problem(
        "AMOUNT_PRECISION", 422, "the amount has fractions of a fen (分)", "round to two decimals of yuan"
    ),
    problem(
        "ID_NUMBER_LENGTH",
        422,
        "a resident ID number (居民身份证号码) has 18 characters; this one has not",
        "send all 18 characters (15-digit old numbers are not accepted)",
    ),
    problem(
        "ID_NUMBER_FORMAT",
        422,
        "an ID number is 17 digits followed by a digit or X",
        "remove spaces and other characters; lower-case x is read as X",
    ),
    problem(
        "ID_NUMBER_CHECKSUM",
        422,
        "the check character (校验码, ISO 7064 MOD 11-2) does not match the first 17 digits",
        "correct the mistyped digit; the number as written is not valid",
    ),
    problem(
        "ID_NUMBER_BIRTH_DATE",
        422,
        "characters 7–14 are not a possible birth date (or one in the future)",
        "correct the birth-date digits of the ID number",
    ),
    problem(
        "CREDIT_CODE_LENGTH",
        422,
        "a unified social credit code (统一社会信用代码) has 18 characters",
        "send all 18 characters",
    ),
    problem(
        "CREDIT_CODE_FORMAT",
        422,
        "not a unified social credit code (GB 32100-2015)",
        "send the employer's code as printed on its business licence",
    ),
    problem(
        "CREDIT_CODE_CHECKSUM",
        422,
        "the credit code's check character does not match the first 17",
        "correct the mistyped character",
    ),
    # -- uploads --------------------------------------------------------------------------------------
    problem(
        "ENCODING_INVALID",
        422,
        "a line of the file is not text in the file's encoding (UTF-8 unless declared "
        "GB18030/GBK); the detail names the line",
        "save the file as UTF-8, or declare `charset=gb18030`",
    ),
    problem(
        "ENCODING_UNSUPPORTED",
        422,
        "the file is UTF-16 (Excel's 'Unicode text') or declares an encoding that is not read",
        "save as CSV in UTF-8 (or the Windows default GB18030)",
    ),
    problem(
        "LINE_TOO_LONG",
        422,
        "a line of the file is longer than the limit (the detail names it)",
        "check the file is CSV or JSON lines, one record a line",
    ),
    problem(
        "UNKNOWN_QUERY_PARAMETER",
        422,
        "the request has a query parameter the operation does not take; `errors` names each, and the "
        "ones it takes",
        "drop or rename the parameter (`GET /persons/{id}/coverage?on=…`, not `?date=…`)",
    ),
    problem(
        "UPLOAD_FORM_INVALID",
        422,
        "the multipart/form-data form cannot be taken: no `file` part, a second file, an unknown field, a "
        "field after the file, or the form cut short; nothing is kept",
        "send one `file` part, with `charset` / `format` fields before it "
        "(`curl -F charset=gb18030 -F file=@f.csv`)",
    ),
    problem(
        "ENCODING_CONFLICT",
        422,
        "the form's `charset` field and the file part's `charset=` disagree",
        "declare the file's character set once, or twice the same",
    ),
    # -- between services (never seen through the gateway) --------------------------------------------
    problem(
        "SIGNATURE_MISSING",
        401,
        "a service was called directly, without the gateway's signed principal",
        "call the API through the gateway (port 8000), never a service's own port",
    ),
    problem(
        "SIGNATURE_INVALID",
        401,
        "the gateway's signature does not verify (secrets differ between processes)",
        "operators: give the gateway and every service the same LTC_INTERNAL_SECRET",
    ),
    problem(
        "SIGNATURE_EXPIRED",
        401,
        "the signed call is older than 30 s (clocks apart, or a replayed capture)",
        "operators: synchronise the hosts' clocks (NTP)",
    ),
    problem(
        "SIGNATURE_REPLAYED",
        401,
        "a signed call was sent to the service a second time",
        "send a new call; a retry through the gateway is signed afresh",
    ),
    problem(
        "BODY_DIGEST_MISMATCH",
        401,
        "the body the service received is not the one the gateway signed",
        "resend; if it persists, a proxy between gateway and service changes bodies",
    ),
    # -- field codes (inside `errors` of a 422) -------------------------------------------------------
    field_code("REQUIRED", "the field is missing", "send the field"),
    field_code(
        "UNKNOWN_FIELD",
        "the body has a field the operation does not know",
        "remove it (check its spelling against the schema)",
    ),
    field_code(
        "MALFORMED_JSON", "the body is not JSON; the field names line and column", "send well-formed JSON"
    ),
    field_code("TOO_SMALL", "the number is below the minimum", "send a value within the schema's range"),
    field_code("TOO_LARGE", "the number is above the maximum", "send a value within the schema's range"),
    field_code("TOO_SHORT", "the text or list is shorter than allowed", "send at least the minimum length"),
    field_code("TOO_LONG", "the text or list is longer than allowed", "shorten it to the schema's maximum"),
    field_code("NOT_ALLOWED", "the value is not one of the allowed values", "send one of the enum's values"),
    field_code(
        "PATTERN_MISMATCH", "the text does not have the required shape", "follow the schema's pattern"
    ),
    field_code(
        "NULL_NOT_ALLOWED",
        "`null` in a PATCH clears only fields declared nullable",
        "leave the field out to keep it, or send a value",
    ),
    field_code(
        "INVALID_*",
        "the value is not of the field's type: `INVALID_INTEGER`, `INVALID_DATE`, "
        "`INVALID_BOOLEAN`, `INVALID_DATETIME`…",
        "send the type the schema declares (dates as YYYY-MM-DD)",
    ),
    field_code(
        "ID_NUMBER_LENGTH", "an ID number field does not have 18 characters", "send all 18 characters"
    ),
    field_code(
        "ID_NUMBER_FORMAT", "an ID number field is not 17 digits and a digit or X", "correct the number"
    ),
    field_code(
        "ID_NUMBER_CHECKSUM",
        "the check character does not match the first 17 digits",
        "correct the mistyped digit",
    ),
    field_code(
        "ID_NUMBER_BIRTH_DATE",
        "the ID number's birth date is impossible or in the future",
        "correct the birth-date digits",
    ),
    field_code(
        "CREDIT_CODE_LENGTH", "a credit code field does not have 18 characters", "send all 18 characters"
    ),
    field_code(
        "CREDIT_CODE_FORMAT", "not a unified social credit code", "send the code from the business licence"
    ),
    field_code(
        "CREDIT_CODE_CHECKSUM", "the credit code's check character does not match", "correct the code"
    ),
    field_code(
        "MONTH_INVALID",
        "not a month: `YYYY-MM` (a `YYYY-MM-DD` day is read as its month)",
        "send e.g. `2022-09`",
    ),
    field_code(
        "UNKNOWN_QUERY_PARAMETER",
        "the operation takes no query parameter of this name (the message lists the ones it takes)",
        "drop or rename the parameter",
    ),
    field_code("UPLOAD_FORM_INVALID", "this part of the upload form cannot be taken", "see the message"),
)
