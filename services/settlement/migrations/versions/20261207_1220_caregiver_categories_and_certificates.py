"""caregivers' category (who may care, S003 §二(六)), licence and ID number; training certificates from
oversight's feed; the rule set's flag whether untrained family caregivers are cut

Existing caregivers keep their free-text qualification. Their category is read from it where the text names
one (执业医师/医师 → licensed_physician, 执业护士/护士/护师 → licensed_nurse, 康复治疗师/康复 →
rehabilitation_therapist, 家属/亲属/家庭 → family_caregiver); any other text (养老护理员 …) becomes
``trained_care_worker``, the seed's "其他从业人员", who needs a certificate. Neither a licence number nor an ID
number can be told from the text: both stay NULL until the institution gives them
(``PATCH /institutions/{id}/caregivers/{caregiver_id}``), so a migrated licensed caregiver is not treated as
licensed before its licence number is known. Every existing rule set gets the flag false, unconfirmed.

Revision ID: 8a4c2e6f1b37
Revises: 7e4c2a9d1b58
Create Date: 2026-12-07 12:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "8a4c2e6f1b37"
down_revision: str | None = "7e4c2a9d1b58"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "settlement"
CATEGORIES = (
    "licensed_physician",
    "licensed_nurse",
    "rehabilitation_therapist",
    "trained_care_worker",
    "family_caregiver",
)
FLAG = "family_caregivers_need_training"


def upgrade() -> None:
    op.add_column(
        "caregivers",
        sa.Column("category", sa.Text(), nullable=False, server_default="trained_care_worker"),
        schema=S,
    )
    op.add_column("caregivers", sa.Column("licence_number", sa.Text(), nullable=True), schema=S)
    op.add_column("caregivers", sa.Column("id_number", sa.Text(), nullable=True), schema=S)
    op.execute(
        f"""
        UPDATE {S}.caregivers SET category = CASE
            WHEN qualification ~* '执业医师|医师|physician' THEN 'licensed_physician'
            WHEN qualification ~* '执业护士|护士|护师|nurse' THEN 'licensed_nurse'
            WHEN qualification ~* '康复治疗师|康复|rehabilitation' THEN 'rehabilitation_therapist'
            WHEN qualification ~* '家属|亲属|家庭|family' THEN 'family_caregiver'
            ELSE 'trained_care_worker' END
        """
    )
    op.alter_column("caregivers", "category", server_default=None, schema=S)
    op.create_check_constraint(
        op.f("ck_caregivers_category_known"),
        "caregivers",
        "category IN (" + ", ".join(f"'{c}'" for c in CATEGORIES) + ")",
        schema=S,
    )
    op.create_index(op.f("ix_caregivers_id_number"), "caregivers", ["id_number"], schema=S)
    op.create_table(
        "caregiver_certificates",
        sa.Column("certificate_id", sa.Uuid(), nullable=False),
        sa.Column("certificate_number", sa.Text(), nullable=False),
        sa.Column("holder_id_number", sa.Text(), nullable=False),
        sa.Column("holder_name", sa.Text(), nullable=False),
        sa.Column("course_code", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("certificate_id", name=op.f("pk_caregiver_certificates")),
        schema=S,
    )
    op.create_index(
        op.f("ix_caregiver_certificates_holder_id_number_issued_on"),
        "caregiver_certificates",
        ["holder_id_number", "issued_on"],
        schema=S,
    )
    op.add_column(
        "benefit_rule_sets",
        sa.Column(FLAG, sa.Boolean(), nullable=False, server_default=sa.false()),
        schema=S,
    )
    op.execute(
        f"UPDATE {S}.benefit_rule_sets SET unconfirmed_fields = array_append(unconfirmed_fields, '{FLAG}')"
    )


def downgrade() -> None:
    op.execute(
        f"UPDATE {S}.benefit_rule_sets SET unconfirmed_fields = array_remove(unconfirmed_fields, '{FLAG}')"
    )
    op.drop_column("benefit_rule_sets", FLAG, schema=S)
    op.drop_index(
        op.f("ix_caregiver_certificates_holder_id_number_issued_on"),
        table_name="caregiver_certificates",
        schema=S,
    )
    op.drop_table("caregiver_certificates", schema=S)
    op.drop_index(op.f("ix_caregivers_id_number"), table_name="caregivers", schema=S)
    op.drop_constraint(op.f("ck_caregivers_category_known"), "caregivers", schema=S)
    op.drop_column("caregivers", "id_number", schema=S)
    op.drop_column("caregivers", "licence_number", schema=S)
    op.drop_column("caregivers", "category", schema=S)
