"""Double opt-in: one e-mail confirms all of a supporter's pending actions, once."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from flask import current_app

from petitions.database import insert_unless_exists, utcnow
from petitions.emails import canonical_email
from petitions.extensions import db
from petitions.models import Confirmation, Petition, Signature, SignatureStatus, Supporter
from petitions.queue import commit_and_dispatch, record_job
from petitions.tokens import TokenState, read_confirm_token


@dataclass(frozen=True)
class Person:
    """Who acts (signs or writes), as the form collected it, already validated."""

    name: str
    email: str
    place: str
    country: str
    locale: str = "en"


class ConfirmResult(enum.Enum):
    CONFIRMED = "confirmed"
    ALREADY_USED = "already_used"
    EXPIRED = "expired"
    INVALID = "invalid"


@dataclass
class ConfirmOutcome:
    result: ConfirmResult
    # Petition ids whose signature this confirmation counted.
    petition_ids: list[int] = field(default_factory=list)
    # What other packages confirmed (e.g. messages), by kind.
    other: dict[str, int] = field(default_factory=dict)


# Other packages' pending actions (messages of support) join the same click:
# each hook gets (supporter_id, now) inside the confirming transaction and
# returns how many actions it confirmed. Registered by the app factory.
ConfirmHook = Callable[[int, datetime], int]
CONFIRM_HOOKS: dict[str, ConfirmHook] = {}


def supporter_for(email: str) -> tuple[int, bool]:
    """The id of the supporter behind an address, created on first sight; and whether new.

    Race-safe: two requests for the same new address create one supporter.
    """
    canonical = canonical_email(email)
    new_id = insert_unless_exists(
        db.session,
        Supporter.__table__,
        {"email_canonical": canonical, "created_at": utcnow()},
        unique=["email_canonical"],
    )
    if new_id is not None:
        return new_id, True
    existing = db.session.scalar(
        sa.select(Supporter.id).where(Supporter.email_canonical == canonical)
    )
    return int(existing), False


def request_confirmation(
    supporter_id: int, email: str, locale: str, new_supporter: bool = False
) -> bool:
    """Queue a confirmation e-mail unless one was sent very recently; True if queued.

    A recent unused e-mail already confirms every pending action of this
    supporter, including the new one, so a second e-mail would only be noise.
    (A supporter created in this transaction has none: no need to look.)
    """
    # Local import: the job module imports this one.
    from petitions.jobs import send_confirmation

    if not new_supporter:
        since = utcnow() - current_app.config["CONFIRM_RESEND_AFTER"]
        recent = db.session.scalars(
            sa.select(Confirmation.id).where(
                Confirmation.supporter_id == supporter_id,
                Confirmation.used_at.is_(None),
                Confirmation.created_at >= since,
            )
        ).first()
        if recent is not None:
            return False
    confirmation = Confirmation(supporter_id=supporter_id, email=email, locale=locale)
    db.session.add(confirmation)
    db.session.flush()
    record_job(send_confirmation, confirmation.id)
    return True


def check_token(token: str) -> ConfirmResult:
    """What pressing the button would do, without doing it (for the GET page)."""
    check = read_confirm_token(token)
    if check.state is TokenState.EXPIRED:
        return ConfirmResult.EXPIRED
    if check.state is TokenState.INVALID:
        return ConfirmResult.INVALID
    confirmation = db.session.get(Confirmation, check.confirmation_id)
    if confirmation is None:
        return ConfirmResult.INVALID
    return ConfirmResult.ALREADY_USED if confirmation.used_at else ConfirmResult.CONFIRMED


def confirm_actions(token: str) -> ConfirmOutcome:
    """Use a confirmation token: count the supporter's pending actions, exactly once.

    The token is spent by a guarded UPDATE, so two concurrent clicks cannot both
    succeed; signatures move from pending to confirmed in the same statement
    that selects them, and each petition's counter grows by what moved.
    """
    check = read_confirm_token(token)
    if check.state is TokenState.EXPIRED:
        return ConfirmOutcome(ConfirmResult.EXPIRED)
    if check.state is TokenState.INVALID:
        return ConfirmOutcome(ConfirmResult.INVALID)
    now = utcnow()
    spent = db.session.execute(
        sa.update(Confirmation)
        .where(Confirmation.id == check.confirmation_id, Confirmation.used_at.is_(None))
        .values(used_at=now)
        .returning(Confirmation.supporter_id)
    ).first()
    if spent is None:
        db.session.rollback()
        exists = db.session.get(Confirmation, check.confirmation_id) is not None
        return ConfirmOutcome(ConfirmResult.ALREADY_USED if exists else ConfirmResult.INVALID)
    supporter_id = spent.supporter_id
    moved = db.session.execute(
        sa.update(Signature)
        .where(Signature.supporter_id == supporter_id, Signature.status == SignatureStatus.PENDING)
        .values(status=SignatureStatus.CONFIRMED, confirmed_at=now)
        .returning(Signature.petition_id)
    ).all()
    per_petition = Counter(row.petition_id for row in moved)
    for petition_id, count in sorted(per_petition.items()):
        db.session.execute(
            sa.update(Petition)
            .where(Petition.id == petition_id)
            .values(signature_count=Petition.signature_count + count)
        )
    other = {kind: hook(supporter_id, now) for kind, hook in CONFIRM_HOOKS.items()}
    commit_and_dispatch()
    return ConfirmOutcome(ConfirmResult.CONFIRMED, sorted(per_petition), other)
