"""Which scripts a text or a data file's pattern is written in.

A pattern line runs only on texts holding letters of one of the scripts its own letters are
written in (an Arabic line never runs on a French text).
"""

from __future__ import annotations

import re
from functools import lru_cache

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
