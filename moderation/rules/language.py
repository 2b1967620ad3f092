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
from moderation.rules.datafiles import data_lines, per_language
from moderation.rules.types import Finding

# Fewer letters than this (in a script that needs lingua) is too short to tell.
MIN_LETTERS = 24
MIN_WORDS = 4
# Han, kana and Hangul characters carry about a word (or a syllable) each.
MIN_HAN = 8
# Kana among Han and kana letters that make a text Japanese rather than Chinese.
KANA_MIN = 3
KANA_SHARE = 0.15
# An accepted language this close to the winner makes the answer "can't tell".
CONTENDER = 0.2
# The winner needs this confidence to hold a message.
CONFIDENT = 0.5

# Letters that are no language: links, data URIs, addresses, handles, hashtags, numbers, and
# long unbroken runs (base64, keys).
_NOISE = re.compile(r"(?:https?://|www\.|data:)\S+|\S+@\S+|[#@][\w-]+|\d+|[\w+/=-]{30,}", re.ASCII)
# The same without addresses (``\S+@\S+`` backtracks over every word): for text without "@".
_NOISE_NO_AT = re.compile(r"(?:https?://|www\.|data:)\S+|#[\w-]+|\d+|[\w+/=-]{30,}", re.ASCII)
_ASCII_DIGIT = re.compile(r"[0-9]")


def _strip_noise(text: str) -> str:
    """``text`` with its noise (see _NOISE) replaced by spaces."""
    if "@" in text:
        return _NOISE.sub(" ", text)
    # Without a link, hashtag, digit or a 30-character run (which lies within one chunk
    # between whitespace), _NOISE_NO_AT finds nothing: skip its scan, which is slow.
    if (
        "http" not in text
        and "www." not in text
        and "data:" not in text
        and "#" not in text
        and not _ASCII_DIGIT.search(text)
        and (len(text) < 30 or all(len(chunk) < 30 for chunk in text.split()))
    ):
        return text
    return _NOISE_NO_AT.sub(" ", text)


# Below this many letters lingua's low-accuracy mode is unreliable; a verdict against the
# accepted languages is then confirmed in high-accuracy mode.
LONG_TEXT = 120
# Letters of a long text looked at first.
SAMPLE = 64
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


@lru_cache(maxsize=256)
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
    return _letter_counts(text)[0]


@lru_cache(maxsize=8192)
def _is_letter(char: str) -> bool:
    return _LETTER.match(char) is not None


def _letter_counts(text: str) -> tuple[Counter[str], int]:
    """Letters per script, and all letters (``len(_LETTER.findall(text))``), in one pass."""
    counts: Counter[str] = Counter()
    if text.isascii():
        # ASCII letters are the only ASCII characters _LETTER matches.
        letters = counts["latin"] = len(_ASCII_LETTER.findall(text))
        return counts, letters
    letters = 0
    for char, n in Counter(text).items():
        script = _script_of(char)
        if script is not None:
            counts[script] += n
        if _is_letter(char):
            letters += n
    return counts, letters


# Which script each language lingua may be asked about is written in: a script that only one
# of a detector's languages uses decides the language without lingua.
_LANGUAGE_SCRIPT = {
    **dict.fromkeys(
        "en fr es pt de it nl pl sv tr da no nb nn fi et lv lt cs sk sl hr bs sq ro hu ca eu gl "
        "ga cy is af sw so yo zu xh tn ts st ms id tl vi az eo la mi".split(),
        "latin",
    ),
    **dict.fromkeys("ru uk bg be sr mk kk mn".split(), "cyrillic"),
    **dict.fromkeys("ar fa ur".split(), "arabic"),
    **dict.fromkeys("hi mr ne".split(), "devanagari"),
    # Scripts that decide by themselves are named after their language (see _SELF).
    **{code: code for code, _ in _SELF},
}
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_LONG_WORD = re.compile(r"\w{2,}")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=64)
def _name_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    """Whole words equal to one of ``words`` (ignoring case)."""
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=256)
def _sole_language(languages: frozenset[str], script: str) -> str | None:
    """The only one of ``languages`` written in ``script`` (None: none or several)."""
    found = {code for code in languages if _LANGUAGE_SCRIPT.get(code, "?") == script}
    unknown = any(code not in _LANGUAGE_SCRIPT for code in languages)
    return found.pop() if len(found) == 1 and not unknown else None


def identify(ctx: ScreenContext) -> tuple[str | None, bool]:
    """The language of the text (None: can't tell) and whether it is one the case accepts."""
    accepted = set(ctx.case.languages)
    text = _strip_noise(ctx.text)
    # The rights holders' and protected names say nothing about the language.
    names = _name_pattern(ctx.case_name_words)
    if names is not None:
        text = names.sub("", text)
    counts, letters = _letter_counts(text)
    # Kana make Han characters Japanese: a text with a meaningful share of kana is Japanese
    # (kanji with hiragana/katakana), not Chinese.
    kana, han = counts.get("ja", 0), counts.get("zh", 0)
    if han and kana >= KANA_MIN and kana >= (kana + han) * KANA_SHARE:
        counts["ja"] = kana + counts.pop("zh")
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
        language, ok = _lingua(ctx, text, accepted, script, letters)
        if ok and language is not None:
            return language, True
        if language is not None:
            found = found or language
    return found, found is None


@lru_cache(maxsize=128)
def _code(language: Language) -> str:
    """The ISO 639-1 code of a lingua language (cached: lingua's accessors are slow)."""
    return language.iso_code_639_1.name.lower()


@lru_cache(maxsize=4096)
def _confidences(
    languages: frozenset[str], text: str, high_accuracy: bool = False
) -> list[ConfidenceValue]:
    """lingua's confidence values, remembered: at campaign peak thousands of writers send
    the same suggested message, and lingua is the engine's most costly step."""
    return detector(languages, high_accuracy).compute_language_confidence_values(text)


# A letter is in a language when at least this many of its words, and this share of them,
# are function words only that language uses, and other languages' count at most this share
# of those.
FUNCTION_MIN = 3
FUNCTION_SHARE = 0.2
FUNCTION_RIVAL = 0.25


@lru_cache(maxsize=256)
def _exclusive_words(languages: frozenset[str], script: str) -> dict[str, str] | None:
    """Word -> language, for the function words of ``script`` that only one of ``languages``
    has (None when one of them written in that script has no list: no shortcut then)."""
    lists = per_language("function_words.txt")
    mine = [code for code in languages if _LANGUAGE_SCRIPT.get(code) == script]
    if not mine or any(code not in lists for code in mine):
        return None
    owners: dict[str, set[str]] = {}
    for code in mine:
        for word in lists[code]:
            owners.setdefault(word, set()).add(code)
    return {word: codes.pop() for word, codes in owners.items() if len(codes) == 1}


def _by_function_words(text: str, languages: frozenset[str], script: str) -> str | None:
    """The language whose own function words clearly dominate ``text`` (None: unclear).

    Much cheaper than lingua, and as telling for a letter of a sentence or more: it settles
    most letters, written in an accepted language; anything unclear goes to lingua.
    """
    table = _exclusive_words(languages, script)
    if not table:
        return None
    words = _WORD.findall(text.casefold())
    counts: dict[str, int] = {}
    get = table.get
    for word in words:
        code = get(word)
        if code is not None:
            counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    hits = counts.pop(best)
    rival = max(counts.values(), default=0)
    if (
        hits >= FUNCTION_MIN
        and hits >= FUNCTION_SHARE * len(words)
        and rival <= FUNCTION_RIVAL * hits
    ):
        return best
    return None


# Distinctive letters of one language, seen at least this often (and none of another's),
# settle the language.
LETTERS_MIN = 2


@lru_cache(maxsize=256)
def _letter_owners(languages: frozenset[str], script: str) -> dict[str, str]:
    """Letter -> language, for the distinctive letters only one of ``languages`` written in
    ``script`` has."""
    owners: dict[str, set[str]] = {}
    for code, letters in per_language("distinctive_letters.txt").items():
        if code in languages and _LANGUAGE_SCRIPT.get(code) == script:
            for letter in letters:
                owners.setdefault(letter, set()).add(code)
    return {letter: codes.pop() for letter, codes in owners.items() if len(codes) == 1}


def _by_letters(text: str, languages: frozenset[str], script: str) -> str | None:
    """The one language whose distinctive letters ``text`` uses (None: none, or several).

    Among the languages the detector knows, "ы" is Russian's and "ї" Ukrainian's, "پ" is
    Persian's and "ة" Arabic's: cheaper than lingua, and what it would conclude too.
    """
    owners = _letter_owners(languages, script)
    if not owners:
        return None
    seen: dict[str, int] = {}
    for letter, n in Counter(text.casefold()).items():
        code = owners.get(letter)
        if code is not None:
            seen[code] = seen.get(code, 0) + n
    if len(seen) != 1:
        return None
    [(code, n)] = seen.items()
    return code if n >= LETTERS_MIN else None


def language_cache_share() -> float:
    """The share of lingua's answers taken from its cache so far (for the benchmark)."""
    info = _confidences.cache_info()
    return info.hits / max(1, info.hits + info.misses)


def _verdict(values: list[ConfidenceValue], accepted: set[str]) -> tuple[str | None, bool]:
    if not values:
        return None, True
    best = values[0]
    code = _code(best.language)
    if code in accepted:
        return code, True
    contender = max((v.value for v in values if _code(v.language) in accepted), default=0.0)
    if contender >= CONTENDER or best.value < CONFIDENT:
        return None, True
    return code, False


def _lingua(
    ctx: ScreenContext, text: str, accepted: set[str], script: str, letters: int
) -> tuple[str | None, bool]:
    # ``letters``: len(_LETTER.findall(text)), counted with the scripts' letters.
    if letters < MIN_LETTERS or len(_LONG_WORD.findall(text)) < MIN_WORDS:
        return None, True
    languages = detector_languages(ctx.campaign.campaign_languages, ctx.case.languages)
    # The script alone decides when only one language the detector knows is written in it
    # (and that one is accepted: a verdict against the case still needs lingua's confidence).
    sole = _sole_language(languages, script)
    if sole is not None and sole in accepted:
        return sole, True
    plain = _by_letters(text, languages, script) or _by_function_words(text, languages, script)
    if plain is not None and plain in accepted:
        return plain, True
    if plain is None and len(text) > SAMPLE * 1.3:
        # lingua's cost grows with the text: a sample in an accepted language settles most
        # letters; anything else gets the whole text (at once when the letters or function
        # words already point at a language the case does not accept).
        sample = text[: text.rfind(" ", 0, SAMPLE) + 1 or SAMPLE]
        code, ok = _verdict(_confidences(languages, sample), accepted)
        if ok and code is not None:
            return code, ok
    values = _confidences(languages, text)
    code, ok = _verdict(values, accepted)
    if ok or code is None or letters >= LONG_TEXT or values[0].value >= CERTAIN:
        return code, ok
    # A short text judged foreign: confirm with the precise models, over the accepted
    # languages and the suspect only; the suspect must be one whose models we agree to load.
    confirmable = {*ctx.campaign.campaign_languages, *data_lines("language_confirm.txt")}
    if code not in confirmable:
        return None, True
    return _verdict(_confidences(frozenset({*accepted, code}), text, True), accepted)


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
