"""The rule book's codes in plain words, for writers and moderators (netiquette.md)."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from moderation.rules import RULE_DECISIONS, Decision

# In the rule book's order.
RULE_CODES: tuple[str, ...] = tuple(RULE_DECISIONS)

RULE_TITLES = {
    "N01": _l("Real name and place"),
    "N02": _l("No impersonation"),
    "N04": _l("No hate, defamation or discrimination"),
    "N05A": _l("No shouting"),
    "N05B": _l("No bold, italic or underline"),
    "N06": _l("No vulgar or obscene language"),
    "N07": _l("No threats, insults or harassment"),
    "N08": _l("No risk to the recipient"),
    "N09": _l("Write in a language the recipient can read"),
    "N10": _l("No repeated posts"),
    "N11A": _l("No images or files"),
    "N11B": _l("Links only where they comply"),
    "N12": _l("No copying others' words"),
    "N13": _l("No advertising or calls to action"),
    "BAN": _l("Writer banned by a moderator"),
}


def writer_can_fix(code: str) -> bool:
    """Whether a rule rejects on the form (a mechanical breach the writer fixes)."""
    return RULE_DECISIONS.get(code) is Decision.REJECT
