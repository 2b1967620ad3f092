"""Hostile input found by a probe (issue 10.9): each gets a clear 4xx, never a 500."""

from __future__ import annotations

import io
import os
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient
from pypdf import PdfReader

from moderation.models import Message
from petitions.extensions import db
from petitions.models import Signature
from tests.factories import make_case, make_user, message_form, signer_form
from tests.helpers import login


@pytest.fixture
def slug(app: Flask) -> str:
    with app.app_context():
        return make_case().slug


def _stored(app: Flask) -> tuple[int, int]:
    with app.app_context():
        count = sa.select(sa.func.count())
        return (
            db.session.scalar(count.select_from(Signature)),
            db.session.scalar(count.select_from(Message)),
        )


@pytest.mark.parametrize(
    "body",
    ["[1, 2]", '"text"', "42", "null", "{", '{"text": {"a": 1}}', '{"text": "Hi", "name": ["x"]}'],
)
def test_the_live_check_answers_any_json_shape(client: FlaskClient, slug: str, body: str) -> None:
    response = client.post(
        f"/cases/{slug}/messages/check", data=body, content_type="application/json"
    )
    assert response.status_code == 200
    assert response.json is not None and isinstance(response.json["findings"], list)


@pytest.mark.parametrize("path", ["sign", "messages"])
def test_a_file_where_text_is_expected_is_a_form_error(
    app: Flask, client: FlaskClient, slug: str, path: str
) -> None:
    fields: dict[str, Any] = signer_form() if path == "sign" else message_form()
    fields["name"] = (io.BytesIO(b"Ann Lee"), "name.txt")
    if path == "messages":
        fields["text"] = (io.BytesIO(b"Stay strong!"), "letter.txt")
    response = client.post(f"/cases/{slug}/{path}", data=fields, content_type="multipart/form-data")
    assert response.status_code == 422
    assert _stored(app) == (0, 0)


@pytest.mark.parametrize(
    "url",
    [
        "/cases/{slug}%00",
        "/cases/{slug}?q=%00",
        "/cases/{slug}/signed?x%00=1",
        "/confirm/abc%00def",
        "/staff/signatures/%00.pdf",
    ],
)
def test_a_nul_byte_in_the_address_is_a_bad_request(
    client: FlaskClient, slug: str, url: str
) -> None:
    # PostgreSQL refuses NUL in any text value: each of these was a 500 there.
    assert client.get(url.format(slug=slug)).status_code == 400


def test_the_signature_pdf_of_a_petition_nobody_signed(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        slug = make_case().slug
        login(client, make_user("staff").email)
    response = client.get(f"/staff/signatures/{slug}.pdf")
    assert response.status_code == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.data)).pages)
    assert "No confirmed signatures yet" in text


def test_staff_pages_are_never_cached(app: Flask, client: FlaskClient, slug: str) -> None:
    with app.app_context():
        login(client, make_user("staff").email)
    for url in ("/moderation/", "/staff/", "/login"):
        assert client.get(url).headers.get("Cache-Control") == "no-store", url
    assert client.get(f"/cases/{slug}").headers.get("Cache-Control") != "no-store"


@pytest.mark.skipif(
    not os.environ.get("TEST_DATABASE_URL"), reason="needs PostgreSQL: runs in the PostgreSQL pass"
)
def test_pooled_connections_cut_by_a_database_restart_cost_no_request(
    app: Flask, client: FlaskClient, slug: str
) -> None:
    assert client.get(f"/cases/{slug}").status_code == 200  # a connection is pooled now
    with app.app_context():
        url = db.engine.url
    # What a restart does to every open connection: the server ends them.
    killer = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with killer.connect() as conn:
        ended = conn.execute(
            sa.text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        ).scalar()
    killer.dispose()
    assert ended >= 1
    assert client.get(f"/cases/{slug}").status_code == 200
    assert client.post(f"/cases/{slug}/sign", data=signer_form()).status_code == 302


@pytest.mark.parametrize("answer", ["false", "False", "0", "no", "off", ""])
def test_saying_no_to_consent_is_no_consent(
    app: Flask, client: FlaskClient, slug: str, answer: str
) -> None:
    response = client.post(f"/cases/{slug}/sign", data={**signer_form(), "consent": answer})
    assert response.status_code == 422
    assert _stored(app) == (0, 0)


@pytest.mark.parametrize("answer", ["y", "on", "true", "1"])
def test_a_ticked_box_is_consent(client: FlaskClient, slug: str, answer: str) -> None:
    response = client.post(f"/cases/{slug}/sign", data={**signer_form(), "consent": answer})
    assert response.status_code == 302


@pytest.mark.parametrize(
    "name",
    [
        "Ann\u200bLee",  # zero-width space
        "Ann\u00adLee",  # soft hyphen
        "An\u2060n Lee",  # word joiner
        "\U0001f600\U0001f600",  # emoji only
        "12345",
        "Ax\u0301\u0302\u0303\u0304nn",  # four marks stacked on one letter
    ],
)
def test_names_that_do_not_print_as_what_they_say_are_refused(
    app: Flask, client: FlaskClient, slug: str, name: str
) -> None:
    for field in ("name", "place"):
        response = client.post(f"/cases/{slug}/sign", data={**signer_form(), field: name})
        assert response.status_code == 422, (field, name)
    assert _stored(app) == (0, 0)


@pytest.mark.parametrize(
    "name",
    [
        "Nguyễn Thị Minh",
        "مهسا امینی",
        "می‌خواهم",
        "রাহিম উদ্দিন",
        "李娜",
        "Zoë O'Brien-Smith",
        "Ann 🌻 Lee",
    ],
)
def test_real_names_in_every_script_are_accepted(client: FlaskClient, slug: str, name: str) -> None:
    response = client.post(f"/cases/{slug}/sign", data={**signer_form(), "name": name})
    assert response.status_code == 302, name


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/login", {"email": "\x00", "password": "0"}),  # found by the property tests
        ("/staff/users", {"email": "a\x00@example.org", "role": "moderator"}),
        ("/staff/screening/values", {"kind": "link", "value": "evil\x00.example"}),
    ],
)
def test_a_nul_byte_in_a_staff_form_is_a_bad_request(
    app: Flask, client: FlaskClient, path: str, data: dict[str, str]
) -> None:
    with app.app_context():
        login(client, make_user("admin").email)
    assert client.post(path, data=data).status_code in (400, 401, 422)
