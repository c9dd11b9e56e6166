"""The county finance's cover of a deficit (S003: "基金出现当期缺口时先由各地历年结余弥补缺口，
各地历年结余不足以弥补时，缺口由各地财政承担").

The annual clearing books what the accumulated surplus cannot cover as a receivable from the county finance
(``finance_receivable``). A receipt records the finance paying it: one ledger transaction, cash up and the
receivable down — never income, which the fiscal subsidy already is (so nothing is counted twice). A receipt
never exceeds what is still owed. The bank reference names one receipt of the county: sent again with the
same content it is that receipt (replayed), with other content a 409; receipts of one county take turns, so
"received ≤ booked" holds under concurrent calls.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.county_finance import repository, schemas
from services.settlement.county_finance.exceptions import (
    FinanceOverpaid,
    FinanceReceiptNotFound,
    FinanceReceiptRefConflict,
)
from services.settlement.ledger import service as ledger
from services.settlement.models import FinanceReceipt
from services.settlement.reference.units import require_county, visible_counties
from shared.pagination import PageParams
from shared.principal import Principal


async def record(
    session: AsyncSession, principal: Principal, data: schemas.FinanceReceiptCreate
) -> tuple[FinanceReceipt, bool]:
    """The receipt, and whether it was recorded before (replayed)."""
    await require_county(session, principal, data.county_code, "body.county_code")
    await repository.lock_county(session, data.county_code)
    existing = await repository.by_reference(session, data.county_code, data.reference)
    if existing is not None:
        same = (existing.amount_fen, existing.received_on, existing.memo) == (
            data.amount_fen,
            data.received_on,
            data.memo,
        )
        if same:
            return existing, True
        raise FinanceReceiptRefConflict(
            f"reference {data.reference} names another receipt of county {data.county_code}",
            receipt_id=str(existing.id),
        )
    [(_, _, _, owed)] = await repository.owed(session, [data.county_code])
    if data.amount_fen > owed:
        raise FinanceOverpaid(
            f"county {data.county_code}'s finance owes the fund {owed} fen, not {data.amount_fen}",
            owed_fen=int(owed),
        )
    receipt_id = uuid.uuid4()
    tx_id = await ledger.post(
        session,
        client_id=f"finance-receipt:{data.county_code}:{data.reference}",
        county_code=data.county_code,
        posted_on=data.received_on,
        kind="finance_receipt",
        legs=[ledger.Leg("cash", data.amount_fen), ledger.Leg(repository.RECEIVABLE, -data.amount_fen)],
        created_by=principal.client_id,
        memo=data.memo or f"county finance receipt {data.reference}",
    )
    receipt = FinanceReceipt(
        id=receipt_id,
        county_code=data.county_code,
        amount_fen=data.amount_fen,
        received_on=data.received_on,
        reference=data.reference,
        memo=data.memo,
        ledger_transaction_id=tx_id,
        recorded_by=principal.client_id,
    )
    session.add(receipt)
    await session.flush()
    return receipt, False


async def get(session: AsyncSession, principal: Principal, receipt_id: uuid.UUID) -> FinanceReceipt:
    receipt = await repository.get(session, receipt_id)
    counties = principal.county_filter()
    if receipt is None or (counties is not None and receipt.county_code not in counties):
        raise FinanceReceiptNotFound(f"no finance receipt {receipt_id}")
    return receipt


async def list_receipts(
    session: AsyncSession, principal: Principal, params: PageParams, county_code: str | None
) -> tuple[list[FinanceReceipt], str | None]:
    where: list[ColumnElement[bool]] = [principal.in_counties(FinanceReceipt.county_code)]
    if county_code is not None:
        await require_county(session, principal, county_code, "query.county_code")
        where.append(FinanceReceipt.county_code == county_code)
    return await repository.page(session, params, where)


async def owed(session: AsyncSession, principal: Principal) -> schemas.FinanceOwedList:
    counties = await visible_counties(session, principal)
    items = [
        schemas.CountyFinanceOwed(
            county_code=c, booked_fen=int(booked), received_fen=int(received), owed_fen=int(owing)
        )
        for c, booked, received, owing in await repository.owed(session, counties)
    ]
    return schemas.FinanceOwedList(items=items, owed_fen=sum(x.owed_fen for x in items))
