"""Background jobs of moderation: they take ids and are safe to run twice."""

from __future__ import annotations

import sqlalchemy as sa
from flask import render_template
from flask_babel import force_locale, gettext

from moderation.models import Message, MessageStatus
from moderation.services.decisions import reconcile_message_count
from moderation.services.messages import rescreen_confirmed
from petitions.database import utcnow
from petitions.extensions import db
from petitions.mail import send_email
from petitions.models import Case
from petitions.queue import job
from petitions.urls import external_url


@job
def notify_rejected_writer(message_id: int) -> None:
    """Tell a writer why their confirmed message was rejected (once), so they can write again."""
    message = db.session.get(Message, message_id)
    if message is None or message.status is not MessageStatus.REJECTED:
        return
    if message.writer_notified_at is not None:
        return
    link = external_url("public.case", slug=message.case.slug) + "#write"
    with force_locale(message.locale):
        text = render_template(
            "moderation/email/rejected.txt",
            message=message,
            explanations=[f["explanation"] for f in message.findings],
            link=link,
        )
        subject = gettext("Your message could not be delivered as written")
    send_email(message.email, subject, text)
    message.writer_notified_at = utcnow()
    db.session.commit()


@job
def screen_message(message_id: int) -> None:
    """Screen a confirmed message again and decide it (held, clean, approved or rejected)."""
    rescreen_confirmed(message_id)


def reconcile_message_counts() -> None:
    """Re-count every case's counted messages and fix drifted counters."""
    for case_id in db.session.scalars(sa.select(Case.id).order_by(Case.id)).all():
        reconcile_message_count(case_id)
