"""settlement domain: read models, institutions, rules, records, runs, ledger (with its database rules)

Revision ID: 4d8cfab35d91
Revises: f3504f459117
Create Date: 2026-11-23 17:51:52.449013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from shared.migrations import drop_append_only, make_append_only

revision: str = "4d8cfab35d91"
down_revision: str | None = "f3504f459117"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "annual_clearings",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("income_fen", sa.BigInteger(), nullable=False),
        sa.Column("expenditure_fen", sa.BigInteger(), nullable=False),
        sa.Column("result_fen", sa.BigInteger(), nullable=False),
        sa.Column("surplus_before_fen", sa.BigInteger(), nullable=False),
        sa.Column("covered_by_surplus_fen", sa.BigInteger(), nullable=False),
        sa.Column("covered_by_finance_fen", sa.BigInteger(), nullable=False),
        sa.Column("added_to_surplus_fen", sa.BigInteger(), nullable=False),
        sa.Column("deposits_released_fen", sa.BigInteger(), nullable=False),
        sa.Column("deposits_forfeited_fen", sa.BigInteger(), nullable=False),
        sa.Column("forfeitures", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("proposed_by", sa.Text(), nullable=False),
        sa.Column("proposed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("approved_by", sa.Text(), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('proposed', 'approved')", name=op.f("ck_annual_clearings_status_known")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_annual_clearings")),
        sa.UniqueConstraint("county_code", "year", name=op.f("uq_annual_clearings_county_code_year")),
        schema="settlement",
    )
    op.create_table(
        "benefit_rule_sets",
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("base_amount_fen", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("unconfirmed", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_benefit_rule_sets")),
        sa.UniqueConstraint("effective_from", name=op.f("uq_benefit_rule_sets_effective_from")),
        schema="settlement",
    )
    op.create_table(
        "contributions_due",
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("bills", sa.BigInteger(), nullable=False),
        sa.Column("amount_due_fen", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("year", "county_code", name=op.f("pk_contributions_due")),
        schema="settlement",
    )
    op.create_table(
        "contributions_received",
        sa.Column("payment_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("payer", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("reversed_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "payer IN ('employer', 'individual')", name=op.f("ck_contributions_received_payer_known")
        ),
        sa.PrimaryKeyConstraint("payment_id", name=op.f("pk_contributions_received")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_contributions_received_person_id_year"),
        "contributions_received",
        ["person_id", "year"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "coverage_periods",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_before", sa.Date(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "starts_on", name=op.f("pk_coverage_periods")),
        schema="settlement",
    )
    op.create_table(
        "disability_levels",
        sa.Column("conclusion_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=False),
        sa.Column("rule_set_version", sa.Text(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("end_cause", sa.Text(), nullable=True),
        sa.CheckConstraint("level BETWEEN 0 AND 5", name=op.f("ck_disability_levels_level_range")),
        sa.PrimaryKeyConstraint("conclusion_id", name=op.f("pk_disability_levels")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_disability_levels_person_id"),
        "disability_levels",
        ["person_id"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "institutions",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("beds", sa.Integer(), server_default="0", nullable=False),
        sa.Column("care_modes", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("agreement_from", sa.Date(), nullable=False),
        sa.Column("agreement_to", sa.Date(), nullable=False),
        sa.Column("status", sa.Text(), server_default="active", nullable=False),
        sa.Column("suspended_from", sa.Date(), nullable=True),
        sa.Column("suspended_until", sa.Date(), nullable=True),
        sa.Column("termination_notice_on", sa.Date(), nullable=True),
        sa.Column("terminated_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "kind IN ('elderly_care', 'medical', 'home_care')", name=op.f("ck_institutions_kind_known")
        ),
        sa.CheckConstraint(
            "status IN ('active', 'suspended', 'terminated')", name=op.f("ck_institutions_status_known")
        ),
        sa.CheckConstraint("agreement_from <= agreement_to", name=op.f("ck_institutions_agreement_dates")),
        sa.CheckConstraint("beds >= 0", name=op.f("ck_institutions_beds_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institutions")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_institutions_county_code"),
        "institutions",
        ["county_code"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "insured_persons",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.Text(), nullable=True),
        sa.Column("died_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_insured_persons")),
        schema="settlement",
    )
    op.create_table(
        "ledger_accounts",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('asset', 'liability', 'equity', 'income', 'expense')",
            name=op.f("ck_ledger_accounts_kind_known"),
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_ledger_accounts")),
        schema="settlement",
    )
    op.create_table(
        "ledger_periods",
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("closed_by", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("county_code", "year", name=op.f("pk_ledger_periods")),
        schema="settlement",
    )
    op.create_table(
        "ledger_transactions",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("client_id", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("posted_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("memo", sa.Text(), server_default="", nullable=False),
        sa.Column("reverses_id", sa.BigInteger(), nullable=True),
        sa.Column("settlement_run_id", sa.Uuid(), nullable=True),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["settlement.ledger_transactions.id"],
            name=op.f("fk_ledger_transactions_reverses_id_ledger_transactions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_transactions")),
        sa.UniqueConstraint("client_id", name=op.f("uq_ledger_transactions_client_id")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_ledger_transactions_reverses_id")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_ledger_transactions_county_code_posted_on"),
        "ledger_transactions",
        ["county_code", "posted_on"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "person_status_changes",
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_person_status_changes")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_person_status_changes_person_id"),
        "person_status_changes",
        ["person_id"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "settlement_runs",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("resettles_run_id", sa.Uuid(), nullable=True),
        sa.Column("resettle_reason", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("records", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("claimed_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("deducted_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("fund_payable_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("person_share_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("adjustments_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("deposit_withheld_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("net_payable_fen", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("ledger_transaction_id", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(
            "month = date_trunc('month', month)::date", name=op.f("ck_settlement_runs_month_is_first_day")
        ),
        sa.CheckConstraint(
            "status IN ('settled', 'superseded')", name=op.f("ck_settlement_runs_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["resettles_run_id"],
            ["settlement.settlement_runs.id"],
            name=op.f("fk_settlement_runs_resettles_run_id_settlement_runs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement_runs")),
        schema="settlement",
    )
    op.create_index(
        "uq_settlement_runs_one_settled",
        "settlement_runs",
        ["county_code", "month"],
        unique=True,
        schema="settlement",
        postgresql_where=sa.text("status = 'settled'"),
    )
    op.create_table(
        "benefit_rules",
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("care_mode", sa.Text(), nullable=False),
        sa.Column("institution_kind", sa.Text(), nullable=False),
        sa.Column("daily_cap_fen", sa.BigInteger(), nullable=True),
        sa.Column("monthly_cap_fen", sa.BigInteger(), nullable=True),
        sa.Column("monthly_cap_share_bp", sa.Integer(), nullable=True),
        sa.Column("fund_share_bp", sa.Integer(), nullable=False),
        sa.Column("unconfirmed_fields", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.CheckConstraint(
            "care_mode IN ('home_visit', 'elderly_care_bed', 'medical_bed', 'family_care')",
            name=op.f("ck_benefit_rules_care_mode_known"),
        ),
        sa.CheckConstraint(
            "institution_kind IN ('any', 'elderly_care', 'medical', 'home_care')",
            name=op.f("ck_benefit_rules_kind_known"),
        ),
        sa.CheckConstraint(
            "daily_cap_fen >= 0 AND monthly_cap_fen >= 0", name=op.f("ck_benefit_rules_caps_not_negative")
        ),
        sa.CheckConstraint(
            "fund_share_bp BETWEEN 0 AND 10000", name=op.f("ck_benefit_rules_fund_share_range")
        ),
        sa.CheckConstraint(
            "monthly_cap_share_bp BETWEEN 0 AND 10000", name=op.f("ck_benefit_rules_cap_share_range")
        ),
        sa.ForeignKeyConstraint(
            ["version"],
            ["settlement.benefit_rule_sets.version"],
            name=op.f("fk_benefit_rules_version_benefit_rule_sets"),
        ),
        sa.PrimaryKeyConstraint(
            "version", "level", "care_mode", "institution_kind", name=op.f("pk_benefit_rules")
        ),
        schema="settlement",
    )
    op.create_table(
        "caregivers",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("real_name", sa.Text(), nullable=False),
        sa.Column("qualification", sa.Text(), nullable=False),
        sa.Column("qualified_from", sa.Date(), nullable=False),
        sa.Column("qualified_until", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["settlement.institutions.id"],
            name=op.f("fk_caregivers_institution_id_institutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caregivers")),
        sa.UniqueConstraint("institution_id", "code", name=op.f("uq_caregivers_institution_id_code")),
        schema="settlement",
    )
    op.create_table(
        "client_homes",
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["settlement.institutions.id"],
            name=op.f("fk_client_homes_institution_id_institutions"),
        ),
        sa.PrimaryKeyConstraint("institution_id", "person_id", name=op.f("pk_client_homes")),
        schema="settlement",
    )
    op.create_table(
        "ledger_legs",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("transaction_id", sa.BigInteger(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("account", sa.Text(), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=True),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("amount_fen <> 0", name=op.f("ck_ledger_legs_amount_not_zero")),
        sa.ForeignKeyConstraint(
            ["account"],
            ["settlement.ledger_accounts.code"],
            name=op.f("fk_ledger_legs_account_ledger_accounts"),
        ),
        sa.ForeignKeyConstraint(
            ["transaction_id"],
            ["settlement.ledger_transactions.id"],
            name=op.f("fk_ledger_legs_transaction_id_ledger_transactions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_legs")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_ledger_legs_county_code_account"),
        "ledger_legs",
        ["county_code", "account"],
        unique=False,
        schema="settlement",
    )
    op.create_index(
        op.f("ix_ledger_legs_transaction_id"),
        "ledger_legs",
        ["transaction_id"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "service_record_imports",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("rows_total", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("rows_accepted", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("rows_already_received", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("rows_rejected", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["settlement.institutions.id"],
            name=op.f("fk_service_record_imports_institution_id_institutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_record_imports")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_service_record_imports_institution_id"),
        "service_record_imports",
        ["institution_id"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "service_records",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("caregiver_code", sa.Text(), nullable=True),
        sa.Column("care_mode", sa.Text(), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("items", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("checkin_lat", sa.Float(), nullable=True),
        sa.Column("checkin_lon", sa.Float(), nullable=True),
        sa.Column("amount_claimed_fen", sa.BigInteger(), nullable=False),
        sa.Column("import_job_id", sa.Uuid(), nullable=True),
        sa.Column(
            "submitted_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason_codes", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("review_flags", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("fund_share_bp", sa.Integer(), nullable=True),
        sa.Column("eligible_fen", sa.BigInteger(), nullable=True),
        sa.Column("fund_fen", sa.BigInteger(), nullable=True),
        sa.Column("person_fen", sa.BigInteger(), nullable=True),
        sa.Column("deducted_fen", sa.BigInteger(), nullable=True),
        sa.Column("sampled_for_review", sa.Text(), nullable=True),
        sa.Column("first_review", sa.Text(), nullable=True),
        sa.Column("first_reviewer", sa.Text(), nullable=True),
        sa.Column("first_review_reason", sa.Text(), nullable=True),
        sa.Column("first_reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("second_review", sa.Text(), nullable=True),
        sa.Column("second_reviewer", sa.Text(), nullable=True),
        sa.Column("second_review_reason", sa.Text(), nullable=True),
        sa.Column("second_reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("settlement_run_id", sa.Uuid(), nullable=True),
        sa.CheckConstraint(
            "care_mode IN ('home_visit', 'elderly_care_bed', 'medical_bed', 'family_care')",
            name=op.f("ck_service_records_care_mode_known"),
        ),
        sa.CheckConstraint(
            "first_review IN ('approved', 'rejected')", name=op.f("ck_service_records_first_review_known")
        ),
        sa.CheckConstraint(
            "second_review IN ('approved', 'rejected')", name=op.f("ck_service_records_second_review_known")
        ),
        sa.CheckConstraint("amount_claimed_fen >= 0", name=op.f("ck_service_records_claim_not_negative")),
        sa.ForeignKeyConstraint(
            ["institution_id"],
            ["settlement.institutions.id"],
            name=op.f("fk_service_records_institution_id_institutions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_records")),
        sa.UniqueConstraint(
            "institution_id", "record_id", name=op.f("uq_service_records_institution_id_record_id")
        ),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_service_records_county_code_service_date"),
        "service_records",
        ["county_code", "service_date"],
        unique=False,
        schema="settlement",
    )
    op.create_index(
        op.f("ix_service_records_institution_id_service_date"),
        "service_records",
        ["institution_id", "service_date"],
        unique=False,
        schema="settlement",
    )
    op.create_index(
        op.f("ix_service_records_person_id_service_date"),
        "service_records",
        ["person_id", "service_date"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "settlement_payments",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("ledger_transaction_id", sa.BigInteger(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_settlement_payments_amount_positive")),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["settlement.settlement_runs.id"],
            name=op.f("fk_settlement_payments_run_id_settlement_runs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_settlement_payments")),
        sa.UniqueConstraint(
            "run_id",
            "institution_id",
            "reference",
            name=op.f("uq_settlement_payments_run_id_institution_id_reference"),
        ),
        schema="settlement",
    )
    op.create_table(
        "settlement_statements",
        sa.Column("run_id", sa.Uuid(), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("records", sa.BigInteger(), nullable=False),
        sa.Column("claimed_fen", sa.BigInteger(), nullable=False),
        sa.Column("deducted_fen", sa.BigInteger(), nullable=False),
        sa.Column("deducted_by_reason", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("eligible_fen", sa.BigInteger(), nullable=False),
        sa.Column("fund_payable_fen", sa.BigInteger(), nullable=False),
        sa.Column("person_share_fen", sa.BigInteger(), nullable=False),
        sa.Column("adjustments_fen", sa.BigInteger(), nullable=False),
        sa.Column("deposit_withheld_fen", sa.BigInteger(), nullable=False),
        sa.Column("net_payable_fen", sa.BigInteger(), nullable=False),
        sa.Column("fund_by_mode", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["settlement.settlement_runs.id"],
            name=op.f("fk_settlement_statements_run_id_settlement_runs"),
        ),
        sa.PrimaryKeyConstraint("run_id", "institution_id", name=op.f("pk_settlement_statements")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_settlement_statements_institution_id_month"),
        "settlement_statements",
        ["institution_id", "month"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "disputes",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("service_record_id", sa.BigInteger(), nullable=False),
        sa.Column("institution_id", sa.Text(), nullable=False),
        sa.Column("county_code", sa.Text(), nullable=False),
        sa.Column("care_mode", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), server_default="open", nullable=False),
        sa.Column("raised_by", sa.Text(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("decided_by", sa.Text(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("adjustment_fen", sa.BigInteger(), nullable=True),
        sa.Column("paid_in_run_id", sa.Uuid(), nullable=True),
        sa.Column("details", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.CheckConstraint("status IN ('open', 'upheld', 'rejected')", name=op.f("ck_disputes_status_known")),
        sa.CheckConstraint("adjustment_fen >= 0", name=op.f("ck_disputes_adjustment_not_negative")),
        sa.ForeignKeyConstraint(
            ["service_record_id"],
            ["settlement.service_records.id"],
            name=op.f("fk_disputes_service_record_id_service_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disputes")),
        sa.UniqueConstraint("service_record_id", name=op.f("uq_disputes_service_record_id")),
        schema="settlement",
    )
    op.create_index(
        op.f("ix_disputes_county_code_status"),
        "disputes",
        ["county_code", "status"],
        unique=False,
        schema="settlement",
    )
    op.create_table(
        "service_record_import_errors",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("row_number", sa.BigInteger(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=True),
        sa.Column("field", sa.Text(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["settlement.service_record_imports.id"],
            name=op.f("fk_service_record_import_errors_job_id_service_record_imports"),
        ),
        sa.PrimaryKeyConstraint("job_id", "row_number", "code", name=op.f("pk_service_record_import_errors")),
        schema="settlement",
    )

    ledger_rules_up()


def downgrade() -> None:
    ledger_rules_down()
    op.drop_table("service_record_import_errors", schema="settlement")
    op.drop_index(op.f("ix_disputes_county_code_status"), table_name="disputes", schema="settlement")
    op.drop_table("disputes", schema="settlement")
    op.drop_index(
        op.f("ix_settlement_statements_institution_id_month"),
        table_name="settlement_statements",
        schema="settlement",
    )
    op.drop_table("settlement_statements", schema="settlement")
    op.drop_table("settlement_payments", schema="settlement")
    op.drop_index(
        op.f("ix_service_records_person_id_service_date"), table_name="service_records", schema="settlement"
    )
    op.drop_index(
        op.f("ix_service_records_institution_id_service_date"),
        table_name="service_records",
        schema="settlement",
    )
    op.drop_index(
        op.f("ix_service_records_county_code_service_date"), table_name="service_records", schema="settlement"
    )
    op.drop_table("service_records", schema="settlement")
    op.drop_index(
        op.f("ix_service_record_imports_institution_id"),
        table_name="service_record_imports",
        schema="settlement",
    )
    op.drop_table("service_record_imports", schema="settlement")
    op.drop_index(op.f("ix_ledger_legs_transaction_id"), table_name="ledger_legs", schema="settlement")
    op.drop_index(op.f("ix_ledger_legs_county_code_account"), table_name="ledger_legs", schema="settlement")
    op.drop_table("ledger_legs", schema="settlement")
    op.drop_table("client_homes", schema="settlement")
    op.drop_table("caregivers", schema="settlement")
    op.drop_table("benefit_rules", schema="settlement")
    op.drop_index(
        "uq_settlement_runs_one_settled",
        table_name="settlement_runs",
        schema="settlement",
        postgresql_where=sa.text("status = 'settled'"),
    )
    op.drop_table("settlement_runs", schema="settlement")
    op.drop_index(
        op.f("ix_person_status_changes_person_id"), table_name="person_status_changes", schema="settlement"
    )
    op.drop_table("person_status_changes", schema="settlement")
    op.drop_index(
        op.f("ix_ledger_transactions_county_code_posted_on"),
        table_name="ledger_transactions",
        schema="settlement",
    )
    op.drop_table("ledger_transactions", schema="settlement")
    op.drop_table("ledger_periods", schema="settlement")
    op.drop_table("ledger_accounts", schema="settlement")
    op.drop_table("insured_persons", schema="settlement")
    op.drop_index(op.f("ix_institutions_county_code"), table_name="institutions", schema="settlement")
    op.drop_table("institutions", schema="settlement")
    op.drop_index(op.f("ix_disability_levels_person_id"), table_name="disability_levels", schema="settlement")
    op.drop_table("disability_levels", schema="settlement")
    op.drop_table("coverage_periods", schema="settlement")
    op.drop_index(
        op.f("ix_contributions_received_person_id_year"),
        table_name="contributions_received",
        schema="settlement",
    )
    op.drop_table("contributions_received", schema="settlement")
    op.drop_table("contributions_due", schema="settlement")
    op.drop_table("benefit_rule_sets", schema="settlement")
    op.drop_table("annual_clearings", schema="settlement")


ACCOUNTS = (
    ("cash", "fund deposits (基金存款)", "asset"),
    ("finance_receivable", "receivable from the county finance (县财政应补)", "asset"),
    ("payable_institutions", "payable to care institutions (应付护理机构)", "liability"),
    ("deposits_held", "quality deposits held (服务质量保证金)", "liability"),
    ("accumulated_surplus", "accumulated surplus (累计结余)", "equity"),
    ("income_contribution_employer", "contribution income, employer half (单位缴费)", "income"),
    ("income_contribution_individual", "contribution income, individual half (个人缴费)", "income"),
    ("income_fiscal_subsidy", "fiscal subsidy (财政补助)", "income"),
    ("income_forfeited_deposits", "forfeited quality deposits", "income"),
    ("expense_home_visit", "benefit expense: institution home visits (机构上门护理)", "expense"),
    ("expense_elderly_care_bed", "benefit expense: elderly-care institution beds (养老机构护理)", "expense"),
    ("expense_medical_bed", "benefit expense: medical institution beds (医疗机构护理)", "expense"),
    ("expense_family_care", "benefit expense: family care (居家护理)", "expense"),
)


def ledger_rules_up() -> None:
    """Chart of accounts; balanced transactions, closed periods and append-only enforced by PostgreSQL."""
    accounts = sa.table(
        "ledger_accounts", sa.column("code"), sa.column("name"), sa.column("kind"), schema="settlement"
    )
    op.bulk_insert(accounts, [{"code": c, "name": n, "kind": k} for c, n, k in ACCOUNTS])
    op.execute(
        """
        CREATE FUNCTION settlement.ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            tx bigint := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint;
            total numeric;
            legs int;
            foreign_legs int;
        BEGIN
            SELECT coalesce(sum(l.amount_fen), 0), count(*), count(*) FILTER (WHERE l.county_code <> t.county_code)
              INTO total, legs, foreign_legs
              FROM settlement.ledger_transactions t
              LEFT JOIN settlement.ledger_legs l ON l.transaction_id = t.id
             WHERE t.id = tx;
            IF legs < 2 OR total <> 0 THEN
                RAISE EXCEPTION 'ledger transaction % does not balance: % legs summing to % fen', tx, legs, total
                    USING ERRCODE = 'LTC02';
            END IF;
            IF foreign_legs > 0 THEN
                RAISE EXCEPTION 'ledger transaction % has legs of another county', tx USING ERRCODE = 'LTC02';
            END IF;
            RETURN NULL;
        END $$
        """
    )
    for table, key in (("ledger_transactions", "id"), ("ledger_legs", "transaction_id")):
        op.execute(
            f"CREATE CONSTRAINT TRIGGER {table}_balanced AFTER INSERT ON settlement.{table} "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            f"EXECUTE FUNCTION settlement.ledger_check_balanced('{key}')"
        )
    op.execute(
        """
        CREATE FUNCTION settlement.ledger_refuse_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM settlement.ledger_periods p
                        WHERE p.county_code = NEW.county_code AND p.year = extract(year FROM NEW.posted_on)) THEN
                RAISE EXCEPTION 'the period % of county % is closed: posting refused',
                    extract(year FROM NEW.posted_on), NEW.county_code USING ERRCODE = 'LTC01';
            END IF;
            RETURN NEW;
        END $$
        """
    )
    op.execute(
        "CREATE TRIGGER ledger_transactions_open_period BEFORE INSERT ON settlement.ledger_transactions "
        "FOR EACH ROW EXECUTE FUNCTION settlement.ledger_refuse_closed_period()"
    )
    for table in ("ledger_transactions", "ledger_legs", "ledger_periods"):
        make_append_only("settlement", table)


def ledger_rules_down() -> None:
    for table in ("ledger_transactions", "ledger_legs", "ledger_periods"):
        drop_append_only("settlement", table)
    op.execute("DROP TRIGGER IF EXISTS ledger_transactions_open_period ON settlement.ledger_transactions")
    for table in ("ledger_transactions", "ledger_legs"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_balanced ON settlement.{table}")
    op.execute("DROP FUNCTION IF EXISTS settlement.ledger_refuse_closed_period()")
    op.execute("DROP FUNCTION IF EXISTS settlement.ledger_check_balanced()")
