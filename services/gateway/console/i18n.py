"""The console's words in Chinese (the default) and English, one catalogue; and how it writes money and
dates: yuan with thousands separators from integer fen, dates as 2026年12月7日."""

from __future__ import annotations

import datetime as dt

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"

CATALOGUE: dict[str, tuple[str, str]] = {
    # key: (中文, English)
    "app.title": ("长期护理保险基金平台", "LTC insurance fund platform"),
    "nav.city": ("全市概览", "City overview"),
    "nav.staff": ("人员账户", "Staff accounts"),
    "nav.queues": ("经办工作台", "Work queues"),
    "nav.institution": ("机构工作台", "Institution desk"),
    "nav.oversight": ("监督管理", "Oversight"),
    "nav.planning": ("基金规划", "Fund planning"),
    "nav.account": ("我的账户", "My account"),
    "nav.sign_out": ("退出", "Sign out"),
    "nav.sign_out_everywhere": ("退出所有设备", "Sign out everywhere"),
    "nav.language": ("English", "中文"),
    "nav.skip": ("跳到正文", "Skip to content"),
    "signin.title": ("登录", "Sign in"),
    "signin.username": ("用户名", "Username"),
    "signin.password": ("密码", "Password"),
    "signin.submit": ("登录", "Sign in"),
    "signin.invalid": ("用户名或密码不正确。", "The username or password is wrong."),
    "signin.locked": (
        "登录失败次数过多，账户已锁定，请于 {until} 后再试。",
        "Too many failed sign-ins: the account is locked until {until}.",
    ),
    "signin.expired": ("页面已过期，请重新登录。", "The page expired; please sign in again."),
    "totp.title": ("动态口令", "One-time code"),
    "totp.code": ("6 位动态口令", "6-digit code"),
    "totp.submit": ("验证", "Verify"),
    "totp.invalid": ("动态口令不正确。", "The code is wrong."),
    "csrf.refused": (
        "请求缺少有效的安全令牌（CSRF），已拒绝。请刷新页面后重试。",
        "The request carried no valid security token (CSRF) and was refused. Reload the page and retry.",
    ),
    "forbidden": ("您的角色无权查看此页面。", "Your role may not see this page."),
    "not_found": ("没有这个页面。", "No such page."),
    "api_error": ("接口返回错误：{code}", "The API answered an error: {code}"),
    "home.no_pages": (
        "您的角色通过接口读取数据，控制台暂无专门页面。",
        "Your role reads through the API; the console has no pages of its own for it.",
    ),
    "home.signed_in_as": ("当前用户", "Signed in as"),
    "role.admin": ("平台管理员", "Platform admin"),
    "role.bureau": ("医保局", "Medical-insurance bureau"),
    "role.contractor": ("商保经办机构", "Insurer contractor"),
    "role.institution": ("定点护理机构", "Care institution"),
    "role.finance": ("财政", "Finance"),
    "role.civil_affairs": ("民政", "Civil affairs"),
    "role.health": ("卫健", "Health"),
    "role.human_resources": ("人社", "Human resources"),
    "role.tax": ("税务", "Tax"),
    "role.audit": ("审计", "Audit"),
    "role.disabled_persons_federation": ("残联", "Disabled persons' federation"),
    "role.insurance_regulator": ("金融监管", "Insurance regulator"),
    "role.evaluator": ("第三方评估", "Evaluator"),
    "city.title": ("全市基金概览", "City fund overview"),
    "city.month": ("月份", "Month"),
    "city.show": ("查看", "Show"),
    "city.counties": ("各统筹区", "Accounting counties"),
    "city.county": ("统筹区", "County"),
    "city.insured": ("参保人数", "Insured"),
    "city.target": ("参保目标", "Target"),
    "city.due": ("应缴保费", "Contributions due"),
    "city.collected": ("已收保费（年累计）", "Collected (year to date)"),
    "city.balance": ("基金结余", "Fund balance"),
    "city.income_ytd": ("本年收入", "Income this year"),
    "city.spending_ytd": ("本年支出", "Spending this year"),
    "city.burn": ("月均支出", "Monthly burn rate"),
    "city.projected": ("预计年末结余", "Projected year end"),
    "city.surplus": ("累计结余", "Accumulated surplus"),
    "city.exposure": ("县级财政兜底", "County finance would cover"),
    "city.total": ("全市合计", "City total"),
    "city.deficit": ("预计出现缺口的统筹区", "Counties heading for a deficit"),
    "city.no_deficit": ("没有统筹区预计出现缺口。", "No county is heading for a deficit."),
    "city.chart_flow": ("按月收入与各护理方式支出", "Monthly income and spending by care mode"),
    "city.chart_balance": ("基金结余走势", "Fund balance trend"),
    "city.income": ("收入", "Income"),
    "city.chart_levels": ("本月享受待遇人数（按失能等级）", "Beneficiaries this month by care level"),
    "city.level": ("{level}级", "Level {level}"),
    "city.beneficiaries": ("享受待遇人数", "Beneficiaries"),
    "city.csv": ("导出 CSV", "Export CSV"),
    "city.notes": ("说明", "Notes"),
    "county.title": ("{name}（{code}）", "{name} ({code})"),
    "county.runs": ("本月结算", "Settlement runs of the month"),
    "county.run_status": ("状态", "Status"),
    "county.records": ("记录数", "Records"),
    "county.claimed": ("申报金额", "Claimed"),
    "county.deducted": ("扣减", "Deducted"),
    "county.net_payable": ("应付净额", "Net payable"),
    "county.statements": ("机构结算单", "Statements"),
    "county.institution": ("机构", "Institution"),
    "county.deductions": ("扣减原因", "Deductions by reason"),
    "county.applications": ("评估申请（办理中）", "Applications in the pipeline"),
    "county.application": ("申请", "Application"),
    "county.received": ("受理日期", "Received"),
    "county.deadline": ("办结时限", "Deadline"),
    "county.overdue": ("已超期", "Overdue"),
    "county.ledger": ("最近记账", "Latest ledger entries"),
    "county.entry": ("凭证", "Entry"),
    "county.posted": ("记账日期", "Posted"),
    "county.kind": ("类型", "Kind"),
    "county.amount": ("金额", "Amount"),
    "county.institutions": ("定点机构", "Institutions"),
    "county.modes": ("服务方式", "Care modes"),
    "county.none": ("暂无", "None"),
    "county.back": ("返回全市概览", "Back to the city overview"),
    "staff.title": ("人员账户", "Staff accounts"),
    "staff.new": ("新建账户", "New account"),
    "staff.username": ("用户名", "Username"),
    "staff.display_name": ("姓名", "Name"),
    "staff.role": ("角色", "Role"),
    "staff.counties": ("统筹区（逗号分隔）", "Counties (comma-separated)"),
    "staff.institution": ("机构编号", "Institution id"),
    "staff.staff_admin": ("本机构人员管理员", "Contractor's staff administrator"),
    "staff.password": ("初始密码", "First password"),
    "staff.create": ("创建", "Create"),
    "staff.status": ("状态", "Status"),
    "staff.active": ("正常", "Active"),
    "staff.disabled": ("已停用", "Disabled"),
    "staff.locked": ("已锁定", "Locked"),
    "staff.disable": ("停用", "Disable"),
    "staff.enable": ("启用", "Enable"),
    "staff.second_factor": ("动态口令", "Second factor"),
    "staff.created": ("已创建账户 {username}。", "Account {username} created."),
    "county.settled_on": ("结算日期", "Settled on"),
    "status.settled": ("已结算", "settled"),
    "status.superseded": ("已重算", "superseded"),
    "status.received": ("已受理", "received"),
    "status.panel_drawn": ("已抽取专家", "panel drawn"),
    "status.scored": ("已评分", "scored"),
    "status.concluded": ("已出结论", "concluded"),
    "status.in_publicity": ("公示中", "in publicity"),
    "status.served": ("已送达", "served"),
    "status.refused": ("不予受理", "refused"),
    "status.active": ("正常", "active"),
    "status.suspended": ("暂停", "suspended"),
    "status.terminated": ("已终止", "terminated"),
    "mode.home_visit": ("居家上门护理", "home visits"),
    "mode.elderly_care_bed": ("养老机构护理", "elderly-care beds"),
    "mode.medical_bed": ("医疗机构护理", "medical beds"),
    "mode.family_care": ("家属护理", "family care"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
}


def register(words: dict[str, tuple[str, str]]) -> None:
    """An area's own words (``queues``, ``institution``…), added to the one catalogue when its module is
    imported. A key may be defined once only: two areas never silently share (or overwrite) a label."""
    clash = sorted(set(words) & set(CATALOGUE))
    if clash:
        raise ValueError(f"console words defined twice: {clash}")
    CATALOGUE.update(words)


def translate(key: str, language: str, **values: object) -> str:
    zh, en = CATALOGUE.get(key, (key, key))
    text = en if language == "en" else zh
    return text.format(**values) if values else text


def status_text(status: str, language: str) -> str:
    """A status word of the API in the page's language (the API's own word when the catalogue lacks it)."""
    key = f"status.{status}"
    return translate(key, language) if key in CATALOGUE else status


def mode_text(mode: str, language: str) -> str:
    """A care mode (护理方式) of the API in the page's language."""
    key = f"mode.{mode}"
    return translate(key, language) if key in CATALOGUE else mode


def rmb(fen: int | None) -> str:
    """An amount in running text: ``¥1,234.50``, ``-¥1,036.00``."""
    if fen is None:
        return "—"
    return f"-¥{yuan(-fen)}" if fen < 0 else f"¥{yuan(fen)}"


def yuan(fen: int | None) -> str:
    """Integer fen as yuan with thousands separators and two decimals: 123456789 → ``1,234,567.89``."""
    if fen is None:
        return "—"
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(int(fen)), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def chinese_date(value: dt.date | str | None, language: str = DEFAULT_LANGUAGE) -> str:
    """2026年12月7日 (English: 7 Dec 2026)."""
    if value is None:
        return "—"
    day = dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value
    if language == "en":
        return f"{day.day} {day:%b} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_month(value: dt.date | str, language: str = DEFAULT_LANGUAGE) -> str:
    day = dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value
    return f"{day:%b} {day.year}" if language == "en" else f"{day.year}年{day.month}月"
