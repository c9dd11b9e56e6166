"""the quarterly bulletin's targets (数据通报) as versioned, flagged reference data: the city's insured target
for the end of 2022 and annex 1 item 6's institutions contracted per county by 30 June and 30 September
2022, each quoted from seed 003

Revision ID: 5b1d7e3a9c42
Revises: 8a4c2e6f1b37
Create Date: 2026-12-07 15:00:00
"""

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "5b1d7e3a9c42"
down_revision: str | None = "8a4c2e6f1b37"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEED = "seed 003"
TARGETS = [
    (
        "city_insured",
        "全市长期护理保险参保人数",
        2_000_000,
        "2022-12-31",
        "[]",
        f"{SEED} §一: 到 2022 年底，全市长期护理保险参保人数达到 200 万人",
    ),
    (
        "elderly_care_institutions_per_county",
        "每个县（市）纳入协议定点的养老机构",
        1,
        "2022-06-30",
        '["elderly_care"]',
        f"{SEED} annex 1 item 6: 每个县（市）6 月底前有 1 家以上养老机构…纳入长期护理保险协议定点范围",
    ),
    (
        "nursing_institutions_per_county",
        "每个县（市）纳入协议定点的护理机构",
        1,
        "2022-09-30",
        '["home_care", "medical"]',
        f"{SEED} annex 1 item 6: 9 月底前有 1 家以上护理机构纳入长期护理保险协议定点范围 (护理机构 read as "
        "settlement's home_care and medical kinds: unconfirmed reading)",
    ),
]


def upgrade() -> None:
    op.create_table(
        "bulletin_targets",
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column(
            "institution_kinds",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'[]'::jsonb"),
            nullable=False,
        ),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("rule_source", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("value >= 0", name=op.f("ck_bulletin_targets_value_not_negative")),
        sa.CheckConstraint("version >= 1", name=op.f("ck_bulletin_targets_version_positive")),
        sa.PrimaryKeyConstraint("code", "version", name=op.f("pk_bulletin_targets")),
        schema="settlement",
    )
    table = sa.table(
        "bulletin_targets",
        sa.column("code", sa.Text()),
        sa.column("version", sa.Integer()),
        sa.column("title", sa.Text()),
        sa.column("value", sa.BigInteger()),
        sa.column("due_on", sa.Date()),
        sa.column("institution_kinds", postgresql.JSONB()),
        sa.column("confirmed", sa.Boolean()),
        sa.column("rule_source", sa.Text()),
        sa.column("created_by", sa.Text()),
        schema="settlement",
    )
    op.bulk_insert(
        table,
        [
            {
                "code": code,
                "version": 1,
                "title": title,
                "value": value,
                "due_on": dt.date.fromisoformat(due),
                "institution_kinds": json.loads(kinds),
                "confirmed": code != "nursing_institutions_per_county",
                "rule_source": source,
                "created_by": "migration",
            }
            for code, title, value, due, kinds, source in TARGETS
        ],
    )


def downgrade() -> None:
    op.drop_table("bulletin_targets", schema="settlement")
