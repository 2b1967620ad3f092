"""The core models: campaign content, supporters, signatures, the job outbox."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from petitions.database import UTCDateTime, created_at, enum_by_value, intpk
from petitions.extensions import db


class CaseStatus(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class HolderKind(enum.Enum):
    PERSON = "person"
    GROUP = "group"
    FAMILY = "family"


class SignatureStatus(enum.Enum):
    PENDING = "pending"
    CONFIRMED = "confirmed"
    INVALIDATED = "invalidated"


class Campaign(db.Model):
    """A season of action (e.g. Write for Rights 2022) grouping its cases."""

    __tablename__ = "campaigns"

    id: Mapped[intpk]
    slug: Mapped[str] = mapped_column(sa.String(80), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    tagline: Mapped[str] = mapped_column(sa.String(300), default="")
    intro: Mapped[str] = mapped_column(sa.Text, default="")
    # Clean messages wait for a human (the queue's fast lane) unless staff opt out: a human
    # sees every message by default; auto-approval is an explicit choice (issue 9).
    review_clean_messages: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    created_at: Mapped[created_at]

    cases: Mapped[list[Case]] = relationship(
        back_populates="campaign", order_by="Case.position", lazy="raise"
    )


class Case(db.Model):
    """A rights holder (a person, a group or a family) that the public acts for."""

    __tablename__ = "cases"

    id: Mapped[intpk]
    campaign_id: Mapped[int] = mapped_column(sa.ForeignKey("campaigns.id"), index=True)
    slug: Mapped[str] = mapped_column(sa.String(120), unique=True)
    rights_holder: Mapped[str] = mapped_column(sa.String(300))
    holder_kind: Mapped[HolderKind] = mapped_column(enum_by_value(HolderKind, "holder_kind"))
    country: Mapped[str] = mapped_column(sa.String(2))
    headline: Mapped[str] = mapped_column(sa.String(300), default="")
    story: Mapped[str] = mapped_column(sa.Text, default="")
    # Languages the rights holder can read, ISO 639-1 codes, in order of preference.
    languages: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    status: Mapped[CaseStatus] = mapped_column(
        enum_by_value(CaseStatus, "case_status"), default=CaseStatus.OPEN
    )
    position: Mapped[int] = mapped_column(default=0)
    # Confirmed messages of support, kept as a counter (reconciled by a job).
    message_count: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[created_at]

    campaign: Mapped[Campaign] = relationship(back_populates="cases", lazy="joined")
    petition: Mapped[Petition | None] = relationship(
        back_populates="case", uselist=False, lazy="joined"
    )
    suggested_messages: Mapped[list[SuggestedMessage]] = relationship(
        back_populates="case", order_by="SuggestedMessage.id"
    )

    @property
    def is_open(self) -> bool:
        return self.status is CaseStatus.OPEN

    @property
    def story_paragraphs(self) -> list[str]:
        return [p for p in self.story.split("\n\n") if p.strip()]


class SuggestedMessage(db.Model):
    """A message the campaign offers as a starting point for writers."""

    __tablename__ = "suggested_messages"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), index=True)
    language: Mapped[str] = mapped_column(sa.String(8))
    text: Mapped[str] = mapped_column(sa.Text)

    case: Mapped[Case] = relationship(back_populates="suggested_messages")


class Petition(db.Model):
    """A case's petition to the authorities who can end the injustice."""

    __tablename__ = "petitions"

    id: Mapped[intpk]
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id"), unique=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    addressee: Mapped[str] = mapped_column(sa.String(300))
    text: Mapped[str] = mapped_column(sa.Text)
    target: Mapped[int | None]
    closes_on: Mapped[date | None]
    # Confirmed signatures, kept as a counter (reconciled by a job).
    signature_count: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[created_at]

    case: Mapped[Case] = relationship(back_populates="petition")

    def is_open_on(self, today: date) -> bool:
        return self.case.is_open and (self.closes_on is None or today <= self.closes_on)


class Supporter(db.Model):
    """One person, known by their canonical e-mail address."""

    __tablename__ = "supporters"

    id: Mapped[intpk]
    email_canonical: Mapped[str] = mapped_column(sa.String(320), unique=True)
    created_at: Mapped[created_at]


class Signature(db.Model):
    """A supporter's signature on a petition: pending until the e-mail is confirmed."""

    __tablename__ = "signatures"
    __table_args__ = (sa.UniqueConstraint("petition_id", "supporter_id"),)

    id: Mapped[intpk]
    petition_id: Mapped[int] = mapped_column(sa.ForeignKey("petitions.id"))
    supporter_id: Mapped[int] = mapped_column(sa.ForeignKey("supporters.id"), index=True)
    # The confirmation whose e-mail announced this signature (the one that may confirm it).
    confirmation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("confirmations.id"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    # The address as typed, for writing to; duplicates are found on the canonical one.
    email: Mapped[str] = mapped_column(sa.String(320))
    place: Mapped[str] = mapped_column(sa.String(200))
    country: Mapped[str] = mapped_column(sa.String(2))
    status: Mapped[SignatureStatus] = mapped_column(
        enum_by_value(SignatureStatus, "signature_status"), default=SignatureStatus.PENDING
    )
    consented_at: Mapped[datetime]
    created_at: Mapped[created_at]
    confirmed_at: Mapped[datetime | None]

    petition: Mapped[Petition] = relationship()


class Confirmation(db.Model):
    """One confirmation e-mail; its signed token confirms, once, the pending actions tied to
    it (``confirmation_id`` on signatures and messages): exactly those its e-mail listed."""

    __tablename__ = "confirmations"

    id: Mapped[intpk]
    supporter_id: Mapped[int] = mapped_column(sa.ForeignKey("supporters.id"), index=True)
    # The address to write to, and the visitor's language for the e-mail.
    email: Mapped[str] = mapped_column(sa.String(320))
    locale: Mapped[str] = mapped_column(sa.String(10), default="en")
    created_at: Mapped[created_at]
    # When the e-mail's list of actions was fixed: no action is tied to it after that.
    listed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    used_at: Mapped[datetime | None]


class OutboxJob(db.Model):
    """A job recorded in the transaction that needs it, handed to the queue after commit.

    A row is done only once its job has finished (``done_at``): handing it to the queue
    (``dispatched_at``) is no proof, since Redis may lose it or a worker die running it. A
    failed run hands it back (``dispatched_at`` cleared) with a later ``due_at``.
    """

    __tablename__ = "outbox_jobs"
    __table_args__ = (
        # The sweeper only ever looks at rows not done.
        sa.Index(
            "ix_outbox_jobs_open",
            "id",
            sqlite_where=sa.text("done_at IS NULL"),
            postgresql_where=sa.text("done_at IS NULL"),
        ),
    )

    id: Mapped[intpk]
    func: Mapped[str] = mapped_column(sa.String(200))
    args: Mapped[list[Any]] = mapped_column(sa.JSON, default=list)
    created_at: Mapped[created_at]
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Not to be handed over before (a delayed job, or the next try after a failure).
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(sa.Text)


class Role(enum.Enum):
    """Staff roles, each including the ones before it."""

    MODERATOR = "moderator"  # decides messages
    STAFF = "staff"  # also runs cases, settings and delivery
    ADMIN = "admin"  # also manages accounts

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def allows(self, needed: Role) -> bool:
        return self.rank >= needed.rank


class User(db.Model):
    """A staff account. Deactivated, never deleted: decisions keep pointing at it."""

    __tablename__ = "users"

    id: Mapped[intpk]
    email: Mapped[str] = mapped_column(sa.String(320), unique=True)
    name: Mapped[str] = mapped_column(sa.String(200), default="")
    role: Mapped[Role] = mapped_column(enum_by_value(Role, "role"))
    # None until the invited person sets a password.
    password_hash: Mapped[str | None] = mapped_column(sa.String(200))
    active: Mapped[bool] = mapped_column(default=True)
    # Changes on password change or deactivation, which ends every open session.
    session_token: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[created_at]
    last_login_at: Mapped[datetime | None]

    # Flask-Login's interface.
    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"
