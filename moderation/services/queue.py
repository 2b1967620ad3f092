"""The moderators' queue: handing out work, deciding, undoing, bulk decisions."""

from __future__ import annotations

import enum
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa

from moderation import rulebook, rules
from moderation.models import Ban, Decision, Message, MessageStatus, Verdict
from moderation.services.decisions import record_decision
from petitions.database import utcnow
from petitions.extensions import db
from petitions.models import User

CLAIM_FOR = timedelta(minutes=5)
UNDO_WITHIN = timedelta(seconds=30)
PAGE_SIZE = 20
# Clean messages shown (and approved) at once in the fast lane: short enough to read.
FAST_LANE_PAGE = 10

# The queues a moderator can open, and the status each lists.
QUEUES = {
    "held": MessageStatus.HELD,
    "clean": MessageStatus.CLEAN,
    "rejected": MessageStatus.REJECTED,
    "approved": MessageStatus.APPROVED,
}
# Messages a human may still decide.
DECIDABLE = (MessageStatus.HELD, MessageStatus.CLEAN)
# What each button does: the verdict and the status it moves the message to.
VERDICTS = {
    "approve": (Verdict.APPROVE, MessageStatus.APPROVED),
    "reject": (Verdict.REJECT, MessageStatus.REJECTED),
    # A clean message a moderator wants a close look at goes to the held queue.
    "hold": (Verdict.HOLD, MessageStatus.HELD),
}


class DecideResult(enum.Enum):
    DONE = "done"
    ALREADY_DECIDED = "already_decided"
    CLAIMED = "claimed"  # another moderator is working on it
    NEEDS_REASON = "needs_reason"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class QueueFilter:
    queue: str = "held"
    case_id: int | None = None
    language: str | None = None
    rule: str | None = None

    @property
    def status(self) -> MessageStatus:
        return QUEUES.get(self.queue, MessageStatus.HELD)


def _filtered(query: sa.Select, f: QueueFilter) -> sa.Select:
    query = query.where(Message.status == f.status)
    if f.case_id:
        query = query.where(Message.case_id == f.case_id)
    if f.language:
        query = query.where(Message.language == f.language)
    if f.rule:
        # The codes are a JSON list: match the quoted code in its text form.
        query = query.where(sa.cast(Message.rules, sa.Text).like(f'%"{f.rule}"%'))
    return query


def queue_page(
    moderator_id: int, f: QueueFilter, after_id: int = 0, limit: int = PAGE_SIZE
) -> list[Message]:
    """One page of a queue (keyset: ids after ``after_id``), claiming decidable messages.

    Messages another moderator holds a live claim on are not offered. On
    PostgreSQL the rows are taken with ``FOR UPDATE SKIP LOCKED``, so two
    moderators opening the queue at the same moment get different messages.
    """
    now = utcnow()
    query = _filtered(sa.select(Message.id), f).where(Message.id > after_id)
    decidable = f.status in DECIDABLE
    if decidable:
        query = query.where(
            sa.or_(
                Message.claimed_until.is_(None),
                Message.claimed_until < now,
                Message.claimed_by == moderator_id,
            )
        ).with_for_update(skip_locked=True)
    ids = db.session.scalars(query.order_by(Message.id).limit(limit)).all()
    if decidable and ids:
        db.session.execute(
            sa.update(Message)
            .where(Message.id.in_(ids))
            .values(claimed_by=moderator_id, claimed_until=now + CLAIM_FOR)
            .execution_options(synchronize_session=False)
        )
    db.session.commit()
    if not ids:
        return []
    return list(
        db.session.scalars(sa.select(Message).where(Message.id.in_(ids)).order_by(Message.id))
    )


def claim(message_id: int, moderator_id: int) -> bool:
    """Claim one message for a moderator opening it; False if someone else holds it."""
    now = utcnow()
    taken = db.session.execute(
        sa.update(Message)
        .where(
            Message.id == message_id,
            Message.status.in_(DECIDABLE),
            sa.or_(
                Message.claimed_until.is_(None),
                Message.claimed_until < now,
                Message.claimed_by == moderator_id,
            ),
        )
        .values(claimed_by=moderator_id, claimed_until=now + CLAIM_FOR)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return taken.rowcount == 1


def decide(
    message_id: int,
    moderator: User,
    action: str,
    reasons: Sequence[str] = (),
    note: str = "",
) -> DecideResult:
    """A moderator approves or rejects one message; exactly one decision ever wins."""
    if action not in VERDICTS:
        return DecideResult.UNKNOWN
    verdict, status = VERDICTS[action]
    codes = sorted({code for code in reasons if code in rulebook.RULE_CODES})
    if verdict is Verdict.REJECT and not codes:
        return DecideResult.NEEDS_REASON
    message = db.session.get(Message, message_id)
    if message is None:
        return DecideResult.UNKNOWN
    # Holding only takes a clean message out of the fast lane.
    expected = (MessageStatus.CLEAN,) if status is MessageStatus.HELD else DECIDABLE
    if message.status not in expected:
        return DecideResult.ALREADY_DECIDED
    live_claim = message.claimed_until is not None and message.claimed_until > utcnow()
    if live_claim and message.claimed_by not in (None, moderator.id):
        return DecideResult.CLAIMED
    decision = record_decision(
        message,
        verdict,
        status,
        codes if verdict is Verdict.REJECT else message.rules,
        rules.RULEBOOK_VERSION,
        expected=expected,
        actor_id=moderator.id,
        note=(note or "").strip()[:2000],
    )
    if decision is None:
        db.session.rollback()
        return DecideResult.ALREADY_DECIDED
    db.session.commit()
    return DecideResult.DONE


def decide_many(
    message_ids: Sequence[int], moderator: User, action: str, reasons: Sequence[str], note: str
) -> dict[DecideResult, int]:
    """Bulk decision with one reason: each message is decided as if alone."""
    outcome: dict[DecideResult, int] = {}
    for message_id in dict.fromkeys(message_ids):
        result = decide(message_id, moderator, action, reasons, note)
        outcome[result] = outcome.get(result, 0) + 1
    return outcome


@dataclass(frozen=True)
class PageApproval:
    approved: list[int]
    skipped: int  # decided or claimed by someone else since the page was shown


def approve_page(message_ids: Sequence[int], moderator: User) -> PageApproval:
    """Approve exactly the clean messages of one fast-lane page, as one batch.

    Each message is a guarded move from ``clean`` with a decision row of its own,
    all sharing a batch so that undo takes the page back together. Messages
    decided meanwhile (held, rejected, approved, withdrawn) or claimed live by
    another moderator are skipped and counted, never decided twice.
    """
    wanted = list(dict.fromkeys(message_ids))
    messages = {
        m.id: m for m in db.session.scalars(sa.select(Message).where(Message.id.in_(wanted)))
    }
    now = utcnow()
    batch = secrets.token_hex(8)
    approved: list[int] = []
    for message_id in wanted:
        message = messages.get(message_id)
        if message is None or message.status is not MessageStatus.CLEAN:
            continue
        live_claim = message.claimed_until is not None and message.claimed_until > now
        if live_claim and message.claimed_by not in (None, moderator.id):
            continue
        decision = record_decision(
            message,
            Verdict.APPROVE,
            MessageStatus.APPROVED,
            message.rules,
            rules.RULEBOOK_VERSION,
            expected=(MessageStatus.CLEAN,),
            actor_id=moderator.id,
        )
        if decision is not None:
            decision.batch = batch
            approved.append(message_id)
    db.session.commit()
    return PageApproval(approved=approved, skipped=len(wanted) - len(approved))


def undoable_batch(moderator: User) -> int:
    """How many messages the moderator's latest decision, a page approval, would undo (0 if
    that decision is no page approval or too old to undo)."""
    last = _last_decision(moderator)
    if last is None or last.batch is None:
        return 0
    return db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Decision)
        .where(Decision.actor_id == moderator.id, Decision.batch == last.batch)
    )


def _last_decision(moderator: User) -> Decision | None:
    last = db.session.scalars(
        sa.select(Decision).where(Decision.actor_id == moderator.id).order_by(Decision.id.desc())
    ).first()
    if last is None or last.created_at < utcnow() - UNDO_WITHIN or last.note.startswith("undo"):
        return None
    return last


def undo_last(moderator: User) -> list[Message]:
    """Take back the moderator's latest decision, if made in the last few seconds.

    A page approval is taken back whole. Each message goes back to the status it
    had (held or clean) and the undo is itself recorded; the decision rows stay,
    as the audit trail is append-only. Returns the messages put back (none if
    there was nothing to undo).
    """
    last = _last_decision(moderator)
    if last is None:
        return []
    batch = [last]
    if last.batch is not None:
        batch = list(
            db.session.scalars(
                sa.select(Decision)
                .where(Decision.actor_id == moderator.id, Decision.batch == last.batch)
                .order_by(Decision.id)
            )
        )
    # A page approval only ever moves messages out of ``clean``.
    was = MessageStatus.CLEAN if last.batch is not None else None
    undone = [m for d in batch if (m := _undo(d, moderator, was)) is not None]
    if not undone:
        db.session.rollback()
        return []
    db.session.commit()
    return undone


def _undo(last: Decision, moderator: User, was: MessageStatus | None) -> Message | None:
    """Put one message back where it was before ``last`` (``was``, when known); None if it has
    moved on since."""
    message = db.session.get(Message, last.message_id)
    previous = (
        was
        or db.session.scalars(
            sa.select(Decision.status)
            .where(Decision.message_id == last.message_id, Decision.id < last.id)
            .order_by(Decision.id.desc())
        ).first()
    )
    back_to = previous if previous in DECIDABLE else MessageStatus.HELD
    done = record_decision(
        message,
        Verdict.HOLD,
        back_to,
        message.rules,
        rules.RULEBOOK_VERSION,
        expected=(last.status,),
        actor_id=moderator.id,
        note=f"undo of decision {last.id}",
    )
    if done is None:
        return None
    message.claimed_by, message.claimed_until = moderator.id, utcnow() + CLAIM_FOR
    return message


def writer_records(writer_keys: Sequence[str]) -> dict[str, dict[str, int]]:
    """How many earlier messages of each writer were approved and rejected (one query)."""
    records = {key: {"approved": 0, "rejected": 0} for key in writer_keys}
    if not records:
        return records
    counted = {
        MessageStatus.APPROVED: "approved",
        MessageStatus.BUNDLED: "approved",
        MessageStatus.DELIVERED: "approved",
        MessageStatus.REJECTED: "rejected",
    }
    rows = db.session.execute(
        sa.select(Message.writer_key, Message.status, sa.func.count())
        .where(Message.writer_key.in_(list(records)), Message.status.in_(list(counted)))
        .group_by(Message.writer_key, Message.status)
    ).all()
    for key, status, n in rows:
        records[key][counted[status]] += n
    return records


def ban_writer(writer_key: str, moderator: User, reason: str) -> bool:
    """Hold every future message of this writer for a moderator; False if already banned."""
    if db.session.scalar(sa.select(Ban.id).where(Ban.writer_key == writer_key)):
        return False
    db.session.add(
        Ban(writer_key=writer_key, reason=reason.strip()[:2000], created_by=moderator.id)
    )
    db.session.commit()
    return True


def lift_ban(writer_key: str) -> None:
    """Remove a writer's ban."""
    db.session.execute(sa.delete(Ban).where(Ban.writer_key == writer_key))
    db.session.commit()
