"""Staff settings of the screening: the campaign's lists and whether clean messages wait."""

from __future__ import annotations

import sqlalchemy as sa
from babel.numbers import format_percent
from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectChoice, SelectField, StringField
from wtforms.validators import DataRequired, Length

from moderation.miss_rate import MEASURED_ON_LETTERS, MISS_RATE
from moderation.models import ScreeningList
from moderation.rules import default_campaign_rules
from moderation.services import review
from moderation.services.context import LIST_KINDS, forget_campaign_rules
from petitions.auth import protect
from petitions.extensions import db, limiter
from petitions.forms import ButtonForm, no_control_characters
from petitions.models import Role
from petitions.text import clean_line
from petitions.views import current_campaign

bp = protect(Blueprint("screening", __name__, url_prefix="/staff/screening"), Role.STAFF)

KIND_LABELS = {
    "link_allowlist": _l("Allowed link domains"),
    "protected_name": _l("Protected names (impersonation)"),
    "vulgar_word": _l("Extra vulgar words"),
}


class ListValueForm(FlaskForm):
    kind = SelectField(_l("List"), choices=[SelectChoice(k, v) for k, v in KIND_LABELS.items()])
    value = StringField(
        _l("Value"),
        filters=[clean_line],
        validators=[DataRequired(), Length(max=300), no_control_characters],
    )


class ReviewForm(FlaskForm):
    """A human reads every message unless staff choose auto-approval, explicitly."""

    clean_messages = RadioField(
        _l("Messages the automatic screening finds clean"),
        choices=[
            SelectChoice("review", _l("Wait for a human in the fast lane (recommended)")),
            SelectChoice(
                "auto", _l("Auto-approval: delivered without a human reading them (opt-in)")
            ),
        ],
        validators=[DataRequired()],
    )


def miss_rate_sentence() -> str:
    """The engine's measured miss rate, in the staff member's language."""
    return _(
        "The automatic screening misses some messages: measured on %(letters)s letters, it "
        "approved %(rate)s of the messages that needed a human. With auto-approval on, those "
        "are delivered without anyone reading them.",
        letters=MEASURED_ON_LETTERS,
        # The locale's own percent pattern, keeping the measured decimal (9.7 %, not 10 %).
        rate=format_percent(MISS_RATE, locale=get_locale() or "en", decimal_quantization=False),
    )


@bp.get("/")
def index() -> ResponseReturnValue:
    campaign = current_campaign()
    values = (
        db.session.scalars(
            sa.select(ScreeningList)
            .where(ScreeningList.campaign_id == campaign.id)
            .order_by(ScreeningList.kind, ScreeningList.value)
        ).all()
        if campaign
        else []
    )
    return render_template(
        "moderation/settings.html",
        campaign=campaign,
        values=values,
        defaults=default_campaign_rules(),
        labels=KIND_LABELS,
        add_form=ListValueForm(),
        review_form=ReviewForm(
            clean_messages="review"
            if campaign is None or campaign.review_clean_messages
            else "auto"
        ),
        miss_rate=miss_rate_sentence(),
        remove_form=ButtonForm(),
    )


@bp.post("/values")
@limiter.limit("60 per minute")
def add_value() -> ResponseReturnValue:
    form = ListValueForm()
    campaign = current_campaign()
    if campaign is None or not form.validate_on_submit() or form.kind.data not in LIST_KINDS:
        flash(_("Please choose a list and give a value."), "error")
        return redirect(url_for("screening.index"))
    exists = db.session.scalar(
        sa.select(ScreeningList.id).where(
            ScreeningList.campaign_id == campaign.id,
            ScreeningList.kind == form.kind.data,
            ScreeningList.value == form.value.data,
        )
    )
    if not exists:
        db.session.add(
            ScreeningList(campaign_id=campaign.id, kind=form.kind.data, value=form.value.data)
        )
        db.session.commit()
        forget_campaign_rules()
    flash(_("Added. New screenings use it within a few seconds."), "info")
    return redirect(url_for("screening.index"))


@bp.post("/values/<int:value_id>/remove")
@limiter.limit("60 per minute")
def remove_value(value_id: int) -> ResponseReturnValue:
    if ButtonForm().validate_on_submit():
        db.session.execute(sa.delete(ScreeningList).where(ScreeningList.id == value_id))
        db.session.commit()
        forget_campaign_rules()
        flash(_("Removed."), "info")
    return redirect(url_for("screening.index"))


@bp.post("/review")
@limiter.limit("30 per minute")
def set_review() -> ResponseReturnValue:
    form = ReviewForm()
    campaign = current_campaign()
    if campaign is None or not form.validate_on_submit():
        flash(_("Please choose what happens to clean messages."), "error")
        return redirect(url_for("screening.index"))
    wait = form.clean_messages.data == "review"
    review.set_review(campaign.id, wait, current_user.id)
    if wait:
        flash(_("Saved: a human reads every message before delivery."), "info")
    else:
        flash(_("Saved: clean messages are now approved without a human."), "info")
    return redirect(url_for("screening.index"))
