"""Background jobs of moderation: they take ids and are safe to run twice."""

from __future__ import annotations

import sqlalchemy as sa

from moderation.services import notices
from moderation.services.decisions import reconcile_message_count
from moderation.services.messages import rescreen_confirmed
from petitions.extensions import db
from petitions.models import Case
from petitions.queue import job


@job
def notify_rejected_writer(message_id: int) -> None:
    """The rejection e-mail under its earlier name, for outbox rows recorded before the move."""
    notices.notify_rejected_writer(message_id)


@job
def screen_message(message_id: int) -> None:
    """Screen a confirmed message again and decide it (held, clean, approved or rejected)."""
    rescreen_confirmed(message_id)


def reconcile_message_counts() -> None:
    """Re-count every case's counted messages and fix drifted counters."""
    for case_id in db.session.scalars(sa.select(Case.id).order_by(Case.id)).all():
        reconcile_message_count(case_id)
