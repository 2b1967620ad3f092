"""Telling writers what became of their message: one e-mail in their language, once.

Two moments are told: a rejection (by the engine on confirmation, or by a moderator)
and, in ``delivery``, a delivery. Both go through :func:`tell_writer`, which renders the
e-mail in the language the writer used the site in when writing (``Message.locale``).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import render_template
from flask_babel import force_locale
from flask_babel import lazy_gettext as _l

from moderation.models import Decision, Message, MessageStatus
from moderation.rulebook import RULE_TITLES
from petitions.database import utcnow
from petitions.extensions import db
from petitions.mail import send_email
from petitions.queue import job, record_job
from petitions.urls import external_url

log = logging.getLogger(__name__)

# A moderator may undo a decision for a short while (``queue.UNDO_WITHIN``, 30 s). The
# writer is told of a moderator's rejection only this long after it, and only if it still
# stands then, so an undo never leaves a wrong e-mail behind. Waiting (rather than sending
# at once and apologising after an undo) costs the writer a minute; the margin over the
# undo window covers clocks of different hosts and a slow undo request. A test keeps this
# longer than the undo window.
REJECTION_NOTICE_AFTER = timedelta(seconds=60)


def tell_writer(message: Message, template: str, subject: Any, **context: Any) -> None:
    """E-mail a message's writer, rendered in the language they wrote in.

    ``subject`` is a lazy string (``lazy_gettext``), translated here in the writer's
    language, like the template.
    """
    with force_locale(message.locale):
        text = render_template(template, message=message, **context)
        title = str(subject)
    send_email(message.email, title, text)


def record_rejection_notice(message_id: int, by_moderator: bool) -> None:
    """Record, in the deciding transaction, the e-mail telling the writer of a rejection.

    The engine's rejection is final and told at once; a moderator's waits until it can
    no longer be undone (``REJECTION_NOTICE_AFTER``).
    """
    not_before = utcnow() + REJECTION_NOTICE_AFTER if by_moderator else None
    record_job(notify_rejected_writer, message_id, not_before=not_before)


@job
def notify_rejected_writer(message_id: int) -> None:
    """Tell a writer why their confirmed message was rejected (once), so they can write again.

    Checked at send time: the message must still be rejected and its writer not yet
    told. A moderator's rejection younger than ``REJECTION_NOTICE_AFTER`` may still be
    undone: the job waits for it (this happens when a rejection, undone and made again,
    meets the first one's job, or a host's clock runs ahead).
    """
    message = db.session.scalars(
        sa.select(Message).where(Message.id == message_id).with_for_update(of=Message)
    ).first()
    if (
        message is None
        or message.status is not MessageStatus.REJECTED
        or message.writer_notified_at is not None
    ):
        db.session.rollback()
        return
    last = db.session.scalars(
        sa.select(Decision).where(Decision.message_id == message.id).order_by(Decision.id.desc())
    ).first()
    by_moderator = last is not None and last.actor_id is not None
    if last is not None and by_moderator:
        due = last.created_at + REJECTION_NOTICE_AFTER
        if utcnow() < due:
            record_job(notify_rejected_writer, message.id, not_before=due)
            db.session.commit()
            return
    # A moderator names the rules; the engine's findings say what in the text broke them.
    rules = [(code, RULE_TITLES.get(code, code)) for code in last.rules] if last else []
    tell_writer(
        message,
        "moderation/email/rejected.txt",
        _l("Your message could not be delivered as written"),
        rules=rules,
        explanations=[] if by_moderator else [f["explanation"] for f in message.findings],
        link=external_url("public.case", slug=message.case.slug) + "#write",
    )
    # Sending and recording are not atomic: a crash in between sends a second e-mail on
    # retry, which is better than none.
    message.writer_notified_at = utcnow()
    db.session.commit()
    log.info("message %s: writer told of the rejection", message.id)
