"""The moderators' queue: claims, decisions exactly once, audit, bulk, undo, bans."""

from __future__ import annotations

import threading
from typing import Any

import sqlalchemy as sa
from flask import Flask

from moderation.models import Ban, Decision, Message, MessageStatus
from moderation.services.queue import QueueFilter, queue_page
from petitions.extensions import db
from petitions.models import Case
from tests.factories import make_case, make_message, make_user
from tests.helpers import confirm_link, login, path_of, write


def _setup(app: Flask, n: int = 3, **message_overrides: Any) -> tuple[list[int], list[str]]:
    with app.app_context():
        case = make_case()
        ids = [make_message(case, **message_overrides).id for _ in range(n)]
        emails = [make_user("moderator").email for _ in range(2)]
    return ids, emails


def _status(app: Flask, message_id: int) -> MessageStatus:
    with app.app_context():
        return db.session.get(Message, message_id).status


def _decisions(app: Flask) -> list[Decision]:
    with app.app_context():
        rows = db.session.scalars(sa.select(Decision).order_by(Decision.id)).all()
        db.session.expunge_all()
        return list(rows)


def test_queue_shows_held_messages_with_highlighted_findings(app: Flask) -> None:
    ids, (email, _) = _setup(app, n=2)
    client = app.test_client()
    login(client, email)
    page = client.get("/moderation/").get_data(as_text=True)
    for message_id in ids:
        assert f'data-message-id="{message_id}"' in page
    assert '<mark title="N05A">STRONG</mark>' in page
    assert "No shouting" in page
    assert "example.org" not in page, "no e-mail addresses in the queue"
    assert "earlier: 0 approved, 0 rejected" in page


def test_approve_and_reject_are_audited(app: Flask) -> None:
    (first, second, _), (email, _) = _setup(app)
    client = app.test_client()
    login(client, email)
    assert (
        client.post(
            f"/moderation/messages/{first}/decision", data={"decision": "approve"}
        ).status_code
        == 302
    )
    refused = client.post(
        f"/moderation/messages/{second}/decision",
        data={"decision": "reject"},
        follow_redirects=True,
    )
    assert "Choose at least one rule" in refused.get_data(as_text=True)
    assert _status(app, second) is MessageStatus.HELD
    client.post(
        f"/moderation/messages/{second}/decision",
        data={"decision": "reject", "reasons": ["N07", "N04"], "note": "insults the guards"},
    )
    assert _status(app, first) is MessageStatus.APPROVED
    assert _status(app, second) is MessageStatus.REJECTED
    approve, reject = _decisions(app)
    assert approve.actor_id is not None and approve.verdict.value == "approve"
    assert reject.rules == ["N04", "N07"]
    assert reject.note == "insults the guards"
    assert reject.rulebook_version
    with app.app_context():
        case = db.session.scalars(sa.select(Case)).one()
        assert case.message_count == 1, "approved messages count publicly"


def test_two_moderators_deciding_at_once_make_exactly_one_decision(app: Flask) -> None:
    (message_id, *_), emails = _setup(app, n=1)
    clients = []
    for email in emails:
        client = app.test_client()
        login(client, email)
        clients.append(client)
    barrier = threading.Barrier(2)
    codes: list[int] = []

    def decide(client: Any, decision: str) -> None:
        barrier.wait()
        data = {"decision": decision, "reasons": ["N05A"]}
        response = client.post(
            f"/moderation/messages/{message_id}/decision",
            data=data,
            headers={"Accept": "application/json"},
        )
        codes.append(response.status_code)

    threads = [
        threading.Thread(target=decide, args=(clients[0], "approve")),
        threading.Thread(target=decide, args=(clients[1], "reject")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(codes) == [200, 409]
    assert len(_decisions(app)) == 1


def test_deciding_an_already_decided_message_is_refused_clearly(app: Flask) -> None:
    (message_id, *_), (first, second) = _setup(app, n=1)
    a, b = app.test_client(), app.test_client()
    login(a, first)
    login(b, second)
    a.post(f"/moderation/messages/{message_id}/decision", data={"decision": "approve"})
    late = b.post(
        f"/moderation/messages/{message_id}/decision",
        data={"decision": "approve"},
        headers={"Accept": "application/json"},
    )
    assert late.status_code == 409
    assert late.get_json()["result"] in ("already_decided", "claimed")
    assert len(_decisions(app)) == 1


def test_claimed_messages_are_not_offered_to_another_moderator(app: Flask) -> None:
    ids, _ = _setup(app, n=4)
    with app.app_context():
        one, two = make_user("moderator"), make_user("moderator")
        first = {m.id for m in queue_page(one.id, QueueFilter(), limit=2)}
        second = {m.id for m in queue_page(two.id, QueueFilter(), limit=10)}
        again = {m.id for m in queue_page(one.id, QueueFilter(), limit=10)}
    assert first.isdisjoint(second)
    assert len(first) == 2 and len(second) == 2
    assert first | second == set(ids)
    assert first <= again, "a moderator keeps their own claims"


def test_opening_a_message_claims_it(app: Flask) -> None:
    (message_id, *_), (first, second) = _setup(app, n=1)
    a, b = app.test_client(), app.test_client()
    login(a, first)
    login(b, second)
    a.get(f"/moderation/messages/{message_id}")
    page = b.get(f"/moderation/messages/{message_id}").get_data(as_text=True)
    assert "Another moderator is working on this message." in page
    refused = b.post(
        f"/moderation/messages/{message_id}/decision",
        data={"decision": "approve"},
        headers={"Accept": "application/json"},
    )
    assert refused.status_code == 409
    assert refused.get_json()["result"] == "claimed"
    assert _status(app, message_id) is MessageStatus.HELD


def test_queue_filters_and_keyset_pages(app: Flask) -> None:
    with app.app_context():
        case, other = make_case(), make_case()
        mine = [make_message(case).id for _ in range(25)]
        make_message(other, language="fr", rules=["N09"], findings=[])
        make_message(case, status="clean", rules=[], findings=[])
        email = make_user("moderator").email
        case_id = case.id
    client = app.test_client()
    login(client, email)
    page = client.get(f"/moderation/?case={case_id}").get_data(as_text=True)
    assert page.count('class="message-card"') == 20
    assert f"after={mine[19]}" in page
    second = client.get(f"/moderation/?case={case_id}&after={mine[19]}").get_data(as_text=True)
    assert second.count('class="message-card"') == 5
    by_rule = client.get("/moderation/?rule=N09").get_data(as_text=True)
    assert by_rule.count('class="message-card"') == 1
    by_language = client.get("/moderation/?language=fr").get_data(as_text=True)
    assert by_language.count('class="message-card"') == 1
    clean = client.get("/moderation/?queue=clean").get_data(as_text=True)
    assert clean.count('class="message-card"') == 1


def test_bulk_decision_with_one_reason(app: Flask) -> None:
    ids, (email, _) = _setup(app, n=5)
    client = app.test_client()
    login(client, email)
    client.post(
        "/moderation/bulk",
        data={"message": ids[:4], "decision": "reject", "reasons": ["N05A"], "note": "caps"},
    )
    statuses = [_status(app, i) for i in ids]
    assert statuses == [MessageStatus.REJECTED] * 4 + [MessageStatus.HELD]
    decisions = _decisions(app)
    assert len(decisions) == 4
    assert all(d.rules == ["N05A"] and d.note == "caps" for d in decisions)
    unknown = client.post("/moderation/bulk", data={"message": ids[4:], "decision": "delete"})
    assert unknown.status_code == 302
    assert _status(app, ids[4]) is MessageStatus.HELD


def test_undo_puts_the_message_back_and_keeps_the_audit(app: Flask) -> None:
    (message_id, *_), (email, _) = _setup(app, n=1)
    client = app.test_client()
    login(client, email)
    client.post(f"/moderation/messages/{message_id}/decision", data={"decision": "approve"})
    response = client.post("/moderation/undo", headers={"Accept": "application/json"})
    assert response.get_json() == {
        "ok": True,
        "message_id": message_id,
        "message_ids": [message_id],
        "status": "held",
    }
    assert _status(app, message_id) is MessageStatus.HELD
    assert [d.status.value for d in _decisions(app)] == ["approved", "held"]
    again = client.post("/moderation/undo", headers={"Accept": "application/json"})
    assert again.status_code == 409
    with app.app_context():
        assert db.session.scalars(sa.select(Case)).one().message_count == 0


def test_banned_writer_messages_are_held_with_a_code(app: Flask, outbox: Any) -> None:
    with app.app_context():
        case = make_case()
        earlier = make_message(case, email="troll@example.org")
        slug, earlier_id = case.slug, earlier.id
        email = make_user("moderator").email
    staff = app.test_client()
    login(staff, email)
    history = staff.get(f"/moderation/writers/{earlier_id}").get_data(as_text=True)
    assert "troll@example.org" not in history, "a moderator sees a pseudonym, not the address"
    assert "(writer " in history
    staff.post(f"/moderation/writers/{earlier_id}/ban", data={"reason": "abuse"})
    with app.app_context():
        assert db.session.scalars(sa.select(Ban.writer_key)).one() == "troll@example.org"
    public = app.test_client()
    write(public, slug, email="troll@example.org", name="Tro Ll")
    public.post(path_of(confirm_link(outbox()[-1])))
    with app.app_context():
        newest = db.session.scalars(sa.select(Message).order_by(Message.id.desc())).first()
        assert newest.status is MessageStatus.HELD
        assert "BAN" in newest.rules


def test_history_pages_and_rule_figures(app: Flask) -> None:
    (first, second, _), (email, _) = _setup(app)
    client = app.test_client()
    login(client, email)
    client.post(f"/moderation/messages/{first}/decision", data={"decision": "approve"})
    client.post(
        f"/moderation/messages/{second}/decision", data={"decision": "reject", "reasons": "N05A"}
    )
    detail = client.get(f"/moderation/messages/{first}").get_data(as_text=True)
    assert "approve → approved" in detail
    assert "moderator " in detail and email not in detail, "a pseudonym, not the address"
    with app.app_context():
        user_id = db.session.scalars(sa.select(Decision.actor_id)).first()
    mine = client.get(f"/moderation/moderators/{user_id}").get_data(as_text=True)
    assert mine.count("<tr>") == 3
    figures = client.get("/moderation/rules").get_data(as_text=True)
    assert "N05A" in figures
    assert "50%" in figures


def test_reconcile_fixes_the_message_counter(ctx: Flask) -> None:
    case = make_case()
    for status in ("approved", "bundled", "held", "rejected"):
        make_message(case, status=status)
    assert db.session.get(Case, case.id).message_count == 0, "the factory skips the counter"
    result = ctx.test_cli_runner().invoke(args=["counts", "reconcile"])
    assert result.exit_code == 0, result.output
    db.session.expire_all()
    assert db.session.get(Case, case.id).message_count == 2


def test_moderators_see_pseudonyms_and_staff_see_addresses(app: Flask) -> None:
    (message_id, *_), (first, _second) = _setup(app, n=1)
    with app.app_context():
        writer_email = db.session.get(Message, message_id).email
        staff_email = make_user("staff").email
    moderator, staff = app.test_client(), app.test_client()
    login(moderator, first)
    login(staff, staff_email)
    moderator.post(f"/moderation/messages/{message_id}/decision", data={"decision": "approve"})
    with app.app_context():
        actor_id = db.session.scalars(sa.select(Decision.actor_id)).first()
    pages = (
        f"/moderation/writers/{message_id}",
        f"/moderation/messages/{message_id}",
        f"/moderation/moderators/{actor_id}",
    )
    for path in pages:
        seen = moderator.get(path).get_data(as_text=True)
        assert writer_email not in seen and first not in seen, path
    assert writer_email in staff.get(pages[0]).get_data(as_text=True)
    assert first in staff.get(pages[1]).get_data(as_text=True)
    assert first in staff.get(pages[2]).get_data(as_text=True)
