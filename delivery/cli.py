"""Commands: ``bundles build CASE_SLUG`` and ``signatures export CASE_SLUG``."""

from __future__ import annotations

from pathlib import Path

import click
import sqlalchemy as sa
from flask.cli import AppGroup

from petitions.extensions import db
from petitions.models import Case

bundles_cli = AppGroup("bundles", help="Bundles of approved messages for delivery.")
signatures_cli = AppGroup("signatures", help="Signature lists for the authorities.")


def _case(slug: str) -> Case:
    case = db.session.scalars(sa.select(Case).where(Case.slug == slug)).first()
    if case is None:
        raise click.ClickException(f"no case {slug!r}")
    return case


@bundles_cli.command("build")
@click.argument("case_slug")
@click.option("--language", default=None, help="Only messages in this language (e.g. fa).")
@click.option("--paper", type=click.Choice(["A4", "Letter"]), default="A4", show_default=True)
def bundles_build(case_slug: str, language: str | None, paper: str) -> None:
    """Bundle a case's approved messages now; prints the bundle's id and ZIP path."""
    from delivery.jobs import build_bundle
    from delivery.models import BundleStatus
    from delivery.services.bundles import bundle_path, request_bundle

    case = _case(case_slug)
    result, bundle = request_bundle(case.id, language, paper, queue_job=False)
    if bundle is None:
        click.echo("nothing new to bundle: every approved message is already in a bundle")
        return
    # The same job the staff page queues, run in this process so the path can
    # be printed when it is done.
    build_bundle(bundle.id)
    db.session.refresh(bundle)
    if bundle.status is not BundleStatus.READY:
        raise click.ClickException(f"bundle {bundle.id} {bundle.status.value}: {bundle.error}")
    click.echo(f"bundle {bundle.id}: {bundle.message_count} messages")
    click.echo(str(bundle_path(bundle)))


@signatures_cli.command("export")
@click.argument("case_slug")
@click.option("--with-email", is_flag=True, help="Include e-mail addresses (staff use only).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
@click.option("--paper", type=click.Choice(["A4", "Letter"]), default="A4", show_default=True)
def signatures_export(case_slug: str, with_email: bool, out: Path, paper: str) -> None:
    """Write a petition's confirmed signatures as CSV and a PDF summary."""
    from delivery.services.signatures import signatures_csv, write_summary_pdf

    case = _case(case_slug)
    if case.petition is None:
        raise click.ClickException(f"case {case_slug!r} has no petition")
    out.mkdir(parents=True, exist_ok=True)
    csv_path = out / f"{case_slug}-signatures.csv"
    csv_path.write_text(signatures_csv(case.petition.id, with_email), encoding="utf-8")
    pdf_path = out / f"{case_slug}-signatures.pdf"
    summary = write_summary_pdf(case.petition.id, pdf_path, paper)
    click.echo(f"{summary.total} confirmed signatures")
    click.echo(str(csv_path))
    click.echo(str(pdf_path))
