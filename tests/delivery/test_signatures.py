"""Signature lists: CSV safe from formula injection, PDF summary, staff only."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from flask import Flask

from delivery.services.signatures import signatures_csv, summarise
from petitions.database import utcnow
from petitions.extensions import db
from petitions.models import Signature, SignatureStatus
from petitions.services.confirmation import supporter_for
from tests.factories import make_case, make_user
from tests.helpers import login

HOSTILE = ['=HYPERLINK("http://x")', "+1+2", "-3", "@SUM(A1)", "\tTab", "\rReturn"]


def _sign(petition_id: int, name: str, place: str, country: str, confirmed: bool = True) -> None:
    email = f"{abs(hash((name, place)))}@example.org"
    supporter_id, _ = supporter_for(email)
    db.session.add(
        Signature(
            petition_id=petition_id,
            supporter_id=supporter_id,
            name=name,
            email=email,
            place=place,
            country=country,
            consented_at=utcnow(),
            status=SignatureStatus.CONFIRMED if confirmed else SignatureStatus.PENDING,
            confirmed_at=utcnow() if confirmed else None,
        )
    )
    db.session.commit()


def test_csv_cells_are_neutralised_and_emails_only_on_request(ctx: Flask) -> None:
    petition_id = make_case().petition.id
    for i, value in enumerate(HOSTILE):
        _sign(petition_id, value, f"Town {i}", "GB")
    _sign(petition_id, "Not Confirmed", "Nowhere", "FR", confirmed=False)
    rows = list(csv.reader(io.StringIO(signatures_csv(petition_id))))
    assert rows[0] == ["name", "place", "country", "date"]
    assert len(rows) == 1 + len(HOSTILE)
    for row in rows[1:]:
        assert not row[0].startswith(("=", "+", "-", "@", "\t", "\r")), row[0]
    assert "Not Confirmed" not in signatures_csv(petition_id)
    assert "@example.org" not in signatures_csv(petition_id)
    with_email = list(csv.reader(io.StringIO(signatures_csv(petition_id, with_email=True))))
    assert with_email[0][-1] == "email" and with_email[1][-1].endswith("@example.org")


def test_summary_counts_by_country(ctx: Flask) -> None:
    petition_id = make_case().petition.id
    for i, country in enumerate(["GB", "GB", "FR", "HK"]):
        _sign(petition_id, f"Person {i}", "Town", country)
    summary = summarise(petition_id)
    assert summary.total == 4
    assert summary.by_country[0] == ("United Kingdom", 2)
    assert summary.first is not None and summary.first <= summary.last


def test_export_command_writes_csv_and_pdf(ctx: Flask, tmp_path: Path) -> None:
    case = make_case()
    _sign(case.petition.id, "Ann Lee", "Leeds", "GB")
    result = ctx.test_cli_runner().invoke(
        args=["signatures", "export", case.slug, "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "1 confirmed signatures" in result.output
    assert (tmp_path / f"{case.slug}-signatures.csv").read_text().count("Ann Lee") == 1
    assert (tmp_path / f"{case.slug}-signatures.pdf").read_bytes().startswith(b"%PDF")


def test_signature_downloads_are_staff_only(app: Flask) -> None:
    with app.app_context():
        case = make_case()
        _sign(case.petition.id, "Ann Lee", "Leeds", "GB")
        slug, moderator, staff = case.slug, make_user("moderator").email, make_user("staff").email
    assert app.test_client().get(f"/staff/signatures/{slug}.csv").status_code == 302
    mod = app.test_client()
    login(mod, moderator)
    assert mod.get(f"/staff/signatures/{slug}.csv").status_code == 403
    member: Any = app.test_client()
    login(member, staff)
    response = member.get(f"/staff/signatures/{slug}.csv")
    assert response.status_code == 200 and "Ann Lee" in response.get_data(as_text=True)
    pdf = member.get(f"/staff/signatures/{slug}.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    assert member.get("/staff/signatures").status_code == 200
