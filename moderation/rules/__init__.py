"""The netiquette screening engine: text in, findings and a decision out.

Pure Python: no Flask, no database. The app, the worker, the form's live feedback, the CLI
check and the tests all call :func:`screen`::

    result = screen(Submission(...), case=CaseRules(...), campaign=CampaignRules(...),
                    history=history)
    result.decision  # Decision.APPROVE / HOLD / REJECT
"""

from moderation.rules.engine import RULES, default_campaign_rules, screen
from moderation.rules.history import (
    Fingerprint,
    History,
    MemoryHistory,
    canonical_writer_key,
    fingerprint,
    repeat_key,
)
from moderation.rules.policy import RULE_DECISIONS, decide
from moderation.rules.types import (
    RULEBOOK_VERSION,
    CampaignRules,
    CaseRules,
    Decision,
    Finding,
    Screening,
    Submission,
)

__all__ = [
    "RULEBOOK_VERSION",
    "RULES",
    "RULE_DECISIONS",
    "CampaignRules",
    "CaseRules",
    "Decision",
    "Finding",
    "Fingerprint",
    "History",
    "MemoryHistory",
    "Screening",
    "Submission",
    "canonical_writer_key",
    "decide",
    "default_campaign_rules",
    "fingerprint",
    "repeat_key",
    "screen",
]
