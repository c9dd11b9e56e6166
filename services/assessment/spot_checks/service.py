"""Drawing the sample in one statement (ordered by a hash of the seed and the conclusion id) and opening
one spot-check application per sampled conclusion."""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from services.assessment.applications.service import policy
from services.assessment.calendar.service import add_working_days
from services.assessment.models import Application, ApplicationTransition, Conclusion
from services.assessment.models import SpotCheck as SpotCheckRow
from services.assessment.reference.units import require_counties
from services.assessment.rule_sets import service as rule_sets
from services.assessment.spot_checks.schemas import SpotCheck, SpotCheckCreate, SpotCheckItem
from shared.errors import Conflict, NotFound
from shared.principal import Principal

_SAMPLE = text(
    """
    WITH population AS (
        SELECT c.id, c.person_id FROM assessment.conclusions c
        WHERE c.status = 'in_force'
          AND (CAST(:county AS text) IS NULL OR c.county_code = :county)
          AND (CAST(:scope AS text[]) IS NULL OR c.county_code = ANY(CAST(:scope AS text[])))
          AND NOT EXISTS (
              SELECT 1 FROM assessment.applications a
              WHERE a.person_id = c.person_id
                AND a.status IN ('submitted', 'accepted', 'panel_drawn', 'scored', 'concluded',
                                 'in_publicity', 'objected')
          )
    )
    SELECT id, (SELECT count(*) FROM population) AS population
    FROM population
    ORDER BY md5(:seed || id::text)
    LIMIT :size
    """
)


async def create(
    session: AsyncSession, data: SpotCheckCreate, principal: Principal, today: dt.date
) -> SpotCheck:
    if data.county_code is not None:
        await require_counties(session, principal, [data.county_code], "body.county_code")
    seed = secrets.token_hex(16)
    rows = (
        await session.execute(
            _SAMPLE,
            {
                "county": data.county_code,
                "scope": principal.county_filter(),
                "seed": seed,
                "size": data.sample_size,
            },
        )
    ).all()
    if not rows:
        raise Conflict("no conclusion in force to check", code="NOTHING_TO_CHECK")
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
    checked = (await session.scalars(select(Conclusion).where(Conclusion.id.in_([r.id for r in rows])))).all()
    for c in checked:
        # a level migrated from the old system has no application: its care institution is on the level
        original = await session.get(Application, c.application_id) if c.application_id else None
        app = Application(
            id=uuid.uuid4(),
            kind="spot_check",
            person_id=c.person_id,
            county_code=c.county_code,
            care_institution_id=original.care_institution_id if original else c.care_institution_id,
            family_doctor_id=original.family_doctor_id if original else None,
            self_assessment={},
            materials_complete=True,
            status="accepted",
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
                to_status="accepted",
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
    check = await session.get(SpotCheckRow, spot_check_id)
    if check is None or not _visible(principal, check):
        raise NotFound("no such spot check", code="SPOT_CHECK_NOT_FOUND")
    apps = (await session.scalars(select(Application).where(Application.spot_check_id == check.id))).all()
    items = []
    for app in apps:
        if not principal.sees_county(app.county_code):
            continue
        old = await session.get(Conclusion, app.checked_conclusion_id)
        new = (await session.scalars(select(Conclusion).where(Conclusion.application_id == app.id))).first()
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
