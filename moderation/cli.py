"""``flask moderation ...`` commands (registered by the app factory)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from flask.cli import AppGroup

from moderation.check import run
from moderation.functional import PARTS, SUITE_DIR, load_part, report, run_case, score

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


@moderation_cli.command("functional")
@click.option(
    "--part",
    type=click.Choice(PARTS),
    default="dev",
    show_default=True,
    help="dev: used while building rules; aside: scored once, never tuned on.",
)
@click.option("--language", "languages", multiple=True, help="Only these languages (repeatable).")
@click.option("--misses", type=int, default=0, help="Also print up to N wrong cases (dev only).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option(
    "--also",
    "also",
    multiple=True,
    help="Languages every case accepts besides its own, as real cases do (e.g. --also en).",
)
def functional_command(
    part: str, languages: tuple[str, ...], misses: int, as_json: bool, also: tuple[str, ...]
) -> None:
    """Score the functional suite (evaluation/functional/) per function, language and rule."""
    cases = load_part(part, languages=languages)
    if not cases:
        raise click.ClickException(f"no cases in {SUITE_DIR / part}")
    outcomes = [run_case(case, also) for case in cases]
    figures = score(outcomes)
    if as_json:
        click.echo(json.dumps(figures, indent=2))
    else:
        report(figures, sys.stdout)
    if misses and part == "dev":
        wrong = [o for o in outcomes if not o.correct][:misses]
        for o in wrong:
            click.echo(
                f"{o.case.label:6} {o.case.function:16} {o.decision.value:7} "
                f"{','.join(o.rules) or '-':10} {o.case.id}: {o.case.text}"
            )
