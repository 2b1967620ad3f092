"""Staff pages for delivery: bundles of messages, signature lists."""

from __future__ import annotations

import tempfile
from pathlib import Path

import sqlalchemy as sa
from flask import (
    Blueprint,
    Response,
    abort,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user

from delivery.forms import BuildBundleForm, DeliveredForm
from delivery.models import Bundle, BundleStatus
from delivery.services import bundles, signatures
from petitions.auth import protect
from petitions.extensions import db, limiter
from petitions.forms import ButtonForm
from petitions.models import Case, Role
from petitions.views import case_or_404

bp = protect(Blueprint("delivery", __name__, url_prefix="/staff"), Role.STAFF)


@bp.get("/bundles")
def bundle_list() -> ResponseReturnValue:
    cases = db.session.scalars(sa.select(Case).order_by(Case.position)).all()
    recent = db.session.scalars(sa.select(Bundle).order_by(Bundle.id.desc()).limit(100)).all()
    return render_template(
        "delivery/bundles.html", cases=cases, bundles=recent, form=BuildBundleForm()
    )


@bp.post("/bundles")
@limiter.limit("30 per minute")
def bundle_request() -> ResponseReturnValue:
    form = BuildBundleForm()
    if not form.validate_on_submit() or db.session.get(Case, form.case.data) is None:
        flash(_("Please choose a case, and a language code like fa or leave it empty."), "error")
        return redirect(url_for("delivery.bundle_list"))
    result, bundle = bundles.request_bundle(
        form.case.data, form.language.data or None, form.paper.data, requested_by=current_user.id
    )
    if bundle is None:
        flash(_("Nothing new to bundle: every approved message is already in a bundle."), "info")
        return redirect(url_for("delivery.bundle_list"))
    return redirect(url_for("delivery.bundle_detail", bundle_id=bundle.id))


@bp.get("/bundles/<int:bundle_id>")
def bundle_detail(bundle_id: int) -> ResponseReturnValue:
    bundle = db.get_or_404(Bundle, bundle_id)
    return render_template(
        "delivery/bundle.html",
        bundle=bundle,
        delivered_form=DeliveredForm(),
        action_form=ButtonForm(),
    )


@bp.get("/bundles/<int:bundle_id>/status")
def bundle_status(bundle_id: int) -> ResponseReturnValue:
    bundle = db.get_or_404(Bundle, bundle_id)
    response = jsonify(
        status=bundle.status.value,
        done=bundle.done,
        total=bundle.total,
        error=bundle.error,
        sha256=bundle.sha256,
    )
    response.cache_control.no_store = True
    return response


@bp.get("/bundles/<int:bundle_id>/download")
def bundle_download(bundle_id: int) -> ResponseReturnValue:
    bundle = db.get_or_404(Bundle, bundle_id)
    path = bundles.bundle_path(bundle)
    if bundle.status not in (BundleStatus.READY, BundleStatus.DELIVERED) or not path.exists():
        abort(404)
    response = send_file(
        path,
        mimetype="application/zip",
        as_attachment=True,
        download_name=f"{bundle.case.slug}-bundle-{bundle.id}.zip",
    )
    response.headers["X-Checksum-SHA256"] = bundle.sha256 or ""
    return response


@bp.post("/bundles/<int:bundle_id>/delivered")
@limiter.limit("30 per minute")
def bundle_delivered(bundle_id: int) -> ResponseReturnValue:
    form = DeliveredForm()
    if form.validate_on_submit() and bundles.mark_delivered(
        bundle_id, form.delivered_on.data, form.note.data or ""
    ):
        flash(_("Bundle marked as delivered."), "info")
    else:
        flash(_("Only a ready bundle can be marked delivered, with a date."), "error")
    return redirect(url_for("delivery.bundle_detail", bundle_id=bundle_id))


@bp.post("/bundles/<int:bundle_id>/retry")
@limiter.limit("30 per minute")
def bundle_retry(bundle_id: int) -> ResponseReturnValue:
    if ButtonForm().validate_on_submit() and bundles.retry_bundle(bundle_id):
        flash(_("The build was queued again."), "info")
    else:
        flash(_("Only a failed or stuck build can be retried."), "error")
    return redirect(url_for("delivery.bundle_detail", bundle_id=bundle_id))


@bp.get("/signatures")
def signature_lists() -> ResponseReturnValue:
    cases = db.session.scalars(sa.select(Case).order_by(Case.position)).all()
    return render_template("delivery/signatures.html", cases=cases)


@bp.get("/signatures/<slug>.csv")
def signature_csv(slug: str) -> ResponseReturnValue:
    case = case_or_404(slug)
    if case.petition is None:
        abort(404)
    with_email = request.args.get("email") == "1"
    body = signatures.signatures_csv(case.petition.id, with_email=with_email)
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{slug}-signatures.csv"'},
    )


@bp.get("/signatures/<slug>.pdf")
def signature_pdf(slug: str) -> ResponseReturnValue:
    case = case_or_404(slug)
    if case.petition is None:
        abort(404)
    paper = "Letter" if request.args.get("paper") == "Letter" else "A4"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "summary.pdf"
        signatures.write_summary_pdf(case.petition.id, path, paper=paper)
        data = path.read_bytes()
    return Response(
        data,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{slug}-signatures.pdf"'},
    )
