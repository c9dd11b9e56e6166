"""Codes of oversight: contractors (商保经办机构), their service contracts and the acceptance of their
fulfilment; evaluation schemes and performance evaluations (绩效评价); inspections, cases with sanctions and
recoveries, complaints, the rules of supervision. See ``shared/codes.py``."""

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
    # -- inspections, cases, complaints (日常巡查, 打击违规, 投诉) -------------------------------------
    problem(
        "INSTITUTION_UNKNOWN",
        422,
        "the request names an institution oversight does not know (settlement has not announced it), one "
        "outside your counties, or one not of the county or plan named",
        "check the institution's code (`GET /institutions`); oversight learns institutions from settlement's "
        "feed within seconds of their registration",
    ),
    field_code(
        "INSTITUTION_UNKNOWN",
        "the field names an institution oversight does not know, or one you may not name here",
        "send the code of an institution of your counties (of the plan's counties, of the complaint's "
        "county)",
    ),
    problem(
        "INSPECTION_PLAN_NOT_FOUND",
        404,
        "no inspection plan with this id that you may see",
        "check the id; a contractor sees the plans within its counties",
    ),
    problem(
        "INSPECTION_NOT_FOUND",
        404,
        "no inspection visit with this id that you may see",
        "check the id; a contractor sees its counties' visits, an institution its own",
    ),
    problem(
        "INSPECTION_PLAN_UNKNOWN",
        422,
        "the visit names a plan that does not exist, that you may not see, or that does not list the "
        "institution",
        "send the id of a plan listing the institution, or no `plan_id`",
    ),
    problem(
        "VISIT_OUTSIDE_PLAN",
        422,
        "the visit's day lies outside its plan's period",
        "send a `visited_on` within the plan's period, or record it without the plan",
    ),
    problem(
        "RECTIFICATION_NOT_PENDING",
        409,
        "the visit's rectification is not pending (none was ordered, or it was followed up already; "
        "`current_status` names it)",
        "read the visit; a rectification is followed up once",
    ),
    field_code(
        "RECTIFICATION_NOT_ORDERED",
        "a rectification deadline is sent but no finding calls for rectification",
        "leave out `rectification_due_on`, or mark the finding `rectification_required`",
    ),
    field_code(
        "CASE_NEEDS_NOT_RECTIFIED",
        "a case is opened from a follow-up only when the finding was not rectified",
        "send `outcome: not_rectified` with `open_case`, or no `open_case`",
    ),
    field_code("LISTED_TWICE", "a county or institution is listed twice", "list each once"),
    problem(
        "CASE_NOT_FOUND",
        404,
        "no case with this id that you may see",
        "check the id; a contractor sees its counties' cases, an institution its own",
    ),
    problem(
        "CASE_SOURCE_UNKNOWN",
        422,
        "the case's source names a visit or complaint that does not exist or concerns another institution",
        "send the id of a visit of (or a complaint about) the institution the case is opened on",
    ),
    field_code(
        "CASE_SUBJECT_INVALID",
        "a case on an institution names `institution_id` (and no `contract_id`); a case on a contractor "
        "names `contract_id` (and no `institution_id`) and comes from a review, a complaint or a data rule",
        "send the subject's identifier that `subject_kind` asks for",
    ),
    problem(
        "CASE_CONTRACT_UNKNOWN",
        422,
        "a case on a contractor names a contract that does not exist, or the caller may not open cases on "
        "contractors (only the bureau does)",
        "check `contract_id` (`GET /contracts`); a contractor's conduct is reported to the bureau",
    ),
    problem(
        "RECOVERY_NOT_FOR_CONTRACTOR",
        422,
        "a decision on a contractor's case orders money recovered; money is recovered from the institution "
        "it was paid to",
        "withhold the contractor's fee at the acceptance of its fulfilment "
        "(`POST /contracts/{id}/acceptances`) instead",
    ),
    problem(
        "CONTRACTOR_BANNED",
        409,
        "a credit record (信用记录) decided on a case about the contractor is in force: S001 "
        '"三年之内不得参与政府购买服务" (`banned_until` names its last day)',
        "the contract cannot come into force until the ban has run out or its sanction is lifted",
    ),
    field_code(
        "CASE_CONTRACT_UNKNOWN",
        "`contract_id` names no contract the caller may name",
        "send a contract of `GET /contracts` (the bureau only)",
    ),
    field_code(
        "RECOVERY_NOT_FOR_CONTRACTOR",
        "a contractor's case orders no recovery",
        "leave `recoveries` empty; withhold the fee at the acceptance instead",
    ),
    field_code("FILE_EMPTY", "the upload holds no bytes", "send the file's content"),
    problem(
        "FILE_NOT_FOUND",
        404,
        "no file with this id on this inspection or case that you may see (an institution sees, of its own "
        "cases, its statements' files)",
        "list the parent's files (`GET /inspections/{id}/files`, `GET /cases/{id}/files`) for their ids",
    ),
    problem(
        "FILE_TOO_LARGE",
        413,
        "the photo or document is larger than `LTC_OVERSIGHT_FILE_MAX_BYTES` (20 MiB unless configured)",
        "send a smaller file (a lower resolution photo, a PDF split in parts)",
    ),
    problem(
        "FILE_TYPE_NOT_ALLOWED",
        415,
        "the file's first bytes are not those of a JPEG, PNG or PDF, or it was declared as one type and is "
        "another",
        "send a JPEG, PNG or PDF as the body (its type or application/octet-stream) or as the form's `file`",
    ),
    problem(
        "FILE_EMPTY",
        422,
        "the upload holds no bytes",
        "send the file's content",
    ),
    field_code(
        "CASE_SOURCE_REFERENCE_REQUIRED",
        "a case names what it came from: a finding its `inspection_id`, a review its `service_record_id`, "
        "a complaint its `complaint_id`, a data rule its `data_rule`",
        "send the reference its source needs",
    ),
    problem(
        "CASE_IS_*",
        409,
        "the step is not allowed in the case's current status: `CASE_IS_OPEN`, `…_INVESTIGATING`, "
        "`…_DECIDED`, `…_CLOSED` (`current_status` names it)",
        "read the case; open → investigating → decided → closed, a statement while undecided, one decision",
    ),
    problem(
        "CASE_REASON_REQUIRED",
        422,
        "an undecided case is closed (dismissed) for a reason",
        "send `reason`",
    ),
    field_code(
        "NO_VIOLATION_NO_SANCTION",
        "a case decided without violation carries no sanction and no recovery",
        "decide `violation`, or send no sanctions and recoveries",
    ),
    field_code(
        "SANCTION_END_REQUIRED",
        "a rectification has a deadline",
        "send `ends_on` for a rectification",
    ),
    field_code(
        "SANCTION_END_NOT_TAKEN",
        "a warning, termination, credit record or referral takes no `ends_on` (a credit record's ban runs "
        "for the rule `credit_record.ban_years`)",
        "leave out `ends_on`",
    ),
    field_code(
        "REFERRAL_TARGET_REQUIRED", "a referral names to whom the case is referred", "send `referred_to`"
    ),
    field_code("REFERRAL_TARGET_NOT_TAKEN", "only a referral names `referred_to`", "leave out `referred_to`"),
    problem(
        "SANCTION_NOT_FOUND",
        404,
        "no sanction with this id that you may see",
        "check the id (a case's `sanctions`)",
    ),
    problem(
        "SANCTION_LIFTED",
        409,
        "the sanction was lifted already",
        "read the case; a sanction is lifted once",
    ),
    problem(
        "SANCTION_LIFT_BEFORE_EFFECT",
        422,
        "a sanction is lifted on or after the day it takes effect",
        "send a `lifted_on` on or after its `effective_on`",
    ),
    problem(
        "OVERSIGHT_RULE_NOT_FOUND",
        404,
        "no rule of supervision with this key (or none in force on the day)",
        "read `GET /oversight-rules` for the keys",
    ),
    problem(
        "COMPLAINT_NOT_FOUND",
        404,
        "no complaint with this id that you may see",
        "check the id; a contractor sees its counties' complaints",
    ),
    problem(
        "COMPLAINT_IS_*",
        409,
        "the step is not allowed in the complaint's status: `COMPLAINT_IS_RECEIVED`, `…_ASSIGNED`, "
        "`…_HANDLED`, `…_CLOSED` (`current_status` names it)",
        "read the complaint; received → assigned → handled → followed up (closed, or assigned again)",
    ),
    problem(
        "COMPLAINT_NOT_OVERDUE",
        409,
        "督办 presses a complaint whose current step is past its deadline; this one is not (`step_due_on`)",
        "wait until the step is overdue",
    ),
    problem(
        "ASSIGNEE_NOT_COVERING",
        422,
        "the contractor holds no contract in force over the complaint's county on the day",
        "assign it to the contractor of the county, or to a bureau officer",
    ),
    field_code(
        "ASSIGNEE_INCOMPLETE",
        "a contractor assignee is named by `contractor_id` alone, a bureau officer by `officer` alone",
        "send the field of the assignee's kind",
    ),
    # -- acceptance citing a final evaluation -----------------------------------------------------
    problem(
        "EVALUATION_UNKNOWN",
        422,
        "the acceptance cites an evaluation there is none of",
        "send the id of the contract's final evaluation for the period, or leave `evaluation_id` out",
    ),
    problem(
        "EVALUATION_NOT_FINAL",
        409,
        "the cited evaluation is not final yet (`current_status` names its status)",
        "wait for the objection window or decide the objection, then accept",
    ),
    problem(
        "EVALUATION_NOT_OF_PERIOD",
        422,
        "the cited evaluation is not of this contract, or not of the accepted period",
        "cite the contract's evaluation whose period is the accepted period",
    ),
    problem(
        "ACCEPTANCE_WITHHOLDING_MISMATCH",
        422,
        "with a final evaluation cited, the withholdings must add up to the fee at risk × (1 − the grade's "
        "fee release share) (`expected_withheld_fen` says how much)",
        "withhold exactly `expected_withheld_fen` (in one or more lines with reasons)",
    ),
    # -- evaluation schemes ----------------------------------------------------------------------
    problem(
        "SCHEME_NOT_FOUND",
        404,
        "no evaluation scheme version with this id",
        "list the schemes (`GET /evaluation-schemes`)",
    ),
    problem(
        "SCHEME_APPROVED",
        409,
        "an approved scheme version never changes (`scheme_code`, `version` name it)",
        "draft a new version (`POST /evaluation-schemes` with the same code) and approve that",
    ),
    field_code(
        "WEIGHTS_NOT_10000", "the indicators' weights do not add up to 10000 bp", "make them add up to 10000"
    ),
    field_code(
        "KPI_CODE_REQUIRED",
        "a computed indicator names no KPI",
        "send `kpi_code` as `<service>.<indicator code>`",
    ),
    field_code(
        "KPI_CODE_UNKNOWN",
        "the computed indicator names a KPI no service reports",
        "name one of the KPI catalogue (`docs/contracts.md`, KPI endpoints) or oversight's own",
    ),
    field_code("KPI_CODE_NOT_ALLOWED", "only a computed indicator names a KPI", "leave `kpi_code` out"),
    field_code("INDICATOR_DUPLICATE", "an indicator code is listed twice", "list each indicator once"),
    field_code("GRADE_DUPLICATE", "a grade is listed twice", "list each grade once"),
    field_code(
        "GRADE_FLOOR_MISSING", "no grade starts at 0, so a low score would have none", "give one grade min 0"
    ),
    # -- evaluations -----------------------------------------------------------------------------
    problem(
        "EVALUATION_NOT_FOUND",
        404,
        "no evaluation with this id that you may see",
        "check the id; a contractor sees those of its counties, an institution its own, an evaluator those "
        "assigned to it, everybody the published ones",
    ),
    problem(
        "SCHEME_UNKNOWN", 422, "the evaluation names a scheme version there is none of", "send a scheme's id"
    ),
    problem(
        "SCHEME_NOT_APPROVED",
        409,
        "evaluations are made under an approved scheme version only",
        "approve the draft first (`POST /evaluation-schemes/{id}:approve`)",
    ),
    problem(
        "EVALUATION_SUBJECT_INVALID",
        422,
        "the subject does not fit the scheme's kind, or lacks what its kind needs (a contractor's contract "
        "and a period within it; an institution's or expert's id and county)",
        "send the subject as `errors` say",
    ),
    field_code(
        "EVALUATION_SUBJECT_INVALID",
        "the subject's field does not fit the scheme or its kind",
        "see the message",
    ),
    problem(
        "EVALUATION_EXISTS",
        409,
        "the subject is evaluated under this scheme for this period already (`evaluation_id` names it)",
        "work on that evaluation",
    ),
    problem(
        "EVALUATION_IS_*",
        409,
        "the step is not allowed in the evaluation's status: `EVALUATION_IS_DRAFT`, `…_SCORED`, "
        "`…_PUBLISHED`, `…_OBJECTED`, `…_FINAL` (`current_status` names it)",
        "take a step its status allows (draft → scored → published → objected → final; scores change until "
        "it is published)",
    ),
    problem(
        "INDICATOR_UNKNOWN",
        422,
        "the evaluation's scheme has no indicator with this code",
        "read the scheme's indicators",
    ),
    problem(
        "INDICATOR_SOURCE_MISMATCH",
        422,
        "the indicator is not scored that way (the bureau scores manual indicators; computed ones come from "
        "the KPI reports, survey ones from the imported surveys; only third-party ones are assigned)",
        "score the indicator through its source",
    ),
    problem(
        "INDICATOR_NOT_ASSIGNED",
        403,
        "an evaluator scores only the third-party indicators the bureau assigned to it",
        "ask the bureau for the assignment",
    ),
    problem(
        "EVALUATION_INCOMPLETE",
        409,
        "an indicator has no score yet (`missing` names them)",
        "fetch the KPIs, import the surveys, score the manual and third-party indicators",
    ),
    problem(
        "KPI_SOURCE_UNAVAILABLE",
        503,
        "a service could not answer its KPI report (`service` names it); nothing was recorded",
        "try again later",
    ),
    problem(
        "KPI_QUERY_REFUSED",
        409,
        "a service refused the KPI query for this subject (`service`, `upstream_code`: e.g. an institution "
        "settlement does not know); nothing was recorded",
        "check the subject (an institution's code as settlement registers it) and fetch again",
    ),
    problem(
        "KPI_NOT_REPORTED",
        409,
        "a service's KPI report lacks an indicator the scheme computes (`kpi_codes` names them)",
        "correct the scheme's `kpi_code` in a new version, or score after the service reports it",
    ),
    # OBJECTION_WINDOW_CLOSED (409) is assessment's and means the same here: the window closed on a date
    problem(
        "OBJECTION_WINDOW_OPEN",
        409,
        "the subject may still object (`objection_until`)",
        "make it final after `objection_until`",
    ),
    field_code(
        "RESCORE_NOT_UPHELD",
        "scores change only when the objection is upheld",
        "send upheld: true or no scores",
    ),
    problem(
        "SURVEY_IMPORT_NOT_FOUND",
        404,
        "no survey import with this id that you may see",
        "check the id (the job's evaluation must be one you may see)",
    ),
    row(
        "INDICATOR_UNKNOWN",
        "not a survey indicator of the evaluation's scheme",
        "use a survey indicator's code",
    ),
    row(
        "SCORE_FORMAT",
        "the score (a survey's or an exam's) is not a whole number 0–100",
        "write the score as 0–100",
    ),
    row(
        "DATE_OUTSIDE_PERIOD",
        "the survey date lies outside the evaluated period",
        "import the surveys of the evaluated period only",
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
    row("PASSED_FORMAT", "`passed` is not true or false", "send true or false (1 or 0)"),
    row(
        "RESULT_RECORDED",
        "the candidate's result in this session was recorded before with other content",
        "results are recorded once; a correction is a matter for the bureau",
    ),
)

# The members of a family of codes, one per status the object can be in (``f"CASE_IS_{status}"``): the
# OpenAPI document spells them out as the ``code`` enum, so a generated client has one type for them.
FAMILY_MEMBERS: dict[str, tuple[str, ...]] = {}


def _members() -> None:
    from services.oversight.models.cases import CaseStatus
    from services.oversight.models.complaints import ComplaintStatus
    from services.oversight.models.contracts import ContractStatus
    from services.oversight.models.evaluations import EvaluationStatus

    for prefix, statuses in (
        ("CASE_IS_", CaseStatus),
        ("COMPLAINT_IS_", ComplaintStatus),
        ("CONTRACT_IS_", ContractStatus),
        ("EVALUATION_IS_", EvaluationStatus),
    ):
        FAMILY_MEMBERS[prefix + "*"] = tuple(prefix + s.upper() for s in statuses)


_members()
