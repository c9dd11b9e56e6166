"""The supervision files' SQL: one insert that keeps the file sent before when the same bytes come again,
the descriptions of a parent's files (never their bytes), and one file with its bytes."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from services.oversight.models import SupervisionFile


async def insert_or_existing(session: AsyncSession, values: dict[str, Any]) -> tuple[SupervisionFile, bool]:
    """The new file, or the one holding the same bytes for the same parent and purpose (created False);
    two uploads of one file at once keep one (the unique index decides, the second reads the first's)."""
    made = await session.scalar(
        insert(SupervisionFile)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["parent_kind", "parent_id", "purpose", "sha256"])
        .returning(SupervisionFile.id)
    )
    found = await session.scalar(
        select(SupervisionFile).where(
            SupervisionFile.parent_kind == values["parent_kind"],
            SupervisionFile.parent_id == values["parent_id"],
            SupervisionFile.purpose == values["purpose"],
            SupervisionFile.sha256 == values["sha256"],
        )
    )
    assert found is not None  # inserted now, or there before
    return found, made is not None


async def files_of(
    session: AsyncSession, parent_kind: str, parent_id: uuid.UUID, visible: ColumnElement[bool]
) -> list[SupervisionFile]:
    rows = await session.scalars(
        select(SupervisionFile)
        .where(SupervisionFile.parent_kind == parent_kind, SupervisionFile.parent_id == parent_id, visible)
        .order_by(SupervisionFile.seq)
    )
    return list(rows)


async def file_with_content(
    session: AsyncSession,
    parent_kind: str,
    parent_id: uuid.UUID,
    file_id: uuid.UUID,
    visible: ColumnElement[bool],
) -> SupervisionFile | None:
    return await session.scalar(
        select(SupervisionFile)
        .options(undefer(SupervisionFile.content))
        .where(
            SupervisionFile.id == file_id,
            SupervisionFile.parent_kind == parent_kind,
            SupervisionFile.parent_id == parent_id,
            visible,
        )
    )
