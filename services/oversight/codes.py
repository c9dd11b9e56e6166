"""Codes of oversight: contractors (商保经办机构), their service contracts and the acceptance of their
fulfilment. See ``shared/codes.py``."""

from __future__ import annotations

from shared.codes import Code, field_code, problem, row

ENTRIES: tuple[Code, ...] = (
    # -- contractors --------------------------------------------------------------------------------
    problem(
        "CONTRACTOR_NOT_FOUND",
        404,
        "no contractor (商保经办机构) with this id that you may see",
        "check the id; a contractor client sees only the contractor holding its counties' contracts",
    ),
    problem(
        "CONTRACTOR_EXISTS",
        409,
        "a contractor with this credit code is registered",
        "change the registered contractor (`PATCH /contractors/{id}`) instead",
    ),
    field_code("CONDITION_DUPLICATE", "a qualifying condition is listed twice", "list each condition once"),
    # -- contracts ----------------------------------------------------------------------------------
    problem(
        "CONTRACT_NOT_FOUND",
        404,
        "no service contract with this id that you may see",
        "check the id; a contractor client sees only the contracts of its counties' lots",
    ),
    problem(
        "CONTRACTOR_UNKNOWN",
        422,
        "the contract names a contractor the register does not have",
        "register the contractor first (`POST /contractors`) and send its id",
    ),
    problem(
        "CONTRACT_IS_*",
        409,
        "the step is not allowed in the contract's current status: `CONTRACT_IS_DRAFT`, `…_IN_FORCE`, "
        "`…_SUSPENDED`, `…_EXPIRED`, `…_TERMINATED` (`current_status` names it)",
        "read the contract and take a step its status allows (draft → in_force ⇄ suspended → "
        "expired / terminated; only a draft's terms change)",
    ),
    problem(
        "CONTRACT_COUNTIES_TAKEN",
        409,
        "another contract in force (or suspended) covers a county of the lot for an overlapping period "
        "(`county_codes` and `contract_ids` name them)",
        "end the other contract first, or change the draft's counties or period",
    ),
    problem(
        "CONTRACT_NOT_FILED",
        409,
        "a contract comes into force once filed with finance (合同报同级财政部门备案)",
        "set `finance_filing_reference` and `finance_filed_on` on the draft, then bring it into force",
    ),
    problem(
        "CONTRACT_NOT_ENDED",
        409,
        "a contract expires only after its `ends_on`",
        "terminate it (with a reason) to end it early",
    ),
    problem(
        "CONTRACT_REASON_REQUIRED",
        422,
        "suspending or terminating a contract needs a reason",
        "send `reason`",
    ),
    field_code("COUNTY_DUPLICATE", "a county is listed twice in the lot", "list each county once"),
    field_code(
        "SUBCONTRACTING_FORBIDDEN",
        "subcontracting the operation is forbidden (层层转包); `subcontracting_forbidden` is always true",
        "leave the field out or send true",
    ),
    field_code("PERIOD_INVERTED", "the period ends before it starts", "send an end on or after the start"),
    # -- acceptance of fulfilment -------------------------------------------------------------------
    problem(
        "ACCEPTANCE_OUTSIDE_CONTRACT",
        422,
        "the accepted period does not lie within the contract's period",
        "send a period between the contract's `starts_on` and `ends_on`",
    ),
    problem(
        "ACCEPTANCE_PERIOD_TAKEN",
        409,
        "the period overlaps a period of the contract accepted before (`acceptance_id` names it)",
        "accept each period once; read `GET /contracts/{id}/acceptances`",
    ),
    field_code(
        "WITHHELD_ABOVE_FEE",
        "the withholdings add up to more than the fee payable",
        "withhold at most the fee payable",
    ),
    # -- the training register ---------------------------------------------------------------------
    problem(
        "TRAINING_COURSE_NOT_FOUND",
        404,
        "no training course with this code",
        "list the courses (`GET /training-courses`)",
    ),
    problem(
        "TRAINING_COURSE_EXISTS",
        409,
        "a training course with this code is registered",
        "use the registered course, or another code",
    ),
    problem(
        "TRAINING_COURSE_UNKNOWN",
        422,
        "the exam session names a course the register does not have",
        "register the course first (`POST /training-courses`)",
    ),
    problem(
        "TRAINING_SESSION_NOT_FOUND",
        404,
        "no exam session with this id",
        "list the sessions (`GET /training-sessions`)",
    ),
    problem(
        "TRAINING_SESSION_UNKNOWN",
        422,
        "the certificate names an exam session the register does not have",
        "record the session (`POST /training-sessions`) and its results first",
    ),
    problem(
        "CERTIFICATE_NOT_FOUND",
        404,
        "no training certificate with this id",
        "list the certificates (`GET /training-certificates`)",
    ),
    problem(
        "CERTIFICATE_NUMBER_TAKEN",
        409,
        "a certificate with this number is recorded",
        "each certificate has its own number; to repeat a call, send the same Idempotency-Key",
    ),
    problem(
        "TRAINING_NOT_PASSED",
        409,
        "no passed result of the holder is recorded for the exam session: a certificate is issued only to "
        "those who passed (规范化培训合格)",
        "import the session's results (`POST /training-result-imports?session_id=`) first",
    ),
    problem(
        "CERTIFICATE_BEFORE_SESSION",
        422,
        "the certificate would be issued before the exam it certifies",
        "send `issued_on` on or after the session's `held_on`",
    ),
    problem(
        "CERTIFICATE_REVOKED",
        409,
        "the certificate is revoked already",
        "nothing to do; a new certificate needs a new exam result",
    ),
    field_code("TRAINING_COURSE_UNKNOWN", "no course with this code is registered", "send a registered code"),
    field_code("TRAINING_SESSION_UNKNOWN", "no exam session with this id is recorded", "send a recorded id"),
    field_code(
        "CERTIFICATE_BEFORE_SESSION", "the day is before the exam session", "send a day on or after `held_on`"
    ),
    row("SCORE_FORMAT", "the score is not a whole number from 0 to 100", "send the exam score, 0–100"),
    row("PASSED_FORMAT", "`passed` is not true or false", "send true or false (1 or 0)"),
    row(
        "RESULT_RECORDED",
        "the candidate's result in this session was recorded before with other content",
        "results are recorded once; a correction is a matter for the bureau",
    ),
)
