"""persons, employers, status history, bills, payments, import jobs; SQL checks for bulk imports

The SQL functions check an ID number (GB 11643-1999 check character, real birth date) and split a CSV line,
so that a bulk import validates millions of rows in one statement instead of a round trip per row.
Needs PostgreSQL 16 or later (pg_input_is_valid).

Revision ID: 9c8f65bff32e
Revises: a1b596779002
Create Date: 2026-11-23 17:50:12.745159
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "9c8f65bff32e"
down_revision: str | None = "a1b596779002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID_NUMBER_PROBLEM = """
CREATE FUNCTION enrollment.id_number_problem(n text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN n IS NULL OR n = '' THEN 'REQUIRED'
        WHEN length(n) <> 18 THEN 'ID_NUMBER_LENGTH'
        WHEN n !~ '^[0-9]{17}[0-9X]$' THEN 'ID_NUMBER_FORMAT'
        WHEN substr('10X98765432', (substr(n, 1, 1)::int * 7 + substr(n, 2, 1)::int * 9 + substr(n, 3, 1)::int * 10 + substr(n, 4, 1)::int * 5 + substr(n, 5, 1)::int * 8 + substr(n, 6, 1)::int * 4 + substr(n, 7, 1)::int * 2 + substr(n, 8, 1)::int * 1 + substr(n, 9, 1)::int * 6 + substr(n, 10, 1)::int * 3 + substr(n, 11, 1)::int * 7 + substr(n, 12, 1)::int * 9 + substr(n, 13, 1)::int * 10 + substr(n, 14, 1)::int * 5 + substr(n, 15, 1)::int * 8 + substr(n, 16, 1)::int * 4 + substr(n, 17, 1)::int * 2) % 11 + 1, 1) <> substr(n, 18, 1)
            THEN 'ID_NUMBER_CHECKSUM'
        WHEN NOT pg_input_is_valid(substr(n, 7, 8), 'date') THEN 'ID_NUMBER_BIRTH_DATE'
        WHEN to_date(substr(n, 7, 8), 'YYYYMMDD') > current_date THEN 'ID_NUMBER_BIRTH_DATE'
        WHEN substr(n, 7, 4)::int < 1880 THEN 'ID_NUMBER_BIRTH_DATE'
    END
$$
"""

CSV_FIELDS = r"""
CREATE FUNCTION enrollment.csv_fields(line text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN strpos(line, '"') = 0 THEN string_to_array(line, ',')
        ELSE (
            SELECT array_agg(
                CASE WHEN m[1] LIKE '"%' THEN replace(substr(m[1], 2, length(m[1]) - 2), '""', '"') ELSE m[1] END
                ORDER BY i
            )
            FROM regexp_matches(line, '(?:^|,)("(?:[^"]|"")*"|[^,]*)', 'g') WITH ORDINALITY AS t(m, i)
        )
    END
$$
"""


def upgrade() -> None:
    op.create_table(
        "import_jobs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("format", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Text(), nullable=False),
        sa.Column("county_codes", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("content_sha256", sa.Text(), nullable=True),
        sa.Column("bytes_received", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("rows_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_created", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_unchanged", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_failed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("problem_code", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("format IN ('csv', 'jsonl')", name=op.f("ck_import_jobs_format_known")),
        sa.CheckConstraint("kind IN ('persons', 'payments')", name=op.f("ck_import_jobs_kind_known")),
        sa.CheckConstraint("status IN ('completed', 'failed')", name=op.f("ck_import_jobs_status_known")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_jobs")),
        schema="enrollment",
    )
    op.create_table(
        "employers",
        sa.Column("credit_code", sa.String(length=18, collation="C"), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["county_code"], ["enrollment.counties.code"], name=op.f("fk_employers_county_code_counties")
        ),
        sa.PrimaryKeyConstraint("credit_code", name=op.f("pk_employers")),
        schema="enrollment",
    )
    op.create_index(
        op.f("ix_employers_county_code"), "employers", ["county_code"], unique=False, schema="enrollment"
    )
    op.create_table(
        "import_errors",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["enrollment.import_jobs.id"], name=op.f("fk_import_errors_job_id_import_jobs")
        ),
        sa.PrimaryKeyConstraint("job_id", "row_number", "field", name=op.f("pk_import_errors")),
        schema="enrollment",
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("id_number", sa.String(length=18, collation="C"), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sex", sa.Text(), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("employer_credit_code", sa.String(length=18, collation="C"), nullable=True),
        sa.Column("enrolled_on", sa.Date(), nullable=False),
        sa.Column("status", sa.Text(), server_default="insured", nullable=False),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "category <> 'employee' OR employer_credit_code IS NOT NULL",
            name=op.f("ck_persons_employee_has_employer"),
        ),
        sa.CheckConstraint(
            "category IN ('employee', 'retiree', 'flexible')", name=op.f("ck_persons_category_known")
        ),
        sa.CheckConstraint("sex IN ('male', 'female')", name=op.f("ck_persons_sex_known")),
        sa.CheckConstraint(
            "status IN ('insured', 'suspended', 'terminated', 'deceased')",
            name=op.f("ck_persons_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["county_code"], ["enrollment.counties.code"], name=op.f("fk_persons_county_code_counties")
        ),
        sa.ForeignKeyConstraint(
            ["employer_credit_code"],
            ["enrollment.employers.credit_code"],
            name=op.f("fk_persons_employer_credit_code_employers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("id_number", name=op.f("uq_persons_id_number")),
        schema="enrollment",
    )
    op.create_index(
        op.f("ix_persons_county_code_id"), "persons", ["county_code", "id"], unique=False, schema="enrollment"
    )
    op.create_index(
        op.f("ix_persons_county_code_status_id"),
        "persons",
        ["county_code", "status", "id"],
        unique=False,
        schema="enrollment",
    )
    op.create_index(
        op.f("ix_persons_employer_credit_code"),
        "persons",
        ["employer_credit_code"],
        unique=False,
        schema="enrollment",
    )
    op.create_table(
        "contribution_bills",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("employer_credit_code", sa.String(length=18, collation="C"), nullable=True),
        sa.Column("employer_half_payer", sa.Text(), nullable=False),
        sa.Column("employer_due_fen", sa.Integer(), nullable=False),
        sa.Column("individual_due_fen", sa.Integer(), nullable=False),
        sa.Column("employer_paid_fen", sa.Integer(), server_default="0", nullable=False),
        sa.Column("individual_paid_fen", sa.Integer(), server_default="0", nullable=False),
        sa.Column("excess_fen", sa.Integer(), server_default="0", nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column(
            "generated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.CheckConstraint(
            "employer_half_payer IN ('employer', 'individual')",
            name=op.f("ck_contribution_bills_payer_known"),
        ),
        sa.CheckConstraint(
            "employer_paid_fen BETWEEN 0 AND employer_due_fen AND individual_paid_fen BETWEEN 0 AND individual_due_fen",
            name=op.f("ck_contribution_bills_paid_within_due"),
        ),
        sa.CheckConstraint("excess_fen >= 0", name=op.f("ck_contribution_bills_excess_not_negative")),
        sa.ForeignKeyConstraint(
            ["county_code"],
            ["enrollment.counties.code"],
            name=op.f("fk_contribution_bills_county_code_counties"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["enrollment.persons.id"], name=op.f("fk_contribution_bills_person_id_persons")
        ),
        sa.ForeignKeyConstraint(
            ["year"],
            ["enrollment.contribution_policies.year"],
            name=op.f("fk_contribution_bills_year_contribution_policies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contribution_bills")),
        sa.UniqueConstraint("person_id", "year", name=op.f("uq_contribution_bills_person_id_year")),
        schema="enrollment",
    )
    op.create_index(
        op.f("ix_contribution_bills_year_county_code_id"),
        "contribution_bills",
        ["year", "county_code", "id"],
        unique=False,
        schema="enrollment",
    )
    op.create_table(
        "person_status_changes",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "status IN ('insured', 'suspended', 'terminated', 'deceased')",
            name=op.f("ck_person_status_changes_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["enrollment.persons.id"], name=op.f("fk_person_status_changes_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_status_changes")),
        schema="enrollment",
    )
    op.create_index(
        op.f("ix_person_status_changes_person_id_effective_on_id"),
        "person_status_changes",
        ["person_id", "effective_on", "id"],
        unique=False,
        schema="enrollment",
    )
    op.create_table(
        "payments",
        sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False),
        sa.Column("bill_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("county_code", sa.String(length=6), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("payer", sa.Text(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("applied_fen", sa.Integer(), nullable=False),
        sa.Column("excess_fen", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("external_ref", sa.String(length=128, collation="C"), nullable=False),
        sa.Column("payer_id_number", sa.String(length=18, collation="C"), nullable=True),
        sa.Column("import_job_id", sa.Uuid(), nullable=True),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "channel <> 'family_account' OR payer_id_number IS NOT NULL",
            name=op.f("ck_payments_family_payer_named"),
        ),
        sa.CheckConstraint(
            "channel IN ('employer_premium_transfer', 'personal_account', 'family_account', 'annual_self_payment', 'pension_deduction')",
            name=op.f("ck_payments_channel_known"),
        ),
        sa.CheckConstraint("payer IN ('employer', 'individual')", name=op.f("ck_payments_payer_known")),
        sa.CheckConstraint("amount_fen > 0", name=op.f("ck_payments_amount_positive")),
        sa.CheckConstraint(
            "applied_fen >= 0 AND excess_fen >= 0 AND applied_fen + excess_fen = amount_fen",
            name=op.f("ck_payments_split"),
        ),
        sa.ForeignKeyConstraint(
            ["bill_id"],
            ["enrollment.contribution_bills.id"],
            name=op.f("fk_payments_bill_id_contribution_bills"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("channel", "external_ref", name=op.f("uq_payments_channel_external_ref")),
        schema="enrollment",
    )
    op.create_index(op.f("ix_payments_bill_id"), "payments", ["bill_id"], unique=False, schema="enrollment")
    op.create_index(
        op.f("ix_payments_county_code_paid_on"),
        "payments",
        ["county_code", "paid_on"],
        unique=False,
        schema="enrollment",
    )
    op.add_column("contribution_policies", sa.Column("due_on", sa.Date(), nullable=True), schema="enrollment")
    op.execute("UPDATE enrollment.contribution_policies SET due_on = make_date(year, 5, 31)")
    op.alter_column("contribution_policies", "due_on", nullable=False, schema="enrollment")
    op.create_check_constraint(
        op.f("ck_contribution_policies_due_in_year"),
        "contribution_policies",
        "extract(year FROM due_on) = year",
        schema="enrollment",
    )
    op.execute(ID_NUMBER_PROBLEM)
    op.execute(CSV_FIELDS)


def downgrade() -> None:
    op.execute("DROP FUNCTION enrollment.csv_fields(text)")
    op.execute("DROP FUNCTION enrollment.id_number_problem(text)")
    op.drop_constraint(
        op.f("ck_contribution_policies_due_in_year"),
        "contribution_policies",
        schema="enrollment",
        type_="check",
    )
    op.drop_column("contribution_policies", "due_on", schema="enrollment")
    op.drop_index(op.f("ix_payments_county_code_paid_on"), table_name="payments", schema="enrollment")
    op.drop_index(op.f("ix_payments_bill_id"), table_name="payments", schema="enrollment")
    op.drop_table("payments", schema="enrollment")
    op.drop_index(
        op.f("ix_person_status_changes_person_id_effective_on_id"),
        table_name="person_status_changes",
        schema="enrollment",
    )
    op.drop_table("person_status_changes", schema="enrollment")
    op.drop_index(
        op.f("ix_contribution_bills_year_county_code_id"),
        table_name="contribution_bills",
        schema="enrollment",
    )
    op.drop_table("contribution_bills", schema="enrollment")
    op.drop_index(op.f("ix_persons_employer_credit_code"), table_name="persons", schema="enrollment")
    op.drop_index(op.f("ix_persons_county_code_status_id"), table_name="persons", schema="enrollment")
    op.drop_index(op.f("ix_persons_county_code_id"), table_name="persons", schema="enrollment")
    op.drop_table("persons", schema="enrollment")
    op.drop_table("import_errors", schema="enrollment")
    op.drop_index(op.f("ix_employers_county_code"), table_name="employers", schema="enrollment")
    op.drop_table("employers", schema="enrollment")
    op.drop_table("import_jobs", schema="enrollment")
