"""Auto-approval is a staff opt-in beside the engine's miss rate; the footer tells the truth."""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask

from moderation import miss_rate
from moderation.models import Message, MessageStatus
from petitions.extensions import db
from petitions.models import Campaign
from tests.factories import make_campaign, make_case, make_user
from tests.helpers import confirm_link, login, path_of, write

PROMISE = "Every message is read by a volunteer moderator before it is delivered."
HONEST = "delivered without a person reading them"


def _staff(app: Flask) -> Any:
    with app.app_context():
        case = make_case()
        email = make_user("staff").email
        slug = case.slug
    client = app.test_client()
    login(client, email)
    return client, slug


def test_settings_page_states_the_measured_miss_rate_next_to_the_switch(app: Flask) -> None:
    client, _ = _staff(app)
    page = client.get("/staff/screening/").get_data(as_text=True)
    assert 'value="auto"' in page and "opt-in" in page
    switch, rate = page.index('value="auto"'), page.index('id="miss-rate"')
    assert 0 < rate - switch < 1000, "the figure sits next to the switch"
    assert f"{miss_rate.MISS_RATE:.1%}" in page
    assert f"{miss_rate.MEASURED_ON_LETTERS} letters" in page
    assert re.search(r'<input checked[^>]*value="review"', page), "review is on by default"


def test_the_miss_rate_comes_from_one_constant(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    client, _ = _staff(app)
    measured = f"{miss_rate.MISS_RATE:.1%}"
    monkeypatch.setattr(miss_rate, "MISS_RATE", 0.123)
    monkeypatch.setattr("moderation.settings.MISS_RATE", 0.123)
    page = client.get("/staff/screening/").get_data(as_text=True)
    assert "12.3%" in page and measured not in page
    from flask_babel import force_locale

    from moderation.settings import miss_rate_sentence

    with app.test_request_context(), force_locale("fr"):
        assert "12,3\u00a0%" in miss_rate_sentence(), "formatted for the locale"


def test_staff_opt_in_to_auto_approval_is_logged_and_used(
    app: Flask, caplog: pytest.LogCaptureFixture, outbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    client, slug = _staff(app)
    # Alembic's logging setup (the test database's migration) disables loggers made before it.
    monkeypatch.setattr(logging.getLogger("moderation.services.review"), "disabled", False)
    with caplog.at_level(logging.INFO, logger="moderation.services.review"):
        saved = client.post(
            "/staff/screening/review", data={"clean_messages": "auto"}, follow_redirects=True
        )
    assert "approved without a human" in saved.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalars(sa.select(Campaign.review_clean_messages)).one() is False
    [record] = [r for r in caplog.records if "auto-approved" in r.getMessage()]
    assert "by user" in record.getMessage()
    write(app.test_client(), slug)
    app.test_client().post(path_of(confirm_link(outbox()[-1])))
    with app.app_context():
        assert db.session.scalars(sa.select(Message.status)).one() is MessageStatus.APPROVED
    client.post("/staff/screening/review", data={"clean_messages": "review"})
    with app.app_context():
        assert db.session.scalars(sa.select(Campaign.review_clean_messages)).one() is True
    nonsense = client.post("/staff/screening/review", data={"clean_messages": "sometimes"})
    assert nonsense.status_code == 302
    with app.app_context():
        assert db.session.scalars(sa.select(Campaign.review_clean_messages)).one() is True


def test_footer_promises_a_human_only_while_review_is_on(app: Flask) -> None:
    client, slug = _staff(app)
    public = app.test_client()
    for path in ("/", f"/cases/{slug}"):
        page = public.get(path).get_data(as_text=True)
        assert PROMISE in page and HONEST not in page
    client.post("/staff/screening/review", data={"clean_messages": "auto"})
    for path in ("/", f"/cases/{slug}", "/staff/screening/"):
        page = (client if "staff" in path else public).get(path).get_data(as_text=True)
        assert HONEST in page and PROMISE not in page, path
    assert "messages it flags are read by a volunteer moderator" in page


def test_footer_speaks_for_the_campaign_in_view(app: Flask) -> None:
    with app.app_context():
        reviewed = make_case().slug
        unread = make_case(campaign=make_campaign(review_clean_messages=False)).slug
    public = app.test_client()
    assert PROMISE in public.get(f"/cases/{reviewed}").get_data(as_text=True)
    assert HONEST in public.get(f"/cases/{unread}").get_data(as_text=True)
    assert HONEST in public.get("/login").get_data(as_text=True), "no campaign in view: all"


def test_demo_load_leaves_clean_messages_waiting_and_is_idempotent(app: Flask) -> None:
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo", "load"])
    assert first.exit_code == 0, first.output
    assert "demo messages:" in first.output
    with app.app_context():
        rows = db.session.execute(sa.select(Message.status, Message.language)).all()
        assert db.session.scalars(sa.select(Campaign.review_clean_messages)).all() == [True]
    statuses = [status for status, _ in rows]
    assert statuses.count(MessageStatus.CLEAN) >= 5, "the fast lane has work"
    assert MessageStatus.HELD in statuses
    assert MessageStatus.APPROVED not in statuses, "nothing approved unread"
    assert len({language for _, language in rows}) >= 5, "written in several languages"
    again = runner.invoke(args=["demo", "load"])
    assert again.exit_code == 0, again.output
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Message)) == len(rows)
