"""N04: no hate, defamation or discrimination.

Two kinds of breach: a generalising attack on a group (a people, religion, gender, sexuality,
age group), and an accusation of crimes against a named person. Criticism of a policy or of
"the authorities", and describing how a group is treated, are neither.
"""

from __future__ import annotations

import re

from moderation.rules.context import ScreenContext
from moderation.rules.lexicon import (
    Match,
    compile_patterns,
    compile_terms,
    data_lines,
    dedupe,
    find,
    negated,
    phrases,
)
from moderation.rules.normalize import Normalized
from moderation.rules.types import Finding

_SENTENCE = re.compile(r"[^.!?\n。！？]+[.!?。！？]*")
# "treated like animals", "called them terrorists": describing mistreatment, not an attack.
_DESCRIBED = re.compile(
    r"\b(?:treat\w*|call\w*|label\w*|brand\w*|accus\w*|portray\w*|describ\w*|consider\w*|"
    r"dehumani[sz]\w*|as if|like|trait\w*|comme|qualifi\w*|tratad\w*|tratan|como si|llamad\w*|"
    r"обращ\w*|называ\w*|как с|يعامل\w*|ک?معامله|被当作|被當作|当成|當成|称为|稱為)\b"
)


def _in_sentence(view: Normalized) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(view.text)]


def _attacks(ctx: ScreenContext) -> list[Match]:
    view = ctx.folded
    text = view.text
    groups = list(_raw(compile_terms(data_lines("hate_groups.txt")), view))
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


def _raw(pattern: re.Pattern[str] | None, view: Normalized) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(view.text)]


def check_hate(ctx: ScreenContext) -> list[Finding]:
    """N04: generalising attacks on a group; accusing a named person of crimes."""
    findings = [
        ctx.finding(
            "N04",
            m.start,
            m.end,
            f"Letters must not attack a people, religion, gender or other group: {m.excerpt} (N04)",
        )
        for m in dedupe([*_attacks(ctx), *phrases("hate_phrases", ctx.folded)])
    ]
    for m in find(compile_patterns("defamation"), ctx.cased):
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
