"""Signature lists for the authorities: a CSV and a PDF summary per petition."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from delivery.render import neutralise_csv_cell, write_signatures_pdf
from petitions.countries import country_name
from petitions.extensions import db
from petitions.models import Petition, Signature, SignatureStatus

CSV_FIELDS = ("name", "place", "country", "date")


@dataclass(frozen=True)
class SignatureSummary:
    total: int
    by_country: list[tuple[str, int]]
    first: date | None
    last: date | None


def _confirmed(petition_id: int) -> sa.Select:
    return (
        sa.select(
            Signature.name,
            Signature.email,
            Signature.place,
            Signature.country,
            Signature.confirmed_at,
        )
        .where(Signature.petition_id == petition_id, Signature.status == SignatureStatus.CONFIRMED)
        .order_by(Signature.confirmed_at, Signature.id)
    )


def signatures_csv(petition_id: int, with_email: bool = False) -> str:
    """The confirmed signatures as CSV, each cell safe from formula injection."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*CSV_FIELDS, "email"] if with_email else CSV_FIELDS)
    rows = db.session.execute(_confirmed(petition_id).execution_options(yield_per=2000))
    for row in rows:
        cells = [row.name, row.place, row.country, row.confirmed_at.date().isoformat()]
        if with_email:
            cells.append(row.email)
        writer.writerow([neutralise_csv_cell(cell) for cell in cells])
    return out.getvalue()


def summarise(petition_id: int) -> SignatureSummary:
    """Total, count by country (largest first) and date range of confirmed signatures."""
    confirmed = (Signature.petition_id == petition_id) & (
        Signature.status == SignatureStatus.CONFIRMED
    )
    by_country = db.session.execute(
        sa.select(Signature.country, sa.func.count())
        .where(confirmed)
        .group_by(Signature.country)
        .order_by(sa.func.count().desc(), Signature.country)
    ).all()
    first, last = db.session.execute(
        sa.select(sa.func.min(Signature.confirmed_at), sa.func.max(Signature.confirmed_at)).where(
            confirmed
        )
    ).one()
    counts = Counter({code: n for code, n in by_country})
    return SignatureSummary(
        total=sum(counts.values()),
        by_country=[(country_name(code), n) for code, n in by_country],
        first=_as_date(first),
        last=_as_date(last),
    )


def write_summary_pdf(petition_id: int, path: Path, paper: str = "A4") -> SignatureSummary:
    """Write the addressee's PDF summary of a petition's signatures."""
    petition = db.session.get(Petition, petition_id)
    if petition is None:
        raise ValueError(f"no petition {petition_id}")
    summary = summarise(petition_id)
    write_signatures_pdf(
        path,
        title=petition.title,
        addressee=petition.addressee,
        petition_text=petition.text,
        total=summary.total,
        by_country=summary.by_country,
        first_date=summary.first,
        last_date=summary.last,
        paper=paper,
    )
    return summary


def _as_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite returns aggregates as text
        return date.fromisoformat(value[:10])
    return value.date()  # type: ignore[attr-defined]
