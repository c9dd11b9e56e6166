"""The errors of contract-bound contractor clients, with their status and stable code (``docs/codes.md``)."""

from __future__ import annotations

from shared.errors import Forbidden, Unprocessable


class ContractNotInForce(Forbidden):
    """合同不在有效期内: the contractor's contract over some of the client's counties is not in force (ended,
    suspended, terminated or not yet begun). Writes are refused; reads stay open for the handover
    (``counties`` names the counties without a contract in force)."""

    code = "CONTRACT_NOT_IN_FORCE"


class ContractCountiesNotCovered(Unprocessable):
    """县区不在合同范围内: a contractor client bound to a contractor may only cover counties of that
    contractor's contracts in force (``counties`` names those outside)."""

    code = "CONTRACT_COUNTIES_NOT_COVERED"
