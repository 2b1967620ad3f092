"""Whether a human reads every message: the campaigns' review setting, cheap to ask often.

The footer of every page states it, so the answer comes from a per-process cache
(the same few seconds as the screening lists) and is forgotten when this process
changes the setting.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa
from flask import current_app

from petitions.extensions import db
from petitions.models import Campaign
from petitions.ttl_cache import TTLCache

log = logging.getLogger(__name__)

_review_cache: TTLCache[dict[int, bool]] = TTLCache()


def review_settings() -> dict[int, bool]:
    """Each campaign's id and whether its clean messages wait for a human."""
    ttl = current_app.config["SCREENING_LISTS_CACHE_SECONDS"]
    return _review_cache.get("all", ttl, _load)


def _load() -> dict[int, bool]:
    rows = db.session.execute(sa.select(Campaign.id, Campaign.review_clean_messages)).all()
    return {campaign_id: bool(review) for campaign_id, review in rows}


def auto_approval_in_view(subject: object = None) -> bool:
    """Whether messages may be delivered unread where the visitor is.

    ``subject`` is the case or campaign the page shows: its campaign decides.
    A page about no campaign in particular speaks for all of them.
    """
    try:
        settings = review_settings()
    except sa.exc.SQLAlchemyError:
        # An error page while the database is away: make no promise that cannot be checked.
        db.session.rollback()
        log.warning("review settings unavailable; the footer makes no promise")
        return True
    if subject is not None:
        campaign_id = getattr(subject, "campaign_id", None)
        if campaign_id is None and isinstance(subject, Campaign):
            campaign_id = subject.id
        if campaign_id in settings:
            return not settings[campaign_id]
    return not all(settings.values())


def set_review(campaign_id: int, review: bool, actor_id: int) -> bool:
    """Staff choose whether clean messages wait for a human; logged with who and what.

    Returns whether anything changed.
    """
    campaign = db.session.get(Campaign, campaign_id)
    if campaign is None or campaign.review_clean_messages == review:
        return False
    db.session.execute(
        sa.update(Campaign).where(Campaign.id == campaign_id).values(review_clean_messages=review)
    )
    db.session.commit()
    _review_cache.clear()
    log.info(
        "campaign %s: clean messages %s by user %s",
        campaign_id,
        "wait for a human" if review else "auto-approved",
        actor_id,
    )
    return True
