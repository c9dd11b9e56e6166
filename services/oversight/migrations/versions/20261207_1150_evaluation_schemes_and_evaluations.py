"""performance evaluation: schemes as versioned rule data (three reference drafts, every value
unconfirmed), evaluations, third-party assignments, satisfaction surveys and their imports; acceptances may
cite a final evaluation

Revision ID: 7e1a2b3c4d50
Revises: 8f06d751e710
Create Date: 2026-12-07 12:00:00
"""

import json
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "7e1a2b3c4d50"
down_revision: str | None = "8f06d751e710"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S001 = "S001 湘政发〔2014〕20号"
NO_SEED = (
    "unconfirmed: no seed gives weights, bands or grades; a draft for the bureau to set. "
    f"{S001} asks the evaluation to weigh 数量、质量和资金使用效率 and, with the purchaser, the served and "
    "a third party (购买主体、服务对象及第三方), to 更侧重受益对象…满意度"
)
SATISFACTION = f"unconfirmed weight and bands; {S001}: 更侧重受益对象对服务的满意度"


def _flag(note: str = NO_SEED) -> dict[str, Any]:
    return {"confirmed": False, "rule_source": note}


def _ratio_bands() -> list[dict[str, Any]]:
    """Higher is better, a ratio in bp: ≥ 95 % full points, ≥ 90 % 80, ≥ 80 % 60, below 0."""
    return [
        {"from_value": 9500, "to_value": None, "points_bp": 10000},
        {"from_value": 9000, "to_value": 9499, "points_bp": 8000},
        {"from_value": 8000, "to_value": 8999, "points_bp": 6000},
    ]


def _low_ratio_bands() -> list[dict[str, Any]]:
    """Lower is better, a ratio in bp: ≤ 2 % full points, ≤ 5 % 80, ≤ 10 % 60."""
    return [
        {"from_value": None, "to_value": 200, "points_bp": 10000},
        {"from_value": 201, "to_value": 500, "points_bp": 8000},
        {"from_value": 501, "to_value": 1000, "points_bp": 6000},
    ]


def _days_bands() -> list[dict[str, Any]]:
    return [
        {"from_value": None, "to_value": 15, "points_bp": 10000},
        {"from_value": 16, "to_value": 30, "points_bp": 8000},
        {"from_value": 31, "to_value": 45, "points_bp": 6000},
    ]


def _survey_bands() -> list[dict[str, Any]]:
    """The mean score × 100: ≥ 90 full points, ≥ 80 80, ≥ 70 60."""
    return [
        {"from_value": 9000, "to_value": None, "points_bp": 10000},
        {"from_value": 8000, "to_value": 8999, "points_bp": 8000},
        {"from_value": 7000, "to_value": 7999, "points_bp": 6000},
    ]


def _indicator(
    code: str, name: str, dimension: str, source: str, weight: int, kpi: str | None = None, bands: Any = None
) -> dict[str, Any]:
    note = SATISFACTION if dimension == "satisfaction" else NO_SEED
    return {
        "code": code,
        "name": name,
        "dimension": dimension,
        "source": source,
        "kpi_code": kpi,
        "weight_bp": weight,
        "bands": bands or [],
        **_flag(note),
    }


def _grades() -> list[dict[str, Any]]:
    return [
        {"grade": "excellent", "min_score_bp": 9000, "fee_release_bp": 10000, "deposit_release_bp": 10000,
         "renewal_eligible": True, **_flag()},
        {"grade": "good", "min_score_bp": 8000, "fee_release_bp": 10000, "deposit_release_bp": 10000,
         "renewal_eligible": True, **_flag()},
        {"grade": "pass", "min_score_bp": 6000, "fee_release_bp": 7000, "deposit_release_bp": 8000,
         "renewal_eligible": True, **_flag()},
        {"grade": "fail", "min_score_bp": 0, "fee_release_bp": 0, "deposit_release_bp": 0,
         "renewal_eligible": False, **_flag()},
    ]  # fmt: skip


def _window() -> dict[str, Any]:
    return {"days": 15, **_flag("unconfirmed: no seed gives an objection period after publication")}


def reference_schemes() -> list[dict[str, Any]]:
    contractor = [
        _indicator("insured_vs_target", "参保人数 against 确保数/力争数 (annex 2)", "quantity", "computed", 1500,
                   "enrollment.insured_vs_target_assured", _ratio_bands()),
        _indicator("contributions_on_time", "contributions collected by the due date", "efficiency", "computed",
                   1000, "enrollment.contributions_paid_by_due_date", _ratio_bands()),
        _indicator("assessment_visits_on_time", "on-site assessment visits on time", "quality", "computed", 1000,
                   "assessment.onsite_visits_on_time", _ratio_bands()),
        _indicator("conclusions_overturned", "overturn rate of conclusions", "quality", "computed", 1000,
                   "assessment.conclusions_overturned", _low_ratio_bands()),
        _indicator("settled_after_month_end", "days from a month's end to its settlement", "efficiency",
                   "computed", 1000, "settlement.settlement_days_after_month_end", _days_bands()),
        _indicator("payout_lag", "payout lag (days)", "efficiency", "computed", 1000,
                   "settlement.payout_lag_days", _days_bands()),
        _indicator("records_reviewed", "share of sampled service records reviewed (初审)", "quality", "computed",
                   1000, "settlement.sampled_records_first_reviewed", _ratio_bands()),
        _indicator("third_party_review", "third-party review of the operation", "quality", "third_party", 500),
        _indicator("bureau_review", "the bureau's review of the operation (日常巡查)", "quality", "manual", 500),
        _indicator("beneficiary_satisfaction", "beneficiaries' satisfaction (满意度)", "satisfaction", "survey",
                   1500, bands=_survey_bands()),
    ]  # fmt: skip
    institution = [
        _indicator("records_cut_share", "share of service records cut by the checks", "quality", "computed",
                   2000, "settlement.records_cut_by_checks", _low_ratio_bands()),
        _indicator("disputes_upheld_share", "share of disputes upheld", "quality", "computed", 1000,
                   "settlement.disputes_upheld", _low_ratio_bands()),
        _indicator("care_quality", "care quality found by the bureau (质量评价, 日常巡查)", "quality", "manual", 2000),
        _indicator("service_volume", "service delivered against the care plans", "quantity", "manual", 1000),
        _indicator("third_party_review", "third-party quality review", "quality", "third_party", 1500),
        _indicator("beneficiary_satisfaction", "beneficiaries' satisfaction (满意度)", "satisfaction", "survey",
                   2500, bands=_survey_bands()),
    ]  # fmt: skip
    expert = [
        _indicator("visits_on_time", "assessment visits on time", "efficiency", "manual", 3000),
        _indicator("conclusions_upheld", "conclusions upheld on review and objection", "quality", "manual", 4000),
        _indicator("applicant_satisfaction", "applicants' satisfaction (满意度)", "satisfaction", "survey", 3000,
                   bands=_survey_bands()),
    ]  # fmt: skip
    out = []
    for code, title, subject, period, indicators in (
        ("contractor-annual", "商保经办机构年度绩效评价 (draft)", "contractor", "year", contractor),
        ("institution-quarterly", "协议护理机构季度质量评价 (draft)", "institution", "quarter", institution),
        ("expert-annual", "评估专家年度考核 (draft)", "expert", "year", expert),
    ):
        out.append(
            {
                "id": uuid.uuid5(uuid.NAMESPACE_URL, f"ltc:oversight:evaluation-scheme:{code}:1"),
                "code": code,
                "version": 1,
                "title": title,
                "subject_kind": subject,
                "period_kind": period,
                "status": "draft",
                "document": json.dumps(
                    {"indicators": indicators, "grades": _grades(), "objection_window": _window()},
                    ensure_ascii=False,
                ),
                "source": NO_SEED,
                "created_by": "reference-data",
            }
        )
    return out


def upgrade() -> None:
    op.create_table(
        "evaluation_schemes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("subject_kind", sa.Text(), nullable=False),
        sa.Column("period_kind", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("document", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("approved_by", sa.Text(), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "subject_kind IN ('contractor', 'institution', 'expert')",
            name=op.f("ck_evaluation_schemes_subject_known"),
        ),
        sa.CheckConstraint(
            "period_kind IN ('month', 'quarter', 'half_year', 'year')",
            name=op.f("ck_evaluation_schemes_period_known"),
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'approved')", name=op.f("ck_evaluation_schemes_status_known")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_evaluation_schemes_version_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluation_schemes")),
        sa.UniqueConstraint("code", "version", name=op.f("uq_evaluation_schemes_code_version")),
        schema="oversight",
    )
    op.create_table(
        "evaluations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("scheme_id", sa.Uuid(), nullable=False),
        sa.Column("scheme_code", sa.Text(), nullable=False),
        sa.Column("scheme_version", sa.Integer(), nullable=False),
        sa.Column("subject_kind", sa.Text(), nullable=False),
        sa.Column("subject_id", sa.Text(), nullable=False),
        sa.Column("contract_id", sa.Uuid(), nullable=True),
        sa.Column("county_codes", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("scores", postgresql.JSONB(astext_type=sa.Text()), server_default="{}", nullable=False),
        sa.Column("evidence", postgresql.JSONB(astext_type=sa.Text()), server_default="[]", nullable=False),
        sa.Column("score_bp", sa.Integer(), nullable=True),
        sa.Column("grade", sa.Text(), nullable=True),
        sa.Column("fee_release_bp", sa.Integer(), nullable=True),
        sa.Column("deposit_release_bp", sa.Integer(), nullable=True),
        sa.Column("renewal_eligible", sa.Boolean(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("objection_until", sa.Date(), nullable=True),
        sa.Column("objection", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("decision", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("finalized_on", sa.Date(), nullable=True),
        sa.Column("history", postgresql.JSONB(astext_type=sa.Text()), server_default="[]", nullable=False),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'scored', 'published', 'objected', 'final')",
            name=op.f("ck_evaluations_status_known"),
        ),
        sa.CheckConstraint(
            "subject_kind IN ('contractor', 'institution', 'expert')",
            name=op.f("ck_evaluations_subject_known"),
        ),
        sa.CheckConstraint("period_to >= period_from", name=op.f("ck_evaluations_period_ordered")),
        sa.CheckConstraint(
            "score_bp IS NULL OR score_bp BETWEEN 0 AND 10000", name=op.f("ck_evaluations_score_range")
        ),
        sa.CheckConstraint("cardinality(county_codes) > 0", name=op.f("ck_evaluations_has_counties")),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["oversight.evaluation_schemes.id"],
            name=op.f("fk_evaluations_scheme_id_evaluation_schemes"),
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["oversight.contracts.id"], name=op.f("fk_evaluations_contract_id_contracts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluations")),
        sa.UniqueConstraint(
            "scheme_code",
            "subject_kind",
            "subject_id",
            "period_from",
            "period_to",
            name=op.f("uq_evaluations_scheme_code_subject_kind_subject_id_period_from_period_to"),
        ),
        schema="oversight",
    )
    op.create_index(
        op.f("ix_evaluations_county_codes"), "evaluations", ["county_codes"], schema="oversight",
        postgresql_using="gin",
    )  # fmt: skip
    op.create_index(
        op.f("ix_evaluations_subject_kind_subject_id"), "evaluations", ["subject_kind", "subject_id"],
        schema="oversight",
    )  # fmt: skip
    op.create_index(op.f("ix_evaluations_contract_id"), "evaluations", ["contract_id"], schema="oversight")
    op.create_table(
        "evaluation_assignments",
        sa.Column("evaluation_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_code", sa.Text(), nullable=False),
        sa.Column("evaluator_client_id", sa.Text(), nullable=False),
        sa.Column("assigned_by", sa.Text(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["oversight.evaluations.id"],
            name=op.f("fk_evaluation_assignments_evaluation_id_evaluations"),
        ),
        sa.PrimaryKeyConstraint("evaluation_id", "indicator_code", name=op.f("pk_evaluation_assignments")),
        schema="oversight",
    )
    op.create_index(
        op.f("ix_evaluation_assignments_evaluator_client_id"), "evaluation_assignments", ["evaluator_client_id"],
        schema="oversight",
    )  # fmt: skip
    op.create_table(
        "survey_imports",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("evaluation_id", sa.Uuid(), nullable=False),
        sa.Column("format", sa.Text(), nullable=False),
        sa.Column("imported_by", sa.Text(), nullable=False),
        sa.Column("rows_total", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_created", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_unchanged", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_failed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["oversight.evaluations.id"],
            name=op.f("fk_survey_imports_evaluation_id_evaluations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_imports")),
        schema="oversight",
    )
    op.create_index(
        op.f("ix_survey_imports_evaluation_id"), "survey_imports", ["evaluation_id"], schema="oversight"
    )
    op.create_table(
        "survey_import_errors",
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("row_number", sa.BigInteger(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["oversight.survey_imports.id"],
            name=op.f("fk_survey_import_errors_job_id_survey_imports"),
        ),
        sa.PrimaryKeyConstraint("job_id", "row_number", "field", name=op.f("pk_survey_import_errors")),
        schema="oversight",
    )
    op.create_table(
        "evaluation_survey_responses",
        sa.Column("evaluation_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_code", sa.Text(), nullable=False),
        sa.Column("respondent_ref", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("surveyed_on", sa.Date(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("import_job_id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "score BETWEEN 0 AND 100", name=op.f("ck_evaluation_survey_responses_score_range")
        ),
        sa.ForeignKeyConstraint(
            ["evaluation_id"],
            ["oversight.evaluations.id"],
            name=op.f("fk_evaluation_survey_responses_evaluation_id_evaluations"),
        ),
        sa.PrimaryKeyConstraint(
            "evaluation_id", "indicator_code", "respondent_ref", name=op.f("pk_evaluation_survey_responses")
        ),
        schema="oversight",
    )
    op.add_column(
        "contract_acceptances",
        sa.Column("evaluation_id", sa.Uuid(), nullable=True),
        schema="oversight",
    )
    op.create_foreign_key(
        op.f("fk_contract_acceptances_evaluation_id_evaluations"),
        "contract_acceptances",
        "evaluations",
        ["evaluation_id"],
        ["id"],
        source_schema="oversight",
        referent_schema="oversight",
    )
    schemes = sa.table(
        "evaluation_schemes",
        sa.column("id", sa.Uuid()),
        sa.column("code", sa.Text()),
        sa.column("version", sa.Integer()),
        sa.column("title", sa.Text()),
        sa.column("subject_kind", sa.Text()),
        sa.column("period_kind", sa.Text()),
        sa.column("status", sa.Text()),
        sa.column("document", postgresql.JSONB()),
        sa.column("source", sa.Text()),
        sa.column("created_by", sa.Text()),
        schema="oversight",
    )
    rows = reference_schemes()
    for row in rows:
        row["document"] = json.loads(row["document"])
    op.bulk_insert(schemes, rows)


def downgrade() -> None:
    op.drop_constraint(
        op.f("fk_contract_acceptances_evaluation_id_evaluations"), "contract_acceptances", schema="oversight"
    )
    op.drop_column("contract_acceptances", "evaluation_id", schema="oversight")
    op.drop_table("evaluation_survey_responses", schema="oversight")
    op.drop_table("survey_import_errors", schema="oversight")
    op.drop_index(op.f("ix_survey_imports_evaluation_id"), table_name="survey_imports", schema="oversight")
    op.drop_table("survey_imports", schema="oversight")
    op.drop_index(
        op.f("ix_evaluation_assignments_evaluator_client_id"),
        table_name="evaluation_assignments",
        schema="oversight",
    )
    op.drop_table("evaluation_assignments", schema="oversight")
    op.drop_index(op.f("ix_evaluations_contract_id"), table_name="evaluations", schema="oversight")
    op.drop_index(
        op.f("ix_evaluations_subject_kind_subject_id"), table_name="evaluations", schema="oversight"
    )
    op.drop_index(
        op.f("ix_evaluations_county_codes"),
        table_name="evaluations",
        schema="oversight",
        postgresql_using="gin",
    )
    op.drop_table("evaluations", schema="oversight")
    op.drop_table("evaluation_schemes", schema="oversight")
