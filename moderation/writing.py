"""Public routes for messages of support: write, check as you type, thank you."""

from __future__ import annotations

from babel import Locale
from babel.lists import format_list
from flask import Blueprint, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import get_locale
from flask_babel import gettext as _

from moderation.forms import TEXT_MAX, MessageForm
from moderation.services.messages import WriteResult, check_draft, submit_message
from petitions.extensions import csrf, limiter
from petitions.models import Case
from petitions.views import case_or_404, per_address, public_post, render_case

bp = Blueprint("writing", __name__)


@bp.post("/cases/<slug>/messages")
@public_post
@per_address
def write(slug: str) -> ResponseReturnValue:
    case = case_or_404(slug)
    form = MessageForm()
    if not form.validate_on_submit():
        return render_case(case, status=422, message_form=form)
    outcome = submit_message(case.id, form.person(str(get_locale() or "en")), form.text.data)
    if outcome.result is WriteResult.REJECTED:
        return render_case(case, status=422, message_form=form, findings=outcome.findings)
    return redirect(url_for("writing.written", slug=slug, result=outcome.result.value))


@bp.get("/cases/<slug>/messages/sent")
def written(slug: str) -> ResponseReturnValue:
    case = case_or_404(slug)
    result = request.args.get("result", "pending")
    return render_template("moderation/written.html", case=case, result=result)


@bp.post("/cases/<slug>/messages/check")
@limiter.limit("60 per minute")
@csrf.exempt
def check(slug: str) -> ResponseReturnValue:
    """Live feedback as the writer types: the same engine, nothing stored.

    Exempt from CSRF because it changes nothing and returns only what the
    caller sent it; it is rate-limited like every POST.
    """
    case = case_or_404(slug)
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        data = {}  # a list, a string, a number: nothing to check
    text = data.get("text") if isinstance(data.get("text"), str) else ""
    draft = check_draft(
        case.id,
        text=text[: TEXT_MAX * 2],
        name=str(data.get("name") or "")[:200],
        place=str(data.get("place") or "")[:200],
    )
    return jsonify(
        findings=[f.to_json() for f in draft.findings],
        hints=[{"code": code, "message": hint_text(code, case)} for code in draft.hints],
        max=TEXT_MAX,
    )


def hint_text(code: str, case: Case) -> str:
    """A hint in the writer's interface language; only N09 (language) is a hint today."""
    locale = get_locale() or Locale("en")
    names = [locale.languages.get(lang, lang) for lang in case.languages]
    return _(
        "This does not look like a language %(holder)s reads (%(languages)s). You can still "
        "send it: a moderator will read it first.",
        holder=case.rights_holder,
        languages=format_list(names, locale=locale) if names else "-",
    )
