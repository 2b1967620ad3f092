"""Per-rule figures from moderators' decisions: which rules get overruled."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa

from moderation.models import Decision, Message, Verdict
from petitions.extensions import db


@dataclass(frozen=True)
class RuleFigure:
    code: str
    approved: int  # held by the rule, approved anyway by a moderator
    rejected: int

    @property
    def overruled(self) -> float:
        total = self.approved + self.rejected
        return self.approved / total if total else 0.0


def rule_figures() -> list[RuleFigure]:
    """For each rule code, how moderators decided the messages it had flagged."""
    rows = db.session.execute(
        sa.select(Message.rules, Decision.verdict)
        .join(Message, Message.id == Decision.message_id)
        .where(
            Decision.actor_id.is_not(None),
            Decision.verdict.in_([Verdict.APPROVE, Verdict.REJECT]),
        )
    ).all()
    approved: Counter[str] = Counter()
    rejected: Counter[str] = Counter()
    for codes, verdict in rows:
        target = approved if verdict is Verdict.APPROVE else rejected
        target.update(codes or [])
    codes = sorted(set(approved) | set(rejected))
    figures = [RuleFigure(code, approved[code], rejected[code]) for code in codes]
    return sorted(figures, key=lambda f: (-f.overruled, f.code))
