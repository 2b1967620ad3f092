"""Moving a message between states, with an append-only decision record for each move."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import sqlalchemy as sa

from moderation.models import COUNTED, Decision, Message, MessageStatus, Verdict
from moderation.services.notices import record_rejection_notice
from petitions.database import utcnow
from petitions.extensions import db
from petitions.models import Case
from petitions.services.counts import reconcile_counter

log = logging.getLogger(__name__)


def record_decision(
    message: Message,
    verdict: Verdict,
    status: MessageStatus,
    rules: Sequence[str],
    rulebook_version: str,
    expected: Sequence[MessageStatus],
    actor_id: int | None = None,
    note: str = "",
) -> Decision | None:
    """Move a message to ``status`` if it is still in one of ``expected``, and audit it.

    The move is a guarded UPDATE, so of two concurrent deciders exactly one
    succeeds; the other gets None. The case's public counter follows the move
    and a decision row is added (``actor_id`` None for the screening engine); a
    rejection records the e-mail that tells the writer. The caller commits.
    """
    now = utcnow()
    previous = None
    for old in expected:
        moved = db.session.execute(
            sa.update(Message)
            .where(Message.id == message.id, Message.status == old)
            .values(status=status, decided_at=now, claimed_by=None, claimed_until=None)
            .execution_options(synchronize_session=False)
        )
        if moved.rowcount == 1:
            previous = old
            break
    if previous is None:
        return None
    db.session.refresh(message)
    change = int(status in COUNTED) - int(previous in COUNTED)
    if change:
        db.session.execute(
            sa.update(Case)
            .where(Case.id == message.case_id)
            .values(message_count=Case.message_count + change)
        )
    decision = Decision(
        message_id=message.id,
        actor_id=actor_id,
        verdict=verdict,
        status=status,
        rules=sorted(set(rules)),
        rulebook_version=rulebook_version,
        note=note,
    )
    db.session.add(decision)
    if status is MessageStatus.REJECTED:
        # Every rejection, the engine's or a moderator's, is told to the writer once.
        record_rejection_notice(message.id, by_moderator=actor_id is not None)
    log.info(
        "message %s: %s, %s -> %s by %s (rules %s)",
        message.id,
        verdict.value,
        previous.value,
        status.value,
        actor_id or "engine",
        ",".join(rules) or "-",
    )
    return decision


def reconcile_message_count(case_id: int) -> int:
    """Set a case's message counter to its counted messages; returns the drift fixed."""
    return reconcile_counter(
        Case.message_count,
        case_id,
        (Message.case_id == case_id) & Message.status.in_(COUNTED),
    )
