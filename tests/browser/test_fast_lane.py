"""A moderator approves a fast-lane page in real headless Chromium; the footer tells the truth."""

from __future__ import annotations

import os
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask

from moderation.miss_rate import MISS_RATE
from moderation.models import Message, MessageStatus
from petitions.extensions import db
from tests.browser.test_moderation_keyboard import live_server, page  # noqa: F401 (fixtures)
from tests.factories import PASSWORD, make_case, make_message, make_user

pytestmark = pytest.mark.browser

PROMISE = "Every message is read by a volunteer moderator before it is delivered."
HONEST = "delivered without a person reading them"


def _statuses(app: Flask) -> list[MessageStatus]:
    with app.app_context():
        return list(db.session.scalars(sa.select(Message.status).order_by(Message.id)))


def _screenshots(tab: Any, name: str) -> None:
    """With W4R_SCREENSHOTS=folder, the page at a desktop and a phone width."""
    folder = os.environ.get("W4R_SCREENSHOTS")
    if not folder:
        return
    for width, height in ((1280, 900), (390, 844)):
        tab.set_viewport_size({"width": width, "height": height})
        tab.screenshot(path=os.path.join(folder, f"{name}-{width}.png"), full_page=True)
    tab.set_viewport_size({"width": 1280, "height": 900})


def test_moderator_approves_a_fast_lane_page_and_the_footer_follows_the_setting(
    app: Flask,
    page: Any,  # noqa: F811
) -> None:
    with app.app_context():
        case = make_case()
        make_message(case)  # one held message first
        texts = [
            "Dear friend, we think of you every day.",
            "Chère amie, nous pensons à vous chaque jour.",
            "Querida amiga, pensamos en ti cada día.",
            "亲爱的朋友，我们每天都在想念你。",
        ]
        for text in texts:
            make_message(case, status="clean", rules=[], findings=[], text=text)
        staff = make_user("staff").email
        slug = case.slug

    page.goto(f"/cases/{slug}")
    assert PROMISE in page.locator("footer").text_content()

    page.goto("/login")
    page.fill("#email", staff)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit], input[type=submit]")
    page.goto("/moderation/")
    page.wait_for_selector(".fast-lane")
    assert page.locator(".message-card").count() == 1, "the held message comes first"
    assert page.locator(".fast-item").count() == 4
    assert "Querida amiga" in page.locator(".fast-lane").text_content()
    _screenshots(page, "fast-lane")

    page.click("text=Approve these 4")
    page.wait_for_selector("text=4 messages approved.")
    assert _statuses(app) == [MessageStatus.HELD] + [MessageStatus.APPROVED] * 4
    assert page.locator(".fast-item").count() == 0
    page.keyboard.press("u")  # undo takes the whole page back
    page.wait_for_selector(".fast-item")
    assert page.locator(".fast-item").count() == 4
    assert _statuses(app) == [MessageStatus.HELD] + [MessageStatus.CLEAN] * 4
    page.keyboard.press("Shift+A")  # the page key
    page.wait_for_selector("text=4 messages approved.")
    assert _statuses(app) == [MessageStatus.HELD] + [MessageStatus.APPROVED] * 4

    page.goto("/staff/screening/")
    assert f"{MISS_RATE:.1%}" in page.locator("#miss-rate").text_content()
    _screenshots(page, "screening-settings")
    page.check('input[name=clean_messages][value="auto"]')
    page.click("#review-setting button[type=submit]")
    page.wait_for_selector("text=approved without a human")
    page.goto(f"/cases/{slug}")
    footer = page.locator("footer").text_content()
    assert HONEST in footer and PROMISE not in footer

    page.goto("/staff/screening/")
    page.check('input[name=clean_messages][value="review"]')
    page.click("#review-setting button[type=submit]")
    page.goto(f"/cases/{slug}")
    assert PROMISE in page.locator("footer").text_content()
