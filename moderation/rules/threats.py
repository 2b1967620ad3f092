"""N07: no threats, insults or harassment."""

from __future__ import annotations

from moderation.rules.context import ScreenContext
from moderation.rules.lexicon import compile_terms, dedupe, find, phrases, terms
from moderation.rules.types import Finding


def check_threats(ctx: ScreenContext) -> list[Finding]:
    """N07: threats and wishes of violence against anyone, and insults."""
    findings = [
        ctx.finding(
            "N07",
            m.start,
            m.end,
            f"Letters must not threaten or wish harm to anyone: {m.excerpt} (N07)",
        )
        for m in phrases("threats_", ctx.folded)
    ]
    # Insult words (insults_*.txt) anywhere; animal and dirt words said of people
    # (insults_*.re: "they are rats", "you pig"), unless negated ("we are not animals").
    insults = dedupe(
        [*find(compile_terms(terms("insults_")), ctx.folded), *phrases("insults_", ctx.folded)]
    )
    findings.extend(
        ctx.finding("N07", m.start, m.end, f"Please don't insult anyone: {m.excerpt} (N07)")
        for m in insults
    )
    return findings
