"""Codes of enrollment: counties, employers, persons, contribution policy, bills, payments and the person
and payment imports (their row errors). See ``shared/codes.py``."""

from __future__ import annotations

from shared.codes import Code, field_code, problem, row

ENTRIES: tuple[Code, ...] = (
    # -- counties, employers ---------------------------------------------------------------------------
    problem(
        "COUNTY_NOT_FOUND",
        404,
        "no accounting unit (核算单位) with this code",
        "list the 13 units with `GET /counties`",
    ),
    problem(
        "EMPLOYER_NOT_FOUND",
        404,
        "no employer with this credit code in your counties",
        "check the code; register the employer with `POST /employers`",
    ),
    problem(
        "EMPLOYER_EXISTS",
        409,
        "an employer with this credit code is registered (`credit_code` names it)",
        "read it with `GET /employers/{credit_code}` instead of registering it again",
    ),
    problem(
        "COUNTY_NOT_IN_SCHEME",
        422,
        "the date (an enrolment, a transfer, a bill year) lies before the accounting unit joined the scheme; "
        "the answer carries `county_code` and `scheme_start_on` (seed 003: in force from 2022-06-25)",
        "use a date on or after the unit's `scheme_start_on` (`GET /counties/{code}`); the bureau corrects a "
        "wrong start with `PUT /counties/{code}/scheme`",
    ),
    # -- persons ---------------------------------------------------------------------------------------
    problem(
        "PERSON_NOT_FOUND",
        404,
        "no insured person (参保人) with this id or ID number that you may see",
        "check the id; a contractor sees only the persons of its counties, an institution only its clients",
    ),
    problem(
        "PERSON_EXISTS",
        409,
        "this ID number is enrolled already (`existing_id` names the person)",
        "read or change that person instead of enrolling again",
    ),
    problem(
        "PERSON_EXISTS_ELSEWHERE",
        409,
        "this ID number is enrolled in a county you do not serve",
        "a transfer between counties is made by the bureau (`POST /persons/{id}/county-transfers`)",
    ),
    problem(
        "DATE_IN_FUTURE",
        422,
        "the enrolment or payment date lies after today (Asia/Shanghai)",
        "send the date it happened; record future changes when they happen",
    ),
    problem(
        "DATE_TOO_FAR", 422, "a status change or transfer more than a year ahead", "record it nearer the date"
    ),
    problem(
        "EMPLOYER_REQUIRED",
        422,
        "an employee (在职职工) is enrolled with an employer",
        "send `employer_credit_code`, or the category retiree / flexible",
    ),
    problem(
        "EMPLOYER_UNKNOWN",
        422,
        "the employer named by credit code is not registered",
        "register it with `POST /employers` first",
    ),
    problem(
        "PERSON_DECEASED",
        409,
        "the person is recorded as deceased; nothing follows a death",
        "correct the death through the bureau if it was recorded in error",
    ),
    problem(
        "STATUS_UNCHANGED", 409, "the person has this status already", "send a different status, or nothing"
    ),
    problem(
        "STATUS_DATE_BEFORE_LAST",
        409,
        "a status change cannot predate the last one",
        "send an `effective_on` on or after the last change (see the person's history)",
    ),
    problem("COUNTY_UNCHANGED", 409, "the person belongs to this county already", "name another county"),
    problem(
        "TRANSFER_DATE_BEFORE_LAST",
        409,
        "a county transfer cannot take effect before the enrolment or the last transfer",
        "send a later `effective_on`",
    ),
    # -- contribution policy, bills, payments ----------------------------------------------------------
    problem(
        "POLICY_NOT_FOUND",
        404,
        "no contribution policy (筹资政策) for this year",
        "the bureau creates it with `POST /contribution-policies`",
    ),
    problem(
        "POLICY_MISSING",
        422,
        "bills cannot be generated for a year without a contribution policy",
        "the bureau creates that year's policy first (`POST /contribution-policies`), then generate",
    ),
    problem(
        "POLICY_EXISTS",
        409,
        "the year's policy exists",
        "replace it with `PUT /contribution-policies/{year}`",
    ),
    problem(
        "POLICY_IN_USE",
        409,
        "bills were generated from this policy; it can no longer change",
        "a correction is a matter for the next year's policy",
    ),
    problem(
        "POLICY_DATES_OUTSIDE_YEAR",
        422,
        "`effective_from` and `due_on` must fall in the policy's year",
        "send dates within the year",
    ),
    problem(
        "BILL_NOT_FOUND",
        404,
        "no contribution bill (缴费账单) with this id in your counties",
        "list bills with `GET /contribution-bills`",
    ),
    problem(
        "CHANNEL_NOT_ALLOWED",
        422,
        "the payment channel (缴费渠道) does not fit the half being paid: an "
        "employer's half comes by premium transfer (单位医保费划转), a person's by the person's channels, "
        "pension "
        "deduction (养老金代扣) for retirees only",
        "send a channel allowed for this payer and category",
    ),
    problem(
        "FAMILY_PAYER_IS_PERSON",
        422,
        "a family-account (家庭共济) payment names the insured person as payer",
        "send the ID number of the family member whose account paid, or the channel personal_account",
    ),
    problem(
        "PAYMENT_REF_CONFLICT",
        409,
        "the payment reference was recorded for another payment (a contribution: "
        "`payment_id` names it when you may see it; a payout to an institution: another run's)",
        "send the paying system's own, unique reference; resend the same payment to be answered as before",
    ),
    # -- imports ---------------------------------------------------------------------------------------
    problem(
        "IMPORT_NOT_FOUND",
        404,
        "no import job with this id that you may see",
        "use the `job_id` the upload answered",
    ),
    problem("IMPORT_EMPTY", 422, "the uploaded file is empty", "a CSV upload starts with its header line"),
    problem(
        "IMPORT_HEADER_INVALID",
        422,
        "the CSV header lacks required columns (the detail lists the expected ones)",
        "add the missing columns to the first line",
    ),
    problem(
        "IMPORT_CONCURRENT_ENROLMENT",
        409,
        "a person of the file was enrolled by another call during the import; nothing of the file was stored",
        "send the file again",
    ),
    problem(
        "IMPORT_CONCURRENT_PAYMENT",
        409,
        "a payment reference of the file was recorded by another call "
        "during the import; nothing of the file was stored",
        "send the file again",
    ),
    row("REQUIRED", "a required column of the row is empty", "fill in the column"),
    row("TOO_LONG", "a value of the row is longer than allowed (the message says how long)", "shorten it"),
    row(
        "NOT_ALLOWED",
        "the value is not one of the allowed values (the message lists them)",
        "use one of them",
    ),
    row(
        "COLUMN_COUNT",
        "the CSV line has more or fewer fields than the header",
        "quote fields that contain commas",
    ),
    row("MALFORMED_LINE", "the JSON line is not a JSON object", "send one JSON object per line"),
    row(
        "DUPLICATE_IN_FILE",
        "the same key (ID number, external reference, record id) appears on an earlier line",
        "keep one line per key",
    ),
    row("ID_NUMBER_LENGTH", "the ID number does not have 18 characters", "send all 18 characters"),
    row("ID_NUMBER_FORMAT", "the ID number is not 17 digits and a digit or X", "correct the number"),
    row(
        "ID_NUMBER_CHECKSUM",
        "the check character does not match the first 17 digits",
        "correct the mistyped digit",
    ),
    row(
        "ID_NUMBER_BIRTH_DATE",
        "the ID number's birth date is impossible or in the future",
        "correct the birth-date digits",
    ),
    row(
        "PERSON_EXISTS", "the person is enrolled already with other data", "change the person through the API"
    ),
    row(
        "PERSON_EXISTS_ELSEWHERE",
        "the person is enrolled in a county you do not serve",
        "leave the line out; a transfer is made by the bureau",
    ),
    row("COUNTY_UNKNOWN", "the county code is not an accounting unit", "use a code from `GET /counties`"),
    row(
        "COUNTY_OUT_OF_SCOPE",
        "the county (or one of the expert's counties) is not one you serve",
        "leave the line out or ask the admin to widen your scope",
    ),
    row("EMPLOYER_REQUIRED", "an employee line names no employer", "add `employer_credit_code`"),
    row("EMPLOYER_UNKNOWN", "the employer is not registered", "register it with `POST /employers` first"),
    row("DATE_FORMAT", "the date is not YYYY-MM-DD", "write dates as YYYY-MM-DD"),
    row("DATE_IN_FUTURE", "the date lies after today", "send the date it happened"),
    row(
        "BILL_NOT_FOUND",
        "no bill of this id (or ID number and year) in your counties",
        "check the bill; bills exist once the year's bills are generated",
    ),
    row(
        "CHANNEL_NOT_ALLOWED",
        "the channel does not fit the payer half and the person's category",
        "employer half: employer_premium_transfer; a person's share: the person's channels",
    ),
    row("AMOUNT_FORMAT", "the amount is not a positive whole number of fen", "send fen as digits, e.g. 5000"),
    row(
        "PAYMENT_REF_CONFLICT", "the reference was recorded for another payment", "send the unique reference"
    ),
    row(
        "FAMILY_PAYER_IS_PERSON",
        "a family-account payment names the insured person as payer",
        "name the family member whose account paid",
    ),
    field_code(
        "COUNTY_NOT_IN_SCHEME",
        "this date lies before the unit joined the scheme (`scheme_start_on` in the problem)",
        "use a date on or after the unit's scheme start (`GET /counties/{code}`)",
    ),
    row(
        "COUNTY_NOT_IN_SCHEME",
        "the row's enrolment date lies before its unit joined the scheme (`scheme_start_on`)",
        "enrol on or after the unit's scheme start (`GET /counties`)",
    ),
    # -- KPIs for oversight (/internal/kpis of enrollment, assessment and settlement) -------------------
    problem(
        "KPI_PERIOD_INVERTED",
        422,
        "the KPI period ends (`period_to`) before it starts (`period_from`)",
        "send a `period_to` on or after `period_from`",
    ),
    field_code(
        "KPI_PERIOD_INVERTED", "`period_to` is before `period_from`", "send an end on or after the start"
    ),
    problem(
        "KPI_SUBJECT_UNSUPPORTED",
        422,
        "enrollment's and assessment's indicators are per county: they are not asked of one institution",
        "leave `institution_id` out; ask settlement's KPIs for an institution's figures",
    ),
    field_code(
        "KPI_SUBJECT_UNSUPPORTED",
        "this service reports per county, not per institution",
        "leave `institution_id` out",
    ),
    problem(
        "KPI_GROUP_UNSUPPORTED",
        422,
        "a grouping the service does not answer (`group_by=institution` of enrollment or assessment), or "
        "`group_by` asked together with one `institution_id`",
        "group enrollment's and assessment's KPIs by `county`; ask settlement for institutions; leave "
        "`institution_id` out when grouping",
    ),
    field_code(
        "KPI_GROUP_UNSUPPORTED",
        "this grouping is not answered here, or not with one institution",
        "send `group_by=county` (settlement also `institution`) without `institution_id`",
    ),
)
