"""Property-based tests (hypothesis) over the forms and JSON endpoints: whatever a client
sends gets a 2xx, 3xx or 4xx, never a 500, and a refused request stores nothing."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation.models import Message
from petitions.extensions import db
from petitions.models import Confirmation, OutboxJob, Signature, Supporter
from tests.factories import make_case, make_user, message_form, signer_form
from tests.helpers import login

# Any text a browser could send (no lone surrogates: they cannot be encoded), sometimes huge,
# sometimes hostile: controls, NUL, direction overrides, combining marks, emoji.
TEXT = st.one_of(
    st.text(st.characters(exclude_categories=("Cs",)), max_size=80),
    st.sampled_from(["", " ", "\x00", "\u202e", "a\u0301" * 50, "😀" * 30, "x" * 5000]),
)
FIELDS = ("name", "email", "place", "country", "consent", "text", "csrf_token", "action")
PROPERTY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _rows(app: Flask) -> tuple[int, ...]:
    with app.app_context():
        return tuple(
            db.session.scalar(sa.select(sa.func.count()).select_from(model))
            for model in (Signature, Message, Confirmation, OutboxJob, Supporter)
        )


def _form(valid: dict[str, str], changes: dict[str, str]) -> dict[str, str]:
    return {**valid, **changes}


@pytest.fixture
def slug(app: Flask) -> str:
    with app.app_context():
        return make_case().slug


@PROPERTY
@given(changes=st.dictionaries(st.sampled_from(FIELDS), TEXT, max_size=4))
def test_signing_with_any_fields(app: Flask, slug: str, changes: dict[str, str]) -> None:
    before = _rows(app)
    response = app.test_client().post(f"/cases/{slug}/sign", data=_form(signer_form(), changes))
    assert response.status_code < 500
    if response.status_code >= 400:
        assert _rows(app) == before, "a refused signature stores nothing"


@PROPERTY
@given(changes=st.dictionaries(st.sampled_from(FIELDS), TEXT, max_size=4))
def test_writing_with_any_fields(app: Flask, slug: str, changes: dict[str, str]) -> None:
    before = _rows(app)
    response = app.test_client().post(
        f"/cases/{slug}/messages", data=_form(message_form(), changes)
    )
    assert response.status_code < 500
    if response.status_code >= 400:
        assert _rows(app) == before, "a refused message stores nothing"


JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(FIELDS), inner, max_size=4)
    ),
    max_leaves=8,
)


@PROPERTY
@given(body=JSON)
def test_the_live_check_with_any_json(app: Flask, slug: str, body: Any) -> None:
    before = _rows(app)
    response = app.test_client().post(f"/cases/{slug}/messages/check", json=body)
    assert response.status_code == 200
    assert _rows(app) == before, "the live check stores nothing"


@PROPERTY
@given(token=TEXT.filter(lambda t: "/" not in t and "?" not in t and "#" not in t))
def test_confirming_any_token(app: Flask, token: str) -> None:
    client = app.test_client()
    for method in ("GET", "POST"):
        assert client.open(f"/confirm/{token}x", method=method).status_code < 500


@PROPERTY
@given(changes=st.dictionaries(st.sampled_from(("email", "password", "next")), TEXT, max_size=3))
def test_signing_in_with_any_fields(app: Flask, changes: dict[str, str]) -> None:
    response = app.test_client().post("/login", data=changes)
    assert response.status_code in (200, 302, 400, 401, 422)


@PROPERTY
@given(
    fields=st.dictionaries(
        st.sampled_from(
            ("kind", "value", "action", "review", "email", "role", "name", "note", "language")
        ),
        TEXT,
        max_size=4,
    )
)
def test_staff_forms_with_any_fields(app: Flask, fields: dict[str, str]) -> None:
    with app.app_context():
        case_id = make_case().id
        email = make_user("admin").email
    client = app.test_client()
    login(client, email)
    for path in (
        "/staff/screening/values",
        "/staff/screening/review",
        "/staff/users",
        f"/staff/cases/{case_id}",
        "/staff/bundles",
        "/moderation/bulk",
        "/moderation/messages/1/decision",
        "/staff/bundles/1/delivered",
    ):
        assert client.post(path, data=fields).status_code < 500, path
