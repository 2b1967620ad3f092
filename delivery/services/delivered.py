"""Telling the writers of a delivered bundle that their letter went: one e-mail per message.

One e-mail per message rather than per writer: it names the letter it is about (its
first words), so a writer with two letters in one bundle (rare: the repeat rule holds a
second message to the same person) reads two true e-mails; and a single cursor over
message ids marks progress, which per-writer grouping would not allow.

One job per bundle, not one per message: marking 10,000 messages delivered records one
outbox row, and the job walks the bundle in id order, a batch of ids at a time.
"""

from __future__ import annotations

import logging
from datetime import date

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from delivery.models import Bundle, BundleItem, BundleStatus
from moderation.models import Message, MessageStatus
from moderation.services.notices import tell_writer
from petitions.database import utcnow
from petitions.extensions import db
from petitions.queue import job
from petitions.urls import external_url

log = logging.getLogger(__name__)
BATCH = 200


@job
def notify_delivered_writers(bundle_id: int) -> None:
    """E-mail each writer of a delivered bundle's messages, once; resumable, safe to run twice.

    The bundle's ``writers_told_through`` is the last message id told. Each message is
    taken by moving that cursor past it in a guarded UPDATE, the e-mail is sent, and the
    move committed: a second run at the same time waits on the bundle row and then finds
    the message taken; a run that dies before its commit leaves the cursor where it was,
    so the retry sends that one message again (better twice than never). Only messages
    still ``delivered`` are told (never a withdrawn one).
    """
    bundle = db.session.get(Bundle, bundle_id)
    if bundle is None or bundle.status is not BundleStatus.DELIVERED or bundle.writers_told_at:
        db.session.rollback()
        return
    holder, delivered_on = bundle.case.rights_holder, bundle.delivered_on
    link = external_url("public.case", slug=bundle.case.slug)
    after = bundle.writers_told_through
    told = 0
    while True:
        ids = db.session.scalars(
            sa.select(BundleItem.message_id)
            .join(Message, Message.id == BundleItem.message_id)
            .where(
                BundleItem.bundle_id == bundle_id,
                BundleItem.message_id > after,
                Message.status == MessageStatus.DELIVERED,
            )
            .order_by(BundleItem.message_id)
            .limit(BATCH)
        ).all()
        db.session.rollback()
        if not ids:
            break
        for message_id in ids:
            told += _tell_one(bundle_id, message_id, holder, delivered_on, link)
        after = ids[-1]
    db.session.execute(
        sa.update(Bundle)
        .where(Bundle.id == bundle_id, Bundle.writers_told_at.is_(None))
        .values(writers_told_at=utcnow())
    )
    db.session.commit()
    log.info("bundle %s: %s writers told of the delivery", bundle_id, told)


def _tell_one(
    bundle_id: int, message_id: int, holder: str, delivered_on: date | None, link: str
) -> int:
    """Take one message by moving the bundle's cursor past it, tell its writer, commit."""
    taken = db.session.execute(
        sa.update(Bundle)
        .where(Bundle.id == bundle_id, Bundle.writers_told_through < message_id)
        .values(writers_told_through=message_id)
    )
    message = db.session.get(Message, message_id)
    if taken.rowcount != 1 or message is None or message.status is not MessageStatus.DELIVERED:
        db.session.rollback()
        return 0
    tell_writer(
        message,
        "delivery/email/delivered.txt",
        _l("Your letter to %(holder)s was delivered", holder=holder),
        holder=holder,
        delivered_on=delivered_on,
        link=link,
    )
    db.session.commit()
    return 1
