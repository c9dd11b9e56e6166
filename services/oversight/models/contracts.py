"""Service contracts (服务合同) per lot (标段) of counties, their status history and the acceptance of their
fulfilment (履约检查验收) per period."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.oversight.models.base import Base, sql_values


class ContractStatus(StrEnum):
    DRAFT = "draft"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    EXPIRED = "expired"
    TERMINATED = "terminated"


LIVE_STATUSES = (ContractStatus.IN_FORCE, ContractStatus.SUSPENDED)
"""A contract that still holds its lot: no other may cover its counties for an overlapping period."""


class ProcurementMethod(StrEnum):
    """S001 "公开招标、邀请招标、竞争性谈判、询价、单一来源采购…也可…采用委托"."""

    OPEN_TENDER = "open_tender"  # 公开招标
    INVITED_TENDER = "invited_tender"  # 邀请招标
    COMPETITIVE_NEGOTIATION = "competitive_negotiation"  # 竞争性谈判
    INQUIRY = "inquiry"  # 询价
    SINGLE_SOURCE = "single_source"  # 单一来源
    COMMISSION = "commission"  # 委托


class FeeBasis(StrEnum):
    LUMP_SUM = "lump_sum"  # a fixed fee per year of the contract
    PER_INSURED_PERSON = "per_insured_person"  # per insured person and year
    PER_CASE = "per_case"  # per case handled (application, settlement…)


class Contract(Base):
    __tablename__ = "contracts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    contractor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contractors.id"), nullable=False)
    lot: Mapped[str] = mapped_column(Text, nullable=False)
    county_codes: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    starts_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    procurement_method: Mapped[str] = mapped_column(Text, nullable=False)
    tender_reference: Mapped[str] = mapped_column(Text, nullable=False)
    fee_basis: Mapped[str] = mapped_column(Text, nullable=False)
    fee_amount_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    fee_at_risk_bp: Mapped[int] = mapped_column(Integer, nullable=False)
    performance_bond_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    evaluation_scheme: Mapped[str | None] = mapped_column(Text)
    finance_filing_reference: Mapped[str | None] = mapped_column(Text)
    finance_filed_on: Mapped[dt.date | None] = mapped_column(Date)
    subcontracting_forbidden: Mapped[bool] = mapped_column(Boolean, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    status_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    created_by: Mapped[str] = mapped_column(Text, nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(f"status IN {sql_values(ContractStatus)}", name="status_known"),
        CheckConstraint(f"procurement_method IN {sql_values(ProcurementMethod)}", name="procurement_known"),
        CheckConstraint(f"fee_basis IN {sql_values(FeeBasis)}", name="fee_basis_known"),
        CheckConstraint("ends_on >= starts_on", name="period_ordered"),
        CheckConstraint("fee_amount_fen >= 0 AND performance_bond_fen >= 0", name="money_not_negative"),
        CheckConstraint("fee_at_risk_bp BETWEEN 0 AND 10000", name="at_risk_share"),
        CheckConstraint("subcontracting_forbidden", name="no_subcontracting"),
        CheckConstraint("cardinality(county_codes) > 0", name="lot_has_counties"),
        Index(None, "contractor_id"),
        Index(None, "county_codes", postgresql_using="gin"),
    )


class ContractStatusChange(Base):
    """Who moved a contract to which status, when and why (append-only)."""

    __tablename__ = "contract_status_changes"

    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), nullable=False, index=True)
    from_status: Mapped[str | None] = mapped_column(Text)
    to_status: Mapped[str] = mapped_column(Text, nullable=False)
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(Text, nullable=False)
    changed_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )


class ContractAcceptance(Base):
    """The bureau's acceptance of a period's fulfilment (履约检查验收): the fee payable for it, what is
    withheld and why (``withholdings``: ``{reason, amount_fen}``), and the fee released."""

    __tablename__ = "contract_acceptances"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contracts.id"), nullable=False)
    period_start: Mapped[dt.date] = mapped_column(Date, nullable=False)
    period_end: Mapped[dt.date] = mapped_column(Date, nullable=False)
    fee_payable_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    withheld_fen: Mapped[int] = mapped_column(BigInteger, nullable=False)
    withholdings: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    accepted_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    accepted_by: Mapped[str] = mapped_column(Text, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    evaluation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("evaluations.id", use_alter=True)
    )  # the final evaluation the withholding follows
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        UniqueConstraint("contract_id", "period_start"),
        CheckConstraint("period_end >= period_start", name="period_ordered"),
        CheckConstraint("withheld_fen >= 0 AND withheld_fen <= fee_payable_fen", name="withheld_within_fee"),
    )
