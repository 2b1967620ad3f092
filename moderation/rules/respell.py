"""The respelled view: words a writer misspelt on purpose to dodge a word list, read as the
listed word they stand for, before any rule reads the text.

Built on the leetspeak view (look-alike letters, digits and symbols already read as letters,
see :mod:`normalize`), a token that is a dodge of a listed term is replaced by that term:

- letters doubled or repeated ("fuuuck", "shiit");
- one pair of neighbouring letters swapped ("fcuk"), one letter dropped ("fck") or one
  inserted ("fucck"), never one letter put for another ("duck" stays "duck");
- letters split by spaces, dots, dashes or underscores ("f u c k", "s.h.i.t", "sh it");
- two words run together where one is a listed term and the other an ordinary word
  ("fuckoff" reads "fuck off", "youidiot" reads "you idiot");
- a letter of the engine's languages that looks like another ("bıtch") where the word is no
  ordinary word.

Listed terms are the vulgar lists (``vulgar_*.txt`` and staff's extra words), the slurs
(``hate_slurs.txt``) and the insults (``insults_*.txt``). Guessing is only allowed where it
cannot turn an ordinary word into a listed one: a token that is an ordinary word in the
languages asked (the case's and the campaign's, English, and Russian and Ukrainian for
Cyrillic; wordfreq) or a name of the case is never respelled, the swap, drop and insert
rules need tokens of some length, and words run together are only parted where the rest is an
ordinary word. Lookups go through a deletion-neighbourhood index (SymSpell: every term with
each one of its letters deleted), built once per list, so a token costs a few dictionary
probes; every token's answer is cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from wordfreq import available_languages, zipf_frequency

from moderation.rules.datafiles import terms
from moderation.rules.normalize import ALPHABET_LOOKALIKES, Normalized
from moderation.rules.termpatterns import fold_term

# A token: a run of letters of the leetspeak view, in a script that separates words (Chinese
# and Japanese words are not respelled: their terms match anywhere already).
_TOKEN = re.compile("[^\\W\\d_\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+")
# Languages whose ordinary words are always asked about, besides the case's: English, and
# for Cyrillic both Russian and Ukrainian (a letter in one often holds words of the other).
_ALWAYS_ASKED = ("en",)
_CYRILLIC_LANGUAGES = ("ru", "uk")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# A stem's ending after a respelled stem is at most this long ("fcuk|ing", "пзид|ец"): a
# longer rest is another word that happens to begin alike ("підр|озділ").
_MAX_ENDING = 4
# What may part the pieces of a word split on purpose: up to three spaces, dots, dashes or
# underscores, on one line.
_GAP = re.compile(r"[ .\-_]{1,3}")
# A word at least this common (wordfreq's Zipf scale: 3 is once per million words) in one of
# the languages is an ordinary word, never respelled.
ORDINARY_ZIPF = 3.0
# One- and two-letter pieces of a split word count as ordinary words only when very common
# ("is", "it", "a"): "pen is" stays apart, "sh it" does not.
_SHORT_ORDINARY_ZIPF = 5.5
# Least token length for the fuzzy rules, and least term length they may reach.
_MIN_SWAP, _MIN_DROP, _MIN_INSERT, _MIN_TERM = 4, 4, 5, 4
# A word split on purpose has a short piece among its first two ("sh it", "f u c k").
_MAX_PIECE = 3
# Symbols that stand for a letter even first in a word.
_EDGE_LEET = {"$": "s", "@": "a"}
# Least length of the two parts of words run together, and how common the ordinary one must
# be: a very common word ("off", "you"), not a fragment that ends many words ("-sche").
_MIN_PART = 3
_RUN_TOGETHER_ZIPF = 4.5


@dataclass(frozen=True, slots=True)
class _Terms:
    """One list of terms, indexed for respelling."""

    words: frozenset[str]  # whole-word terms
    stems: frozenset[str]  # "stem*" terms, without the star
    # Term (or stem) with one letter deleted, and the term itself -> the terms.
    deletes: dict[str, tuple[str, ...]]
    # Term with its repeated letters collapsed -> the terms.
    collapsed: dict[str, tuple[str, ...]]
    # Every beginning of a term (to part words run together and join split pieces).
    prefixes: frozenset[str]
    stem_lengths: frozenset[int]
    # Stems by their first letter.
    stems_by_first: dict[str, tuple[str, ...]]
    # Where a term may begin split in two (its first piece, a gap, its next letter): texts
    # without such a place hold no split term (one regular expression, C speed).
    split_start: re.Pattern[str]
    # Stems with their repeated letters collapsed -> the stems, and those lengths.
    flat_stems: dict[str, tuple[str, ...]]
    flat_stem_lengths: frozenset[int]
    longest: int


def _collapse(word: str) -> str:
    """``word`` with every run of one letter written once."""
    return re.sub(r"(.)\1+", r"\1", word)


def _runs(word: str) -> list[tuple[str, int]]:
    return [(m.group(1), len(m.group())) for m in re.finditer(r"(.)\1*", word)]


def _repeats_of(token: str, term: str) -> bool:
    """True if ``token`` is ``term`` with some of its letters repeated more."""
    a, b = _runs(token), _runs(term)
    return len(a) == len(b) and all(x == y and n >= m for (x, n), (y, m) in zip(a, b, strict=True))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(token: str, term: str) -> bool:
    """True if ``token`` is ``term`` with one letter dropped, one inserted, or two
    neighbours swapped (never one letter replaced by another), its first letter kept (a word
    whose first letter is gone is another word: "uck" is no "fuck")."""
    n, m = len(token), len(term)
    if not token or not term or token[0] != term[0]:
        return False
    if n == m - 1:
        return n >= _MIN_DROP and token in _deletions(term)
    if n == m + 1:
        return n >= _MIN_INSERT and term in _deletions(token)
    if n == m and n >= _MIN_SWAP:
        diff = [i for i in range(n) if token[i] != term[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and token[diff[0]] == term[diff[1]]
            and token[diff[1]] == term[diff[0]]
        )
    return False


@cache
def _terms(extra: tuple[str, ...]) -> _Terms:
    lines = terms("vulgar_") + terms("insults_") + terms("hate_slurs") + extra
    words: set[str] = set()
    stems: set[str] = set()
    for line in lines:
        if line.startswith(("!", "=")):
            continue  # innocent phrases; words that only count spelt exactly
        word = fold_term(line.rstrip("*"))
        if not word or not _TOKEN.fullmatch(word):
            continue  # phrases, and terms with symbols
        (stems if line.endswith("*") else words).add(word)
    deletes: dict[str, set[str]] = {}
    collapsed: dict[str, set[str]] = {}
    prefixes: set[str] = set()
    flat_stems: dict[str, set[str]] = {}
    for stem in stems:
        flat_stems.setdefault(_collapse(stem), set()).add(stem)
    for term in words | stems:
        collapsed.setdefault(_collapse(term), set()).add(term)
        prefixes.update(term[:i] for i in range(1, len(term) + 1))
        if len(term) >= _MIN_TERM:
            for key in {term, *_deletions(term)}:
                deletes.setdefault(key, set()).add(term)
    return _Terms(
        frozenset(words),
        frozenset(stems),
        {k: tuple(sorted(v)) for k, v in deletes.items()},
        {k: tuple(sorted(v)) for k, v in collapsed.items()},
        frozenset(prefixes),
        frozenset(len(s) for s in stems),
        {c: tuple(sorted(s for s in stems if s[0] == c)) for c in {s[0] for s in stems}},
        _split_start(words | stems),
        {k: tuple(sorted(v)) for k, v in flat_stems.items()},
        frozenset(len(k) for k in flat_stems),
        max((len(t) for t in words | stems), default=0),
    )


# wordfreq's languages that need no extra tokeniser (Chinese, Japanese and Korean do).
_NEEDS_TOKENISER = frozenset({"zh", "ja", "ko"})


@cache
def _word_languages() -> frozenset[str]:
    return frozenset(available_languages(wordlist="small")) - _NEEDS_TOKENISER


@lru_cache(maxsize=65536)
def _zipf(word: str, languages: tuple[str, ...]) -> float:
    """The word's highest frequency in ``languages`` written in its script (each language's
    list is loaded on first use: an Arabic list is never loaded to judge a Latin word)."""
    known = _word_languages()
    script = _script_of(word)
    return max(
        (
            zipf_frequency(word, lang, wordlist="small")
            for lang in languages
            if lang in known and _LANGUAGE_SCRIPTS.get(lang, "latin") in (script, None)
        ),
        default=0.0,
    )


# The script of wordfreq's languages that are not written in Latin letters.
_LANGUAGE_SCRIPTS = {
    "ru": "cyrillic", "uk": "cyrillic", "bg": "cyrillic", "sr": "cyrillic", "mk": "cyrillic",
    "be": "cyrillic", "kk": "cyrillic", "ar": "arabic", "fa": "arabic", "ur": "arabic",
    "el": "greek", "he": "hebrew", "bn": "indic", "hi": "indic", "mr": "indic", "ta": "indic",
    "th": "thai",
}  # fmt: skip
_WORD_SCRIPTS = (
    ("latin", re.compile("[a-z\u00c0-\u024f]")),
    ("cyrillic", re.compile("[\u0400-\u04ff]")),
    ("arabic", re.compile("[\u0600-\u06ff\u0750-\u077f]")),
    ("greek", re.compile("[\u0370-\u03ff]")),
    ("hebrew", re.compile("[\u0590-\u05ff]")),
    ("indic", re.compile("[\u0900-\u0dff]")),
    ("thai", re.compile("[\u0e00-\u0e7f]")),
)


def _script_of(word: str) -> str | None:
    """The script of a word's first letter among those above (None: another)."""
    for name, pattern in _WORD_SCRIPTS:
        if pattern.match(word):
            return name
    return None


def _ordinary(word: str, languages: tuple[str, ...]) -> bool:
    if len(word) <= 2:
        return _zipf(word, languages) >= _SHORT_ORDINARY_ZIPF
    return _zipf(word, languages) >= ORDINARY_ZIPF


def _listed(index: _Terms, word: str) -> bool:
    """True if the term patterns already match ``word`` as it is."""
    if word in index.words:
        return True
    stems = index.stems_by_first.get(word[:1])
    return stems is not None and any(word.startswith(s) for s in stems)


def _fuzzy(index: _Terms, token: str) -> str | None:
    """The term ``token`` is one edit away from (whole, or a stem with its ending)."""
    for key in (token, *_deletions(token)):
        for term in index.deletes.get(key, ()):
            if term in index.words and _one_edit(token, term):
                return term
    # A stem is only respelled with letters swapped or one inserted: with one dropped, too
    # many words and names begin like a stem ("Дерья", the name Derya, like "дерьм-").
    for length in sorted(index.stem_lengths):
        for cut in (length, length + 1):
            if cut < _MIN_DROP or cut > len(token):
                continue
            head, ending = token[:cut], token[cut:]
            if len(ending) > _MAX_ENDING:
                continue
            for key in (head, *_deletions(head)):
                for stem in index.deletes.get(key, ()):
                    if stem in index.stems and len(stem) == length and _one_edit(head, stem):
                        return stem + ending
    return None


def _repeated(index: _Terms, token: str) -> str | None:
    """The term ``token`` spells with letters repeated ("fuuuck", "shiit", "fuucking")."""
    flat = _collapse(token)
    if flat == token:
        return None
    for term in index.collapsed.get(flat, ()):
        if _repeats_of(token, term):
            return term
    for length in index.flat_stem_lengths:
        for stem in index.flat_stems.get(flat[:length], ()):
            # The stem's part of the token: as many runs as the stem has.
            runs = _runs(token)[:length]
            head = "".join(c * n for c, n in runs)
            if _repeats_of(head, stem):
                return stem + token[len(head) :]
    return None


def _run_together(index: _Terms, token: str, languages: tuple[str, ...]) -> str | None:
    """ "fuckoff" as "fuck off", "youidiot" as "you idiot": a listed term and an ordinary
    word, parted where both are whole (never inside a word: "Scunthorpe" stays)."""
    for cut in range(_MIN_PART, len(token) - _MIN_PART + 1):
        head, tail = token[:cut], token[cut:]
        if head in index.words and _zipf(tail, languages) >= _RUN_TOGETHER_ZIPF:
            return f"{head} {tail}"
        if tail in index.words and _zipf(head, languages) >= _RUN_TOGETHER_ZIPF:
            return f"{head} {tail}"
    return None


@cache
def _token_cache(languages: tuple[str, ...], extra: tuple[str, ...]) -> dict[str, str | None]:
    """Answers of :func:`_respell_token` for one set of languages and extra terms (bounded
    by :data:`_TOKEN_CACHE_SIZE`: cleared when full)."""
    return {}


@cache
def _no_dodges(languages: tuple[str, ...], extra: tuple[str, ...]) -> set[str]:
    """Tokens known to dodge nothing (a set: a text's new tokens are a set difference)."""
    return set()


_TOKEN_CACHE_SIZE = 65536
_MISSING = object()


def _cached_respell_token(
    token: str, languages: tuple[str, ...], extra: tuple[str, ...]
) -> str | None:
    known = _token_cache(languages, extra)
    found = known.get(token, _MISSING)
    if found is _MISSING:
        if len(known) >= _TOKEN_CACHE_SIZE:
            known.clear()
            _no_dodges(languages, extra).clear()
        found = known[token] = _respell_token(token, languages, extra)
        if found is None:
            _no_dodges(languages, extra).add(token)
    return found  # type: ignore[return-value]


def _respell_token(token: str, languages: tuple[str, ...], extra: tuple[str, ...]) -> str | None:
    """The listed term ``token`` may dodge (with a space where it parts two words), or None.
    The caller still checks that what the writer typed is no ordinary word."""
    index = _terms(extra)
    if _listed(index, token):
        return None  # the term patterns find it as it is
    found = None
    if ALPHABET_LOOKALIKES.intersection(token):
        plain = token.replace("ı", "i")
        if _listed(index, plain):
            found = plain
    if found is None:
        found = _repeated(index, token)
    if found is None:
        found = _fuzzy(index, token)
        if found is None and len(token) >= 2 * _MIN_PART:
            found = _run_together(index, token, languages)
    return found


def _inside_spelt_run(text: str, tokens: list[re.Match[str]], i: int, gap: str) -> bool:
    """True if token ``i``, a single letter, goes on a word spelt out letter by letter before
    it ("p u s h": no word starts at "s")."""
    if i == 0 or len(tokens[i].group()) != 1 or len(tokens[i - 1].group()) != 1:
        return False
    return text[tokens[i - 1].end() : tokens[i].start()] == gap


def _split_words(
    index: _Terms, text: str, tokens: list[re.Match[str]], languages: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """Listed terms written in pieces parted by gaps ("f u c k", "s.h.i.t", "sh it"): the
    pieces of one word are parted the same way throughout ("P U S H  I T" is two words), at
    least one is no ordinary word ("pen is" stays apart), and a word after the term is a word
    of its own ("f u c k thing")."""
    out = []
    words = [m.group() for m in tokens]
    prefixes = index.prefixes
    count = len(tokens)
    i = 0
    while i < count - 1:
        if words[i] not in prefixes or (
            len(words[i]) > _MAX_PIECE and len(words[i + 1]) > _MAX_PIECE
        ):
            i += 1
            continue
        gap = text[tokens[i].end() : tokens[i + 1].start()]
        joined = words[i] + words[i + 1]
        if (
            (gap != " " and not _GAP.fullmatch(gap))
            or (joined not in prefixes and not _listed(index, joined))
            or _inside_spelt_run(text, tokens, i, gap)
        ):
            i += 1
            continue
        best: tuple[int, str] | None = None
        j = i + 1
        while True:
            if _listed(index, joined) and not all(
                _ordinary(w, languages) for w in words[i : j + 1]
            ):
                best = (j, joined)
            j += 1
            if j >= count or text[tokens[j - 1].end() : tokens[j].start()] != gap:
                break
            if best is not None and len(words[j]) > 2:
                break
            longer = joined + words[j]
            if longer not in prefixes and not _listed(index, longer):
                break
            joined = longer
        if best is None:
            i += 1
            continue
        last, term = best
        after = last + 1
        if (
            after < count
            and len(words[last]) == 1
            and len(words[after]) == 1
            and text[tokens[last].end() : tokens[after].start()] == gap
        ):
            i += 1  # the letters spell on ("s h i t o"): not this word
            continue
        out.append((tokens[i].start(), tokens[last].end(), term))
        i = after
    return out


@lru_cache(maxsize=64)
def _languages(languages: tuple[str, ...], cyrillic: bool) -> tuple[str, ...]:
    """The languages whose ordinary words are asked about, once each, sorted: only the set
    matters (a word's highest frequency in any of them), and one order for one set lets
    cases listing the same languages differently ("fr, en" and "en, fr") share the token
    caches."""
    asked = (*languages, *_ALWAYS_ASKED, *(_CYRILLIC_LANGUAGES if cyrillic else ()))
    return tuple(sorted(set(asked)))


def _split_start(all_terms: Iterable[str]) -> re.Pattern[str]:
    """A regular expression for a whole term with optional gaps between its letters, at a
    word start (a trie: shared prefixes are tried once). A text it finds nothing in holds no
    term written in pieces; one where it finds something is looked at piece by piece."""
    end = ""
    root: dict[str, dict] = {}
    for term in all_terms:
        node = root
        for char in term:
            node = node.setdefault(char, {})
        node[end] = {}
    gap = f"(?:{_GAP.pattern})?"

    def build(node: dict[str, dict]) -> str:
        if end in node:
            return ""  # the shortest term suffices to say "look closer"
        alts = []
        for char in sorted(node):
            rest = build(node[char])
            alts.append(re.escape(char) + (gap + rest if rest else ""))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(r"(?<![^\W\d_])" + build(root))


def respell(
    base: Normalized,
    languages: Iterable[str],
    extra_terms: Iterable[str] = (),
    names: Iterable[str] = (),
) -> Normalized:
    """``base`` (the leetspeak view) with every token that dodges a listed term replaced by
    that term; ``base`` itself when there is none. ``languages`` are the case's (English is
    always asked too), ``names`` words never respelled (the case's and protected names)."""
    text = base.text
    languages = _languages(tuple(languages), _CYRILLIC.search(text) is not None)
    extra = tuple(extra_terms)
    index = _terms(extra)
    skip = frozenset(names)
    if (
        "$" not in text
        and "@" not in text
        and not set(_TOKEN.findall(text)).difference(_no_dodges(languages, extra)).difference(skip)
        and index.split_start.search(text) is None
    ):
        return base  # most texts: every word known to dodge nothing, none split
    tokens = list(_TOKEN.finditer(text))
    replacements = _split_words(index, text, tokens, languages) if len(tokens) > 1 else []
    taken = [(a, b) for a, b, _ in replacements]
    known = _token_cache(languages, extra)
    for m in tokens:
        token = m.group()
        start = m.start()
        found = known.get(token, _MISSING)
        if found is None and (not start or text[start - 1] not in _EDGE_LEET):
            continue  # most words: known, and no dodge
        if token in skip or (taken and any(a <= start < b for a, b in taken)):
            continue
        if found is _MISSING:
            found = _cached_respell_token(token, languages, extra)
        if found is not None and _ordinary(token, languages):
            found = None
        elif found is None and start and text[start - 1] in _EDGE_LEET:
            # "$hit", "@sshole": a symbol first in a word, which the leetspeak view leaves
            # as punctuation ("$5", "@name").
            found = _cached_respell_token(_EDGE_LEET[text[start - 1]] + token, languages, extra)
            if found is None and _listed(index, _EDGE_LEET[text[start - 1]] + token):
                found = _EDGE_LEET[text[start - 1]] + token
            if found is not None:
                start -= 1
        if found is None:
            continue
        typed = base.excerpt(m.start(), m.end()).casefold()
        if start == m.start() and typed != token and _ordinary(typed, languages):
            continue  # an ordinary word with its accents ("très" folds to "tres")
        replacements.append((start, m.end(), found))
    if not replacements:
        return base
    return _rebuild(base, sorted(replacements))


def _rebuild(base: Normalized, replacements: list[tuple[int, int, str]]) -> Normalized:
    """``base`` with ``text[a:b]`` replaced for each ``(a, b, new)``; each new character maps
    to the original span of what it replaces."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, new in replacements:
        chars.append(base.text[pos:a])
        starts.extend(base.starts[pos:a])
        ends.extend(base.ends[pos:a])
        span = base.span(a, b)
        chars.append(new)
        starts.extend([span[0]] * len(new))
        ends.extend([span[1]] * len(new))
        pos = b
    chars.append(base.text[pos:])
    starts.extend(base.starts[pos:])
    ends.extend(base.ends[pos:])
    return Normalized(base.original, "".join(chars), tuple(starts), tuple(ends))
