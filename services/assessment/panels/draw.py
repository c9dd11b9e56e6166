"""The draw itself, a pure function of what is stored: seed, candidates (with their open assignments) and
exclusions. Eligible experts are ordered by open assignments (fewest first), then by SHA-256 of
``seed:expert_id`` — random among equals, and the same on every replay."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

ALGORITHM = "fewest-open-then-sha256-v1"


def lottery_key(seed: str, expert_id: str) -> str:
    return hashlib.sha256(f"{seed}:{expert_id}".encode()).hexdigest()


def eligible(
    candidates: Sequence[dict[str, Any]], exclusions: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    excluded = {e["expert_id"] for e in exclusions}
    return [c for c in candidates if c["expert_id"] not in excluded]


def pick(
    seed: str, candidates: Sequence[dict[str, Any]], exclusions: Sequence[dict[str, Any]], size: int
) -> list[str]:
    pool = sorted(
        eligible(candidates, exclusions),
        key=lambda c: (c["open_assignments"], lottery_key(seed, c["expert_id"])),
    )
    return [c["expert_id"] for c in pool[:size]]


def exclusion_reasons(
    candidate: dict[str, Any],
    *,
    person_id: str,
    care_institution_id: str | None,
    family_doctor_id: str | None,
    earlier_experts: set[str],
    earlier_institutions: set[str],
) -> list[str]:
    """Why an expert may not assess this applicant (回避), in a stable order."""
    reasons = []
    if care_institution_id and candidate["institution_id"] == care_institution_id:
        reasons.append("SAME_INSTITUTION_AS_CARE_PROVIDER")
    if person_id in candidate["relative_person_ids"]:
        reasons.append("DECLARED_RELATIVE")
    if person_id in candidate["family_doctor_person_ids"] or (
        family_doctor_id and family_doctor_id in (candidate["expert_id"], candidate["code"])
    ):
        reasons.append("FAMILY_DOCTOR")
    if candidate["expert_id"] in earlier_experts:
        reasons.append("ON_EARLIER_PANEL")
    if candidate["institution_id"] in earlier_institutions:
        reasons.append("SAME_INSTITUTION_AS_EARLIER_PANEL")
    return reasons
