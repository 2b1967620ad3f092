"""What the engine needs, read from the database: the case, the campaign's lists."""

from __future__ import annotations

import sqlalchemy as sa
from flask import current_app

from moderation.models import ScreeningList
from moderation.rules import CampaignRules, CaseRules, default_campaign_rules
from petitions.extensions import db
from petitions.models import Case
from petitions.ttl_cache import TTLCache

# Kinds of staff-kept list values, and the CampaignRules field each extends.
LIST_KINDS = {
    "link_allowlist": "link_allowlist",
    "protected_name": "protected_names",
    "vulgar_word": "extra_vulgar_words",
}


def case_rules(case: Case) -> CaseRules:
    """The case as the engine sees it."""
    return CaseRules(
        slug=case.slug,
        name=case.rights_holder,
        languages=tuple(case.languages),
        suggested_messages=tuple(s.text for s in case.suggested_messages),
    )


# Every screening needs the campaign's lists, the live check as the writer types included;
# they change a few times a campaign. Each process reads them at most every few seconds
# (SCREENING_LISTS_CACHE_SECONDS) and forgets them when it changes them itself.
_rules_cache: TTLCache[CampaignRules] = TTLCache()


def campaign_rules(campaign_id: int) -> CampaignRules:
    """Defaults from the rule book's data files, extended by the lists staff keep.

    Every rights holder of the campaign is a protected name, and every language
    a case accepts is one the language identification considers.
    """
    ttl = current_app.config["SCREENING_LISTS_CACHE_SECONDS"]
    return _rules_cache.get(campaign_id, ttl, lambda: _load_campaign_rules(campaign_id))


def forget_campaign_rules() -> None:
    """Drop this process's copy of the lists (after staff changed them here)."""
    _rules_cache.clear()


def _load_campaign_rules(campaign_id: int) -> CampaignRules:
    defaults = default_campaign_rules()
    values: dict[str, list[str]] = {
        "link_allowlist": list(defaults.link_allowlist),
        "protected_names": list(defaults.protected_names),
        "extra_vulgar_words": list(defaults.extra_vulgar_words),
    }
    rows = db.session.execute(
        sa.select(ScreeningList.kind, ScreeningList.value).where(
            ScreeningList.campaign_id == campaign_id
        )
    ).all()
    for kind, value in rows:
        if kind in LIST_KINDS:
            values[LIST_KINDS[kind]].append(value)
    cases = db.session.execute(
        sa.select(Case.rights_holder, Case.languages).where(Case.campaign_id == campaign_id)
    ).all()
    values["protected_names"].extend(name for name, _ in cases)
    languages = sorted({code for _, codes in cases for code in codes})
    return CampaignRules(
        link_allowlist=tuple(dict.fromkeys(values["link_allowlist"])),
        protected_names=tuple(dict.fromkeys(values["protected_names"])),
        extra_vulgar_words=tuple(dict.fromkeys(values["extra_vulgar_words"])),
        campaign_languages=tuple(languages),
    )
