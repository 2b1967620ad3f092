"""``flask moderation ...`` commands (registered by the app factory)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from moderation.check import run

moderation_cli = AppGroup("moderation", help="Screen messages against the netiquette rules.")


@moderation_cli.command("check")
@click.option(
    "--cases",
    "cases_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="cases.json: link allowlist, protected names and the cases.",
)
@click.argument("messages", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check_command(cases_path: Path, messages: Path) -> None:
    """Screen MESSAGES (JSONL) in order; print one JSON line per message."""
    run(cases_path, messages, sys.stdout)
