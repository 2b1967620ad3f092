"""Signing a petition: one pending signature per person, confirmed by e-mail."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from petitions.database import insert_unless_exists, utcnow
from petitions.extensions import db
from petitions.jobs import send_already_signed
from petitions.models import Petition, Signature, SignatureStatus
from petitions.queue import commit_and_dispatch, record_job
from petitions.services.confirmation import (
    Person,
    remind,
    request_confirmation,
    supporter_for,
)


class SignResult(enum.Enum):
    """What signing did. Only the service knows: the public page is the same for all but
    CLOSED, and the address's owner hears the rest by e-mail."""

    PENDING = "pending"  # new signature, confirmation e-mail on its way
    STILL_PENDING = "still_pending"  # signed before, not yet confirmed: a new link, maybe
    ALREADY_SIGNED = "already_signed"  # signed and confirmed before: a notice by e-mail
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
        earlier = db.session.execute(
            sa.select(Signature.id, Signature.status, Signature.confirmation_id).where(
                Signature.petition_id == petition.id, Signature.supporter_id == supporter_id
            )
        ).one()
        if earlier.status is not SignatureStatus.PENDING:
            # Only the address's owner hears that it signed before (the page says the same
            # to everyone).
            record_job(send_already_signed, earlier.id, signer.locale)
            commit_and_dispatch()
            return SignOutcome(SignResult.ALREADY_SIGNED)
        if remind(earlier.confirmation_id):
            commit_and_dispatch()
            return SignOutcome(SignResult.STILL_PENDING)
        signature_id = earlier.id
    else:
        signature_id = created
    # Tied to the confirmation whose e-mail will list it.
    confirmation_id = request_confirmation(supporter_id, signer.email, signer.locale, new_supporter)
    db.session.execute(
        sa.update(Signature)
        .where(Signature.id == signature_id)
        .values(confirmation_id=confirmation_id)
    )
    commit_and_dispatch()
    result = SignResult.PENDING if created is not None else SignResult.STILL_PENDING
    return SignOutcome(result)
