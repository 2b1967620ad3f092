"""Messages of support and the append-only record of every decision on them."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from petitions.database import created_at, enum_by_value, intpk
from petitions.extensions import db
from petitions.models import Case


class MessageStatus(enum.Enum):
    UNCONFIRMED = "unconfirmed"  # e-mail not yet confirmed
    CONFIRMED = "confirmed"  # confirmed, waiting for the screening job
    HELD = "held"  # waits for a moderator
    CLEAN = "clean"  # no rule raised; waits for a quick human pass
    APPROVED = "approved"
    REJECTED = "rejected"
    BUNDLED = "bundled"
    DELIVERED = "delivered"
    WITHDRAWN = "withdrawn"  # the writer asked for erasure before delivery


# Messages that count publicly as support on their way to the rights holder.
COUNTED = (MessageStatus.APPROVED, MessageStatus.BUNDLED, MessageStatus.DELIVERED)


class Verdict(enum.Enum):
    APPROVE = "approve"
    HOLD = "hold"
    REJECT = "reject"


class Message(db.Model):
    """A message of support to a case's rights holder, as the writer typed it."""

    __tablename__ = "messages"
    __table_args__ = (
        # The moderation queue: one status, newest or oldest first, per case.
        sa.Index("ix_messages_status_id", "status", "id"),
        sa.Index("ix_messages_case_status_id", "case_id", "status", "id"),
        # Repeats: the same writer's latest messages.
        sa.Index("ix_messages_writer_key_id", "writer_key", "id"),
    )

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"))
    supporter_id: Mapped[int] = mapped_column(sa.ForeignKey("supporters.id"), index=True)
    # The confirmation whose e-mail announced this message (the one that may confirm it).
    confirmation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("confirmations.id"), index=True
    )
    # The canonical e-mail: the key for repeats, bans and a writer's history.
    writer_key: Mapped[str] = mapped_column(sa.String(320))
    name: Mapped[str] = mapped_column(sa.String(200))
    email: Mapped[str] = mapped_column(sa.String(320))
    place: Mapped[str] = mapped_column(sa.String(200))
    country: Mapped[str] = mapped_column(sa.String(2))
    text: Mapped[str] = mapped_column(sa.Text)
    # The text reduced to its folded words, for the repeat rule (N10).
    repeat_key: Mapped[str] = mapped_column(sa.Text, default="")
    language: Mapped[str | None] = mapped_column(sa.String(8))
    status: Mapped[MessageStatus] = mapped_column(
        enum_by_value(MessageStatus, "message_status"), default=MessageStatus.UNCONFIRMED
    )
    # The latest screening: its findings (code, span, excerpt, explanation) and codes.
    findings: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    rules: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    rulebook_version: Mapped[str] = mapped_column(sa.String(20), default="")
    consented_at: Mapped[datetime]
    created_at: Mapped[created_at]
    confirmed_at: Mapped[datetime | None]
    decided_at: Mapped[datetime | None]
    # A moderator working on the message holds it until then; nobody else is offered it.
    claimed_by: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    claimed_until: Mapped[datetime | None]
    # The writer's language for e-mails about this message.
    locale: Mapped[str] = mapped_column(sa.String(10), default="en", server_default="en")
    # When the writer was told that their message could not be accepted.
    writer_notified_at: Mapped[datetime | None]

    case: Mapped[Case] = relationship(lazy="joined")
    decisions: Mapped[list[Decision]] = relationship(
        order_by="Decision.id", lazy="raise", viewonly=True
    )

    @property
    def first_name(self) -> str:
        """What the public and the recipient see of the writer's name."""
        return self.name.split()[0] if self.name.split() else ""


class Decision(db.Model):
    """One decision on a message, automatic or human. Rows are only ever added."""

    __tablename__ = "decisions"

    id: Mapped[intpk]
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("messages.id"), index=True)
    # None for the screening engine; a staff account's id for a human.
    actor_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"), index=True)
    verdict: Mapped[Verdict] = mapped_column(enum_by_value(Verdict, "verdict"))
    # The status the message moved to (e.g. "clean" for an automatic approve).
    status: Mapped[MessageStatus] = mapped_column(enum_by_value(MessageStatus, "message_status"))
    rules: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    rulebook_version: Mapped[str] = mapped_column(sa.String(20))
    note: Mapped[str] = mapped_column(sa.Text, default="")
    # Decisions taken together (a fast-lane page approved with one button) share a batch;
    # undo takes the whole batch back.
    batch: Mapped[str | None] = mapped_column(sa.String(32))
    created_at: Mapped[created_at]


class MessageShingle(db.Model):
    """Inverted index of word shingles, so copy detection (N12) never scans messages."""

    __tablename__ = "message_shingles"
    __table_args__ = (sa.Index("ix_message_shingles_shingle", "shingle", "writer_key"),)

    message_id: Mapped[int] = mapped_column(
        sa.ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    shingle: Mapped[int] = mapped_column(sa.BigInteger, primary_key=True, autoincrement=False)
    writer_key: Mapped[str] = mapped_column(sa.String(320))


class Ban(db.Model):
    """A writer whose new messages are held for a moderator, whatever they say."""

    __tablename__ = "bans"

    id: Mapped[intpk]
    writer_key: Mapped[str] = mapped_column(sa.String(320), unique=True)
    reason: Mapped[str] = mapped_column(sa.Text, default="")
    created_by: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id"))
    created_at: Mapped[created_at]


class ScreeningList(db.Model):
    """A value of a list that staff keep: allowlisted link domains, protected names, words."""

    __tablename__ = "screening_lists"
    __table_args__ = (sa.UniqueConstraint("campaign_id", "kind", "value"),)

    id: Mapped[intpk]
    campaign_id: Mapped[int] = mapped_column(sa.ForeignKey("campaigns.id"))
    kind: Mapped[str] = mapped_column(sa.String(20))
    value: Mapped[str] = mapped_column(sa.String(300))
    created_at: Mapped[created_at]
