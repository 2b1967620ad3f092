"""Background jobs of the core: they take ids, and running one twice is harmless."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

import sqlalchemy as sa
from flask import current_app, render_template
from flask_babel import force_locale, gettext

from petitions.database import utcnow
from petitions.extensions import db
from petitions.mail import send_email
from petitions.models import Confirmation, Petition, Signature, SignatureStatus
from petitions.queue import job
from petitions.services.confirmation import pending_actions
from petitions.services.counts import reconcile_signature_count
from petitions.tokens import make_confirm_token
from petitions.urls import external_url

log = logging.getLogger(__name__)


@job
def send_confirmation(confirmation_id: int, again: bool = False) -> None:
    """E-mail the confirmation link for one ``Confirmation``, listing every action it would
    confirm; skips one used, or already sent unless ``again`` (a reminder: the same link).

    The list is fixed first (``listed_at``, under the row's lock): an action coming later
    gets an e-mail of its own, so the link never confirms what this e-mail did not show.
    """
    confirmation = db.session.scalars(
        sa.select(Confirmation).where(Confirmation.id == confirmation_id).with_for_update()
    ).first()
    if confirmation is None or confirmation.used_at or (confirmation.sent_at and not again):
        db.session.rollback()
        return
    if confirmation.listed_at is None:
        confirmation.listed_at = utcnow()
    db.session.commit()
    link = external_url("public.confirm", token=make_confirm_token(confirmation.id))
    with force_locale(confirmation.locale):
        actions = pending_actions(confirmation_id)  # lines in the writer's language
        subject = gettext("Please confirm your action")
        text = render_template("petitions/email/confirm.txt", link=link, titles=actions)
        html = render_template("petitions/email/confirm.html", link=link, titles=actions)
    send_email(confirmation.email, subject, text, html)
    # Sending and recording are not atomic: a crash in between sends a second
    # e-mail on retry, which is better than none.
    confirmation.sent_at = utcnow()
    db.session.commit()
    log.info("confirmation %s sent", confirmation_id)


@job
def send_already_signed(signature_id: int, locale: str = "en") -> None:
    """Tell a signer, at their address only, that they had already signed and confirmed: the
    sign page says the same to everyone, so that nobody learns who signed what."""
    signature = db.session.get(Signature, signature_id)
    if signature is None or signature.status is not SignatureStatus.CONFIRMED:
        return
    petition = db.session.get(Petition, signature.petition_id)
    with force_locale(locale):
        subject = gettext("You have already signed")
        text = render_template("petitions/email/already_signed.txt", title=petition.title)
    send_email(signature.email, subject, text)


def reconcile_signature_counts() -> None:
    """Re-count every petition's confirmed signatures and fix drifted counters."""
    for petition_id in db.session.scalars(sa.select(Petition.id).order_by(Petition.id)).all():
        reconcile_signature_count(petition_id)


# Every counter check, run together; other packages add theirs in the app factory.
RECONCILERS: list[Callable[[], None]] = [reconcile_signature_counts]


@job
def reconcile_counts() -> None:
    """Re-count confirmed actions (signatures, messages) and fix drifted counters."""
    for reconcile in RECONCILERS:
        reconcile()


def expire_unconfirmed_signatures(cutoff: datetime) -> int:
    """Delete signatures still pending at ``cutoff`` (their link has expired)."""
    deleted = db.session.execute(
        sa.delete(Signature).where(
            Signature.status == SignatureStatus.PENDING, Signature.created_at < cutoff
        )
    )
    return deleted.rowcount or 0


# Every clean-up of actions never confirmed, and every column that ties a row to a
# confirmation (a confirmation still tied to a row is kept); other packages add theirs.
EXPIRERS: list[Callable[[datetime], int]] = [expire_unconfirmed_signatures]
CONFIRMATION_USERS: list[sa.ColumnElement[int | None]] = [Signature.confirmation_id]


@job
def expire_unconfirmed() -> None:
    """Delete what nobody confirmed within a confirmation link's lifetime: the pending
    actions (names, places, texts) and the unused links (addresses). The writer never said
    yes, so nothing of it is kept. Safe to run twice."""
    cutoff = utcnow() - current_app.config["CONFIRM_TOKEN_MAX_AGE"]
    actions = sum(expire(cutoff) for expire in EXPIRERS)
    in_use = sa.union(
        *(sa.select(column).where(column.isnot(None)) for column in CONFIRMATION_USERS)
    )
    links = db.session.execute(
        sa.delete(Confirmation).where(
            Confirmation.used_at.is_(None),
            Confirmation.created_at < cutoff,
            Confirmation.id.not_in(in_use),
        )
    ).rowcount
    db.session.commit()
    log.info("expired %s unconfirmed actions and %s unused links", actions, links or 0)


@job
def send_invitation(user_id: int) -> None:
    """E-mail a staff invitation link; skipped once the password is set."""
    from petitions.auth_views import make_invite_token
    from petitions.models import User

    user = db.session.get(User, user_id)
    if user is None or user.password_hash or not user.active:
        return
    link = external_url("auth.accept_invitation", token=make_invite_token(user))
    text = render_template("auth/email/invitation.txt", link=link, user=user)
    send_email(user.email, gettext("Your Write for Rights staff account"), text)
