"""Plain value types shared by the engine, its rules and its callers."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Every screening records the version of the rule book it was made under (netiquette rule 16).
# Bump it whenever a rule, a word list or a threshold changes what a message gets.
RULEBOOK_VERSION = "2026.7"


class Decision(enum.Enum):
    """The outcome of a screening; stored by value."""

    APPROVE = "approve"
    HOLD = "hold"
    REJECT = "reject"


@dataclass(frozen=True, slots=True)
class Submission:
    """What a writer sent: the form's fields, nothing else."""

    author_name: str
    author_email: str
    place: str
    text: str


@dataclass(frozen=True, slots=True)
class CaseRules:
    """What the rules need to know about the case a message is written to."""

    slug: str
    name: str
    languages: tuple[str, ...] = ("en",)
    suggested_messages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CampaignRules:
    """Settings staff change for the whole campaign (defaults in ``data/``)."""

    link_allowlist: tuple[str, ...] = ()
    protected_names: tuple[str, ...] = ()
    extra_vulgar_words: tuple[str, ...] = ()
    # Every language any case of the campaign accepts: language identification is built once
    # over this set so that one detector serves all cases.
    campaign_languages: tuple[str, ...] = ()
    # The statistical reading (statistical.py) after the rules: on in service; the rules' own
    # tests switch it off to see what the rules alone decide.
    statistical_reading: bool = True


@dataclass(frozen=True, slots=True)
class Finding:
    """One breach: which rule, where in the writer's original text, and why.

    ``start``/``end`` are offsets into the original field named by ``field`` (``"text"``,
    ``"name"`` or ``"place"``); ``excerpt`` is exactly ``original[start:end]``.
    """

    code: str
    start: int
    end: int
    excerpt: str
    explanation: str
    field: str = "text"

    def to_json(self) -> dict[str, Any]:
        """The finding as a JSON-ready dict."""
        return {
            "code": self.code,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "explanation": self.explanation,
        }


@dataclass(frozen=True, slots=True)
class Screening:
    """The result of screening one submission."""

    decision: Decision
    findings: list[Finding] = field(default_factory=list)
    language: str | None = None
    rulebook_version: str = RULEBOOK_VERSION

    @property
    def rules(self) -> list[str]:
        """Sorted unique rule codes that fired."""
        return sorted({f.code for f in self.findings})

    def to_json(self) -> dict[str, Any]:
        """The screening as a JSON-ready dict for storage."""
        return {
            "decision": self.decision.value,
            "rules": self.rules,
            "findings": [f.to_json() for f in self.findings],
            "language": self.language,
            "rulebook_version": self.rulebook_version,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Screening:
        """Rebuild a screening stored with :meth:`to_json`."""
        return cls(
            decision=Decision(data["decision"]),
            findings=[Finding(**f) for f in data.get("findings", [])],
            language=data.get("language"),
            rulebook_version=data.get("rulebook_version", RULEBOOK_VERSION),
        )
