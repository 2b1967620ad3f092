"""Loading campaign content from a JSON file (the demo campaign ships as one)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from petitions.extensions import db
from petitions.models import Campaign, Case, HolderKind, Petition, SuggestedMessage

DEMO_FILE = Path(__file__).resolve().parent.parent / "data" / "demo_campaign.json"


@dataclass(frozen=True)
class LoadReport:
    campaign: str
    created: int
    updated: int


def load_campaign(path: Path = DEMO_FILE) -> LoadReport:
    """Create or update a campaign, its cases and petitions from a JSON file.

    Idempotent: matched on slugs, so running it again updates texts in place
    and never touches signatures, messages or counters.
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    meta = data["campaign"]
    campaign = db.session.scalars(sa.select(Campaign).where(Campaign.slug == meta["slug"])).first()
    if campaign is None:
        campaign = Campaign(slug=meta["slug"])
        db.session.add(campaign)
    campaign.name = meta["name"]
    campaign.tagline = meta.get("tagline", "")
    campaign.intro = meta.get("intro", "")
    db.session.flush()
    created = updated = 0
    for position, item in enumerate(data["cases"]):
        case = db.session.scalars(sa.select(Case).where(Case.slug == item["slug"])).first()
        if case is None:
            case = Case(slug=item["slug"], campaign_id=campaign.id)
            db.session.add(case)
            created += 1
        else:
            updated += 1
        _fill_case(case, item, position)
        db.session.flush()
        _fill_petition(case, item["petition"])
        _fill_suggestions(case, item.get("suggested_messages", []))
    db.session.commit()
    return LoadReport(campaign=campaign.slug, created=created, updated=updated)


def _fill_case(case: Case, item: dict[str, Any], position: int) -> None:
    case.rights_holder = item["rights_holder"]
    case.holder_kind = HolderKind(item.get("holder_kind", "person"))
    case.country = item["country"]
    case.headline = item.get("headline", "")
    case.story = "\n\n".join(item.get("story", []))
    case.languages = list(item["languages"])
    case.position = position


def _fill_petition(case: Case, item: dict[str, Any]) -> None:
    petition = db.session.scalars(sa.select(Petition).where(Petition.case_id == case.id)).first()
    if petition is None:
        petition = Petition(case_id=case.id)
        db.session.add(petition)
    petition.title = item["title"]
    petition.addressee = item["addressee"]
    petition.text = item["text"]
    petition.target = item.get("target")
    closes = item.get("closes_on")
    petition.closes_on = date.fromisoformat(closes) if closes else None


def _fill_suggestions(case: Case, items: list[dict[str, str]]) -> None:
    wanted = [(s["language"], s["text"]) for s in items]
    existing = db.session.scalars(
        sa.select(SuggestedMessage).where(SuggestedMessage.case_id == case.id)
    ).all()
    if [(s.language, s.text) for s in existing] == wanted:
        return
    for suggestion in existing:
        db.session.delete(suggestion)
    for language, text in wanted:
        db.session.add(SuggestedMessage(case_id=case.id, language=language, text=text))
