"""Training certificates as oversight announces them (``training.passed``): settlement keeps each one, whole,
under its id, for the check ``CAREGIVER_UNTRAINED`` (``records/checks.py``), which matches them to caregivers
on the holder's ID number. The feed's consumer calls :func:`apply_training_passed` with the parsed payload;
an event replayed, or older than the state it describes, leaves the same row."""

from __future__ import annotations

from sqlalchemy import func
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from contracts.oversight import TrainingPassed
from services.settlement.models import CaregiverCertificate


async def apply_training_passed(session: AsyncSession, payload: TrainingPassed) -> None:
    """Insert or replace the certificate: the event carries its whole state after the change."""
    values = {
        "certificate_number": payload.certificate_number,
        "holder_id_number": payload.holder_id_number,
        "holder_name": payload.holder_name,
        "course_code": payload.course_code,
        "status": payload.status,
        "issued_on": payload.issued_on,
        "valid_until": payload.valid_until,
    }
    stmt = insert(CaregiverCertificate).values(certificate_id=payload.certificate_id, **values)
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[CaregiverCertificate.certificate_id], set_={**values, "updated_at": func.now()}
        )
    )
