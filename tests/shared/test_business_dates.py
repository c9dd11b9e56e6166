"""Today is the Asia/Shanghai date everywhere: a host on UTC is a day behind between 00:00 and 08:00 in
Wenzhou, so no code may ask the server's clock for a local date or a naive time."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from shared import dates

ROOT = Path(__file__).resolve().parents[2]


def naive_clock_calls(source: str) -> list[int]:
    """Lines asking the server's clock for a local or naive time: ``date.today()``, ``datetime.today()``,
    ``datetime.utcnow()``, ``datetime.now()`` / ``datetime.fromtimestamp(t)`` / ``date.fromtimestamp(t)``
    without a time zone, ``time.localtime()``, ``time.ctime()``, ``time.strftime(f)`` (the local time)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name = node.func.attr
        owner = node.func.value
        owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        zoned = any(k.arg == "tz" for k in node.keywords)
        if owner_name in ("date", "datetime") and (
            name in ("today", "utcnow")
            or (name == "now" and not node.args and not node.keywords)
            or (name == "fromtimestamp" and len(node.args) < 2 and not zoned)
        ):
            lines.append(node.lineno)
        if owner_name == "time" and (
            name in ("localtime", "ctime") or (name == "strftime" and len(node.args) < 2)
        ):
            lines.append(node.lineno)
    return lines


def test_no_code_asks_the_servers_clock_for_a_local_date() -> None:
    """Every service (its apps, domains, feeds, reference data and the launcher), the shared kit and the
    contracts."""
    folders = ("services", "shared", "contracts")
    services = {p.name for p in (ROOT / "services").iterdir() if (p / "app.py").exists()}
    assert {"gateway", "enrollment", "assessment", "settlement"} <= services
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for folder in folders
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line in naive_clock_calls(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "use shared.dates.today() (Asia/Shanghai) or datetime.now(dt.UTC)"


def test_the_guard_sees_each_kind_of_naive_call() -> None:
    source = (
        "import datetime as dt\na = dt.date.today()\nb = dt.datetime.now()\nc = dt.datetime.now(dt.UTC)\n"
        "d = dt.datetime.utcnow()\ne = dt.datetime.fromtimestamp(0)\n"
        "f = dt.datetime.fromtimestamp(0, dt.UTC)\n"
        "g = dt.datetime.fromtimestamp(0, tz=dt.UTC)\nimport time\nh = time.localtime()\n"
        "i = time.strftime('%Y')\nj = time.time()\n"
    )
    assert naive_clock_calls(source) == [2, 3, 5, 6, 10, 11]


def test_today_is_the_shanghai_date() -> None:
    assert dates.today() == dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()
