"""Drawing the sample in one statement (ordered by a hash of the seed and the conclusion id) and opening
one spot-check application per sampled conclusion."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.applications.service import policy
from services.assessment.calendar.service import add_working_days
from services.assessment.models import (
    Application,
    ApplicationKind,
    ApplicationStatus,
    ApplicationTransition,
)
from services.assessment.models import SpotCheck as SpotCheckRow
from services.assessment.reference.units import require_counties
from services.assessment.rule_sets import service as rule_sets
from services.assessment.spot_checks import repository
from services.assessment.spot_checks.exceptions import NothingToCheck, SpotCheckNotFound
from services.assessment.spot_checks.schemas import SpotCheck, SpotCheckCreate, SpotCheckItem
from shared.principal import Principal


async def create(
    session: AsyncSession, data: SpotCheckCreate, principal: Principal, today: dt.date
) -> SpotCheck:
    if data.county_code is not None:
        await require_counties(session, principal, [data.county_code], "body.county_code")
    seed = secrets.token_hex(16)
    rows = await repository.sample(
        session, data.county_code, principal.county_filter(), seed, data.sample_size
    )
    if not rows:
        raise NothingToCheck("no conclusion in force to check")
    doc = await rule_sets.current_document(session)
    due = await add_working_days(session, today, policy(doc, "onsite_deadline_working_days"))
    check = SpotCheckRow(
        id=uuid.uuid4(),
        county_code=data.county_code,
        seed=seed,
        requested_size=data.sample_size,
        population=rows[0].population,
        sampled_conclusion_ids=[str(r.id) for r in rows],
        created_by=principal.client_id,
    )
    session.add(check)
    await session.flush()
    checked = await repository.conclusions(session, [r.id for r in rows])
    for c in checked:
        # a level migrated from the old system has no application: its care institution is on the level
        original = await repository.get_application(session, c.application_id) if c.application_id else None
        app = Application(
            id=uuid.uuid4(),
            kind=ApplicationKind.SPOT_CHECK,
            person_id=c.person_id,
            county_code=c.county_code,
            care_institution_id=original.care_institution_id if original else c.care_institution_id,
            family_doctor_id=original.family_doctor_id if original else None,
            self_assessment={},
            materials_complete=True,
            status=ApplicationStatus.ACCEPTED,
            rule_set_version=doc.version,
            received_on=today,
            onsite_due_on=due,
            spot_check_id=check.id,
            checked_conclusion_id=c.id,
            created_by=principal.client_id,
        )
        session.add(app)
        session.add(
            ApplicationTransition(
                application_id=app.id,
                from_status=None,
                to_status=ApplicationStatus.ACCEPTED,
                by=principal.client_id,
                note="spot check",
            )
        )
    await session.flush()
    return await get(session, check.id, principal)


def _visible(principal: Principal, check: SpotCheckRow) -> bool:
    """A check of one county is seen by whoever sees the county; one without (a contractor's over all its
    counties, the bureau's city-wide) by the client that drew it, the bureau and the admin: its seed and
    population describe the drawer's whole scope."""
    if check.county_code is not None:
        return principal.sees_county(check.county_code)
    return principal.county_filter() is None or check.created_by == principal.client_id


async def get(session: AsyncSession, spot_check_id: uuid.UUID, principal: Principal) -> SpotCheck:
    check = await repository.get(session, spot_check_id)
    if check is None or not _visible(principal, check):
        raise SpotCheckNotFound("no such spot check")
    apps = await repository.applications(session, check.id)
    items = []
    for app in apps:
        if not principal.sees_county(app.county_code):
            continue
        old = await repository.get_conclusion(session, app.checked_conclusion_id)
        new = await repository.conclusion_of(session, app.id)
        assert old is not None
        finding = "pending" if new is None else ("confirmed" if new.level == old.level else "mismatch")
        items.append(
            SpotCheckItem(
                checked_conclusion_id=old.id,
                application_id=app.id,
                status=app.status,
                checked_level=old.level,
                new_level=new.level if new else None,
                finding=finding,
            )
        )
    return SpotCheck(
        id=check.id,
        county_code=check.county_code,
        seed=check.seed,
        requested_size=check.requested_size,
        population=check.population,
        created_at=check.created_at,
        items=items,
    )
