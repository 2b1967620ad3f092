"""Confirmation tokens: signed, expiring, single use."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import TimestampSigner

from petitions.tokens import TokenState, make_confirm_token, read_confirm_token
from tests.factories import make_case
from tests.helpers import confirm_link, counts, path_of, sign


def test_token_round_trip(ctx: Flask) -> None:
    check = read_confirm_token(make_confirm_token(42))
    assert check.state is TokenState.VALID
    assert check.confirmation_id == 42


def test_tampered_token_is_invalid(ctx: Flask) -> None:
    token = make_confirm_token(42)
    assert read_confirm_token(token[:-2] + "xx").state is TokenState.INVALID
    assert read_confirm_token("").state is TokenState.INVALID
    assert read_confirm_token("\x00\u202e").state is TokenState.INVALID


def test_token_signed_with_another_secret_is_invalid(make_app: Any) -> None:
    with make_app(SECRET_KEY="other").app_context():
        token = make_confirm_token(1)
    with make_app().app_context():
        assert read_confirm_token(token).state is TokenState.INVALID


def test_expired_link_does_not_confirm(
    app: Flask, client: FlaskClient, outbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with app.app_context():
        slug = make_case().slug
    sign(client, slug)
    link = path_of(confirm_link(outbox()[0]))
    max_age = int(app.config["CONFIRM_TOKEN_MAX_AGE"].total_seconds())
    real = TimestampSigner.get_timestamp
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: real(self) + max_age + 60)
    page = client.get(link)
    assert b"expired" in page.data
    done = client.post(link)
    assert b"expired" in done.data
    assert counts(client, slug)["signatures"] == 0


def test_signing_again_after_expiry_sends_a_new_link(
    app: Flask, client: FlaskClient, outbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with app.app_context():
        slug = make_case().slug
    sign(client, slug)
    sign(client, slug)
    first, second = outbox()
    client.post(path_of(confirm_link(second)))
    assert counts(client, slug)["signatures"] == 1
    client.post(path_of(confirm_link(first)))
    assert counts(client, slug)["signatures"] == 1, "an older link must not count again"
