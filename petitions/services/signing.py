"""Signing a petition: one pending signature per person, confirmed by e-mail."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from petitions.database import insert_unless_exists, utcnow
from petitions.extensions import db
from petitions.models import Petition, Signature, SignatureStatus
from petitions.queue import commit_and_dispatch, forget_pending
from petitions.services.confirmation import (
    Person,
    request_confirmation,
    supporter_for,
)


class SignResult(enum.Enum):
    PENDING = "pending"  # new signature, confirmation e-mail on its way
    STILL_PENDING = "still_pending"  # signed before, not yet confirmed
    ALREADY_SIGNED = "already_signed"  # signed and confirmed before
    CLOSED = "closed"


@dataclass(frozen=True)
class SignOutcome:
    result: SignResult


def sign_petition(petition_id: int, signer: Person, today: date | None = None) -> SignOutcome:
    """Record a pending signature and queue its confirmation e-mail, in one transaction.

    Signing again with the same (canonical) address never counts twice: it
    reports the earlier signature and, if still pending, may send a new link.
    """
    petition = db.session.get(Petition, petition_id)
    if petition is None or not petition.is_open_on(today or utcnow().date()):
        return SignOutcome(SignResult.CLOSED)
    supporter_id, new_supporter = supporter_for(signer.email)
    created = insert_unless_exists(
        db.session,
        Signature.__table__,
        {
            "petition_id": petition.id,
            "supporter_id": supporter_id,
            "name": signer.name,
            "email": signer.email,
            "place": signer.place,
            "country": signer.country,
            "status": SignatureStatus.PENDING,
            "consented_at": utcnow(),
            "created_at": utcnow(),
        },
        unique=["petition_id", "supporter_id"],
    )
    if created is None:
        # Signed before (or by the same person's concurrent request): that one counts.
        status = db.session.scalar(
            sa.select(Signature.status).where(
                Signature.petition_id == petition.id, Signature.supporter_id == supporter_id
            )
        )
        if status is not SignatureStatus.PENDING:
            db.session.rollback()
            forget_pending()
            return SignOutcome(SignResult.ALREADY_SIGNED)
    request_confirmation(supporter_id, signer.email, signer.locale, new_supporter)
    commit_and_dispatch()
    result = SignResult.PENDING if created is not None else SignResult.STILL_PENDING
    return SignOutcome(result)
