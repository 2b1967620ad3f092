"""The public signs, confirms by e-mail, and is counted exactly once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from petitions.extensions import db
from petitions.models import Signature, SignatureStatus
from petitions.queue import sweep_outbox
from tests.factories import make_case
from tests.helpers import confirm_link, counts, path_of, sign


def _case(app: Flask) -> str:
    with app.app_context():
        return make_case().slug


def test_sign_confirm_counts_exactly_once(app: Flask, client: FlaskClient, outbox: Any) -> None:
    slug = _case(app)
    page = client.get(f"/cases/{slug}")
    assert page.status_code == 200
    assert b'name="consent"' in page.data

    response = sign(client, slug)
    assert response.status_code == 302
    assert f"/cases/{slug}/signed" in response.headers["Location"]
    assert counts(client, slug) == {"signatures": 0, "messages": 0}

    [mail] = outbox()
    assert mail["To"] == "ann.lee@example.org"
    link = path_of(confirm_link(mail))

    shown = client.get(link)
    assert shown.status_code == 200
    assert b"<form" in shown.data
    assert counts(client, slug)["signatures"] == 0, "a GET must never confirm"

    done = client.post(link)
    assert done.status_code == 200
    assert b"confirmed" in done.data
    assert counts(client, slug)["signatures"] == 1

    again = client.post(link)
    assert b"Already confirmed" in again.data
    assert counts(client, slug)["signatures"] == 1


def test_thank_you_page_asks_to_check_inbox(app: Flask, client: FlaskClient) -> None:
    slug = _case(app)
    response = sign(client, slug)
    page = client.get(response.headers["Location"])
    assert b"check your inbox" in page.data


def test_duplicate_signature_with_canonical_email_counts_once(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    slug = _case(app)
    first = sign(client, slug, email="Ann.Lee+w4r@gmail.com")
    again = sign(client, slug, email="annlee@googlemail.com", name="Ann L.")
    reminder, copy = outbox()
    # The same confirmation (the token's payload; its signature carries the time it was made).
    payload = [confirm_link(mail).rsplit("/", 1)[1].split(".")[0] for mail in (reminder, copy)]
    assert payload[0] == payload[1], "signing again sends a link to the same confirmation"

    client.post(path_of(confirm_link(outbox()[0])))
    third = sign(client, slug, email="ANNLEE@gmail.com")
    assert counts(client, slug)["signatures"] == 1
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Signature)) == 1
    # Only the address hears that it had signed already (the one it signed with).
    notice = outbox()[-1]
    assert len(outbox()) == 3 and notice["To"] == "Ann.Lee+w4r@gmail.com"
    assert "already signed" in notice.get_body(("plain",)).get_content()
    assert first.headers["Location"] == again.headers["Location"] == third.headers["Location"]


def test_the_sign_page_tells_nobody_whether_an_address_signed(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    slug = _case(app)
    new = client.get(sign(client, slug, email="new@example.org").headers["Location"]).data
    pending = client.get(sign(client, slug, email="new@example.org").headers["Location"]).data
    client.post(path_of(confirm_link(outbox()[0])))
    signed = client.get(sign(client, slug, email="new@example.org").headers["Location"]).data
    assert new == pending == signed
    # Nor does the page take the state from its address any more.
    told = client.get(f"/cases/{slug}/signed?result=already_signed").data
    assert told == new


def test_one_e_mail_lists_and_confirms_what_was_signed_before_it_was_written(
    make_app: Any, outbox: Any
) -> None:
    # Redis down: the e-mail job waits in the outbox while a second petition is signed.
    down = make_app(REDIS_URL="redis://127.0.0.1:1/0")
    with down.app_context():
        first, second = make_case(), make_case()
        titles = [first.petition.title, second.petition.title]
        first, second = first.slug, second.slug
    sign(down.test_client(), first)
    sign(down.test_client(), second)
    app = make_app()
    with app.app_context():
        assert sweep_outbox(min_age=timedelta(0)) == 1, "one e-mail for both"
    [mail] = outbox()
    body = mail.get_body(("plain",)).get_content()
    assert all(title in body for title in titles)
    client = app.test_client()
    client.post(path_of(confirm_link(mail)))
    assert counts(client, first)["signatures"] == 1
    assert counts(client, second)["signatures"] == 1


def test_different_people_count_separately(app: Flask, client: FlaskClient, outbox: Any) -> None:
    slug = _case(app)
    sign(client, slug, email="one@example.org")
    sign(client, slug, email="two@example.org")
    for mail in outbox():
        client.post(path_of(confirm_link(mail)))
    assert counts(client, slug)["signatures"] == 2


def test_invalid_token_is_a_friendly_404(app: Flask, client: FlaskClient) -> None:
    response = client.get("/confirm/not-a-token")
    assert response.status_code == 404
    assert b"not valid" in response.data
    assert client.post("/confirm/not-a-token").status_code == 404


def test_closed_case_refuses_signatures(app: Flask, client: FlaskClient) -> None:
    from petitions.models import CaseStatus

    with app.app_context():
        slug = make_case(status=CaseStatus.CLOSED).slug
    response = sign(client, slug)
    assert response.status_code == 302
    page = client.get(response.headers["Location"])
    assert b"closed" in page.data
    with app.app_context():
        assert db.session.scalars(sa.select(Signature)).first() is None


def test_confirmed_signature_records_time_and_status(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    slug = _case(app)
    sign(client, slug)
    client.post(path_of(confirm_link(outbox()[0])))
    with app.app_context():
        signature = db.session.scalars(sa.select(Signature)).one()
        assert signature.status is SignatureStatus.CONFIRMED
        assert signature.confirmed_at is not None
        assert signature.confirmed_at.tzinfo is not None
