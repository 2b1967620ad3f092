"""The compositional layer of the judgement rules, for one screening.

:func:`clauses_of` analyses a message once (cached on the screening context) for every rule
that asks; :func:`check_frames` turns the frames that fire into findings, and
:func:`reread_pattern_findings` reads the older pattern rules' findings again in their clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from moderation.rules.clauses import Clause, Word, analyse
from moderation.rules.concepts import word_concepts
from moderation.rules.context import ScreenContext
from moderation.rules.frames import ALL_PREDICATES, PEOPLE, hits, own_voice
from moderation.rules.hate import SLUR_EXPLANATION, name_stopwords
from moderation.rules.normalize import Normalized, normalize
from moderation.rules.types import Finding

_CASED_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# Concepts whose frames may be about a named person.
_NAMED_MATTERS = frozenset({"crime", "insult", "violence"})


def _named_spans(ctx: ScreenContext) -> list[tuple[int, int]]:
    """Original-text spans of what reads as a person's full name: two or more capitalised
    words in a row ("Martin Lefèvre"), the rights holders' own names excepted. A title before
    a single capitalised word ("judge Lefèvre") is found by the frames' ``official`` words."""
    view = ctx.cased
    text = view.text
    words = [m for m in _CASED_WORD.finditer(text)]
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    own = ctx.case_name_words

    stop = name_stopwords()
    languages = ctx.case.languages

    def close() -> None:
        # Articles, titles and words the concept lists know ("Die Polizei", "The Regime") are
        # no part of a name: German capitalises every noun.
        folded = [(w, normalize(w.group()).text) for w in run]
        names = [w for w, f in folded if f not in stop and not word_concepts(f, languages)]
        if len(names) >= 2 and not all(w.group().casefold() in own for w in names):
            spans.append(view.span(names[0].start(), names[-1].end()))
        run.clear()

    for m in words:
        word = m.group()
        joined = run and text[run[-1].end() : m.start()] in (" ", "-")
        if word[0].isupper() and word[1:2].islower():
            if run and not joined:
                close()
            run.append(m)
        else:
            close()
    close()
    return spans


def _mark_named(clauses: tuple[Clause, ...], view: Normalized, spans: list[tuple[int, int]]):
    """Add the ``named`` concept to words inside a full name, or right after a title."""
    if not clauses:
        return clauses
    out = []
    for clause in clauses:
        words = list(clause.words)
        changed = False
        for i, word in enumerate(words):
            a, b = view.span(word.start, word.end)
            inside = any(s <= a and b <= e for s, e in spans)
            after_title = i > 0 and "official" in words[i - 1].concepts and not word.concepts
            if inside or (after_title and _capitalised(view.original[a:b])):
                words[i] = word._replace(concepts=word.concepts | {"named"})
                changed = True
        if changed:
            concepts = clause.concepts | {"named"}
            clause = replace(clause, words=tuple(words), concepts=concepts)
        out.append(clause)
    return tuple(out)


def _capitalised(word: str) -> bool:
    # Scripts without case (Arabic, Chinese...) cannot show a name by its capital: a word
    # after a title counts there.
    return word[:1].isupper() or not word[:1].islower()


def clauses_of(ctx: ScreenContext, needed: frozenset[str] | None = None) -> tuple[Clause, ...]:
    """The message's clauses with concepts (once per screening). With ``needed``, none when
    no word may carry one of those concepts (the frames' predicates: most letters)."""
    cached = ctx.memo.get("clauses")
    if cached is not None:
        return cached
    if needed is not None and "unneeded" in ctx.memo:
        return ()
    view = ctx.respelled
    clauses = analyse(view, _reading_languages(ctx), needed)
    if needed is not None and not clauses:
        ctx.memo["unneeded"] = True
        return ()
    # Full names matter only to an accusation, an insult or a threat: look for them only
    # near such a word.
    if any(not c.concepts.isdisjoint(_NAMED_MATTERS) for c in clauses):
        clauses = _mark_named(clauses, view, _named_spans(ctx))
    ctx.memo["clauses"] = clauses
    return clauses


def _reading_languages(ctx: ScreenContext) -> tuple[str, ...]:
    """The languages whose concept lists read the message: the one it is written in when the
    language rule could tell (words collide across languages once folded: Turkish "her gün",
    every day, is English "her gun"), else every language the case accepts."""
    if ctx.language in ctx.case.languages:
        return (ctx.language,)
    return ctx.case.languages


def check_frames(ctx: ScreenContext) -> list[Finding]:
    """N04, N07, N08, N13 as compositional frames over the message's clauses."""
    view = ctx.respelled
    findings = []
    for hit in hits(clauses_of(ctx, ALL_PREDICATES)):
        rule = hit.frame.code
        a, b = view.span(hit.start, hit.end)
        if rule in _SCOPED_CODES and _quoted(ctx.text, a, b):
            continue
        findings.append(
            ctx.finding(rule, a, b, f"This {hit.frame.explanation}: {ctx.text[a:b]} ({rule})")
        )
    return findings


# The pattern rules do not see the scopes the frames see. Their N04/N07 findings are read
# again in their clause: a negation before them, reported or counter speech in the clause, an
# idiom in the sentence take them back.
_SCOPED_CODES = frozenset({"N04", "N07"})
_OLD_FINDING_VETOES = (
    ("negation", "before"),
    # What is reported comes after its verb ("the prosecutor said that X are ..."); a
    # "whatever they say" after the claim dismisses others, it does not report the claim.
    ("reported", "sentence_before"),
    ("counter", "sentence"),
    ("idiom", "sentence"),
)
# Words with an innocent first sense (a dyke holds back the sea, a сука is a dog): a word
# list's finding on one counts only when it is aimed at someone, a target within two words.
_HOMONYM_CODES = frozenset({"N04", "N06", "N07"})
_PEOPLE = PEOPLE | {"your"}
_AIMED = frozenset(
    {"you", "your", "person", "official", "group", "group_ref", "named", "pointing"}
    | {"institution", "authority"}
)


def reread_pattern_findings(ctx: ScreenContext, findings: list[Finding]) -> list[Finding]:
    """The pattern rules' findings, less those their context takes back: "Muslims are not
    vermin", "they call you a rat", "the news killed me, I laughed so much" (N04, N07), and
    a homonym aimed at nobody, "our old bitch had puppies" (N04, N06, N07)."""
    doubtful = [f for f in findings if _doubtful(ctx, f)]
    if not doubtful:
        return findings
    view = ctx.respelled
    clauses = clauses_of(ctx)
    dropped = [id(f) for f in doubtful if _taken_back(clauses, view, f, ctx.text)]
    return [f for f in findings if id(f) not in dropped]


def _doubtful(ctx: ScreenContext, f: Finding) -> bool:
    """True if a finding's context could take it back: every N04/N07 pattern finding, and an
    N06 one only on a single word the lists call a homonym (most vulgar finds are not: no
    clauses need reading for them)."""
    if f.field != "text" or f.code not in _HOMONYM_CODES:
        return False
    if f.code in _SCOPED_CODES:
        return True
    words = _words_behind(ctx, f)
    return len(words) == 1 and "homonym" in word_concepts(words[0], ctx.case.languages)


def _words_behind(ctx: ScreenContext, f: Finding) -> list[str]:
    """The words of the respelled view behind a finding's span of the original text."""
    view = ctx.respelled
    lo = next((i for i, s in enumerate(view.starts) if s >= f.start), len(view.text))
    hi = next((i for i, e in enumerate(view.ends) if e >= f.end), len(view.text) - 1) + 1
    return _CASED_WORD.findall(view.text[lo:hi])


# Words in quotation marks are someone else's: "« mort aux X » was written on a forum".
_QUOTE = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"|「[^「」]*」|『[^『』]*』")


def _quoted(text: str, start: int, end: int) -> bool:
    """True if the original span [start, end) lies inside one pair of quotation marks."""
    return any(m.start() < start and end < m.end() for m in _QUOTE.finditer(text))


def _taken_back(clauses: tuple[Clause, ...], view: Normalized, f: Finding, text: str) -> bool:
    if f.code in _SCOPED_CODES and (
        _quoted(text, f.start, f.end)
        # "don't trust those <slur>": a slur is used whatever its clause negates.
        or (
            not f.explanation.startswith(SLUR_EXPLANATION)
            and _scope_vetoes(clauses, view, f.start, f.end)
        )
    ):
        return True
    return f.code in _HOMONYM_CODES and _unaimed_homonym(clauses, view, f.start, f.end)


def _unaimed_homonym(clauses: tuple[Clause, ...], view: Normalized, start: int, end: int) -> bool:
    """True if the finding's words are one homonym with no target within two words."""
    for clause in clauses:
        inside = [i for i, w in enumerate(clause.words) if _overlaps(view, w, start, end)]
        if not inside:
            continue
        if len(inside) != 1 or "homonym" not in clause.words[inside[0]].concepts:
            return False
        i = inside[0]
        near = clause.words[max(0, i - 2) : i] + clause.words[i + 1 : i + 3]
        # A person is often three words before ("the judge is a ..."); a group that far is
        # more often something else's owner ("the Dutch built a dyke").
        people = clause.words[max(0, i - 3) : i]
        return not any(w.concepts & _AIMED for w in near) and not any(
            w.concepts & _PEOPLE for w in people
        )
    return False


def _scope_vetoes(clauses: tuple[Clause, ...], view: Normalized, start: int, end: int) -> bool:
    """True if the clause holding original span [start, end) vetoes it."""
    for index, clause in enumerate(clauses):
        inside = {j for j, w in enumerate(clause.words) if _overlaps(view, w, start, end)}
        if not inside:
            continue
        first = min(inside)
        for concept, scope in _OLD_FINDING_VETOES:
            if scope.startswith("sentence"):
                # The finding's own words are no veto ("you lying rat"), nor what the writer
                # reports of their own words ("I told him ...").
                before_only = scope == "sentence_before"
                reach = clauses[: index + 1] if before_only else clauses
                if any(
                    c.sentence == clause.sentence
                    and c.has(concept)
                    and not own_voice(c, concept)
                    and any(
                        concept in w.concepts
                        and not (c is clause and (j in inside or (before_only and j > first)))
                        for j, w in enumerate(c.words)
                    )
                    for c in reach
                ):
                    return True
                continue
            if scope == "before":
                words = list(enumerate(clause.words[:first]))
            else:
                words = list(enumerate(clause.words))
            if any(concept in w.concepts and j not in inside for j, w in words):
                return True
        return False
    return False


def _overlaps(view: Normalized, word: Word, start: int, end: int) -> bool:
    a, b = view.span(word.start, word.end)
    return a < end and b > start
