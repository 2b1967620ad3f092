"""N09: write in a language the recipient can read.

Scripts used by one language only (Han for Chinese, Bengali, Hangul...) decide by
themselves; for Latin, Cyrillic, Arabic and Devanagari text, lingua tells the languages apart,
over the campaign's languages plus a few likely others (``data/language_candidates.txt``).
Short text, or text where an accepted language is a serious contender, is "can't tell" and
passes: a few words of another language inside an accepted one are fine.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lingua import (
    ConfidenceValue,
    IsoCode639_1,
    Language,
    LanguageDetector,
    LanguageDetectorBuilder,
)

from moderation.rules.context import ScreenContext
from moderation.rules.lexicon import data_lines
from moderation.rules.types import Finding

# Fewer letters than this (in a script that needs lingua) is too short to tell.
MIN_LETTERS = 24
MIN_WORDS = 4
# Han, kana and Hangul characters carry about a word (or a syllable) each.
MIN_HAN = 8
# An accepted language this close to the winner makes the answer "can't tell".
CONTENDER = 0.2
# The winner needs this confidence to hold a message.
CONFIDENT = 0.5

# Letters that are no language: links, data URIs, addresses, handles, hashtags, numbers, and
# long unbroken runs (base64, keys).
_NOISE = re.compile(r"(?:https?://|www\.|data:)\S+|\S+@\S+|[#@][\w-]+|\d+|[\w+/=-]{30,}", re.ASCII)
# Below this many letters lingua's low-accuracy mode is unreliable; a verdict against the
# accepted languages is then confirmed in high-accuracy mode.
LONG_TEXT = 120
# Letters of a long text looked at first.
SAMPLE = 100
# lingua is certain (letters only one candidate language uses: ł, ä, ї): no confirmation.
CERTAIN = 0.99

# Scripts (as Unicode ranges) that decide the language on their own.
_SELF = (
    ("ja", "\u3040-\u30ff"),  # kana: Japanese even with Han characters
    ("zh", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"),
    ("ko", "\uac00-\ud7af\u1100-\u11ff"),
    ("bn", "\u0980-\u09ff"),
    ("el", "\u0370-\u03ff"),
    ("he", "\u0590-\u05ff"),
    ("ka", "\u10a0-\u10ff"),
    ("hy", "\u0530-\u058f"),
    ("th", "\u0e00-\u0e7f"),
    ("ta", "\u0b80-\u0bff"),
    ("am", "\u1200-\u137f"),
)
_AMBIGUOUS = (
    ("latin", "A-Za-z\u00c0-\u024f\u1e00-\u1eff"),
    ("cyrillic", "\u0400-\u04ff"),
    ("arabic", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"),
    ("devanagari", "\u0900-\u097f"),
)
# Letters only: the ranges also hold digits, punctuation and marks, which do not count.
_SCRIPT_RE = [
    (name, re.compile(f"(?![\\W\\d_])[{ranges}]")) for name, ranges in (*_SELF, *_AMBIGUOUS)
]
_SELF_NAMES = {name for name, _ in _SELF}


def _language(code: str) -> Language | None:
    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
    except (AttributeError, ValueError):
        return None


@lru_cache(maxsize=64)
def detector(languages: frozenset[str], high_accuracy: bool = False) -> LanguageDetector:
    """One lingua detector per set of languages, built once.

    Low-accuracy mode (trigram models only) screens every message: ~45 MB for two dozen
    languages and ~0.1 ms a message, where high-accuracy mode needs ~30 MB per language and
    ~0.4 ms. High accuracy only confirms a short text's verdict, over a handful of languages
    whose models lingua loads on first use and shares between detectors.
    """
    known = {lang for code in languages if (lang := _language(code)) is not None}
    builder = LanguageDetectorBuilder.from_languages(*sorted(known, key=lambda x: x.name))
    if not high_accuracy:
        builder = builder.with_low_accuracy_mode().with_preloaded_language_models()
    return builder.build()


def detector_languages(
    campaign_languages: tuple[str, ...], case_languages: tuple[str, ...]
) -> frozenset[str]:
    """The languages one detector tells apart: the campaign's, the case's and likely others."""
    return frozenset((*campaign_languages, *case_languages, *data_lines("language_candidates.txt")))


@lru_cache(maxsize=8192)
def _script_of(char: str) -> str | None:
    for name, pattern in _SCRIPT_RE:
        if pattern.match(char):
            return name
    return None


def _script_letters(text: str) -> Counter[str]:
    """Letters per script (counting each distinct character once, then by its frequency)."""
    counts: Counter[str] = Counter()
    if text.isascii():
        counts["latin"] = sum(c.isalpha() for c in text)
        return counts
    for char, n in Counter(text).items():
        script = _script_of(char)
        if script is not None:
            counts[script] += n
    return counts


def identify(ctx: ScreenContext) -> tuple[str | None, bool]:
    """The language of the text (None: can't tell) and whether it is one the case accepts."""
    accepted = set(ctx.case.languages)
    text = _NOISE.sub(" ", ctx.text)
    # The rights holders' and protected names say nothing about the language.
    words = [w for w in re.split(r"(\W+)", text) if w.casefold() not in ctx.case_name_words]
    text = "".join(words)
    counts = _script_letters(text)
    total = sum(counts.values())
    if not total:
        return None, True
    found: str | None = None
    # A script carrying at least a quarter of the letters counts; an accepted one wins.
    for script, n in counts.most_common():
        weight = n * (3 if script in ("zh", "ja", "ko") else 1)
        if weight * 4 < total and found is not None:
            break
        if script in _SELF_NAMES:
            if n < (MIN_HAN if script in ("zh", "ja", "ko") else MIN_LETTERS):
                continue
            if script in accepted:
                return script, True
            found = found or script
            continue
        language, ok = _lingua(ctx, text, accepted)
        if ok and language is not None:
            return language, True
        if language is not None:
            found = found or language
    return found, found is None


def _verdict(values: list[ConfidenceValue], accepted: set[str]) -> tuple[str | None, bool]:
    if not values:
        return None, True
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if code in accepted:
        return code, True
    contender = max(
        (v.value for v in values if v.language.iso_code_639_1.name.lower() in accepted),
        default=0.0,
    )
    if contender >= CONTENDER or best.value < CONFIDENT:
        return None, True
    return code, False


def _lingua(ctx: ScreenContext, text: str, accepted: set[str]) -> tuple[str | None, bool]:
    letters = sum(c.isalpha() for c in text)
    if letters < MIN_LETTERS or len(re.findall(r"\w{2,}", text)) < MIN_WORDS:
        return None, True
    languages = detector_languages(ctx.campaign.campaign_languages, ctx.case.languages)
    low = detector(languages)
    if len(text) > SAMPLE * 1.3:
        # lingua's cost grows with the text: a sample in an accepted language settles most
        # letters; anything else gets the whole text.
        sample = text[: text.rfind(" ", 0, SAMPLE) + 1 or SAMPLE]
        code, ok = _verdict(low.compute_language_confidence_values(sample), accepted)
        if ok and code is not None:
            return code, ok
    values = low.compute_language_confidence_values(text)
    code, ok = _verdict(values, accepted)
    if ok or code is None or letters >= LONG_TEXT or values[0].value >= CERTAIN:
        return code, ok
    # A short text judged foreign: confirm with the precise models, over the accepted
    # languages and the suspect only; the suspect must be one whose models we agree to load.
    confirmable = {*ctx.campaign.campaign_languages, *data_lines("language_confirm.txt")}
    if code not in confirmable:
        return None, True
    precise = detector(frozenset({*accepted, code}), high_accuracy=True)
    return _verdict(precise.compute_language_confidence_values(text), accepted)


def check_language(ctx: ScreenContext) -> list[Finding]:
    """N09: hold a message written in none of the case's accepted languages."""
    language, ok = identify(ctx)
    ctx.language = language
    if ok or not ctx.text.strip():
        return []
    stripped = ctx.text.strip()
    start = ctx.text.find(stripped)
    names = ", ".join(ctx.case.languages)
    return [
        ctx.finding(
            "N09",
            start,
            start + len(stripped),
            f"This letter seems to be in a language ({language}) the recipient may not read; "
            f"they read: {names}. A moderator will check (N09)",
        )
    ]
