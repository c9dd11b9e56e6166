"""What enrollment's imports answer besides a job: each a status and a stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound


class EnrollmentImportNotFound(NotFound):
    code = "IMPORT_NOT_FOUND"


class ImportConcurrentEnrolment(Conflict):
    """A person of the file was enrolled by someone else during the import: the whole import fails."""

    code = "IMPORT_CONCURRENT_ENROLMENT"


class ImportConcurrentPayment(Conflict):
    """A reference of the file was recorded by a single payment during the import."""

    code = "IMPORT_CONCURRENT_PAYMENT"
