"""The console's tables: cells that keep the exact figure (``data-fen``) beside its text, and the CSV a
table exports (yuan without separators, ISO dates, a BOM for spreadsheet programs). ``_table.html`` renders
them."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from fastapi.responses import Response

from services.gateway.console.i18n import chinese_date, yuan


@dataclass
class Cell:
    text: str
    fen: int | None = None
    href: str | None = None
    flag: str | None = None  # a mark the row carries (overdue, deficit)
    raw: str | None = None  # what the CSV writes (fen as yuan without separators; dates ISO)


@dataclass
class Table:
    key: str
    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    csv_href: str | None = None

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(self.headers)
        for row in self.rows:
            writer.writerow([c.raw if c.raw is not None else c.text for c in row])
        return "\ufeff" + out.getvalue()  # a BOM: spreadsheet programs read the Chinese as UTF-8

    def download(self, filename: str) -> Response:
        """The table's CSV as a file to save, named ``filename``."""
        return Response(
            self.csv(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )


def money(fen: int | None) -> Cell:
    if fen is None:
        return Cell("—")
    whole, cents = divmod(abs(int(fen)), 100)
    return Cell(yuan(fen), fen=int(fen), raw=f"{'-' if fen < 0 else ''}{whole}.{cents:02d}")


def day(value: str | None, language: str) -> Cell:
    return Cell(chinese_date(value, language), raw=value or "")


def count(value: int | None) -> Cell:
    return Cell("—" if value is None else f"{value:,}", raw="" if value is None else str(value))
