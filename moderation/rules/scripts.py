"""Which scripts a text, a word or a data file's pattern is written in.

A pattern line runs only on texts holding letters of one of the scripts its own letters are
written in (an Arabic line never runs on a French text); a word mixing scripts that do not
belong together is a dodge (:func:`mixed_script_words`, Unicode's script data).
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.rules.confusables import (
    INSIDE_WORD,
    MIXED_CODES,
    SCRIPT_CODES,
    compatible,
    script_names,
)

_SCRIPT_CLASSES = {
    "latin": "a-zA-Z\u00c0-\u024f\u1e00-\u1eff",
    "cyrillic": "\u0400-\u04ff",
    "greek": "\u0370-\u03ff",
    "arabic": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "indic": "\u0900-\u0dff",
    "han": "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af",
}
_SCRIPT_SEARCH = {name: re.compile(f"[{chars}]") for name, chars in _SCRIPT_CLASSES.items()}
# What is not a literal letter of a pattern: escapes (\b, \w, \s), group flags, {B}/{E}.
_NOT_LITERAL = re.compile(r"\\.|\(\?[a-zA-Z-]*[:)]|\{[A-Z]+\}")


def text_scripts(text: str) -> frozenset[str]:
    """The scripts whose letters occur in ``text`` (cached: every family asks)."""
    return _text_scripts(text)


@lru_cache(maxsize=256)
def _text_scripts(text: str) -> frozenset[str]:
    if text.isascii():
        return frozenset(("latin",)) if _SCRIPT_SEARCH["latin"].search(text) else frozenset()
    return frozenset(name for name, p in _SCRIPT_SEARCH.items() if p.search(text))


def pattern_scripts(pattern: str) -> frozenset[str]:
    """The scripts of a pattern's literal letters (empty: it may match without letters)."""
    literal = _NOT_LITERAL.sub("", pattern)
    return frozenset(name for name, p in _SCRIPT_SEARCH.items() if p.search(literal))


# A word in script codes: letters, marks and zero-width characters (digits, symbols and
# spaces part words).
_CODE_WORD = re.compile(r"[^ ]+")
# Web and e-mail addresses are no words: their parts may be in any script.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|\S+\.(?:com|org|net|ru|рф|de|fr)\S*",
    re.IGNORECASE,
)


def mixed_script_words(text: str) -> list[tuple[int, int]]:
    """Spans of the words of ``text`` whose letters come from scripts that do not belong
    together (Latin with Cyrillic, Greek, Armenian, Cherokee...; Cyrillic with Greek), a
    common way to dodge word lists. Latin with Chinese, Japanese or Korean scripts, and those
    together, belong together. Digits and symbols are not letters and part words; zero-width
    characters and marks do not; styled letters (mathematical, full-width) count as the
    letters they stand for; addresses are no words. Works on the writer's text as typed."""
    if text.isascii():
        return []
    codes = text.translate(SCRIPT_CODES)
    if MIXED_CODES.search(codes) is None or compatible(script_names(codes)):
        return []  # no two neighbouring letters of different scripts
    addresses = [m.span() for m in _ADDRESS.finditer(text)] if "." in text else []
    out = []
    for m in _CODE_WORD.finditer(codes):
        if compatible(script_names(m.group())):
            continue
        start, end = m.span()
        while end > start and codes[end - 1] == INSIDE_WORD:
            end -= 1
        if any(a <= start and end <= b for a, b in addresses):
            continue
        out.append((start, end))
    return out
