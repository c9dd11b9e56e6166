"""Version ``NHSA-2021-37`` of the scale (医保办发〔2021〕37号), each value flagged as
``../shared/DOMAIN.md`` marks it: bands, combination table and self-assessment table unconfirmed; the
points of 用厕 "partly" and 上下楼 "partly/independent" inferred from the Barthel pattern (unconfirmed);
policy values not stated there are placeholders, unconfirmed."""

from __future__ import annotations

from typing import Any

from services.assessment.rule_sets.schemas import RuleSetDocument

VERSION = "NHSA-2021-37"

_INFERRED = {("toileting", 5), ("stairs", 5), ("stairs", 10)}

# (code, indicator, label, points from best to worst)
_ITEMS: tuple[tuple[str, str, str, tuple[int, ...]], ...] = (
    ("feeding", "adl", "进食", (10, 5, 0)),
    ("dressing", "adl", "穿衣", (10, 5, 0)),
    ("grooming", "adl", "面部与口腔清洁", (5, 0)),
    ("bowel_control", "adl", "大便控制", (10, 5, 0)),
    ("bladder_control", "adl", "小便控制", (10, 5, 0)),
    ("toileting", "adl", "用厕", (10, 5, 0)),
    ("walking", "adl", "平地行走", (15, 10, 5, 0)),
    ("transfer", "adl", "床椅转移", (15, 10, 5, 0)),
    ("stairs", "adl", "上下楼", (10, 5, 0)),
    ("bathing", "adl", "洗澡", (5, 0)),
    ("time_orientation", "cognition", "时间定向", (4, 3, 2, 1, 0)),
    ("person_orientation", "cognition", "人物定向", (4, 3, 2, 1, 0)),
    ("place_orientation", "cognition", "空间定向", (4, 3, 2, 1, 0)),
    ("memory", "cognition", "记忆力", (4, 3, 2, 1, 0)),
    ("vision", "perception", "视力", (4, 3, 2, 1, 0)),
    ("hearing", "perception", "听力", (4, 3, 2, 1, 0)),
    ("communication", "perception", "沟通能力", (4, 3, 2, 1, 0)),
)

# (indicator, grade, min, max) — unconfirmed: not found in the standard's text.
_BANDS = (
    ("adl", 0, 100, 100),
    ("adl", 1, 65, 95),
    ("adl", 2, 45, 60),
    ("adl", 3, 0, 40),
    ("cognition", 0, 16, 16),
    ("cognition", 1, 4, 15),
    ("cognition", 2, 2, 3),
    ("cognition", 3, 0, 1),
    ("perception", 0, 12, 12),
    ("perception", 1, 4, 11),
    ("perception", 2, 2, 3),
    ("perception", 3, 0, 1),
)

# rows: ADL grade 0–3; columns: the worse of the cognition and perception grades 0–3. Unconfirmed.
_LEVELS = ((0, 0, 1, 1), (1, 1, 1, 2), (2, 2, 2, 3), (3, 3, 4, 5))

# Table B (自评表), found in a published form, origin not confirmed.
_ACTIVITIES = (
    ("feeding", "进食", "a"),
    ("continence", "大小便控制", "a"),
    ("bathing", "洗澡", "a"),
    ("dressing", "穿衣", "b"),
    ("toileting", "用厕", "b"),
    ("transfer", "床椅转移", "b"),
)
_SELF_GRADES: dict[str, list[tuple[int, int]]] = {
    "A": [(0, 0)],
    "B": [(1, 0), (0, 1), (0, 2)],
    "C": [(1, 1), (0, 3)],
    "D": [(2, 0), (1, 2)],
    "E": [(3, 0), (2, 1), (2, 2), (1, 3)],
    "F": [(3, 1), (3, 2), (2, 3)],
    "G": [(3, 3)],
}

_POLICY: dict[str, tuple[int, bool, str]] = {
    "min_disabled_months": (6, True, "disabled ≥ 6 months after treatment (several cities' rules)"),
    "panel_size": (2, True, "at least 2 people on the home visit, at least 1 an expert"),
    "min_confirming_experts": (2, True, "conclusion confirmed by at least 2 experts (national measures)"),
    "validity_months_severe": (24, True, "severe levels (3–5) valid at most 2 years"),
    "validity_months_other": (24, False, "not stated for levels 0–2; placeholder"),
    "benefits_start_months_after": (1, True, "benefits from the month after the conclusion"),
    "onsite_deadline_working_days": (10, True, "on-site assessment within 10 working days of acceptance"),
    "publicity_working_days": (5, False, "length of publicity not stated; placeholder"),
    "objection_window_working_days": (5, True, "one city: re-assessment applied for within 5 working days"),
    "reassessment_deadline_working_days": (10, True, "one city: re-assessed within 10 working days"),
    "reassessment_fee_fen": (
        20000,
        False,
        "fee when the first result is upheld (Huai'an rule); amount a placeholder",
    ),
}


def document() -> RuleSetDocument:
    raw: dict[str, Any] = {
        "version": VERSION,
        "title": "长期护理失能等级评估标准（试行） — national scale",
        "source": "医保办发〔2021〕37号; bands, combination table and table B reconstructed "
        "(see ../shared/DOMAIN.md)",
        "items": [
            {
                "code": code,
                "indicator": indicator,
                "label": label,
                "confirmed": True,
                "values": [{"points": p, "confirmed": (code, p) not in _INFERRED} for p in points],
            }
            for code, indicator, label, points in _ITEMS
        ],
        "bands": [
            {"indicator": i, "grade": g, "min_total": lo, "max_total": hi, "confirmed": False}
            for i, g, lo, hi in _BANDS
        ],
        "levels": [
            {"adl_grade": a, "other_grade": o, "level": _LEVELS[a][o], "confirmed": False}
            for a in range(4)
            for o in range(4)
        ],
        "self_assessment": {
            "activities": [{"code": c, "label": lbl, "activity_class": k} for c, lbl, k in _ACTIVITIES],
            "grades": [{"grade": g, "pairs": pairs, "confirmed": False} for g, pairs in _SELF_GRADES.items()],
            "eligible_grades": ["E", "F", "G"],
            "confirmed": False,
        },
        "policy": {k: {"value": v, "confirmed": c, "note": n} for k, (v, c, n) in _POLICY.items()},
    }
    return RuleSetDocument.model_validate(raw)
