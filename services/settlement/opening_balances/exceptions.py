"""What the opening-balance imports answer besides a job: each a status and a stable code."""

from __future__ import annotations

from shared.errors import NotFound


class OpeningBalanceImportNotFound(NotFound):
    code = "IMPORT_NOT_FOUND"
