"""Counts of confirmed actions: cheap counters to read, reconciled against the rows."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute

from petitions.extensions import db
from petitions.models import Case, Petition, Signature, SignatureStatus
from petitions.ttl_cache import TTLCache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Counts:
    signatures: int
    messages: int


def case_counts(case: Case) -> Counts:
    """A case's confirmed signatures and messages, from the counters."""
    signatures = case.petition.signature_count if case.petition else 0
    return Counts(signatures=signatures, messages=case.message_count)


def counts_by_slug(slug: str) -> Counts | None:
    """A case's counts in one small query (no case object loaded), or None if no such case."""
    row = db.session.execute(
        sa.select(Petition.signature_count, Case.message_count)
        .select_from(Case)
        .outerjoin(Petition, Petition.case_id == Case.id)
        .where(Case.slug == slug)
    ).first()
    if row is None:
        return None
    return Counts(signatures=row[0] or 0, messages=row[1])


# Counts are public and change every second at peak; the endpoints promise no fresher.
counts_cache: TTLCache[Counts | None] = TTLCache()


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


def reconcile_counter(
    counter: InstrumentedAttribute[int],
    row_id: int,
    rows: sa.ColumnElement[bool],
) -> int:
    """Set one counter column of one row to the number of ``rows``; returns the drift fixed.

    The counter's row is locked first, so the transactions that move it (which
    also update that row) either finish before the count or wait until after it.
    """
    table = counter.class_
    current = db.session.scalars(
        sa.select(counter).where(table.id == row_id).with_for_update()
    ).one()
    actual = int(db.session.scalar(sa.select(sa.func.count()).where(rows)) or 0)
    drift = actual - current
    if drift:
        db.session.execute(sa.update(table).where(table.id == row_id).values({counter: actual}))
        log.warning("%s %s: %s off by %+d, fixed", table.__tablename__, row_id, counter.key, drift)
    db.session.commit()
    return drift


def reconcile_signature_count(petition_id: int) -> int:
    """Set a petition's counter to its confirmed signatures; returns the drift fixed."""
    return reconcile_counter(
        Petition.signature_count,
        petition_id,
        (Signature.petition_id == petition_id) & (Signature.status == SignatureStatus.CONFIRMED),
    )
