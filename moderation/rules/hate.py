"""N04: no hate, defamation or discrimination.

Two kinds of breach: a generalising attack on a group (a people, religion, gender, sexuality,
age group), and an accusation of crimes against a named person. Criticism of a policy or of
"the authorities", and describing how a group is treated, are neither.
"""

from __future__ import annotations

import re
from functools import cache

from moderation.rules.context import ScreenContext
from moderation.rules.lexicon import (
    Match,
    TermPattern,
    compile_patterns,
    compile_terms,
    data_lines,
    dedupe,
    find,
    negated,
    phrases,
    text_scripts,
)
from moderation.rules.normalize import Normalized, fold_pattern, normalize
from moderation.rules.types import Finding

_SENTENCE = re.compile(r"[^.!?\n。！？]+[.!?。！？]*")
# "treated like animals", "called them terrorists": describing mistreatment, not an attack.
_DESCRIBED = re.compile(
    r"\b(?:treat\w*|call\w*|label\w*|brand\w*|accus\w*|portray\w*|describ\w*|consider\w*|"
    r"dehumani[sz]\w*|as if|like|trait\w*|comme|qualifi\w*|tratad\w*|tratan|como si|llamad\w*|"
    r"обращ\w*|называ\w*|как с|يعامل\w*|ک?معامله|被当作|被當作|当成|當成|称为|稱為)\b"
)


# A nationality naming an institution ("the Chinese authorities") names no people.
_INSTITUTION = re.compile(
    r"\s+(?:authorities|government|regime|state|police|officials|courts?|judges?|army|military|"
    r"embassy|ministry|leadership|communist party|party|security services|prison)\b"
)


def _in_sentence(view: Normalized) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(view.text)]


def _attacks(ctx: ScreenContext) -> list[Match]:
    view = ctx.folded
    text = view.text
    groups = [
        (a, b)
        for a, b in _raw(compile_terms(data_lines("hate_groups.txt")), view)
        if not _INSTITUTION.match(text, b)
    ]
    if not groups:
        return []
    strong = list(_raw(compile_terms(data_lines("hate_terms_strong.txt")), view))
    weak = list(_raw(compile_terms(data_lines("hate_terms_weak.txt")), view))
    links = compile_patterns("hate_links")
    out = []
    for lo, hi in _in_sentence(view):
        g = [m for m in groups if lo <= m[0] < hi]
        if not g:
            continue
        hits = []
        for a, b in (m for m in strong if lo <= m[0] < hi):
            hits.append((a, b))
        for a, b in (m for m in weak if lo <= m[0] < hi):
            # Said of the group: "X are (all) Y", "X, who are Y", or "Y X" ("dirty X").
            for ga, gb in g:
                between = text[gb:a] if gb <= a else text[b:ga]
                tied = gb <= a and links is not None and links.search(between) is not None
                adjacent = b <= ga and len(between.split()) <= 1
                if (tied and len(between) <= 80) or adjacent:
                    hits.append((a, b))
                    break
        for a, b in hits:
            if _DESCRIBED.search(text[lo:a]) or negated(view, a, b):
                continue
            start = min(a, *(ga for ga, _ in g))
            end = max(b, *(gb for _, gb in g if gb <= b + 200))
            sa, sb = view.span(start, end)
            out.append(Match(sa, sb, ctx.text[sa:sb], text[start:end]))
    return out


def _raw(pattern: TermPattern | re.Pattern[str] | None, view: Normalized) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(view.text)]


# Reporting what others say ("the regime calls him a criminal") is no accusation.
_REPORTED = re.compile(
    r"\b(?:says?|said|claims?|claimed|accus\w*|call\w*|label\w*|brand\w*|alleges|alleged|"
    r"according|charged|convicted|disent|dit|affirm\w*|pretend\w*|dice|dicen|dijo|afirm\w*|"
    r"acus\w*|llam\w*|говор\w*|утвержд\w*|обвин\w*|назыв\w*|يقول\w*|يتهم\w*|اتهم\w*|"
    r"میگویند|متهم\w*)\b"
)


def _slurs(ctx: ScreenContext) -> list[Match]:
    """Slurs against a people, sexuality or gender: attacks on the group they name."""
    view = ctx.folded
    out = []
    for m in find(compile_terms(data_lines("hate_slurs.txt")), view):
        a, b = _folded_span(view, m)
        sentence = _sentence_before(view.text, a)
        if _DESCRIBED.search(sentence) or _REPORTED.search(sentence) or negated(view, a, b):
            continue
        out.append(m)
    return out


def _folded_span(view: Normalized, m: Match) -> tuple[int, int]:
    """The span of ``m`` in ``view.text`` (its ``normalized`` text, found near its origin)."""
    at = view.text.find(m.normalized, max(0, m.start - 8))
    at = at if at >= 0 else view.text.find(m.normalized)
    return (at, at + len(m.normalized)) if at >= 0 else (m.start, m.end)


def _sentence_before(text: str, start: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n。！？")
    return text[lo + 1 : start]


def _accusations(ctx: ScreenContext) -> list[Match]:
    """Crimes said of a named person (not a rights holder, not reported speech)."""
    view = ctx.cased
    scripts = text_scripts(ctx.folded.text)
    found = list(phrases("defamation", view))
    for script, pattern in _named_patterns().items():
        if script in scripts:
            found.extend(_named(ctx, pattern))
    out = []
    for m in found:
        a, _ = _folded_span(view, m)
        if _REPORTED.search(_sentence_before(view.text, a).casefold()):
            continue
        named = {normalize(w).text for w in _CAPITALISED.findall(m.normalized)}
        if named & ctx.case_name_words:
            continue
        out.append(m)
    return dedupe(out)


def _named(ctx: ScreenContext, pattern: re.Pattern[str]) -> list[Match]:
    """Matches of one script's named-person lines whose name is a person's: its capitalised
    words, minus titles and common words (``name_stopwords.txt``), leave at least one."""
    view = ctx.cased
    stop = _name_stopwords()
    out = []
    for m in pattern.finditer(view.text):
        name = m.group("name").split()
        if all(normalize(w).text in stop for w in name):
            continue
        if negated(view, m.start(), m.end()):
            continue
        a, b = view.span(m.start(), m.end())
        out.append(Match(a, b, ctx.text[a:b], m.group()))
    return out


_NAME_WORD = {
    "latin": r"(?-i:[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)?)",
    "cyrillic": r"(?-i:[А-Я][а-я]+(?:-[А-Я][а-я]+)?)",
}


@cache
def _named_patterns() -> dict[str, re.Pattern[str]]:
    """One regular expression per script for the lines of ``named_accusations.re``: one to
    three capitalised words (the name), then any of the lines' crimes."""
    tails: dict[str, list[str]] = {"latin": [], "cyrillic": []}
    for line in data_lines("named_accusations.re"):
        script = "cyrillic" if line.startswith("{CYRNAME}") else "latin"
        tails[script].append(fold_pattern(line.removeprefix("{CYRNAME}").removeprefix("{NAME}")))
    out = {}
    for script, alternatives in tails.items():
        if not alternatives:
            continue
        word = _NAME_WORD[script]
        name = rf"(?P<name>{word}(?:\s+{word}){{0,2}})(?![\w-])"
        body = "|".join(f"(?:{t})" for t in alternatives)
        # The capital first, then the look-behind: the engine skips to capitals quickly.
        out[script] = re.compile(rf"(?=(?-i:[A-ZА-Я]))(?<![\w'-]){name}(?:{body})", re.I)
    return out


@cache
def _name_stopwords() -> frozenset[str]:
    return frozenset(normalize(w).text for w in data_lines("name_stopwords.txt"))


_CAPITALISED = re.compile(r"(?-i:[A-ZА-Я][^\W\d_]+)")


def check_hate(ctx: ScreenContext) -> list[Finding]:
    """N04: generalising attacks on a group; accusing a named person of crimes."""
    findings = [
        ctx.finding(
            "N04",
            m.start,
            m.end,
            f"Letters must not attack a people, religion, gender or other group: {m.excerpt} (N04)",
        )
        for m in dedupe([*_attacks(ctx), *phrases("hate_phrases", ctx.folded), *_slurs(ctx)])
    ]
    for m in _accusations(ctx):
        findings.append(
            ctx.finding(
                "N04",
                m.start,
                m.end,
                "Letters must not accuse a named person of crimes; a moderator will check: "
                f"{m.excerpt} (N04)",
            )
        )
    return findings
