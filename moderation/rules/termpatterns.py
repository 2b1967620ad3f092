"""Whole-word matching of term lists and pattern lists over normalised text.

- A term (a line of a ``*.txt`` list) matches as whole words of the folded text (case
  folded, accents dropped, see :mod:`normalize`); ``*`` at the end of a term matches any
  ending (``fuck*``); several words match across any whitespace. Terms written in scripts
  that do not separate words (Chinese, Japanese) match anywhere.
- A pattern (a line of a ``*.re`` list) is a regular expression matched against the folded
  text with ``re.IGNORECASE``. Word boundaries are written ``\\b`` or with the ``{B}``/``{E}``
  markers, which also respect Indic vowel signs.

Matches are reported as :class:`Match`, mapped back to the writer's original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from moderation.rules.datafiles import data_files, data_lines
from moderation.rules.normalize import Normalized, fold_pattern, normalize

# Word boundaries that also count the vowel signs of Indic scripts as part of a word (Python's
# \w does not: they are combining marks). The dandas U+0964/U+0965 are full stops.
B = r"(?<![\w\u0900-\u0963\u0966-\u0dff])"
E = r"(?![\w\u0900-\u0963\u0966-\u0dff])"
# A character of a script that does not separate words (Chinese, Japanese; Korean too).
UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


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
        if self.unspaced is not None and UNSPACED.search(text):
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
        if UNSPACED.search(word):
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
