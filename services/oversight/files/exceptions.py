"""What the supervision files answer when they refuse: each a status and a stable code."""

from __future__ import annotations

from shared.errors import DomainError, NotFound, Unprocessable


class FileNotFound(NotFound):
    code = "FILE_NOT_FOUND"


class FileTooLarge(DomainError):
    """Larger than ``LTC_OVERSIGHT_FILE_MAX_BYTES``."""

    status_code = 413
    code = "FILE_TOO_LARGE"


class FileTypeNotAllowed(DomainError):
    """Its first bytes are not a JPEG, PNG or PDF, or the type it was declared as is another."""

    status_code = 415
    code = "FILE_TYPE_NOT_ALLOWED"


class FileEmpty(Unprocessable):
    code = "FILE_EMPTY"
