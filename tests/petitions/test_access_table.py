"""Who may use each route: one table, every endpoint in it, every role tried on each.

A route added without a line here fails ``test_the_table_names_every_route``: deciding who
may use it is part of adding it.
"""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from tests.factories import make_user
from tests.helpers import login

PUBLIC, MODERATOR, STAFF, ADMIN = "public", "moderator", "staff", "admin"
ROLES = (MODERATOR, STAFF, ADMIN)
# The least role each endpoint needs (every higher role may use it too).
ACCESS = {
    "static": PUBLIC,
    "public.index": PUBLIC,
    "public.counts": PUBLIC,
    "public.totals": PUBLIC,
    "public.case": PUBLIC,
    "public.sign": PUBLIC,
    "public.signed": PUBLIC,
    "public.confirm": PUBLIC,
    "public.confirm_post": PUBLIC,
    "writing.write": PUBLIC,
    "writing.check": PUBLIC,
    "writing.written": PUBLIC,
    "auth.login": PUBLIC,
    "auth.accept_invitation": PUBLIC,
    "auth.logout": PUBLIC,
    "moderation.queue": MODERATOR,
    "moderation.bulk": MODERATOR,
    "moderation.approve_page": MODERATOR,
    "moderation.message": MODERATOR,
    "moderation.decision": MODERATOR,
    "moderation.moderator": MODERATOR,
    "moderation.rule_stats": MODERATOR,
    "moderation.undo": MODERATOR,
    "moderation.writer": MODERATOR,
    "moderation.ban": MODERATOR,
    "staff.index": STAFF,
    "staff.cases": STAFF,
    "staff.case_status": STAFF,
    "staff.jobs": STAFF,
    "staff.retry_job": STAFF,
    "screening.index": STAFF,
    "screening.set_review": STAFF,
    "screening.add_value": STAFF,
    "screening.remove_value": STAFF,
    "delivery.bundle_list": STAFF,
    "delivery.bundle_request": STAFF,
    "delivery.bundle_detail": STAFF,
    "delivery.bundle_delivered": STAFF,
    "delivery.bundle_download": STAFF,
    "delivery.bundle_retry": STAFF,
    "delivery.bundle_status": STAFF,
    "delivery.signature_lists": STAFF,
    "delivery.signature_csv": STAFF,
    "delivery.signature_pdf": STAFF,
    "staff.users": ADMIN,
    "staff.invite": ADMIN,
    "staff.account_action": ADMIN,
}
RANK = {PUBLIC: 0, MODERATOR: 1, STAFF: 2, ADMIN: 3}


def _requests(app: Flask) -> list[tuple[str, str, str]]:
    """(endpoint, method, path) for every route, its arguments filled with 1 or "x"."""
    out = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        values = {arg: 1 if "int:" in rule.rule else "x" for arg in rule.arguments}
        with app.test_request_context():
            from flask import url_for

            path = url_for(rule.endpoint, **values)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            out.append((rule.endpoint, method, path))
    return out


def test_the_table_names_every_route(app: Flask) -> None:
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert endpoints - ACCESS.keys() == set(), "add these routes to ACCESS"
    assert ACCESS.keys() - endpoints == set(), "these routes are gone: remove them from ACCESS"


@pytest.mark.parametrize("role", [None, *ROLES])
def test_every_route_admits_exactly_the_roles_the_table_names(ctx: Flask, role: str | None) -> None:
    client = ctx.test_client()
    if role is not None:
        login(client, make_user(role).email)
    rank = RANK[role] if role else 0
    wrong: list[Any] = []
    for endpoint, method, path in _requests(ctx):
        needed = ACCESS[endpoint]
        if endpoint == "auth.logout":
            continue  # signing out would end this client's session for the next routes
        response = client.open(path, method=method)
        to_login = response.status_code == 302 and "/login" in response.headers["Location"]
        refused = response.status_code == 403 or to_login
        if refused != (rank < RANK[needed]):
            wrong.append((endpoint, method, path, response.status_code))
    assert wrong == [], f"{role or 'anonymous'}: wrong answers {wrong}"
