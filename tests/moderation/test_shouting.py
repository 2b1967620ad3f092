"""N05A: a capitalised word is shouted when it is a word; unknown initials are acronyms."""

from __future__ import annotations

import pytest

from tests.moderation.helpers import codes


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("en", "Our branch raised your case at the TUC congress. Solidarity!"),
        ("en", "Everyone at the CWU and the RMT sends greetings."),
        ("ar-fr-en", "ناصر، الله معك. نحن من نقابة CGT في ليون."),
        ("fr-en", "Awa, toute la section CFDT de Rennes pense à vous."),
        ("en", "They even froze his USDT wallet, Ana, but not his spirit."),
    ],
)
def test_unknown_initials_are_not_shouting(case: str, text: str) -> None:
    assert "N05A" not in codes(text, case)


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("en", "Ana, we will RISE with you."),
        ("en", "This is so EVIL, Ana."),
        ("en", "NOOOO, they cannot do this to you."),
        ("es-en", "Luis, ¡eres un HÉROE para nosotros!"),
        ("fr-en", "Awa, c'est une HONTE absolue."),
        ("ru-en", "Саша, это ПОЗОР для всех нас."),
        # Long capitalised words are shouted even when the word lists do not know them.
        ("en", "Those men are TYRANNICAL, Ana."),
    ],
)
def test_capitalised_words_are_shouting(case: str, text: str) -> None:
    assert "N05A" in codes(text, case)


def test_an_acronym_glued_to_chinese_is_read_alone() -> None:
    # No space is needed between Latin letters and Chinese: "ICCPR保障结社自由" is ICCPR, an
    # initialism, followed by Chinese; read whole it was a long word in capitals.
    assert "N05A" not in codes("晓雯，国际劳工组织（ILO）都在关注你。ICCPR保障结社自由。", "en-zh")
    assert "N05A" in codes("晓雯，我们为你高喊FREEDOM，大家都在等你回家。", "en-zh")


def test_a_case_in_chinese_reads_capitals_without_a_chinese_word_list() -> None:
    # wordfreq needs a tokeniser for Chinese that is not installed: asking it raised, and the
    # screening failed, for any unlisted short word in capitals in a letter to a Chinese case.
    assert "N05A" not in codes("晓雯，我们都支持TUCX的声明，大家都在等你。", "en-zh")
    assert "N05A" in codes("Chow, we SHOUT your name in the street.", "en-zh")
