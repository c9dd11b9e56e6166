"""Who records the county finance's payments to the fund and who reads what it still owes."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

FINANCE_RECEIPTS_WRITE = capability(
    "settlement.finance_receipts.write",
    "record money the county finance paid the fund against its share of a deficit (财政补足缺口)",
    Role.BUREAU,
)
FinanceReceiptsWrite = Annotated[Principal, require(FINANCE_RECEIPTS_WRITE)]

FINANCE_RECEIPTS_READ = capability(
    "settlement.finance_receipts.read",
    "the county finance's receipts and what each county's finance still owes the fund (a contractor: its "
    "counties)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.FINANCE,
    Role.AUDIT,
)
FinanceReceiptsRead = Annotated[Principal, require(FINANCE_RECEIPTS_READ)]
