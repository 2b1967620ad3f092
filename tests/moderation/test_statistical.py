"""The statistical reading: features, the model file, and how its findings join the rules'."""

from __future__ import annotations

import gzip
import math
from dataclasses import replace
from pathlib import Path

import pytest

from moderation.rules import Decision
from moderation.rules import statistical as reading
from moderation.rules.statistical import grams, load_model, presence, sentences
from tests.moderation.helpers import CAMPAIGN, run

WITH_READING = replace(CAMPAIGN, statistical_reading=True)


def _write_model(path: Path, lines: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    return path


@pytest.fixture
def tiny_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A model that knows two words: "zorblats" (a word no list knows) is a breach, N04 rather
    than N07; "hope" is not. It stands in for the shipped model while a test runs."""
    path = _write_model(
        tmp_path / "model.tsv.gz",
        [
            "# a hand-made model",
            "columns\tbreach\tN04\tN07",
            "intercept\t-2\t0\t0",
            "threshold\t0.6",
            "w\tzorblats\t9\t1\t0",
            "w\thope\t-3\t0\t0",
            "c\term\t0\t0\t0.5",  # a 3-letter key is never a 4-gram: never read
        ],
    )
    model = load_model(path)
    monkeypatch.setattr(reading, "judgement_model", lambda: model)
    reading._verdict.cache_clear()
    yield model
    reading._verdict.cache_clear()


def test_grams_are_letter_four_grams_across_words_and_word_pairs() -> None:
    chars, words = grams("they're vermin!")
    assert chars[:3] == [" the", "they", "hey'"]
    assert "e ve" in chars  # across the space between two words
    assert chars[-1] == "min "
    assert words == ["they're", "vermin", "they're vermin"]


def test_presence_has_unit_length_whatever_repeats() -> None:
    values = presence(["a", "b", "a", "c"])
    assert set(values) == {"a", "b", "c"}
    assert math.isclose(sum(v * v for v in values.values()), 1.0)
    assert presence([]) == {}


def test_sentences_skip_what_is_too_short_and_dots_inside_words() -> None:
    text = "Hi! See amnesty.org for 3.5 years. 加油。我们一直和你在一起。"
    found = [text[a:b].strip() for a, b in sentences(text)]
    assert found == ["See amnesty.org for 3.5 years.", "我们一直和你在一起。"]


def test_a_probability_is_the_logistic_of_the_weighted_presence(tiny_model) -> None:
    # Words: they, are, zorblats, "they are", "are zorblats": five distinct, each 1/sqrt(5).
    expected = 1 / (1 + math.exp(-(-2 + 9 / math.sqrt(5))))
    probability = tiny_model.breach_probability("they are zorblats")
    assert math.isclose(probability, expected, rel_tol=1e-6)
    assert tiny_model.breach("they are zorblats") == ("N04", pytest.approx(expected))
    assert tiny_model.breach("we hope you are well") is None


def test_a_malformed_model_file_is_refused(tmp_path: Path) -> None:
    path = _write_model(tmp_path / "bad.tsv.gz", ["columns\tN04", "intercept\t0"])
    with pytest.raises(ValueError, match="not a judgement model"):
        load_model(path)


def test_the_reading_holds_a_sentence_the_rules_pass(tiny_model) -> None:
    text = "Dear Ana, we think of you. The neighbours are all zorblats."
    assert run(text).decision is Decision.APPROVE  # the rules alone
    result = run(text, campaign=WITH_READING)
    assert result.decision is Decision.HOLD
    (finding,) = result.findings
    assert finding.code == "N04"
    assert finding.excerpt == "The neighbours are all zorblats."
    assert "statistical reading" in finding.explanation


def test_the_reading_says_nothing_where_a_rule_has_spoken(tiny_model) -> None:
    # N06 rejects the vulgar sentence; the reading must not turn that into a hold for it.
    text = "They are zorblats, fuck."
    rules_alone = run(text)
    assert [f.code for f in rules_alone.findings] == ["N06"]
    assert run(text, campaign=WITH_READING).findings == rules_alone.findings


def test_counter_speech_needs_a_surer_reading(tiny_model) -> None:
    # Both sentences read about 0.6-0.75 to the tiny model, above its threshold (0.6) and below
    # the one for speech about speech (0.9): only the one that is not counter speech is held.
    countered = "Saying the neighbours are zorblats is hateful."
    assert tiny_model.breach(countered) is not None
    assert run(countered, campaign=WITH_READING).decision is Decision.APPROVE
    assert run("The neighbours are all zorblats.", campaign=WITH_READING).decision is Decision.HOLD


def test_the_reading_can_be_switched_off(tiny_model) -> None:
    text = "The neighbours are all zorblats."
    assert run(text, campaign=WITH_READING).decision is Decision.HOLD
    assert run(text).decision is Decision.APPROVE


def test_the_shipped_model_loads_and_reads_both_ways() -> None:
    model = reading.judgement_model()
    assert model is not None, "moderation/rules/data/judgement_model.tsv.gz is missing"
    assert set(model.code_columns) == {"N04", "N07", "N08", "N13"}
    assert 0.5 < model.threshold < 1
    assert model.breach("we are all thinking of you and hope you are home soon.") is None
    assert model.breach("those people are filthy rats and should be wiped out.") is not None
