"""Codes of assessment: applications, panels, scores, conclusions, rule sets, the working calendar, experts
and their import. See ``shared/codes.py``."""

from __future__ import annotations

from shared.codes import Code, field_code, problem, row

ENTRIES: tuple[Code, ...] = (
    # -- applications and their flow ----------------------------------------------------------------
    problem(
        "APPLICATION_NOT_FOUND",
        404,
        "no assessment application (评估申请) with this id that you may see",
        "check the id; a contractor sees only its counties' applications",
    ),
    problem(
        "APPLICATION_ALREADY_OPEN",
        409,
        "the person has an open application; one at a time",
        "follow the open application (`application_id` names it when you may see it)",
    ),
    problem(
        "APPLICATION_IS_*",
        409,
        "the step is not allowed in the application's current status: "
        "`APPLICATION_IS_SUBMITTED`, `…_ACCEPTED`, `…_PANEL_DRAWN`, `…_SCORED`, `…_CONCLUDED`, "
        "`…_IN_PUBLICITY`, `…_OBJECTED`, `…_SERVED`, `…_REJECTED`… (`current_status` names it)",
        "read the application and take the step its status allows "
        "(flow: 申请 → 受理 → 抽取专家 → 评分 → 结论 → "
        "公示 → 送达)",
    ),
    problem(
        "CONCLUSION_IS_*",
        409,
        "only a conclusion in force can be revoked; this one is superseded, revoked…",
        "read the application's conclusions; revoke the one in force",
    ),
    problem(
        "ENROLLMENT_UNAVAILABLE",
        503,
        "enrollment could not say whether the person is covered; nothing was recorded",
        "retry shortly with the same Idempotency-Key",
    ),
    problem(
        "SELF_ASSESSMENT_INVALID",
        422,
        "the self-assessment (自评表, table B) is incomplete or names unknown "
        "activities (`errors` lists them)",
        "answer each of the six activities once",
    ),
    problem(
        "DRAW_NOT_CURRENT",
        409,
        "a re-draw names a draw that is not the current one",
        "send the current draw's id as `replaces_draw_id`",
    ),
    problem("REDRAW_REASON_REQUIRED", 422, "drawing the panel again needs a reason", "send `reason`"),
    problem(
        "PANEL_UNAVAILABLE",
        409,
        "too few eligible experts for the panel (the detail says how many short); "
        "relatives, family doctors and the care institution's experts are excluded",
        "admit more experts for the county or wait until exclusions lapse",
    ),
    problem("PANEL_DRAW_NOT_FOUND", 404, "no panel draw with this id that you may see", "check the id"),
    problem(
        "SCORES_ALREADY_SUBMITTED",
        409,
        "scores are in; the panel can no longer change",
        "continue with the scores, or object after the conclusion",
    ),
    problem(
        "NOT_ON_PANEL",
        409,
        "the expert is not on the current panel (`panel` lists it)",
        "submit scores of the panel's experts only",
    ),
    problem("SCORE_ALREADY_SUBMITTED", 409, "this expert has scored this round already", "nothing to do"),
    problem(
        "SCORE_ITEMS_INVALID",
        422,
        "the scores name unknown items or points the rule set does not allow",
        "score every item of the application's rule set with its allowed points",
    ),
    problem(
        "NOT_ENOUGH_CONFIRMING_EXPERTS",
        422,
        "a conclusion is confirmed by at least the rule set's number of panel experts",
        "list enough experts of the panel in `confirming_expert_ids`",
    ),
    problem(
        "OVERRIDE_REASON_REQUIRED",
        422,
        "a level other than the computed one needs a written reason",
        "send `override_reason`, or the computed level",
    ),
    problem(
        "PUBLICITY_NOT_ENDED",
        409,
        "the result is in publicity (公示) until the date named",
        "serve the result after publicity ends",
    ),
    problem(
        "OBJECTION_NOT_ALLOWED",
        409,
        "a re-assessment's result is final; no objection to it",
        "nothing further through the API",
    ),
    problem(
        "OBJECTION_WINDOW_CLOSED",
        409,
        "the objection window closed on the date named",
        "an objection after the window is not taken",
    ),
    problem(
        "EFFECTIVE_ON_OUTSIDE_VALIDITY",
        422,
        "`effective_on` must lie within the conclusion's validity",
        "send a date between `valid_from` and `valid_to`",
    ),
    problem(
        "NO_RULE_SET_PUBLISHED", 409, "no assessment rule set is published", "the bureau publishes one first"
    ),
    problem(
        "NOTHING_TO_CHECK",
        409,
        "no conclusion in force to spot-check (抽查) in the scope asked",
        "widen the scope or try later",
    ),
    problem("SPOT_CHECK_NOT_FOUND", 404, "no spot check with this id that you may see", "check the id"),
    # -- rule sets, calendar --------------------------------------------------------------------------
    problem(
        "RULE_SET_NOT_FOUND",
        404,
        "no rule set of this version",
        "list the versions with `GET /rule-sets` (benefit rules: `GET /benefit-rule-sets`)",
    ),
    problem(
        "RULE_SET_EXISTS",
        409,
        "a rule set of this version exists; versions never change",
        "publish changes as a new version",
    ),
    problem(
        "RULE_SET_INVALID",
        422,
        "the rule set document is not valid (`errors` lists every problem)",
        "correct the fields named in `errors`",
    ),
    problem("RULE_SET_PUBLISHED", 409, "the rule set is published already", "nothing to do"),
    problem(
        "CALENDAR_YEAR_UNKNOWN",
        409,
        "a deadline falls in a year the working calendar (工作日历) does not know (`year` names it)",
        "the bureau loads that year with `PUT /working-calendars/{year}`",
    ),
    problem(
        "CALENDAR_YEAR_NOT_FOUND",
        404,
        "the working calendar has no such year",
        "the bureau loads it with `PUT /working-calendars/{year}`",
    ),
    problem(
        "CALENDAR_INVALID",
        422,
        "the calendar is not valid (`errors` lists the dates)",
        "correct the dates named in `errors`",
    ),
    # -- experts ----------------------------------------------------------------------------------------
    problem("EXPERT_NOT_FOUND", 404, "no expert (评估专家) with this id that you may see", "check the id"),
    problem("EXPERT_EXISTS", 409, "an expert with this code exists", "change the expert with PATCH instead"),
    problem("EXPERT_REMOVED", 409, "a removed expert does not come back", "admit a new expert"),
    problem(
        "STATUS_REASON_REQUIRED", 422, "an expert's status change needs a reason", "send `status_reason`"
    ),
    problem(
        "CSV_COLUMNS_MISSING",
        422,
        "the expert file lacks required columns (the detail names them)",
        "add the columns to the header line",
    ),
    problem("CSV_MALFORMED", 422, "the expert file is not CSV (the detail names the line)", "fix the line"),
    row("DUPLICATE_CODE", "the expert code appears twice in the file", "keep one line per expert"),
    row(
        "EXPERT_OUT_OF_SCOPE",
        "the expert exists and belongs to counties you do not serve",
        "leave the line out; the expert's own contractor changes it",
    ),
    # -- field codes ------------------------------------------------------------------------------------
    field_code(
        "OUT_OF_RANGE",
        "the date lies outside the allowed range (the message names it)",
        "send a date within it",
    ),
    field_code("WRONG_YEAR", "a calendar date is not in the calendar's year", "send dates of that year only"),
    field_code(
        "NOT_A_WEEKEND",
        "a make-up workday (调休上班) must be a Saturday or Sunday",
        "list only weekend days as make-up workdays",
    ),
    field_code(
        "HOLIDAY_AND_WORKDAY", "a date is listed both as holiday and as make-up workday", "list it once"
    ),
    field_code(
        "NOT_ENOUGH_CONFIRMING_EXPERTS",
        "too few confirming experts of the panel",
        "list enough panel experts",
    ),
    field_code(
        "UNKNOWN_ITEM", "the score names an item the rule set does not have", "score the rule set's items"
    ),
    field_code(
        "POINTS_NOT_ALLOWED", "the points are not a value the item allows", "use one of the item's values"
    ),
    field_code("ITEM_DUPLICATE", "an item appears twice in the rule set", "list each item once"),
    field_code("POINTS_DUPLICATE", "an item lists a point value twice", "list each value once"),
    field_code(
        "INDICATOR_WITHOUT_ITEMS",
        "an indicator (ADL, cognition, perception…) has no items",
        "give every indicator its items",
    ),
    field_code("BAND_EMPTY", "a score band's minimum is above its maximum", "correct the band"),
    field_code("BANDS_OVERLAP", "two score bands overlap", "make the bands consecutive"),
    field_code("BANDS_INCOMPLETE", "some totals fall in no band", "cover every possible total"),
    field_code(
        "LEVEL_TABLE_INCOMPLETE",
        "some (ADL grade, other grade) cells have no level",
        "give every cell a level",
    ),
    field_code("LEVEL_TABLE_DUPLICATE", "a cell has more than one level", "give each cell one level"),
    field_code("POLICY_VALUE_MISSING", "a policy value of the rule set is missing", "send it"),
    field_code("POLICY_VALUE_UNKNOWN", "the rule set names a policy value that does not exist", "remove it"),
    field_code(
        "PAIR_IMPOSSIBLE",
        "a self-assessment grade lists an impossible (a, b) pair",
        "use pairs a = 0–3, b = 0–3",
    ),
    field_code(
        "PAIR_IN_TWO_GRADES", "an (a, b) pair is in two self-assessment grades", "put it in one grade"
    ),
    field_code(
        "PAIRS_WITHOUT_GRADE",
        "some (a, b) pairs are in no self-assessment grade",
        "give all 16 pairs a grade",
    ),
    # -- migrated levels (rows of `POST /level-imports`) ----------------------------------------------------
    row("PERSON_NOT_FOUND", "no insured person has this person id or ID number", "enrol the person first"),
    row(
        "NOT_INSURED", "the person is not covered today", "settle the person's status and contributions first"
    ),
    row("LEVEL_FORMAT", "the level is not a whole number", "send the level as a number, e.g. `5`"),
    row(
        "LEVEL_NOT_IN_SCALE",
        "the scale (rule-set version) has no such level",
        "send a level of the scale named in `rule_set_version`",
    ),
    row("RULE_SET_UNKNOWN", "no rule set with this version", "send a version from `GET /rule-sets`"),
    row("DATE_RANGE", "`valid_to` lies before `valid_from`, or a date is out of range", "correct the dates"),
    row("LEVEL_ENDED", "the level ended before today: nothing is in force to migrate", "leave the row out"),
    row(
        "LEVEL_OVERLAP",
        "the period overlaps a level of the person already in force, or another row of the file",
        "send one level per person and period",
    ),
    row(
        "MIGRATION_REF_CONFLICT",
        "a level with this old-system reference was imported before with other content",
        "send the row unchanged, or a new reference",
    ),
)

# The members of a family of codes, one per status the object can be in (``f"APPLICATION_IS_{status}"``):
# the OpenAPI document spells them out as the ``code`` enum, so a generated client has one type for them.
FAMILY_MEMBERS: dict[str, tuple[str, ...]] = {}


def _members() -> None:
    from services.assessment.models.applications import ApplicationStatus, ConclusionStatus

    FAMILY_MEMBERS["APPLICATION_IS_*"] = tuple(f"APPLICATION_IS_{s.upper()}" for s in ApplicationStatus)
    FAMILY_MEMBERS["CONCLUSION_IS_*"] = tuple(f"CONCLUSION_IS_{s.upper()}" for s in ConclusionStatus)


_members()
