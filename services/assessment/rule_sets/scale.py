"""The rules of the scale as pure functions over a :class:`RuleSetDocument`: validation, scoring, grading."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from services.assessment.rule_sets.schemas import (
    INDICATORS,
    POLICY_KEYS,
    RuleSetDocument,
    SelfAssessmentTable,
)
from shared.errors import FieldError

DEPENDENT = "dependent"
# Upper bounds that keep every date and amount computed from a policy value sane (a typo of 10^6 months or
# working days would otherwise break every later application).
POLICY_LIMITS = {
    "min_disabled_months": 120,
    "panel_size": 20,
    "min_confirming_experts": 20,
    "validity_months_severe": 120,
    "validity_months_other": 120,
    "benefits_start_months_after": 12,
    "onsite_deadline_working_days": 250,
    "publicity_working_days": 250,
    "objection_window_working_days": 250,
    "reassessment_deadline_working_days": 250,
    "reassessment_fee_fen": 10_000_000,
}
SELF_ANSWERS = ("independent", "partly", DEPENDENT)


def achievable_totals(doc: RuleSetDocument, indicator: str) -> set[int]:
    """Every total the indicator's items can add up to."""
    totals = {0}
    for item in doc.items:
        if item.indicator == indicator:
            totals = {t + v.points for t in totals for v in item.values}
    return totals


def validate(doc: RuleSetDocument) -> list[FieldError]:
    """Every reason the document cannot be a rule set (empty when it can)."""
    errors: list[FieldError] = []

    def fail(field: str, code: str, message: str) -> None:
        errors.append(FieldError(field=field, code=code, message=message))

    codes = [i.code for i in doc.items]
    for code in sorted({c for c in codes if codes.count(c) > 1}):
        fail("items", "ITEM_DUPLICATE", f"item {code} appears more than once")
    for n, item in enumerate(doc.items):
        points = [v.points for v in item.values]
        if len(set(points)) != len(points):
            fail(f"items.{n}.values", "POINTS_DUPLICATE", f"item {item.code} lists a point value twice")
    for indicator in INDICATORS:
        if not any(i.indicator == indicator for i in doc.items):
            fail("items", "INDICATOR_WITHOUT_ITEMS", f"indicator {indicator} has no items")
            continue
        bands = sorted((b for b in doc.bands if b.indicator == indicator), key=lambda b: b.min_total)
        for b in bands:
            if b.min_total > b.max_total:
                fail("bands", "BAND_EMPTY", f"{indicator} band {b.min_total}–{b.max_total} is empty")
        for prev, nxt in zip(bands, bands[1:], strict=False):  # noqa: RUF007
            if nxt.min_total <= prev.max_total:
                fail(
                    "bands",
                    "BANDS_OVERLAP",
                    f"{indicator} bands {prev.min_total}–{prev.max_total} and "
                    f"{nxt.min_total}–{nxt.max_total} overlap",
                )
        uncovered = sorted(
            t
            for t in achievable_totals(doc, indicator)
            if not any(b.min_total <= t <= b.max_total for b in bands)
        )
        if uncovered:
            fail("bands", "BANDS_INCOMPLETE", f"{indicator} totals without a band: {uncovered}")
    cells = [(c.adl_grade, c.other_grade) for c in doc.levels]
    missing = [(a, o) for a in range(4) for o in range(4) if (a, o) not in cells]
    doubled = sorted({c for c in cells if cells.count(c) > 1})
    if missing:
        fail("levels", "LEVEL_TABLE_INCOMPLETE", f"cells (ADL grade, other grade) without a level: {missing}")
    if doubled:
        fail("levels", "LEVEL_TABLE_DUPLICATE", f"cells with more than one level: {doubled}")
    errors.extend(_validate_self_assessment(doc.self_assessment))
    for key in POLICY_KEYS:
        if key not in doc.policy:
            fail(f"policy.{key}", "POLICY_VALUE_MISSING", f"policy value {key} is required")
    for key in doc.policy:
        if key not in POLICY_KEYS:
            fail(f"policy.{key}", "POLICY_VALUE_UNKNOWN", f"unknown policy value {key}")
    if "panel_size" in doc.policy and doc.policy["panel_size"].value < 2:
        fail("policy.panel_size", "TOO_SMALL", "a panel has at least 2 people on the home visit")
    for key, value in doc.policy.items():
        limit = POLICY_LIMITS.get(key)
        if limit is not None and value.value > limit:
            fail(f"policy.{key}", "TOO_LARGE", f"{key} may be at most {limit}")
    return errors


def _validate_self_assessment(table: SelfAssessmentTable) -> list[FieldError]:
    errors: list[FieldError] = []
    per_class = {k: sum(1 for a in table.activities if a.activity_class == k) for k in ("a", "b")}
    everything = {(a, b) for a in range(per_class["a"] + 1) for b in range(per_class["b"] + 1)}
    seen: dict[tuple[int, int], str] = {}
    for g in table.grades:
        for pair in g.pairs:
            pair = (pair[0], pair[1])
            if pair not in everything:
                errors.append(
                    FieldError(
                        field="self_assessment.grades",
                        code="PAIR_IMPOSSIBLE",
                        message=f"grade {g.grade}: ({pair[0]}, {pair[1]}) cannot occur",
                    )
                )
            elif pair in seen:
                errors.append(
                    FieldError(
                        field="self_assessment.grades",
                        code="PAIR_IN_TWO_GRADES",
                        message=f"({pair[0]}, {pair[1]}) is in grades {seen[pair]} and {g.grade}",
                    )
                )
            else:
                seen[pair] = g.grade
    left = sorted(everything - set(seen))
    if left:
        errors.append(
            FieldError(
                field="self_assessment.grades",
                code="PAIRS_WITHOUT_GRADE",
                message=f"(a, b) pairs without a grade: {left}",
            )
        )
    return errors


def self_assessment_grade(table: SelfAssessmentTable, answers: Mapping[str, str]) -> str:
    """Count the dependent activities of class a and b and look the pair up."""
    a = sum(1 for x in table.activities if x.activity_class == "a" and answers.get(x.code) == DEPENDENT)
    b = sum(1 for x in table.activities if x.activity_class == "b" and answers.get(x.code) == DEPENDENT)
    for g in table.grades:
        if (a, b) in {(p[0], p[1]) for p in g.pairs}:
            return g.grade
    raise ValueError(f"({a}, {b}) has no grade")  # a validated table cannot get here


def self_assessment_errors(table: SelfAssessmentTable, answers: Mapping[str, str]) -> list[FieldError]:
    errors = [
        FieldError(
            field=f"self_assessment.{x.code}",
            code="REQUIRED",
            message=f"{x.label}: one of {', '.join(SELF_ANSWERS)}",
        )
        for x in table.activities
        if answers.get(x.code) not in SELF_ANSWERS
    ]
    known = {x.code for x in table.activities}
    errors += [
        FieldError(field=f"self_assessment.{k}", code="UNKNOWN_FIELD", message="not an activity of table B")
        for k in answers
        if k not in known
    ]
    return errors


@dataclass(frozen=True)
class ScaleResult:
    totals: dict[str, int]
    grades: dict[str, int]
    level: int


def item_errors(doc: RuleSetDocument, items: Mapping[str, int]) -> list[FieldError]:
    """An impossible answer names the item and the allowed values."""
    errors: list[FieldError] = []
    for item in doc.items:
        allowed = [v.points for v in item.values]
        value = items.get(item.code)
        if value is None:
            errors.append(
                FieldError(
                    field=f"items.{item.code}",
                    code="REQUIRED",
                    message=f"{item.label}: allowed {', '.join(map(str, allowed))}",
                )
            )
        elif value not in allowed:
            errors.append(
                FieldError(
                    field=f"items.{item.code}",
                    code="POINTS_NOT_ALLOWED",
                    message=f"{item.label}: {value} is not allowed; allowed {', '.join(map(str, allowed))}",
                )
            )
    known = {i.code for i in doc.items}
    errors += [
        FieldError(field=f"items.{k}", code="UNKNOWN_ITEM", message=f"{k} is not an item of {doc.version}")
        for k in items
        if k not in known
    ]
    return errors


def grade_of(doc: RuleSetDocument, indicator: str, total: int) -> int:
    for band in doc.bands:
        if band.indicator == indicator and band.min_total <= total <= band.max_total:
            return band.grade
    raise ValueError(f"{indicator} total {total} has no band")  # a validated rule set cannot get here


def level_of(doc: RuleSetDocument, adl_grade: int, other_grade: int) -> int:
    for cell in doc.levels:
        if cell.adl_grade == adl_grade and cell.other_grade == other_grade:
            return cell.level
    raise ValueError(f"no level for ({adl_grade}, {other_grade})")


def score(doc: RuleSetDocument, items: Mapping[str, int]) -> ScaleResult:
    totals: dict[str, int] = {
        ind: sum(items[i.code] for i in doc.items if i.indicator == ind) for ind in INDICATORS
    }
    grades: dict[str, int] = {ind: grade_of(doc, ind, totals[ind]) for ind in INDICATORS}
    level = level_of(doc, grades["adl"], max(grades["cognition"], grades["perception"]))
    return ScaleResult(totals, grades, level)


def panel_level(levels: list[int]) -> int:
    """The panel's computed level: the lower median of the assessors' levels (``percentile_disc(0.5)``)."""
    ordered = sorted(levels)
    return ordered[(len(ordered) - 1) // 2]


def unconfirmed_paths(doc: RuleSetDocument) -> list[str]:
    out: list[str] = []
    for item in doc.items:
        if not item.confirmed:
            out.append(f"items.{item.code}")
        out += [f"items.{item.code}.points.{v.points}" for v in item.values if not v.confirmed]
    out += [f"bands.{b.indicator}.{b.min_total}-{b.max_total}" for b in doc.bands if not b.confirmed]
    out += [f"levels.{c.adl_grade}.{c.other_grade}" for c in doc.levels if not c.confirmed]
    if not doc.self_assessment.confirmed:
        out.append("self_assessment")
    out += [f"self_assessment.grades.{g.grade}" for g in doc.self_assessment.grades if not g.confirmed]
    out += [f"policy.{k}" for k, v in doc.policy.items() if not v.confirmed]
    return out
