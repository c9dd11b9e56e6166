"""Codes of settlement: institutions and caregivers, service records and their import, the checks before
paying (reason codes and review flags), reviews, disputes, runs, payments, the ledger and annual clearing.
See ``shared/codes.py``."""

from __future__ import annotations

from shared.codes import Code, check, field_code, problem, row

ENTRIES: tuple[Code, ...] = (
    # -- institutions, caregivers ---------------------------------------------------------------------
    problem(
        "INSTITUTION_NOT_FOUND",
        404,
        "no care institution (定点护理服务机构) with this id that you may see",
        "check the id; an institution sees only itself",
    ),
    problem("INSTITUTION_EXISTS", 409, "an institution with this id exists", "change it with PATCH instead"),
    problem(
        "INSTITUTION_TERMINATED",
        409,
        "a terminated agreement (协议) cannot be suspended or resumed",
        "contract the institution anew",
    ),
    problem(
        "AGREEMENT_DATES",
        422,
        "`agreement_to` is before `agreement_from`",
        "send an agreement period in order",
    ),
    problem(
        "SUSPENSION_DATES",
        422,
        "a suspension needs `suspended_from` (and an end after it, if any)",
        "send the suspension's dates",
    ),
    problem("TERMINATION_NOTICE", 422, "a termination needs `termination_notice_on`", "send the notice date"),
    problem(
        "CAREGIVER_EXISTS",
        409,
        "a caregiver (护理人员) with this code is registered at the institution",
        "change the caregiver instead (`PATCH /institutions/{institution_id}/caregivers/{caregiver_id}`)",
    ),
    problem(
        "CAREGIVER_NOT_FOUND",
        404,
        "no caregiver with this id at the institution (or the institution is not yours)",
        "list the institution's caregivers for their ids",
    ),
    problem(
        "LICENCE_NUMBER_REQUIRED",
        422,
        "a licensed physician, licensed nurse or rehabilitation therapist cares on a licence (S003 §二(六)): "
        "its number (执业证书编号) is required",
        "send `licence_number`, or register the caregiver as a trained care worker (with a certificate)",
    ),
    problem(
        "QUALIFICATION_DATES", 422, "`qualified_until` is before `qualified_from`", "send the dates in order"
    ),
    problem(
        "PERSON_MISMATCH", 422, "`person_id` in the body differs from the one in the path", "send the same id"
    ),
    # -- service records ------------------------------------------------------------------------------
    problem(
        "RECORD_NOT_FOUND", 404, "no service record (服务记录) with this id that you may see", "check the id"
    ),
    problem(
        "INVALID_FILE",
        422,
        "the CSV header of the service-record file cannot be read",
        "send a CSV file whose first line names the columns",
    ),
    problem(
        "RECORD_SETTLED",
        409,
        "the records named are settled; their review is final",
        "the institution may dispute a deduction (`POST /service-records/{id}/disputes`)",
    ),
    problem(
        "FIRST_REVIEW_MISSING",
        409,
        "a second review (复核) needs a first review of each record",
        "review the records first",
    ),
    problem(
        "SAME_REVIEWER", 409, "the second review is by another person than the first", "name another reviewer"
    ),
    problem("SECOND_REVIEW_DONE", 409, "the records named have their second review already", "nothing to do"),
    problem(
        "RECORD_NOT_SETTLED",
        409,
        "the record is not settled yet; its checks can still change",
        "dispute after the month is settled",
    ),
    problem(
        "NOTHING_DEDUCTED", 409, "nothing was deducted from the record; nothing to dispute", "nothing to do"
    ),
    problem("DISPUTE_EXISTS", 409, "a deduction can be disputed once", "follow the existing dispute"),
    problem("DISPUTE_NOT_FOUND", 404, "no dispute with this id that you may see", "check the id"),
    problem("DISPUTE_DECIDED", 409, "the dispute is decided already", "nothing to do"),
    problem(
        "ADJUSTMENT_REQUIRED",
        422,
        "the record had no benefit rule; upholding needs `adjustment_fen`",
        "send the amount to pay back",
    ),
    problem(
        "ADJUSTMENT_TOO_LARGE",
        422,
        "an adjustment may not exceed the deduction",
        "send at most the deduction",
    ),
    problem(
        "RECORDS_REFUSED",
        422,
        "every record of the batch or file was refused, so nothing was stored; `errors` lists each record's "
        "faults and `job` the refused job (kept, readable)",
        "correct the records named in `errors` and send them again",
    ),
    # -- runs, payments, ledger, clearing ----------------------------------------------------------------
    problem("RUN_NOT_FOUND", 404, "no settlement run (结算) with this id that you may see", "check the id"),
    problem(
        "ALREADY_SETTLED",
        409,
        "the county's month is settled already (the detail names the run)",
        "ask for a re-settlement explicitly, with a reason",
    ),
    problem("NOTHING_TO_RESETTLE", 409, "the month has no settled run to redo", "settle it normally"),
    problem(
        "RUN_SUPERSEDED",
        409,
        "the run was superseded by a re-settlement (the detail names the new one)",
        "pay against the current run",
    ),
    problem(
        "STATEMENT_NOT_FOUND", 404, "the run has no statement for this institution", "check the institution"
    ),
    problem(
        "OVERPAYMENT",
        409,
        "the payment would exceed what the institution is owed for the month",
        "pay at most the remaining amount (the detail says how much)",
    ),
    problem(
        "PAID_BEFORE_MONTH_END", 422, "a month's payment is made after the month", "send a later `paid_on`"
    ),
    problem(
        "PERIOD_CLOSED",
        409,
        "the county's year is cleared and closed in the ledger (账期已关闭)",
        "post a correction in an open year",
    ),
    problem(
        "LEDGER_UNBALANCED",
        422,
        "a transaction's legs must sum to zero (at least two legs)",
        "balance the debit and credit legs",
    ),
    problem(
        "LEDGER_CLIENT_ID_REUSED",
        409,
        "this client id of a ledger posting was used for other money (another county, date, kind or legs)",
        "send a new client id for a new posting; resend the same posting to be answered as before",
    ),
    problem(
        "SUBSIDY_REF_CONFLICT",
        409,
        "the finance bureau's reference names another fiscal subsidy (财政补助) of the county, with another "
        "amount or date",
        "send the subsidy's own reference; resend the same subsidy to be answered 200 with the first posting",
    ),
    problem("TRANSACTION_NOT_FOUND", 422, "the ledger transaction to reverse does not exist", "check its id"),
    problem(
        "FORFEIT_TOO_LARGE",
        422,
        "more deposit (保证金) forfeited than the institution has held",
        "forfeit at most the deposit held",
    ),
    problem(
        "FORFEITURE_UNCITED",
        422,
        "a deposit forfeiture cites neither a final evaluation (`evaluation_id`) nor a case (`case_id`); a "
        "free-text reason alone is refused",
        "cite the institution's final evaluation, or the case that sanctioned it",
    ),
    problem(
        "FORFEITURE_CITATION_UNKNOWN",
        422,
        "the cited evaluation is no final evaluation of that institution covering the year, or the cited "
        "case decided no sanction on that institution (as oversight published them)",
        "cite what oversight made final for that institution; wait for its feed if it was just decided",
    ),
    problem(
        "FORFEIT_EXCEEDS_EVALUATION",
        422,
        "more deposit forfeited than the cited evaluation's grade keeps (held × (1 − `deposit_release_bp`))",
        "forfeit at most the share the evaluation does not release",
    ),
    # -- recoveries (追回) -------------------------------------------------------------------------------
    problem(
        "RECOVERY_NOT_FOUND",
        404,
        "no recovery (追回) with this id that you may see",
        "check the id; an institution sees its own, a contractor its counties'",
    ),
    problem(
        "RECOVERY_CLOSED",
        409,
        "nothing is outstanding on the recovery: it was netted, repaid or written off",
        "nothing to do",
    ),
    problem(
        "RECOVERY_OVERPAID",
        409,
        "the amount is more than what is outstanding on the recovery",
        "send at most `outstanding_fen`",
    ),
    problem(
        "RECOVERY_REF_CONFLICT",
        409,
        "the reference names another repayment or write-off of this recovery",
        "send the movement's own reference; the same one again is answered 200 with the first",
    ),
    problem(
        "RECOVERY_DATE_BEFORE_DECISION",
        422,
        "a repayment or write-off dated before the recovery was decided",
        "send a date on or after `decided_on`",
    ),
    problem(
        "RECOVERY_NOT_APPLICABLE",
        422,
        "a recovery order settlement cannot book: an unknown institution, another county, or money paid "
        "after the decision's year (the oversight feed dead-letters it)",
        "fix the order in oversight, then retry or discard the dead letter",
    ),
    problem(
        "SANCTION_NOT_APPLICABLE",
        422,
        "a sanction on an institution settlement does not know (the oversight feed dead-letters it)",
        "register the institution, then retry the dead letter",
    ),
    problem(
        "CLEARING_NOT_FOUND",
        404,
        "no annual clearing (年度清算) with this id that you may see",
        "check the id",
    ),
    problem(
        "YEAR_NOT_OVER",
        409,
        "the year is not over yet; it is cleared after 31 December",
        "propose in the new year",
    ),
    problem("YEAR_CLOSED", 409, "the county's year is cleared and closed", "nothing further"),
    problem(
        "UNSETTLED_RECORDS",
        409,
        "service records of the year are not settled yet",
        "settle their months first",
    ),
    problem("CLEARING_STALE", 409, "the ledger changed since the proposal", "the contractor proposes again"),
    problem(
        "RULE_SET_DATE_TAKEN",
        409,
        "another benefit rule set starts on the same date",
        "choose another `effective_from`",
    ),
    problem(
        "OPENING_BALANCE_REF_CONFLICT",
        409,
        "an opening balance with this reference was imported before with other content",
        "send the old system's balance unchanged, or a new reference for another balance",
    ),
    # -- service-record import rows ---------------------------------------------------------------------
    row(
        "MALFORMED_ROW",
        "the line is not a CSV row of the header's columns or not a JSON object",
        "fix the line",
    ),
    row("INVALID_PERSON_ID", "`person_id` is not a UUID", "send the person's platform id"),
    row("INVALID_DATE", "`service_date` is not YYYY-MM-DD (2000–2099)", "write the date as YYYY-MM-DD"),
    row("INVALID_TIME", "a time is not HH:MM (00:00–23:59)", "write times as HH:MM"),
    row("TIME_ORDER", "`end_time` is not after `start_time`", "send times in order"),
    row("INVALID_AMOUNT", "`amount_claimed_fen` is not a whole number of fen ≥ 0", "send fen as digits"),
    row(
        "INVALID_LOCATION",
        "the check-in needs both latitude (−90..90) and longitude (−180..180)",
        "send both, or neither",
    ),
    # -- opening-balance import rows --------------------------------------------------------------------
    row("ACCOUNT_UNKNOWN", "the account is not one of the chart's", "use an account code of the chart"),
    row(
        "ACCOUNT_NOT_ALLOWED",
        "only balance-sheet accounts (asset, liability, equity) have opening balances",
        "leave income, expense and `opening_balances` itself out of the file",
    ),
    # -- checks before paying (reason codes: the record is cut or capped) ------------------------------
    check(
        "NOT_COVERED",
        "not paid: the person was not covered that day (not insured, suspended, or the year's "
        "contribution not paid)",
        "check the person's coverage; nothing to resend",
    ),
    check(
        "AFTER_DEATH",
        "not paid: the service date is on or after the person's death",
        "none; correct the death record if it is wrong",
    ),
    check(
        "NO_ELIGIBLE_LEVEL",
        "not paid: no disability level (失能等级) in force with a benefit rule for this care mode",
        "check the person's assessment conclusion and the care mode",
    ),
    check(
        "NOT_CONTRACTED",
        "not paid: outside the institution's agreement (dates, care modes, suspension or termination)",
        "serve within the agreement",
    ),
    check(
        "CAREGIVER_NOT_QUALIFIED",
        "not paid: the caregiver is unknown or not qualified on that day",
        "register the caregiver with valid qualification dates",
    ),
    check(
        "CAREGIVER_UNTRAINED",
        "not paid: the caregiver is neither licensed (a physician, nurse or rehabilitation therapist with a "
        "licence number) nor holds a training certificate valid on that day, matched on the caregiver's ID "
        'number (S003 §二(六) "其他从业人员需经规范化培训合格后上岗"); a family caregiver only when '
        "the rule set's `family_caregivers_need_training` says so",
        "give the caregiver's category, licence number or ID number (`PATCH …/caregivers/{caregiver_id}`); a "
        "care worker needs the 人社 training certificate; then check the month again",
    ),
    check(
        "TWO_INSTITUTIONS_SAME_DAY",
        "not paid: another institution served the person that day first",
        "one institution a day per person",
    ),
    check(
        "TWO_BED_DAY_MODES",
        "not paid: the person had another bed-day care mode that day",
        "one bed-day mode a day",
    ),
    check("CAREGIVER_OVERLAP", "not paid: the caregiver's visit overlaps an earlier one", "check the times"),
    check(
        "DUPLICATE",
        "not paid: the same person, mode, day and start time was recorded before",
        "none: the first record is the one paid",
    ),
    check(
        "CHECKIN_TOO_FAR",
        "not paid: the home visit's check-in is farther from the client's home than the rule set allows",
        "check in at the client's home; register its location",
    ),
    check(
        "REVIEW_REJECTED",
        "not paid: the contractor's review rejected the record",
        "dispute the deduction if the review was wrong",
    ),
    check(
        "OVER_DAILY_CAP",
        "capped: the day's amount is above the daily cap; the rest is deducted",
        "none: the cap is the benefit rule",
    ),
    check(
        "OVER_MONTHLY_CAP",
        "capped: the month's amount is above the monthly cap; the rest is deducted",
        "none: the cap is the benefit rule",
    ),
    check(
        "SEVERAL_PERSONS_ONE_SLOT",
        "review flag (paid): one caregiver served several persons at the same time",
        "expect the record to be sampled for review",
    ),
    check("REGULAR_TIMES", "review flag (paid): visits always start at the same time", "expect a review"),
    check("NO_CHECKIN", "review flag (paid): a home visit without check-in location", "send the check-in"),
    check(
        "COUNTY_NOT_IN_SCHEME",
        "not paid: the service date lies before the client's accounting unit joined the scheme",
        "none for that date; serve from the unit's `scheme_start_on` on (`GET /counties`)",
    ),
    check(
        "UNKNOWN_SERVICE_ITEM",
        "not paid: an item of the record is not in the catalogue of service items in force on the service "
        "date (applies only once a catalogue version is published)",
        "claim by the codes of `GET /service-item-catalogues?on=<service date>`",
    ),
    check(
        "ITEM_NOT_FOR_MODE",
        "not paid: an item of the record is not given in the record's care mode (the catalogue's "
        "`care_modes`)",
        "claim the item in a mode the catalogue lists for it",
    ),
    check(
        "ITEM_CAREGIVER_NOT_ALLOWED",
        "not paid: the record's caregiver's category may not perform one of its items (the catalogue's "
        "`caregiver_categories`)",
        "have the item performed by a caregiver of a listed category",
    ),
    check(
        "ITEM_OVER_MONTHLY_LIMIT",
        "not paid: one of the record's items was already performed as many times in the person's month as "
        "the catalogue allows (its `max_per_month`; earlier records first)",
        "claim the item no more often in a month than the catalogue allows",
    ),
    check(
        "OVER_MONTHLY_HOURS",
        "not paid: the person's minutes in this mode this month, with this record, go beyond the level × "
        "mode's `monthly_minutes` (earlier records keep their time)",
        "none: the monthly service time is the benefit rule",
    ),
    check(
        "SHORT_VISIT",
        "review flag (paid): the visit is shorter than the sum of its items' minimum minutes",
        "expect a review; record the real times",
    ),
    check(
        "FAMILY_PERSONAL_CARE_SHARE",
        "review flag (paid): personal-care items take more of the person's family-care month than the rule "
        "set's `family_personal_care_max_bp`",
        "expect a review",
    ),
    # -- the catalogue of service items -------------------------------------------------------------------
    problem(
        "ITEM_CATALOGUE_NOT_FOUND",
        404,
        "no version of the catalogue of service items with this name",
        "list `GET /service-item-catalogues`",
    ),
    problem(
        "ITEM_CATALOGUE_EXISTS",
        409,
        "a catalogue version with this name exists already",
        "choose another name",
    ),
    problem(
        "ITEM_CATALOGUE_PUBLISHED",
        409,
        "a published catalogue version is frozen: its items do not change",
        "draft a new version (`POST /service-item-catalogues`) and publish it",
    ),
    problem(
        "ITEM_CATALOGUE_DATE_TAKEN",
        409,
        "another published catalogue version starts on the same day (`version`)",
        "choose another `effective_from` for a new draft",
    ),
    problem(
        "ITEM_CATALOGUE_EMPTY",
        422,
        "a catalogue version without items is not published (every item of its period would be unknown)",
        "add its items first (`PUT …/items/{code}`)",
    ),
    problem(
        "SERVICE_ITEM_NOT_FOUND",
        404,
        "the catalogue version has no item with this code",
        "read the version's items (`GET /service-item-catalogues/{version}`)",
    ),
    # -- fund planning: budgets, the county finance's receipts --------------------------------------------
    problem(
        "BUDGET_NOT_FOUND", 404, "no budget with this id that you may see", "list them with `GET /budgets`"
    ),
    problem(
        "BUDGET_IN_THE_WORKS",
        409,
        "the county's budget of the year has a version drafted or submitted (`budget_id` names it)",
        "change that version, or return it to draft",
    ),
    problem(
        "BUDGET_NOT_DRAFT", 409, "only a draft budget's lines and assumptions change", "draw up a new version"
    ),
    problem(
        "BUDGET_TRANSITION_NOT_ALLOWED",
        409,
        "a budget goes draft → submitted → approved, or submitted back to draft",
        "read its `status` first",
    ),
    problem(
        "BUDGET_ADJUSTMENT_REASON_REQUIRED",
        422,
        "a version after an approved one is an adjustment (预算调整) and needs `adjustment_reason`",
        "say why the budget is adjusted",
    ),
    problem(
        "BUDGET_APPROVAL_REFERENCE_REQUIRED",
        422,
        "approving a budget records the finance department's approval reference (财政批复文号)",
        "send `finance_approval_reference`",
    ),
    problem(
        "FINANCE_RECEIPT_NOT_FOUND",
        404,
        "no receipt from the county finance with this id that you may see",
        "list them with `GET /finance-receipts`",
    ),
    problem(
        "FINANCE_RECEIPT_REF_CONFLICT",
        409,
        "the reference names another receipt of the county (`receipt_id`)",
        "a new receipt needs its own bank reference",
    ),
    problem(
        "FINANCE_RECEIPT_EXCEEDS_OWED",
        409,
        "the receipt is more than the county's finance still owes the fund (`owed_fen`)",
        "record what was owed; see `GET /finance-receipts/owed`",
    ),
    problem(
        "FINAL_ACCOUNTS_NOT_FOUND",
        404,
        "no final accounts with this id that you may see",
        "list them with `GET /final-accounts`",
    ),
    problem(
        "FINAL_ACCOUNTS_YEAR_NOT_CLEARED",
        409,
        "final accounts (决算) are drawn up from the year's approved annual clearing",
        "propose and approve the county's annual clearing first",
    ),
    problem(
        "FINAL_ACCOUNTS_APPROVED",
        409,
        "approved final accounts do not change and are not approved again",
        "none: they stand",
    ),
    problem(
        "PLAN_TASK_NOT_FOUND",
        404,
        "no task of the plan with this id that you may see",
        "list `GET /plan-tasks`",
    ),
    problem("PLAN_TASK_CODE_TAKEN", 409, "a task with this code exists (`task_id`)", "choose another code"),
    problem(
        "PLAN_TASK_TRANSITION_NOT_ALLOWED",
        409,
        "a task goes open/reopened → done → verified, or back to reopened; only an open one changes",
        "read its `status` first",
    ),
    problem(
        "RULE_SET_ALREADY_PUBLISHED",
        409,
        "the benefit rule set is published already; a published version is not changed",
        "draft and publish a new version",
    ),
    # -- the policy calculation (测算) and the dry runs -----------------------------------------------
    problem(
        "PROJECTION_NOT_FOUND", 404, "no projection (测算) with this id", "list them with `GET /projections`"
    ),
    problem(
        "PROJECTION_NOT_FINISHED",
        409,
        "a projection is compared once it has succeeded",
        "wait until `GET /projections/{id}` shows `succeeded`",
    ),
    problem(
        "PROJECTION_RULE_SET_UNKNOWN",
        422,
        "`rule_set_version` names no benefit rule set",
        "draft the rule set first (`POST /benefit-rules` with `status: draft`)",
    ),
    field_code(
        "PROJECTION_RULE_SET_UNKNOWN",
        "no benefit rule set has this version",
        "name a version of `GET /benefit-rules`",
    ),
    problem(
        "PLAN_TASK_EVIDENCE_REQUIRED",
        422,
        "a task is marked done with its evidence (佐证材料) and reopened with a reason",
        "send `evidence` (done) or `reason` (reopened)",
    ),
    problem(
        "SUPERVISION_ROUND_NOT_FOUND",
        404,
        "no supervision round with this id that you may see",
        "list `GET /supervision-rounds`",
    ),
    problem(
        "SUPERVISION_TASK_UNKNOWN",
        422,
        "a finding names a task that does not exist (`task_ids`)",
        "link findings to tasks of `GET /plan-tasks`",
    ),
    # -- KPIs for oversight (/internal/kpis; the other KPI codes are enrollment's) ---------------------
    problem(
        "KPI_INSTITUTION_UNKNOWN",
        422,
        "the KPIs are asked of an institution settlement does not know",
        "send the `institution_id` of a registered institution, or leave it out for the counties' figures",
    ),
    field_code(
        "KPI_INSTITUTION_UNKNOWN",
        "no institution with this id is registered",
        "send a registered institution's id",
    ),
    # -- the quarterly data bulletin (数据通报) ---------------------------------------------------------
    problem(
        "BULLETIN_SOURCE_UNAVAILABLE",
        503,
        "enrollment or assessment did not answer its KPI report (`service` names it): the bulletin is not "
        "made of half its figures",
        "try again later; the operators look at the service named",
    ),
    problem(
        "BULLETIN_TARGET_UNKNOWN",
        404,
        "no bulletin target of this code",
        "send one of the codes `GET /api/v1/bulletin-targets` lists",
    ),
)
