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
from petitions.database import utcnow
from petitions.extensions import db
from petitions.models import Confirmation, OutboxJob, Signature
from petitions.queue import JOBS, record_job, sweep_outbox
from tests.factories import make_case, make_user
from tests.helpers import confirm_link, counts, login, path_of, sign, write


def _signed_with_redis(make_app: Any, redis_url: str, **settings: Any) -> tuple[Flask, str]:
    """An app on Redis (jobs go to rq) and a case someone has just signed."""
    app = make_app(REDIS_URL=redis_url, **settings)
    with app.app_context():
        slug = make_case().slug
    sign(app.test_client(), slug)
    return app, slug


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
        assert row.dispatched_at is None and row.done_at is None
        assert row.attempts == 1
        assert "mail server down" in row.last_error
        assert row.due_at is not None and row.due_at > utcnow(), "tried again a little later"
        assert db.session.scalars(sa.select(Signature)).one()
        assert sweep_outbox(min_age=timedelta(0)) == 0, "not before it is due"
    assert outbox() == []

    monkeypatch.undo()
    with app.app_context():
        later = utcnow() + timedelta(minutes=1)
        assert sweep_outbox(min_age=timedelta(0), now=later) == 1
        assert sweep_outbox(min_age=timedelta(0), now=later) == 0
        assert db.session.scalars(sa.select(OutboxJob)).one().done_at is not None
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
    app, slug = _signed_with_redis(make_app, redis_url)
    client = app.test_client()
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
    app, slug = _signed_with_redis(make_app, redis_url)
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


def test_a_hung_mail_server_does_not_hold_the_page(make_app: Any) -> None:
    """Without Redis, the e-mail goes out after the response, and a failure is kept."""
    with socket.socket() as silent:  # accepts connections, never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        app = make_app(
            MAIL_URL=f"smtp://127.0.0.1:{port}", JOBS_AFTER_RESPONSE=True, MAIL_TIMEOUT_SECONDS=1
        )
        with app.app_context():
            slug = make_case().slug
        response = sign(app.test_client(), slug)
        assert response.status_code == 302
        with app.app_context():
            row = db.session.scalars(sa.select(OutboxJob)).one()
            assert (row.dispatched_at, row.attempts) == (None, 0), "nothing tried yet"
        response.close()  # the server has sent the page: now the job runs
        with app.app_context():
            row = db.session.scalars(sa.select(OutboxJob)).one()
            assert row.attempts == 1 and row.done_at is None, "failed, and kept for a retry"
            assert "timed out" in row.last_error


def test_mail_failing_for_hours_is_still_sent_once_it_works(
    app: Flask, client: FlaskClient, outbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from petitions.queue import MAX_ATTEMPTS, retry_delay

    with app.app_context():
        slug = make_case().slug
    monkeypatch.setattr(jobs, "send_email", _refuse)
    sign(client, slug)
    clock = utcnow()
    with app.app_context():
        for _ in range(9):  # about an hour and a half of outage, far past rq's old window
            clock += retry_delay(db.session.scalars(sa.select(OutboxJob)).one().attempts)
            assert sweep_outbox(min_age=timedelta(0), now=clock) == 1
        assert db.session.scalars(sa.select(OutboxJob)).one().attempts == 10
    assert outbox() == []
    monkeypatch.undo()
    with app.app_context():
        clock += retry_delay(10)
        assert sweep_outbox(min_age=timedelta(0), now=clock) == 1
        assert db.session.scalars(sa.select(OutboxJob)).one().done_at is not None
    assert len(outbox()) == 1
    assert sum(retry_delay(n).total_seconds() for n in range(1, MAX_ATTEMPTS)) > 8 * 3600


def _refuse(*args: Any) -> None:
    raise ConnectionRefusedError("mail server down")


@pytest.mark.redis
def test_a_row_is_done_only_when_its_job_has_run(
    make_app: Any, outbox: Any, rq_worker: Any, redis_url: str
) -> None:
    app, slug = _signed_with_redis(make_app, redis_url)
    with app.app_context():
        row = db.session.scalars(sa.select(OutboxJob)).one()
        assert row.dispatched_at is not None and row.done_at is None, "handed over is not done"
    assert rq_worker().returncode == 0
    with app.app_context():
        assert db.session.scalars(sa.select(OutboxJob)).one().done_at is not None
    assert len(outbox()) == 1


@pytest.mark.redis
def test_a_job_redis_lost_is_handed_over_again(
    make_app: Any, outbox: Any, rq_worker: Any, redis_url: str
) -> None:
    from petitions.queue import RUN_TIMEOUT, get_queue

    app, slug = _signed_with_redis(make_app, redis_url)
    with app.app_context():
        get_queue().empty()  # what a Redis restart without persistence does to it
        row = db.session.scalars(sa.select(OutboxJob)).one()
        assert sweep_outbox(min_age=timedelta(0)) == 0, "not before a run could have ended"
        later = row.dispatched_at + RUN_TIMEOUT + timedelta(seconds=1)
        assert sweep_outbox(min_age=timedelta(0), now=later) == 1
    assert rq_worker().returncode == 0
    assert len(outbox()) == 1
    with app.app_context():
        assert sweep_outbox(min_age=timedelta(0), now=later + RUN_TIMEOUT * 2) == 0, "done"


def test_staff_see_failed_jobs_and_try_one_again(
    app: Flask, client: FlaskClient, outbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from petitions.queue import MAX_ATTEMPTS

    with app.app_context():
        slug = make_case().slug
        staff = make_user("staff").email
    monkeypatch.setattr(jobs, "send_email", _refuse)
    sign(client, slug)
    with app.app_context():
        row = db.session.scalars(sa.select(OutboxJob)).one()
        row.attempts = MAX_ATTEMPTS  # it gave up
        db.session.commit()
        row_id = row.id
        assert sweep_outbox(min_age=timedelta(0), now=utcnow() + timedelta(days=1)) == 0
    login(client, staff)
    page = client.get("/staff/jobs").text
    assert f"#{row_id} send confirmation" in page and "given up" in page
    assert "mail server down" in page
    monkeypatch.undo()
    client.post(f"/staff/jobs/{row_id}", data={"action": "retry"})
    assert len(outbox()) == 1
    assert "No failed jobs" in client.get("/staff/jobs").text


@pytest.mark.redis
def test_a_worker_killed_mid_job_is_replaced_within_its_sign_of_life(
    make_app: Any, outbox: Any, rq_worker: Any, redis_url: str, worker_to_kill: Any
) -> None:
    """A worker SIGKILLed while sending (its SMTP server hangs) leaves a started job; once
    its sign of life lapses, a sweep hands the job to another worker, and the mail goes
    out once."""
    import time

    alive = 2
    app, _ = _signed_with_redis(make_app, redis_url, WORKER_ALIVE_SECONDS=alive)
    with socket.socket() as silent:  # the first worker's mail server: accepts, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        worker_to_kill(
            MAIL_URL=f"smtp://127.0.0.1:{silent.getsockname()[1]}",
            MAIL_TIMEOUT_SECONDS="120",
            WORKER_ALIVE_SECONDS=str(alive),
        )
        try:
            silent.settimeout(60)
            connection, _ = silent.accept()  # the job is running: it is talking to us
            time.sleep(alive + 1)
            with app.app_context():
                assert sweep_outbox(min_age=timedelta(0)) == 0, "its worker is alive: let it be"
        finally:
            worker_to_kill.kill()
        connection.close()
    time.sleep(alive + 1)
    with app.app_context():
        assert sweep_outbox(min_age=timedelta(0)) == 1, "taken back from the dead worker"
    result = rq_worker()
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(outbox()) == 1
    with app.app_context():
        assert db.session.scalars(sa.select(OutboxJob)).one().done_at is not None


def test_what_nobody_confirmed_in_time_is_deleted(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    from moderation.models import Message, MessageShingle
    from petitions.models import Confirmation

    with app.app_context():
        slug = make_case().slug
    sign(client, slug, email="never@example.org")
    write(client, slug, email="never@example.org")
    sign(client, slug, email="yes@example.org")
    client.post(path_of(confirm_link(outbox()[-1])))
    sign(client, slug, email="recent@example.org")
    with app.app_context():
        old = utcnow() - app.config["CONFIRM_TOKEN_MAX_AGE"] - timedelta(hours=1)
        for model in (Signature, Message, Confirmation):
            db.session.execute(
                sa.update(model)
                .where(model.email.in_(["never@example.org", "yes@example.org"]))
                .values(created_at=old)
            )
        db.session.commit()
        jobs.expire_unconfirmed()
        jobs.expire_unconfirmed()  # safe twice
        left = db.session.scalars(sa.select(Signature.email).order_by(Signature.id)).all()
        assert left == ["yes@example.org", "recent@example.org"], "confirmed and recent stay"
        assert db.session.scalars(sa.select(Message)).all() == []
        assert db.session.scalars(sa.select(MessageShingle)).all() == []
        addresses = db.session.scalars(sa.select(Confirmation.email)).all()
        assert "never@example.org" not in addresses
        assert sorted(addresses) == ["recent@example.org", "yes@example.org"]
