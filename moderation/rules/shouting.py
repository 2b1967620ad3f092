"""N05A: no shouting (words written in capitals that are not initialisms or acronyms).

Known acronyms are listed (``data/acronyms.txt``); a short capitalised word that is not
listed is told apart by whether it is a word at all: "RISE" and "NEVER" are common words of
the letter's languages, "TUC" and "USDT" (a union's, a currency's initials) are not. Word
frequencies come from wordfreq's lists, installed with the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from wordfreq import available_languages, zipf_frequency

from moderation.rules.context import ScreenContext
from moderation.rules.datafiles import data_lines
from moderation.rules.normalize import normalize
from moderation.rules.types import Finding

_WORD = re.compile(r"[^\W\d_]+")
# Links, addresses, handles and hashtags are not prose.
_NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|[#@][\w-]+", re.IGNORECASE)
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿáíóúаеёиоуыэюяєіїαεηιουω")
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_CAPS_RUN = re.compile("[A-Z\u0391-\u03a9\u0400-\u042f]{3}")
# Capitalised words this long are seldom acronyms (the ones that are, UNESCO or INTERPOL, are
# listed): they are shouted whether or not the word lists know them.
LONG_WORD = 6
# A shorter capitalised word is a word shouted if it is at least this common (Zipf scale: 3 is
# once per million words) in English or a language of the case.
COMMON_WORD_ZIPF = 3.0
_REPEATS = re.compile(r"(.)\1{2,}")


# wordfreq reads Chinese, Japanese and Korean through tokenisers (jieba, MeCab) that are not
# installed, and raises for them; a Latin or Cyrillic word in capitals is no word of theirs.
_NEEDS_TOKENISER = frozenset({"zh", "ja", "ko"})


@cache
def _word_languages() -> frozenset[str]:
    return frozenset(available_languages(wordlist="small")) - _NEEDS_TOKENISER


@lru_cache(maxsize=4096)
def _is_common_word(word: str, languages: tuple[str, ...]) -> bool:
    """True if ``word`` (lower case, accents kept) is a common word of one of ``languages``
    or of English; stretched spellings ("NOOOO") count as their word."""
    spellings = {word, _REPEATS.sub(r"\1\1", word), _REPEATS.sub(r"\1", word)}
    known = _word_languages()
    return any(
        zipf_frequency(spelling, lang, wordlist="small") >= COMMON_WORD_ZIPF
        for lang in ("en", *languages)
        if lang in known
        for spelling in spellings
    )


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(normalize(line).text for line in data_lines("acronyms.txt"))


def _is_shouted(word: str, after: str, ctx: ScreenContext) -> bool:
    """A capitalised word of 3+ letters that is no acronym, initialism or numeral."""
    if len(word) < 3 or not word.isupper():
        return False  # short words, mixed case and scripts without case
    folded = normalize(word).text
    if folded in _acronyms() or folded in ctx.case_name_words:
        return False
    if _ROMAN.match(word) or not (_VOWELS & set(folded)):
        return False  # II, XIV; NSL, LGBTQ, ФСБ: no vowel, no word to shout
    # COVID-19, G7-style codes: an initialism bound to a number.
    if re.match(r"-?\d", after):
        return False
    return len(word) >= LONG_WORD or _is_common_word(word.lower(), ctx.case.languages)


def _cased_words(text: str) -> Iterator[tuple[str, int, int]]:
    """Words with their spans, a run of letters split where a script without case begins or
    ends: "ICCPR保障结社自由" (no space is needed before Chinese) is the word ICCPR."""
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii() or not any(_caseless(ch) for ch in word):
            yield word, m.start(), m.end()
            continue
        start = None
        for i, ch in enumerate([*word, " "]):
            if ch != " " and not _caseless(ch):
                start = i if start is None else start
            elif start is not None:
                yield word[start:i], m.start() + start, m.start() + i
                start = None


def _caseless(ch: str) -> bool:
    return ch.lower() == ch.upper()


def check_shouting(ctx: ScreenContext) -> list[Finding]:
    """N05A: one finding per run of shouted words."""
    view = ctx.cased
    text = view.text
    if not _CAPS_RUN.search(text):
        return []  # no three capitals in a row: nothing to check
    skip = [m.span() for m in _NOT_PROSE.finditer(text)]
    runs: list[list[int]] = []
    last_end = -1
    for word, start, end in _cased_words(text):
        if any(a <= start < b for a, b in skip):
            continue
        if not _is_shouted(word, text[end : end + 3], ctx):
            continue
        gap = text[last_end:start] if runs else ""
        if runs and not any(c.islower() for c in gap) and "\n" not in gap:
            runs[-1][1] = end
        else:
            runs.append([start, end])
        last_end = end
    findings = []
    for a, b in runs:
        start, end = view.span(a, b)
        excerpt = ctx.text[start:end]
        findings.append(
            ctx.finding(
                "N05A", start, end, f"Please don't write words in capitals: {excerpt} (N05A)"
            )
        )
    return findings
