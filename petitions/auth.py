"""Staff sign-in and the one place where staff routes are guarded (deny by default).

Every path under ``/moderation`` or ``/staff`` needs a signed-in account whose
role reaches the role its blueprint was registered with (``protect``), or the
stricter one a view asks for (``requires``). A route that nobody registered
a role for is refused: forgetting is safe.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, redirect, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import LoginManager, current_user

from petitions.extensions import db
from petitions.models import Role, User

PROTECTED_PREFIXES = ("/moderation", "/staff")
login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.session_protection = "basic"

_BLUEPRINT_ROLES: dict[str, Role] = {}
F = TypeVar("F", bound=Callable[..., Any])


def protect(blueprint: Blueprint, role: Role) -> Blueprint:
    """Declare the least role that may use any route of a staff blueprint."""
    _BLUEPRINT_ROLES[blueprint.name] = role
    return blueprint


def requires(role: Role) -> Callable[[F], F]:
    """Ask for a stricter role than the blueprint's on one view."""

    def mark(view: F) -> F:
        view.required_role = role  # type: ignore[attr-defined]
        return view

    return mark


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """The account behind a session, if its token still matches (else signed out)."""
    user_id, _, token = session_id.partition(":")
    if not user_id.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not user.active or user.session_token != token:
        return None
    return user


def required_role(endpoint: str | None) -> Role | None:
    """The role an endpoint needs, or None when nobody declared one (then: refuse)."""
    if endpoint is None:
        return None
    view = current_app.view_functions.get(endpoint)
    needed = _BLUEPRINT_ROLES.get(endpoint.rpartition(".")[0])
    stricter = getattr(view, "required_role", None)
    if needed is None:
        return None
    if stricter is not None and stricter.rank > needed.rank:
        return stricter
    return needed


def guard_staff_routes() -> ResponseReturnValue | None:
    """``before_request``: sign-in and role check for every staff and moderator path."""
    if not request.path.startswith(PROTECTED_PREFIXES):
        return None
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
    needed = required_role(request.endpoint)
    if request.endpoint is not None and (needed is None or not current_user.role.allows(needed)):
        abort(403)
    return None


def safe_next(target: str | None) -> str | None:
    """A redirect target only if it stays on this site (no open redirects)."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def home_for(user: User) -> str:
    """Where an account lands after signing in."""
    if user.role.allows(Role.STAFF):
        return url_for("staff.index")
    return url_for("moderation.queue")
