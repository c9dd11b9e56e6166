"""Settlement's consumer of the oversight feed (``contracts.oversight``): sanctions on institutions act on
their agreements, recovery orders are booked in the ledger, and sanctions and institutions' final
evaluations are kept as what an annual clearing's deposit forfeiture may cite.

- ``sanction.changed`` for an institution: a **suspension** in force suspends its agreement from
  ``effective_on`` until ``ends_on`` (open-ended when null) — the checks cut its records of those days
  (``NOT_CONTRACTED``) — and a lifted one reinstates it (suspended until ``ends_on``); a **termination** in
  force ends the agreement on ``effective_on``, a lifted one reinstates it. Each change is announced as
  ``institution.changed``, as the PATCH does. Other kinds (warning, rectification, credit record, referral)
  change nothing here but are kept, like every sanction, as citable.
- ``recovery.ordered``: a recovery (``recoveries.service.order``), a balanced ledger transaction.
- ``evaluation.finalized`` of an institution: kept as citable (its ``deposit_release_bp`` bounds a
  forfeiture).
- ``training.passed``: the training certificate, kept whole under its id
  (``institutions.certificates.apply_training_passed``) for the check ``CAREGIVER_UNTRAINED``.

Policy: **stop** (money; order matters): an event it cannot apply — a recovery for an institution
settlement does not know, a sanction on an unknown institution — is dead-lettered and the consumer waits
for an operator (``python -m services.launcher dead-letters``).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy.ext.asyncio import AsyncSession

from contracts import oversight
from contracts.base import EventPayload
from services.settlement import models
from services.settlement.institutions import schemas as institution_schemas
from services.settlement.institutions import service as institutions
from services.settlement.institutions.certificates import apply_training_passed
from services.settlement.models import InstitutionStatus, consumer_cursors, feed_dead_letters, outbox
from services.settlement.recoveries import repository as recoveries_repository
from services.settlement.recoveries import service as recoveries
from services.settlement.recoveries.exceptions import SanctionNotApplicable
from shared.consumer import FeedConsumer, OnFailure
from shared.dates import today
from shared.outbox import FeedEvent


async def sanction_changed(session: AsyncSession, seq: int, p: oversight.SanctionChanged) -> None:
    await recoveries_repository.keep_sanction(
        session,
        seq,
        {
            "sanction_id": p.sanction_id,
            "case_id": p.case_id,
            "case_number": p.case_number,
            "subject_kind": p.subject_kind,
            "institution_id": p.institution_id,
            "county_code": p.county_code,
            "kind": p.kind,
            "status": p.status,
            "decided_on": p.decided_on,
            "effective_on": p.effective_on,
            "ends_on": p.ends_on,
            "reason": p.reason,
        },
    )
    if p.subject_kind != "institution" or p.kind not in ("suspension", "termination"):
        return
    institution = await session.get(models.Institution, p.institution_id, with_for_update=True)
    if institution is None:
        raise SanctionNotApplicable(f"no institution {p.institution_id}")
    if p.kind == "suspension":
        await _suspension(session, institution, p)
    else:
        await _termination(session, institution, p)


async def _suspension(
    session: AsyncSession, institution: models.Institution, p: oversight.SanctionChanged
) -> None:
    if institution.status == InstitutionStatus.TERMINATED:
        return  # nothing left to suspend or reinstate
    if p.status == "in_force":
        change = {"status": "suspended", "suspended_from": p.effective_on, "suspended_until": p.ends_on}
    elif institution.status == InstitutionStatus.SUSPENDED and institution.suspended_from == p.effective_on:
        change = {"status": "active", "suspended_until": p.ends_on or today()}
    else:
        return  # lifted after another suspension replaced it, or after a reinstatement: nothing to undo
    await institutions.update(
        session, institution, institution_schemas.InstitutionUpdate.model_validate(change)
    )


async def _termination(
    session: AsyncSession, institution: models.Institution, p: oversight.SanctionChanged
) -> None:
    if p.status == "in_force":
        ended = institution.terminated_on
        if (
            institution.status == InstitutionStatus.TERMINATED
            and ended is not None
            and ended <= p.effective_on
        ):
            return
        institution.status = InstitutionStatus.TERMINATED
        institution.termination_notice_on = p.effective_on
        institution.terminated_on = p.effective_on
        institution.agreement_to = max(
            institution.agreement_from, min(institution.agreement_to, p.effective_on - dt.timedelta(days=1))
        )
    elif institution.status == InstitutionStatus.TERMINATED and institution.terminated_on == p.effective_on:
        institution.status = InstitutionStatus.ACTIVE  # the agreement's end stays; the bureau extends it
        institution.termination_notice_on = None
        institution.terminated_on = None
    else:
        return
    outbox.publish(session, institutions.institution_changed(institution), aggregate_id=institution.id)
    await session.flush()


async def recovery_ordered(session: AsyncSession, p: oversight.RecoveryOrdered) -> None:
    await recoveries.order(session, p)


async def evaluation_finalized(session: AsyncSession, p: oversight.EvaluationFinalized) -> None:
    """An institution's final evaluation is kept as citable; others are not settlement's concern."""
    if p.subject_kind != "institution":
        return
    await recoveries_repository.keep_evaluation(
        session,
        {
            "evaluation_id": p.evaluation_id,
            "institution_id": p.subject_id,
            "scheme_code": p.scheme_code,
            "scheme_version": p.scheme_version,
            "county_codes": list(p.county_codes),
            "period_from": p.period_from,
            "period_to": p.period_to,
            "score_bp": p.score_bp,
            "grade": p.grade,
            "deposit_release_bp": p.deposit_release_bp,
            "finalized_on": p.finalized_on,
        },
    )


class OversightConsumer(FeedConsumer):
    name = "settlement.oversight"
    source = "oversight"
    contract = oversight.FEED
    handles: ClassVar[tuple[type[EventPayload], ...]] = (
        oversight.SanctionChanged,
        oversight.RecoveryOrdered,
        oversight.EvaluationFinalized,
        oversight.TrainingPassed,
    )
    on_failure = OnFailure.STOP
    cursors = consumer_cursors
    dead_letters = feed_dead_letters

    async def apply(self, session: AsyncSession, event: FeedEvent, payload: EventPayload) -> None:
        match payload:
            case oversight.SanctionChanged():
                await sanction_changed(session, event.seq, payload)
            case oversight.RecoveryOrdered():
                await recovery_ordered(session, payload)
            case oversight.EvaluationFinalized():
                await evaluation_finalized(session, payload)
            case oversight.TrainingPassed():
                await apply_training_passed(session, payload)
