"""money invariants under concurrency: payouts within the payable, one payout per reference and county,
postings and period closing serialised per (county, year)

- ``settlement_payments`` gets the county of its run, and a reference names one payout per county
  (``uq_settlement_payments_county_code_reference``, replacing the one per run and institution).
- A payout row is refused by the database unless its run is the month's settled run, the run has a
  statement for the institution, and the institution's payouts for that (county, month) — superseded runs'
  included — stay within the statement's net payable. The trigger locks the run (shared) and the statement
  (exclusive) before it sums, so concurrent payouts take turns whatever code inserts them.
- Payouts are append-only, like the ledger.
- Every posting takes the (county, year) period lock shared, closing a period takes it exclusively: a
  posting cannot slip into a year while it is being closed.

Revision ID: 3b8e0f5a9c21
Revises: b5e03f6a1c84
Create Date: 2026-12-06 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from shared.migrations import drop_append_only, make_append_only

revision: str = "3b8e0f5a9c21"
down_revision: str | None = "b5e03f6a1c84"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PAYMENT_WITHIN_PAYABLE = """
CREATE FUNCTION settlement.payment_within_payable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    run_status text;
    run_county text;
    run_month date;
    payable bigint;
    paid bigint;
BEGIN
    SELECT status, county_code, month INTO run_status, run_county, run_month
      FROM settlement.settlement_runs WHERE id = NEW.run_id FOR SHARE;
    IF run_status IS DISTINCT FROM 'settled' OR run_county <> NEW.county_code THEN
        RAISE EXCEPTION 'payout refused: run % is not the settled run of county %', NEW.run_id, NEW.county_code
            USING ERRCODE = 'check_violation', CONSTRAINT = 'settlement_payments_within_payable';
    END IF;
    SELECT net_payable_fen INTO payable FROM settlement.settlement_statements
     WHERE run_id = NEW.run_id AND institution_id = NEW.institution_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'payout refused: run % has no statement for %', NEW.run_id, NEW.institution_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'settlement_payments_within_payable';
    END IF;
    SELECT coalesce(sum(p.amount_fen), 0) INTO paid
      FROM settlement.settlement_payments p
      JOIN settlement.settlement_runs r ON r.id = p.run_id
     WHERE r.county_code = run_county AND r.month = run_month AND p.institution_id = NEW.institution_id;
    IF paid + NEW.amount_fen > payable THEN
        RAISE EXCEPTION 'payouts to % for % % would exceed the % fen payable (% paid, % more)',
            NEW.institution_id, run_county, to_char(run_month, 'YYYY-MM'), payable, paid, NEW.amount_fen
            USING ERRCODE = 'check_violation', CONSTRAINT = 'settlement_payments_within_payable';
    END IF;
    RETURN NEW;
END $$
"""

REFUSE_CLOSED_PERIOD = """
CREATE OR REPLACE FUNCTION settlement.ledger_refuse_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    {lock}
    IF EXISTS (SELECT 1 FROM settlement.ledger_periods p
                WHERE p.county_code = NEW.county_code AND p.year = extract(year FROM NEW.posted_on)) THEN
        RAISE EXCEPTION 'the period % of county % is closed: posting refused',
            extract(year FROM NEW.posted_on), NEW.county_code USING ERRCODE = 'LTC01';
    END IF;
    RETURN NEW;
END $$
"""
POSTING_LOCK = (
    "PERFORM pg_advisory_xact_lock_shared(hashtext('settlement.ledger_period:' || NEW.county_code), "
    "extract(year FROM NEW.posted_on)::int);"
)

CLOSING_LOCK = """
CREATE FUNCTION settlement.ledger_period_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('settlement.ledger_period:' || NEW.county_code), NEW.year);
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    op.add_column(
        "settlement_payments", sa.Column("county_code", sa.Text(), nullable=True), schema="settlement"
    )
    op.execute(
        "UPDATE settlement.settlement_payments p SET county_code = r.county_code "
        "FROM settlement.settlement_runs r WHERE r.id = p.run_id"
    )
    op.alter_column("settlement_payments", "county_code", nullable=False, schema="settlement")
    op.drop_constraint(
        "uq_settlement_payments_run_id_institution_id_reference", "settlement_payments", schema="settlement"
    )
    op.create_unique_constraint(
        op.f("uq_settlement_payments_county_code_reference"),
        "settlement_payments",
        ["county_code", "reference"],
        schema="settlement",
    )
    op.create_index(
        op.f("ix_settlement_payments_run_id_institution_id"),
        "settlement_payments",
        ["run_id", "institution_id"],
        schema="settlement",
    )
    op.execute(PAYMENT_WITHIN_PAYABLE)
    op.execute(
        "CREATE TRIGGER settlement_payments_within_payable BEFORE INSERT ON settlement.settlement_payments "
        "FOR EACH ROW EXECUTE FUNCTION settlement.payment_within_payable()"
    )
    make_append_only("settlement", "settlement_payments")
    op.execute(REFUSE_CLOSED_PERIOD.format(lock=POSTING_LOCK))
    op.execute(CLOSING_LOCK)
    op.execute(
        "CREATE TRIGGER ledger_periods_lock BEFORE INSERT ON settlement.ledger_periods "
        "FOR EACH ROW EXECUTE FUNCTION settlement.ledger_period_lock()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS ledger_periods_lock ON settlement.ledger_periods")
    op.execute("DROP FUNCTION IF EXISTS settlement.ledger_period_lock()")
    op.execute(REFUSE_CLOSED_PERIOD.format(lock=""))
    drop_append_only("settlement", "settlement_payments")
    op.execute("DROP TRIGGER IF EXISTS settlement_payments_within_payable ON settlement.settlement_payments")
    op.execute("DROP FUNCTION IF EXISTS settlement.payment_within_payable()")
    op.drop_index(
        op.f("ix_settlement_payments_run_id_institution_id"),
        table_name="settlement_payments",
        schema="settlement",
    )
    op.drop_constraint(
        op.f("uq_settlement_payments_county_code_reference"), "settlement_payments", schema="settlement"
    )
    op.create_unique_constraint(
        op.f("uq_settlement_payments_run_id_institution_id_reference"),
        "settlement_payments",
        ["run_id", "institution_id", "reference"],
        schema="settlement",
    )
    op.drop_column("settlement_payments", "county_code", schema="settlement")
