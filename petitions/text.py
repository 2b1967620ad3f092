"""Checks on text typed by the public, shared by every form."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls except tab and newlines, and the bidi embedding/override/isolate
# controls that can make text display differently from what it says.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_LINEBREAKS = re.compile("\r\n?|\u2028|\u2029")
_SPACES = re.compile(r"[^\S\n]+")


def forbidden_character(value: str) -> str | None:
    """The first control or bidi-override character in ``value``, if any."""
    match = _FORBIDDEN.search(value)
    return match.group() if match else None


def _text(value: object) -> str:
    # A file sent where a text field is expected (multipart forms mix them) reads as nothing:
    # the field's own validators then say it is missing.
    return value if isinstance(value, str) else ""


def clean_line(value: object) -> str:
    """A one-line field: NFC, whitespace runs collapsed, trimmed."""
    value = unicodedata.normalize("NFC", _text(value))
    return " ".join(value.split())


def clean_text(value: object) -> str:
    """A multi-line field: NFC, line breaks unified, trailing spaces trimmed."""
    value = unicodedata.normalize("NFC", _text(value))
    value = _LINEBREAKS.sub("\n", value)
    lines = [_SPACES.sub(" ", line).strip() for line in value.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# Joiners that Persian, Arabic and the Indic scripts need inside words; every other format
# character (zero-width space, soft hyphen, word joiner, tags...) only hides or disguises.
_NEEDED_FORMAT = frozenset("\u200c\u200d")
# Stacked combining marks ("Zalgo" text) overflow the lines of a printed letter; real scripts
# stack at most three (Vietnamese, Bengali, vocalised Arabic).
MAX_STACKED_MARKS = 3


def name_problem(value: str) -> str | None:
    """Why a name or a place cannot be printed as one, or None: a hidden format character,
    no letter at all (emoji or digits only), or a tower of combining marks."""
    stacked = 0
    letters = 0
    for ch in value:
        category = unicodedata.category(ch)
        if category == "Cf" and ch not in _NEEDED_FORMAT:
            return "format"
        if category.startswith("M"):
            stacked += 1
            if stacked > MAX_STACKED_MARKS:
                return "marks"
        else:
            stacked = 0
        letters += category.startswith("L")
    return None if letters else "letters"
