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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from moderation.rules.normalize import Normalized, fold_pattern, normalize

DATA_DIR = Path(__file__).with_name("data")

# Word boundaries that also count the vowel signs of Indic scripts as part of a word (Python's
# \w does not: they are combining marks). The dandas U+0964/U+0965 are full stops.
B = r"(?<![\w\u0900-\u0963\u0966-\u0dff])"
E = r"(?![\w\u0900-\u0963\u0966-\u0dff])"
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


@dataclass(frozen=True, slots=True)
class Match:
    """A match in a normalised view, mapped back to the original text."""

    start: int
    end: int
    excerpt: str
    normalized: str


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


@cache
def compile_terms(all_terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regular expression matching any of ``all_terms`` as whole words (None if empty)."""
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
    parts = []
    if spaced:
        parts.append(B + _trie_regex(sorted(spaced)) + E)
    if unspaced:
        parts.append(_trie_regex(sorted(unspaced)))
    if not parts:
        return None
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@cache
def compile_patterns(prefix: str) -> re.Pattern[str] | None:
    """One regular expression for every line of the ``PREFIX*.re`` files (None if none)."""
    parts = []
    for name in data_files(prefix, ".re"):
        for line in data_lines(name):
            pattern = fold_pattern(line).replace("{B}", B).replace("{E}", E)
            re.compile(pattern)  # fail loudly on a broken line, naming it
            parts.append(f"(?:{pattern})")
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def find(pattern: re.Pattern[str] | None, view: Normalized) -> Iterator[Match]:
    """Every match of ``pattern`` in ``view``, mapped back to the original text."""
    if pattern is None:
        return
    for m in pattern.finditer(view.text):
        if m.end() == m.start():
            continue
        a, b = view.span(m.start(), m.end())
        yield Match(a, b, view.original[a:b], m.group())


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
def _negation() -> re.Pattern[str] | None:
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
    return pattern.search(prefix + " " + inside) is not None


_META = set("\\[](){}*+?.^$|")


def _split_alternatives(group: str) -> list[str] | None:
    """The top-level alternatives of a group's body, or None if it nests groups."""
    if "(" in group or ")" in group:
        return None
    return group.split("|")


def _triggers(pattern: str) -> tuple[set[str], set[str]] | None:
    """Words (exact) and word beginnings (prefix) one of which any match of ``pattern`` must
    start with, read from its head: ``\\b(?:hope|wish)\\b`` or ``\\bsubscrib(?:e|ing)``.
    None when the head is not that simple: the pattern then always runs."""
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
    elif "|" in head:
        return None  # alternatives at the top level: too many heads to index
    else:
        alternatives = [head]
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
        if not word or not re.fullmatch(r"[^\W\d_]+(?:'[^\W\d_]*)?", word):
            return None
        if " " in literal or literal == alt and head.startswith("(?:"):
            exact.add(word.casefold())
        else:
            prefix.add(word.casefold())
    return exact, prefix


@dataclass(frozen=True, slots=True)
class _PhraseSet:
    # Lines that need a trigger word (or word beginning) present; lines always run.
    by_trigger: dict[str, tuple[re.Pattern[str], ...]]
    always: tuple[re.Pattern[str], ...]
    # Lines for scripts without spaces (Chinese): run only on text holding such characters.
    unspaced: tuple[re.Pattern[str], ...]
    exact: re.Pattern[str] | None
    prefix: re.Pattern[str] | None


@cache
def _phrase_set(prefix: str) -> _PhraseSet:
    """The ``PREFIX*.re`` lines compiled one by one, indexed by the words they start with.

    Python's regex engine tries every alternative at every position, so one big alternation
    of all lines is slow; instead a fast trie of the lines' leading words finds which lines
    can match at all, and only those run.
    """
    by_trigger: dict[str, list[re.Pattern[str]]] = {}
    always: list[re.Pattern[str]] = []
    unspaced: list[re.Pattern[str]] = []
    exact_words: set[str] = set()
    prefix_words: set[str] = set()
    for name in data_files(prefix, ".re"):
        for line in data_lines(name):
            folded = fold_pattern(line)
            pattern = re.compile(folded.replace("{B}", B).replace("{E}", E), re.IGNORECASE)
            if _UNSPACED.search(folded) and not re.search(r"[^\W\d_]", _UNSPACED.sub("", folded)):
                unspaced.append(pattern)
                continue
            found = _triggers(folded)
            if found is None:
                always.append(pattern)
                continue
            exact, prefixes = found
            exact_words |= exact
            prefix_words |= prefixes
            for word in exact | prefixes:
                by_trigger.setdefault(word, []).append(pattern)
    return _PhraseSet(
        {k: tuple(v) for k, v in by_trigger.items()},
        tuple(always),
        tuple(unspaced),
        re.compile(B + _trie_regex(sorted(exact_words)) + E, re.I) if exact_words else None,
        re.compile(B + _trie_regex(sorted(prefix_words)), re.I) if prefix_words else None,
    )


def phrases(prefix: str, view: Normalized, *, negatable: bool = True) -> list[Match]:
    """Matches of the ``PREFIX*.re`` patterns in ``view``, minus negated ones if asked."""
    phrase_set = _phrase_set(prefix)
    text = view.text
    patterns: dict[int, re.Pattern[str]] = {id(p): p for p in phrase_set.always}
    if _UNSPACED.search(text):
        patterns.update((id(p), p) for p in phrase_set.unspaced)
    if phrase_set.exact is not None:
        for m in phrase_set.exact.finditer(text):
            patterns.update((id(p), p) for p in phrase_set.by_trigger.get(m.group(), ()))
    if phrase_set.prefix is not None:
        for m in phrase_set.prefix.finditer(text):
            word = m.group()
            # Shorter word beginnings may lead other lines: try each.
            for end in range(1, len(word) + 1):
                patterns.update((id(p), p) for p in phrase_set.by_trigger.get(word[:end], ()))
    out = []
    for pattern in patterns.values():
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            if negatable and negated(view, m.start(), m.end()):
                continue
            a, b = view.span(m.start(), m.end())
            out.append(Match(a, b, view.original[a:b], m.group()))
    return dedupe(out)
