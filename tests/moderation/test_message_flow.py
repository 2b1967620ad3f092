"""Messages of support over HTTP: screened at once, confirmed, screened again."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from moderation.models import Decision, Message, MessageStatus, ScreeningList
from petitions.extensions import db
from tests.factories import make_campaign, make_case
from tests.helpers import confirm_link, counts, path_of, sign, write


def _case(app: Flask, **overrides: Any) -> str:
    with app.app_context():
        return make_case(**overrides).slug


def _messages(app: Flask) -> list[Message]:
    with app.app_context():
        rows = db.session.scalars(sa.select(Message).order_by(Message.id)).all()
        db.session.expunge_all()
        return list(rows)


def test_clean_message_is_approved_after_confirmation_with_auto_approval(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    with app.app_context():
        slug = make_case(campaign=make_campaign(review_clean_messages=False)).slug
    page = client.get(f"/cases/{slug}")
    assert b'name="text"' in page.data
    response = write(client, slug)
    assert response.status_code == 302
    [message] = _messages(app)
    assert message.status is MessageStatus.UNCONFIRMED
    assert counts(client, slug)["messages"] == 0

    client.post(path_of(confirm_link(outbox()[0])))
    [message] = _messages(app)
    assert message.status is MessageStatus.APPROVED
    assert message.confirmed_at is not None
    assert counts(client, slug)["messages"] == 1
    with app.app_context():
        [decision] = db.session.scalars(sa.select(Decision)).all()
        assert decision.actor_id is None
        assert decision.rulebook_version


def test_clean_messages_wait_for_a_human_by_default(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    with app.app_context():
        case = make_case()
        assert case.campaign.review_clean_messages is True, "a new campaign reviews"
        slug = case.slug
    write(client, slug)
    client.post(path_of(confirm_link(outbox()[0])))
    [message] = _messages(app)
    assert message.status is MessageStatus.CLEAN, "the fast lane, not approved unread"
    assert counts(client, slug)["messages"] == 0
    with app.app_context():
        [decision] = db.session.scalars(sa.select(Decision)).all()
        assert decision.actor_id is None and decision.status is MessageStatus.CLEAN


def test_rejected_message_comes_back_with_findings_and_text(
    app: Flask, client: FlaskClient
) -> None:
    slug = _case(app)
    text = "Stay STRONG, friend, the whole world is with you."
    response = write(client, slug, text=text)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "(N05A)" in page
    assert "STRONG" in page
    assert text.replace(",", ",") in page
    assert _messages(app) == []


def test_held_message_waits_for_a_moderator_after_confirmation(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    slug = _case(app)
    write(
        client, slug, text="The guards who did this deserve to die, I will find them and kill them."
    )
    [message] = _messages(app)
    assert message.status is MessageStatus.UNCONFIRMED
    assert "N07" in message.rules
    client.post(path_of(confirm_link(outbox()[0])))
    [message] = _messages(app)
    assert message.status is MessageStatus.HELD
    assert "N07" in message.rules
    assert counts(client, slug)["messages"] == 0


def test_screening_runs_again_on_confirmation_with_current_lists(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    with app.app_context():
        case = make_case()
        slug, campaign_id = case.slug, case.campaign_id
    write(client, slug, text="Dear friend, the zorblat guards cannot silence you. We are with you.")
    with app.app_context():
        db.session.add(ScreeningList(campaign_id=campaign_id, kind="vulgar_word", value="zorblat"))
        db.session.commit()
    client.post(path_of(confirm_link(outbox()[0])))
    [message] = _messages(app)
    assert message.status is MessageStatus.REJECTED
    assert "N06" in message.rules
    # The writer is told why, once, with a link to write again.
    _, notice = outbox()
    body = notice.get_body(preferencelist=("plain",)).get_content()
    assert "zorblat" in body
    assert f"/cases/{slug}#write" in body
    from moderation.jobs import notify_rejected_writer

    with app.app_context():
        notify_rejected_writer(message.id)
    assert len(outbox()) == 2


def test_each_e_mail_lists_and_confirms_its_own_actions(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    slug = _case(app)
    sign(client, slug)
    write(
        client, slug, text="Dear Ana, the whole choir of Leeds sends you its love and hope today."
    )
    signature_mail, message_mail = outbox()
    body = message_mail.get_body(("plain",)).get_content()
    assert "Message to " in body and "the whole choir of Leeds" in body
    page = client.get(path_of(confirm_link(message_mail))).get_data(as_text=True)
    assert "This confirms:" in page and "the whole choir of Leeds" in page
    client.post(path_of(confirm_link(signature_mail)))
    assert counts(client, slug) == {"signatures": 1, "messages": 0}
    assert [m.status for m in _messages(app)] == [MessageStatus.UNCONFIRMED]
    client.post(path_of(confirm_link(message_mail)))
    # The message is confirmed and waits for a human in the fast lane: not counted yet.
    assert [m.status for m in _messages(app)] == [MessageStatus.CLEAN]


def test_a_message_planted_with_someone_elses_address_is_not_confirmed_by_their_click(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    slug = _case(app)
    sign(client, slug, email="owner@example.org")
    # Someone else writes in the owner's name, before the owner has clicked.
    write(client, slug, email="owner@example.org", text="Ana, I am the one who wrote this.")
    own, planted = outbox()
    assert "I am the one who wrote this" not in own.get_body(("plain",)).get_content()
    client.post(path_of(confirm_link(own)))
    assert counts(client, slug)["signatures"] == 1
    assert [m.status for m in _messages(app)] == [MessageStatus.UNCONFIRMED], (
        "the owner's click confirms only what their e-mail showed"
    )
    assert "I am the one who wrote this" in planted.get_body(("plain",)).get_content()


def test_same_writer_sending_the_same_text_again_is_rejected(
    app: Flask, client: FlaskClient
) -> None:
    slug = _case(app)
    assert write(client, slug).status_code == 302
    again = write(client, slug)
    assert again.status_code == 422
    assert "(N10)" in again.get_data(as_text=True)
    other = write(client, slug, email="someone.else@example.org", name="Bo Chen")
    assert other.status_code == 302, "another writer may send the same words"


def test_live_check_reports_the_same_findings_without_storing(
    app: Flask, client: FlaskClient
) -> None:
    slug = _case(app)
    response = client.post(
        f"/cases/{slug}/messages/check", json={"text": "We are with you, be STRONG!"}
    )
    data = response.get_json()
    assert response.status_code == 200
    assert [f["code"] for f in data["findings"]] == ["N05A"]
    assert data["findings"][0]["excerpt"] == "STRONG"
    assert (
        client.post(f"/cases/{slug}/messages/check", json={"text": "Stay strong"}).get_json()[
            "findings"
        ]
        == []
    )
    assert client.post(f"/cases/{slug}/messages/check", data="garbage").status_code == 200
    assert _messages(app) == []


def test_message_text_is_shown_with_dir_auto(app: Flask, client: FlaskClient) -> None:
    slug = _case(app)
    page = client.get(f"/cases/{slug}").get_data(as_text=True)
    assert 'name="text"' in page
    assert 'dir="auto"' in page


@pytest.mark.parametrize(
    ("field", "value"),
    [("text", ""), ("text", "x" * 1001), ("text", "Hi\x00there"), ("text", "Hi \u202eevil")],
)
def test_invalid_message_form_is_refused_and_stores_nothing(
    app: Flask, client: FlaskClient, field: str, value: str
) -> None:
    slug = _case(app)
    response = write(client, slug, **{field: value})
    assert response.status_code == 422
    assert _messages(app) == []


@pytest.mark.redis
def test_real_worker_screens_confirmed_messages(
    make_app: Any, outbox: Any, rq_worker: Any, redis_url: str
) -> None:
    app = make_app(REDIS_URL=redis_url)
    slug = _case(app)
    client = app.test_client()
    write(client, slug)
    first = rq_worker()
    assert first.returncode == 0, first.stderr[-2000:]
    assert outbox(), first.stderr[-3000:]
    client.post(path_of(confirm_link(outbox()[0])))
    assert _messages(app)[0].status is MessageStatus.CONFIRMED
    result = rq_worker()
    assert result.returncode == 0, result.stderr[-2000:]
    assert _messages(app)[0].status is MessageStatus.CLEAN, "screened into the fast lane"
    assert counts(client, slug)["messages"] == 0


def test_case_page_ids_are_unique_and_every_field_has_a_label(make_app: Any) -> None:
    import re

    app = make_app(WTF_CSRF_ENABLED=True)
    slug = _case(app)
    page = app.test_client().get(f"/cases/{slug}").get_data(as_text=True)
    assert page.count('name="csrf_token"') == 2
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), "duplicate ids confuse labels and screen readers"
    for field_id in re.findall(r'<(?:input|select|textarea)[^>]*\bid="([^"]+)"', page):
        if "csrf_token" not in field_id and not field_id.endswith("submit"):
            assert f'for="{field_id}"' in page, f"no label for #{field_id}"


def test_a_message_with_errors_does_not_fill_the_petition_form(
    app: Flask, client: FlaskClient
) -> None:
    import re

    slug = _case(app)
    page = write(client, slug, text="", name="Zed Quill").get_data(as_text=True)
    inputs = re.findall(r'<input[^>]*name="name"[^>]*>', page)
    assert len(inputs) == 2
    petition, message = sorted(inputs, key=lambda tag: 'id="m-name"' in tag)
    assert 'value="Zed Quill"' in message, "the message form keeps what was typed"
    assert 'value=""' in petition, "the petition form stays empty"
