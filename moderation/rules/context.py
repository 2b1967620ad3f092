"""What one screening works on: the submission, its case and campaign, and shared views."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from moderation.rules.history import History, tokens
from moderation.rules.normalize import Normalized, normalize
from moderation.rules.respell import respell
from moderation.rules.types import CampaignRules, CaseRules, Finding, Submission

# A digit or symbol read as a letter sits inside a run of word characters and symbols (see
# normalize._apply_leet); ß folds differently with leetspeak. Anything else reads the same.
_MAYBE_LEET = re.compile(
    r"[0-9](?:[^\W\d]|[@$!|+€*])|(?:[^\W\d]|[@$!|+€*])[0-9]"
    r"|[^\W_][_@$!|+€*]*[@$!|+€][_@$!|+€*]*[^\W_]"
)
# Every match of _MAYBE_LEET holds an ASCII digit or one of these symbols: a text without any
# of them needs no regex scan (most letters).
_LEET_TRIGGER = re.compile(r"[0-9@$!|+€]")
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\+|\band\b|\bet\b|\by\b|\bи\b|\bو\b|、|和)\s*", re.IGNORECASE)


@lru_cache(maxsize=256)
def _split_names(name: str) -> tuple[str, ...]:
    return tuple(p for p in _NAME_SPLIT.split(name) if p.strip())


@lru_cache(maxsize=256)
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    words: set[str] = set()
    for name in names:
        words.update(re.findall(r"[^\W\d_]+", normalize(name).text))
    return frozenset(words)


@lru_cache(maxsize=4096)
def _respelled(
    text: str, languages: tuple[str, ...], extra: tuple[str, ...], names: frozenset[str]
) -> Normalized:
    """The respelled view of a text (remembered: identical letters are common at peak)."""
    return respell(_leet_view(text), languages, extra, names)


def _leet_view(text: str) -> Normalized:
    """The folded view, or its leetspeak reading when a character could stand for a letter (a
    digit or symbol between two word characters, or ß)."""
    folded = normalize(text)
    if "ß" not in text and (
        not _LEET_TRIGGER.search(folded.text) or not _MAYBE_LEET.search(folded.text)
    ):
        return folded
    return normalize(text, leet=True)


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
    # Analyses several rules share, built by the first that asks (see judgement.clauses_of).
    memo: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The writer's original message text."""
        return self.submission.text

    @cached_property
    def folded(self) -> Normalized:
        """Case-folded, accent-free view of the text with look-alike letters folded."""
        return normalize(self.submission.text)

    @cached_property
    def words(self) -> list[tuple[str, int, int]]:
        """Words of the folded text with their spans in the original (repeats, copies)."""
        return tokens(self.folded)

    @cached_property
    def cased(self) -> Normalized:
        """Like :attr:`folded` but keeping capitals, for rules that look for proper names."""
        return normalize(self.submission.text, keep_case=True)

    @cached_property
    def leet(self) -> Normalized:
        """Like :attr:`folded`, with leetspeak digits and symbols read as letters.

        The same object as :attr:`folded` when no character could stand for a letter (a digit
        or symbol between two word characters, or ß): rules then skip a second pass."""
        return _leet_view(self.submission.text)

    @cached_property
    def respelled(self) -> Normalized:
        """Like :attr:`leet`, with every word misspelt to dodge a listed term (vulgar words,
        slurs, insults) read as that term: "fuuuck", "fcuk", "fck", "f u c k", "sh it",
        "fuckoff" (as "fuck off"). Offsets map back to the original like every view: a
        respelled word maps, letter by letter, to the whole of what the writer typed.

        The same object as :attr:`leet` when nothing was respelled: rules then skip a pass.
        See :mod:`moderation.rules.respell` for what counts as a dodge."""
        return _respelled(
            self.submission.text,
            # A word ordinary in any language of the campaign is no dodge ("cono", cone, in
            # a Spanish letter to an English-only case is not "coon").
            (*self.case.languages, *self.campaign.campaign_languages),
            self.campaign.extra_vulgar_words,
            self.case_name_words,
        )

    @property
    def rights_holders(self) -> tuple[str, ...]:
        """The people the case is about, split out of the case's name."""
        return _split_names(self.case.name)

    @cached_property
    def case_name_words(self) -> frozenset[str]:
        """Folded words of the rights holders' and protected names."""
        return _name_words((*self.rights_holders, *self.campaign.protected_names))

    def finding(self, code: str, start: int, end: int, explanation: str) -> Finding:
        """A finding on the message text, with the excerpt taken from the original."""
        return Finding(code, start, end, self.text[start:end], explanation, "text")
