"""The phrase matcher: the lines of a family's ``*.re`` files, indexed by the words they
start with, tried only where such a word starts.

Python's regex engine tries every alternative at every position, so one big alternation of
all lines is slow. Instead each line is indexed by its leading word (or word beginning), read
from its head (:func:`_triggers`); the words of a text are looked up once for every family
(one trigger index); a line without a leading word runs only on texts holding its script, and
then only from the word starts its first letter may be (:mod:`pattern_heads`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import cache, lru_cache

from moderation.rules.datafiles import data_files, data_lines
from moderation.rules.negation import negated
from moderation.rules.normalize import Normalized, fold_pattern
from moderation.rules.pattern_heads import word_heads
from moderation.rules.scripts import pattern_scripts, text_scripts
from moderation.rules.termpatterns import Match, dedupe, expand_markers

_META = set("\\[](){}*+?.^$|")


def _top_level_split(body: str) -> list[str] | None:
    """``body`` split at its top-level ``|`` (None if it has no top-level alternation)."""
    parts, depth, last, i = [], 0, 0, 0
    while i < len(body):
        char = body[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            j = body.find("]", i + 2)
            i = j + 1 if j > 0 else len(body)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[last:i])
            last = i + 1
        i += 1
    if not parts:
        return None
    parts.append(body[last:])
    return parts


def _split_alternatives(group: str) -> list[str] | None:
    """The top-level alternatives of a group's body, or None if it nests groups."""
    if "(" in group or ")" in group:
        return None
    return group.split("|")


def _triggers(pattern: str) -> tuple[set[str], set[str]] | None:
    """Words (exact) and word beginnings (prefix) one of which any match of ``pattern`` must
    start with, read from its head: ``\\b(?:hope|wish)\\b`` or ``\\bsubscrib(?:e|ing)``.
    None when the head is not that simple: the pattern then always runs."""
    if _top_level_split(pattern) is not None:
        return None  # alternatives at the top level: too many heads to index
    head = re.sub(r"^(?:\\b|\{B\})", "", pattern)
    if head.startswith("(?:"):
        depth, end = 0, -1
        for i, char in enumerate(head):
            if char == "(" and head[i - 1 : i] != "\\":
                depth += 1
            elif char == ")" and head[i - 1 : i] != "\\":
                depth -= 1
                if depth == 0:
                    end = i
                    break
        alternatives = _split_alternatives(head[3:end]) if end > 0 else None
        if alternatives is not None and head[end + 1 : end + 2] in ("?", "*", "{"):
            return None  # an optional head: the match may start with what follows
        after = head[end + 1 : end + 3]
        # "(?:smuggl|hid)\w*" or "(?:beat)ing": the word goes on after the group, so its
        # alternatives are word beginnings, not whole words.
        word_goes_on = after.startswith("\\w") or after[:1].isalpha()
    else:
        alternatives = [head]
        word_goes_on = False
    if not alternatives:
        return None
    exact, prefix = set(), set()
    for alt in alternatives:
        literal = ""
        for char in alt:
            if char in _META:
                break
            literal += char
        word = literal.split(" ")[0] if literal else ""
        if not word or not _TRIGGER_WORD.fullmatch(word):
            return None
        if literal != alt and alt[len(literal) : len(literal) + 1] in ("?", "*", "{"):
            # The last literal letter is optional ("deserves?"): index one letter less.
            word = word[:-1] if literal == word else word
            if not word:
                return None
            prefix.add(word.casefold())
        elif " " in literal or literal == alt and head.startswith("(?:") and not word_goes_on:
            exact.add(word.casefold())
        else:
            prefix.add(word.casefold())
    return exact, prefix


_TRIGGER_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]*)?")
# Words of a text, with and without their apostrophes ("qu'ils" and "qu", "ils").
_TEXT_WORD = re.compile(r"[^\W\d_]+")
_TEXT_WORD_APOS = re.compile(r"[^\W\d_]+'[^\W\d_]*")


def text_words(text: str) -> dict[str, tuple[int, ...]]:
    """Where each word of a text starts, case folded (cached per text: shared by every rule
    family that asks)."""
    return _text_words(text)


@lru_cache(maxsize=64)
def _text_words(text: str) -> dict[str, tuple[int, ...]]:
    """Where each word of a text starts (case folded; words with an apostrophe also whole)."""
    at: dict[str, list[int]] = {}
    get = at.get
    # Case folding works letter by letter, so in a text equal to its folding (the folded view,
    # which nearly every call passes) every word is folded already: no fold per word.
    folded = text.casefold() == text
    for m in _TEXT_WORD.finditer(text):
        word = m.group() if folded else m.group().casefold()
        starts = get(word)
        if starts is None:
            at[word] = [m.start()]
        else:
            starts.append(m.start())
    if "'" in text:
        for m in _TEXT_WORD_APOS.finditer(text):
            at.setdefault(m.group().casefold(), []).append(m.start())
    return {w: tuple(starts) for w, starts in at.items()}


@dataclass(frozen=True, slots=True)
class _PhraseSet:
    """One family's lines: those tried only where their leading word (or its beginning)
    starts, whatever its script, and those that scan every text holding their script ("":
    lines without letters, which scan every text)."""

    exact: dict[str, tuple[re.Pattern[str], ...]]
    prefix: dict[str, tuple[re.Pattern[str], ...]]
    # Each scanning line with the letters its matches may start with (None: any), worked out
    # once here: looking them up per call in a cache keyed by the pattern hashes its whole
    # compiled code every time.
    always: dict[str, tuple[tuple[re.Pattern[str], _Heads | None], ...]]
    scripts: frozenset[str]


@cache
def _phrase_set(prefix: str) -> _PhraseSet:
    """The ``PREFIX*.re`` lines compiled one by one and indexed by the words they start
    with, or, failing that, by the scripts they are written in.

    Python's regex engine tries every alternative at every position, so one big alternation
    of all lines is slow; instead a line runs only where its leading word occurs, and a line
    without one only on texts holding its script. A leading word is of the line's script, so
    its presence also says the script is there.
    """
    exact: dict[str, dict[int, re.Pattern[str]]] = {}
    prefixes: dict[str, dict[int, re.Pattern[str]]] = {}
    always: dict[str, list[re.Pattern[str]]] = {}
    scripts: set[str] = set()
    for name in data_files(prefix, ".re"):
        for line in data_lines(name):
            folded = fold_pattern(line)
            pattern = re.compile(expand_markers(folded), re.IGNORECASE)
            found = _triggers(folded)
            for script in pattern_scripts(folded) or ("",):
                scripts.add(script)
                # Chinese and Japanese do not separate words: their lines run on every text
                # holding such characters.
                if found is None or script == "han":
                    always.setdefault(script, []).append(pattern)
                    continue
                for word in found[0]:
                    exact.setdefault(word, {})[id(pattern)] = pattern
                for word in found[1]:
                    prefixes.setdefault(word, {})[id(pattern)] = pattern
    return _PhraseSet(
        {k: tuple(v.values()) for k, v in exact.items()},
        {k: tuple(v.values()) for k, v in prefixes.items()},
        {k: tuple((p, _word_heads(p)) for p in v) for k, v in always.items()},
        frozenset(scripts),
    )


# A line led by a word: its family, the line, and the line's key in per-text tables (its id,
# one int object per line: a dict lookup finding that very object skips comparing ints).
_Led = tuple[str, re.Pattern[str], int]


@dataclass(frozen=True, slots=True, eq=False)
class _TriggerIndex:
    """Leading words (and word beginnings) of every family asked for so far: a text's words
    are looked up once for all families, not once per family."""

    families: frozenset[str]
    exact: dict[str, tuple[_Led, ...]]
    prefix: dict[str, tuple[_Led, ...]]
    # The lines each word seen so far leads (most lead none): the same words come back in
    # every letter, and looking up every beginning of a word is a Python loop per letter.
    led: dict[str, tuple[_Led, ...]] = field(default_factory=dict)

    def lines_led_by(self, word: str) -> tuple[_Led, ...]:
        """The ``(family, line, key)`` triples a match of which may start with ``word``: the
        word's own lines, then those of its beginnings, shortest first."""
        hits = self.led.get(word)
        if hits is None:
            if len(self.led) >= _LED_CACHE_SIZE:
                self.led.clear()
            hits = self.exact.get(word, ())
            prefix = self.prefix
            for i in range(1, len(word) + 1):
                more = prefix.get(word[:i])
                if more is not None:
                    hits = (*hits, *more)
            self.led[word] = hits
        return hits


# Words whose lines are remembered (cleared when full: a bound on memory for odd texts).
_LED_CACHE_SIZE = 65536
_trigger_index: _TriggerIndex = _TriggerIndex(frozenset(), {}, {})
_trigger_lock = threading.Lock()


def _index_with(prefix: str) -> _TriggerIndex:
    """The trigger index, extended with ``prefix``'s lines the first time it is asked for."""
    global _trigger_index
    index = _trigger_index
    if prefix in index.families:
        return index
    with _trigger_lock:
        index = _trigger_index
        if prefix not in index.families:
            families = index.families | {prefix}
            exact: dict[str, list[_Led]] = {}
            prefixes: dict[str, list[_Led]] = {}
            keys: dict[int, int] = {}
            for family in sorted(families):
                lines = _phrase_set(family)
                for table, out in ((lines.exact, exact), (lines.prefix, prefixes)):
                    for word, patterns in table.items():
                        out.setdefault(word, []).extend(
                            (family, p, keys.setdefault(id(p), id(p))) for p in patterns
                        )
            index = _TriggerIndex(
                families,
                {k: tuple(v) for k, v in exact.items()},
                {k: tuple(v) for k, v in prefixes.items()},
            )
            _trigger_index = index
    return index


Anchored = dict[str, list[tuple[re.Pattern[str], tuple[int, ...]]]]


@lru_cache(maxsize=64)
def _anchored(words_text: str, index: _TriggerIndex) -> Anchored:
    """Per family, the lines whose leading word occurs in the text, with the offsets where
    such a word starts (sorted). Shared by every family's call on the same text."""
    found: dict[str, dict[int, tuple[re.Pattern[str], set[int]]]] = {}
    led, lines_led_by = index.led, index.lines_led_by
    for word, starts in _text_words(words_text).items():
        hits = led.get(word)
        if hits is None:
            hits = lines_led_by(word)
        for family, pattern, key in hits:
            lines = found.get(family)
            if lines is None:
                lines = found[family] = {}
            entry = lines.get(key)
            if entry is None:
                lines[key] = (pattern, set(starts))
            else:
                entry[1].update(starts)
    return {
        family: [(pattern, tuple(sorted(starts))) for pattern, starts in lines.values()]
        for family, lines in found.items()
    }


def phrases(prefix: str, view: Normalized, *, negatable: bool = True) -> list[Match]:
    """Matches of the ``PREFIX*.re`` patterns in ``view``, minus negated ones if asked.

    A line indexed by its leading word is only tried where a word it may start with starts
    (``pattern.match`` at those offsets, not a scan of the whole text); other lines of the
    scripts present scan the text.
    """
    lines = _phrase_set(prefix)
    text = view.text
    scanned: dict[int, tuple[re.Pattern[str], _Heads | None]] = {}
    for script in ("", *text_scripts(text)):
        for line in lines.always.get(script, ()):
            scanned[id(line[0])] = line
    found: list[re.Match[str]] = []
    for pattern, heads in scanned.values():
        if heads is None:
            found.extend(pattern.finditer(text))
        else:
            found.extend(_finditer_from_word_starts(pattern, heads, text))
    if lines.exact or lines.prefix:
        # A view keeping capitals shares the folded view's words when offsets agree.
        key = text.casefold()
        anchored = _anchored(key if len(key) == len(text) else text, _index_with(prefix))
        for pattern, starts in anchored.get(prefix, ()):
            if id(pattern) in scanned:
                continue
            for pos in starts:
                m = pattern.match(text, pos)
                if m is not None:
                    found.append(m)
    out = []
    for m in found:
        if m.end() == m.start():
            continue
        if negatable and negated(view, m.start(), m.end()):
            continue
        a, b = view.span(m.start(), m.end())
        out.append(Match(a, b, view.original[a:b], m.group(), m.start(), m.end()))
    return dedupe(out)


# Speeding up lines that must scan the text ("always" lines): when every match of a line
# starts, right after a word boundary, with one of a few letters, the only places a match can
# start are the word starts (a letter after a non-word character) holding one of them; trying
# the line there, in order, finds exactly the matches ``finditer`` finds.
_WORD_START = re.compile(r"(?<!\w)[^\W\d_]")


@lru_cache(maxsize=64)
def _word_starts(text: str) -> dict[str, tuple[int, ...]]:
    """Offsets of the letters that follow a non-word character (or start ``text``), by
    letter."""
    out: dict[str, list[int]] = {}
    for m in _WORD_START.finditer(text):
        out.setdefault(m.group(), []).append(m.start())
    return {c: tuple(v) for c, v in out.items()}


class _Heads:
    """The letters a line's matches may start with, tested as the line tests them."""

    __slots__ = ("_class", "_known")

    def __init__(self, letters: set[str], flags: int) -> None:
        self._class = re.compile("[" + "".join(map(re.escape, sorted(letters))) + "]", flags)
        self._known: dict[str, bool] = {}

    def accepts(self, char: str) -> bool:
        """True if a match may start with ``char``."""
        known = self._known.get(char)
        if known is None:
            known = self._known[char] = self._class.fullmatch(char) is not None
        return known


def _word_heads(pattern: re.Pattern[str]) -> _Heads | None:
    """For a line whose every match starts after a word boundary (``\\b`` or ``{B}``) with
    one of a set of letters: that set, as a tester (None for any other line)."""
    letters = word_heads(pattern.pattern, pattern.flags)
    if letters is None:
        return None
    return _Heads(set(letters), pattern.flags & re.IGNORECASE)


def _finditer_from_word_starts(
    pattern: re.Pattern[str], heads: _Heads, text: str
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, trying only word starts that ``heads`` accepts
    (every match of such a line is at least one character long: none is empty)."""
    starts = sorted(p for char, ps in _word_starts(text).items() if heads.accepts(char) for p in ps)
    out = []
    pos = 0
    for p in starts:
        if p < pos:
            continue
        m = pattern.match(text, p)
        if m is not None:
            out.append(m)
            pos = m.end()
    return out
