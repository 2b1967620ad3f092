"""Counts of confirmed actions: cheap counters to read, reconciled against the rows."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import sqlalchemy as sa

from petitions.extensions import db
from petitions.models import Case, Petition, Signature, SignatureStatus

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Counts:
    signatures: int
    messages: int


def case_counts(case: Case) -> Counts:
    """A case's confirmed signatures and messages, from the counters."""
    signatures = case.petition.signature_count if case.petition else 0
    return Counts(signatures=signatures, messages=case.message_count)


def campaign_totals(campaign_id: int) -> Counts:
    """Totals over a campaign's cases, from the counters (one small query)."""
    row = db.session.execute(
        sa.select(
            sa.func.coalesce(sa.func.sum(Petition.signature_count), 0),
            sa.func.coalesce(sa.func.sum(Case.message_count), 0),
        )
        .select_from(Case)
        .outerjoin(Petition, Petition.case_id == Case.id)
        .where(Case.campaign_id == campaign_id)
    ).one()
    return Counts(signatures=int(row[0]), messages=int(row[1]))


def reconcile_signature_count(petition_id: int) -> int:
    """Set a petition's counter to its confirmed rows; returns the drift that was fixed.

    The petition row is locked first, so confirmations in flight (which also
    update that row) either finish before the count or wait until after it.
    """
    current = db.session.scalars(
        sa.select(Petition.signature_count).where(Petition.id == petition_id).with_for_update()
    ).one()
    actual = db.session.scalar(
        sa.select(sa.func.count())
        .select_from(Signature)
        .where(Signature.petition_id == petition_id, Signature.status == SignatureStatus.CONFIRMED)
    )
    drift = int(actual or 0) - current
    if drift:
        db.session.execute(
            sa.update(Petition).where(Petition.id == petition_id).values(signature_count=actual)
        )
        log.warning("petition %s: signature counter off by %+d, fixed", petition_id, drift)
    db.session.commit()
    return drift
