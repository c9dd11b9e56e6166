"""Codes of oversight: contractors (商保经办机构), their service contracts and the acceptance of their
fulfilment. See ``shared/codes.py``."""

from __future__ import annotations

from shared.codes import Code, field_code, problem

ENTRIES: tuple[Code, ...] = (
    # -- contractors --------------------------------------------------------------------------------
    problem(
        "CONTRACTOR_NOT_FOUND",
        404,
        "no contractor (商保经办机构) with this id that you may see",
        "check the id; a contractor client sees only the contractor holding its counties' contracts",
    ),
    problem(
        "CONTRACTOR_EXISTS",
        409,
        "a contractor with this credit code is registered",
        "change the registered contractor (`PATCH /contractors/{id}`) instead",
    ),
    field_code("CONDITION_DUPLICATE", "a qualifying condition is listed twice", "list each condition once"),
    # -- contracts ----------------------------------------------------------------------------------
    problem(
        "CONTRACT_NOT_FOUND",
        404,
        "no service contract with this id that you may see",
        "check the id; a contractor client sees only the contracts of its counties' lots",
    ),
    problem(
        "CONTRACTOR_UNKNOWN",
        422,
        "the contract names a contractor the register does not have",
        "register the contractor first (`POST /contractors`) and send its id",
    ),
    problem(
        "CONTRACT_IS_*",
        409,
        "the step is not allowed in the contract's current status: `CONTRACT_IS_DRAFT`, `…_IN_FORCE`, "
        "`…_SUSPENDED`, `…_EXPIRED`, `…_TERMINATED` (`current_status` names it)",
        "read the contract and take a step its status allows (draft → in_force ⇄ suspended → "
        "expired / terminated; only a draft's terms change)",
    ),
    problem(
        "CONTRACT_COUNTIES_TAKEN",
        409,
        "another contract in force (or suspended) covers a county of the lot for an overlapping period "
        "(`county_codes` and `contract_ids` name them)",
        "end the other contract first, or change the draft's counties or period",
    ),
    problem(
        "CONTRACT_NOT_FILED",
        409,
        "a contract comes into force once filed with finance (合同报同级财政部门备案)",
        "set `finance_filing_reference` and `finance_filed_on` on the draft, then bring it into force",
    ),
    problem(
        "CONTRACT_NOT_ENDED",
        409,
        "a contract expires only after its `ends_on`",
        "terminate it (with a reason) to end it early",
    ),
    problem(
        "CONTRACT_REASON_REQUIRED",
        422,
        "suspending or terminating a contract needs a reason",
        "send `reason`",
    ),
    field_code("COUNTY_DUPLICATE", "a county is listed twice in the lot", "list each county once"),
    field_code(
        "SUBCONTRACTING_FORBIDDEN",
        "subcontracting the operation is forbidden (层层转包); `subcontracting_forbidden` is always true",
        "leave the field out or send true",
    ),
    field_code("PERIOD_INVERTED", "the period ends before it starts", "send an end on or after the start"),
    # -- acceptance of fulfilment -------------------------------------------------------------------
    problem(
        "ACCEPTANCE_OUTSIDE_CONTRACT",
        422,
        "the accepted period does not lie within the contract's period",
        "send a period between the contract's `starts_on` and `ends_on`",
    ),
    problem(
        "ACCEPTANCE_PERIOD_TAKEN",
        409,
        "the period overlaps a period of the contract accepted before (`acceptance_id` names it)",
        "accept each period once; read `GET /contracts/{id}/acceptances`",
    ),
    field_code(
        "WITHHELD_ABOVE_FEE",
        "the withholdings add up to more than the fee payable",
        "withhold at most the fee payable",
    ),
)
