"""Staff accounts: sign-in, argon2, rate limits, deny-by-default route guard."""

from __future__ import annotations

import re
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Blueprint, Flask

from petitions.extensions import db
from petitions.models import Role, User
from petitions.services.accounts import AccountError, create_user
from tests.factories import PASSWORD, make_user
from tests.helpers import login

PROTECTED = ("/moderation", "/staff")


def _protected_rules(app: Flask) -> list[Any]:
    return [r for r in app.url_map.iter_rules() if r.rule.startswith(PROTECTED)]


def _build(rule: Any, values: dict[str, int]) -> str:
    path = rule.rule
    for arg in rule.arguments:
        path = path.replace(f"<int:{arg}>", "1").replace(f"<{arg}>", "1")
    return path


def test_password_is_hashed_with_argon2(ctx: Flask) -> None:
    user = make_user()
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_login_and_generic_error(ctx: Flask) -> None:
    user = make_user("moderator")
    client = ctx.test_client()
    wrong = login(client, user.email, "wrong password here")
    nobody = login(client, "nobody@staff.example", "wrong password here")
    assert wrong.status_code == nobody.status_code == 401
    assert wrong.data.replace(b"wrong", b"") == nobody.data.replace(b"wrong", b"").replace(
        b"nobody@staff.example", user.email.encode()
    )
    ok = login(client, user.email)
    assert ok.status_code == 302
    assert client.get("/moderation/").status_code == 200


def test_anonymous_visitors_are_sent_to_login_from_every_staff_route(ctx: Flask) -> None:
    client = ctx.test_client()
    rules = _protected_rules(ctx)
    assert len(rules) >= 10
    for rule in rules:
        method = "POST" if "POST" in rule.methods else "GET"
        response = client.open(_build(rule, {}), method=method)
        assert response.status_code == 302, rule.rule
        assert "/login" in response.headers["Location"], rule.rule


@pytest.mark.parametrize(
    ("role", "allowed_prefixes"),
    [
        ("moderator", ("/moderation",)),
        ("staff", ("/moderation", "/staff")),
        ("admin", ("/moderation", "/staff")),
    ],
)
def test_role_checks_on_every_route(
    ctx: Flask, role: str, allowed_prefixes: tuple[str, ...]
) -> None:
    user = make_user(role)
    client = ctx.test_client()
    login(client, user.email)
    for rule in _protected_rules(ctx):
        method = "GET" if "GET" in rule.methods else "POST"
        response = client.open(_build(rule, {}), method=method)
        admin_only = rule.rule.startswith("/staff/users")
        allowed = rule.rule.startswith(allowed_prefixes) and (not admin_only or role == "admin")
        if allowed:
            assert response.status_code != 403, f"{role} refused {rule.rule}"
        else:
            assert response.status_code == 403, f"{role} let into {rule.rule}"


def test_routes_nobody_declared_a_role_for_are_refused(make_app: Any) -> None:
    app = make_app()
    forgotten = Blueprint("forgotten", __name__, url_prefix="/staff/forgotten")

    @forgotten.get("/")
    def secret() -> str:
        return "secret"

    app.register_blueprint(forgotten)
    with app.app_context():
        admin = make_user("admin")
    client = app.test_client()
    login(client, admin.email)
    assert client.get("/staff/forgotten/").status_code == 403


def test_deactivated_account_is_signed_out_and_cannot_sign_in(app: Flask) -> None:
    # Requests here run outside any test app context, as real ones do: each
    # gets its own, so nothing cached from an earlier request hides the change.
    with app.app_context():
        admin, moderator = make_user("admin"), make_user("moderator")
        admin_email, moderator_email, moderator_id = admin.email, moderator.email, moderator.id
    moderator_client = app.test_client()
    login(moderator_client, moderator_email)
    assert moderator_client.get("/moderation/").status_code == 200
    admin_client = app.test_client()
    login(admin_client, admin_email)
    admin_client.post(f"/staff/users/{moderator_id}", data={"action": "deactivate"})
    assert moderator_client.get("/moderation/").status_code == 302
    assert login(app.test_client(), moderator_email).status_code == 401


def test_admin_changes_roles_but_not_their_own(ctx: Flask) -> None:
    admin, moderator = make_user("admin"), make_user("moderator")
    client = ctx.test_client()
    login(client, admin.email)
    client.post(f"/staff/users/{moderator.id}", data={"action": "make-staff"})
    client.post(f"/staff/users/{admin.id}", data={"action": "make-moderator"})
    client.post(f"/staff/users/{admin.id}", data={"action": "drop-tables"})
    db.session.expire_all()
    assert db.session.get(User, moderator.id).role is Role.STAFF
    assert db.session.get(User, admin.id).role is Role.ADMIN


def test_admin_invites_and_the_invited_person_sets_a_password(ctx: Flask, outbox: Any) -> None:
    admin = make_user("admin")
    client = ctx.test_client()
    login(client, admin.email)
    client.post("/staff/users", data={"email": "new.mod@staff.example", "role": "moderator"})
    [mail] = outbox()
    body = mail.get_body(preferencelist=("plain",)).get_content()
    link = next(w for w in body.split() if "/login/invitation/" in w)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    newcomer = ctx.test_client()
    assert newcomer.get(path).status_code == 200
    done = newcomer.post(path, data={"password": PASSWORD, "confirm": PASSWORD})
    assert done.status_code == 302
    assert newcomer.get("/moderation/").status_code == 200
    assert ctx.test_client().get(path).status_code == 404, "an invitation works once"


def test_login_is_rate_limited_per_account(make_app: Any) -> None:
    app = make_app(RATELIMIT_ENABLED=True, RATELIMIT_LOGIN="3 per minute")
    with app.app_context():
        user = make_user()
    codes = [
        app.test_client()
        .post(
            "/login",
            data={"email": user.email, "password": "nope nope nope"},
            environ_base={"REMOTE_ADDR": f"10.1.0.{i}"},
        )
        .status_code
        for i in range(4)
    ]
    assert codes == [401, 401, 401, 429]
    # The owner, elsewhere, with the right password: a stranger cannot lock them out.
    owner = app.test_client().post(
        "/login",
        data={"email": user.email, "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "10.2.0.1"},
    )
    assert owner.status_code == 302


def test_users_create_command(ctx: Flask) -> None:
    runner = ctx.test_cli_runner()
    result = runner.invoke(
        args=["users", "create", "Chief@Staff.example", "--role", "admin", "--password", PASSWORD]
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalars(sa.select(User)).one()
    assert user.email == "chief@staff.example"
    assert user.role is Role.ADMIN
    prompted = runner.invoke(
        args=["users", "create", "mod@staff.example", "--role", "moderator"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert prompted.exit_code == 0, prompted.output
    again = runner.invoke(
        args=["users", "create", "mod@staff.example", "--role", "moderator", "--password", PASSWORD]
    )
    assert again.exit_code != 0
    assert "exists already" in again.output


def test_short_passwords_are_refused(ctx: Flask) -> None:
    with pytest.raises(AccountError, match="at least 12"):
        create_user("x@staff.example", Role.MODERATOR, password="short")


@pytest.mark.parametrize(
    "password",
    [
        "password1234",
        "Password123!",
        "qwertyuiop12",
        "123456789012",
        "aaaaaaaaaaaa",
        "iloveyou1234",
        "writeforrights",
        "maria.keller.staff",  # the account's own address
    ],
)
def test_guessable_passwords_are_refused(ctx: Flask, password: str) -> None:
    with pytest.raises(AccountError, match="less guessable"):
        create_user("maria.keller.staff@example.org", Role.MODERATOR, password=password)


def test_a_guessable_new_password_is_refused_too(ctx: Flask) -> None:
    from petitions.services.accounts import set_password

    user = make_user()
    with pytest.raises(AccountError, match="less guessable"):
        set_password(user.id, "letmein12345")
    assert set_password(user.id, "tR7#kq9!mZ2x plum").id == user.id


def test_next_parameter_cannot_redirect_off_site(ctx: Flask) -> None:
    user = make_user()
    client = ctx.test_client()
    response = client.post(
        "/login?next=//evil.example/", data={"email": user.email, "password": PASSWORD}
    )
    assert "evil.example" not in response.headers["Location"]


def test_a_copied_session_cookie_stops_working_at_sign_out(app: Flask) -> None:
    with app.app_context():
        email = make_user("moderator").email
    browser = app.test_client()
    login(browser, email)
    cookie = browser.get_cookie("session")
    assert cookie is not None
    thief = app.test_client()
    thief.set_cookie("session", cookie.value)
    assert thief.get("/moderation/").status_code == 200
    browser.post("/logout")
    assert thief.get("/moderation/").status_code == 302, "the copy must die with the sign-out"


def test_signing_in_gives_a_new_csrf_token(make_app: Any) -> None:
    app = make_app(WTF_CSRF_ENABLED=True)
    with app.app_context():
        email = make_user("moderator").email
    client = app.test_client()
    before = _CSRF_FIELD.search(client.get("/login").text)
    assert before is not None
    client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": before[1]})
    after = _CSRF_FIELD.search(client.get("/moderation/").text)
    assert after is not None
    assert _csrf_raw(app, after[1]) != _csrf_raw(app, before[1])


# Either attribute order: WTForms writes name first, the templates' own fields type first.
_CSRF_FIELD = re.compile(r'<input[^>]*name="csrf_token"[^>]*value="([^"]+)"')


def _csrf_raw(app: Flask, token: str) -> str:
    # A CSRF token is the session's raw token, signed with a timestamp: two pages of one
    # session differ only in the signature's time.
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token").loads(token)
