"""Today is the Asia/Shanghai date everywhere: a host on UTC is a day behind between 00:00 and 08:00 in
Wenzhou, so no code may ask the server's clock for a local date or a naive time."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from shared import dates

ROOT = Path(__file__).resolve().parents[2]


def naive_clock_calls(source: str) -> list[int]:
    """Lines calling ``date.today()``, ``datetime.today()`` or ``datetime.now()`` without a time zone."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name = node.func.attr
        owner = node.func.value
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if owner_name in ("date", "datetime") and (
            name == "today" or (name == "now" and not node.args and not node.keywords)
        ):
            lines.append(node.lineno)
    return lines


def test_no_code_asks_the_servers_clock_for_a_local_date() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for folder in ("services", "shared", "contracts")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line in naive_clock_calls(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "use shared.dates.today() (Asia/Shanghai) or datetime.now(dt.UTC)"


def test_the_guard_sees_each_kind_of_naive_call() -> None:
    source = (
        "import datetime as dt\na = dt.date.today()\nb = dt.datetime.now()\nc = dt.datetime.now(dt.UTC)\n"
    )
    assert naive_clock_calls(source) == [2, 3]


def test_today_is_the_shanghai_date() -> None:
    assert dates.today() == dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()
