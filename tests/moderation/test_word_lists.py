"""The word lists of slurs (N04), insults (N07) and vulgar words (N06): every campaign language
has its own files, their words trip in context, and ordinary words that fold into a listed one
or lie one letter from it (the respelled view) pass."""

from __future__ import annotations

import pytest

from moderation.rules.datafiles import data_files
from tests.moderation.helpers import case_in, codes

LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "ru", "uk", "tr", "ar", "fa", "bn", "zh")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_campaign_language_has_insult_and_vulgar_lists(language: str) -> None:
    assert f"insults_{language}.txt" in data_files("insults_", ".txt")
    assert f"vulgar_{language}.txt" in data_files("vulgar_", ".txt")


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        ("en", "You are a spineless coward and a lying rat.", "N07"),
        ("en", "Those muzzies should go home.", "N04"),
        ("fr", "T'es qu'une tarlouze, dégage.", "N04"),
        ("fr", "Bande d'abrutis, va chier.", "N07"),
        ("es", "Ese veneco no debería estar aquí.", "N04"),
        ("es", "Me suda la polla lo que diga el juez.", "N06"),
        ("pt", "Seu otário, lixo humano.", "N07"),
        ("pt", "Um traveco entrou no banheiro.", "N04"),
        ("de", "Du Hohlbirne, du Vollpfosten!", "N07"),
        ("de", "Die Zigeuner vom Parkplatz.", "N04"),
        ("it", "Sei un coglione e un leccaculo.", "N07"),
        ("it", "Quei terroni non capiscono niente.", "N04"),
        ("ru", "Ну и мудачьё сидит в прокуратуре.", "N06"),
        ("ru", "Эти чучмеки всё захватили.", "N04"),
        ("uk", "Ти покидьок і довбойоб.", "N07"),
        ("tr", "Bu sistemin içine sıçayım.", "N06"),
        ("tr", "Bu gavurlar defolsun.", "N04"),
        ("ar", "يلعن ابو هالقاضي، شو هالعرص.", "N06"),
        ("ar", "ya ibn el sharmoota", "N06"),
        ("fa", "ای بی‌همه‌چیز بی‌شعور.", "N07"),
        ("fa", "محله پر شده از این ترک‌خرها.", "N04"),
        ("bn", "তুই একটা বেজন্মা কুলাঙ্গার।", "N07"),
        ("zh", "你这个狗东西，窝囊废。", "N07"),
        ("zh", "尼哥滚回去。", "N04"),
    ],
)
def test_listed_words_of_every_language_trip(language: str, text: str, code: str) -> None:
    assert code in codes(text, case_in(language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Folded into another language's slur or insult.
        ("pt", "A família pede a sua libertação."),  # French pédé
        ("es", "Kike te manda un abrazo desde Madrid."),  # kike
        ("es", "Siempre defendiste a los más débiles."),  # French débiles
        ("de", "Er wog nur noch fünfzig Kilo, als er freikam."),  # wog
        ("ar", "حكموا عليك بالسجن عشر سنوات مع أشغال شاقة، ونحن معك."),  # Persian آشغال
        # A word's innocent sense.
        ("en", "The cells are infested with vermin, and prisoners live in subhuman conditions."),
        ("fr", "Les ordures ménagères ne sont plus ramassées, la cellule est pleine de vermine."),
        ("fr", "Ils l'ont arrêté pour moins que rien."),
        ("ru", "Мама сделала педикюр, а посол Чуркин выступил в ООН."),
        ("ru", "Дедушка колол дрова, а я складывал чурки в поленницу."),
        # One letter from a listed word: the respelled view must not read it as that word.
        ("en", "We lit candles for you in Mong Kok, and I am reading Trollope again."),
        ("es", "La plaza de Tirso de Molina estaba llena; cargaré con esto hasta que salgas."),
        ("pt", "Compramos uma mesa de mogno; o mormaço de hoje está insuportável."),
        ("it", "Ho messo una nuova fodera al cappotto; i babbi della scuola ti salutano."),
        ("de", "Die Jacke ist verschlissen, sie flickte sie; die Gravur lautet: Freiheit."),
        ("ru", "Мы ехали поездами; её осудили за хулиганство; мама лечит спину мазью."),
        ("uk", "Гнівна мати писала листи щодня, гміна виділила кошти."),
        ("ar", "زرنا القبة في القدس، وأنا رافض لهذا الحكم الظالم."),
        ("fa", "دکتر برای پدرم کیمو درمانی تجویز کرد."),
        ("zh", "3月5日你妈妈会去探视你，你老母亲身体好吗？我草拟了一份请愿书。"),
    ],
)
def test_ordinary_words_near_listed_ones_pass(language: str, text: str) -> None:
    assert not {"N04", "N06", "N07"} & set(codes(text, case_in(language)))
