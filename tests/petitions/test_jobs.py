"""The outbox: jobs recorded with the commit, dispatched after it, never lost."""

from __future__ import annotations

import socket
from datetime import timedelta
from email import message_from_bytes, policy
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from petitions import jobs
from petitions.extensions import db
from petitions.models import Confirmation, OutboxJob, Signature
from petitions.queue import JOBS, record_job, sweep_outbox
from tests.factories import make_case
from tests.helpers import confirm_link, counts, path_of, sign


def test_every_job_is_registered_by_path() -> None:
    assert JOBS["petitions.jobs.send_confirmation"] is jobs.send_confirmation
    assert JOBS["petitions.jobs.reconcile_counts"] is jobs.reconcile_counts


def test_unregistered_functions_cannot_be_recorded(ctx: Flask) -> None:
    with pytest.raises(ValueError):
        record_job(print, 1)


def test_rolled_back_transaction_leaves_no_job(ctx: Flask) -> None:
    case = make_case()
    record_job(jobs.send_confirmation, 1)
    db.session.rollback()
    assert db.session.scalars(sa.select(OutboxJob)).first() is None
    assert case.id


def test_in_process_job_runs_after_commit_and_is_marked(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    with app.app_context():
        slug = make_case().slug
    sign(client, slug)
    assert len(outbox()) == 1
    with app.app_context():
        row = db.session.scalars(sa.select(OutboxJob)).one()
        assert row.func == "petitions.jobs.send_confirmation"
        assert row.dispatched_at is not None
        assert db.session.scalars(sa.select(Confirmation)).one().sent_at is not None


def test_send_confirmation_twice_sends_one_email(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    with app.app_context():
        slug = make_case().slug
    sign(client, slug)
    with app.app_context():
        confirmation_id = db.session.scalars(sa.select(Confirmation.id)).one()
        jobs.send_confirmation(confirmation_id)
        jobs.send_confirmation(confirmation_id)
        jobs.send_confirmation(10_000)
    assert len(outbox()) == 1


def test_failed_mail_keeps_the_signature_and_the_job_for_a_retry(
    app: Flask, client: FlaskClient, outbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with app.app_context():
        slug = make_case().slug

    def broken(*args: Any) -> None:
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(jobs, "send_email", broken)
    response = sign(client, slug)
    assert response.status_code == 302, "the signature is committed even if mail fails"
    with app.app_context():
        row = db.session.scalars(sa.select(OutboxJob)).one()
        assert row.dispatched_at is None
        assert row.attempts == 1
        assert "mail server down" in row.last_error
        assert db.session.scalars(sa.select(Signature)).one()
    assert outbox() == []

    monkeypatch.undo()
    with app.app_context():
        assert sweep_outbox(min_age=timedelta(0)) == 1
        assert sweep_outbox(min_age=timedelta(0)) == 0
    client.post(path_of(confirm_link(outbox()[0])))
    assert counts(client, slug)["signatures"] == 1


def test_redis_outage_delays_but_never_loses_jobs(make_app: Any, outbox: Any) -> None:
    down = make_app(REDIS_URL="redis://127.0.0.1:1/0")
    with down.app_context():
        slug = make_case().slug
    response = sign(down.test_client(), slug)
    assert response.status_code == 302
    with down.app_context():
        row = db.session.scalars(sa.select(OutboxJob)).one()
        assert row.dispatched_at is None
        assert sweep_outbox(min_age=timedelta(0)) == 0, "still down: nothing handed over"
    assert outbox() == []


@pytest.mark.redis
def test_jobs_left_during_redis_outage_run_when_it_returns(
    make_app: Any, outbox: Any, rq_worker: Any, redis_url: str
) -> None:
    down = make_app(REDIS_URL="redis://127.0.0.1:1/0")
    with down.app_context():
        slug = make_case().slug
    assert sign(down.test_client(), slug).status_code == 302

    back = make_app(REDIS_URL=redis_url)
    with back.app_context():
        assert sweep_outbox(min_age=timedelta(0)) == 1
        assert db.session.scalars(sa.select(OutboxJob)).one().dispatched_at is not None
    result = rq_worker()
    assert result.returncode == 0, result.stderr[-2000:]
    [mail] = outbox()
    client = back.test_client()
    client.post(path_of(confirm_link(mail)))
    assert counts(client, slug)["signatures"] == 1


@pytest.mark.redis
def test_real_worker_sends_the_confirmation(
    make_app: Any, outbox: Any, rq_worker: Any, redis_url: str
) -> None:
    app = make_app(REDIS_URL=redis_url)
    with app.app_context():
        slug = make_case().slug
    client = app.test_client()
    sign(client, slug)
    assert outbox() == [], "with Redis, the web process does not send mail itself"
    result = rq_worker()
    assert result.returncode == 0, result.stderr[-2000:]
    [mail] = outbox()
    client.post(path_of(confirm_link(mail)))
    assert counts(client, slug)["signatures"] == 1
    # A second worker run finds nothing to do and sends nothing more.
    assert rq_worker().returncode == 0
    assert len(outbox()) == 1


@pytest.mark.redis
def test_same_job_dispatched_twice_sends_once(
    make_app: Any, outbox: Any, rq_worker: Any, redis_url: str
) -> None:
    app = make_app(REDIS_URL=redis_url)
    with app.app_context():
        slug = make_case().slug
    sign(app.test_client(), slug)
    with app.app_context():
        from petitions.queue import get_queue

        confirmation_id = db.session.scalars(sa.select(Confirmation.id)).one()
        get_queue().enqueue("petitions.jobs.send_confirmation", confirmation_id)
    assert rq_worker().returncode == 0
    assert len(outbox()) == 1


@pytest.mark.parametrize(
    ("typed", "sent_to"),
    [
        ("smtp.reader@example.org", "smtp.reader@example.org"),
        # An internationalised domain goes out in its IDNA form, in the header and envelope.
        ("leser@bücher.example", "leser@xn--bcher-kva.example"),
    ],
)
def test_smtp_delivery_with_a_real_smtp_server(make_app: Any, typed: str, sent_to: str) -> None:
    from aiosmtpd.controller import Controller

    received: list[bytes] = []
    recipients: list[str] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            received.append(envelope.content)
            recipients.extend(envelope.rcpt_tos)
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        app = make_app(MAIL_URL=f"smtp://127.0.0.1:{port}")
        with app.app_context():
            slug = make_case().slug
        client = app.test_client()
        sign(client, slug, email=typed)
    finally:
        controller.stop()
    [raw] = received
    mail = message_from_bytes(raw, policy=policy.default)
    assert mail["To"] == sent_to
    assert recipients == [sent_to]
    client.post(path_of(confirm_link(mail)))
    assert counts(client, slug)["signatures"] == 1
