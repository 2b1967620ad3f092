"""Look-alike letters folded with Unicode's confusables data (UTS #39), and words mixing
scripts that do not belong together reported by N06 ("also when disguised")."""

from __future__ import annotations

import pytest

from moderation.rules.confusables import LATIN, reading
from moderation.rules.normalize import normalize
from moderation.rules.scripts import mixed_script_words
from tests.moderation.helpers import run


def n06(text: str, case: str = "en") -> list[str]:
    """The excerpts N06 reports."""
    return [f.excerpt for f in run(text, case).findings if f.code == "N06"]


# Look-alike letters, from Unicode's confusables data.


@pytest.mark.parametrize(
    ("char", "letter"),
    [
        ("а", "a"),  # Cyrillic
        ("о", "o"),
        ("ѕ", "s"),
        ("в", "b"),  # through its capital: В looks like B
        ("ο", "o"),  # Greek
        ("ι", "i"),
        ("υ", "u"),
        ("օ", "o"),  # Armenian
        ("ս", "u"),
        ("ո", "n"),
        ("ı", "i"),  # dotless i
        ("ᴀ", "a"),  # small capitals
        ("ʙ", "b"),
        ("ᴄ", "c"),
        ("ꮪ", "s"),  # Cherokee
        ("ꭺ", "a"),
    ],
)
def test_look_alikes_read_as_latin_letters(char: str, letter: str) -> None:
    assert reading(char, LATIN) == letter


def test_latin_letters_read_as_cyrillic_in_a_cyrillic_word() -> None:
    assert reading("a", "CYRILLIC") == "а"
    assert reading("p", "CYRILLIC") == "р"
    assert normalize("хуiня").text == "хуіня"
    assert normalize("сука и сукa").text == "сука и сука"  # three Cyrillic letters, one Latin


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("fսck", "fuck"),
        ("fuсk", "fuck"),
        ("fυck", "fuck"),
        ("ꜰᴜᴄᴋ", "fuck"),
        ("ｆｕｃｋ", "fuck"),
        ("𝐟𝐮𝐜𝐤", "fuck"),
        ("ꮪhit", "shit"),
    ],
)
def test_a_latin_word_with_look_alikes_reads_as_latin(text: str, folded: str) -> None:
    assert normalize(text).text == folded


def test_letters_of_a_language_are_not_folded() -> None:
    # Turkish "sık" (often) is not "sik"; the respelled view decides, word by word.
    assert normalize("sık sık").text == "sık sık"


def test_folding_keeps_offsets() -> None:
    view = normalize("what the fսck")
    start = view.text.index("fuck")
    assert view.excerpt(start, start + 4) == "fսck"


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("What the fսck", "en"),
        ("What the fuсk", "en"),
        ("What the fυck", "en"),
        ("What the ꜰᴜᴄᴋ", "en"),
        ("What the ｆｕｃｋ", "en"),
        ("ꮪhit happens", "en"),
        ("Ce juge est un cоnnard.", "fr-en"),  # Cyrillic о
        ("Qué mιerda.", "es-en"),  # Greek iota
        ("Это полная хуiня, Саша.", "ru-en"),
    ],
)
def test_look_alike_letters_trip_n06(text: str, case: str) -> None:
    assert n06(text, case)


# Words mixing scripts.


@pytest.mark.parametrize(
    "text",
    [
        "Слава Українi!",  # Ukrainian with a Latin i: reported, the writer retypes it
        "Это просто пиzдец.",
        "Hello wоrld",  # Latin with a Cyrillic о
        "Καλημέρα kαι",  # Latin with Greek
        "Cyrillic with Greek: мαма",
        "Armenian: բarev",
        "f\u200bսck",  # a zero-width space does not part a word
        "𝐟ս𝐜𝐤",  # styled letters count as the letters they stand for
    ],
)
def test_a_word_mixing_scripts_is_found(text: str) -> None:
    assert mixed_script_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Привет, Sasha!",
        "Stay strong, 加油!",
        "My iPhone手机 and a Tシャツ from 東京タワー.",
        "K팝 and 한국어",
        "Саша2024, держись ❤️",
        "Саша2024x",  # digits part words
        "Пишите на иван@mail.ru или https://пример.рф/страница",
        "Καλημέρα, Γιώργο.",
        "نحن معك يا ناصر",
    ],
)
def test_words_in_one_script_or_scripts_that_belong_together_are_not(text: str) -> None:
    assert mixed_script_words(text) == []


def test_a_mixed_script_word_is_an_n06_finding_on_the_word() -> None:
    result = run("Слава Українi, Саша!", "ru-en")
    findings = [f for f in result.findings if f.code == "N06"]
    assert [f.excerpt for f in findings] == ["Українi"]
    assert "alphabets" in findings[0].explanation
    assert "retype" in findings[0].explanation


def test_a_vulgar_word_with_a_look_alike_is_reported_once() -> None:
    findings = [f for f in run("What the fսck").findings if f.code == "N06"]
    assert len(findings) == 1
    assert "vulgar" in findings[0].explanation
