"""The scale's rules: every valid answer has one level, table B partitions the 16 pairs, validation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.assessment.reference import national_scale
from services.assessment.rule_sets import scale
from services.assessment.rule_sets.schemas import INDICATORS, RuleSetDocument

NATIONAL = national_scale.document()


@st.composite
def rule_sets(draw: st.DrawFn) -> RuleSetDocument:
    """A valid rule set: the national items, random contiguous bands per indicator, random level table."""
    raw = NATIONAL.model_dump()
    bands = []
    for indicator in INDICATORS:
        top = max(scale.achievable_totals(NATIONAL, indicator))
        cuts = sorted(draw(st.sets(st.integers(1, top), min_size=3, max_size=3)))
        edges = [0, *cuts, top + 1]
        for grade in range(4):
            bands.append(
                {"indicator": indicator, "grade": 3 - grade, "min_total": edges[grade],
                 "max_total": edges[grade + 1] - 1, "confirmed": False}
            )  # fmt: skip
    raw["bands"] = bands
    raw["levels"] = [
        {"adl_grade": a, "other_grade": o, "level": draw(st.integers(0, 5)), "confirmed": False}
        for a in range(4)
        for o in range(4)
    ]
    doc = RuleSetDocument.model_validate(raw)
    assert scale.validate(doc) == []
    return doc


NATIONAL_ITEMS = {item.code: item.indicator for item in NATIONAL.items}
answers = st.fixed_dictionaries(
    {item.code: st.sampled_from([v.points for v in item.values]) for item in NATIONAL.items}
)


class TestScale:
    @settings(max_examples=200, deadline=None)
    @given(doc=rule_sets(), items=answers)
    def test_every_valid_answer_maps_to_exactly_one_level_under_any_valid_rule_set(
        self, doc: RuleSetDocument, items: dict[str, int]
    ) -> None:
        result = scale.score(doc, items)
        grades = {}
        for indicator in INDICATORS:
            total = sum(points for code, points in items.items() if NATIONAL_ITEMS[code] == indicator)
            assert result.totals[indicator] == total
            [band] = [
                b for b in doc.bands if b.indicator == indicator and b.min_total <= total <= b.max_total
            ]
            grades[indicator] = band.grade
        worse_other = max(g for indicator, g in grades.items() if indicator != "adl")
        [cell] = [c for c in doc.levels if (c.adl_grade, c.other_grade) == (grades["adl"], worse_other)]
        assert result.level == cell.level

    def test_self_assessment_grades_partition_all_16_pairs(self) -> None:
        pairs = [tuple(p) for g in NATIONAL.self_assessment.grades for p in g.pairs]
        assert sorted(pairs) == sorted((a, b) for a in range(4) for b in range(4))

    @given(st.lists(st.sampled_from(scale.SELF_ANSWERS), min_size=6, max_size=6))
    def test_every_self_assessment_has_one_grade(self, marks: list[str]) -> None:
        codes = [a.code for a in NATIONAL.self_assessment.activities]
        grade = scale.self_assessment_grade(NATIONAL.self_assessment, dict(zip(codes, marks, strict=True)))
        classes = [a.activity_class for a in NATIONAL.self_assessment.activities]
        a = sum(1 for m, k in zip(marks, classes, strict=True) if m == "dependent" and k == "a")
        b = sum(1 for m, k in zip(marks, classes, strict=True) if m == "dependent" and k == "b")
        [expected] = [
            g.grade for g in NATIONAL.self_assessment.grades if [a, b] in [list(p) for p in g.pairs]
        ]
        assert grade == expected

    def test_national_values_flagged_as_domain_marks_them(self) -> None:
        unconfirmed = set(scale.unconfirmed_paths(NATIONAL))
        assert all(f"levels.{a}.{o}" in unconfirmed for a in range(4) for o in range(4))
        assert "bands.adl.65-95" in unconfirmed
        assert {"items.toileting.points.5", "items.stairs.points.5", "items.stairs.points.10"} <= unconfirmed
        assert "items.feeding.points.10" not in unconfirmed
        assert "self_assessment" in unconfirmed

    def test_all_items_at_worst_is_level_5_and_at_best_level_0(self) -> None:
        assert (
            scale.score(NATIONAL, {i.code: min(v.points for v in i.values) for i in NATIONAL.items}).level
            == 5
        )
        assert (
            scale.score(NATIONAL, {i.code: max(v.points for v in i.values) for i in NATIONAL.items}).level
            == 0
        )

    def test_bands_with_a_gap_are_refused(self) -> None:
        raw = NATIONAL.model_dump()
        raw["bands"] = [b for b in raw["bands"] if not (b["indicator"] == "adl" and b["grade"] == 2)]
        codes = [e.code for e in scale.validate(RuleSetDocument.model_validate(raw))]
        assert codes == ["BANDS_INCOMPLETE"]

    def test_a_level_table_missing_a_cell_is_refused(self) -> None:
        raw = NATIONAL.model_dump()
        raw["levels"] = raw["levels"][1:]
        assert [e.code for e in scale.validate(RuleSetDocument.model_validate(raw))] == [
            "LEVEL_TABLE_INCOMPLETE"
        ]


class TestPolicyBounds:
    @pytest.mark.parametrize(
        ("key", "value"), [("validity_months_severe", 1_000_000), ("onsite_deadline_working_days", 10**9)]
    )
    def test_an_absurd_policy_value_is_refused(self, key: str, value: int) -> None:
        raw = NATIONAL.model_dump()
        raw["policy"][key]["value"] = value
        errors = scale.validate(RuleSetDocument.model_validate(raw))
        assert [(e.field, e.code) for e in errors] == [(f"policy.{key}", "TOO_LARGE")]

    def test_the_national_values_are_within_bounds(self) -> None:
        assert scale.validate(NATIONAL) == []
