"""The one normalisation step every rule shares, with a map back to the original text.

Rules never look for words in the raw text: writers (and spammers) dodge word lists with
zero-width characters, bidi controls, full-width or "styled" letters, look-alike letters from
another script, accents and leetspeak. :func:`normalize` undoes all that and keeps, for every
character of its output, the span of the original characters it came from, so that a finding
always points at what the writer actually typed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from moderation.rules.confusables import (
    INSIDE_WORD,
    LATIN,
    MIXED_CODES,
    SCRIPT_CODES,
    has_foldable,
    reading,
)

# Format characters that carry no letters: zero-width space/joiners, word joiner, bidi marks,
# embeddings, overrides and isolates, the byte-order mark, soft hyphen, Arabic tatweel (used
# to stretch words) and variation selectors.
_INVISIBLE = frozenset(
    "\u00ad\u0640\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
    + "".join(chr(c) for c in range(0xFE00, 0xFE10))
)

# Diacritics that only decorate Latin, Greek, Cyrillic and Arabic letters; folding drops them
# (accents, Arabic harakat, combining underline/overline). Indic vowel signs are letters, kept.
_DROPPED_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)

# Arabic-script letters written differently by Arabic and Persian keyboards, and hamza seats.
_SCRIPT_UNIFY = str.maketrans(
    {"ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ۀ": "ه"}
)

# Letters of the engine's languages that are also look-alikes of another letter: the shared
# views never fold them (Turkish "sık", often, is not "sik"); the respelled view
# (moderation.rules.respell) reads them as their look-alike only in a word that is no
# ordinary word.
ALPHABET_LOOKALIKES = frozenset("ı")

# Leetspeak: digits and symbols standing for letters inside a word.
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
         "@": "a", "$": "s", "!": "i", "|": "l", "+": "t", "€": "e", "ß": "s"}  # fmt: skip
# In a word written mostly in Cyrillic they stand for Cyrillic letters ("п!здец", "6ля", "пи3да").
_LEET_CYRILLIC = {"0": "о", "1": "и", "3": "з", "4": "ч", "6": "б", "8": "в", "@": "а", "$": "с",
                  "!": "и", "+": "т", "€": "е"}  # fmt: skip

_LATIN = re.compile(r"[a-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ALPHA_RUN = re.compile(r"[^\W\d_]+")
# A word holding a digit or symbol that may stand for a letter.
_LEET_RUN = re.compile(r"[\w@$!|+€*]*[0-9@$!|+€][\w@$!|+€*]*")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised view of ``original``: ``text[i]`` came from ``original[starts[i]:ends[i]]``."""

    original: str
    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` back to a span of the original text."""
        n = len(self.text)
        if start >= n:
            return len(self.original), len(self.original)
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[min(end, n) - 1]

    def excerpt(self, start: int, end: int) -> str:
        """The original characters behind ``text[start:end]``."""
        a, b = self.span(start, end)
        return self.original[a:b]


# Typographic apostrophes and quotes read as the plain ones patterns are written with.
_PUNCT = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                        "„": '"', "«": '"', "»": '"'})  # fmt: skip


@cache
def _fold_cluster(cluster: str, fold: bool, leet: bool, keep_case: bool) -> str:
    """Normalise one base character with its combining marks (cached: texts repeat letters)."""
    if leet and cluster[0] == "ß":
        return "s"
    out = unicodedata.normalize("NFKC", cluster)
    if fold:
        out = out.translate(_PUNCT)
        if not keep_case:
            out = out.casefold()
        decomposed = unicodedata.normalize("NFD", out)
        stripped = _DROPPED_MARKS.sub("", decomposed)
        out = unicodedata.normalize("NFC", stripped) if stripped != decomposed else out
        out = out.translate(_SCRIPT_UNIFY)
    return "".join(c for c in out if c not in _INVISIBLE)


def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


def _latin_lookalike(char: str) -> str | None:
    """The plain letter a non-ASCII Latin look-alike stands for ("ᴀ", "ɑ"), unless it is a
    letter of one of the engine's languages."""
    if char in ALPHABET_LOOKALIKES:
        return None
    return reading(char, LATIN)


class _LookalikeTable(dict[int, str]):
    """``str.translate`` table keeping only Latin look-alikes (any text it leaves non-empty
    holds one), each character decided on first sight."""

    def __missing__(self, key: int) -> str:
        char = chr(key)
        out = char if key > 127 and _latin_lookalike(char) else ""
        self[key] = out
        return out


_LOOKALIKES = _LookalikeTable()


def _may_fold(text: str) -> bool:
    """False if no letter of ``text`` has a look-alike (nothing to fold; a cheap test)."""
    return has_foldable(text) or bool(text.translate(_LOOKALIKES))


def _fold_confusables(chars: list[str]) -> None:
    """Within each word, fold look-alike letters of the minority script into the majority's
    (Unicode's confusables, see :mod:`confusables`), and Latin look-alikes such as small
    capitals into plain letters. A whole word of look-alikes in another script reads as Latin
    in a text written mostly in Latin ("сrар" typed in Cyrillic)."""
    text = "".join(chars)
    if text.isascii() or not _may_fold(text):
        return
    codes = text.translate(SCRIPT_CODES)
    present = set(codes)
    present.discard(" ")
    present.discard(INSIDE_WORD)
    latin = SCRIPT_CODES.code(LATIN)
    lookalikes = latin in present and bool(text.translate(_LOOKALIKES))
    if len(present) <= 1 and not lookalikes:
        return
    totals = {code: codes.count(code) for code in present}
    if not lookalikes and MIXED_CODES.search(codes) is None:
        # No word mixes scripts: only a whole word of look-alikes in a text written mostly
        # in Latin may need folding.
        if totals.get(latin, 0) <= min(n for code, n in totals.items() if code != latin):
            return
    for m in _ALPHA_RUN.finditer(text):
        start, end = m.start(), m.end()
        word_codes = codes[start:end]
        scripts = set(word_codes)
        scripts.discard(" ")
        scripts.discard(INSIDE_WORD)
        if len(scripts) > 1:
            counts = {code: word_codes.count(code) for code in scripts}
            top = max(counts.values())
            # A tie reads as Latin, as the writer's keyboard most likely is.
            majority = latin if counts.get(latin) == top else max(counts, key=counts.__getitem__)
        elif latin in scripts:
            majority = latin
        elif (
            scripts
            and latin in totals
            and totals[latin] > totals[next(iter(scripts))]
            and all(reading(c, LATIN) for c in m.group())
        ):
            majority = latin
        else:
            continue
        target = SCRIPT_CODES.names[majority]
        for i in range(start, end):
            char = chars[i]
            if codes[i] != majority:
                chars[i] = reading(char, target) or char
            elif majority == latin and not char.isascii():
                chars[i] = _latin_lookalike(char) or char


def _apply_leet(chars: list[str]) -> None:
    """Read digits and symbols inside words as the letters they stand for ("sh1t", "a$$")."""
    text = "".join(chars)
    for m in _LEET_RUN.finditer(text):
        run = m.group()
        if sum(c.isalpha() for c in run) < 2 or run.isdigit():
            continue
        # Symbols at the edges are punctuation ("wow!"), not letters.
        lo, hi = 0, len(run)
        while lo < hi and not run[lo].isalnum():
            lo += 1
        while hi > lo and not run[hi - 1].isalnum():
            hi -= 1
        table = _LEET_CYRILLIC if _mostly_cyrillic(run) else _LEET
        for i in range(m.start() + lo, m.start() + hi):
            chars[i] = table.get(chars[i], _LEET.get(chars[i], chars[i]))


def _mostly_cyrillic(word: str) -> bool:
    """True if more of ``word``'s letters are Cyrillic than Latin."""
    cyrillic = len(_CYRILLIC.findall(word))
    return cyrillic > 0 and cyrillic > len(_LATIN.findall(word))


def read_leet(chars: str) -> str:
    """``chars`` (letters, digits, symbols of one word) with digits and symbols read as the
    letters they stand for, in the word's majority script."""
    table = _LEET_CYRILLIC if _mostly_cyrillic(chars) else _LEET
    return "".join(table.get(c, _LEET.get(c, c)) for c in chars)


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds each character on first sight (C-speed afterwards),
    remembering the characters that do not fold to exactly one character."""

    def __init__(self, fold: bool, leet: bool, keep_case: bool) -> None:
        super().__init__()
        self.mode = (fold, leet, keep_case)
        self.uneven: set[str] = set()

    def __missing__(self, key: int) -> str:
        out = _fold_cluster(chr(key), *self.mode)
        if len(out) != 1:
            self.uneven.add(chr(key))
        self[key] = out
        return out


@cache
def _table(fold: bool, leet: bool, keep_case: bool) -> _FoldTable:
    return _FoldTable(fold, leet, keep_case)


def normalize(
    text: str, *, fold: bool = True, leet: bool = False, keep_case: bool = False
) -> Normalized:
    """Normalise ``text`` for matching (remembered for the last 4,096 texts: identical
    letters are common at peak, and a view is an immutable value). See :func:`_normalize`."""
    return _normalize(text, fold, leet, keep_case)


@lru_cache(maxsize=4096)
def _normalize(text: str, fold: bool, leet: bool, keep_case: bool) -> Normalized:
    """Normalise ``text`` for matching, keeping the map back to the original.

    Always: Unicode NFKC and removal of zero-width, bidi-control and other invisible format
    characters. With ``fold``: case folding, removal of accents and other decorating marks,
    unification of Arabic/Persian letter variants and folding of look-alike letters from
    another script inside a word, and of Latin look-alikes such as small capitals (Unicode's
    confusables, :mod:`confusables`). With ``leet`` (only with ``fold``): digits and symbols
    inside words read as letters. With ``keep_case``, folding keeps capitals (for rules
    that need to see a proper name). A character that expands (``ﬁ`` → ``fi``) maps every
    piece to the same original span; a removed one maps to nothing.
    """
    table = _table(fold, leet, keep_case)
    out = text.translate(table)
    if len(out) == len(text) and table.uneven.isdisjoint(text):
        # Every character folded to exactly one: offsets are the identity.
        n = len(text)
        if fold and not out.isascii() and _may_fold(out):
            chars = list(out)
            _fold_confusables(chars)
            out = "".join(chars)
        if fold and leet:
            chars = list(out)
            _apply_leet(chars)
            out = "".join(chars)
        return Normalized(text, out, range(n), range(1, n + 1))
    return _normalize_clusters(text, fold, leet, keep_case)


def _normalize_clusters(text: str, fold: bool, leet: bool, keep_case: bool) -> Normalized:
    """The general case: characters with combining marks, expansions or removals."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and _is_mark(text[j]) and text[j] not in _INVISIBLE:
            j += 1
        piece = _fold_cluster(text[i:j], fold, leet, keep_case)
        for c in piece:
            chars.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    if fold:
        _fold_confusables(chars)
        if leet:
            _apply_leet(chars)
    return Normalized(text, "".join(chars), tuple(starts), tuple(ends))


def fold_pattern(pattern: str) -> str:
    """Fold a regular expression from a data file like text is folded, minus case folding.

    Case folding would turn escapes such as ``\\S`` into ``\\s``; patterns are compiled with
    ``re.IGNORECASE`` instead.
    """
    out = unicodedata.normalize("NFKC", pattern)
    out = unicodedata.normalize("NFC", _DROPPED_MARKS.sub("", unicodedata.normalize("NFD", out)))
    out = "".join(c for c in out if c not in _INVISIBLE)
    return out.translate(_SCRIPT_UNIFY).translate(_PUNCT)
