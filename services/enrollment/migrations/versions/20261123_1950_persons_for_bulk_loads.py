"""persons shaped for bulk loads: time-ordered ids, implied first status, no per-row foreign-key triggers

- ``enrollment.time_ordered_uuid()`` (UUIDv7: PostgreSQL 18's ``uuidv7()`` where it exists, the same layout
  built from the clock before that) is the default id of a person, so millions of new persons append to the
  indexes that hold the id instead of touching a random page each.
- The first status of a person (insured from the enrolment date) is implied by the person row:
  ``enrolled_by`` and ``enrolment_import_id`` say who recorded it; the history rows that only repeated it go.
- The foreign keys of persons to counties and employers go (each fired a trigger per inserted row, a third of
  a city import); both are checked before every insert, by the API and by the import's SQL checks.
- The index by county and status keeps only the statuses other than insured (lists of the few suspended,
  terminated or deceased); lists of everyone use the index by county and id.

Revision ID: 3e1d0c7b9a52
Revises: 9c8f65bff32e
Create Date: 2026-11-23 19:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "3e1d0c7b9a52"
down_revision: str | None = "9c8f65bff32e"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIME_ORDERED_UUID = """
DO $do$
BEGIN
    IF current_setting('server_version_num')::int >= 180000 THEN
        CREATE FUNCTION enrollment.time_ordered_uuid() RETURNS uuid
        LANGUAGE sql VOLATILE PARALLEL SAFE AS 'SELECT uuidv7()';
    ELSE
        CREATE FUNCTION enrollment.time_ordered_uuid() RETURNS uuid
        LANGUAGE sql VOLATILE PARALLEL SAFE AS $f$
            SELECT encode(set_byte(b, 6, (get_byte(b, 6) & 15) | 112), 'hex')::uuid
              FROM (SELECT overlay(uuid_send(gen_random_uuid())
                                   PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp())
                                                                    * 1000)::bigint) FROM 3)
                                   FROM 1 FOR 6) AS b) s
        $f$;
    END IF;
END
$do$
"""


def upgrade() -> None:
    op.execute(TIME_ORDERED_UUID)
    op.alter_column(
        "persons", "id", server_default=sa.text("enrollment.time_ordered_uuid()"), schema="enrollment"
    )
    op.add_column("persons", sa.Column("enrolled_by", sa.Text(), nullable=True), schema="enrollment")
    op.add_column("persons", sa.Column("enrolment_import_id", sa.Uuid(), nullable=True), schema="enrollment")
    op.execute(
        """
        WITH first AS (
            SELECT DISTINCT ON (c.person_id) c.id, c.person_id, c.status, c.effective_on, c.recorded_by, c.reason
              FROM enrollment.person_status_changes c
             ORDER BY c.person_id, c.effective_on, c.id
        ), implied AS (
            SELECT f.* FROM first f JOIN enrollment.persons p ON p.id = f.person_id
             WHERE f.status = 'insured' AND f.effective_on = p.enrolled_on
        ), named AS (
            UPDATE enrollment.persons p
               SET enrolled_by = i.recorded_by,
                   enrolment_import_id = CASE WHEN i.reason ~ '^enrolment by import [0-9a-f-]{36}$'
                                              THEN substr(i.reason, 21)::uuid END
              FROM implied i WHERE p.id = i.person_id
        )
        DELETE FROM enrollment.person_status_changes c USING implied i WHERE c.id = i.id
        """
    )
    op.execute("UPDATE enrollment.persons SET enrolled_by = 'migration' WHERE enrolled_by IS NULL")
    op.alter_column("persons", "enrolled_by", nullable=False, schema="enrollment")
    op.drop_constraint("fk_persons_county_code_counties", "persons", schema="enrollment", type_="foreignkey")
    op.drop_constraint(
        "fk_persons_employer_credit_code_employers", "persons", schema="enrollment", type_="foreignkey"
    )
    op.drop_index("ix_persons_county_code_status_id", table_name="persons", schema="enrollment")
    op.create_index(
        "ix_persons_county_code_status_id",
        "persons",
        ["county_code", "status", "id"],
        schema="enrollment",
        postgresql_where=sa.text("status <> 'insured'"),
    )


def downgrade() -> None:
    op.drop_index("ix_persons_county_code_status_id", table_name="persons", schema="enrollment")
    op.create_index(
        "ix_persons_county_code_status_id", "persons", ["county_code", "status", "id"], schema="enrollment"
    )
    op.create_foreign_key(
        "fk_persons_employer_credit_code_employers",
        "persons",
        "employers",
        ["employer_credit_code"],
        ["credit_code"],
        source_schema="enrollment",
        referent_schema="enrollment",
    )
    op.create_foreign_key(
        "fk_persons_county_code_counties",
        "persons",
        "counties",
        ["county_code"],
        ["code"],
        source_schema="enrollment",
        referent_schema="enrollment",
    )
    op.execute(
        """
        INSERT INTO enrollment.person_status_changes (person_id, status, effective_on, reason, recorded_by,
                                                      recorded_at)
        SELECT id, 'insured', enrolled_on,
               CASE WHEN enrolment_import_id IS NULL THEN 'enrolment'
                    ELSE 'enrolment by import ' || enrolment_import_id END,
               enrolled_by, created_at
          FROM enrollment.persons
        """
    )
    op.drop_column("persons", "enrolment_import_id", schema="enrollment")
    op.drop_column("persons", "enrolled_by", schema="enrollment")
    op.alter_column("persons", "id", server_default=sa.text("gen_random_uuid()"), schema="enrollment")
    op.execute("DROP FUNCTION enrollment.time_ordered_uuid()")
