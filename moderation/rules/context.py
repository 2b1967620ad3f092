"""What one screening works on: the submission, its case and campaign, and shared views."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from moderation.rules.history import History
from moderation.rules.normalize import Normalized, normalize
from moderation.rules.types import CampaignRules, CaseRules, Finding, Submission

_NAME_SPLIT = re.compile(r"\s*(?:,|&|\+|\band\b|\bet\b|\by\b|\bи\b|\bو\b|、|和)\s*", re.IGNORECASE)


@dataclass
class ScreenContext:
    """Inputs of one screening with lazily built, shared normalised views of the text."""

    submission: Submission
    case: CaseRules
    campaign: CampaignRules
    history: History | None = None
    writer_key: str = ""
    # Set by the language rule for the screening result.
    language: str | None = field(default=None)

    @property
    def text(self) -> str:
        """The writer's original message text."""
        return self.submission.text

    @cached_property
    def folded(self) -> Normalized:
        """Case-folded, accent-free view of the text with look-alike letters folded."""
        return normalize(self.submission.text)

    @cached_property
    def cased(self) -> Normalized:
        """Like :attr:`folded` but keeping capitals, for rules that look for proper names."""
        return normalize(self.submission.text, keep_case=True)

    @cached_property
    def leet(self) -> Normalized:
        """Like :attr:`folded`, with leetspeak digits and symbols read as letters."""
        return normalize(self.submission.text, leet=True)

    @cached_property
    def rights_holders(self) -> tuple[str, ...]:
        """The people the case is about, split out of the case's name."""
        return tuple(p for p in _NAME_SPLIT.split(self.case.name) if p.strip())

    @cached_property
    def case_name_words(self) -> frozenset[str]:
        """Folded words of the rights holders' names (surnames in capitals are no shouting)."""
        words: set[str] = set()
        for name in (*self.rights_holders, *self.campaign.protected_names):
            words.update(re.findall(r"[^\W\d_]+", normalize(name).text))
        return frozenset(words)

    def finding(self, code: str, start: int, end: int, explanation: str) -> Finding:
        """A finding on the message text, with the excerpt taken from the original."""
        return Finding(code, start, end, self.text[start:end], explanation, "text")
