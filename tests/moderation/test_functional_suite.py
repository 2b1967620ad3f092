"""The functional suite: its files expand, its figures add up, and the command prints them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from flask import Flask

from moderation.functional import (
    PARTS,
    SUITE_DIR,
    Outcome,
    SuiteCase,
    expand,
    load_part,
    run_case,
    score,
)
from moderation.rules import Decision

SAMPLE = {
    "language": "fr",
    "targets": {
        "group": [
            {"id": "a", "gender": "m", "forms": {"def": "les Zorks"}},
            {"id": "b", "gender": "f", "forms": {"def": "les Blips"}},
        ]
    },
    "templates": [
        {
            "id": "t1",
            "function": "derog_trait",
            "label": "breach",
            "rule": "N04",
            "target": "group",
            "text": "{def} sont ((méchants|méchantes)).",
        },
        {
            "id": "t2",
            "function": "support",
            "label": "benign",
            "rule": None,
            "target": None,
            "text": "Courage, ((ami|amie)) !",
        },
    ],
}


def test_a_template_expands_once_per_target_with_its_forms_and_gender() -> None:
    cases = list(expand(SAMPLE))
    assert [(c.id, c.text) for c in cases] == [
        ("t1/a", "les Zorks sont méchants."),
        ("t1/b", "les Blips sont méchantes."),
        ("t2", "Courage, ami !"),
    ]
    assert cases[0].rule == "N04" and cases[2].label == "benign"


def test_every_suite_file_expands_and_the_suite_is_big_enough() -> None:
    total = 0
    languages = set()
    for part in PARTS:
        for path in sorted((SUITE_DIR / part).glob("*.json")):
            suite = json.loads(path.read_text(encoding="utf-8"))
            cases = list(expand(suite))
            assert cases, path
            assert {c.label for c in cases} == {"breach", "benign"}, path
            assert len({c.id for c in cases}) == len(cases), f"{path}: duplicate case ids"
            total += len(cases)
            languages.add(suite["language"])
    # The issue asks for >= 3,000 cases over >= 8 campaign languages.
    assert total >= 3000
    assert len(languages) >= 8


def test_an_unknown_part_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown part"):
        load_part("tuning")


def test_load_part_reads_only_the_languages_asked_for(tmp_path: Path) -> None:
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "fr.json").write_text(json.dumps(SAMPLE), encoding="utf-8")
    (tmp_path / "dev" / "de.json").write_text(
        json.dumps({**SAMPLE, "language": "de"}), encoding="utf-8"
    )
    assert {c.language for c in load_part("dev", tmp_path)} == {"fr", "de"}
    assert {c.language for c in load_part("dev", tmp_path, ["de"])} == {"de"}


def _case(label: str, function: str, rule: str | None = None) -> SuiteCase:
    return SuiteCase("x", "en", function, label, rule, "text", None)


def test_figures_count_caught_breaches_and_flagged_benign_cases() -> None:
    outcomes = [
        Outcome(_case("breach", "dehumanise", "N04"), Decision.HOLD, ("N04",)),
        Outcome(_case("breach", "dehumanise", "N04"), Decision.APPROVE, ()),
        Outcome(_case("breach", "profanity", "N06"), Decision.REJECT, ("N07",)),
        Outcome(_case("benign", "negated"), Decision.APPROVE, ()),
        Outcome(_case("benign", "negated"), Decision.HOLD, ("N04",)),
        Outcome(_case("benign", "homonym"), Decision.APPROVE, ()),
    ]
    figures = score(outcomes)
    assert figures["breaches_caught"]["flagged"] == 2
    assert figures["breaches_caught"]["share"] == pytest.approx(2 / 3)
    assert figures["benign_flagged"]["share"] == pytest.approx(1 / 3)
    assert figures["functions"]["breach:dehumanise"]["share"] == 0.5
    assert figures["functions"]["benign:homonym"]["share"] == 0.0
    # A breach flagged under another rule counts as caught, not as the rule recalled.
    assert figures["rules"] == {"N04": 0.5, "N06": 0.0}


def test_a_case_is_screened_as_a_message_in_its_own_language() -> None:
    outcome = run_case(SuiteCase("x", "en", "support", "benign", None, "Stay strong, Ana.", None))
    assert outcome.decision is Decision.APPROVE
    outcome = run_case(
        SuiteCase("x", "en", "profanity", "breach", "N06", "What a load of shit.", None)
    )
    assert "N06" in outcome.rules and outcome.flagged


def test_the_command_prints_figures_per_function(app: Flask) -> None:
    result = app.test_cli_runner().invoke(
        args=["moderation", "functional", "--part", "dev", "--language", "en"]
    )
    assert result.exit_code == 0, result.output
    assert "breaches caught:" in result.output
    assert "breach:dehumanise" in result.output
    assert "rule recall on breaches:" in result.output


def test_a_case_may_also_accept_other_languages() -> None:
    # An English letter to a German-only case is in a language the case does not accept.
    text = "Dear friend, we think of you every day and hope you will be free very soon."
    case = SuiteCase("x", "de", "support", "benign", None, text, None)
    assert run_case(case).rules == ("N09",)
    assert run_case(case, ("de", "en")).rules == ()


def test_the_command_takes_languages_every_case_also_accepts(app: Flask) -> None:
    result = app.test_cli_runner().invoke(
        args=["moderation", "functional", "--part", "dev", "--language", "fr", "--also", "en"]
    )
    assert result.exit_code == 0, result.output
    assert "breaches caught:" in result.output
