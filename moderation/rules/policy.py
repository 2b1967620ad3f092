"""The policy step: all findings in, one decision out (hold beats reject beats approve)."""

from __future__ import annotations

from collections.abc import Iterable

from moderation.rules.types import Decision, Finding

# What each rule asks for: "reject" for mechanical breaches the writer can fix on the form,
# "hold" for anything that needs human judgement (netiquette.md).
RULE_DECISIONS: dict[str, Decision] = {
    "N01": Decision.REJECT,
    "N02": Decision.HOLD,
    "N04": Decision.HOLD,
    "N05A": Decision.REJECT,
    "N05B": Decision.REJECT,
    "N06": Decision.REJECT,
    "N07": Decision.HOLD,
    "N08": Decision.HOLD,
    "N09": Decision.HOLD,
    "N10": Decision.REJECT,
    "N11A": Decision.REJECT,
    "N11B": Decision.HOLD,
    "N12": Decision.HOLD,
    "N13": Decision.HOLD,
}
_RANK = {Decision.APPROVE: 0, Decision.REJECT: 1, Decision.HOLD: 2}


def decide(findings: Iterable[Finding]) -> Decision:
    """Combine findings: hold if any rule holds, else reject if any rejects, else approve.

    An unknown rule code holds: a human should see what the policy does not know.
    """
    decision = Decision.APPROVE
    for finding in findings:
        wanted = RULE_DECISIONS.get(finding.code, Decision.HOLD)
        if _RANK[wanted] > _RANK[decision]:
            decision = wanted
    return decision
