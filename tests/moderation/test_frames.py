"""The compositional judgement rules: concept lists, clauses, frames and their veto scopes.

The mechanics are tested on a made-up language ("qx") whose concept file the tests write, so a
change of the real lists cannot hide a broken scope; a few sentences then check that the real
English lists reach the frames through :func:`screen`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from moderation.rules import clauses, concepts, frames
from moderation.rules.clauses import analyse
from moderation.rules.concepts import concept_names, word_concepts
from moderation.rules.judgement import _reading_languages
from moderation.rules.normalize import normalize
from tests.moderation.helpers import codes

QX = """
[group]
zorks
blip*
[group_ref]
they
[you]
you
[your]
your
[official]
judge
[dehumanise]
vermin
[criminal]
criminals
[hate]
loathe
can't stand
[violence]
kill
[intent]
i will
[wish]
hope
[negation]
not
don't
[reported]
says
[victim]
treated
prisoners
[relative]
who
[institution]
government
[insult]
fool
[crime]
murdered
[passive]
was
[exclusion]
go back
[escape]
tunnel
[plan]
tonight
[contraband]
手机
[deliver]
带进
[idiom]
kill time
[weapon]
knife
[dispose]
take care of
[condition]
next time
[self]
i
[final]
for good
[harm]
break
[body]
legs
[curse]
rot in hell
curse =zorkus
[menace]
know where you live
[only]
isn't it obvious
nothing but
"""


@pytest.fixture(autouse=True)
def qx_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A concept directory holding the made-up language, caches emptied before and after."""
    (tmp_path / "qx.txt").write_text(QX, encoding="utf-8")
    for name in ("en.txt",):
        (tmp_path / name).write_text(
            (concepts.CONCEPT_DIR / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    monkeypatch.setattr(concepts, "CONCEPT_DIR", tmp_path)
    _clear()
    yield
    _clear()


def _clear() -> None:
    for fn in (
        concepts.lexicon,
        concepts.lexicons,
        concepts.word_info,
        clauses._analyse,
    ):
        fn.cache_clear()


def _fired(text: str, code: str) -> list[str]:
    clauses = analyse(normalize(text), ("qx",))
    return [hit.frame.name for hit in frames.hits(clauses, code)]


def test_a_word_matches_by_stem_a_prefix_by_any_ending() -> None:
    assert "dehumanise" in word_concepts("vermin", ("qx",))
    assert "group" in word_concepts("blips", ("qx",))
    assert "group" in word_concepts("blipsters", ("qx",))
    assert word_concepts("bli", ("qx",)) == frozenset()


def test_a_phrase_needs_its_words_in_a_row_in_one_clause() -> None:
    def carried(text: str) -> bool:
        return any(
            "exclusion" in w.concepts for c in analyse(normalize(text), ("qx",)) for w in c.words
        )

    assert carried("Zorks should go back.")
    assert not carried("Zorks go and come back.")
    assert not carried("Zorks go, back again.")


def test_clauses_end_at_punctuation_and_but_and_count_sentences() -> None:
    clauses = analyse(normalize("Zorks, vermin. But they go! Fine"), ("qx",))
    assert [[w.text for w in c.words] for c in clauses] == [
        ["zorks"],
        ["vermin"],
        ["they", "go"],
        ["fine"],
    ]
    assert [c.sentence for c in clauses] == [0, 0, 1, 2]


def test_unspaced_script_entries_match_inside_runs() -> None:
    words = [w for c in analyse(normalize("我们把手机带进去"), ("qx",)) for w in c.words]
    assert [(w.text, sorted(w.concepts)) for w in words] == [
        ("手机", ["contraband"]),
        ("带进", ["deliver"]),
    ]
    assert _fired("我们把手机带进去", "N08") == ["contraband"]


def test_a_group_and_a_predicate_in_one_clause_fire() -> None:
    assert _fired("Zorks are vermin.", "N04") == ["dehumanise"]
    assert _fired("I loathe the blips.", "N04") == ["hatred"]


def test_a_negation_before_the_predicate_vetoes_one_after_does_not() -> None:
    assert _fired("Zorks are not vermin.", "N04") == []
    assert _fired("Zorks are vermin, not neighbours.", "N04") == ["dehumanise"]
    assert _fired("I loathe zorks not.", "N04") == []


def test_a_negation_inside_the_predicate_is_the_predicate() -> None:
    assert _fired("I can't stand zorks.", "N04") == ["hatred"]


def test_reported_speech_in_the_sentence_vetoes() -> None:
    assert _fired("The regime says zorks are vermin.", "N04") == []
    assert _fired("The regime lies. Zorks are vermin.", "N04") == ["dehumanise"]


def test_the_group_as_victim_vetoes_in_its_clause() -> None:
    assert _fired("Zorks are treated like vermin.", "N04") == []


def test_a_pronoun_takes_up_a_group_from_the_sentence_before() -> None:
    assert _fired("I met zorks. They are vermin.", "N04") == ["dehumanise"]
    assert _fired("I met nobody. They are vermin.", "N04") == []
    # A group named as a victim is not who the pronoun attacks.
    assert _fired("Zorks are treated badly. They are vermin.", "N04") == []
    # Two sentences back is too far.
    assert _fired("I met zorks. Fine. Then. They are vermin.", "N04") == []


def test_a_trait_is_said_of_a_group_that_comes_first() -> None:
    assert _fired("Zorks are criminals.", "N04") == ["trait"]
    assert _fired("Criminals rob zorks.", "N04") == []


def test_an_institution_named_by_a_group_is_no_group() -> None:
    assert _fired("The zorks government are criminals.", "N04") == []


def test_a_group_inside_a_relative_clause_is_not_the_subject() -> None:
    assert _fired("The judge who hates zorks is vermin.", "N04") == []
    assert _fired("Zorks who live here are vermin.", "N04") == ["dehumanise"]


def test_a_threat_needs_a_marker_before_the_violence() -> None:
    assert _fired("I will kill you.", "N07") == ["threat"]
    assert _fired("They kill you.", "N07") == []
    assert _fired("Kill you, I will.", "N07") == []


def test_a_relative_between_marker_and_violence_vetoes() -> None:
    assert _fired("I hope the judge who tried to kill you rots.", "N07") == []


def test_an_insult_needs_its_target_close_and_first() -> None:
    assert _fired("You fool.", "N07") == ["insult"]
    assert _fired("Fool, you.", "N07") == []
    assert _fired("You sat in a cell with a bunch of old fools.", "N07") == []
    assert _fired("You are not a fool.", "N07") == []


def test_a_named_person_accused_of_a_crime(tmp_path: Path) -> None:
    # Through screen(): full names are found in the text with its capitals.
    assert "N04" in codes("Judge Harlan Pike murdered three protesters in 2019.", "en")
    assert "N04" not in codes("Three protesters were murdered in 2019.", "en")


def test_english_lists_reach_the_frames_through_screen() -> None:
    assert "N04" in codes("Honestly, refugees make me sick.", "en")
    assert "N04" not in codes("Honestly, the queues at the post office make me sick.", "en")
    assert "N07" in codes("I will break your legs.", "en")
    assert "N07" not in codes("I hope you break free soon.", "en")


def test_older_pattern_findings_are_read_again_in_their_clause() -> None:
    # The older insult list finds "vermin" anywhere; the negation before it takes it back.
    assert "N07" not in codes("Refugees are not vermin, they are people like us.", "en")
    assert "N07" in codes("You are vermin.", "en")


def test_every_section_of_every_concept_file_is_a_concept_the_rules_read() -> None:
    read = {"group_ref", "named", "institution", "self", "only", "homonym", "pointing", "condition"}
    for frame in frames.FRAMES:
        read |= frame.predicates | frame.targets | frame.markers | frame.needs
        read |= {concept for concept, _scope in frame.vetoes}
    for path in sorted(Path(frames.__file__).with_name("data").joinpath("concepts").glob("*.txt")):
        unknown = concept_names_in(path) - read
        assert not unknown, f"{path.name}: sections no rule reads: {sorted(unknown)}"


def concept_names_in(path: Path) -> set[str]:
    return {
        line.strip()[1:-1]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("[") and line.strip().endswith("]")
    }


def test_concept_names_lists_what_a_file_defines() -> None:
    assert {"group", "dehumanise", "contraband"} <= concept_names("qx")
    assert concept_names("no-such-language") == frozenset()


def test_what_the_writer_reports_is_their_own_voice() -> None:
    assert "N04" in codes("My cousin works with refugees. I told him they're vermin.", "en")
    assert "N04" not in codes("My cousin works with refugees. He told me they're vermin.", "en")


def test_a_wish_prescribes_what_a_passive_or_victim_word_describes() -> None:
    assert "N04" in codes("Refugees should be treated like vermin.", "en")
    assert "N04" not in codes("Refugees are treated like vermin.", "en")


def test_a_homonym_counts_only_when_aimed_at_someone() -> None:
    assert "N06" not in codes("Our old bitch had six puppies last week.", "en")
    assert "N06" in codes("Shut up, you bitch.", "en")


def test_a_text_without_any_predicate_has_no_clauses_to_read() -> None:
    letter = normalize("Stay strong, zorks and blips are with you.")
    assert analyse(letter, ("qx",), frames.ALL_PREDICATES) == ()
    assert analyse(letter, ("qx",)) != ()
    assert analyse(normalize("Zorks are vermin."), ("qx",), frames.ALL_PREDICATES) != ()


def test_letters_written_one_by_one_are_read_as_one_word() -> None:
    assert _fired("Zorks are v e r m i n.", "N04") == ["dehumanise"]
    assert _fired("Zorks are v.e.r.m.i.n.", "N04") == ["dehumanise"]
    assert _fired("I will k-i-l-l you.", "N07") == ["threat"]


def test_a_dotless_i_outside_turkish_dodges_nothing() -> None:
    assert _fired("I will kıll you.", "N07") == ["threat"]


def test_a_negation_inside_a_marker_is_no_veto() -> None:
    assert "N07" in codes("I can't wait to see refugees suffer.", "en")
    assert "N07" not in codes("I hope you never suffer again.", "en")


def test_a_harm_verb_threatens_only_with_a_body_part() -> None:
    assert _fired("I will break your legs.", "N07") == ["threat"]
    assert "N07" in codes("I hope someone breaks Judge Harlan Pike's legs.", "en")
    assert _fired("I will break the silence for you.", "N07") == []
    assert _fired("They break your legs.", "N07") == []


def test_a_curse_or_a_menace_needs_no_marker() -> None:
    assert _fired("Rot in hell, judge.", "N07") == ["curse"]
    assert _fired("I know where you live.", "N07") == ["curse"]
    assert _fired("I don't know where you live.", "N07") == []
    assert _fired("The judge says I know where you live.", "N07") == []


def test_dots_of_a_word_spelt_out_end_no_sentence() -> None:
    clauses = analyse(normalize("I will k.i.l.l all zorks."), ("qx",))
    assert len(clauses) == 1
    assert _fired("I will k.i.l.l all zorks.", "N07") == ["threat"]


def test_nothing_but_is_an_insistence_not_a_contrast() -> None:
    assert len(analyse(normalize("Zorks are nothing but vermin."), ("qx",))) == 1
    assert len(analyse(normalize("Zorks are kind, but vermin bite."), ("qx",))) == 2


def test_a_rhetorical_negative_question_is_no_negation() -> None:
    assert _fired("Isn't it obvious that zorks are vermin?", "N04") == ["dehumanise"]
    assert _fired("Zorks are not vermin.", "N04") == []


def test_a_full_name_is_a_target_of_an_insult() -> None:
    assert "N07" in codes("Senator Paul Hendry is nothing but a brainless clown.", "en")
    assert "N07" not in codes("The hearing last week was nothing but a brainless clown show.", "en")


def test_hate_in_quotation_marks_is_someone_elses() -> None:
    assert "N07" not in codes('Someone on a forum wrote "death to refugees"; I reported it.', "en")
    assert "N07" not in codes("Someone on a forum wrote “death to refugees”; I reported it.", "en")
    assert "N07" in codes("Death to refugees, I say.", "en")


def test_no_negation_takes_a_slur_back() -> None:
    assert "N04" in codes("Don't trust anything those ragheads in the judiciary tell you.", "en")
    assert "N04" not in codes("Don't trust anything those judges in the capital tell you.", "en")


def test_a_wish_set_off_by_commas_still_marks_the_threat() -> None:
    assert _fired("I hope, honestly, they kill you.", "N07") == ["threat"]
    assert _fired("Honestly, they kill you.", "N07") == []


def test_an_insistence_does_not_count_towards_an_insults_reach() -> None:
    assert _fired("You are nothing but a sad old fool.", "N07") == ["insult"]
    assert _fired("You are truly a very sad and lonely old fool.", "N07") == []


def test_an_official_named_after_the_comma_is_the_target() -> None:
    assert _fired("What a fool, the judge.", "N07") == ["insult"]
    assert _fired("My son plays a fool in the circus, they say.", "N07") == []


def test_the_accused_own_victims_do_not_veto_an_accusation() -> None:
    assert "N04" in codes("Judge Harlan Pike murdered three prisoners in 2019.", "en")
    assert "N04" not in codes("The prisoners Harlan Pike and Tom Dale were murdered.", "en")


def test_an_idiom_starting_on_the_predicate_vetoes_it() -> None:
    assert _fired("I will kill time with you.", "N07") == []
    assert _fired("I will kill you.", "N07") == ["threat"]


def test_a_phrase_word_may_be_an_exact_form() -> None:
    assert _fired("I curse zorkus.", "N07") == ["curse"]
    assert _fired("I curse zorki.", "N07") == []


def test_a_pattern_finding_reported_earlier_in_its_sentence_is_taken_back() -> None:
    # The older insult list finds "vermin"; the reporting verb is in the clause before.
    assert "N07" not in codes("The prosecutor said, in court, that you are vermin.", "en")
    # A dismissal after the claim reports nothing.
    assert "N04" in codes("There are only two genders, whatever they say in Dublin.", "en")


def test_only_a_farther_person_is_tried_when_the_nearest_target_is_vetoed() -> None:
    # A farther group is a bystander: the men are not excluded as a group.
    assert "N04" not in codes("The men who beat Uyghurs should be locked up.", "en")
    assert _candidates_of("zorks judge you", [0, 1, 2]) == [2, 1]


def _candidates_of(text: str, near: list[int]) -> list[int]:
    (clause,) = analyse(normalize(text), ("qx",))
    return frames._candidates(clause.words, near)


def test_a_negation_after_the_violence_does_not_veto_a_threat() -> None:
    assert _fired("I will kill you so they don't find you.", "N07") == ["threat"]
    assert _fired("I will not kill you.", "N07") == []


def test_a_weapon_with_intent_and_a_target_threatens() -> None:
    assert _fired("I will wait for you with a knife.", "N07") == ["threat"]
    assert _fired("They waited for you with a knife.", "N07") == []


def test_disposing_of_someone_once_and_for_all_threatens() -> None:
    assert _fired("I hope someone will take care of the zorks, for good.", "N07") == ["threat"]
    assert _fired("I hope someone will take care of the zorks.", "N07") == []


def test_the_lists_of_the_letters_own_language_read_it() -> None:
    def ctx(language: str | None) -> SimpleNamespace:
        return SimpleNamespace(language=language, case=SimpleNamespace(languages=("tr", "en")))

    assert _reading_languages(ctx("tr")) == ("tr",)
    assert _reading_languages(ctx(None)) == ("tr", "en")
    assert _reading_languages(ctx("de")) == ("tr", "en")


def test_a_condition_before_a_threat_lends_its_target_and_with_the_writer_plans() -> None:
    # The writer's present after a condition plans; a third person's tells what happened.
    assert _fired("Next time i see zorks, i kill him.", "N07") == ["threat"]
    assert _fired("Next time they see zorks, they kill him.", "N07") == []
    assert _fired("I see zorks, i kill him.", "N07") == []


def test_the_next_sentence_opening_on_that_can_counter() -> None:
    assert "N04" not in codes("Refugees don't deserve the same rights? That is a lie.", "en")
    assert "N04" in codes("Refugees don't deserve the same rights.", "en")


def test_a_veto_word_inside_a_phrase_that_vetoes_nothing_is_not_read() -> None:
    assert "N04" in codes("Refugees are to blame for everything that has gone wrong here.", "en")


def test_a_turkish_final_consonant_softens_before_a_vowel() -> None:
    assert concepts._softened("tr", "asalak") == "asalag"
    assert concepts._softened("tr", "köpek") == ""  # too short to risk it
    assert concepts._softened("en", "attack") == ""
    (concepts.CONCEPT_DIR / "tr.txt").write_text("[dehumanise]\nasalak\n", encoding="utf-8")
    _clear()
    assert "dehumanise" in word_concepts("asalagıdır", ("tr",))  # "asalağıdır", folded
