"""Writers are told: a language hint while typing, one e-mail when a moderator rejects."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from flask import Flask
from flask.testing import FlaskClient
from flask_babel import get_domain

from moderation.models import Decision, Message, MessageStatus
from moderation.services import notices, queue
from petitions.extensions import db
from petitions.models import OutboxJob, User
from petitions.queue import sweep_outbox
from tests.factories import make_case, make_message, make_user
from tests.helpers import login

FRENCH = (
    "Chère amie, nous pensons à toi tous les jours et nous espérons que tu seras bientôt "
    "libérée. Tu n'es pas seule, nous sommes avec toi."
)
SUBJECT = "Your message could not be delivered as written"


def _later(minutes: int = 2) -> None:
    """Let time pass: every decision and waiting outbox row becomes that much older."""
    shift = timedelta(minutes=minutes)
    for model in (Decision, OutboxJob):
        for row in db.session.scalars(sa.select(model)):
            row.created_at = row.created_at - shift
            if isinstance(row, OutboxJob) and row.due_at is not None:
                row.due_at = row.due_at - shift
    db.session.commit()


def _held(n: int = 1, **overrides: Any) -> tuple[list[int], User]:
    case = make_case()
    ids = [make_message(case, **overrides).id for _ in range(n)]
    return ids, make_user("moderator")


def _plain(mail: Any) -> str:
    return mail.get_body(preferencelist=("plain",)).get_content()


# The live check's hint.


def test_live_check_hints_when_the_text_is_not_in_an_accepted_language(make_app: Any) -> None:
    # The interface is in English only today (LANGUAGES); the hint follows it when it grows.
    app = make_app(LANGUAGES=("en", "fr"))
    client = app.test_client()
    with app.app_context():
        slug = make_case(languages=["en", "zh"]).slug
    data = client.post(f"/cases/{slug}/messages/check", json={"text": FRENCH}).get_json()
    assert data["findings"] == [], "a language is not a reason to refuse the message"
    [hint] = data["hints"]
    assert hint["code"] == "N09"
    assert "English and Chinese" in hint["message"]

    french = client.post(
        f"/cases/{slug}/messages/check", json={"text": FRENCH}, headers={"Accept-Language": "fr"}
    ).get_json()
    assert "anglais et chinois" in french["hints"][0]["message"], "names in the writer's language"


def test_live_check_gives_no_hint_for_an_accepted_language_or_a_short_text(
    app: Flask, client: FlaskClient
) -> None:
    with app.app_context():
        slug = make_case(languages=["en", "zh"]).slug
        both = make_case(languages=["en", "fr"]).slug
    english = "Dear friend, we think of you every day and we hope you are released soon."
    for case_slug, text in ((slug, english), (slug, "Courage, amie !"), (both, FRENCH)):
        data = client.post(f"/cases/{case_slug}/messages/check", json={"text": text}).get_json()
        assert data["hints"] == [], text


# The e-mail after a moderator's rejection.


def test_moderator_rejection_tells_the_writer_once_naming_the_rule(ctx: Flask, outbox: Any) -> None:
    [message_id], moderator = _held()
    assert queue.decide(message_id, moderator, "reject", ["N06"], "internal remark") is (
        queue.DecideResult.DONE
    )
    assert outbox() == [], "nothing is sent while the moderator can still undo"
    assert sweep_outbox(min_age=timedelta(0)) == 0, "the e-mail is not due yet"

    _later()
    assert sweep_outbox() == 1
    [mail] = outbox()
    message = db.session.get(Message, message_id)
    assert mail["To"] == message.email
    assert mail["Subject"] == SUBJECT
    body = _plain(mail)
    assert "No vulgar or obscene language (N06)" in body
    assert "internal remark" not in body, "a moderator's note is for the audit trail only"
    assert message.text in body

    notices.notify_rejected_writer(message_id)
    assert sweep_outbox(min_age=timedelta(0)) == 0
    assert len(outbox()) == 1, "told once"


def test_undone_rejection_sends_no_email_and_a_new_one_sends_one(ctx: Flask, outbox: Any) -> None:
    [message_id], moderator = _held()
    queue.decide(message_id, moderator, "reject", ["N07"])
    sweep_outbox(min_age=timedelta(0))  # a worker's sweeper passing by before the undo
    assert queue.undo_last(moderator) is not None
    _later()
    sweep_outbox()
    assert outbox() == [], "the undone rejection is never told"
    assert db.session.get(Message, message_id).status is MessageStatus.HELD

    queue.decide(message_id, moderator, "reject", ["N04"])
    _later()
    sweep_outbox()
    [mail] = outbox()
    assert "(N04)" in _plain(mail)
    assert "(N07)" not in _plain(mail)


def test_a_job_that_comes_early_waits_for_the_undo_window(ctx: Flask, outbox: Any) -> None:
    [message_id], moderator = _held()
    queue.decide(message_id, moderator, "reject", ["N06"])
    notices.notify_rejected_writer(message_id)  # as if a clock ran ahead
    assert outbox() == []
    waiting = db.session.scalars(sa.select(OutboxJob).where(OutboxJob.dispatched_at.is_(None)))
    assert len(list(waiting)) == 2, "the early job recorded itself again for later"
    _later()
    sweep_outbox()
    assert len(outbox()) == 1, "two jobs for one rejection: one e-mail"


def test_bulk_rejection_tells_each_writer_once(ctx: Flask, outbox: Any) -> None:
    ids, moderator = _held(3)
    queue.decide_many(ids, moderator, "reject", ["N13"], "")
    _later()
    sweep_outbox()
    mails = outbox()
    emails = {db.session.get(Message, i).email for i in ids}
    assert sorted(m["To"] for m in mails) == sorted(emails)
    assert all("No advertising or calls to action (N13)" in _plain(m) for m in mails)


def test_the_notice_waits_longer_than_a_moderator_can_undo() -> None:
    assert notices.REJECTION_NOTICE_AFTER > queue.UNDO_WITHIN


def _french_catalogue(folder: Path) -> str:
    catalog = Catalog(locale="fr")
    catalog.add(SUBJECT, "Votre message n'a pas pu être remis tel quel")
    catalog.add("No vulgar or obscene language", "Pas de langage vulgaire ni obscène")
    catalog.add("Hello %(name)s,", "Bonjour %(name)s,")
    target = folder / "fr" / "LC_MESSAGES"
    target.mkdir(parents=True)
    with (target / "messages.mo").open("wb") as f:
        write_mo(f, catalog)
    return str(folder)


def test_rejection_email_is_in_the_language_the_writer_wrote_in(
    make_app: Any, tmp_path: Path, outbox: Any, request: pytest.FixtureRequest
) -> None:
    app = make_app(BABEL_TRANSLATION_DIRECTORIES=_french_catalogue(tmp_path / "translations"))
    with app.app_context():
        # Flask-Babel caches catalogues per process, not per app: start and end afresh.
        get_domain().cache.clear()
        request.addfinalizer(get_domain().cache.clear)
        [french], moderator = _held(locale="fr")
        english = make_message(db.session.get(Message, french).case).id
        queue.decide_many([french, english], moderator, "reject", ["N06"], "")
        _later()
        sweep_outbox()
        first, second = outbox()
        assert first["Subject"] == "Votre message n'a pas pu être remis tel quel"
        assert "Bonjour Writer" in _plain(first)
        assert "Pas de langage vulgaire ni obscène (N06)" in _plain(first)
        assert second["Subject"] == SUBJECT


def test_rejecting_over_http_tells_the_writer_through_the_outbox(
    app: Flask, client: FlaskClient, outbox: Any
) -> None:
    with app.app_context():
        [message_id], moderator = _held()
        email = moderator.email
    login(client, email)
    response = client.post(
        f"/moderation/messages/{message_id}/decision",
        data={"decision": "reject", "reasons": ["N08"]},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200, response.get_data(as_text=True)
    assert outbox() == []
    with app.app_context():
        _later()
        assert sweep_outbox() == 1
    [mail] = outbox()
    assert "No risk to the recipient (N08)" in _plain(mail)


@pytest.mark.redis
def test_real_worker_sends_the_rejection_once_due(
    make_app: Any, outbox: Any, rq_worker: Any, redis_url: str
) -> None:
    app = make_app(REDIS_URL=redis_url)
    with app.app_context():
        [message_id], moderator = _held()
        queue.decide(message_id, moderator, "reject", ["N06"])
        assert sweep_outbox(min_age=timedelta(0)) == 0, "not handed to rq before it is due"
        _later()
        assert sweep_outbox() == 1
    result = rq_worker()
    assert result.returncode == 0, result.stderr[-2000:]
    [mail] = outbox()
    assert "(N06)" in _plain(mail)
