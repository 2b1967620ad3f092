"""Factory functions for test data: ``make_case(**overrides)`` and friends."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from petitions.extensions import db
from petitions.models import Campaign, Case, CaseStatus, HolderKind, Petition, SuggestedMessage

_serial = itertools.count(1)


def make_campaign(**overrides: Any) -> Campaign:
    n = next(_serial)
    values: dict[str, Any] = {"slug": f"campaign-{n}", "name": f"Campaign {n}"}
    values.update(overrides)
    campaign = Campaign(**values)
    db.session.add(campaign)
    db.session.commit()
    return campaign


def make_case(campaign: Campaign | None = None, petition: bool = True, **overrides: Any) -> Case:
    """A case (with a petition unless ``petition=False``), committed."""
    campaign = campaign or make_campaign()
    n = next(_serial)
    values: dict[str, Any] = {
        "campaign_id": campaign.id,
        "slug": f"case-{n}",
        "rights_holder": f"Rights Holder {n}",
        "holder_kind": HolderKind.PERSON,
        "country": "HK",
        "headline": "Jailed for a candle",
        "story": "First paragraph.\n\nSecond paragraph.",
        "languages": ["en", "zh"],
        "status": CaseStatus.OPEN,
        "position": n,
    }
    values.update(overrides)
    case = Case(**values)
    db.session.add(case)
    db.session.flush()
    db.session.add(SuggestedMessage(case_id=case.id, language="en", text="Stay strong."))
    if petition:
        make_petition(case, commit=False)
    db.session.commit()
    return case


def make_petition(case: Case, commit: bool = True, **overrides: Any) -> Petition:
    values: dict[str, Any] = {
        "case_id": case.id,
        "title": f"Free {case.rights_holder}",
        "addressee": "The Chief Executive",
        "text": "Release them now.",
        "target": 1000,
        "closes_on": date(2099, 12, 31),
    }
    values.update(overrides)
    petition = Petition(**values)
    db.session.add(petition)
    if commit:
        db.session.commit()
    return petition


def signer_form(**overrides: str) -> dict[str, str]:
    """A valid sign form's fields."""
    form = {
        "name": "Ann Lee",
        "email": "ann.lee@example.org",
        "place": "Leeds",
        "country": "GB",
        "consent": "y",
    }
    form.update(overrides)
    return form


PASSWORD = "correct horse battery staple"


def make_user(role: str = "moderator", email: str | None = None, **overrides: Any) -> Any:
    """A staff account with the test password, committed."""
    from petitions.models import Role
    from petitions.services.accounts import create_user

    n = next(_serial)
    return create_user(email or f"{role}{n}@staff.example", Role(role), password=PASSWORD)


def message_form(**overrides: str) -> dict[str, str]:
    """A valid message form's fields: a clean English message of support."""
    form = signer_form()
    form["text"] = "Dear friend, we think of you every day and we hope you are released soon."
    form.update(overrides)
    return form


def make_message(case: Case, status: str = "held", **overrides: Any) -> Any:
    """A stored message of support (default: held with an N05A finding), committed."""
    from moderation.models import Message, MessageStatus
    from moderation.services.history import index_message
    from petitions.database import utcnow
    from petitions.emails import canonical_email
    from petitions.services.confirmation import supporter_for

    n = next(_serial)
    email = overrides.pop("email", f"writer{n}@example.org")
    text = overrides.pop("text", f"Message number {n}: stay STRONG, we are with you.")
    at = text.find("STRONG")
    supporter_id, _ = supporter_for(email)
    values: dict[str, Any] = {
        "case_id": case.id,
        "supporter_id": supporter_id,
        "writer_key": canonical_email(email),
        "name": f"Writer {n}",
        "email": email,
        "place": "Leeds",
        "country": "GB",
        "text": text,
        "status": MessageStatus(status),
        "language": "en",
        "rules": ["N05A"],
        "findings": [
            {
                "code": "N05A",
                "field": "text",
                "start": at,
                "end": at + len("STRONG"),
                "excerpt": "STRONG",
                "explanation": "Please don't write words in capitals",
            }
        ]
        if at >= 0
        else [],
        "rulebook_version": "test",
        "consented_at": utcnow(),
        "confirmed_at": utcnow(),
    }
    values.update(overrides)
    message = Message(**values)
    db.session.add(message)
    index_message(message)
    db.session.commit()
    return message
