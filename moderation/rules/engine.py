"""Screening: run every rule family over a submission, then the policy step."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from moderation.rules.advertising import check_advertising
from moderation.rules.context import ScreenContext
from moderation.rules.datafiles import data_lines
from moderation.rules.formatting import check_attachments, check_formatting
from moderation.rules.hate import check_hate
from moderation.rules.history import History, canonical_writer_key
from moderation.rules.judgement import check_frames, reread_pattern_findings
from moderation.rules.language import check_language
from moderation.rules.links import check_links
from moderation.rules.names import check_impersonation, check_real_name
from moderation.rules.policy import decide
from moderation.rules.repeats import check_copies, check_repeats
from moderation.rules.risk import check_risk
from moderation.rules.shouting import check_shouting
from moderation.rules.statistical import check_statistical
from moderation.rules.threats import check_threats
from moderation.rules.types import CampaignRules, CaseRules, Finding, Screening, Submission
from moderation.rules.vulgarity import check_vulgarity

Rule = Callable[[ScreenContext], list[Finding]]

# Every pattern rule family, in rule-book order. Each returns all its findings; none stops the
# others. The compositional frames (judgement.py) run after them and read their findings again.
RULES: tuple[Rule, ...] = (
    check_real_name,  # N01
    check_impersonation,  # N02
    check_hate,  # N04
    check_shouting,  # N05A
    check_formatting,  # N05B
    check_vulgarity,  # N06
    check_threats,  # N07
    check_risk,  # N08
    check_language,  # N09
    check_repeats,  # N10
    check_attachments,  # N11A
    check_links,  # N11B
    check_copies,  # N12
    check_advertising,  # N13
)


def screen(
    submission: Submission,
    case: CaseRules,
    campaign: CampaignRules | None = None,
    history: History | None = None,
) -> Screening:
    """Screen one submission against the rule book.

    Pure: nothing is recorded. Once a message is accepted (not rejected) the caller records
    it, so that later messages see it as a repeat (N10) or a copy (N12):
    ``history.record(canonical_writer_key(submission.author_email), case.slug, text)``.
    Without a history, N10 and N12 are not checked.
    """
    ctx = ScreenContext(
        submission=submission,
        case=case,
        campaign=campaign if campaign is not None else default_campaign_rules(),
        history=history,
        writer_key=canonical_writer_key(submission.author_email),
    )
    findings: list[Finding] = []
    for rule in RULES:
        findings.extend(rule(ctx))
    # The pattern rules' judgement findings are read again in their clause, then the frames
    # add theirs (N04, N07, N08, N13).
    findings = reread_pattern_findings(ctx, findings)
    findings.extend(check_frames(ctx))
    if ctx.campaign.statistical_reading:
        spoken = [(f.start, f.end) for f in findings if f.field == "text"]
        findings.extend(check_statistical(ctx, spoken))
    findings = _without_repeats(findings)
    return Screening(decision=decide(findings), findings=findings, language=ctx.language)


def _without_repeats(findings: list[Finding]) -> list[Finding]:
    """Drop a finding lying inside an earlier one of the same rule (two families of one rule
    may see the same words)."""
    kept: list[Finding] = []
    for f in findings:
        if not any(
            k.code == f.code and k.field == f.field and k.start <= f.start and f.end <= k.end
            for k in kept
        ):
            kept.append(f)
    return kept


@cache
def default_campaign_rules() -> CampaignRules:
    """The campaign settings' defaults, from the data files (staff override them)."""
    return CampaignRules(
        link_allowlist=data_lines("link_allowlist.txt"),
        protected_names=data_lines("protected_names.txt"),
        extra_vulgar_words=(),
        campaign_languages=(),
    )
