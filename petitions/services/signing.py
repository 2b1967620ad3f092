"""Signing a petition: one pending signature per person, confirmed by e-mail."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from petitions.database import utcnow
from petitions.extensions import db
from petitions.models import Petition, Signature, SignatureStatus
from petitions.queue import commit_and_dispatch, forget_pending
from petitions.services.confirmation import (
    Person,
    get_or_create_supporter,
    request_confirmation,
)


class SignResult(enum.Enum):
    PENDING = "pending"  # new signature, confirmation e-mail on its way
    STILL_PENDING = "still_pending"  # signed before, not yet confirmed
    ALREADY_SIGNED = "already_signed"  # signed and confirmed before
    CLOSED = "closed"


@dataclass(frozen=True)
class SignOutcome:
    result: SignResult
    email_sent: bool = False


def sign_petition(petition_id: int, signer: Person, today: date | None = None) -> SignOutcome:
    """Record a pending signature and queue its confirmation e-mail, in one transaction.

    Signing again with the same (canonical) address never counts twice: it
    reports the earlier signature and, if still pending, may send a new link.
    """
    petition = db.session.get(Petition, petition_id)
    if petition is None or not petition.is_open_on(today or utcnow().date()):
        return SignOutcome(SignResult.CLOSED)
    supporter = get_or_create_supporter(signer.email)
    existing = _existing(petition.id, supporter.id)
    if existing is None:
        try:
            with db.session.begin_nested():
                db.session.add(
                    Signature(
                        petition_id=petition.id,
                        supporter_id=supporter.id,
                        name=signer.name,
                        email=signer.email,
                        place=signer.place,
                        country=signer.country,
                        consented_at=utcnow(),
                    )
                )
        except IntegrityError:
            # The same person's concurrent request won the race: that one counts.
            existing = _existing(petition.id, supporter.id)
    if existing is not None and existing.status is not SignatureStatus.PENDING:
        db.session.rollback()
        forget_pending()
        return SignOutcome(SignResult.ALREADY_SIGNED)
    sent = request_confirmation(supporter, signer.email, signer.locale)
    commit_and_dispatch()
    result = SignResult.PENDING if existing is None else SignResult.STILL_PENDING
    return SignOutcome(result, email_sent=sent)


def _existing(petition_id: int, supporter_id: int) -> Signature | None:
    return db.session.scalars(
        sa.select(Signature).where(
            Signature.petition_id == petition_id, Signature.supporter_id == supporter_id
        )
    ).first()
