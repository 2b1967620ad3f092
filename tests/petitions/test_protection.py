"""CSRF, rate limits, bad input: clear errors, nothing half written, never a 500."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask

from petitions.extensions import db
from petitions.models import OutboxJob, Signature, Supporter
from tests.factories import make_case, message_form, signer_form


def _rows(app: Flask) -> tuple[int, int, int]:
    with app.app_context():
        count = lambda model: db.session.scalar(sa.select(sa.func.count()).select_from(model))  # noqa: E731
        return count(Signature), count(Supporter), count(OutboxJob)


def test_sign_without_csrf_token_is_refused(make_app: Any) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        slug = make_case().slug
    response = app.test_client().post(f"/cases/{slug}/sign", data=signer_form())
    assert response.status_code == 400
    assert b"reload the page" in response.data
    assert _rows(app) == (0, 0, 0)


def test_sign_with_csrf_token_from_the_page_works(make_app: Any) -> None:
    import re

    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        slug = make_case().slug
    client = app.test_client()
    page = client.get(f"/cases/{slug}").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    response = client.post(f"/cases/{slug}/sign", data={**signer_form(), "csrf_token": token})
    assert response.status_code == 302


def test_confirm_button_needs_csrf_token(make_app: Any) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    assert app.test_client().post("/confirm/anything").status_code == 400


def test_signing_too_often_from_one_address_gets_429(make_app: Any) -> None:
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_POST="3 per minute")
    with app.app_context():
        slug = make_case().slug
    client = app.test_client()
    codes = [
        client.post(f"/cases/{slug}/sign", data=signer_form(email=f"p{i}@example.org")).status_code
        for i in range(4)
    ]
    assert codes == [302, 302, 302, 429]
    page = client.post(f"/cases/{slug}/sign", data=signer_form(email="p9@example.org"))
    assert b"Too many attempts" in page.data
    assert _rows(app)[0] == 3


def test_one_email_signing_from_many_addresses_gets_429(make_app: Any) -> None:
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_PER_EMAIL="2 per hour")
    with app.app_context():
        slugs = [make_case().slug for _ in range(3)]
    client = app.test_client()
    codes = [
        client.post(
            f"/cases/{slug}/sign",
            data=signer_form(email=email),
            environ_base={"REMOTE_ADDR": f"10.0.0.{i}"},
        ).status_code
        for i, (slug, email) in enumerate(
            zip(slugs, ["ann@gmail.com", "a.n.n@gmail.com", "ann+x@gmail.com"], strict=True)
        )
    ]
    assert codes == [302, 302, 429]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", ""),
        ("name", "Ann\x00Lee"),
        ("name", "Ann \u202eeeL"),
        ("name", "x" * 500),
        ("email", "not-an-email"),
        ("email", ""),
        ("place", ""),
        ("place", "Leeds\x07"),
        ("country", "XX"),
        ("country", "gb' OR 1=1"),
        ("country", ""),
        ("consent", ""),
    ],
)
def test_invalid_form_comes_back_with_an_error_and_writes_nothing(
    app: Flask, field: str, value: str
) -> None:
    with app.app_context():
        slug = make_case().slug
    data = signer_form(**{field: value})
    if field == "consent":
        data.pop("consent")
    response = app.test_client().post(f"/cases/{slug}/sign", data=data)
    assert response.status_code == 422
    assert b'class="error"' in response.data
    assert b"Please check the form" in response.data
    assert _rows(app) == (0, 0, 0)


def test_form_keeps_what_was_typed_on_error(app: Flask) -> None:
    with app.app_context():
        slug = make_case().slug
    data = signer_form(place="", name="Ерлан Ахметов")
    response = app.test_client().post(f"/cases/{slug}/sign", data=data)
    assert "Ерлан Ахметов" in response.get_data(as_text=True)


def test_oversized_body_gets_413(app: Flask) -> None:
    with app.app_context():
        slug = make_case().slug
    response = app.test_client().post(
        f"/cases/{slug}/sign", data=signer_form(name="x" * (app.config["MAX_CONTENT_LENGTH"] + 1))
    )
    assert response.status_code == 413
    assert b"too large" in response.data
    assert _rows(app) == (0, 0, 0)


def test_invalid_utf8_body_is_not_a_server_error(app: Flask) -> None:
    with app.app_context():
        slug = make_case().slug
    response = app.test_client().post(
        f"/cases/{slug}/sign",
        data=b"name=%FF%FE&email=a%C0@example.org&place=%ED%A0%80&country=GB&consent=y",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (302, 422)
    assert response.status_code != 500


def test_non_latin_names_and_places_are_accepted(app: Flask) -> None:
    with app.app_context():
        slug = make_case().slug
    response = app.test_client().post(
        f"/cases/{slug}/sign",
        data=signer_form(name="李娜", place="香港", country="HK", email="li@example.org"),
    )
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalars(sa.select(Signature.name)).one() == "李娜"


def test_unknown_pages_are_friendly_404s(client: Any) -> None:
    response = client.get("/cases/nobody")
    assert response.status_code == 404
    assert b"Page not found" in response.data
    api = client.get("/api/v1/cases/nobody/counts")
    assert api.status_code == 404
    assert api.get_json()["status"] == 404


def test_server_error_is_a_friendly_page_and_rolls_back(app: Flask) -> None:
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/boom")
    def boom() -> str:
        raise RuntimeError("boom")

    response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert b"Sorry, something broke" in response.data


def test_security_headers_are_set(client: Any) -> None:
    response = client.get("/")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.redis
def test_rate_limits_are_counted_in_redis(make_app: Any, redis_url: str) -> None:
    import uuid

    settings = {
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_POST": "2 per minute",
        "RATELIMIT_STORAGE_URI": redis_url,
        "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}",
    }
    first, second = make_app(**settings), make_app(**settings)
    with first.app_context():
        slug = make_case().slug
    codes = [
        app.test_client().post(f"/cases/{slug}/sign", data=signer_form(email=f"r{i}@example.org"))
        for i, app in enumerate([first, second, first])
    ]
    assert [r.status_code for r in codes] == [302, 302, 429]
    from redis import Redis

    stored = Redis.from_url(redis_url).keys(f"*{settings['RATELIMIT_KEY_PREFIX']}*")
    assert stored, "the limits are counted in Redis, where every process sees them"
    assert any(b"email:" in key for key in stored), "the per-address limit is counted too"
    assert not any(b"example.org" in key for key in stored), "no address is kept in Redis"


def test_every_post_route_is_rate_limited(make_app: Any) -> None:
    from tests.factories import make_user
    from tests.helpers import login

    app = make_app(RATELIMIT_ENABLED=True)
    with app.app_context():
        slug = make_case().slug
        admin = make_user("admin").email
    client = app.test_client()
    login(client, admin)
    posts = sorted(
        (r for r in app.url_map.iter_rules() if "POST" in (r.methods or set())),
        key=lambda r: r.endpoint == "auth.logout",  # signing out last
    )
    assert len(posts) >= 15
    for rule in posts:
        path = rule.rule
        for arg in rule.arguments:
            path = path.replace(f"<int:{arg}>", "1").replace(f"<{arg}>", slug)
        response = client.post(path, data={})
        assert "X-RateLimit-Limit" in response.headers, f"{rule.rule} has no rate limit"


def test_rate_limit_keys_for_an_address_do_not_hold_it(app: Flask) -> None:
    from petitions.extensions import address_key

    with app.test_request_context():
        key = address_key("email", "ann.lee@example.org")
        assert key == address_key("email", "ann.lee@example.org")
        assert key != address_key("email", "bob@example.org")
    assert "ann" not in key and "example" not in key
    assert key.startswith("email:")


def test_one_budget_per_client_address_across_sign_write_and_confirm(make_app: Any) -> None:
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_POST="3 per minute")
    with app.app_context():
        slug = make_case().slug
    client = app.test_client()
    codes = [
        client.post(f"/cases/{slug}/sign", data=signer_form(email="a@example.org")).status_code,
        client.post(
            f"/cases/{slug}/messages", data=message_form(email="b@example.org")
        ).status_code,
        client.post("/confirm/not-a-token").status_code,
        client.post(f"/cases/{slug}/sign", data=signer_form(email="c@example.org")).status_code,
    ]
    assert codes == [302, 302, 404, 429], "a flood cannot spread itself over the forms"


def test_one_budget_per_e_mail_address_across_sign_and_write(make_app: Any) -> None:
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_PER_EMAIL="2 per hour")
    with app.app_context():
        slug = make_case().slug
    codes = [
        app.test_client()
        .post(
            f"/cases/{slug}/{path}",
            data=form(email="same@example.org"),
            environ_base={"REMOTE_ADDR": f"10.3.0.{i}"},
        )
        .status_code
        for i, (path, form) in enumerate(
            [("sign", signer_form), ("messages", message_form), ("messages", message_form)]
        )
    ]
    assert codes == [302, 302, 429]
