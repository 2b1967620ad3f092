"""The queue's fast lane: clean messages a page at a time, approved with one button."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient

from moderation.models import Decision, Message, MessageStatus, Verdict
from moderation.services import queue
from petitions.extensions import db
from petitions.models import Case
from tests.factories import make_case, make_message, make_user
from tests.helpers import login


def _clean(case: Case, n: int) -> list[int]:
    return [make_message(case, status="clean", rules=[], findings=[]).id for _ in range(n)]


def _signed_in(app: Flask, email: str) -> FlaskClient:
    client = app.test_client()
    login(client, email)
    return client


def _statuses(app: Flask, ids: list[int]) -> list[MessageStatus]:
    with app.app_context():
        rows = db.session.execute(sa.select(Message.id, Message.status).where(Message.id.in_(ids)))
        by_id = dict(rows.tuples().all())
        return [by_id[i] for i in ids]


def _decisions(app: Flask) -> list[Decision]:
    with app.app_context():
        rows = list(db.session.scalars(sa.select(Decision).order_by(Decision.id)))
        db.session.expunge_all()
        return rows


def _fast_ids(page: str) -> list[int]:
    import re

    return [
        int(i) for i in re.findall(r'class="fast-item" id="c\d+" data-message-id="(\d+)"', page)
    ]


def test_held_messages_come_first_then_a_compact_page_of_clean_ones(app: Flask) -> None:
    with app.app_context():
        case = make_case()
        held = make_message(case).id
        clean = _clean(case, queue.FAST_LANE_PAGE + 2)
        email = make_user("moderator").email
    page = _signed_in(app, email).get("/moderation/").get_data(as_text=True)
    assert page.index(f'data-message-id="{held}"') < page.index("Fast lane")
    assert _fast_ids(page) == clean[: queue.FAST_LANE_PAGE], "one page, oldest first"
    assert page.count('class="message-card"') == 1, "clean ones are not full cards"
    assert f"Approve these {queue.FAST_LANE_PAGE}" in page
    assert f"clean_after={clean[queue.FAST_LANE_PAGE - 1]}" in page, "a keyset next page"
    for message_id in clean[: queue.FAST_LANE_PAGE]:
        assert f'name="message" value="{message_id}"' in page
    assert 'value="hold"' in page and 'value="reject"' in page, "each can be held or rejected"


def test_two_moderators_get_different_fast_lane_pages(app: Flask) -> None:
    with app.app_context():
        clean = _clean(make_case(), 2 * queue.FAST_LANE_PAGE)
        first, second = make_user("moderator").email, make_user("moderator").email
    one = _fast_ids(_signed_in(app, first).get("/moderation/").get_data(as_text=True))
    two = _fast_ids(_signed_in(app, second).get("/moderation/").get_data(as_text=True))
    assert len(one) == len(two) == queue.FAST_LANE_PAGE
    assert set(one).isdisjoint(two)
    assert set(one) | set(two) == set(clean)


def test_one_button_approves_exactly_the_messages_of_the_page(app: Flask) -> None:
    with app.app_context():
        case = make_case()
        shown, other = _clean(case, 3), _clean(case, 1)
        email = make_user("moderator").email
        case_id = case.id
    client = _signed_in(app, email)
    client.get("/moderation/")
    done = client.post(
        "/moderation/fast-lane/approve", data={"message": shown}, follow_redirects=True
    )
    assert "3 messages approved." in done.get_data(as_text=True)
    assert _statuses(app, shown) == [MessageStatus.APPROVED] * 3
    assert _statuses(app, other) == [MessageStatus.CLEAN], "only the ids posted"
    decisions = _decisions(app)
    assert [d.message_id for d in decisions] == shown, "one decision row each"
    assert {d.verdict for d in decisions} == {Verdict.APPROVE}
    assert len({d.actor_id for d in decisions}) == 1 and decisions[0].actor_id is not None
    assert len({d.batch for d in decisions}) == 1 and decisions[0].batch
    with app.app_context():
        assert db.session.get(Case, case_id).message_count == 3


def test_page_approval_skips_messages_decided_or_taken_meanwhile(app: Flask) -> None:
    with app.app_context():
        case = make_case()
        ids = _clean(case, 4)
        email, other_email = make_user("moderator").email, make_user("moderator").email
    client = _signed_in(app, email)
    client.get("/moderation/")
    # My claims run out; meanwhile a rival approves one, holds one and opens one.
    with app.app_context():
        db.session.execute(sa.update(Message).values(claimed_by=None, claimed_until=None))
        db.session.commit()
    rival = _signed_in(app, other_email)
    rival.post(f"/moderation/messages/{ids[0]}/decision", data={"decision": "approve"})
    rival.post(f"/moderation/messages/{ids[2]}/decision", data={"decision": "hold"})
    rival.get(f"/moderation/messages/{ids[3]}")
    result = client.post(
        "/moderation/fast-lane/approve", data={"message": ids}, follow_redirects=True
    ).get_data(as_text=True)
    assert "1 message approved." in result
    assert "3 skipped" in result
    assert _statuses(app, ids) == [
        MessageStatus.APPROVED,
        MessageStatus.APPROVED,
        MessageStatus.HELD,
        MessageStatus.CLEAN,
    ]
    approvals = [d for d in _decisions(app) if d.verdict is Verdict.APPROVE]
    assert sorted(d.message_id for d in approvals) == [ids[0], ids[1]], "none decided twice"


def test_undo_after_a_page_approval_puts_the_whole_page_back(app: Flask) -> None:
    with app.app_context():
        case = make_case()
        ids = _clean(case, 3)
        email = make_user("moderator").email
        case_id = case.id
    client = _signed_in(app, email)
    client.get("/moderation/")
    client.post("/moderation/fast-lane/approve", data={"message": ids})
    page = client.get("/moderation/").get_data(as_text=True)
    assert "Undo the last page (3 messages)" in page
    response = client.post("/moderation/undo", headers={"Accept": "application/json"})
    assert response.get_json()["message_ids"] == ids
    assert _statuses(app, ids) == [MessageStatus.CLEAN] * 3
    decisions = _decisions(app)
    assert [d.status for d in decisions] == [MessageStatus.APPROVED] * 3 + [
        MessageStatus.CLEAN
    ] * 3, "the audit keeps the approvals and adds the undos"
    with app.app_context():
        assert db.session.get(Case, case_id).message_count == 0
    assert client.post("/moderation/undo", headers={"Accept": "application/json"}).status_code == (
        409
    )


def test_a_single_decision_after_a_page_is_undone_alone(app: Flask) -> None:
    with app.app_context():
        case = make_case()
        page_ids, single = _clean(case, 2), _clean(case, 1)[0]
        email = make_user("moderator").email
    client = _signed_in(app, email)
    client.get("/moderation/")
    client.post("/moderation/fast-lane/approve", data={"message": page_ids})
    client.post(f"/moderation/messages/{single}/decision", data={"decision": "approve"})
    client.post("/moderation/undo")
    *page, alone = _statuses(app, [*page_ids, single])
    assert page == [MessageStatus.APPROVED] * 2, "the page stays approved"
    assert alone is not MessageStatus.APPROVED


def test_a_clean_message_can_be_held_or_rejected_from_the_fast_lane(app: Flask) -> None:
    with app.app_context():
        held, rejected = _clean(make_case(), 2)
        email = make_user("moderator").email
    client = _signed_in(app, email)
    client.post(f"/moderation/messages/{held}/decision", data={"decision": "hold"})
    client.post(
        f"/moderation/messages/{rejected}/decision", data={"decision": "reject", "reasons": "N07"}
    )
    assert _statuses(app, [held, rejected]) == [MessageStatus.HELD, MessageStatus.REJECTED]
    again = client.post(
        f"/moderation/messages/{held}/decision",
        data={"decision": "hold"},
        headers={"Accept": "application/json"},
    )
    assert again.status_code == 409, "holding is for clean messages only"
    page = client.get("/moderation/").get_data(as_text=True)
    assert f'data-message-id="{held}"' in page and _fast_ids(page) == []


def test_page_approval_needs_ids_and_a_moderator(app: Flask) -> None:
    with app.app_context():
        ids = _clean(make_case(), 1)
        email = make_user("moderator").email
    client = _signed_in(app, email)
    refused = client.post("/moderation/fast-lane/approve", data={}, follow_redirects=True)
    assert "Nothing to approve" in refused.get_data(as_text=True)
    assert _statuses(app, ids) == [MessageStatus.CLEAN]
    anonymous = app.test_client().post("/moderation/fast-lane/approve", data={"message": ids})
    assert anonymous.status_code in (302, 401, 403)
    assert _statuses(app, ids) == [MessageStatus.CLEAN]
