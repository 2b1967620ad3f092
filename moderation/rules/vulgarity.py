"""N06: no vulgar or obscene language, in any language, also when disguised.

Words are matched whole after normalisation (so "Scunthorpe", "Essex" or "оскорблять" never
trip), in five passes: the folded text (look-alike letters of other scripts already read as
the word's own, "fսck"), the text with leetspeak read as letters ("sh1t", "п!здец"), the
respelled text (misspellings that dodge a list read as the listed word: "fcuk", "shiit",
"sh it", see :mod:`respell`), single words disguised by masks, inserted or repeated
characters ("f*cking", "fu.ck", "fuuuucked"), and words spelt out letter by letter with
separators between the letters ("f.u.c.k.i.n.g", "s h i t", "п-и-з-д-е-ц", "他 妈 的").

A word mixing letters of scripts that do not belong together ("хуiня", Latin with Cyrillic)
is a finding of its own, vulgar or not: it is how word lists are dodged, and the writer can
retype it.

Two kinds of term list lines are special. One starting with ``!`` is an innocent phrase
holding a vulgar term (Persian "گه گاه", "now and then"): a match inside it is no finding. One
starting with ``=`` is a word that only counts spelt exactly so, accents included, because
folding makes it another language's innocent word ("=coño", not the Spanish and Italian
"cono", cone; "=göt", not "got"). Such words are not looked for in disguises.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from moderation.rules.context import ScreenContext
from moderation.rules.datafiles import terms
from moderation.rules.normalize import Normalized, normalize, read_leet
from moderation.rules.scripts import mixed_script_words
from moderation.rules.termpatterns import (
    Match,
    TermPattern,
    compile_terms,
    dedupe,
    find,
    fold_term,
)
from moderation.rules.types import Finding

_MASKS = "*#%@$"
_SEPARATORS = r".\-_·•~+'"
_TOKEN = re.compile(rf"(?:[^\W_]|[{re.escape(_MASKS + _SEPARATORS)}])+")
# A word carrying masks, separators between letters, or a letter repeated 3+ times.
_DISGUISED = re.compile(
    rf"[{re.escape(_MASKS)}]|[^\W\d_][{re.escape(_SEPARATORS)}]+[^\W\d_]|([^\W\d_])\1\1"
)
# What may sit between the letters of a word spelt out: spaces, dots, dashes, slashes...
_GAP = r"(?=[^\w\n])[^\S\n]{0,2}[.\-_*·•/|\\~+:'=]{0,3}[^\S\n]{0,2}"
# Three or more single letters (or digits read as letters) separated by gaps: "m e r d e",
# "f.u.c.k", "s. h. i. t", "п-и-з-д-е-ц".
_SPACED = re.compile(rf"(?<![^\W_])[^\W_](?:{_GAP}[^\W_](?![^\W_])){{2,}}")
_SPACED_UNIT = re.compile(r"[^\W_]")
# Single-letter words that may stand before or after a word spelt out ("a s h i t show").
_ONE_LETTER_WORDS = frozenset("aiyoeuàèéиваскуояжбو")
# Chinese or Japanese characters with gaps between them ("他 妈 的", "傻.逼").
_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_ANY = re.compile(f"[{_HAN}]")
_HAN_SPACED = re.compile(rf"[{_HAN}]+(?:{_GAP}[{_HAN}]+)+")


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    pattern: TermPattern | None
    # Disguise-tolerant patterns, one per first letter, matched against one whole word.
    tolerant: dict[str, re.Pattern[str]]
    # Innocent phrases holding a vulgar term ("!" lines).
    innocent: TermPattern | None
    # Words that count only spelt exactly ("=" lines): folded form -> exact forms.
    exact: dict[str, frozenset[str]]


def _tolerant(word: str, stem: bool) -> str:
    """A pattern for ``word`` where each letter may repeat or be masked and separators may sit
    between letters."""
    masks = re.escape(_MASKS)
    slots = [f"(?:{re.escape(c)}+|[{masks}]+)" if c.isalpha() else re.escape(c) for c in word]
    body = f"[{re.escape(_SEPARATORS)}]*".join(slots)
    return body + (rf"[\w{masks}]*" if stem else "")


def _exact_form(text: str) -> str:
    """A word as written, case folded (accents kept), without invisible characters."""
    return unicodedata.normalize("NFC", normalize(text, fold=False).text.casefold())


@cache
def _vocabulary(extra: tuple[str, ...]) -> _Vocabulary:
    lines = terms("vulgar_") + extra
    innocent = tuple(t[1:] for t in lines if t.startswith("!"))
    exact: dict[str, set[str]] = defaultdict(set)
    for term in lines:
        if term.startswith("="):
            exact[fold_term(term[1:])].add(_exact_form(term[1:].strip()))
    all_terms = tuple(t.removeprefix("=") for t in lines if not t.startswith("!"))
    by_letter: dict[str, list[str]] = defaultdict(list)
    for term in all_terms:
        if term.startswith("=") or fold_term(term.rstrip("*")) in exact:
            continue
        word = fold_term(term.rstrip("*"))
        if " " in word or not word or not word[0].isalpha():
            continue
        by_letter[word[0]].append(_tolerant(word, term.endswith("*")))
    tolerant = {c: re.compile("|".join(f"(?:{p})" for p in ps)) for c, ps in by_letter.items()}
    return _Vocabulary(
        compile_terms(all_terms),
        tolerant,
        compile_terms(innocent),
        {k: frozenset(v) for k, v in exact.items()},
    )


def _is_vulgar_word(vocab: _Vocabulary, word: str) -> bool:
    pattern = vocab.tolerant.get(word[:1])
    return pattern is not None and pattern.fullmatch(word) is not None


def _disguised_matches(ctx: ScreenContext, vocab: _Vocabulary) -> list[Match]:
    view = ctx.leet
    out = []
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
                word = tokens[i].group().strip(_SEPARATORS)
                if _is_vulgar_word(vocab, word):
                    a, b = view.span(tokens[i].start(), tokens[i].end())
                    out.append(Match(a, b, ctx.text[a:b], word))
    return out


def _spelt_out_matches(view: Normalized, vocab: _Vocabulary) -> list[Match]:
    """Words spelt out letter by letter. Where the gaps differ, the wider ones part words
    ("a f.u.c.k.i.n.g"); a one-letter word may stand next to the spelt-out word."""
    out = []
    for m in _SPACED.finditer(view.text):
        units = list(_SPACED_UNIT.finditer(m.group()))
        gaps = [m.group()[a.end() : b.start()] for a, b in zip(units, units[1:], strict=False)]
        narrow = min(len(g) - len(g.strip()) for g in gaps)  # the least whitespace in a gap
        pieces, piece = [], [units[0]]
        for gap, unit in zip(gaps, units[1:], strict=True):
            if len(gap) - len(gap.strip()) > narrow:
                pieces.append(piece)
                piece = []
            piece.append(unit)
        pieces.append(piece)
        for piece in pieces:
            found = _spelt_word(piece, vocab)
            if found is not None:
                first, last = found
                a, b = view.span(m.start() + first.start(), m.start() + last.end())
                out.append(Match(a, b, view.original[a:b], m.group()))
    return out


def _spelt_word(
    piece: list[re.Match[str]], vocab: _Vocabulary
) -> tuple[re.Match[str], re.Match[str]] | None:
    """The first and last letter of a vulgar word spelt by ``piece``, allowing up to two
    one-letter words before and after it; None if there is none."""
    letters = [u.group() for u in piece]
    n = len(letters)
    for lead in range(min(3, n - 2)):
        if lead and letters[lead - 1] not in _ONE_LETTER_WORDS:
            break
        for trail in range(3):
            if trail and letters[n - trail] not in _ONE_LETTER_WORDS:
                break
            if n - lead - trail < 3:
                break
            spelt = "".join(letters[lead : n - trail])
            if sum(c.isalpha() for c in spelt) < 2:
                continue  # digits only: a number, not a word
            if _is_vulgar_word(vocab, read_leet(spelt)):
                return piece[lead], piece[n - trail - 1]
    return None


def _spaced_han_matches(view: Normalized, vocab: _Vocabulary) -> list[Match]:
    """Chinese or Japanese vulgar words with gaps between their characters ("他 妈 的")."""
    unspaced = vocab.pattern.unspaced if vocab.pattern is not None else None
    if unspaced is None or not _HAN_ANY.search(view.text):
        return []
    out = []
    for m in _HAN_SPACED.finditer(view.text):
        offsets = [m.start() + i for i, c in enumerate(m.group()) if _HAN_ANY.match(c)]
        joined = "".join(view.text[i] for i in offsets)
        for hit in unspaced.finditer(joined):
            first, last = offsets[hit.start()], offsets[hit.end() - 1]
            if last - first == hit.end() - hit.start() - 1:
                continue  # no gap inside: the plain pass finds it
            a, b = view.span(first, last + 1)
            out.append(Match(a, b, view.original[a:b], hit.group()))
    return out


def _innocent(view: Normalized, vocab: _Vocabulary, matches: list[Match]) -> list[Match]:
    """``matches`` minus those inside an innocent phrase and words that count only spelt
    exactly but are spelt otherwise."""
    if vocab.exact and matches:
        matches = [
            m
            for m in matches
            if m.normalized not in vocab.exact
            or _exact_form(m.excerpt) in vocab.exact[m.normalized]
        ]
    if vocab.innocent is None or not matches:
        return matches
    spans = [(m.start, m.end) for m in find(vocab.innocent, view)]
    return [m for m in matches if not any(a <= m.start and m.end <= b for a, b in spans)]


def check_vulgarity(ctx: ScreenContext) -> list[Finding]:
    """N06: one finding per vulgar word or phrase."""
    vocab = _vocabulary(tuple(ctx.campaign.extra_vulgar_words))
    matches = list(find(vocab.pattern, ctx.folded))
    if ctx.leet is not ctx.folded:
        matches.extend(find(vocab.pattern, ctx.leet))
    if ctx.respelled is not ctx.leet:
        matches.extend(find(vocab.pattern, ctx.respelled))
    matches.extend(_disguised_matches(ctx, vocab))
    matches.extend(_spelt_out_matches(ctx.folded, vocab))
    matches.extend(_spaced_han_matches(ctx.folded, vocab))
    matches = dedupe(_innocent(ctx.folded, vocab, matches))
    findings = [
        ctx.finding("N06", m.start, m.end, f"Please leave out vulgar words: {m.excerpt} (N06)")
        for m in matches
    ]
    for start, end in _mixed_script_words(ctx):
        if not any(m.start < end and start < m.end for m in matches):
            excerpt = ctx.text[start:end]
            findings.append(ctx.finding("N06", start, end, _MIXED.format(excerpt=excerpt)))
    return sorted(findings, key=lambda f: (f.start, -f.end))


_MIXED = (
    "This word mixes letters of different alphabets, a common way to dodge word lists: "
    "{excerpt}. Please retype it in one alphabet (N06)"
)


def _mixed_script_words(ctx: ScreenContext) -> list[tuple[int, int]]:
    """Original spans of the words mixing scripts that do not belong together ("fսck" with an
    Armenian letter, "пиzдец"), read on the text before look-alikes are folded."""
    return mixed_script_words(ctx.text)
