"""The phrase matcher's shortcuts (script gating, lines tried only where their leading word
starts) find everything a plain scan of every line finds."""

from __future__ import annotations

import re

import pytest

from moderation.rules.datafiles import data_files, data_lines
from moderation.rules.normalize import fold_pattern, normalize
from moderation.rules.phrase_index import _phrase_set, phrases
from moderation.rules.scripts import text_scripts
from moderation.rules.termpatterns import B, E, expand_markers
from tests.moderation.test_rules_clean import CLEAN
from tests.moderation.test_rules_trip import TRIPS

FAMILIES = ("threats_", "risk_", "insults_", "hate_phrases", "hate_links", "advertising_")
TEXTS = [text for _, text in CLEAN] + [text for _, _, text in TRIPS]


def _scan_all(prefix: str, text: str) -> set[tuple[int, int]]:
    spans = set()
    for name in data_files(prefix, ".re"):
        for line in data_lines(name):
            pattern = re.compile(expand_markers(fold_pattern(line)), re.IGNORECASE)
            spans.update(m.span() for m in pattern.finditer(text) if m.end() > m.start())
    return spans


@pytest.mark.parametrize("prefix", FAMILIES)
def test_phrases_find_what_a_full_scan_finds(prefix: str) -> None:
    for text in TEXTS:
        view = normalize(text)
        found = phrases(prefix, view, negatable=False)
        for start, end in _scan_all(prefix, view.text):
            a, b = view.span(start, end)
            assert any(m.start <= a and b <= m.end for m in found), (prefix, text, (a, b))


def test_lines_run_only_on_texts_in_their_script() -> None:
    assert {"latin", "arabic", "cyrillic", "han"} <= _phrase_set("threats_").scripts
    assert text_scripts("Stay strong") == frozenset({"latin"})
    assert text_scripts("Держись, Sasha") == frozenset({"latin", "cyrillic"})
    assert text_scripts("ناصر") == frozenset({"arabic"})


def test_boundary_markers_expand() -> None:
    assert expand_markers("{B}x{E}") == f"{B}x{E}"


_WORD_START_TEXTS = [
    "Like and subscribe! DM me, or dm-me; x-dm me _dm me 1dm me.",
    "ſiganme y SIGANME, Siga-me e inscreva-se; GoFundMe, ko-fi, PAYPAL.ME",
    "Побег? сбежать! КK ſ İ ǅ ͅdm me",
    "we lit a candle in the square; text me, call me, hit me up",
]


@pytest.mark.parametrize("text", _WORD_START_TEXTS)
def test_word_start_scan_finds_what_finditer_finds(text: str) -> None:
    from moderation.rules.phrase_index import _finditer_from_word_starts, _word_heads

    checked = 0
    for name in ("advertising_", "risk_", "threats_", "insults_", "defamation"):
        lines = _phrase_set(name)
        for pattern in {
            *(p for ps in lines.always.values() for p, _ in ps),
            *(p for ps in lines.exact.values() for p in ps),
        }:
            heads = _word_heads(pattern)
            if heads is None:
                continue
            checked += 1
            for view in (text, normalize(text).text, normalize(text, keep_case=True).text):
                expected = [m.span() for m in pattern.finditer(view)]
                got = [m.span() for m in _finditer_from_word_starts(pattern, heads, view)]
                assert got == expected, pattern.pattern
    assert checked > 0


def test_word_heads_only_for_bounded_lines() -> None:
    from moderation.rules.phrase_index import _word_heads

    assert _word_heads(re.compile(r"\b(?:dm|text) me\b", re.I)) is not None
    assert _word_heads(re.compile(r"(?:dm|text) me\b", re.I)) is None  # no boundary
    assert _word_heads(re.compile(r"\b(?:the )?end\b", re.I)) is None  # optional head
    assert _word_heads(re.compile(r"\b\d+ off\b", re.I)) is None  # not letters
    assert _word_heads(re.compile(r"(?:^|\. )kill\b", re.I)) is None


def test_a_head_group_the_word_goes_on_after_is_indexed_by_word_beginnings() -> None:
    from moderation.rules.phrase_index import _triggers

    # "smuggled", "hidden": the group is only the start of the word.
    assert _triggers(r"\b(?:smuggl|hid)\w*\s+phones?") == (set(), {"smuggl", "hid"})
    assert _triggers(r"\b(?:beat)ing\b") == (set(), {"beat"})
    # A group followed by a separator or a space ends the word.
    assert _triggers(r"\b(?:contactez|appelez)[- ]moi\b") == ({"contactez", "appelez"}, set())
    assert _triggers(r"\b(?:hope|wish)\s+they") == ({"hope", "wish"}, set())


def test_an_inflected_word_after_a_head_group_is_found() -> None:
    view = normalize("They smuggled phones in for him.")
    assert phrases("risk_", view), "the risk line for smuggling should match 'smuggled phones'"
