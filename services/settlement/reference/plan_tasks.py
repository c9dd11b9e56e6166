"""S003 annex 1 (温州市长期护理保险 2022 年扩面提质推进表) as the plan's 2022 task list (清单).

Each of the eleven items is a task with its requirement, deadline, responsible and assisting units, quoted
from the annex. Item 6 has two deadlines ("6 月底前…养老机构、9 月底前…护理机构") and is two tasks; item 11
("督导考核 … 每季") is one task per remaining quarter of 2022 (the plan was issued on 19 May 2022). Loading
is idempotent: a task the bureau has worked on (its status, evidence) is left alone.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.models import PlanTask

SOURCE = "S003 温政办〔2022〕41号 附件 1"
BUREAU = "市医疗保障局"
COUNTIES = "各县（市、区）政府"
# (code, item, title, requirement, due, responsible, assisting)
ANNEX_1: tuple[tuple[str, int, str, str, dt.date, str, tuple[str, ...]], ...] = (
    ("S003-A1-01", 1, "政策调研和数据测算",
     "对各县（市）失能人员、护理机构、基金收支、群众护理需求等情况进行摸底汇总，测算缴费和待遇方案。",
     dt.date(2022, 3, 31), BUREAU, (COUNTIES,)),
    ("S003-A1-02", 2, "制定长期护理保险实施方案",
     "细化民生实事任务、明确推进举措，加强组织领导，强化督查考核。",
     dt.date(2022, 4, 30), BUREAU, ("市财政局",)),
    ("S003-A1-03", 3, "长期护理保险费征收", "统一征收长期护理保险保费。",
     dt.date(2022, 5, 31), BUREAU, ("市医疗保障局", "市财政局", COUNTIES)),
    ("S003-A1-04", 4, "长期护理保险经办机构招投标",
     "统一全市长期护理保险招投标立项工作，择优选择综合实力强、服务网点健全的商保机构承担长期护理保险经办服务。",
     dt.date(2022, 5, 31), BUREAU, ("市财政局", COUNTIES)),
    ("S003-A1-05", 5, "组建评估专家库",
     "依托基层医疗机构和综合医疗机构，明确专家库组建标准，开展专家库推荐工作。",
     dt.date(2022, 5, 31), BUREAU, ("市卫健委", "市民政局", "市人社局", "市财政局", COUNTIES)),
    ("S003-A1-06a", 6, "扶持护理服务机构落地（养老机构）",
     "每个县（市）6 月底前有 1 家以上养老机构纳入长期护理保险协议定点范围。"
     "鼓励专业连锁护理机构在县域开设分支机构，鼓励建设养老机构护理型床位。",
     dt.date(2022, 6, 30), "市卫健委、市民政局", (COUNTIES,)),
    ("S003-A1-06b", 6, "扶持护理服务机构落地（护理机构）",
     "每个县（市）9 月底前有 1 家以上护理机构纳入长期护理保险协议定点范围。",
     dt.date(2022, 9, 30), "市卫健委、市民政局", (COUNTIES,)),
    ("S003-A1-07", 7, "改造长期护理保险信息系统",
     "按照信息化管理要求，对现行系统进行适应性改造，满足申请、评估、经办、查询、服务、结算要求。",
     dt.date(2022, 6, 30), BUREAU, (COUNTIES,)),
    ("S003-A1-08", 8, "制定长期护理保险经办规程", "制定统一的长期护理保险经办规程和服务标准。",
     dt.date(2022, 6, 30), BUREAU, (COUNTIES,)),
    ("S003-A1-09", 9, "开展护理从业人员规范化培训",
     "根据长期护理保险护理服务要求，开设针对性护理培训并进行考核，将护理培训纳入职业技能培训补贴范围。",
     dt.date(2022, 6, 30), "市人力社保局", ("市医疗保障局", "市民政局")),
    ("S003-A1-10", 10, "开展政策宣传培训",
     "组织医保经办机构、商保机构、护理机构、评估人员开展政策、经办、护理服务、评估等专题培训。",
     dt.date(2022, 6, 30), BUREAU, ("市卫健委", "市民政局", "商保机构", "护理机构")),
    *(
        (f"S003-A1-11-Q{q}", 11, f"督导考核（{2022} 年第 {q} 季度）",
         "做好季度工作调度，加强数据通报，实施季度跟踪、半年督查、年终核验。",
         due, BUREAU, (COUNTIES,))
        for q, due in ((2, dt.date(2022, 6, 30)), (3, dt.date(2022, 9, 30)), (4, dt.date(2022, 12, 31)))
    ),
)  # fmt: skip


async def load_annex_1_tasks(session: AsyncSession) -> None:
    rows = [
        {
            "code": code,
            "year": 2022,
            "title": title,
            "requirement": requirement,
            "source": f"{SOURCE} 第 {item} 项",
            "county_code": None,
            "responsible": responsible,
            "assisting": list(assisting),
            "due_on": due,
            "created_by": "reference-data",
        }
        for code, item, title, requirement, due, responsible, assisting in ANNEX_1
    ]
    await session.execute(insert(PlanTask).values(rows).on_conflict_do_nothing(index_elements=["code"]))
