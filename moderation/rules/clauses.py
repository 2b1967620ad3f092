"""Text -> sentences -> clauses -> words, each word with the concepts it carries.

The judgement rules (:mod:`frames`) ask questions of clauses ("is a group and a dehumanising
word in one clause, with no negation before it?"), never of raw text. A clause ends at a
sentence end, a comma, a semicolon or colon, or a contrasting conjunction ("but"); a word
keeps its span in the view it came from, so findings point at what the writer typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from moderation.rules.concepts import (
    EMPTY,
    UNSPACED,
    WordInfo,
    lexicons,
    phrase_concepts,
    word_info,
)
from moderation.rules.normalize import Normalized

# Letters (with Indic vowel signs, which Python counts as marks), inner apostrophes and
# hyphens ("they're", "second-class", "из-за"). Han and kana runs are words of their own
# ("全是sha bi": a change of script ends a word); the Indic dandas end a sentence.
_HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LETTER = f"[^\\W\\d_{_HAN}\u0964\u0965]|[\u0900-\u0963\u0966-\u0dff]"
_WORD = re.compile(f"[{_HAN}]+|(?:{_LETTER})+(?:['-](?:{_LETTER})+)*")
_SENTENCE_END = re.compile(r"[.!?\n。！？।؟]+")
_CLAUSE_END = re.compile(
    # A dash is no clause end: Russian and Ukrainian write "X — Y" for "X is Y".
    r"[,;:，；：、()\"،؛]"
    # "nothing but", "all but": an insistence, not a contrast.
    r"|(?<!\w)(?<!nothing )(?<!anything )(?<!all )"
    r"(?:but|however|mais|pourtant|pero|sino|porem|contudo|aber|jedoch|но|однако|але|"
    r"ama|fakat|lakin|ancak|لكن|ولكن|اما|ولی|কিন্তু)(?!\w)|但是|可是|然而"
)


# Concepts that take a frame back (see frames.py): none of them is read inside an insistence.
VETO_CONCEPTS = frozenset({"negation", "counter", "reported", "victim", "passive", "stop"})


class Word(NamedTuple):
    """A word (or a phrase of a concept list) of a clause and the concepts it carries (a
    named tuple: a message makes dozens, and a frozen dataclass costs three times as much)."""

    text: str
    start: int  # offsets in the view
    end: int
    concepts: frozenset[str]


@dataclass(frozen=True, slots=True)
class Clause:
    """The words of one clause, in order; ``sentence`` numbers the sentence it belongs to."""

    words: tuple[Word, ...]
    sentence: int
    # Every concept any word of the clause carries (a frame whose predicates are not among
    # them is skipped at once).
    concepts: frozenset[str] = EMPTY

    def has(self, concept: str) -> bool:
        """True if a word of the clause carries ``concept``."""
        return concept in self.concepts

    def first(self, concepts: frozenset[str]) -> int:
        """Index of the first word carrying any of ``concepts`` (-1 if none)."""
        for i, w in enumerate(self.words):
            if w.concepts & concepts:
                return i
        return -1

    def positions(self, concepts: frozenset[str]) -> list[int]:
        """Indexes of every word carrying any of ``concepts``."""
        return [i for i, w in enumerate(self.words) if w.concepts & concepts]


def _clause_words(
    raw: list[tuple[str, int, int, WordInfo | None]], languages: tuple[str, ...]
) -> list[Word]:
    """One clause's words (text, start, end, what the lists say of it; None for a run of a
    script without spaces) with their concepts, phrases of the lists joined."""
    words: list[Word] = []
    spaced = [w for w in raw if w[3] is not None]
    infos = [w[3] for w in spaced]
    # Words inside a phrase that vetoes nothing ("nothing but", "gone wrong"): their own veto
    # senses are not read ("wrong" in "gone wrong" is no counter speech).
    neutral_to = -1
    for i, (word, start, end, info) in enumerate(spaced):
        concepts = info.concepts
        if start < neutral_to and concepts & VETO_CONCEPTS:
            concepts = concepts - VETO_CONCEPTS
        span_end = end
        if info.phrase_concepts:
            for concept, last in phrase_concepts(infos, i, languages):
                concepts = concepts | {concept}
                span_end = max(span_end, spaced[last][2])
                if concept == "only":
                    neutral_to = max(neutral_to, spaced[last][2])
        words.append(Word(word, start, span_end, concepts))
    if len(spaced) < len(raw):
        for word, start, _end, info in raw:
            if info is None:
                words.extend(_unspaced_words(word, start, languages))
        words.sort(key=lambda w: w.start)
    return words


def _unspaced_words(run: str, offset: int, languages: tuple[str, ...]) -> list[Word]:
    """Concept words found inside a run of a script without spaces (Chinese)."""
    words: list[Word] = []
    for lex in lexicons(languages):
        if lex.unspaced_pattern is None:
            continue
        pos = 0
        while True:
            m = lex.unspaced_pattern.search(run, pos)
            if m is None:
                break
            # The longest entry starting here (the pattern lists longer ones first).
            concepts = frozenset(lex.unspaced[m.group()])
            words.append(Word(m.group(), offset + m.start(), offset + m.end(), concepts))
            pos = m.start() + 1
    words.sort(key=lambda w: w.start)
    return words


# Letters written one by one to dodge a list: "k i l l", "h.a.s.s.e", "п а р а з и т ы".
_SPELLED_OUT = re.compile(r"(?<!\w)(?:[^\W\d_][ .\-_*]){2,}[^\W\d_](?!\w)")


def _words(text: str) -> list[tuple[str, int, int]]:
    """The words of a text with their spans; letters written one by one make one word."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    if not _SPELLED_OUT.search(text):
        return words
    for m in _SPELLED_OUT.finditer(text):
        joined = "".join(c for c in m.group() if c.isalpha())
        words = [w for w in words if w[2] <= m.start() or w[1] >= m.end()]
        words.append((joined, m.start(), m.end()))
    words.sort(key=lambda w: w[1])
    return words


def _may_carry(text: str, languages: tuple[str, ...], needed: frozenset[str]) -> bool:
    """True if a word of ``text``, or a phrase of the lists among its words, may carry a
    ``needed`` concept. Cheap: no spans, no clauses (most letters stop here)."""
    if UNSPACED.search(text) or _SPELLED_OUT.search(text):
        return True
    infos = [word_info(word, languages) for word in _WORD.findall(text)]
    return any(not needed.isdisjoint(info.concepts) for info in infos) or _phrase_gives(
        infos, languages, needed
    )


def _phrase_gives(
    infos: list[WordInfo], languages: tuple[str, ...], needed: frozenset[str]
) -> bool:
    """True if a phrase of the lists found among the words carries a ``needed`` concept (a
    phrase may start with "the" or "a": most such starts lead nowhere)."""
    lexs = lexicons(languages)
    for i in range(len(infos) - 1):
        info = infos[i]
        if needed.isdisjoint(info.phrase_concepts):
            continue
        after = infos[i + 1].keys
        # The first two words decide for nearly every phrase; the rest is checked after.
        if any(
            lex.phrases.get((k1, k2))
            for li, lex in enumerate(lexs)
            for k1 in info.keys[li]
            for k2 in after[li]
        ) and any(concept in needed for concept, _last in phrase_concepts(infos, i, languages)):
            return True
    return False


def analyse(
    view: Normalized, languages: tuple[str, ...], needed: frozenset[str] | None = None
) -> tuple[Clause, ...]:
    """The clauses of a view, their words tagged with the concepts of ``languages``.

    With ``needed``, a text none of whose words (or phrases) may carry one of those concepts
    has no clauses worth reading: most letters, which carry no predicate of any frame."""
    return _analyse(view.text, languages, needed)


# Identical letters are common at peak (thousands send a case's suggested message): the
# analysis of a text is remembered (offsets are the view's own, the same for the same text).
@lru_cache(maxsize=4096)
def _analyse(
    text: str, languages: tuple[str, ...], needed: frozenset[str] | None
) -> tuple[Clause, ...]:
    if needed is not None and not _may_carry(text, languages, needed):
        return ()
    unspaced = UNSPACED.search(text) is not None
    raw: list[tuple[str, int, int, WordInfo | None]] = []
    for word, start, end in _words(text):
        if unspaced and UNSPACED.search(word):
            raw.append((word, start, end, None))
        else:
            raw.append((word, start, end, word_info(word, languages)))
    # Where clauses end: (start, end, ends a sentence too), in text order.
    cuts = sorted(
        [(m.start(), m.end(), True) for m in _SENTENCE_END.finditer(text)]
        + [(m.start(), m.end(), False) for m in _CLAUSE_END.finditer(text)]
    )
    if "." in text:
        # The dots of a word spelt out ("b.u.r.n") end no sentence.
        spelled = [(m.start(), m.end()) for m in _SPELLED_OUT.finditer(text)]
        if spelled:
            cuts = [c for c in cuts if not any(a <= c[0] < b for a, b in spelled)]
    clauses: list[Clause] = []
    sentence = 0
    current: list[tuple[str, int, int, WordInfo | None]] = []

    def close() -> None:
        words = _clause_words(current, languages) if current else []
        if words:
            concepts = frozenset().union(*(w.concepts for w in words))
            clauses.append(Clause(tuple(words), sentence, concepts))
        current.clear()

    cut = 0
    for item in raw:
        start = item[1]
        inside_cut = False
        while cut < len(cuts) and cuts[cut][0] <= start:
            close()
            if cuts[cut][2]:
                sentence += 1
            inside_cut = start < cuts[cut][1]  # the word is the cut ("but")
            cut += 1
        if not inside_cut:
            current.append(item)
    close()
    return tuple(clauses)


__all__ = ["EMPTY", "Clause", "Word", "analyse"]
