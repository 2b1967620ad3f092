"""N05A: no shouting (words written in capitals that are not initialisms or acronyms)."""

from __future__ import annotations

import re
from functools import cache

from moderation.rules.context import ScreenContext
from moderation.rules.lexicon import data_lines
from moderation.rules.normalize import normalize
from moderation.rules.types import Finding

_WORD = re.compile(r"[^\W\d_]+")
# Links, addresses, handles and hashtags are not prose.
_NOT_PROSE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|[#@][\w-]+", re.IGNORECASE)
_VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿáíóúаеёиоуыэюяєіїαεηιουω")
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_CAPS_RUN = re.compile("[A-Z\u0391-\u03a9\u0400-\u042f]{3}")


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
    return not re.match(r"-?\d", after)


def check_shouting(ctx: ScreenContext) -> list[Finding]:
    """N05A: one finding per run of shouted words."""
    view = ctx.cased
    text = view.text
    if not _CAPS_RUN.search(text):
        return []  # no three capitals in a row: nothing to check
    skip = [m.span() for m in _NOT_PROSE.finditer(text)]
    runs: list[list[int]] = []
    last_end = -1
    for m in _WORD.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        if not _is_shouted(m.group(), text[m.end() : m.end() + 3], ctx):
            continue
        gap = text[last_end : m.start()] if runs else ""
        if runs and not any(c.islower() for c in gap) and "\n" not in gap:
            runs[-1][1] = m.end()
        else:
            runs.append([m.start(), m.end()])
        last_end = m.end()
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
