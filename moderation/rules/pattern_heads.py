"""The letters every match of a pattern line must start with, read from the pattern's text.

A line whose every match starts right after a word boundary with one of a few letters need
not scan the whole text: only the word starts holding one of those letters can start a match
(see :mod:`phrase_index`). :func:`word_heads` finds those letters with a small parser of its
own for the subset of regular-expression syntax the data lines are written in: a leading
``\\b``, ``{B}`` or ``(?<!\\w)``-like boundary, then literals, character classes,
alternations and groups, with zero-width assertions anywhere before the first letter. It never
reads Python's private regex modules, so a Python upgrade cannot break it; a line it does not
understand gets ``None`` and is scanned in full (correct, only slower).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_FLAGS = re.IGNORECASE | re.UNICODE
# Escapes that stand for one class of characters, not for one character.
_CATEGORIES = frozenset("wWdDsS")
# Escapes of one (non-letter) control character.
_CONTROL = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
# Ranges with this many characters or more are not expanded: the line falls back.
_MAX_RANGE = 64
_LETTER = re.compile(r"[^\W\d_]")


class _Unknown(Exception):
    """Syntax this parser does not read: the line falls back to a full scan."""


def word_heads(pattern: str, flags: int = re.IGNORECASE | re.UNICODE) -> frozenset[str] | None:
    """The letters a match of ``pattern`` (compiled with ``flags``) may start with, provided
    a word boundary comes before that first letter on every path; None when the pattern does
    not promise that, or is written in syntax this parser does not read.

    With ``re.IGNORECASE`` the letters are as written: the caller tests a text's letters
    against them with the same flag.
    """
    if flags & ~_FLAGS or not flags & re.UNICODE:
        return None
    try:
        heads = _Reader(pattern).alternation(0, len(pattern), bounded=False)
    except (_Unknown, IndexError, ValueError):
        return None
    if not heads or not all(_LETTER.fullmatch(c) for c in heads):
        return None
    return frozenset(heads)


class _Reader:
    """Reads the head of a pattern: what its first consumed character may be."""

    def __init__(self, text: str) -> None:
        self.text = text

    # Skipping over syntax (to find where a group, a class or an alternative ends).

    def class_end(self, i: int) -> int:
        """The offset after the character class opening at ``i``."""
        text = self.text
        j = i + 1
        if j < len(text) and text[j] == "^":
            j += 1
        if j < len(text) and text[j] == "]":
            j += 1  # a "]" first in a class is a literal
        while j < len(text):
            if text[j] == "\\":
                j += 2
                continue
            if text[j] == "]":
                return j + 1
            j += 1
        raise _Unknown("unterminated class")

    def _structural(self, start: int, end: int) -> Iterator[int]:
        """Offsets of the characters of ``text[start:end]`` that are neither escaped nor
        inside a class: the ones that can open or close a group or cut an alternation."""
        text, j = self.text, start
        while j < end:
            char = text[j]
            if char == "\\":
                j += 2
            elif char == "[":
                j = self.class_end(j)
            else:
                yield j
                j += 1

    def group_end(self, i: int) -> int:
        """The offset of the ``)`` closing the group opening at ``i``."""
        depth = 0
        for j in self._structural(i, len(self.text)):
            if self.text[j] == "(":
                depth += 1
            elif self.text[j] == ")":
                depth -= 1
                if depth == 0:
                    return j
        raise _Unknown("unbalanced group")

    def split(self, start: int, end: int) -> list[tuple[int, int]]:
        """``text[start:end]`` cut at its own (not nested) ``|``."""
        parts, last, depth = [], start, 0
        for j in self._structural(start, end):
            char = self.text[j]
            if char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            elif char == "|" and depth == 0:
                parts.append((last, j))
                last = j + 1
        parts.append((last, end))
        return parts

    # Reading heads.

    def alternation(self, start: int, end: int, bounded: bool) -> set[str] | None:
        """Heads of ``text[start:end]``: the union of its alternatives' heads."""
        out: set[str] = set()
        for a, b in self.split(start, end):
            found = self.sequence(a, b, bounded)
            if found is None:
                return None
            out |= found
        return out

    def sequence(self, start: int, end: int, bounded: bool) -> set[str] | None:
        """Heads of a sequence without top-level ``|``: those of its first consuming item,
        if a word boundary came before it (None: unknown, not bounded, or empty)."""
        text, i = self.text, start
        while i < end:
            char = text[i]
            if char == "\\":
                kind = text[i + 1]
                if kind == "b":
                    bounded = True
                    i += 2
                    continue
                if kind in "ABZ":
                    return None  # another anchor
                heads, after = self.escape(i)
            elif char == "(":
                close = self.group_end(i)
                opener = self.group_kind(i, close)
                if opener == "lookahead" or opener == "lookbehind" or opener == "comment":
                    i = close + 1
                    continue
                if opener == "negative lookbehind":
                    bounded = bounded or self.is_word_class(i + 4, close)
                    i = close + 1
                    continue
                if opener == "global flags":
                    i = close + 1
                    continue
                if not isinstance(opener, int):
                    return None  # flags on a group, a back reference, a condition
                heads, after = ("group", opener, close), close + 1
            elif char == "[":
                after = self.class_end(i)
                heads = self.class_letters(i, after)
            elif char in ".^$":
                return None
            elif char in "*+?)|":
                raise _Unknown("misplaced operator")
            else:
                heads, after = {char}, i + 1
            low = self.quantifier_min(after)
            if not bounded or low == 0:
                return None
            if isinstance(heads, tuple):
                _, body, close = heads
                return self.alternation(body, close, bounded)
            return heads
        return None  # nothing consumed: it may match the empty string

    def group_kind(self, i: int, close: int) -> int | str:
        """What the group opening at ``i`` is: the offset its body starts at for a plain
        group, or the name of a zero-width or unsupported construct."""
        text = self.text
        if text[i + 1] != "?":
            return i + 1  # a capturing group
        mark = text[i + 2]
        if mark == ":":
            return i + 3
        if mark == ">":
            return i + 3  # atomic
        if mark in "=!":
            return "lookahead"
        if mark == "<" and text[i + 3] == "=":
            return "lookbehind"
        if mark == "<" and text[i + 3] == "!":
            return "negative lookbehind"
        if mark == "#":
            return "comment"
        if mark == "P" and text[i + 3] == "<":
            return text.index(">", i) + 1
        flags = re.match(r"\(\?([aiLmsux]*)\)", text[i:])
        if flags is not None and i == 0 and set(flags.group(1)) <= set("iu"):
            return "global flags"
        return "unsupported"

    def is_word_class(self, start: int, end: int) -> bool:
        """True if ``text[start:end]`` is one item that holds ``\\w``: ``\\w`` itself, or a
        (not negated) class listing it, like the ``{B}`` marker's lookbehind."""
        body = self.text[start:end]
        if body == "\\w":
            return True
        if not body.startswith("[") or body.startswith("[^") or self.class_end(start) != end:
            return False
        j = start + 1
        while j < end - 1:
            if self.text[j] == "\\":
                if self.text[j + 1] == "w":
                    return True
                j += 2
                continue
            j += 1
        return False

    def escape(self, i: int) -> tuple[set[str] | None, int]:
        """The character(s) the escape at ``i`` matches (None: a category) and its end."""
        char, after = self.escaped_char(i)
        return (None if char is None else {char}), after

    def escaped_char(self, i: int) -> tuple[str | None, int]:
        """The one character the escape at ``i`` stands for (None: a category), its end."""
        text = self.text
        kind = text[i + 1]
        if kind in _CATEGORIES:
            return None, i + 2
        if kind in "uUx":
            width = {"u": 4, "U": 8, "x": 2}[kind]
            digits = text[i + 2 : i + 2 + width]
            if len(digits) != width:
                raise _Unknown("short escape")
            return chr(int(digits, 16)), i + 2 + width
        if kind == "N":
            close = text.index("}", i)
            return unicodedata.lookup(text[i + 3 : close]), close + 1
        if kind in _CONTROL:
            return _CONTROL[kind], i + 2
        if kind.isalnum():
            raise _Unknown("back reference, octal or unknown escape")
        return kind, i + 2

    def class_letters(self, start: int, end: int) -> set[str] | None:
        """The characters of the class ``text[start:end]`` (None: negated, a category, or a
        wide range)."""
        text = self.text
        if text[start + 1] == "^":
            return None
        out: set[str] = set()
        j, stop = start + 1, end - 1
        first = True
        while j < stop:
            if text[j] == "\\":
                low, j = self.escaped_char(j)
                if low is None:
                    return None
            elif text[j] == "[" and text[j + 1 : j + 2] in (":", "=", "."):
                raise _Unknown("POSIX class")
            elif text[j] == "]" and not first:
                raise _Unknown("stray ]")
            else:
                low, j = text[j], j + 1
            first = False
            if j < stop - 1 and text[j] == "-":
                if text[j + 1] == "\\":
                    high, j = self.escaped_char(j + 1)
                    if high is None:
                        return None
                else:
                    high, j = text[j + 1], j + 2
                if ord(high) - ord(low) >= _MAX_RANGE:
                    return None
                out.update(map(chr, range(ord(low), ord(high) + 1)))
            else:
                out.add(low)
        return out

    def quantifier_min(self, i: int) -> int | None:
        """The least number of times the item before ``i`` repeats, if a quantifier follows
        (None: no quantifier)."""
        text = self.text
        if i >= len(text):
            return None
        char = text[i]
        if char in "*?":
            return 0
        if char == "+":
            return 1
        if char == "{":
            match = re.match(r"\{(\d*)(?:(,)(\d*))?\}", text[i:])
            if match is None or not (match.group(1) or match.group(2)):
                return None  # a literal "{"
            return int(match.group(1) or 0)
        return None
