"""What the register of contractors answers when it refuses: each a status and a stable code."""

from __future__ import annotations

from shared.errors import Conflict, NotFound


class ContractorNotFound(NotFound):
    code = "CONTRACTOR_NOT_FOUND"


class ContractorExists(Conflict):
    """A credit code names one contractor: the register has it already."""

    code = "CONTRACTOR_EXISTS"
