"""N08: nothing that could endanger a recipient whose mail is read by their jailers."""

from __future__ import annotations

from moderation.rules.context import ScreenContext
from moderation.rules.lexicon import phrases
from moderation.rules.types import Finding


def check_risk(ctx: ScreenContext) -> list[Finding]:
    """N08: calls to overthrow or attack the authorities, talk of escape, smuggling, weapons."""
    return [
        ctx.finding(
            "N08",
            m.start,
            m.end,
            "Prison staff read these letters first; this could put the recipient in danger, "
            f"so a moderator will check it: {m.excerpt} (N08)",
        )
        for m in phrases("risk_", ctx.folded)
    ]
