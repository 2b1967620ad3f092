"""Counts: a counter that is cheap to read, reconciled against the rows."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from petitions.database import utcnow
from petitions.extensions import db
from petitions.models import Case, Petition, Signature, SignatureStatus, Supporter
from petitions.services.counts import Counts, campaign_totals, reconcile_signature_count
from tests.factories import make_campaign, make_case


def _add_signatures(petition_id: int, statuses: list[SignatureStatus]) -> None:
    for i, status in enumerate(statuses):
        supporter = Supporter(email_canonical=f"p{petition_id}-{i}@example.org")
        db.session.add(supporter)
        db.session.flush()
        db.session.add(
            Signature(
                petition_id=petition_id,
                supporter_id=supporter.id,
                name="A",
                email="a@x.org",
                place="P",
                country="GB",
                status=status,
                consented_at=utcnow(),
            )
        )
    db.session.commit()


def test_counts_endpoint_reads_counters_with_cache_headers(ctx: Flask) -> None:
    case = make_case()
    case.petition.signature_count = 12
    case.message_count = 3
    db.session.commit()
    response = ctx.test_client().get(f"/api/v1/cases/{case.slug}/counts")
    assert response.get_json() == {"signatures": 12, "messages": 3}
    assert response.cache_control.public
    assert response.cache_control.max_age == ctx.config["COUNTS_CACHE_SECONDS"]
    etag = response.headers["ETag"]
    again = ctx.test_client().get(
        f"/api/v1/cases/{case.slug}/counts", headers={"If-None-Match": etag}
    )
    assert again.status_code == 304


def test_reconcile_fixes_a_drifted_counter(ctx: Flask) -> None:
    case = make_case()
    petition_id = case.petition.id
    _add_signatures(
        petition_id,
        [
            SignatureStatus.CONFIRMED,
            SignatureStatus.CONFIRMED,
            SignatureStatus.PENDING,
            SignatureStatus.INVALIDATED,
        ],
    )
    db.session.execute(sa.update(Petition).values(signature_count=7))
    db.session.commit()
    assert reconcile_signature_count(petition_id) == -5
    assert db.session.get(Petition, petition_id).signature_count == 2
    assert reconcile_signature_count(petition_id) == 0


def test_reconcile_command_runs_over_every_petition(ctx: Flask) -> None:
    first, second = make_case(), make_case()
    _add_signatures(first.petition.id, [SignatureStatus.CONFIRMED])
    result = ctx.test_cli_runner().invoke(args=["counts", "reconcile"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert db.session.get(Petition, first.petition.id).signature_count == 1
    assert db.session.get(Petition, second.petition.id).signature_count == 0


def test_home_page_shows_campaign_totals(ctx: Flask, client: FlaskClient) -> None:
    campaign = make_campaign(name="Write for Rights Test")
    for n in (5, 7):
        case = make_case(campaign)
        case.petition.signature_count = n
        case.message_count = 1
    db.session.commit()
    assert campaign_totals(campaign.id).signatures == 12
    page = client.get("/").get_data(as_text=True)
    assert "Write for Rights Test" in page
    assert ">12<" in page
    assert ">2<" in page


def test_case_page_shows_its_count(ctx: Flask, client: FlaskClient, outbox: Any) -> None:
    case = make_case()
    db.session.execute(sa.update(Case).values(message_count=0))
    case.petition.signature_count = 1234
    db.session.commit()
    page = client.get(f"/cases/{case.slug}").get_data(as_text=True)
    assert "1,234" in page


def test_totals_endpoint_sums_the_campaign(ctx: Flask, client: FlaskClient) -> None:
    campaign = make_campaign()
    for n in (2, 3):
        make_case(campaign).petition.signature_count = n
    db.session.commit()
    response = client.get("/api/v1/totals")
    assert response.get_json() == {"signatures": 5, "messages": 0}
    assert response.cache_control.public


def test_ttl_cache_reuses_a_value_until_it_expires() -> None:
    from petitions.ttl_cache import TTLCache

    cache: TTLCache[Counts] = TTLCache()
    loads: list[int] = []

    def load() -> Counts:
        loads.append(1)
        return Counts(len(loads), 0)

    assert cache.get("a", 60, load) == Counts(1, 0)
    assert cache.get("a", 60, load) == Counts(1, 0), "reused within its time"
    assert cache.get("b", 60, load) == Counts(2, 0)
    cache.clear()
    assert cache.get("a", 60, load) == Counts(3, 0)
    assert cache.get("c", 0, load) == Counts(4, 0)
    assert cache.get("c", 0, load) == Counts(5, 0), "an entry loaded with no time expires"
