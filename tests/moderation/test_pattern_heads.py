"""The head parser (which letters a data line's matches can start with) reads only pattern
text, and no module of the engine reads Python's private regex internals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from moderation.rules.datafiles import DATA_DIR, data_lines
from moderation.rules.normalize import fold_pattern, normalize
from moderation.rules.pattern_heads import word_heads
from moderation.rules.phrase_index import _finditer_from_word_starts, _word_heads
from tests.moderation.test_rules_clean import CLEAN
from tests.moderation.test_rules_trip import TRIPS

ROOT = Path(__file__).resolve().parents[2]
_PRIVATE_REGEX = re.compile(
    r"^\s*(?:from\s+(?:re\s+import\s+.*\b_(?:parser|constants|compiler)\b|"
    r"re\._\w+|sre_parse|sre_constants|sre_compile|_sre)\b|"
    r"import\s+(?:re\._\w+|sre_parse|sre_constants|sre_compile|_sre)\b)"
    r"|\bre\._(?:parser|constants|compiler)\b|\bsre_(?:parse|constants|compile)\b",
    re.MULTILINE,
)


def test_no_module_reads_private_regex_internals() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "moderation").rglob("*.py"))
        if _PRIVATE_REGEX.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_private_module_check_sees_an_offender() -> None:
    for source in (
        "from re import _parser",
        "from re import _constants as _C",
        "import sre_parse",
        "x = re._parser.parse(p)",
    ):
        assert _PRIVATE_REGEX.search(source), source


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        (r"\b(?:dm|text) me\b", {"d", "t"}),
        (r"\bfoo|\bbar", {"f", "b"}),
        (r"(?<!\w)[a-c]x", {"a", "b", "c"}),
        (r"(?<![\w\u0900-\u0963])ab", {"a"}),
        (r"\b[\u0430-\u0433]", {"а", "б", "в", "г"}),
        (r"\b(?P<x>ab|cd)", {"a", "c"}),
        (r"\b(?>ab|cd)e", {"a", "c"}),
        (r"(?=x)\bab", {"a"}),
        (r"\ba{2}b", {"a"}),
        (r"\b(?:(?:ab|cd)|ef)+g", {"a", "c", "e"}),
        (r"\b(?#note)ab", {"a"}),
        (r"\b(?:ä|ö)x", {"ä", "ö"}),
    ],
)
def test_heads_of_simple_lines(pattern: str, heads: set[str]) -> None:
    assert word_heads(pattern, re.IGNORECASE | re.UNICODE) == heads


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:dm|text) me\b",  # no boundary
        r"\b(?:the )?end\b",  # optional head
        r"\b\d+ off\b",  # not letters
        r"(?:^|\. )kill\b",  # an anchor
        r"\bfoo|bar",  # one alternative unbounded
        r"\b(?:a|)b",  # may start with what follows
        r"\b(?i:ab)",  # flags on the group
        r"\ba{0,2}b",
        r"\bx{,3}y",
        r"\b[^a]b",
        r"\b[\w]b",
        r"\b[a-\u0250]",  # too wide a range
        r"(?<![^\w])ab",  # a negated class is no boundary
        r"\b(?:ab",  # broken
    ],
)
def test_lines_the_parser_does_not_promise_fall_back(pattern: str) -> None:
    assert word_heads(pattern, re.IGNORECASE | re.UNICODE) is None


def test_flags_other_than_ignorecase_fall_back() -> None:
    assert word_heads(r"\bab", re.IGNORECASE | re.UNICODE) == {"a"}
    assert word_heads(r"\bab", re.IGNORECASE | re.UNICODE | re.VERBOSE) is None
    assert word_heads(r"\bab", re.IGNORECASE | re.ASCII) is None


def _all_lines() -> list[re.Pattern[str]]:
    from moderation.rules.termpatterns import expand_markers

    return [
        re.compile(expand_markers(fold_pattern(line)), re.IGNORECASE)
        for path in sorted(DATA_DIR.glob("*.re"))
        for line in data_lines(path.name)
    ]


def test_most_data_lines_are_read() -> None:
    # 1,093 of 1,282 lines when the parser replaced the analysis over re._parser (identical
    # letters on every line): a parser change that reads fewer is a slowdown, not a bug.
    lines = _all_lines()
    read = sum(word_heads(p.pattern, p.flags) is not None for p in lines)
    assert read >= 0.8 * len(lines)


_TEXTS = [text for _, text in CLEAN] + [text for _, _, text in TRIPS]


def test_trying_only_word_starts_finds_what_a_scan_finds_on_every_line() -> None:
    views = [normalize(t).text for t in _TEXTS] + [
        normalize(t, keep_case=True).text for t in _TEXTS
    ]
    for pattern in _all_lines():
        heads = _word_heads(pattern)
        if heads is None:
            continue
        for view in views:
            expected = [m.span() for m in pattern.finditer(view)]
            if expected:  # with no match anywhere, none is found from word starts
                got = [m.span() for m in _finditer_from_word_starts(pattern, heads, view)]
                assert got == expected, pattern.pattern
