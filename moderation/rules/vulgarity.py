"""N06: no vulgar or obscene language, in any language, also when disguised.

Words are matched whole after normalisation (so "Scunthorpe", "Essex" or "оскорблять" never
trip), in three passes: the folded text, the text with leetspeak read as letters ("sh1t"),
and single words disguised by masks, inserted or repeated characters ("f*cking", "fu.ck",
"fuuuucked") or spaced out letter by letter ("m e r d e").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from moderation.rules.context import ScreenContext
from moderation.rules.lexicon import Match, compile_terms, dedupe, find, fold_term, terms
from moderation.rules.types import Finding

_MASKS = "*#%@$"
_SEPARATORS = r".\-_·•~+'"
_TOKEN = re.compile(rf"(?:[^\W_]|[{re.escape(_MASKS + _SEPARATORS)}])+")
# A word carrying masks, separators between letters, or a letter repeated 3+ times.
_DISGUISED = re.compile(
    rf"[{re.escape(_MASKS)}]|[^\W\d_][{re.escape(_SEPARATORS)}]+[^\W\d_]|([^\W\d_])\1\1"
)
# Three or more single letters separated by one space or separator: "m e r d e", "f.u.c.k".
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W\d_][ .\-_*·]){2,}[^\W\d_](?![^\W_])")


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    pattern: re.Pattern[str] | None
    # Disguise-tolerant patterns, one per first letter, matched against one whole word.
    tolerant: dict[str, re.Pattern[str]]


def _tolerant(word: str, stem: bool) -> str:
    """A pattern for ``word`` where each letter may repeat or be masked and separators may sit
    between letters."""
    masks = re.escape(_MASKS)
    slots = [f"(?:{re.escape(c)}+|[{masks}]+)" if c.isalpha() else re.escape(c) for c in word]
    body = f"[{re.escape(_SEPARATORS)}]*".join(slots)
    return body + (rf"[\w{masks}]*" if stem else "")


@cache
def _vocabulary(extra: tuple[str, ...]) -> _Vocabulary:
    all_terms = terms("vulgar_") + extra
    by_letter: dict[str, list[str]] = defaultdict(list)
    for term in all_terms:
        word = fold_term(term.rstrip("*"))
        if " " in word or not word or not word[0].isalpha():
            continue
        by_letter[word[0]].append(_tolerant(word, term.endswith("*")))
    tolerant = {c: re.compile("|".join(f"(?:{p})" for p in ps)) for c, ps in by_letter.items()}
    return _Vocabulary(compile_terms(all_terms), tolerant)


def _disguised_matches(ctx: ScreenContext, vocab: _Vocabulary) -> list[Match]:
    view = ctx.leet
    out = []
    candidates = []
    # A disguise lies inside one token: find them in one pass, then the tokens holding them.
    hits = [m.start() for m in _DISGUISED.finditer(view.text)]
    if hits:
        tokens = list(_TOKEN.finditer(view.text))
        starts = [m.start() for m in tokens]
        seen = set()
        for hit in hits:
            i = bisect_right(starts, hit) - 1
            if i >= 0 and i not in seen and tokens[i].end() > hit:
                seen.add(i)
                candidates.append((tokens[i].start(), tokens[i].end(), tokens[i].group()))
    for m in _SPACED.finditer(view.text):
        joined = re.sub(r"[ .\-_*·]", "", m.group())
        candidates.append((m.start(), m.end(), joined))
    for start, end, word in candidates:
        word = word.strip(_SEPARATORS)
        pattern = vocab.tolerant.get(word[:1])
        if pattern is not None and pattern.fullmatch(word):
            a, b = view.span(start, end)
            out.append(Match(a, b, ctx.text[a:b], word))
    return out


def check_vulgarity(ctx: ScreenContext) -> list[Finding]:
    """N06: one finding per vulgar word or phrase."""
    vocab = _vocabulary(tuple(ctx.campaign.extra_vulgar_words))
    matches = list(find(vocab.pattern, ctx.folded))
    if ctx.leet is not ctx.folded:
        matches.extend(find(vocab.pattern, ctx.leet))
    matches.extend(_disguised_matches(ctx, vocab))
    return [
        ctx.finding("N06", m.start, m.end, f"Please leave out vulgar words: {m.excerpt} (N06)")
        for m in dedupe(matches)
    ]
