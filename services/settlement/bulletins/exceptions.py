"""What the bulletin answers when it refuses or cannot be made: each a status and a stable code."""

from __future__ import annotations

from shared.errors import NotFound, ServiceUnavailable


class BulletinSourceUnavailable(ServiceUnavailable):
    """Enrollment or assessment did not answer its grouped KPI report (``service`` names it): no bulletin
    is made of half."""

    code = "BULLETIN_SOURCE_UNAVAILABLE"


class BulletinTargetUnknown(NotFound):
    """No bulletin target of this code."""

    code = "BULLETIN_TARGET_UNKNOWN"
