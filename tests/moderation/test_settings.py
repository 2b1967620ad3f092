"""Staff settings: the screening's lists, the review setting, closing a case."""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from flask import Flask

from moderation.models import ScreeningList
from moderation.services.context import campaign_rules, forget_campaign_rules
from petitions.extensions import db
from petitions.models import Campaign, Case, CaseStatus
from tests.factories import make_case, make_user
from tests.helpers import login, sign


def _staff_client(app: Flask) -> tuple[object, int, str]:
    with app.app_context():
        case = make_case()
        email = make_user("staff").email
        ids = case.id, case.slug
    client = app.test_client()
    login(client, email)
    return client, *ids


def test_staff_add_and_remove_list_values_used_by_the_engine(app: Flask) -> None:
    client, case_id, _ = _staff_client(app)
    client.post("/staff/screening/values", data={"kind": "link_allowlist", "value": "example.ngo"})
    client.post("/staff/screening/values", data={"kind": "nonsense", "value": "x"})
    with app.app_context():
        campaign_id = db.session.get(Case, case_id).campaign_id
        assert "example.ngo" in campaign_rules(campaign_id).link_allowlist
        [row] = db.session.scalars(sa.select(ScreeningList)).all()
        row_id = row.id
    client.post(f"/staff/screening/values/{row_id}/remove")
    with app.app_context():
        assert "example.ngo" not in campaign_rules(campaign_id).link_allowlist


def test_each_process_reuses_the_lists_for_a_while_but_not_after_changing_them(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(SCREENING_LISTS_CACHE_SECONDS=60)
    client, case_id, _ = _staff_client(app)
    with app.app_context():
        campaign_id = db.session.get(Case, case_id).campaign_id
        assert "elsewhere.ngo" not in campaign_rules(campaign_id).link_allowlist
        # Another process adds a value: this one goes on with its copy for a while.
        db.session.add(
            ScreeningList(campaign_id=campaign_id, kind="link_allowlist", value="elsewhere.ngo")
        )
        db.session.commit()
        assert "elsewhere.ngo" not in campaign_rules(campaign_id).link_allowlist
    # A change made through this process is used at once.
    client.post("/staff/screening/values", data={"kind": "link_allowlist", "value": "here.ngo"})
    with app.app_context():
        allowlist = campaign_rules(campaign_id).link_allowlist
        assert {"here.ngo", "elsewhere.ngo"} <= set(allowlist)
        forget_campaign_rules()


def test_staff_make_clean_messages_wait(app: Flask) -> None:
    client, _, _ = _staff_client(app)
    assert client.get("/staff/screening/").status_code == 200
    client.post("/staff/screening/review", data={"clean_messages": "auto"})
    with app.app_context():
        assert db.session.scalars(sa.select(Campaign.review_clean_messages)).one() is False
    client.post("/staff/screening/review", data={"clean_messages": "review"})
    with app.app_context():
        assert db.session.scalars(sa.select(Campaign.review_clean_messages)).one() is True


def test_closing_a_case_stops_signatures(app: Flask) -> None:
    client, case_id, slug = _staff_client(app)
    client.post(f"/staff/cases/{case_id}", data={"action": "close"})
    with app.app_context():
        assert db.session.get(Case, case_id).status is CaseStatus.CLOSED
    page = app.test_client().get(sign(app.test_client(), slug).headers["Location"])
    assert b"closed" in page.data
    client.post(f"/staff/cases/{case_id}", data={"action": "open"})
    with app.app_context():
        assert db.session.get(Case, case_id).status is CaseStatus.OPEN
