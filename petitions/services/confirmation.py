"""Double opt-in: an e-mail lists pending actions, and its link confirms exactly those, once.

Each pending action (a signature, a message) is tied to the confirmation whose e-mail lists
it. A new action joins the supporter's confirmation whose e-mail is not written yet; once an
e-mail's list is fixed (``listed_at``), a later action gets a confirmation and an e-mail of
its own. So a click never confirms what its e-mail did not show: a message someone else
wrote with your address waits for its own e-mail, which names it.
"""

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


# Other packages' pending actions (messages of support) join the same click: each hook gets
# (confirmation_id, now) inside the confirming transaction and returns how many actions it
# confirmed. Registered by the app factory.
ConfirmHook = Callable[[int, datetime], int]
CONFIRM_HOOKS: dict[str, ConfirmHook] = {}
# And each lister says, in a line per action, what of theirs a confirmation would confirm
# (for its e-mail and its page): (confirmation_id) -> lines.
ActionLister = Callable[[int], list[str]]
ACTION_LISTERS: dict[str, ActionLister] = {}


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
) -> int:
    """The confirmation that will announce a new pending action; the caller ties the action
    to it (``confirmation_id``) in the same transaction.

    The supporter's confirmation whose e-mail is not written yet takes it (its e-mail will
    list it too: one e-mail for a quick sign-and-write); else a new confirmation, with its
    e-mail job. The open row is locked until the caller commits, so the e-mail job cannot
    fix its list in between. (A supporter created in this transaction has none to look for.)
    """
    # Local import: the job module imports this one.
    from petitions.jobs import send_confirmation

    if not new_supporter:
        open_id = db.session.scalar(
            sa.select(Confirmation.id)
            .where(
                Confirmation.supporter_id == supporter_id,
                Confirmation.used_at.is_(None),
                Confirmation.listed_at.is_(None),
            )
            .order_by(Confirmation.id.desc())
            .limit(1)
            .with_for_update()
        )
        if open_id is not None:
            return int(open_id)
    confirmation = Confirmation(supporter_id=supporter_id, email=email, locale=locale)
    db.session.add(confirmation)
    db.session.flush()
    record_job(send_confirmation, confirmation.id)
    return confirmation.id


def remind(confirmation_id: int | None) -> bool:
    """For an action signed again while pending: True if its confirmation still works, after
    recording a copy of its e-mail when one went out already (the same link: an older copy
    keeps working too). False when there is none to remind of (used, or its link expired):
    the caller ties the action to a new one."""
    # Local import: the job module imports this one.
    from petitions.jobs import send_confirmation

    if confirmation_id is None:
        return False
    confirmation = db.session.get(Confirmation, confirmation_id)
    if confirmation is None or confirmation.used_at is not None:
        return False
    if confirmation.created_at <= utcnow() - current_app.config["CONFIRM_TOKEN_MAX_AGE"]:
        return False
    if confirmation.sent_at is not None:
        record_job(send_confirmation, confirmation_id, True)
    # Not sent yet: its e-mail is on its way (the outbox tries again until it goes).
    return True


def petition_titles(confirmation_id: int) -> list[str]:
    """The petitions whose pending signatures a confirmation would confirm."""
    return list(
        db.session.scalars(
            sa.select(Petition.title)
            .join(Signature, Signature.petition_id == Petition.id)
            .where(
                Signature.confirmation_id == confirmation_id,
                Signature.status == SignatureStatus.PENDING,
            )
            .order_by(Signature.id)
        )
    )


def pending_actions(confirmation_id: int) -> list[str]:
    """One line per action a confirmation would confirm: petitions, then other packages'."""
    lines = [str(title) for title in petition_titles(confirmation_id)]
    for lister in ACTION_LISTERS.values():
        lines.extend(lister(confirmation_id))
    return lines


def check_token(token: str) -> tuple[ConfirmResult, list[str]]:
    """What pressing the button would do, without doing it (for the GET page): the result,
    and a line per action it would confirm."""
    check = read_confirm_token(token)
    if check.state is TokenState.EXPIRED:
        return ConfirmResult.EXPIRED, []
    if check.state is TokenState.INVALID:
        return ConfirmResult.INVALID, []
    confirmation = db.session.get(Confirmation, check.confirmation_id)
    if confirmation is None:
        return ConfirmResult.INVALID, []
    if confirmation.used_at:
        return ConfirmResult.ALREADY_USED, []
    return ConfirmResult.CONFIRMED, pending_actions(confirmation.id)


def confirm_actions(token: str) -> ConfirmOutcome:
    """Use a confirmation token: count the pending actions its e-mail listed, exactly once.

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
    confirmation_id = check.confirmation_id
    moved = db.session.execute(
        sa.update(Signature)
        .where(
            Signature.confirmation_id == confirmation_id,
            Signature.status == SignatureStatus.PENDING,
        )
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
    other = {kind: hook(confirmation_id, now) for kind, hook in CONFIRM_HOOKS.items()}
    commit_and_dispatch()
    return ConfirmOutcome(ConfirmResult.CONFIRMED, sorted(per_petition), other)
