"""N09: language identification with lingua, with "can't tell" for short or mixed text."""

from __future__ import annotations

import pytest

from tests.moderation.helpers import run

HOLD = [
    ("en", "Liebe Ana, wir denken jeden Tag an dich und hoffen, dass du bald frei bist.", "de"),
    ("en", "Cara Ana, ti penso ogni giorno e spero che tu sia libera presto.", "it"),
    ("es-en", "Querido Luis, aqui do Brasil mandamos muita força. A sua arte inspira.", "pt"),
    ("en-zh", "Querida Chow, desde Lima te mandamos toda nuestra fuerza. Eres un ejemplo.", "es"),
    ("ru-en", "Chère Sasha, nous avons lu votre histoire et nous pensons beaucoup à vous.", "fr"),
    ("ru-en", "Саша, ми думаємо про тебе щодня. Тримайся, ти не сама!", "uk"),
    ("fa-en", "أخي وحيد، نحن نفكر فيك وفي عائلتك كل يوم. نتمنى لك الحرية قريباً.", "ar"),
    ("ar-fr-en", "ناصر عزیز، از تهران برایت آرزوی سلامتی و آزادی دارم.", "fa"),
    ("fr-en", "幸彤，我們在台北為你點了一支蠟燭，請保重身體。", "zh"),
    ("en", "チョウさん、いつもあなたのことを思っています。頑張ってください。", "ja"),
]  # fmt: skip

PASS = [
    ("en-zh", "鄒幸彤，我們記得，我們與你同在，請保重。", "zh"),
    ("en-zh", "幸彤，你好。我在多伦多读书，谢谢你的勇气。", "zh"),  # simplified Chinese
    ("bn-en", "শাহনেওয়াজ, আমরা আপনার পাশে আছি। এটা কোনো অপরাধ নয়।", "bn"),
    ("ru-en", "Саша, привет из Тбилиси! Мы помним тебя. Береги себя.", "ru"),
    ("fa-en", "سلام وحید جان. هر شب برایت دعا می‌کنم. صبور باش.", "fa"),
    ("ar-fr-en", "الأخ ناصر، نحن نفكر فيك كل يوم. نتمنى لك الصحة والحرية قريباً.", "ar"),
    ("fr-en", "Tabarnak que c'est injuste ! On pense à toi.", None),
]  # fmt: skip

CANT_TELL = [
    ("fr-en", "加油!"),
    ("es-en", "Força, Luis! 💪"),
    ("en", "Viel Kraft, Ana! 🕯️"),
    ("en", "❤️✊"),
    ("en", "Stay strong, 加油!"),
    ("en-zh", "Dear Chow, we lit candles for you in London again. 我們記得。Stay safe."),
    ("es-en", "Luis, te escribo desde Viena. Alles Gute y mucha fuerza; tu arte sigue vivo."),
    ("en", "Ana, stay strong. This sentence is uma merda, as we say in Brazil."),
]


@pytest.mark.parametrize(("case", "text", "language"), HOLD)
def test_n09_holds_text_in_a_language_the_case_does_not_accept(
    case: str, text: str, language: str
) -> None:
    result = run(text, case)
    assert "N09" in result.rules
    assert result.language == language


@pytest.mark.parametrize(("case", "text", "language"), PASS)
def test_n09_does_not_trip_on_accepted_languages(case: str, text: str, language: str) -> None:
    result = run(text, case)
    assert "N09" not in result.rules
    if language is not None:
        assert result.language == language


@pytest.mark.parametrize(("case", "text"), CANT_TELL)
def test_n09_does_not_trip_on_short_or_mixed_text(case: str, text: str) -> None:
    assert "N09" not in run(text, case).rules


def test_a_script_decides_alone_only_when_one_known_language_uses_it() -> None:
    from moderation.rules.language import _sole_language, detector_languages

    assert _sole_language(frozenset({"en", "ru", "zh"}), "cyrillic") == "ru"
    assert _sole_language(frozenset({"en", "fr", "ru"}), "latin") is None
    # The detector also knows Ukrainian and Bulgarian: Cyrillic alone does not decide.
    languages = detector_languages(("en", "ru"), ("ru", "en"))
    assert _sole_language(languages, "cyrillic") is None


def test_function_words_count_only_where_one_language_of_the_script_has_them() -> None:
    from moderation.rules.language import _exclusive_words

    table = _exclusive_words(frozenset({"en", "es", "pt", "zh"}), "latin")
    assert table is not None
    assert table["the"] == "en"
    assert table["los"] == "es"
    assert table["você"] == "pt"
    # Spanish and Portuguese share "que" and "para": neither can claim them.
    assert "que" not in table and "para" not in table
    # A language of the script without a list turns the shortcut off for that script.
    assert _exclusive_words(frozenset({"en", "ro"}), "latin") is None


@pytest.fixture
def no_lingua(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if lingua is asked: the shortcut must have settled the language."""
    import moderation.rules.language as language_module

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("lingua was asked")

    monkeypatch.setattr(language_module, "_confidences", refuse)


@pytest.mark.parametrize(
    ("case", "text", "language"),
    [
        ("en", "Dear Ana, we think of you and your family every day. You are not alone.", "en"),
        ("fr-en", "Chère Awa, nous pensons à vous et à votre famille. Vous êtes forte.", "fr"),
        ("es-en", "Querido Luis, tu arte y tu valentía son un ejemplo para todos.", "es"),
        ("ru-en", "Саша, мы думаем о тебе каждый день и очень ждём твоего освобождения.", "ru"),
        ("fa-en", "وحید عزیز، ما هر روز به تو و خانواده‌ات فکر می‌کنیم. تو تنها نیستی.", "fa"),
    ],
)  # fmt: skip
def test_a_letter_of_an_accepted_language_is_settled_by_its_function_words(
    no_lingua: None, case: str, text: str, language: str
) -> None:
    result = run(text, case)
    assert "N09" not in result.rules
    assert result.language == language


@pytest.mark.parametrize(
    ("case", "text"),
    [
        # Portuguese shares many words with Spanish, but not the ones only Spanish uses.
        ("es-en", "Querido Luis, aqui do Brasil mandamos muita força. Você não está sozinho."),
        # Too few function words of the accepted language to be sure: lingua decides.
        ("en", "Liebe Ana, we denken an dich und hoffen, dass du bald frei bist."),
    ],
)
def test_unclear_function_words_leave_the_decision_to_lingua(case: str, text: str) -> None:
    from moderation.rules.language import _by_function_words, detector_languages

    languages = detector_languages(("en", "es", "fr", "ru", "fa"), ("en", "es"))
    assert _by_function_words(text, languages, "latin") != case.split("-")[0]
    assert "N09" in run(text, case).rules


def test_distinctive_letters_point_at_one_language_of_the_script() -> None:
    from moderation.rules.language import _by_letters, detector_languages

    languages = detector_languages(("en", "ru", "fa", "ar"), ("ru", "en"))
    assert _by_letters("Дорогая Саша, ты не одна. Мы с тобой.", languages, "cyrillic") == "ru"
    assert _by_letters("Саша, ми з тобою. Тримайся, ми її чекаємо!", languages, "cyrillic") == "uk"
    # Letters of two languages: no answer here.
    assert _by_letters("Мы з тобою, ми її чекаємо, мы рядом", languages, "cyrillic") is None
    assert _by_letters("وحید جان، برایت چیزی می‌نویسم از پاریس", languages, "arabic") == "fa"


@pytest.mark.parametrize(
    ("case", "text", "language"),
    [
        ("ru-en", "Саша, ты не одна. Мы с тобой каждый день!", "ru"),
        ("fa-en", "وحید جان، هر شب برایت چراغی روشن می‌کنیم. پاینده باشی.", "fa"),
    ],
)
def test_a_short_letter_with_its_languages_own_letters_needs_no_lingua(
    no_lingua: None, case: str, text: str, language: str
) -> None:
    result = run(text, case)
    assert "N09" not in result.rules
    assert result.language == language
