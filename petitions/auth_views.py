"""Sign in and out, and accepting an invitation by setting a password."""

from __future__ import annotations

import logging

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from limits import RateLimitItem, parse_many

from petitions.auth import home_for, safe_next
from petitions.extensions import address_key, db, limiter
from petitions.forms import LoginForm, SetPasswordForm
from petitions.models import User
from petitions.services.accounts import AccountError, authenticate, end_sessions, set_password

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)
INVITE_SALT = "staff-invite"
INVITE_MAX_AGE = 7 * 24 * 3600


def login_limit() -> str:
    return current_app.config["RATELIMIT_LOGIN"]


def login_account_key() -> str:
    return address_key("login", request.form.get("email", "")[:320].strip().lower())


def too_many_wrong_passwords() -> bool:
    """Count a wrong password against the account tried; True once it has had more than
    ``RATELIMIT_LOGIN`` of them. Only wrong passwords count, and only they are refused: a
    stranger hammering an account must not lock its owner out (the right password always
    works, within the per-address limit)."""
    if not limiter.enabled:
        return False
    key = login_account_key()
    try:
        hits = [limiter.limiter.hit(item, "login-failures", key) for item in _login_limits()]
    except Exception:  # the limiter's storage is down: refuse nothing (RATELIMIT_SWALLOW_ERRORS)
        log.warning("could not count a wrong password", exc_info=True)
        return False
    return not all(hits)


def _login_limits() -> list[RateLimitItem]:
    return parse_many(login_limit())


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(login_limit, methods=["POST"])
def login() -> ResponseReturnValue:
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is not None:
            # A CSRF token seen before signing in (on a shared computer, say) is not
            # carried into the signed-in session.
            session.pop("csrf_token", None)
            login_user(user)
            return redirect(safe_next(request.args.get("next")) or home_for(user))
        if too_many_wrong_passwords():
            form.form_errors.append(_("Too many wrong passwords for this account: please wait."))
            return render_template("auth/login.html", form=form), 429
        # The same words whether the account exists or not.
        form.form_errors.append(_("That e-mail and password do not match an active account."))
        return render_template("auth/login.html", form=form), 401
    return render_template("auth/login.html", form=form), (422 if form.errors else 200)


@bp.post("/logout")
@limiter.limit(login_limit)
def logout() -> ResponseReturnValue:
    if current_user.is_authenticated:
        end_sessions(current_user.id)
    logout_user()
    flash(_("You are signed out."), "info")
    return redirect(url_for("auth.login"))


def invite_serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=INVITE_SALT)


def make_invite_token(user: User) -> str:
    """A link token that lets the invited person set a password once."""
    return invite_serializer().dumps({"u": user.id, "t": user.session_token})


@bp.route("/login/invitation/<token>", methods=["GET", "POST"])
@limiter.limit(login_limit, methods=["POST"])
def accept_invitation(token: str) -> ResponseReturnValue:
    try:
        data = invite_serializer().loads(token, max_age=INVITE_MAX_AGE)
    except (SignatureExpired, BadSignature):
        data = None
    user = db.session.get(User, data["u"]) if isinstance(data, dict) else None
    if user is None or not user.active or user.session_token != data.get("t"):
        return render_template("auth/invitation_invalid.html"), 404
    form = SetPasswordForm()
    if form.validate_on_submit():
        try:
            user = set_password(user.id, form.password.data)
        except AccountError as error:
            form.password.errors.append(str(error))
        else:
            login_user(user)
            flash(_("Your password is set. Welcome!"), "info")
            return redirect(home_for(user))
    return render_template("auth/set_password.html", form=form, user=user)
