"""Whether a match is negated by its clause ("they should not be shot")."""

from __future__ import annotations

import re
from functools import cache

from moderation.rules.datafiles import data_lines
from moderation.rules.normalize import Normalized
from moderation.rules.termpatterns import UNSPACED, TermPattern, compile_terms

# Where a clause starts: a negation before this point does not reach the match.
_CLAUSE_BREAK = re.compile(
    r"[.!?;:,\n。！？；：，()\"]|\b(?:but|mais|pero|но|لكن|اما|但是|但|কিন্তু)\b"
)
# "Nothing but" insists, it negates nothing.
_NOT_NEGATION = re.compile(
    r"\b(?:nothing but|nothing more than|no better than|no more than|none other than|rien que|"
    r"rien d'autre que|nada mas que|no son mas que|no es mas que)\b"
)


@cache
def _negation() -> TermPattern | None:
    return compile_terms(data_lines("negation.txt"))


def negated(view: Normalized, start: int, end: int, lookback: int = 60) -> bool:
    """True if the clause leading up to ``view.text[start:end]``, or the match itself, holds a
    negation ("they should not be shot", "no one deserves to suffer")."""
    text = view.text
    lo = max(0, start - lookback)
    prefix = text[lo:start]
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    if breaks:
        prefix = prefix[breaks[-1].end() :]
    pattern = _negation()
    if pattern is None:
        return False
    # Chinese curses contain negations ("不得好死"): only look before a match in unspaced text.
    inside = "" if UNSPACED.search(text[start:end]) else text[start:end]
    # Case folded: the view may keep capitals ("Never").
    clause = _NOT_NEGATION.sub(" ", (prefix + " " + inside).casefold())
    return pattern.search(clause) is not None
