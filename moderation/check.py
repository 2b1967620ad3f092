"""Batch check: screen a JSONL file of messages against a cases file, in order.

Backs ``flask --app wsgi moderation check --cases CASES.json MESSAGES.jsonl`` and runs on its
own as ``python -m moderation.check --cases CASES.json MESSAGES.jsonl``. Each message is
screened as if sent in file order, against an in-memory history of the messages accepted
before it, so repeats (N10) and copies (N12) are seen. Only the input fields are read: id,
case, author_name, author_email, place, text (never expected, rules or note).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

from moderation.rules import (
    CampaignRules,
    CaseRules,
    Decision,
    MemoryHistory,
    Submission,
    canonical_writer_key,
    default_campaign_rules,
    screen,
)

INPUT_FIELDS = ("id", "case", "author_name", "author_email", "place", "text")


def load_cases(data: Mapping[str, Any]) -> tuple[CampaignRules, dict[str, CaseRules]]:
    """Campaign settings and case rules from a parsed cases file (format in netiquette.md)."""
    defaults = default_campaign_rules()
    cases = {
        slug: CaseRules(
            slug=slug,
            name=str(case.get("name", slug)),
            languages=tuple(case.get("languages") or ("en",)),
            suggested_messages=tuple(case.get("suggested_messages") or ()),
        )
        for slug, case in (data.get("cases") or {}).items()
    }
    languages = sorted({lang for case in cases.values() for lang in case.languages})
    campaign = CampaignRules(
        link_allowlist=tuple(data.get("link_allowlist", defaults.link_allowlist)),
        protected_names=tuple(data.get("protected_names", defaults.protected_names)),
        extra_vulgar_words=tuple(data.get("extra_vulgar_words", ())),
        campaign_languages=tuple(languages),
    )
    return campaign, cases


def check_messages(
    messages: Iterable[Mapping[str, Any]],
    campaign: CampaignRules,
    cases: Mapping[str, CaseRules],
) -> Iterator[dict[str, Any]]:
    """Screen messages in order; yield ``{"id", "decision", "rules", "findings"}`` for each.

    A message to an unknown case is screened against a case that accepts English only.
    Accepted (not rejected) messages go into the history for the ones after them.
    """
    history = MemoryHistory()
    for raw in messages:
        message = {k: raw.get(k) for k in INPUT_FIELDS}
        slug = str(message["case"] or "")
        case = cases.get(slug) or CaseRules(slug=slug, name=slug)
        submission = Submission(
            author_name=str(message["author_name"] or ""),
            author_email=str(message["author_email"] or ""),
            place=str(message["place"] or ""),
            text=str(message["text"] or ""),
        )
        result = screen(submission, case=case, campaign=campaign, history=history)
        if result.decision is not Decision.REJECT:
            history.record(canonical_writer_key(submission.author_email), slug, submission.text)
        yield {
            "id": message["id"],
            "decision": result.decision.value,
            "rules": result.rules,
            "findings": [f.to_json() for f in result.findings],
        }


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSONL file, skipping blank lines."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def run(cases_path: Path, messages_path: Path, out: TextIO) -> int:
    """Check a messages file against a cases file, one JSON line per message to ``out``."""
    campaign, cases = load_cases(json.loads(cases_path.read_text(encoding="utf-8")))
    count = 0
    for result in check_messages(read_jsonl(messages_path), campaign, cases):
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point for running the check without Flask."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", required=True, type=Path)
    parser.add_argument("messages", type=Path)
    args = parser.parse_args(argv)
    run(args.cases, args.messages, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
