"""N01 (a real name and place) and N02 (no impersonation): the form's name and place fields."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from moderation.rules.context import ScreenContext
from moderation.rules.lexicon import data_lines
from moderation.rules.normalize import normalize
from moderation.rules.types import Finding

_WORD = re.compile(r"[^\W\d_]+")
# The same letter over and over, or runs of neighbouring keys.
_KEYBOARD_MASH = re.compile(r"^(?:(.)\1{2,}|(?:asdf|qwe|zxc|jkl|sdf|hjk|dfg|fgh|ghj)\w*)$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[a-z]")


@cache
def _placeholders() -> frozenset[str]:
    return frozenset(normalize(line).text for line in data_lines("placeholder_names.txt"))


@lru_cache(maxsize=4096)
def _is_placeholder(value: str) -> bool:
    """True for values that are not a name or a place: empty, "test", "asdf", "xxx", "123"."""
    folded = normalize(value).text.strip()
    if not _HAS_LETTER.search(folded):
        return True
    if folded in _placeholders() or re.sub(r"\W+", " ", folded).strip() in _placeholders():
        return True
    if any(c.isdigit() for c in folded):
        return True
    words = _WORD.findall(folded)
    if all(w in _placeholders() or _KEYBOARD_MASH.match(w) for w in words):
        return True
    # One Latin letter ("J", "J.") is an initial, not a name; one Chinese character may be.
    return len("".join(words)) == 1 and _LATIN_LETTER.match(words[0]) is not None


def check_real_name(ctx: ScreenContext) -> list[Finding]:
    """N01: the writer must give a real name and a place of residence."""
    findings = []
    for field, value, label in (
        ("name", ctx.submission.author_name, "your name"),
        ("place", ctx.submission.place, "the town or city where you live"),
    ):
        if _is_placeholder(value):
            stripped = value.strip()
            start = value.find(stripped) if stripped else 0
            explanation = (
                f"Please give {label}: it is missing (N01)"
                if not stripped
                else f"Please give {label}, not “{stripped}” (N01)"
            )
            findings.append(
                Finding("N01", start, start + len(stripped), stripped, explanation, field)
            )
    return findings


@lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple[frozenset[str], str]:
    folded = normalize(name).text
    return frozenset(_WORD.findall(folded)), re.sub(r"[\W_]+", "", folded)


def check_impersonation(ctx: ScreenContext) -> list[Finding]:
    """N02: the writer's name must not be a rights holder's or a protected name."""
    author = ctx.submission.author_name
    words, squashed = _name_key(author)
    if not squashed:
        return []
    for protected in (*ctx.rights_holders, *ctx.campaign.protected_names):
        p_words, p_squashed = _name_key(protected)
        if not p_squashed:
            continue
        # A full name (all its words, in any order) or the same unspaced name (鄒幸彤); sharing
        # a first name only is not impersonation.
        same = (len(p_words) >= 2 and p_words <= words) or p_squashed == squashed
        if same:
            stripped = author.strip()
            start = author.find(stripped)
            return [
                Finding(
                    "N02",
                    start,
                    start + len(stripped),
                    stripped,
                    f"The name “{stripped}” belongs to {protected}; a moderator will check "
                    "that you are who you say (N02)",
                    "name",
                )
            ]
    return []
