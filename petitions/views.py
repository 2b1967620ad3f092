"""Public pages: the campaign, its cases, signing and confirming."""

from __future__ import annotations

import sqlalchemy as sa
from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import get_locale
from flask_babel import gettext as _

from petitions.emails import canonical_email
from petitions.extensions import address_key, db, limiter
from petitions.forms import ConfirmForm, SignForm
from petitions.models import Campaign, Case
from petitions.services.confirmation import (
    ConfirmResult,
    check_token,
    confirm_actions,
)
from petitions.services.counts import (
    Counts,
    campaign_totals,
    case_counts,
    counts_by_slug,
    counts_cache,
)
from petitions.services.signing import SignResult, sign_petition

bp = Blueprint("public", __name__)

# Forms of other packages shown on the case page (the message form), by name.
CASE_PAGE_FORMS: dict[str, type] = {}


def post_limit() -> str:
    return current_app.config["RATELIMIT_POST"]


def per_email_limit() -> str:
    return current_app.config["RATELIMIT_PER_EMAIL"]


def email_key() -> str:
    """Rate-limit key for the address being signed with (canonical form)."""
    return address_key("email", canonical_email(request.form.get("email", "")[:320]))


# One budget per client address for every public action (signing, writing, confirming) and
# one per e-mail address for signing and writing: a flood cannot spread itself over the forms.
public_post = limiter.shared_limit(post_limit, scope="public-post")
per_address = limiter.shared_limit(per_email_limit, scope="public-email", key_func=email_key)


def current_campaign() -> Campaign | None:
    return db.session.scalars(sa.select(Campaign).order_by(Campaign.id.desc())).first()


def case_or_404(slug: str) -> Case:
    case = db.session.scalars(sa.select(Case).where(Case.slug == slug)).first()
    if case is None:
        abort(404)
    return case


def render_case(case: Case, status: int = 200, **forms: object) -> ResponseReturnValue:
    """The case page, with any forms given (e.g. one with errors) and empty ones for the rest.

    The others get no form data: a message posted with errors must not fill the petition form.
    """
    forms.setdefault("sign_form", SignForm(formdata=None))
    for name, form_class in CASE_PAGE_FORMS.items():
        forms.setdefault(name, form_class(formdata=None))
    return render_template(
        "petitions/case.html", case=case, counts=case_counts(case), **forms
    ), status


@bp.get("/")
def index() -> ResponseReturnValue:
    campaign = current_campaign()
    cases = (
        db.session.scalars(
            sa.select(Case).where(Case.campaign_id == campaign.id).order_by(Case.position)
        ).all()
        if campaign
        else []
    )
    totals = campaign_totals(campaign.id) if campaign else None
    return render_template("petitions/index.html", campaign=campaign, cases=cases, totals=totals)


@bp.get("/cases/<slug>")
def case(slug: str) -> ResponseReturnValue:
    return render_case(case_or_404(slug))


@bp.post("/cases/<slug>/sign")
@public_post
@per_address
def sign(slug: str) -> ResponseReturnValue:
    case = case_or_404(slug)
    form = SignForm()
    if case.petition is None:
        abort(404)
    if not form.validate_on_submit():
        return render_case(case, status=422, sign_form=form)
    outcome = sign_petition(case.petition.id, form.person(str(get_locale() or "en")))
    if outcome.result is SignResult.CLOSED:
        flash(_("This petition is closed and no longer takes signatures."), "error")
        return redirect(url_for("public.case", slug=slug))
    # One page whatever happened: whether an address signed is told only to the address.
    return redirect(url_for("public.signed", slug=slug))


@bp.get("/cases/<slug>/signed")
def signed(slug: str) -> ResponseReturnValue:
    return render_template("petitions/signed.html", case=case_or_404(slug))


@bp.get("/confirm/<token>")
def confirm(token: str) -> ResponseReturnValue:
    state, actions = check_token(token)
    return render_template(
        "petitions/confirm.html",
        state=state.value,
        form=ConfirmForm(),
        token=token,
        actions=actions,
    ), (404 if state is ConfirmResult.INVALID else 200)


@bp.post("/confirm/<token>")
@public_post
def confirm_post(token: str) -> ResponseReturnValue:
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    outcome = confirm_actions(token)
    status = 404 if outcome.result is ConfirmResult.INVALID else 200
    return render_template(
        "petitions/confirmed.html", outcome=outcome, result=outcome.result.value
    ), status


def counts_response(counts: Counts) -> ResponseReturnValue:
    """Counts as JSON that browsers and proxies may cache for a few seconds."""
    response = jsonify(signatures=counts.signatures, messages=counts.messages)
    response.cache_control.public = True
    response.cache_control.max_age = current_app.config["COUNTS_CACHE_SECONDS"]
    response.add_etag()
    return response.make_conditional(request)


@bp.get("/api/v1/cases/<slug>/counts")
@limiter.exempt  # read-only and cached: skip the limiter's per-request bookkeeping
def counts(slug: str) -> ResponseReturnValue:
    ttl = current_app.config["COUNTS_PROCESS_CACHE_SECONDS"]
    found = counts_cache.get(f"case:{slug}", ttl, lambda: counts_by_slug(slug))
    if found is None:
        abort(404)
    return counts_response(found)


@bp.get("/api/v1/totals")
@limiter.exempt
def totals() -> ResponseReturnValue:
    def load() -> Counts:
        campaign = current_campaign()
        return campaign_totals(campaign.id) if campaign else Counts(0, 0)

    ttl = current_app.config["COUNTS_PROCESS_CACHE_SECONDS"]
    return counts_response(counts_cache.get("totals", ttl, load) or Counts(0, 0))
