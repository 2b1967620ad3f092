"""The live check tells a writer, gently, that the recipient may not read their language."""

from __future__ import annotations

import os
from typing import Any

import pytest
from flask import Flask

from tests.browser.test_moderation_keyboard import live_server, page  # noqa: F401 (fixtures)
from tests.factories import make_case
from tests.moderation.test_writer_notices import FRENCH

pytestmark = pytest.mark.browser


def test_writer_sees_a_language_hint_and_can_still_send(app: Flask, page: Any) -> None:  # noqa: F811
    with app.app_context():
        slug = make_case(languages=["en", "zh"]).slug
    page.goto(f"/cases/{slug}")
    page.fill("#m-text", FRENCH)
    note = page.wait_for_selector("#live-findings .gentle-note")
    assert note.get_attribute("data-code") == "N09"
    assert "English and Chinese" in note.text_content()
    assert page.locator("#live-findings .findings").count() == 0, "a note, not an error"
    send = page.locator("form:has(#m-text) [type=submit]")
    assert send.is_enabled()
    folder = os.environ.get("W4R_SCREENSHOTS")
    if folder:
        for width, height in ((1280, 900), (390, 844)):
            page.set_viewport_size({"width": width, "height": height})
            note.scroll_into_view_if_needed()
            page.screenshot(path=os.path.join(folder, f"language-hint-{width}.png"))

    page.fill(
        "#m-text", "Dear friend, we think of you every day and we hope you are released soon."
    )
    page.wait_for_function("() => !document.querySelector('#live-findings .gentle-note')")
