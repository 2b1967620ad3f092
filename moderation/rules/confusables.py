"""Look-alike letters and the scripts of letters, from Unicode's own data.

Two files of the ``confusable-homoglyphs`` package (pinned in requirements.txt), read once:

- ``confusables.json``: Unicode's confusables (UTS #39, ``confusables.txt``), each source
  character linked to its prototype both ways. Characters joined by these links share one
  *skeleton*: they are one class of look-alikes (Latin "o", Cyrillic "о", Greek "ο",
  Armenian "օ"...).
- ``categories.json``: the script of every code point (Unicode's ``Scripts.txt``).

From the classes this module derives, for each letter, the letter of a given script it reads
as (:func:`reading`): the skeleton points one way (Cyrillic "а" to Latin "a"), but a word is
read toward its own majority script, so a Latin "a" in a Cyrillic word reads as Cyrillic "а".
Letters are taken as they are after case folding: where the lower-case letter has no
look-alike of the wanted script, its capital's class is asked (Cyrillic "в" looks like "B",
not "b"), and Latin small capitals read as their letter (the data links "ᴀ" only to a
Cherokee letter; Unicode's name says which letter it is).
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from importlib.resources import files

LATIN = "LATIN"
# Scripts that may share a word (UTS #39 "highly restrictive": Latin with the scripts of
# Chinese, Japanese and Korean, and those together). Any other mix of two scripts in one word
# is a dodge or a typing accident.
_COMPATIBLE = (
    frozenset({"LATIN", "HAN", "HIRAGANA", "KATAKANA"}),
    frozenset({"LATIN", "HAN", "BOPOMOFO"}),
    frozenset({"LATIN", "HAN", "HANGUL"}),
)
# Not a script of its own: digits, punctuation, marks (Common, Inherited).
_NEUTRAL = frozenset({"COMMON", "INHERITED", "Unknown"})
# Code characters in a "script string" (see :class:`_ScriptTable`) that are no script.
_NOT_LETTER = " "
INSIDE_WORD = "~"
_NO_SCRIPT = frozenset((_NOT_LETTER, INSIDE_WORD))


@dataclass(frozen=True, slots=True)
class _Data:
    # Range starts, ends and script names of Scripts.txt, sorted.
    starts: list[int]
    ends: list[int]
    names: list[str]
    # Every character's class of look-alikes (single characters only).
    classes: dict[str, frozenset[str]]


_lock = threading.Lock()
_data: _Data | None = None


def _load() -> _Data:
    global _data
    if _data is not None:
        return _data
    with _lock:
        if _data is None:
            _data = _read()
    return _data


# One entry of confusables.json: a character (JSON-escaped) and its list of look-alikes.
_ENTRY = re.compile(r'"((?:[^"\\]|\\.)+)": \[(.*?)\]')
_TARGET = re.compile(r'"c": "((?:[^"\\]|\\.)*)"')


def _decode(escaped: str) -> str:
    """A JSON string's body, escapes (surrogate pairs too) read."""
    if "\\" not in escaped:
        return escaped
    return (
        escaped.encode("ascii")
        .decode("unicode_escape")
        .encode("utf-16", "surrogatepass")
        .decode("utf-16")
    )


def _read() -> _Data:
    package = files("confusable_homoglyphs")
    categories = json.loads((package / "categories.json").read_text(encoding="utf-8"))
    aliases = categories["iso_15924_aliases"]
    ranges = sorted(categories["code_points_ranges"])
    starts = [r[0] for r in ranges]
    ends = [r[1] for r in ranges]
    names = [aliases[r[2]] for r in ranges]
    # Read the links straight from the file's text: json.loads would build a dict per link
    # with the character's name (tens of MB for a moment; the service has a memory budget).
    raw = (package / "confusables.json").read_text(encoding="utf-8")
    parent: dict[str, str] = {}

    def root(c: str) -> str:
        while parent.setdefault(c, c) != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    for entry in _ENTRY.finditer(raw):
        char = _decode(entry.group(1))
        if len(char) != 1:
            continue
        for other in _TARGET.findall(entry.group(2)):
            target = _decode(other)
            if len(target) == 1:
                a, b = root(char), root(target)
                if a != b:
                    parent[a] = b
    members: dict[str, set[str]] = {}
    for char in parent:
        members.setdefault(root(char), set()).add(char)
    # Only letters are ever read; a class without two letters reads nothing.
    classes = {}
    for group in members.values():
        letters = frozenset(c for c in group if unicodedata.category(c).startswith("L"))
        if len(letters) > 1:
            for c in letters:
                classes[c] = letters
    return _Data(starts, ends, names, classes)


def script(char: str) -> str:
    """The Unicode script of ``char`` (``COMMON``, ``LATIN``, ``CYRILLIC``...)."""
    data = _load()
    code = ord(char)
    i = bisect_right(data.starts, code) - 1
    if i >= 0 and code <= data.ends[i]:
        return data.names[i]
    return "Unknown"


def letter_script(char: str) -> str | None:
    """The script of a letter (None for digits, marks, symbols and other non-letters)."""
    if not unicodedata.category(char).startswith("L"):
        return None
    name = script(char)
    return None if name in _NEUTRAL else name


def _small_capital(char: str) -> str | None:
    """The letter a Latin small capital stands for ("ᴀ" → "a"), from its Unicode name."""
    name = unicodedata.name(char, "")
    prefix = "LATIN LETTER SMALL CAPITAL "
    if name.startswith(prefix) and len(name) == len(prefix) + 1:
        return name[-1].lower()
    return None


def _folded(char: str) -> str | None:
    out = char.casefold()
    return out if len(out) == 1 else None


def _pick(candidates: set[str], target: str) -> str | None:
    if not candidates:
        return None
    if target == LATIN:
        ascii_letters = {c for c in candidates if "a" <= c <= "z"}
        if not ascii_letters:
            return None
        candidates = ascii_letters
    return min(candidates)


def _toward(char: str, target: str) -> str | None:
    """The letter of ``target`` script (as case folded) that ``char`` looks like, or None."""
    data = _load()
    sources = [char]
    upper = char.upper()
    if len(upper) == 1 and upper != char:
        sources.append(upper)
    small = _small_capital(char)
    if small is not None:
        sources.append(small)
    for source in sources:
        if target == LATIN and "a" <= source <= "z" and source != char:
            return source
        members = data.classes.get(source, frozenset())
        same_case: set[str] = set()
        other_case: set[str] = set()
        for m in members:
            if m == char or letter_script(m) != target:
                continue
            folded = _folded(m)
            if folded is None:
                continue
            if target == LATIN and not folded.isascii():
                folded = _small_capital(m) or folded
            (same_case if folded == m else other_case).add(folded)
        found = _pick(same_case, target) or _pick(other_case, target)
        if found is not None and found != char:
            return found
    return None


_readings: dict[tuple[str, str], str | None] = {}


class _FoldableTable(dict[int, str]):
    """``str.translate`` table keeping only non-ASCII letters that have a look-alike (any text
    it leaves non-empty has something to fold), each character decided on first sight: a
    character class of thousands of letters made ``re.search`` cost ~140 us a letter."""

    def __missing__(self, key: int) -> str:
        char = chr(key)
        out = char if key > 127 and char in _load().classes else ""
        self[key] = out
        return out


_FOLDABLE = _FoldableTable()


def has_foldable(text: str) -> bool:
    """True if a non-ASCII letter of ``text`` has a look-alike letter: a text without one has
    nothing to fold (most Arabic, Bengali or Chinese letters)."""
    return bool(text.translate(_FOLDABLE))


def reading(char: str, target: str) -> str | None:
    """The letter of script ``target`` that ``char`` (case folded) reads as, if it is a
    look-alike of one (Latin targets are plain a-z); None otherwise. Cached."""
    key = (char, target)
    try:
        return _readings[key]
    except KeyError:
        found = _readings[key] = _toward(char, target)
        return found


def compatible(scripts: set[str] | frozenset[str]) -> bool:
    """True if letters of all ``scripts`` may share one word (one script, or Latin with
    Chinese, Japanese or Korean scripts)."""
    if len(scripts) <= 1:
        return True
    return any(scripts <= allowed for allowed in _COMPATIBLE)


class _ScriptTable(dict[int, str]):
    """``str.translate`` table giving each character one code character for its script: a
    text's scripts at C speed once its characters are known. Non-letters are a space;
    characters that sit inside a word without being letters of their own (combining marks,
    zero-width and other format characters) are :data:`INSIDE_WORD`; letters of no script
    of their own (mathematical and other styled letters) count as the letter they stand for
    (Unicode's compatibility mapping)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: dict[str, str] = {}  # code character -> script name
        self._codes: dict[str, str] = {}

    def code(self, name: str) -> str:
        """The code character of script ``name``."""
        code = self._codes.get(name)
        if code is None:
            code = chr(0x4E00 + len(self._codes))  # any letter, unique per script
            self._codes[name] = code
            self.names[code] = name
        return code

    def __missing__(self, key: int) -> str:
        char = chr(key)
        category = unicodedata.category(char)
        if category[0] == "M" or category == "Cf":
            code = INSIDE_WORD
        else:
            name = letter_script(char)
            if name is None and category[0] == "L":
                plain = unicodedata.normalize("NFKC", char)
                name = letter_script(plain[0]) if plain else None
            code = _NOT_LETTER if name is None else self.code(name)
        self[key] = code
        return code


SCRIPT_CODES = _ScriptTable()
# Two neighbouring letters of different scripts, in a text's script codes, maybe with marks
# or zero-width characters between them.
MIXED_CODES = re.compile(r"([^ ~])~*(?!\1)[^ ~]")


def script_names(codes: str) -> set[str]:
    """The script names behind a string of codes from :data:`SCRIPT_CODES`."""
    return {SCRIPT_CODES.names[c] for c in set(codes) if c not in _NO_SCRIPT}
