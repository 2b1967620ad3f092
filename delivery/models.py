"""Bundles of approved messages, built into ZIPs for delivery to a rights holder."""

from __future__ import annotations

import enum
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from petitions.database import created_at, enum_by_value, intpk
from petitions.extensions import db
from petitions.models import Case


class BundleStatus(enum.Enum):
    QUEUED = "queued"
    BUILDING = "building"
    READY = "ready"
    FAILED = "failed"  # safe to retry
    DELIVERED = "delivered"


class Bundle(db.Model):
    """One delivery of a case's approved messages (optionally of one language)."""

    __tablename__ = "bundles"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    language: Mapped[str | None] = mapped_column(sa.String(8))
    paper: Mapped[str] = mapped_column(sa.String(10), default="A4")
    status: Mapped[BundleStatus] = mapped_column(
        enum_by_value(BundleStatus, "bundle_status"), default=BundleStatus.QUEUED
    )
    # Progress while building, for the staff page's bar.
    done: Mapped[int] = mapped_column(default=0)
    total: Mapped[int] = mapped_column(default=0)
    message_count: Mapped[int] = mapped_column(default=0)
    file_name: Mapped[str | None] = mapped_column(sa.String(200))
    sha256: Mapped[str | None] = mapped_column(sa.String(64))
    error: Mapped[str | None] = mapped_column(sa.Text)
    requested_by: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[created_at]
    started_at: Mapped[datetime | None]
    # Last sign of life of the build holding the bundle (its claim, then each progress step):
    # another build may take the bundle over only once this is older than the lease.
    heartbeat_at: Mapped[datetime | None]
    ready_at: Mapped[datetime | None]
    delivered_on: Mapped[date | None]
    delivery_note: Mapped[str] = mapped_column(sa.Text, default="")
    # Once delivered, its writers are e-mailed in message id order: the last id told (so a
    # job that stopped resumes there) and when the last was told.
    writers_told_through: Mapped[int] = mapped_column(default=0, server_default="0")
    writers_told_at: Mapped[datetime | None]

    case: Mapped[Case] = relationship(lazy="joined")


class BundleItem(db.Model):
    """A message's place in a bundle. A message is in at most one bundle (unique)."""

    __tablename__ = "bundle_items"

    bundle_id: Mapped[int] = mapped_column(sa.ForeignKey("bundles.id"), primary_key=True)
    message_id: Mapped[int] = mapped_column(
        sa.ForeignKey("messages.id"), primary_key=True, unique=True
    )
