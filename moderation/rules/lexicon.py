"""Word lists and phrase patterns from ``data/``, and whole-word matching over normalised text.

Shared by every rule family so that no rule module grows its own matching code.

Data files (UTF-8, ``#`` starts a comment, blank lines ignored):

- ``*.txt`` term lists, one term a line. A term is matched as whole words of the folded text
  (case folded, accents dropped, see :mod:`normalize`); ``*`` at the end of a term matches any
  ending (``fuck*``); several words match across any whitespace. Terms written in scripts that
  do not separate words (Chinese, Japanese) match anywhere.
- ``*.re`` pattern lists, one regular expression a line, matched against the folded text with
  ``re.IGNORECASE``. Word boundaries are written ``\\b`` or with the ``{B}``/``{E}`` markers,
  which also respect Indic vowel signs.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from re import _constants as _C
from re import _parser

from moderation.rules.normalize import Normalized, fold_pattern, normalize

DATA_DIR = Path(__file__).with_name("data")

# Word boundaries that also count the vowel signs of Indic scripts as part of a word (Python's
# \w does not: they are combining marks). The dandas U+0964/U+0965 are full stops.
B = r"(?<![\w\u0900-\u0963\u0966-\u0dff])"
E = r"(?![\w\u0900-\u0963\u0966-\u0dff])"
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


@dataclass(frozen=True, slots=True)
class Match:
    """A match in a normalised view, mapped back to the original text.

    ``start``/``end`` are offsets in the original text (what a finding reports);
    ``view_start``/``view_end`` the match's own offsets in the view it was found in (what a
    rule looking further around it in that view needs; -1 when it was not found in one)."""

    start: int
    end: int
    excerpt: str
    normalized: str
    view_start: int = -1
    view_end: int = -1


def data_lines(name: str) -> tuple[str, ...]:
    """The meaningful lines of a data file (comments and blank lines dropped)."""
    return _data_lines(name)


@cache
def _data_lines(name: str) -> tuple[str, ...]:
    path = DATA_DIR / name
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if " #" in line:
            line = line.split(" #", 1)[0].rstrip()
        lines.append(line)
    return tuple(lines)


@cache
def per_language(name: str) -> dict[str, frozenset[str]]:
    """A data file of "code: item item ..." lines: each language's items, case folded."""
    out = {}
    for line in data_lines(name):
        code, _, items = line.partition(":")
        out[code.strip()] = frozenset(item.casefold() for item in items.split())
    return out


@cache
def data_files(prefix: str, suffix: str) -> tuple[str, ...]:
    """Names of the data files ``PREFIX*SUFFIX``, sorted (one per language, usually)."""
    return tuple(sorted(p.name for p in DATA_DIR.glob(f"{prefix}*{suffix}")))


@cache
def terms(prefix: str) -> tuple[str, ...]:
    """All terms of the ``PREFIX*.txt`` files (e.g. ``vulgar_`` for every language)."""
    out: list[str] = []
    for name in data_files(prefix, ".txt"):
        out.extend(data_lines(name))
    return tuple(out)


def fold_term(term: str) -> str:
    """Fold a term like text is folded."""
    return normalize(term.strip()).text


_STEM_SUFFIX = r"(?:[^\W\d_]|[\u0900-\u0963\u0966-\u0dff])*"
_END, _STEM = "\x00", "\x01"


def _trie_regex(words: list[str]) -> str:
    """A regular expression matching any of ``words``, as a trie: Python's regex engine tries
    alternatives one by one, so sharing prefixes makes a list of hundreds of terms cheap.
    A word ending in ``_STEM`` matches any ending; a space matches any whitespace."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}

    def build(node: dict[str, dict]) -> str:
        alts = []
        for char in sorted(node, key=lambda c: c in (_END, _STEM)):
            if char == _END:
                alts.append("")
            elif char == _STEM:
                alts.append(_STEM_SUFFIX + build(node[char]))
            else:
                piece = r"\s+" if char == " " else re.escape(char)
                alts.append(piece + build(node[char]))
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(root)


class TermPattern:
    """Whole-word matching of a term list: one regular expression for spaced scripts and one
    for Chinese/Japanese, run only when the text holds such characters. Terms and texts are
    both folded (case folded already), so no ``re.IGNORECASE``: it makes the trie slower."""

    __slots__ = ("spaced", "unspaced")

    def __init__(self, spaced: re.Pattern[str] | None, unspaced: re.Pattern[str] | None) -> None:
        self.spaced = spaced
        self.unspaced = unspaced

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches in ``text``, spaced terms first."""
        if self.spaced is not None:
            yield from self.spaced.finditer(text)
        if self.unspaced is not None and _UNSPACED.search(text):
            yield from self.unspaced.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match found (spaced terms first), or None."""
        for m in self.finditer(text):
            return m
        return None


@cache
def compile_terms(all_terms: tuple[str, ...]) -> TermPattern | None:
    """A matcher for any of ``all_terms`` as whole words of folded text (None if empty)."""
    spaced, unspaced = set(), set()
    for term in all_terms:
        if not term.strip():
            continue
        word = " ".join(fold_term(term.rstrip("*")).split())
        if not word:
            continue
        if _UNSPACED.search(word):
            unspaced.add(word)
        else:
            spaced.add(word + (_STEM if term.endswith("*") else ""))
    if not spaced and not unspaced:
        return None
    return TermPattern(
        re.compile(B + _trie_regex(sorted(spaced)) + E) if spaced else None,
        re.compile(_trie_regex(sorted(unspaced))) if unspaced else None,
    )


def expand_markers(pattern: str) -> str:
    """A data file's pattern with its word-boundary markers ``{B}`` and ``{E}`` expanded."""
    return pattern.replace("{B}", B).replace("{E}", E)


@cache
def compile_patterns(prefix: str) -> re.Pattern[str] | None:
    """One regular expression for every line of the ``PREFIX*.re`` files (None if none)."""
    parts = []
    for name in data_files(prefix, ".re"):
        for line in data_lines(name):
            pattern = expand_markers(fold_pattern(line))
            re.compile(pattern)  # fail loudly on a broken line, naming it
            parts.append(f"(?:{pattern})")
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def find(pattern: re.Pattern[str] | TermPattern | None, view: Normalized) -> Iterator[Match]:
    """Every match of ``pattern`` in ``view``, mapped back to the original text."""
    if pattern is None:
        return
    for m in pattern.finditer(view.text):
        if m.end() == m.start():
            continue
        a, b = view.span(m.start(), m.end())
        yield Match(a, b, view.original[a:b], m.group(), m.start(), m.end())


def dedupe(matches: Iterable[Match]) -> list[Match]:
    """Drop matches whose original span lies inside an earlier-kept one."""
    kept: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if any(k.start <= m.start and m.end <= k.end for k in kept):
            continue
        kept.append(m)
    return kept


# Where a clause starts: a negation before this point does not reach the match.
_CLAUSE_BREAK = re.compile(
    r"[.!?;:,\n。！？；：，()\"]|\b(?:but|mais|pero|но|لكن|اما|但是|但|কিন্তু)\b"
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
    inside = "" if _UNSPACED.search(text[start:end]) else text[start:end]
    # Case folded: the view may keep capitals ("Never"). "Nothing but" insists, it negates nothing.
    clause = _NOT_NEGATION.sub(" ", (prefix + " " + inside).casefold())
    return pattern.search(clause) is not None


_NOT_NEGATION = re.compile(
    r"\b(?:nothing but|nothing more than|no better than|no more than|none other than|rien que|"
    r"rien d'autre que|nada mas que|no son mas que|no es mas que)\b"
)


_META = set("\\[](){}*+?.^$|")

# Scripts a pattern line or a text may use. A line runs only on texts holding letters of one
# of the scripts its own letters are written in (an Arabic line never runs on a French text).
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


def _pattern_scripts(pattern: str) -> frozenset[str]:
    """The scripts of a pattern's literal letters (empty: it may match without letters)."""
    literal = _NOT_LITERAL.sub("", pattern)
    return frozenset(name for name, p in _SCRIPT_SEARCH.items() if p.search(literal))


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
    for m in _TEXT_WORD.finditer(text):
        word = m.group().casefold()
        starts = get(word)
        if starts is None:
            at[word] = [m.start()]
        else:
            starts.append(m.start())
    if "'" in text:
        for m in _TEXT_WORD_APOS.finditer(text):
            at.setdefault(m.group().casefold(), []).append(m.start())
    return {w: tuple(starts) for w, starts in at.items()}


@lru_cache(maxsize=65536)
def _word_prefixes(word: str) -> tuple[str, ...]:
    """Every beginning of a word (cached: the same words come back in every letter)."""
    return tuple(word[:i] for i in range(1, len(word) + 1))


@dataclass(frozen=True, slots=True)
class _PhraseSet:
    """One family's lines: those tried only where their leading word (or its beginning)
    starts, whatever its script, and those that scan every text holding their script ("":
    lines without letters, which scan every text)."""

    exact: dict[str, tuple[re.Pattern[str], ...]]
    prefix: dict[str, tuple[re.Pattern[str], ...]]
    always: dict[str, tuple[re.Pattern[str], ...]]
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
            for script in _pattern_scripts(folded) or ("",):
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
        {k: tuple(v) for k, v in always.items()},
        frozenset(scripts),
    )


@dataclass(frozen=True, slots=True, eq=False)
class _TriggerIndex:
    """Leading words (and word beginnings) of every family asked for so far: a text's words
    are looked up once for all families, not once per family."""

    families: frozenset[str]
    exact: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    prefix: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]


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
            exact: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
            prefixes: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
            for family in sorted(families):
                lines = _phrase_set(family)
                for table, out in ((lines.exact, exact), (lines.prefix, prefixes)):
                    for word, patterns in table.items():
                        out.setdefault(word, []).extend((family, p) for p in patterns)
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
    exact, prefix = index.exact, index.prefix
    for word, starts in _text_words(words_text).items():
        hits = exact.get(word, ())
        for beginning in _word_prefixes(word):
            more = prefix.get(beginning)
            if more is not None:
                hits = (*hits, *more)
        for family, pattern in hits:
            lines = found.get(family)
            if lines is None:
                lines = found[family] = {}
            entry = lines.get(id(pattern))
            if entry is None:
                lines[id(pattern)] = (pattern, set(starts))
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
    scanned: dict[int, re.Pattern[str]] = {}
    for script in ("", *text_scripts(text)):
        for p in lines.always.get(script, ()):
            scanned[id(p)] = p
    found: list[re.Match[str]] = []
    for pattern in scanned.values():
        heads = _word_heads(pattern)
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


_HEAD_FLAGS = re.IGNORECASE | re.UNICODE


@cache
def _word_heads(pattern: re.Pattern[str]) -> _Heads | None:
    """For a line whose every match starts after a word boundary (``\\b`` or ``{B}``) with
    one of a set of letters: that set (None for any other line)."""
    if pattern.flags & ~(_HEAD_FLAGS | re.UNICODE) or not pattern.flags & re.UNICODE:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.state.flags & ~(_HEAD_FLAGS | re.UNICODE):
        return None
    letters = _heads(list(parsed.data), bounded=False)
    if not letters or not all(_WORD_START.fullmatch(c) for c in letters):
        return None
    return _Heads(letters, pattern.flags & _HEAD_FLAGS)


def _is_word_lookbehind(av: tuple) -> bool:
    direction, sub = av
    if direction >= 0 or len(sub.data) != 1:
        return False
    op, items = sub.data[0]
    return op is _C.IN and (_C.CATEGORY, _C.CATEGORY_WORD) in items


def _heads(items: list, bounded: bool) -> set[str] | None:
    """The characters the first consumed character of ``items`` may be, provided a word
    boundary comes before it on every path (None: unknown, or not bounded)."""
    for op, av in items:
        if op is _C.AT:
            if av is _C.AT_BOUNDARY:
                bounded = True
                continue
            return None
        if op is _C.ASSERT_NOT:
            bounded = bounded or _is_word_lookbehind(av)
            continue
        if op is _C.ASSERT:
            continue  # zero-width: it can only rule matches out
        if not bounded:
            return None
        if op is _C.LITERAL:
            return {chr(av)}
        if op is _C.IN:
            chars = set()
            for item_op, item in av:
                if item_op is _C.LITERAL:
                    chars.add(chr(item))
                elif item_op is _C.RANGE and item[1] - item[0] < 64:
                    chars.update(map(chr, range(item[0], item[1] + 1)))
                else:
                    return None
            return chars
        if op is _C.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                found = _heads(list(alternative.data), bounded)
                if found is None:
                    return None
                out |= found
            return out
        if op is _C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None
            return _heads(list(sub.data), bounded)
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, _high, sub = av
            return _heads(list(sub.data), bounded) if low >= 1 else None
        if op is _C.ATOMIC_GROUP:
            return _heads(list(av.data), bounded)
        return None
    return None  # nothing consumed: it may match the empty string


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
