"""A moderator works the queue with the keyboard in real headless Chromium."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from werkzeug.serving import make_server

from moderation.models import Decision, Message, MessageStatus
from petitions.extensions import db
from tests.factories import PASSWORD, make_case, make_message, make_user

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join()


@pytest.fixture
def page(live_server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert shutil.which("chromium"), "Debian's chromium is needed: make test installs it"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        context = browser.new_context(base_url=live_server)
        yield context.new_page()
        context.close()
        browser.close()


def _statuses(app: Flask) -> list[MessageStatus]:
    with app.app_context():
        return list(db.session.scalars(sa.select(Message.status).order_by(Message.id)))


def test_moderator_works_the_queue_with_the_keyboard(app: Flask, page: Any) -> None:
    with app.app_context():
        case = make_case()
        for _ in range(3):
            make_message(case)
        email = make_user("moderator").email

    page.goto("/moderation/")
    assert "/login" in page.url, "anonymous visitors are sent to sign in"
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_selector(".message-card.current")
    cards = page.locator(".message-card")
    assert cards.count() == 3

    page.keyboard.press("a")
    page.wait_for_selector('.message-card[data-decided="approve"]')
    page.wait_for_selector(".message-card.current:not(.decided)")
    page.keyboard.press("r")
    page.keyboard.press("2")  # the second shortcut rule: N06
    page.wait_for_selector('.message-card[data-decided="reject"]')
    assert _statuses(app) == [MessageStatus.APPROVED, MessageStatus.REJECTED, MessageStatus.HELD]
    with app.app_context():
        reject = db.session.scalars(sa.select(Decision).order_by(Decision.id.desc())).first()
        assert reject.rules == ["N06"]

    page.keyboard.press("u")
    page.wait_for_function("() => !document.querySelector('[data-decided=\"reject\"]')")
    assert "Undone" in page.locator("#queue-status").text_content()
    assert _statuses(app) == [MessageStatus.APPROVED, MessageStatus.HELD, MessageStatus.HELD]

    page.keyboard.press("?")
    assert page.locator("#keyboard-help").is_visible()
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.locator(".message-card.current").count() == 1


def test_message_form_checks_as_you_type(app: Flask, page: Any) -> None:
    with app.app_context():
        slug = make_case().slug
    page.goto(f"/cases/{slug}")
    page.fill("#m-text", "Stay STRONG, we are all with you")
    page.wait_for_selector("#live-findings li")
    assert "(N05A)" in page.locator("#live-findings").text_content()
    assert "STRONG" in page.locator("#live-findings li").first.text_content()
    page.fill("#m-text", "Stay strong, we are all with you")
    page.wait_for_function("() => !document.querySelector('#live-findings li')")
