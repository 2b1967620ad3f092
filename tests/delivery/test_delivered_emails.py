"""When a bundle is marked delivered, each of its letters' writers is told once."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask

from delivery.models import Bundle
from delivery.services import delivered
from delivery.services.bundles import mark_delivered, request_bundle
from moderation.models import Message, MessageStatus
from petitions.extensions import db
from petitions.models import OutboxJob
from petitions.queue import sweep_outbox
from tests.factories import make_case, make_message, make_user
from tests.helpers import login

TEXT = "Dear friend, we stand with you every day."
ON = date(2026, 12, 10)


def _approved(case: Any, **overrides: Any) -> int:
    overrides.setdefault("text", TEXT)
    return make_message(case, status="approved", rules=[], **overrides).id


def _bundle(case: Any) -> int:
    _, bundle = request_bundle(case.id)
    assert bundle is not None
    return bundle.id


def _plain(mail: Any) -> str:
    return mail.get_body(preferencelist=("plain",)).get_content()


def test_each_letter_of_the_bundle_is_told_once(ctx: Flask, outbox: Any) -> None:
    case, other = make_case(), make_case()
    ids = [_approved(case), _approved(case), _approved(case, email="twice@example.org")]
    ids.append(_approved(case, email="twice@example.org", text=TEXT + " Again."))
    _approved(other)  # another case's bundle: never told by this one
    bundle_id = _bundle(case)
    _bundle(other)
    assert mark_delivered(bundle_id, ON)

    mails = outbox()
    expected = sorted(db.session.get(Message, i).email for i in ids)
    assert sorted(m["To"] for m in mails) == expected, "one e-mail per letter, this bundle's only"
    mail = mails[0]
    assert mail["Subject"] == f"Your letter to {case.rights_holder} was delivered"
    body = _plain(mail)
    assert "was delivered on December 10, 2026" in body
    assert TEXT in body
    assert f"/cases/{case.slug}" in body
    [job] = db.session.scalars(
        sa.select(OutboxJob).where(OutboxJob.func.like("%notify_delivered_writers"))
    ).all()
    assert job.args == [bundle_id], "one job for the bundle"

    delivered.notify_delivered_writers(bundle_id)
    db.session.execute(sa.update(Bundle).values(writers_told_at=None))
    db.session.commit()
    delivered.notify_delivered_writers(bundle_id)
    assert len(outbox()) == len(ids), "running the job again tells nobody twice"


def test_withdrawn_letters_are_not_told(ctx: Flask, outbox: Any) -> None:
    case = make_case()
    kept, pulled = _approved(case), _approved(case)
    bundle_id = _bundle(case)
    # Delivery staff pulled a card by hand: the message no longer goes.
    db.session.get(Message, pulled).status = MessageStatus.WITHDRAWN
    db.session.commit()
    mark_delivered(bundle_id, ON)
    [mail] = outbox()
    assert mail["To"] == db.session.get(Message, kept).email


def test_a_job_that_stopped_resumes_without_telling_anyone_twice(
    ctx: Flask, outbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = make_case()
    ids = [_approved(case) for _ in range(5)]
    bundle_id = _bundle(case)
    monkeypatch.setattr(delivered, "BATCH", 2)
    sent: list[str] = []
    from moderation.services import notices

    real = notices.send_email

    def flaky(to: str, *args: Any) -> None:
        if len(sent) == 3:
            raise ConnectionRefusedError("mail server down")
        sent.append(to)
        real(to, *args)

    monkeypatch.setattr(notices, "send_email", flaky)
    assert mark_delivered(bundle_id, ON), "the delivery is recorded even if mail fails"
    assert len(outbox()) == 3
    assert db.session.get(Bundle, bundle_id).writers_told_through == ids[2]
    [job] = db.session.scalars(sa.select(OutboxJob).where(OutboxJob.dispatched_at.is_(None)))
    assert "mail server down" in (job.last_error or "")

    monkeypatch.setattr(notices, "send_email", real)
    assert job.due_at is not None, "tried again later"
    assert sweep_outbox(min_age=timedelta(0), now=job.due_at) == 1
    mails = outbox()
    assert sorted(m["To"] for m in mails) == sorted(db.session.get(Message, i).email for i in ids)
    assert db.session.get(Bundle, bundle_id).writers_told_at is not None


def test_delivered_email_dates_in_the_writers_language(ctx: Flask, outbox: Any) -> None:
    case = make_case()
    _approved(case, locale="fr")
    mark_delivered(_bundle(case), ON)
    assert "10 décembre 2026" in _plain(outbox()[0])


def test_staff_marking_delivered_tells_the_writers(app: Flask, outbox: Any) -> None:
    with app.app_context():
        case = make_case()
        _approved(case)
        bundle_id = _bundle(case)
        email = make_user("staff").email
    client = app.test_client()
    login(client, email)
    response = client.post(
        f"/staff/bundles/{bundle_id}/delivered", data={"delivered_on": "2026-12-10", "note": ""}
    )
    assert response.status_code == 302
    [mail] = outbox()
    assert "was delivered" in mail["Subject"]


@pytest.mark.redis
def test_real_worker_tells_the_writers_of_a_delivered_bundle(
    make_app: Any, outbox: Any, rq_worker: Any, redis_url: str
) -> None:
    app = make_app(REDIS_URL=redis_url)
    with app.app_context():
        case = make_case()
        ids = [_approved(case) for _ in range(3)]
        bundle_id = _bundle(case)
    result = rq_worker()
    assert result.returncode == 0, result.stderr[-2000:]
    with app.app_context():
        assert mark_delivered(bundle_id, ON)
        emails = sorted(db.session.get(Message, i).email for i in ids)
    assert outbox() == [], "with Redis, the web process does not send mail itself"
    result = rq_worker()
    assert result.returncode == 0, result.stderr[-2000:]
    assert sorted(m["To"] for m in outbox()) == emails
