"""Wenzhou's benefit rules as reported for 2022 (DOMAIN.md, Care services and settlement).

Every value is **unconfirmed**: it comes from a county's unofficial summary, not the city's notice. The
version is flagged, and each rule names its unconfirmed fields, so an operator can publish a confirmed
version through ``POST /api/v1/benefit-rules`` without a deploy. The version also carries the settlement
parameters (quality deposit 5 %, check-in within 500 m, 15 visits at one start time flagged), which
DOMAIN.md gives no figure for, and whether untrained family caregivers are cut (no, S003 does not say): all
four flagged unconfirmed. Loading is idempotent.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import BenefitRule, BenefitRuleSet

VERSION = "WZ-2022-reported"
BASE_AMOUNT_FEN = 596_000  # 5,960 元
SOURCE = "Wenzhou 2022 as reported in a county's unofficial summary (DOMAIN.md); unconfirmed"
# local severe grades: level 5 (重度Ⅲ) 50 %, level 4 (重度Ⅱ) 40 %, level 3 (重度Ⅰ) 30 % of the base per month
MONTHLY_CAP_SHARE_BP = {5: 5_000, 4: 4_000, 3: 3_000}
FUND_SHARE_BP = {"home_visit": 8_000, "elderly_care_bed": 8_000, "medical_bed": 8_000, "family_care": 4_000}
UNCONFIRMED = ["monthly_cap_share_bp", "fund_share_bp", "eligible levels"]
# the month's settlement parameters: DOMAIN.md names a quality deposit and the checks but gives no figures
# Whether CAREGIVER_UNTRAINED cuts family caregivers too: S003 §二(六) requires "其他从业人员" to be
# trained and does not say whether a family caregiver of 居家护理 is one (SEEDS-GAP Q5); shipped false
# (not cut), unconfirmed.
PARAMETERS: dict[str, int | bool | None] = {
    "quality_deposit_bp": 500,
    "checkin_max_distance_m": 500,
    "regular_times_min_visits": 15,
    "family_caregivers_need_training": False,
    "family_personal_care_max_bp": None,  # S003 gives no share: no limit until the bureau sets one
}


async def load_wenzhou_benefit_rules(session: AsyncSession) -> None:
    """Insert (or correct) the reported Wenzhou 2022 version; the launcher calls this with the other
    reference data."""
    stmt = insert(BenefitRuleSet).values(
        version=VERSION,
        effective_from=dt.date(2022, 1, 1),
        base_amount_fen=BASE_AMOUNT_FEN,
        source=SOURCE,
        unconfirmed=True,
        **PARAMETERS,
        unconfirmed_fields=list(PARAMETERS),
        created_by="reference-data",
    )
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[BenefitRuleSet.version],
            set_={
                "base_amount_fen": stmt.excluded.base_amount_fen,
                "source": stmt.excluded.source,
                **{name: stmt.excluded[name] for name in PARAMETERS},
                "unconfirmed_fields": stmt.excluded.unconfirmed_fields,
            },
        )
    )
    rows = [
        {
            "version": VERSION,
            "level": level,
            "care_mode": mode,
            "institution_kind": "any",
            "daily_cap_fen": None,
            "monthly_cap_fen": None,
            "monthly_cap_share_bp": cap_bp,
            "fund_share_bp": fund_bp,
            "unconfirmed_fields": UNCONFIRMED,
        }
        for level, cap_bp in MONTHLY_CAP_SHARE_BP.items()
        for mode, fund_bp in FUND_SHARE_BP.items()
    ]
    rules = insert(BenefitRule).values(rows)
    await session.execute(
        rules.on_conflict_do_update(
            index_elements=[
                BenefitRule.version,
                BenefitRule.level,
                BenefitRule.care_mode,
                BenefitRule.institution_kind,
            ],
            set_={
                "monthly_cap_share_bp": rules.excluded.monthly_cap_share_bp,
                "fund_share_bp": rules.excluded.fund_share_bp,
                "unconfirmed_fields": rules.excluded.unconfirmed_fields,
            },
        )
    )
