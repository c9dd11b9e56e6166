"""Wenzhou's accounting units and the 2022 contribution policy, from seed 003 (温政办〔2022〕, 附件 2).

Loading is idempotent: running it again changes nothing. Corrections of the counties and targets here are
applied on the next load; a year's contribution policy is only inserted once, since after that it belongs
to the bureau (changed through the API) and the bills made from it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.models import ContributionPolicy, County, CountyInsuredTarget

# The annex counts in 万人 ("单位：万人"); the figures served are persons (× 10 000, exactly).
SEED_003 = (
    "seed 003 附件2 温州市长期护理保险 2022 年扩面提质 任务分解表; "
    "figures in persons, converted from the annex's 万人 (× 10 000)"
)

# (code, name, kind, employee insured 万人, 确保数 万人, 力争数 万人) in the annex's order.
COUNTIES_2022: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("330302", "鹿城区", "district", "58.57", "49", "58.57"),
    ("330303", "龙湾区", "district", "14.69", "12", "14.69"),
    ("330304", "瓯海区", "district", "17.29", "14", "17.29"),
    ("330305", "洞头区", "district", "2.21", "2", "2.21"),
    ("330382", "乐清市", "county_city", "31.50", "26", "31.50"),
    ("330381", "瑞安市", "county_city", "44.66", "37", "44.66"),
    ("330324", "永嘉县", "county", "19.40", "16", "19.40"),
    ("330328", "文成县", "county", "3.37", "3", "3.37"),
    ("330326", "平阳县", "county", "20.35", "17", "20.35"),
    ("330329", "泰顺县", "county", "3.27", "3", "3.27"),
    ("330327", "苍南县", "county", "11.27", "9", "11.27"),
    ("330383", "龙港市", "county_city", "6.29", "5", "6.29"),
    ("330371", "温州经开区", "development_zone", "8.00", "7", "8.00"),
)


def wan_to_persons(wan: str) -> int:
    """``"58.57"`` 万人 → 585700 persons, exactly."""
    whole, _, frac = wan.partition(".")
    return int(whole) * 10_000 + int((frac + "0000")[:4])


async def load(session: AsyncSession) -> None:
    county_rows = [
        {"code": code, "name": name, "kind": kind, "sort_order": i}
        for i, (code, name, kind, *_rest) in enumerate(COUNTIES_2022, start=1)
    ]
    stmt = insert(County).values(county_rows)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[County.code],
            set_={
                "name": stmt.excluded.name,
                "kind": stmt.excluded.kind,
                "sort_order": stmt.excluded.sort_order,
            },
        )
    )
    target_rows = [
        {
            "county_code": code,
            "year": 2022,
            "employee_insured": wan_to_persons(insured),
            "target_assured": wan_to_persons(assured),
            "target_stretch": wan_to_persons(stretch),
            "source": SEED_003,
        }
        for code, _name, _kind, insured, assured, stretch in COUNTIES_2022
    ]
    stmt_t = insert(CountyInsuredTarget).values(target_rows)
    await session.execute(
        stmt_t.on_conflict_do_update(
            index_elements=[CountyInsuredTarget.county_code, CountyInsuredTarget.year],
            set_={
                "employee_insured": stmt_t.excluded.employee_insured,
                "target_assured": stmt_t.excluded.target_assured,
                "target_stretch": stmt_t.excluded.target_stretch,
                "source": stmt_t.excluded.source,
            },
        )
    )
    # 2022: 100 元 per person per year, individual and employer in equal shares (seed 003 §二(二)).
    # The seeds name no grace period (90 days ships flagged unconfirmed); the due date is the plan's
    # "collected by the end of May" (附件1 第3项), a deadline for the campaign rather than for each payer.
    await session.execute(
        insert(ContributionPolicy)
        .values(
            year=2022,
            amount_per_person_fen=10_000,
            employer_share_fen=5_000,
            individual_share_fen=5_000,
            grace_period_days=90,
            effective_from=dt.date(2022, 1, 1),
            due_on=dt.date(2022, 5, 31),
            source="seed 003 §二(二) 每人每年100元定额筹资，个人和用人单位同比例分担; "
            "附件1 第3项 长期护理保险费征收 5月底前",
            unconfirmed_fields=["grace_period_days", "due_on"],
        )
        .on_conflict_do_nothing(index_elements=[ContributionPolicy.year])
    )
