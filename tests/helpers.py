"""Helpers that act as a visitor would: sign, read the e-mail, confirm."""

from __future__ import annotations

import re
from email.message import EmailMessage
from typing import Any

from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.factories import signer_form

LINK = re.compile(r"https?://\S+/confirm/[A-Za-z0-9_.\-]+")


def sign(client: FlaskClient, slug: str, **fields: str) -> TestResponse:
    return client.post(f"/cases/{slug}/sign", data=signer_form(**fields))


def confirm_link(message: EmailMessage) -> str:
    """The confirmation link in an e-mail's plain-text part."""
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    match = LINK.search(body.get_content())
    assert match, "no confirmation link in the e-mail"
    return match.group()


def path_of(link: str) -> str:
    return link.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def counts(client: FlaskClient, slug: str) -> dict[str, Any]:
    response = client.get(f"/api/v1/cases/{slug}/counts")
    assert response.status_code == 200
    return response.get_json()


def write(client: FlaskClient, slug: str, **fields: str) -> TestResponse:
    from tests.factories import message_form

    return client.post(f"/cases/{slug}/messages", data=message_form(**fields))


def login(client: FlaskClient, email: str, password: str | None = None) -> TestResponse:
    from tests.factories import PASSWORD

    return client.post("/login", data={"email": email, "password": password or PASSWORD})
