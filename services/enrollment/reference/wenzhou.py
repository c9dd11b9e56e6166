"""Wenzhou's accounting units and the 2022 contribution policy, from seed 003 (温政办〔2022〕, 附件 2).

Loading is idempotent: running it again changes nothing. Corrections of the counties and targets here are
applied on the next load; a year's contribution policy is only inserted once, since after that it belongs
to the bureau (changed through the API) and the bills made from it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.enrollment.contributions.schemas import seed_channels
from services.enrollment.counties.service import record_scheme
from services.enrollment.models import ContributionPolicy, County, CountyInsuredTarget, CountyScheme

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


# When each unit joined the scheme. Seed 003 widens it from the urban districts to the whole city
# from 2022-06-25:
#   §四   "本实施方案自 2022 年 6 月 25 日起开始实施"
#   §二(一) "试点范围从市区职工医保护大到全市职工医保" (the seed's wording)
#   §一   "从现行市区职工医保参保人员向全市职工医保参保人员纵向延伸"
# Which units were "市区" under 温政办〔2019〕13号, and from when, the seeds do not say:
# 鹿城, 龙湾 and 瓯海 (the core urban districts) ship with the measure's year start 2019-01-01,
# *unconfirmed*; 洞头 (a district since 2015) and 温州经开区 may have been 市区 too, so their
# 2022-06-25 ships unconfirmed as well. The eight counties and county-level cities were outside
# 市区 and joined by seed 003: 2022-06-25, confirmed.
SCHEME_JOINED_2022 = (
    "seed 003 §四 本实施方案自 2022 年 6 月 25 日起开始实施; §二(一) 试点范围从市区职工医保护大到全市职工医保"
)
SCHEME_URBAN_2019 = (
    "温政办〔2019〕13号 温州市长期护理保险试行办法 (市区 pilot; not in the seeds): the set of 市区 units and "
    "their start date are assumed, not confirmed (2019-01-01 = the measure's year start)"
)
SCHEME_MAYBE_URBAN = (
    f"{SCHEME_JOINED_2022}; unconfirmed: the unit may have been 市区 under 温政办〔2019〕13号 "
    "and in the scheme earlier"
)
URBAN_2019 = ("330302", "330303", "330304")
MAYBE_URBAN = ("330305", "330371")
JOINED_2022 = dt.date(2022, 6, 25)


def reference_scheme(code: str) -> tuple[dt.date, str, bool]:
    """(scheme start, basis, confirmed) of a unit as the reference data ships it."""
    if code in URBAN_2019:
        return dt.date(2019, 1, 1), SCHEME_URBAN_2019, False
    if code in MAYBE_URBAN:
        return JOINED_2022, SCHEME_MAYBE_URBAN, False
    return JOINED_2022, SCHEME_JOINED_2022, True


def reference_schemes() -> list[tuple[str, dt.date, bool]]:
    """(code, scheme start, confirmed) of every unit, for the services that keep a copy."""
    schemes = []
    for code, *_ in COUNTIES_2022:
        start, _basis, confirmed = reference_scheme(code)
        schemes.append((code, start, confirmed))
    return schemes


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
    # a unit's scheme start is recorded once; after that it belongs to the bureau (PUT …/scheme)
    with_scheme = set((await session.scalars(select(CountyScheme.county_code).distinct())).all())
    for code, *_ in COUNTIES_2022:
        if code in with_scheme:
            continue
        start, basis, confirmed = reference_scheme(code)
        await record_scheme(
            session,
            code,
            scheme_start_on=start,
            basis=basis,
            confirmed=confirmed,
            reason="reference data",
            recorded_by="reference data",
            announce=False,  # settlement gets them from the launcher, as the units (load_county_schemes)
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
            "附件1 第3项 长期护理保险费征收 5月底前; "
            "channels §二(二) 个人缴费部分可从职工医保个人账户中代扣代缴"
            "…可使用家庭成员的职工医保个人账户缴纳或由本人按年一次性缴纳, "
            "退休人员由本人按年一次性缴纳或选择由养老金(退职金)代扣代缴",
            first_year_rule="full",
            channels_by_category=seed_channels(),  # the matrix is our reading: flagged
            unconfirmed_fields=["grace_period_days", "due_on", "first_year_rule", "channels_by_category"],
        )
        .on_conflict_do_nothing(index_elements=[ContributionPolicy.year])
    )
