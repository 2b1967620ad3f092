"""N07: no threats, insults or harassment."""

from __future__ import annotations

from functools import cache

from moderation.rules.context import ScreenContext
from moderation.rules.datafiles import terms
from moderation.rules.normalize import Normalized
from moderation.rules.phrase_index import phrases
from moderation.rules.termpatterns import Match, TermPattern, compile_terms, dedupe, find
from moderation.rules.types import Finding


@cache
def _insult_terms() -> TermPattern | None:
    # Cached here, not only in compile_terms: its cache would hash the ~1,150 terms' tuple on
    # every letter.
    return compile_terms(terms("insults_"))


def _views(ctx: ScreenContext) -> tuple[Normalized, ...]:
    """The folded text, and its leetspeak reading when it differs ("a piece of sh!t")."""
    return (ctx.folded,) if ctx.leet is ctx.folded else (ctx.folded, ctx.leet)


def check_threats(ctx: ScreenContext) -> list[Finding]:
    """N07: threats and wishes of violence against anyone, and insults.

    Threats (threats_*.re): wishes of harm, also as curses without "kill" or "die" ("I hope the
    judge chokes on his verdict"), retaliation in kind, veiled threats (an official's address,
    "he will pay dearly", "their turn will come"), violence the writer intends. Insults
    (insults_*.txt anywhere, insults_*.re said of someone): name-calling and metaphors ("the
    judge is a donkey", "you brainless girl") and harassment of the recipient ("you brought
    this on yourself"). A negated clause does not count ("no one deserves to suffer").
    """
    views = _views(ctx)
    threats: list[Match] = []
    insults: list[Match] = []
    words = _insult_terms()
    for view in views:
        threats.extend(phrases("threats_", view))
        insults.extend(find(words, view))
        insults.extend(phrases("insults_", view))
    findings = [
        ctx.finding(
            "N07",
            m.start,
            m.end,
            f"Letters must not threaten or wish harm to anyone: {m.excerpt} (N07)",
        )
        for m in dedupe(threats)
    ]
    findings.extend(
        ctx.finding("N07", m.start, m.end, f"Please don't insult anyone: {m.excerpt} (N07)")
        for m in dedupe(insults)
    )
    return findings
