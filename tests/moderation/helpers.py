"""Helpers for the screening engine's tests: a campaign and a few cases, no Flask."""

from __future__ import annotations

from moderation.rules import (
    CampaignRules,
    CaseRules,
    History,
    Screening,
    Submission,
    default_campaign_rules,
    screen,
)

CAMPAIGN = CampaignRules(
    link_allowlist=("amnesty.org", "amnistie.ca", "ohchr.org", "un.org"),
    protected_names=("Amnesty International", "Agnès Callamard", "Chow Hang-tung", "鄒幸彤"),
    extra_vulgar_words=(),
    campaign_languages=("en", "fr", "es", "ru", "ar", "fa", "zh", "bn"),
    # These tests say what the rules decide; test_statistical.py tests the statistical reading.
    statistical_reading=False,
)

CASES = {
    "en": CaseRules(slug="ana", name="Ana Torres", languages=("en",)),
    "en-zh": CaseRules(
        slug="chow-hang-tung",
        name="Chow Hang-tung",
        languages=("en", "zh"),
        suggested_messages=("Chow, you are not alone. The world remembers, and so do we.",),
    ),
    "fr-en": CaseRules(slug="awa", name="Awa Koné", languages=("fr", "en")),
    "es-en": CaseRules(slug="luis", name="Luis Manuel Otero Alcántara", languages=("es", "en")),
    "ru-en": CaseRules(slug="sasha", name="Aleksandra Skochilenko", languages=("ru", "en")),
    "ar-fr-en": CaseRules(slug="nasser", name="Nasser Zefzafi", languages=("ar", "fr", "en")),
    "fa-en": CaseRules(slug="vahid", name="Vahid Afkari", languages=("fa", "en")),
    "bn-en": CaseRules(slug="shahnewaz", name="Shahnewaz Chowdhury", languages=("bn", "en")),
}


def case_in(language: str) -> CaseRules:
    """A case that accepts ``language`` alone."""
    return CaseRules(slug=f"only-{language}", name="Ana Torres", languages=(language,))


def run(
    text: str,
    case: str | CaseRules = "en",
    *,
    name: str = "Jane Porter",
    email: str = "jane.porter@example.org",
    place: str = "Leeds",
    history: History | None = None,
    campaign: CampaignRules | None = None,
) -> Screening:
    """Screen one message to one of the test cases (a key of CASES) or to ``case`` itself."""
    return screen(
        Submission(author_name=name, author_email=email, place=place, text=text),
        case=CASES[case] if isinstance(case, str) else case,
        campaign=campaign or CAMPAIGN,
        history=history,
    )


def codes(text: str, case: str | CaseRules = "en", **kwargs: object) -> list[str]:
    """The rule codes that fire for a message."""
    return run(text, case, **kwargs).rules  # type: ignore[arg-type]


__all__ = [
    "CAMPAIGN",
    "CASES",
    "Submission",
    "case_in",
    "codes",
    "default_campaign_rules",
    "run",
]
