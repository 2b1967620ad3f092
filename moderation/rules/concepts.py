"""Concept lists: which words of a language carry which idea ("vermin" is dehumanising).

One file a language, ``data/concepts/<lang>.txt``, in sections::

    [dehumanise]      # a concept: lower-case name in brackets
    vermin            # a word: matches every word with the same stem (vermin, vermins)
    cockroach*        # a prefix: matches every word starting so (cockroaches, cockroachy)
    =tuer             # an exact word: only this form (its stem is also that of "tu")
    go back           # several words: consecutive words, each matched as above
    burn =them        # (a phrase's words may be prefixes* or =exact forms too)
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
from typing import NamedTuple

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
    # The first two words' keys (a stem, or "prefix*") -> (the further words' keys, concept).
    phrases: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # Prefixes that phrase words are written with ("cockroach*" in "cockroach* like").
    phrase_prefixes: set[str] = field(default_factory=set)
    # Exact forms that phrase words are written with ("=يلعنك" in "الله =يلعنك": a stemmer
    # that strips the pronoun would also match "الله يلعن الظلم").
    phrase_exact: set[str] = field(default_factory=set)
    # Keys a phrase's first word has, with the concepts such phrases give: most words start
    # none, and are not looked at further.
    phrase_firsts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    longest_phrase_prefix: int = 0
    unspaced: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # "=word": this exact folded word only, where its stem would catch others ("=tuer", whose
    # French stem is that of "tu").
    exact: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    longest_prefix: int = 0
    unspaced_pattern: re.Pattern[str] | None = None

    def word_key(self, word: str) -> str:
        """The key a word of an entry is indexed under: "prefix*" and "=exact" as written,
        any other word by its stem."""
        if word.endswith("*") or word.startswith("="):
            return word
        return stem(self.language, word)

    def add(self, concept: str, entry: str) -> None:
        """Index one entry of a concept's list."""
        # Read like the text's leetspeak view, which the frames read (ß as s, not ss).
        folded = " ".join(normalize(entry, leet=True).text.split())
        if not folded:
            return
        if UNSPACED.search(folded):
            self.unspaced[folded.replace(" ", "")].add(concept)
            return
        words = folded.split(" ")
        if len(words) > 1:
            keys = tuple(self.word_key(w) for w in words)
            self.phrases[keys[0], keys[1]].append((keys[2:], concept))
            self.phrase_firsts[keys[0]].add(concept)
            for key in keys:
                if key.startswith("="):
                    self.phrase_exact.add(key[1:])
                if key.endswith("*"):
                    self.phrase_prefixes.add(key[:-1])
                    self.longest_phrase_prefix = max(self.longest_phrase_prefix, len(key) - 1)
        elif folded.startswith("="):
            self.exact[folded[1:]].add(concept)
        elif folded.endswith("*"):
            self._add_prefix(folded[:-1], concept)
            self._add_softened(folded[:-1], concept)
        else:
            self.stems[stem(self.language, folded)].add(concept)
            self._add_softened(folded, concept)

    def _add_prefix(self, prefix: str, concept: str) -> None:
        self.prefixes[prefix].add(concept)
        self.longest_prefix = max(self.longest_prefix, len(prefix))

    def _add_softened(self, word: str, concept: str) -> None:
        # Turkish softens a final k, p, t before a vowel ("asalak" -> "asalağı"); folded, the
        # softened form escapes both the stemmer and the written prefix. Verb forms are
        # listed as written ("gelecek", will come: "geleceğimiz" is "our future").
        softened = _softened(self.language, word)
        if softened and concept not in _GRAMMAR:
            self._add_prefix(softened, concept)

    def concepts(self, word: str) -> frozenset[str]:
        """The concepts a single folded word carries in this language."""
        if "ı" in word and self.language != "tr":
            # Folding keeps the dotless ı for Turkish; elsewhere it only dodges a list.
            word = word.replace("ı", "i")
        found = set(self.stems.get(stem(self.language, word), ()))
        found.update(self.exact.get(word, ()))
        for n in range(min(len(word), self.longest_prefix), 0, -1):
            hit = self.prefixes.get(word[:n])
            if hit:
                found |= hit
        return frozenset(found) if found else EMPTY

    def keys(self, word: str) -> frozenset[str]:
        """The keys a folded word matches as a word of a phrase: its stem, and each phrase
        prefix it starts with (as "prefix*")."""
        found = {stem(self.language, word)}
        if word in self.phrase_exact:
            found.add("=" + word)
        for n in range(1, min(len(word), self.longest_phrase_prefix) + 1):
            if word[:n] in self.phrase_prefixes:
                found.add(word[:n] + "*")
        return frozenset(found)


# Turkish consonant softening, as folded: k -> ğ (folded g), p -> b, t -> d (ç -> c folds away).
_SOFTENING = {"k": "g", "p": "b", "t": "d"}
# Concepts whose entries are verb forms, not words that inflect.
_GRAMMAR = frozenset({"intent", "wish", "negation", "condition"})


def _softened(language: str, word: str) -> str:
    """The prefix a Turkish word of six letters or more takes before a vowel suffix when its
    final consonant softens ("asalak" -> "asalag": "asalağıdır"), or "" if none."""
    if language != "tr" or len(word) < 6 or word[-1] not in _SOFTENING:
        return ""
    return word[:-1] + _SOFTENING[word[-1]]


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


@cache
def lexicons(languages: tuple[str, ...]) -> tuple[Lexicon, ...]:
    """The concept lists of those of ``languages`` that have any."""
    return tuple(lex for lex in map(lexicon, languages) if lex is not None)


class WordInfo(NamedTuple):
    """What the concept lists of some languages say of one folded word."""

    concepts: frozenset[str]
    # Its phrase keys in each lexicon (see :meth:`Lexicon.keys`).
    keys: tuple[frozenset[str], ...]
    # The concepts phrases starting with it may give (empty: no phrase starts with it).
    phrase_concepts: frozenset[str]


@lru_cache(maxsize=131072)
def word_info(word: str, languages: tuple[str, ...]) -> WordInfo:
    """Concepts and phrase keys of a folded word in ``languages`` (cached: words repeat)."""
    found: frozenset[str] = EMPTY
    keys = []
    phrased: set[str] = set()
    for lex in lexicons(languages):
        hit = lex.concepts(word)
        if hit:
            found = found | hit
        word_keys = lex.keys(word)
        keys.append(word_keys)
        for key in word_keys:
            phrased.update(lex.phrase_firsts.get(key, ()))
    return WordInfo(found, tuple(keys), frozenset(phrased) if phrased else EMPTY)


def word_concepts(word: str, languages: tuple[str, ...]) -> frozenset[str]:
    """Every concept a folded word carries in any of ``languages``."""
    return word_info(word, languages).concepts


def phrase_concepts(
    infos: list[WordInfo], i: int, languages: tuple[str, ...]
) -> list[tuple[str, int]]:
    """Phrases starting at word ``i`` of a clause whose words are ``infos``: each as (its
    concept, the index of its last word)."""
    if i + 1 >= len(infos):
        return []
    found = []
    here, after = infos[i].keys, infos[i + 1].keys
    for li, lex in enumerate(lexicons(languages)):
        for k1 in here[li]:
            for k2 in after[li]:
                for rest, concept in lex.phrases.get((k1, k2), ()):
                    last = i + 1 + len(rest)
                    if last < len(infos) and all(
                        key in infos[i + 2 + j].keys[li] for j, key in enumerate(rest)
                    ):
                        found.append((concept, last))
    return found


def concept_names(language: str) -> frozenset[str]:
    """Every concept a language's file defines (for tests and the data check)."""
    lex = lexicon(language)
    if lex is None:
        return EMPTY
    names: set[str] = set()
    for table in (lex.stems, lex.prefixes, lex.unspaced, lex.exact):
        for concepts in table.values():
            names |= concepts
    for entries in lex.phrases.values():
        names.update(concept for _rest, concept in entries)
    return frozenset(names)
