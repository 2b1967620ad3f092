"""Concurrent requests: the same person twice at once still counts once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import sqlalchemy as sa
from flask import Flask

from petitions.extensions import db
from petitions.models import Signature, Supporter
from tests.factories import make_case, signer_form
from tests.helpers import confirm_link, counts, path_of


def test_same_person_signing_concurrently_makes_one_signature(app: Flask) -> None:
    with app.app_context():
        slug = make_case().slug

    def post(i: int) -> int:
        email = "ann.lee@gmail.com" if i % 2 else "annlee+x@gmail.com"
        return (
            app.test_client().post(f"/cases/{slug}/sign", data=signer_form(email=email)).status_code
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(post, range(16)))
    assert codes == [302] * 16
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Signature)) == 1
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Supporter)) == 1


def test_concurrent_clicks_on_one_link_count_once(app: Flask, outbox: Any) -> None:
    with app.app_context():
        slug = make_case().slug
    client = app.test_client()
    client.post(f"/cases/{slug}/sign", data=signer_form())
    link = path_of(confirm_link(outbox()[0]))

    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(lambda _: app.test_client().post(link).status_code, range(8)))
    assert codes == [200] * 8
    assert counts(client, slug)["signatures"] == 1


def test_many_people_signing_at_once_are_all_counted(app: Flask, outbox: Any) -> None:
    with app.app_context():
        slug = make_case().slug

    def act(i: int) -> int:
        client = app.test_client()
        return client.post(
            f"/cases/{slug}/sign", data=signer_form(email=f"person{i}@example.org")
        ).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(act, range(24))) == [302] * 24
    links = [path_of(confirm_link(mail)) for mail in outbox()]
    assert len(links) == 24
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda link: app.test_client().post(link).status_code, links))
    assert counts(app.test_client(), slug)["signatures"] == 24
