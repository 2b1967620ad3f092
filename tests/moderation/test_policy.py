"""The policy step: hold beats reject beats approve; every code is recorded."""

from __future__ import annotations

from moderation.rules import RULE_DECISIONS, RULEBOOK_VERSION, Decision, Finding, Screening, decide
from tests.moderation.helpers import run


def finding(code: str) -> Finding:
    return Finding(code, 0, 1, "x", f"because ({code})")


def test_no_findings_approve() -> None:
    assert decide([]) is Decision.APPROVE


def test_a_reject_rule_alone_rejects() -> None:
    assert decide([finding("N05A"), finding("N06")]) is Decision.REJECT


def test_hold_wins_over_reject() -> None:
    assert decide([finding("N05A"), finding("N07"), finding("N06")]) is Decision.HOLD


def test_unknown_code_holds_for_a_human() -> None:
    assert decide([finding("N99")]) is Decision.HOLD


def test_every_rule_of_the_book_has_a_decision() -> None:
    book = {"N01", "N02", "N04", "N05A", "N05B", "N06", "N07", "N08", "N09", "N10"}
    book |= {"N11A", "N11B", "N12", "N13"}
    assert set(RULE_DECISIONS) == book


def test_screening_records_every_code_and_the_rulebook_version() -> None:
    result = run("Ana, I HOPE THE GUARDS WHO BEAT YOU SUFFER AND DIE.")
    assert result.decision is Decision.HOLD
    assert result.rules == ["N05A", "N07"]
    stored = result.to_json()
    assert stored["rulebook_version"] == RULEBOOK_VERSION
    assert Screening.from_json(stored) == result


def test_findings_point_at_the_original_characters() -> None:
    text = "Ana, stay STRONG. This is bullsh1t, f\u200buck them."
    result = run(text)
    for f in result.findings:
        assert f.field == "text"
        assert text[f.start : f.end] == f.excerpt
        assert f.explanation.endswith(f"({f.code})")
    excerpts = {f.excerpt for f in result.findings}
    assert {"STRONG", "bullsh1t", "f\u200buck"} <= excerpts


def test_shouting_explanation_names_the_word() -> None:
    [f] = run("Stay STRONG, Ana.").findings
    assert f.explanation == "Please don't write words in capitals: STRONG (N05A)"
