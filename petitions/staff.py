"""Staff pages of the core: the staff home and, for admins, the accounts."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Blueprint, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from petitions.auth import protect, requires
from petitions.extensions import db, limiter
from petitions.forms import ButtonForm, InviteForm
from petitions.models import Case, CaseStatus, Role, User
from petitions.queue import (
    MAX_ATTEMPTS,
    commit_and_dispatch,
    record_job,
    retry_now,
    troubled_jobs,
)
from petitions.services.accounts import AccountError, create_user, set_active, set_role

bp = protect(Blueprint("staff", __name__, url_prefix="/staff"), Role.STAFF)


@bp.get("/")
def index() -> ResponseReturnValue:
    return render_template("staff/index.html")


@bp.get("/cases")
def cases() -> ResponseReturnValue:
    rows = db.session.scalars(sa.select(Case).order_by(Case.position)).all()
    return render_template("staff/cases.html", cases=rows, action_form=ButtonForm())


@bp.post("/cases/<int:case_id>")
@limiter.limit("30 per minute")
def case_status(case_id: int) -> ResponseReturnValue:
    """Open or close a case and its petition (netiquette rule 15: at any time)."""
    form = ButtonForm()
    wanted = {"open": CaseStatus.OPEN, "close": CaseStatus.CLOSED}.get(form.action.data or "")
    case = db.session.get(Case, case_id)
    if not form.validate_on_submit() or wanted is None or case is None:
        flash(_("Unknown action."), "error")
    else:
        case.status = wanted
        db.session.commit()
        flash(
            _("%(name)s is now %(status)s.", name=case.rights_holder, status=wanted.value), "info"
        )
    return redirect(url_for("staff.cases"))


@bp.get("/jobs")
def jobs() -> ResponseReturnValue:
    """Background jobs that failed (e-mails above all): waiting for their next try, or given
    up. A failed job is never dropped; staff can try one again at once."""
    return render_template(
        "staff/jobs.html",
        rows=troubled_jobs(),
        max_attempts=MAX_ATTEMPTS,
        action_form=ButtonForm(),
    )


@bp.post("/jobs/<int:outbox_id>")
@limiter.limit("30 per minute")
def retry_job(outbox_id: int) -> ResponseReturnValue:
    form = ButtonForm()
    if form.validate_on_submit() and retry_now(outbox_id):
        commit_and_dispatch()
        flash(_("Job %(id)s handed over again.", id=outbox_id), "info")
    else:
        flash(_("That job is done or unknown."), "error")
    return redirect(url_for("staff.jobs"))


@bp.get("/users")
@requires(Role.ADMIN)
def users() -> ResponseReturnValue:
    accounts = db.session.scalars(sa.select(User).order_by(User.email)).all()
    return render_template(
        "staff/users.html",
        accounts=accounts,
        invite_form=InviteForm(),
        action_form=ButtonForm(),
    )


@bp.post("/users")
@requires(Role.ADMIN)
@limiter.limit("30 per minute")
def invite() -> ResponseReturnValue:
    from petitions.jobs import send_invitation

    form = InviteForm()
    if form.validate_on_submit():
        try:
            user = create_user(form.email.data, Role(form.role.data), name=form.name.data)
        except AccountError as error:
            flash(str(error), "error")
        else:
            record_job(send_invitation, user.id)
            commit_and_dispatch()
            flash(_("Invitation sent to %(email)s.", email=user.email), "info")
    else:
        flash(_("Please give a valid e-mail address and role."), "error")
    return redirect(url_for("staff.users"))


# The only things an admin can do to an account from the list, by name.
ACCOUNT_ACTIONS = {
    "make-moderator": lambda user_id: set_role(user_id, Role.MODERATOR, by=current_user),
    "make-staff": lambda user_id: set_role(user_id, Role.STAFF, by=current_user),
    "make-admin": lambda user_id: set_role(user_id, Role.ADMIN, by=current_user),
    "deactivate": lambda user_id: set_active(user_id, False, by=current_user),
    "reactivate": lambda user_id: set_active(user_id, True, by=current_user),
}


@bp.post("/users/<int:user_id>")
@requires(Role.ADMIN)
@limiter.limit("60 per minute")
def account_action(user_id: int) -> ResponseReturnValue:
    form = ButtonForm()
    action = ACCOUNT_ACTIONS.get(form.action.data or "")
    if not form.validate_on_submit() or action is None:
        flash(_("Unknown action."), "error")
        return redirect(url_for("staff.users"))
    try:
        user = action(user_id)
    except AccountError as error:
        flash(str(error), "error")
    else:
        flash(_("Account %(email)s updated.", email=user.email), "info")
    return redirect(url_for("staff.users"))
