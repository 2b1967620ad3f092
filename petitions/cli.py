"""Commands of the core: demo content, the worker, the outbox, counters, staff accounts."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import AppGroup

from petitions.extensions import db

demo_cli = AppGroup("demo", help="The demo campaign.")
outbox_cli = AppGroup("outbox", help="The job outbox.")
counts_cli = AppGroup("counts", help="Counters of confirmed actions.")
users_cli = AppGroup("users", help="Staff accounts.")


@users_cli.command("create")
@click.argument("email")
@click.option(
    "--role", required=True, type=click.Choice(["moderator", "staff", "admin"]), help="The role."
)
@click.option("--password", help="The password (asked for when not given).")
@click.option("--name", default="", help="The person's name.")
def users_create(email: str, role: str, password: str | None, name: str) -> None:
    """Create a staff account."""
    from petitions.models import Role
    from petitions.services.accounts import AccountError, create_user

    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = create_user(email, Role(role), password=password, name=name)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"created {user.role.value} {user.email} (id {user.id})")


@demo_cli.command("load")
def demo_load() -> None:
    """Load (or update) the demo campaign's cases and petitions. Safe to run again."""
    from petitions.services.demo import load_campaign

    report = load_campaign()
    click.echo(
        f"campaign {report.campaign}: {report.created} cases created, {report.updated} updated"
    )
    # Demo content of other packages (moderation's messages), registered on the app.
    for load in current_app.extensions.get("demo_loaders", []):
        click.echo(load())


@outbox_cli.command("dispatch")
def outbox_dispatch() -> None:
    """Hand every waiting outbox job to the queue (or run it, without Redis), those waiting
    to be tried again after a failure too."""
    from datetime import timedelta

    from petitions.database import utcnow
    from petitions.queue import sweep_outbox

    total, batch = 0, 200
    # Each pass takes what is waiting now; a job failing again waits for the next command.
    while (count := sweep_outbox(batch, timedelta(0), utcnow() + timedelta(days=1))) == batch:
        total += count
    click.echo(f"{total + count} jobs dispatched")


@counts_cli.command("reconcile")
def counts_reconcile() -> None:
    """Re-count confirmed actions and fix any drifted counter."""
    from petitions.jobs import reconcile_counts

    reconcile_counts()
    click.echo("counters reconciled")


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
def worker(burst: bool) -> None:
    """Run an rq worker with the app context (needs REDIS_URL)."""
    from petitions.worker import run_worker

    try:
        run_worker(burst=burst)
    except RuntimeError as error:
        raise click.ClickException(str(error)) from error
    finally:
        db.session.remove()


def register(app: Flask) -> None:
    """Add the core's commands to ``flask``."""
    for command in (demo_cli, outbox_cli, counts_cli, users_cli, worker):
        app.cli.add_command(command)
