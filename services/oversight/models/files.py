"""Photos and documents of supervision kept as files (bytea in this schema): a visit's findings and its
rectification follow-up, a case's evidence and the institution's statement. Each with its SHA-256, size and
the media type its first bytes show (JPEG, PNG, PDF)."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import StrEnum

from sqlalchemy import BigInteger, CheckConstraint, DateTime, Identity, Index, LargeBinary, Text, func
from sqlalchemy.orm import Mapped, deferred, mapped_column

from services.oversight.models.base import Base, sql_values


class FileParent(StrEnum):
    INSPECTION = "inspection"
    CASE = "case"


class FilePurpose(StrEnum):
    FINDING = "finding"  # an inspection's findings (现场照片, 检查记录)
    FOLLOW_UP = "follow_up"  # the rectification's follow-up (整改复查)
    EVIDENCE = "evidence"  # a case's evidence (证据材料)
    STATEMENT = "statement"  # the institution's statement (陈述申辩材料)


class FileMediaType(StrEnum):
    JPEG = "image/jpeg"
    PNG = "image/png"
    PDF = "application/pdf"


class SupervisionFile(Base):
    """One file on an inspection or a case; ``content`` is loaded only when it is downloaded. The parent's
    county and institution are copied in, so the file's scope is the parent's without a join."""

    __tablename__ = "supervision_files"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), nullable=False)  # the order kept
    parent_kind: Mapped[str] = mapped_column(Text, nullable=False)
    parent_id: Mapped[uuid.UUID] = mapped_column(nullable=False)
    purpose: Mapped[str] = mapped_column(Text, nullable=False)
    county_code: Mapped[str] = mapped_column(Text, nullable=False)
    institution_id: Mapped[str | None] = mapped_column(Text)
    filename: Mapped[str] = mapped_column(Text, nullable=False)
    media_type: Mapped[str] = mapped_column(Text, nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(Text, nullable=False)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    uploaded_by: Mapped[str] = mapped_column(Text, nullable=False)
    uploaded_role: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )

    __table_args__ = (
        CheckConstraint(f"parent_kind IN {sql_values(FileParent)}", name="parent_known"),
        CheckConstraint(f"purpose IN {sql_values(FilePurpose)}", name="purpose_known"),
        CheckConstraint(f"media_type IN {sql_values(FileMediaType)}", name="media_type_allowed"),
        CheckConstraint("size_bytes > 0 AND size_bytes = octet_length(content)", name="size_matches"),
        CheckConstraint("sha256 ~ '^[0-9a-f]{64}$'", name="sha256_hex"),
        Index(None, "parent_kind", "parent_id", "seq"),
        # the same bytes sent again for the same purpose are the file kept before
        Index(None, "parent_kind", "parent_id", "purpose", "sha256", unique=True),
    )
