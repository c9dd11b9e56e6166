"""What the level imports answer besides a job: each a status and a stable code."""

from __future__ import annotations

from shared.errors import NotFound


class LevelImportNotFound(NotFound):
    code = "IMPORT_NOT_FOUND"
