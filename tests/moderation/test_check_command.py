"""The batch check behind ``flask moderation check``: order, history, input fields only."""

from __future__ import annotations

import json
from pathlib import Path

from flask.testing import FlaskCliRunner

from moderation.check import check_messages, load_cases

CASES = {
    "link_allowlist": ["amnesty.org"],
    "protected_names": ["Amnesty International"],
    "cases": {
        "ana": {"name": "Ana Torres", "languages": ["en"], "suggested_messages": ["Stay strong!"]},
    },
}


def message(i: int, text: str, email: str = "jane@example.org", **extra: str) -> dict[str, str]:
    return {
        "id": f"m{i}",
        "case": "ana",
        "author_name": "Jane Porter",
        "author_email": email,
        "place": "Leeds",
        "text": text,
        **extra,
    }


MESSAGES = [
    message(1, "Ana, your courage gives us hope. We think of you every day."),
    message(2, "Ana: your courage gives us hope! We think of you every day."),  # a repeat
    message(3, "Stay STRONG, Ana.", email="tom@example.org"),
    # The labels must be ignored: a wrong "expected" changes nothing.
    message(4, "Ana, we are with you.", email="eve@example.org", expected="reject", rules="N06"),
]


def test_check_screens_in_order_and_sees_repeats() -> None:
    campaign, cases = load_cases(CASES)
    results = list(check_messages(MESSAGES, campaign, cases))
    assert [r["id"] for r in results] == ["m1", "m2", "m3", "m4"]
    assert [r["decision"] for r in results] == ["approve", "reject", "reject", "approve"]
    assert results[1]["rules"] == ["N10"]
    assert results[2]["findings"][0]["excerpt"] == "STRONG"
    assert set(results[0]) == {"id", "decision", "rules", "findings"}


def test_check_reads_campaign_languages_from_all_cases() -> None:
    campaign, cases = load_cases(
        {"cases": {"a": {"name": "A", "languages": ["en", "zh"]}, "b": {"name": "B"}}}
    )
    assert campaign.campaign_languages == ("en", "zh")
    assert cases["b"].languages == ("en",)


def test_flask_moderation_check_prints_one_json_line_per_message(
    runner: FlaskCliRunner, tmp_path: Path
) -> None:
    cases_path = tmp_path / "cases.json"
    cases_path.write_text(json.dumps(CASES), encoding="utf-8")
    messages_path = tmp_path / "messages.jsonl"
    messages_path.write_text(
        "\n".join(json.dumps(m, ensure_ascii=False) for m in MESSAGES) + "\n", encoding="utf-8"
    )
    result = runner.invoke(
        args=["moderation", "check", "--cases", str(cases_path), str(messages_path)]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [line["decision"] for line in lines] == ["approve", "reject", "reject", "approve"]
