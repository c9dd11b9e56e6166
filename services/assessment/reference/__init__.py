"""Reference data of the assessment service: the national scale rule set and the working calendar.

``await load(session)`` is idempotent: an existing rule-set version is never changed (results are stamped
with it), and a calendar year already stored (perhaps edited by the bureau) is left as it is.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.calendar import service as calendar
from services.assessment.reference import national_scale
from services.assessment.rule_sets import repository as rule_sets

REFERENCE_CLIENT = "reference-data"


async def load(session: AsyncSession) -> None:
    """Load NHSA-2021-37 (published) and the calendar years ``chinese-calendar`` knows."""
    await rule_sets.insert_if_absent(session, national_scale.document(), REFERENCE_CLIENT, publish=True)
    await calendar.seed_from_package(session, REFERENCE_CLIENT)
