"""The respelled view: misspellings that dodge a word list (doubled, swapped, dropped or
inserted letters, split words, words run together, symbols for letters) read as the listed
word, and the nearest innocent words and names left alone."""

from __future__ import annotations

import pytest

from moderation.rules.context import ScreenContext
from moderation.rules.engine import default_campaign_rules
from moderation.rules.normalize import normalize
from moderation.rules.respell import respell
from moderation.rules.types import CaseRules, Submission
from tests.moderation.helpers import CASES, run

CASES.setdefault("de-en", CaseRules(slug="anna", name="Anna Schmidt", languages=("de", "en")))
CASES.setdefault("tr-en", CaseRules(slug="osman", name="Osman Kavala", languages=("tr", "en")))


def n06(text: str, case: str = "en") -> list[str]:
    """The excerpts N06 reports."""
    return [f.excerpt for f in run(text, case).findings if f.code == "N06"]


def respelled(text: str, languages: tuple[str, ...] = ("en",)) -> str:
    return respell(normalize(text, leet=True), languages).text


# The respelled view.


@pytest.mark.parametrize(
    ("text", "case"),
    [
        # Doubled or repeated letters.
        ("You are full of shiit.", "en"),
        ("Quelle meerde, cette prison.", "fr-en"),
        ("Qué mierrda de juicio.", "es-en"),
        ("So eine Schlampee, diese Richterin.", "de-en"),
        ("Ну ты и сууука, судья.", "ru-en"),
        ("Siktirr git hakim.", "tr-en"),
        # One pair of letters swapped.
        ("fcuk this court", "en"),
        ("Quelle mrede.", "fr-en"),
        ("Que se jdoer el juez.", "es-en"),
        ("Der Richter ist ein Arschlcoh.", "de-en"),
        ("Это полный пзидец.", "ru-en"),
        ("Hakim orsopu.", "tr-en"),
        # One letter dropped.
        ("The judge is a bastad.", "en"),
        ("Ce juge est un conard.", "fr-en"),
        ("Qué mirda.", "es-en"),
        ("Der Richter ist ein Arshloch.", "de-en"),
        ("Ну ты и блят.", "ru-en"),
        ("Sktir git.", "tr-en"),
        # One letter inserted.
        ("fucck this court", "en"),
        ("Putainn de juge.", "fr-en"),
        ("Fickenn die Richter.", "de-en"),
        # Letters split by spaces, dots, dashes or underscores.
        ("the f u c k thing", "en"),
        ("sh it happens to the best", "en"),
        ("Quelle m.e.r.d.e !", "fr-en"),
        ("Qué p-u-t-a vergüenza.", "es-en"),
        ("So eine schei sse.", "de-en"),
        ("Ну ты и су ка.", "ru-en"),
        ("Ну ты и с_у_к_а.", "ru-en"),
        # A letter of one language that looks like another letter in a word that is none
        # of its ordinary words.
        ("The judge is a bıtch.", "en"),
        ("Sıkerım böyle düzeni.", "tr-en"),
        # Symbols for letters.
        ("What a $h!t show", "en"),
        ("You @sshole", "en"),
    ],
)
def test_each_kind_of_dodge_trips_n06(text: str, case: str) -> None:
    assert n06(text, case), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fuuuck you", "fuck you"),
        ("fcuk this", "fuck this"),
        ("shiit happens", "shit happens"),
        ("f u c k", "fuck"),
        ("s.h.i.t", "shit"),
        ("sh it happens", "shit happens"),
        ("youidiot", "you idiot"),
        ("fuucking bastards", "fucking bastards"),
        ("bıtch", "bitch"),
    ],
)
def test_the_respelled_view_reads_the_listed_term(text: str, expected: str) -> None:
    assert respelled(text) == expected


def test_the_respelled_view_maps_back_to_what_was_typed() -> None:
    view = respell(normalize("the f u c k thing", leet=True), ("en",))
    start = view.text.index("fuck")
    assert view.excerpt(start, start + 4) == "f u c k"
    view = respell(normalize("hey youidiot!", leet=True), ("en",))
    start = view.text.index("idiot")
    assert view.excerpt(start, start + 5) == "youidiot"


def test_the_respelled_view_is_the_leet_view_when_nothing_is_respelled() -> None:
    ctx = ScreenContext(
        submission=Submission("Jane Porter", "jane@example.org", "Leeds", "Stay strong, Ana."),
        case=CASES["en"],
        campaign=default_campaign_rules(),
    )
    assert ctx.respelled is ctx.leet


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("We visited Scunthorpe and read Dickens.", "en"),
        ("Shiitake mushrooms and a cocktail.", "en"),
        ("A duck sat on the fork.", "en"),
        ("Sit down and count the clock.", "en"),
        ("The pen is mightier than the sword.", "en"),
        ("Essex, Sussex, a therapist and the assassination of a grape in class.", "en"),
        ("Luck, muck, puck, buck, shirt, hit, shot, shut, witch, pitch, hunt, punt.", "en"),
        ("Putin is a criminal.", "en"),
        ("Greetings from Mr Sukhov and Ms Sukhova.", "en"),
        ("Merle, mère, patin, salade, puits et butte.", "fr-en"),
        ("Pato, pulpo, poder, coger, cabra y miedo.", "es-en"),
        ("Die Schiesserei war schlimm, die Scheide und die Hürde.", "de-en"),
        ("Саша, держись! Хирург сказал, что хуже не будет.", "ru-en"),
        ("Тримайся, друже! Сукня для доньки вже готова.", "ru-en"),
        ("Слава Україні! Бляшанка і хуртовина.", "ru-en"),
        ("Seni sık sık düşünüyoruz, sıkıntılar geçecek.", "tr-en"),
        ("I paid $500 and @home", "en"),
    ],
)
def test_the_nearest_innocent_words_and_names_pass(text: str, case: str) -> None:
    assert n06(text, case) == [], text


def test_a_word_one_letter_from_a_vulgar_one_is_not_respelled() -> None:
    for word in ("duck", "sit", "fork", "count", "shirt", "putin", "hit"):
        assert respelled(word) == word
