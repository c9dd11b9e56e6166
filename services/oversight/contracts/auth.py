"""Who may make, move and accept contracts, and who may read them."""

from __future__ import annotations

from typing import Annotated

from shared.permissions import Role, capability, require
from shared.principal import Principal

CONTRACTS_READ = capability(
    "oversight.contracts.read",
    "service contracts, their status history and acceptances (a contractor: those of its counties)",
    Role.ADMIN,
    Role.BUREAU,
    Role.CONTRACTOR,
    Role.AUDIT,  # reads what the bureau reads
    Role.FINANCE,  # 财政: the contracts filed with it and the fees it funds
    Role.INSURANCE_REGULATOR,  # 金融监管: the insurers' contracts and their performance
)
ContractsRead = Annotated[Principal, require(CONTRACTS_READ)]

CONTRACTS_WRITE = capability(
    "oversight.contracts.write",
    "draft and change contracts, move them between statuses (in force, suspended, expired, terminated)",
    Role.BUREAU,
)
ContractsWrite = Annotated[Principal, require(CONTRACTS_WRITE)]

ACCEPTANCE_WRITE = capability(
    "oversight.contracts.accept",
    "accept a period's fulfilment of a contract (履约检查验收): the fee payable and what is withheld",
    Role.BUREAU,
)
AcceptanceWrite = Annotated[Principal, require(ACCEPTANCE_WRITE)]
