"""Text -> sentences -> clauses -> words, each word with the concepts it carries.

The judgement rules (:mod:`frames`) ask questions of clauses ("is a group and a dehumanising
word in one clause, with no negation before it?"), never of raw text. A clause ends at a
sentence end, a comma, a semicolon or colon, or a contrasting conjunction ("but"); a word
keeps its span in the view it came from, so findings point at what the writer typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.rules.concepts import EMPTY, UNSPACED, lexicons, word_concepts
from moderation.rules.normalize import Normalized

# Letters (with Indic vowel signs, which Python counts as marks) and inner apostrophes.
_WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0dff])+(?:'(?:[^\W\d_]|[\u0900-\u0dff])+)*")
_SENTENCE_END = re.compile(r"[.!?\n。！？।؟]+")
_CLAUSE_END = re.compile(
    r"[,;:，；：、()\"،؛]|\s[-–—]\s"
    r"|(?<!\w)(?:but|mais|pero|aber|но|але|ama|fakat|لكن|اما|ولی|但是|可是|কিন্তু)(?!\w)"
)


@dataclass(frozen=True, slots=True)
class Word:
    """A word (or a phrase of a concept list) of a clause and the concepts it carries."""

    text: str
    start: int  # offsets in the view
    end: int
    concepts: frozenset[str]


@dataclass(frozen=True, slots=True)
class Clause:
    """The words of one clause, in order; ``sentence`` numbers the sentence it belongs to."""

    words: tuple[Word, ...]
    sentence: int

    def has(self, concept: str) -> bool:
        """True if a word of the clause carries ``concept``."""
        return any(concept in w.concepts for w in self.words)

    def first(self, concepts: frozenset[str]) -> int:
        """Index of the first word carrying any of ``concepts`` (-1 if none)."""
        for i, w in enumerate(self.words):
            if w.concepts & concepts:
                return i
        return -1

    def positions(self, concepts: frozenset[str]) -> list[int]:
        """Indexes of every word carrying any of ``concepts``."""
        return [i for i, w in enumerate(self.words) if w.concepts & concepts]


def _clause_words(text: str, lo: int, hi: int, languages: tuple[str, ...]) -> list[Word]:
    """The words of ``text[lo:hi]`` with their concepts, phrases of the lists joined."""
    raw = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, lo, hi)]
    lexs = lexicons(languages)
    words: list[Word] = []
    for i, (word, start, end) in enumerate(raw):
        if UNSPACED.search(word):
            words.extend(_unspaced_words(word, start, languages))
            continue
        concepts = word_concepts(word, languages)
        span_end = end
        for lex in lexs:
            for keys, concept in lex.phrase_starts(word):
                following = raw[i + 1 : i + 1 + len(keys)]
                if len(following) == len(keys) and all(
                    lex.matches(k, w) for k, (w, _s, _e) in zip(keys, following, strict=True)
                ):
                    concepts = concepts | {concept}
                    span_end = max(span_end, following[-1][2])
        words.append(Word(word, start, span_end, concepts))
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


def analyse(view: Normalized, languages: tuple[str, ...]) -> tuple[Clause, ...]:
    """The clauses of a view, their words tagged with the concepts of ``languages``."""
    text = view.text
    clauses: list[Clause] = []
    sentence = 0
    pos = 0
    for end_match in (*_SENTENCE_END.finditer(text), None):
        end = end_match.start() if end_match is not None else len(text)
        clause_start = pos
        for cut in (*_CLAUSE_END.finditer(text, pos, end), None):
            clause_end = cut.start() if cut is not None else end
            words = _clause_words(text, clause_start, clause_end, languages)
            if words:
                clauses.append(Clause(tuple(words), sentence))
            if cut is not None:
                clause_start = cut.end()
        sentence += 1
        pos = end_match.end() if end_match is not None else len(text)
    return tuple(clauses)


__all__ = ["EMPTY", "Clause", "Word", "analyse"]
