"""The shared normalisation step, on its own: what it folds and how spans map back."""

from __future__ import annotations

import pytest

from moderation.rules.normalize import normalize


def test_nfkc_folds_full_width_and_styled_letters() -> None:
    assert normalize("Ｆｕｌｌ 𝐁𝐨𝐥𝐝").text == "full bold"


def test_zero_width_and_bidi_controls_are_removed() -> None:
    text = "sh\u200bi\u200dt \u202eevil\u202c \u2066x\u2069"
    assert normalize(text).text == "shit evil x"


def test_case_folding_and_accents() -> None:
    assert normalize("Élodie STRASSE ß").text == "elodie strasse ss"


def test_keep_case_folds_accents_but_not_capitals() -> None:
    assert normalize("Élodie MÜLLER", keep_case=True).text == "Elodie MULLER"


def test_without_fold_only_nfkc_and_invisibles_apply() -> None:
    assert normalize("Ａb\u200bC", fold=False).text == "AbC"


def test_combining_underline_is_dropped_with_its_letter_kept() -> None:
    assert normalize("s̲i̲").text == "si"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("fuсk", "fuck"),  # Cyrillic с in a Latin word
        ("раypal", "paypal"),  # Cyrillic р and а
        ("Сaша", "саша"),  # Latin a in a Cyrillic word
    ],
)
def test_confusables_fold_into_the_word_majority_script(text: str, folded: str) -> None:
    assert normalize(text).text == folded


def test_pure_cyrillic_text_is_left_alone() -> None:
    assert normalize("Саша, держись").text == "саша, держись"


def test_arabic_and_persian_letter_variants_are_unified() -> None:
    assert normalize("كيف").text == normalize("کیف").text


@pytest.mark.parametrize(
    ("text", "leet"),
    [("sh1t", "shit"), ("a$$hole", "asshole"), ("5hit!", "shit!"), ("ßhit", "shit")],
)
def test_leetspeak_is_read_inside_words(text: str, leet: str) -> None:
    assert normalize(text, leet=True).text == leet


def test_leetspeak_leaves_numbers_and_punctuation_alone() -> None:
    assert normalize("In 2024, 3 of us wrote!", leet=True).text == "in 2024, 3 of us wrote!"


def test_spans_map_back_to_the_original_text() -> None:
    original = "Holy \u200bßhit, ﬁne"
    view = normalize(original, leet=True)
    start = view.text.index("shit")
    a, b = view.span(start, start + 4)
    assert original[a:b] == "\u200bßhit"[1:] or original[a:b] == "ßhit"
    fi = view.text.index("fi")
    assert view.excerpt(fi, fi + 2) == "ﬁ"


def test_spans_cover_combining_marks() -> None:
    original = "e\u0301te s̲i̲"
    view = normalize(original)
    assert view.text == "ete si"
    assert view.excerpt(0, 1) == "e\u0301"
    assert view.excerpt(4, 6) == "s̲i̲"


def test_span_past_the_end_is_empty_at_the_end() -> None:
    view = normalize("abc")
    assert view.span(3, 3) == (3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "sh1t happens",
        "a$$hole",
        "Stay strong!",
        "5 * 3 = 15",
        "Straße",
        "l33t",
        "x|_s 3",
        "hb_$é*.",
        "2024 was hard",
        "Courage ! À bientôt.",
        "１ove",
        "Привет, Саша!",
    ],
)
def test_the_leet_view_is_shared_with_the_folded_one_only_when_it_reads_the_same(
    text: str,
) -> None:
    from moderation.rules.context import ScreenContext
    from tests.moderation.helpers import CAMPAIGN, CASES, Submission

    ctx = ScreenContext(Submission("A B", "a@b.org", "Leeds", text), CASES["en"], CAMPAIGN)
    expected = normalize(text, leet=True)
    assert ctx.leet.text == expected.text
    assert list(ctx.leet.starts) == list(expected.starts)
