"""contractors (商保经办机构), their service contracts per lot, status history and acceptances of fulfilment

Revision ID: 1b2c3d4e5f60
Revises: 0a1b2c3d4e5f
Create Date: 2026-12-07 06:29:17.585941
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from shared.migrations import drop_append_only, make_append_only

revision: str = "1b2c3d4e5f60"
down_revision: str | None = "0a1b2c3d4e5f"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contractors",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("credit_code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("team_size", sa.Integer(), nullable=False),
        sa.Column("contacts", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("outlets", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("qualifications", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contractors")),
        sa.UniqueConstraint("credit_code", name=op.f("uq_contractors_credit_code")),
        schema="oversight",
    )
    op.create_table(
        "contracts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("contractor_id", sa.Uuid(), nullable=False),
        sa.Column("lot", sa.Text(), nullable=False),
        sa.Column("county_codes", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("procurement_method", sa.Text(), nullable=False),
        sa.Column("tender_reference", sa.Text(), nullable=False),
        sa.Column("fee_basis", sa.Text(), nullable=False),
        sa.Column("fee_amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("fee_at_risk_bp", sa.Integer(), nullable=False),
        sa.Column("performance_bond_fen", sa.BigInteger(), nullable=False),
        sa.Column("evaluation_scheme", sa.Text(), nullable=True),
        sa.Column("finance_filing_reference", sa.Text(), nullable=True),
        sa.Column("finance_filed_on", sa.Date(), nullable=True),
        sa.Column("subcontracting_forbidden", sa.Boolean(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "fee_basis IN ('lump_sum', 'per_insured_person', 'per_case')",
            name=op.f("ck_contracts_fee_basis_known"),
        ),
        sa.CheckConstraint(
            "procurement_method IN ('open_tender', 'invited_tender', 'competitive_negotiation', 'inquiry', 'single_source', 'commission')",
            name=op.f("ck_contracts_procurement_known"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'in_force', 'suspended', 'expired', 'terminated')",
            name=op.f("ck_contracts_status_known"),
        ),
        sa.CheckConstraint("cardinality(county_codes) > 0", name=op.f("ck_contracts_lot_has_counties")),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_contracts_period_ordered")),
        sa.CheckConstraint(
            "fee_amount_fen >= 0 AND performance_bond_fen >= 0", name=op.f("ck_contracts_money_not_negative")
        ),
        sa.CheckConstraint("fee_at_risk_bp BETWEEN 0 AND 10000", name=op.f("ck_contracts_at_risk_share")),
        sa.CheckConstraint("subcontracting_forbidden", name=op.f("ck_contracts_no_subcontracting")),
        sa.ForeignKeyConstraint(
            ["contractor_id"],
            ["oversight.contractors.id"],
            name=op.f("fk_contracts_contractor_id_contractors"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        schema="oversight",
    )
    op.create_index(
        op.f("ix_contracts_contractor_id"), "contracts", ["contractor_id"], unique=False, schema="oversight"
    )
    op.create_index(
        op.f("ix_contracts_county_codes"),
        "contracts",
        ["county_codes"],
        unique=False,
        schema="oversight",
        postgresql_using="gin",
    )
    op.create_table(
        "contract_acceptances",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("contract_id", sa.Uuid(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("fee_payable_fen", sa.BigInteger(), nullable=False),
        sa.Column("withheld_fen", sa.BigInteger(), nullable=False),
        sa.Column("withholdings", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("accepted_on", sa.Date(), nullable=False),
        sa.Column("accepted_by", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_contract_acceptances_period_ordered")),
        sa.CheckConstraint(
            "withheld_fen >= 0 AND withheld_fen <= fee_payable_fen",
            name=op.f("ck_contract_acceptances_withheld_within_fee"),
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["oversight.contracts.id"],
            name=op.f("fk_contract_acceptances_contract_id_contracts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_acceptances")),
        sa.UniqueConstraint(
            "contract_id", "period_start", name=op.f("uq_contract_acceptances_contract_id_period_start")
        ),
        schema="oversight",
    )
    op.create_table(
        "contract_status_changes",
        sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("contract_id", sa.Uuid(), nullable=False),
        sa.Column("from_status", sa.Text(), nullable=True),
        sa.Column("to_status", sa.Text(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("changed_by", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["oversight.contracts.id"],
            name=op.f("fk_contract_status_changes_contract_id_contracts"),
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_contract_status_changes")),
        schema="oversight",
    )
    op.create_index(
        op.f("ix_contract_status_changes_contract_id"),
        "contract_status_changes",
        ["contract_id"],
        unique=False,
        schema="oversight",
    )

    make_append_only("oversight", "contract_status_changes")


def downgrade() -> None:
    drop_append_only("oversight", "contract_status_changes")
    op.drop_index(
        op.f("ix_contract_status_changes_contract_id"),
        table_name="contract_status_changes",
        schema="oversight",
    )
    op.drop_table("contract_status_changes", schema="oversight")
    op.drop_table("contract_acceptances", schema="oversight")
    op.drop_index(
        op.f("ix_contracts_county_codes"), table_name="contracts", schema="oversight", postgresql_using="gin"
    )
    op.drop_index(op.f("ix_contracts_contractor_id"), table_name="contracts", schema="oversight")
    op.drop_table("contracts", schema="oversight")
    op.drop_table("contractors", schema="oversight")
