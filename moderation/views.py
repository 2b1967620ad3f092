"""The moderators' workspace: the queue, decisions, writers, and the audit trail."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import sqlalchemy as sa
from flask import Blueprint, flash, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext
from flask_login import current_user

from moderation import rulebook
from moderation.forms import BanForm, BulkForm, DecisionForm, PageApprovalForm
from moderation.models import Ban, Decision, Message
from moderation.services import queue
from moderation.services.figures import rule_figures
from moderation.services.queue import DecideResult, QueueFilter
from petitions.auth import protect
from petitions.extensions import db, limiter
from petitions.models import Case, Role, User

bp = protect(Blueprint("moderation", __name__, url_prefix="/moderation"), Role.MODERATOR)

# Rules a moderator rejects held messages for most, in the order of the keys 1 to 9.
SHORTCUT_CODES = ("N04", "N06", "N07", "N08", "N09", "N02", "N11B", "N12", "N13")

RESULT_MESSAGES = {
    DecideResult.DONE: None,
    DecideResult.ALREADY_DECIDED: _l("This message was already decided by someone else."),
    DecideResult.CLAIMED: _l("Another moderator is working on this message."),
    DecideResult.NEEDS_REASON: _l("Choose at least one rule as the reason to reject."),
    DecideResult.UNKNOWN: _l("Unknown message or action."),
}


def wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


def queue_filter() -> QueueFilter:
    args = request.args
    return QueueFilter(
        queue=args.get("queue", "held") if args.get("queue") in queue.QUEUES else "held",
        case_id=args.get("case", type=int),
        language=(args.get("language") or None),
        rule=args.get("rule") if args.get("rule") in rulebook.RULE_CODES else None,
    )


@bp.get("/", endpoint="queue")
def queue_view() -> ResponseReturnValue:
    f = queue_filter()
    after = request.args.get("after", 0, type=int)
    messages = queue.queue_page(current_user.id, f, after_id=after)
    # The fast lane: under the held messages, a page of clean ones to approve at a glance.
    fast, clean_after = [], request.args.get("clean_after", 0, type=int)
    if f.queue == "held":
        fast = queue.queue_page(
            current_user.id,
            replace(f, queue="clean"),
            after_id=clean_after,
            limit=queue.FAST_LANE_PAGE,
        )
    records = queue.writer_records([m.writer_key for m in [*messages, *fast]])
    cases = db.session.scalars(sa.select(Case).order_by(Case.position)).all()
    return render_template(
        "moderation/queue.html",
        messages=messages,
        records=records,
        f=f,
        cases=cases,
        after=after,
        next_after=messages[-1].id if len(messages) == queue.PAGE_SIZE else None,
        decision_form=DecisionForm(),
        bulk_form=BulkForm(),
        rule_titles=rulebook.RULE_TITLES,
        decidable=f.status in queue.DECIDABLE,
        shortcut_codes=SHORTCUT_CODES,
        fast=fast,
        fast_lane=f.queue == "held",
        clean_after=clean_after,
        next_clean_after=fast[-1].id if len(fast) == queue.FAST_LANE_PAGE else None,
        page_form=PageApprovalForm(),
        undoable_page=queue.undoable_batch(current_user),
    )


@bp.get("/messages/<int:message_id>")
def message(message_id: int) -> ResponseReturnValue:
    msg = db.get_or_404(Message, message_id)
    mine = queue.claim(msg.id, current_user.id)
    decisions = db.session.scalars(
        sa.select(Decision).where(Decision.message_id == msg.id).order_by(Decision.id)
    ).all()
    actors = _actors(d.actor_id for d in decisions)
    return render_template(
        "moderation/message.html",
        m=msg,
        decisions=decisions,
        actors=actors,
        claimed_by_other=not mine and msg.status in queue.DECIDABLE,
        decision_form=DecisionForm(),
        rule_titles=rulebook.RULE_TITLES,
        records=queue.writer_records([msg.writer_key]),
    )


@bp.post("/messages/<int:message_id>/decision")
@limiter.limit("600 per minute")
def decision(message_id: int) -> ResponseReturnValue:
    form = DecisionForm()
    if not form.validate_on_submit():
        result = DecideResult.UNKNOWN
    else:
        result = queue.decide(
            message_id, current_user, form.decision.data, form.reasons.data, form.note.data or ""
        )
    return _decided(result, status=200 if result is DecideResult.DONE else 409)


@bp.post("/bulk")
@limiter.limit("60 per minute")
def bulk() -> ResponseReturnValue:
    form = BulkForm()
    if not form.validate_on_submit():
        flash(_("Choose messages and an action."), "error")
        return redirect(request.referrer or url_for("moderation.queue"))
    outcome = queue.decide_many(
        form.message.data, current_user, form.decision.data, form.reasons.data, form.note.data
    )
    done = outcome.get(DecideResult.DONE, 0)
    flash(_("%(done)s messages decided.", done=done), "info")
    for result, n in outcome.items():
        if result is not DecideResult.DONE and RESULT_MESSAGES[result]:
            flash(f"{n}: {RESULT_MESSAGES[result]}", "error")
    return redirect(request.referrer or url_for("moderation.queue"))


@bp.post("/fast-lane/approve")
@limiter.limit("60 per minute")
def approve_page() -> ResponseReturnValue:
    """The fast lane's button: approve the clean messages shown on the page (ids posted)."""
    form = PageApprovalForm()
    if not form.validate_on_submit():
        flash(_("Nothing to approve on this page."), "error")
        return redirect(request.referrer or url_for("moderation.queue"))
    result = queue.approve_page(form.message.data, current_user)
    approved = len(result.approved)
    flash(ngettext("%(num)s message approved.", "%(num)s messages approved.", approved), "info")
    if result.skipped:
        flash(
            _(
                "%(n)s skipped: someone else decided or opened them meanwhile.",
                n=result.skipped,
            ),
            "error",
        )
    return redirect(request.referrer or url_for("moderation.queue"))


@bp.post("/undo")
@limiter.limit("120 per minute")
def undo() -> ResponseReturnValue:
    undone = queue.undo_last(current_user)
    if wants_json():
        if not undone:
            return jsonify(ok=False, error=_("Nothing to undo.")), 409
        return jsonify(
            ok=True,
            message_id=undone[0].id,
            message_ids=[m.id for m in undone],
            status=undone[0].status.value,
        )
    if not undone:
        flash(_("Nothing to undo."), "error")
    elif len(undone) == 1:
        flash(_("Decision undone."), "info")
    else:
        flash(_("%(n)s decisions undone.", n=len(undone)), "info")
    return redirect(request.referrer or url_for("moderation.queue"))


@bp.get("/writers/<int:message_id>")
def writer(message_id: int) -> ResponseReturnValue:
    """A writer's history, reached from one of their messages (the e-mail shows here only)."""
    msg = db.get_or_404(Message, message_id)
    messages = db.session.scalars(
        sa.select(Message).where(Message.writer_key == msg.writer_key).order_by(Message.id.desc())
    ).all()
    ban = db.session.scalars(sa.select(Ban).where(Ban.writer_key == msg.writer_key)).first()
    return render_template(
        "moderation/writer.html", m=msg, messages=messages, ban=ban, ban_form=BanForm()
    )


@bp.post("/writers/<int:message_id>/ban")
@limiter.limit("60 per minute")
def ban(message_id: int) -> ResponseReturnValue:
    msg = db.get_or_404(Message, message_id)
    form = BanForm()
    if form.validate_on_submit():
        if form.lift.data:
            queue.lift_ban(msg.writer_key)
            flash(_("Ban lifted."), "info")
        elif queue.ban_writer(msg.writer_key, current_user, form.reason.data or ""):
            flash(_("Writer banned: their new messages will be held."), "info")
    return redirect(url_for("moderation.writer", message_id=message_id))


@bp.get("/moderators/<int:user_id>")
def moderator(user_id: int) -> ResponseReturnValue:
    person = db.get_or_404(User, user_id)
    before = request.args.get("before", type=int)
    query = sa.select(Decision).where(Decision.actor_id == person.id)
    if before:
        query = query.where(Decision.id < before)
    decisions = db.session.scalars(query.order_by(Decision.id.desc()).limit(50)).all()
    return render_template("moderation/moderator.html", person=person, decisions=decisions)


@bp.get("/rules")
def rule_stats() -> ResponseReturnValue:
    return render_template(
        "moderation/rules.html", figures=rule_figures(), rule_titles=rulebook.RULE_TITLES
    )


def _decided(result: DecideResult, status: int) -> ResponseReturnValue:
    error = RESULT_MESSAGES[result]
    if wants_json():
        return jsonify(ok=error is None, result=result.value, error=error and str(error)), status
    if error:
        flash(str(error), "error")
    else:
        flash(_("Decision saved."), "info")
    return redirect(request.referrer or url_for("moderation.queue"))


def _actors(ids: Iterable[int | None]) -> dict[int, User]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return {u.id: u for u in db.session.scalars(sa.select(User).where(User.id.in_(wanted)))}
