"""What the service-record intake answers besides a job: each a status and a stable code."""

from __future__ import annotations

from shared.errors import NotFound


class RecordImportNotFound(NotFound):
    code = "IMPORT_NOT_FOUND"
