"""N13: no advertising or calls to action (products, accounts, other causes, phone numbers)."""

from __future__ import annotations

import re

from moderation.rules.context import ScreenContext
from moderation.rules.lexicon import Match, dedupe, phrases
from moderation.rules.types import Finding

# A phone number: 8 to 15 digits, international or grouped like a local number.
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[\s().-]{0,2}\d){7,14}(?!\w)")
_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_]){2,}")
_DIGIT = re.compile(r"\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE_LIKE = re.compile(r"^(?:\d{1,4}([./-])\d{1,2}\1\d{1,4}|\d{4}\s*[-–]\s*\d{4})$")


def _contacts(text: str) -> list[Match]:
    out = []
    for m in _PHONE.finditer(text) if _DIGIT.search(text) else ():
        digits = re.sub(r"\D", "", m.group())
        if _DATE_LIKE.match(m.group().strip()) or len(set(digits)) < 3:
            continue  # dates and "00000000" are no phone numbers
        out.append(Match(m.start(), m.end(), m.group(), digits))
    for pattern in (_HANDLE, _EMAIL) if "@" in text else ():
        out.extend(Match(m.start(), m.end(), m.group(), m.group()) for m in pattern.finditer(text))
    return out


def check_advertising(ctx: ScreenContext) -> list[Finding]:
    """N13: promotion and calls to action, phone numbers, @handles and e-mail addresses."""
    matches = dedupe([*phrases("advertising_", ctx.folded, negatable=False), *_contacts(ctx.text)])
    return [
        ctx.finding(
            "N13",
            m.start,
            m.end,
            "Letters of support must not advertise or ask readers to act elsewhere, nor carry "
            f"contact details: {m.excerpt} (N13)",
        )
        for m in matches
    ]
