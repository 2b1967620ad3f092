"""Concept lists: which words of a language carry which idea ("vermin" is dehumanising).

One file a language, ``data/concepts/<lang>.txt``, in sections::

    [dehumanise]      # a concept: lower-case name in brackets
    vermin            # a word: matches every word with the same stem (vermin, vermins)
    cockroach*        # a prefix: matches every word starting so (cockroaches, cockroachy)
    go back           # several words: consecutive words, each matched as above
    畜生              # a word in a script without spaces: matched anywhere in the text

Entries are folded like the text (case, accents, look-alike letters), so they are written as
the language writes them. The files hold words and short phrases, never example sentences:
the rules in :mod:`frames` combine concepts, the lists only say what a word means.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from moderation.rules.normalize import normalize
from moderation.rules.stems import stem

CONCEPT_DIR = Path(__file__).with_name("data") / "concepts"
_SECTION = re.compile(r"^\[([a-z_]+)\]$")
# Scripts written without spaces between words: their entries match inside longer runs.
UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
EMPTY: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    """One language's concept lists, indexed for lookups by word."""

    language: str
    stems: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    prefixes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # First word's key (a stem, or "prefix*") -> (the following words' keys, concept).
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    unspaced: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    longest_prefix: int = 0
    unspaced_pattern: re.Pattern[str] | None = None

    def word_key(self, word: str) -> str:
        """The key a word of an entry is indexed under."""
        return word if word.endswith("*") else stem(self.language, word)

    def add(self, concept: str, entry: str) -> None:
        """Index one entry of a concept's list."""
        folded = " ".join(normalize(entry).text.split())
        if not folded:
            return
        if UNSPACED.search(folded):
            self.unspaced[folded.replace(" ", "")].add(concept)
            return
        words = folded.split(" ")
        if len(words) > 1:
            keys = tuple(self.word_key(w) for w in words)
            self.phrases[keys[0]].append((keys[1:], concept))
        elif folded.endswith("*"):
            prefix = folded[:-1]
            self.prefixes[prefix].add(concept)
            self.longest_prefix = max(self.longest_prefix, len(prefix))
        else:
            self.stems[stem(self.language, folded)].add(concept)

    def matches(self, key: str, word: str) -> bool:
        """True if ``word`` matches a phrase word indexed under ``key``."""
        if key.endswith("*"):
            return word.startswith(key[:-1])
        return stem(self.language, word) == key

    def concepts(self, word: str) -> frozenset[str]:
        """The concepts a single folded word carries in this language."""
        found = set(self.stems.get(stem(self.language, word), ()))
        for n in range(min(len(word), self.longest_prefix), 0, -1):
            hit = self.prefixes.get(word[:n])
            if hit:
                found |= hit
        return frozenset(found) if found else EMPTY

    def phrase_starts(self, word: str) -> list[tuple[tuple[str, ...], str]]:
        """Phrase entries whose first word ``word`` may be."""
        out = list(self.phrases.get(stem(self.language, word), ()))
        for n in range(len(word), 0, -1):
            out.extend(self.phrases.get(word[:n] + "*", ()))
        return out


@cache
def lexicon(language: str) -> Lexicon | None:
    """The concept lists of ``language`` (None if it has none)."""
    path = CONCEPT_DIR / f"{language}.txt"
    if not path.exists():
        return None
    lex = Lexicon(language)
    concept = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        section = _SECTION.match(line)
        if section:
            concept = section.group(1)
        elif concept is None:
            raise ValueError(f"{path.name}:{number}: an entry before any [concept] section")
        else:
            lex.add(concept, line)
    if lex.unspaced:
        alternatives = sorted(lex.unspaced, key=len, reverse=True)
        lex.unspaced_pattern = re.compile("|".join(map(re.escape, alternatives)))
    return lex


def lexicons(languages: tuple[str, ...]) -> tuple[Lexicon, ...]:
    """The concept lists of those of ``languages`` that have any."""
    return tuple(lex for lex in map(lexicon, languages) if lex is not None)


@lru_cache(maxsize=65536)
def word_concepts(word: str, languages: tuple[str, ...]) -> frozenset[str]:
    """Every concept a folded word carries in any of ``languages``."""
    found: frozenset[str] = EMPTY
    for lex in lexicons(languages):
        hit = lex.concepts(word)
        if hit:
            found = found | hit
    return found


PhraseStart = tuple[Lexicon, tuple[str, ...], str]


@lru_cache(maxsize=65536)
def phrase_starts(word: str, languages: tuple[str, ...]) -> tuple[PhraseStart, ...]:
    """The phrase entries of any of ``languages`` that may start with a folded word: each as
    (its lexicon, the following words' keys, the concept)."""
    return tuple(
        (lex, keys, concept)
        for lex in lexicons(languages)
        for keys, concept in lex.phrase_starts(word)
    )


def concept_names(language: str) -> frozenset[str]:
    """Every concept a language's file defines (for tests and the data check)."""
    lex = lexicon(language)
    if lex is None:
        return EMPTY
    names: set[str] = set()
    for table in (lex.stems, lex.prefixes, lex.unspaced):
        for concepts in table.values():
            names |= concepts
    for entries in lex.phrases.values():
        names.update(concept for _keys, concept in entries)
    return frozenset(names)
