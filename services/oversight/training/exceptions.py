"""What the training register answers when it refuses: each a status and a stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound, Unprocessable


class CourseNotFound(NotFound):
    code = "TRAINING_COURSE_NOT_FOUND"


class CourseExists(Conflict):
    """A course with this code is registered."""

    code = "TRAINING_COURSE_EXISTS"


class CourseUnknown(Unprocessable):
    """The body names a course the register does not have."""

    code = "TRAINING_COURSE_UNKNOWN"


class SessionNotFound(NotFound):
    code = "TRAINING_SESSION_NOT_FOUND"


class SessionUnknown(Unprocessable):
    """The body names an exam session the register does not have."""

    code = "TRAINING_SESSION_UNKNOWN"


class ImportNotFound(NotFound):
    code = "IMPORT_NOT_FOUND"


class CertificateNotFound(NotFound):
    code = "CERTIFICATE_NOT_FOUND"


class CertificateNumberTaken(Conflict):
    """A certificate with this number is recorded (with other content: a replay is answered by its
    Idempotency-Key)."""

    code = "CERTIFICATE_NUMBER_TAKEN"


class TrainingNotPassed(Conflict):
    """A certificate is issued to a holder who passed the session's exam: no passed result is recorded."""

    code = "TRAINING_NOT_PASSED"


class CertificateBeforeSession(Unprocessable):
    """A certificate is issued on or after the exam it certifies."""

    code = "CERTIFICATE_BEFORE_SESSION"


class CertificateRevoked(Conflict):
    """The certificate is revoked already."""

    code = "CERTIFICATE_REVOKED"
