"""Synthetic letters of support for the screening benchmark (not the evaluation corpus).

Real letters share phrases, not whole texts: each letter here is assembled from a greeting,
one to three of a language's sentences in random order, a sentence of its own detail (a
town, people and things chosen from pools) and a closing, so that no two openings are
likely to be equal. A share of writers send a suggested message as is, which is what happens
at campaign peak, and a share add something that breaks a rule.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Per language: greetings, sentences, details ({p} a town, {a} {b} two nouns), closings,
# and the nouns. {n} is the rights holder's first name.
LANGUAGES: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Dear {n},", "{n},", "Hello {n},", "To {n}:", "Hi {n}!", "My dear {n},"],
        "say": [
            "we think of you every day",
            "your courage inspires our whole town",
            "our reading group wrote to you tonight",
            "the world has not forgotten you",
            "my children drew you a picture of the sea",
            "we lit a candle in the square for you",
            "I read your story and could not stop thinking about it",
            "people here ask about you and want to know you are safe",
            "what you did took more bravery than most of us will ever need",
            "my grandmother says she prays for you each night",
            "we hope the guards let you read this letter",
            "the students at my school signed the petition for your release",
        ],
        "detail": [
            "Here in {p} the {a} and the {b} remind me of you.",
            "Greetings from {p}, where we talked about you over {a} and {b}.",
            "In {p} we put your name on a {a} next to the {b}.",
            "Our little group in {p} meets at the {a} after the {b}.",
        ],
        "close": ["Stay strong.", "With love from {p}.", "We are with you.", "Keep hope alive."],
        "nouns": "river garden winter school kitchen music letter candle morning bridge market "
        "mountain library bicycle harbour village choir football festival island railway "
        "bakery painting poem sunrise autumn forest lantern orchard meadow".split(),
    },
    "fr": {
        "greet": ["Chère {n},", "{n},", "Bonjour {n},", "Cher ami {n},"],
        "say": [
            "nous pensons à vous chaque jour",
            "votre courage nous inspire",
            "notre groupe vous écrit depuis la médiathèque",
            "le monde entier parle de vous",
            "mes élèves ont lu votre histoire en classe",
            "nous avons allumé une bougie sur la place du marché",
            "on ne vous oublie pas, même loin d'ici",
            "votre famille n'est pas seule, nous sommes nombreux à penser à elle",
            "j'espère que cette lettre vous apportera un peu de chaleur",
        ],
        "detail": [
            "Ici à {p}, la {a} et le {b} nous font penser à vous.",
            "Depuis {p}, nous avons parlé de vous autour d'une {a} et d'un {b}.",
            "À {p}, votre nom est écrit sur une {a} près du {b}.",
        ],
        "close": ["Courage !", "Tenez bon.", "Avec toute notre amitié, depuis {p}.", "Amitiés."],
        "nouns": "rivière fenêtre chanson bibliothèque pomme montagne boulangerie école "
        "lettre gare forêt fontaine tasse nappe chorale bicyclette plage cuisine".split(),
    },
    "es": {
        "greet": ["Querido {n},", "{n},", "Hola {n},", "Estimado {n}:"],
        "say": [
            "pensamos en ti todos los días",
            "tu valentía es un ejemplo para todos",
            "nuestro grupo te escribe desde la biblioteca",
            "el mundo entero conoce tu nombre",
            "mis hijos hicieron un dibujo para ti",
            "encendimos velas en la plaza del pueblo",
            "tu familia no está sola, muchos la acompañamos",
            "ojalá puedas leer esta carta pronto",
            "en mi escuela leímos tu historia y todos quisieron escribirte",
        ],
        "detail": [
            "Aquí en {p}, la {a} y el {b} nos recuerdan a ti.",
            "Desde {p} hablamos de ti junto a una {a} y un {b}.",
            "En {p} pusimos tu nombre en una {a} cerca del {b}.",
        ],
        "close": ["¡Fuerza!", "Un abrazo desde {p}.", "No estás solo.", "Con cariño."],
        "nouns": "montaña ventana canción escuela manzana cocina playa guitarra mesa "
        "bicicleta plaza panadería estación huerta fuente calle".split(),
    },
    "ru": {
        "greet": ["Дорогая {n},", "{n},", "Привет, {n}!", "Здравствуй, {n}!"],
        "say": [
            "мы думаем о тебе каждый день",
            "твоя смелость вдохновляет нас",
            "наш клуб написал тебе письмо",
            "весь мир знает твоё имя",
            "мои дети нарисовали для тебя море",
            "мы зажгли свечу на площади",
            "надеюсь, это письмо дойдёт до тебя",
            "твоя семья не одна, мы рядом с ней",
        ],
        "detail": [
            "Здесь, в городе {p}, {a} и {b} напоминают нам о тебе.",
            "Из города {p} шлём тебе {a} и {b}.",
            "В городе {p} мы говорили о тебе, и был {a}, и был {b}.",
        ],
        "close": ["Держись!", "Обнимаем из города {p}.", "Ты не одна.", "С любовью."],
        "nouns": "река сад зима школа музыка свеча утро мост рынок гора библиотека "
        "велосипед гавань деревня хор праздник".split(),
    },
    "ar": {
        "greet": ["عزيزي {n}،", "{n}،", "إلى {n}،"],
        "say": [
            "نحن نفكر فيك كل يوم",
            "شجاعتك تلهمنا جميعا",
            "كتبنا لك من مكتبة المدينة",
            "العالم كله يعرف اسمك",
            "أطفالي رسموا لك صورة البحر",
            "أشعلنا شمعة في الساحة من أجلك",
            "عائلتك ليست وحدها ونحن معها",
        ],
        "detail": [
            "هنا في {p} يذكرنا {a} و{b} بك.",
            "من {p} نرسل لك {a} و{b}.",
        ],
        "close": ["لست وحدك.", "مع كل المحبة.", "نتمنى لك الحرية قريبا."],
        "nouns": "النهر الحديقة الشتاء المدرسة الموسيقى الشمعة الصباح الجسر السوق الجبل "
        "القرية البحر".split(),
    },
    "fa": {
        "greet": ["{n} عزیز،", "سلام {n}،", "{n} گرامی،"],
        "say": [
            "ما هر روز به تو فکر می‌کنیم",
            "شجاعت تو به ما امید می‌دهد",
            "گروه ما برایت نامه نوشت",
            "همه دنیا نام تو را می‌دانند",
            "بچه‌های من برایت نقاشی دریا کشیدند",
            "در میدان شهر برایت شمع روشن کردیم",
            "خانواده‌ات تنها نیست",
        ],
        "detail": [
            "اینجا در {p}، {a} و {b} ما را به یاد تو می‌اندازند.",
            "از {p} برایت {a} و {b} می‌فرستیم.",
        ],
        "close": ["تنها نیستی.", "با عشق.", "امیدوارم به زودی آزاد شوی."],
        "nouns": "رودخانه باغ زمستان مدرسه موسیقی شمع صبح پل بازار کوه کتابخانه دریا".split(),
    },
    "zh": {
        "greet": ["{n}，", "親愛的{n}，", "{n}你好，"],
        "say": [
            "我們每天都在想你",
            "你的勇氣鼓舞了我們",
            "我們在廣場為你點了蠟燭",
            "全世界都知道你的名字",
            "我的孩子給你畫了一幅大海",
            "你的家人並不孤單",
            "希望你能早日收到這封信",
        ],
        "detail": ["在{p}，{a}和{b}讓我們想起你。", "我們從{p}寄給你{a}和{b}。"],
        "close": ["保重！", "加油！", "我們等你回來。"],
        "nouns": "河流 花園 冬天 學校 音樂 蠟燭 早晨 橋 市場 高山 圖書館 大海".split(),
    },
    "bn": {
        "greet": ["প্রিয় {n},", "{n},"],
        "say": [
            "আমরা প্রতিদিন আপনার কথা ভাবি",
            "আপনার সাহস আমাদের অনুপ্রাণিত করে",
            "আমাদের দল আপনাকে চিঠি লিখেছে",
            "সারা পৃথিবী আপনার নাম জানে",
        ],
        "detail": ["এখানে {p}-এ {a} আর {b} আপনার কথা মনে করিয়ে দেয়।"],
        "close": ["ভালো থাকবেন।", "আমরা আপনার পাশে আছি।"],
        "nouns": "নদী বাগান শীত বিদ্যালয় গান মোমবাতি সকাল সেতু বাজার পাহাড়".split(),
    },
    # Not accepted by any case: letters in German are held for N09.
    "de": {
        "greet": ["Liebe {n},", "Hallo {n},"],
        "say": [
            "wir denken jeden Tag an dich und hoffen, dass du bald frei bist",
            "deine Familie ist nicht allein, viele Menschen stehen ihr bei",
        ],
        "detail": ["Hier in {p} erinnern uns der {a} und die {b} an dich."],
        "close": ["Alles Gute aus {p}.", "Bleib stark."],
        "nouns": "Fluss Garten Winter Schule Musik Kerze Morgen Brücke Markt Berg".split(),
    },
}
PLACES = (
    "Leeds Lyon Quito Riga Tunis Shiraz Taipei Dhaka Porto Gdańsk Accra Cork Perth Osaka "
    "Bergen Mombasa Valparaíso Tartu Hobart Nantes Cusco Graz Aarhus Kochi"
).split()
# Additions that break a rule, appended to some letters.
BREACHES = [
    " We will NEVER forget you.",
    " This trial is bullsh1t.",
    " You are **so brave**.",
    " See https://example.com/x for more.",
    " Follow me on Instagram @writer_art_99!",
    " I hope the guards who did this rot in hell.",
    " We must overthrow the regime.",
    " <img src='x.png'>",
    " Call me on +44 7700 900123.",
    " Ces connards de juges !",
]
FIRST = ["Anna", "Omar", "Li", "Sofía", "Jean", "Ирина", "مریم", "Kwame", "Priya", "王芳", "Lars"]
LAST = ["Smith", "Haddad", "Chen", "Díaz", "Martin", "Соколова", "احمدی", "Mensah", "Nair", "Berg"]


@dataclass(frozen=True)
class Letter:
    """One synthetic submission: who writes, from where, to which case, what."""

    author_name: str
    author_email: str
    place: str
    case: int
    text: str


def compose(rng: random.Random, lang: str, first_name: str, place: str) -> str:
    """A letter in ``lang``: perhaps a greeting, one to three sentences in random order,
    perhaps a detail of the writer's own, perhaps a closing. Lengths follow the dev corpus's
    (most letters are a card's two or three sentences: ~100 characters on average)."""
    parts = LANGUAGES[lang]
    stop = {"zh": "。", "bn": "।"}.get(lang, ".")
    k = min(len(parts["say"]), rng.choices((1, 2, 3), weights=(55, 35, 10))[0])
    said = [s + stop for s in rng.sample(parts["say"], k)]
    greeting = rng.choice(parts["greet"]) if rng.random() < 0.7 else ""
    n_details = rng.choices((0, 1, 2), weights=(40, 50, 10))[0]
    details = rng.sample(parts["detail"], k=min(len(parts["detail"]), n_details))
    nouns = iter(rng.sample(parts["nouns"], 2 * len(details)))
    body = [*said, *(d.format(p=place, a=next(nouns), b=next(nouns)) for d in details)]
    if details and rng.random() < 0.3:  # the detail sometimes comes first
        body.insert(0, body.pop())
    closing = rng.choice(parts["close"]) if rng.random() < 0.7 else ""
    pieces = [p[0].upper() + p[1:] for p in (greeting, *body, closing) if p]
    if greeting.endswith((",", "،", "，")):  # "Dear X," goes on in lower case
        pieces[1] = body[0][0].lower() + body[0][1:]
    joiner = "" if lang == "zh" else " "
    return joiner.join(pieces).format(n=first_name, p=place)


def build_letters(
    cases: list[tuple[str, tuple[str, ...], tuple[str, ...]]],
    count: int,
    seed: int = 7,
    *,
    suggested_share: float = 0.15,
    breach_share: float = 0.2,
    foreign_share: float = 0.05,
    repeat_share: float = 0.03,
) -> list[Letter]:
    """``count`` letters to ``cases`` (given as name, languages, suggested messages)."""
    rng = random.Random(seed)
    out: list[Letter] = []
    for _ in range(count):
        index = rng.randrange(len(cases))
        name, languages, suggested = cases[index]
        place = rng.choice(PLACES)
        if out and rng.random() < repeat_share:
            text = out[rng.randrange(len(out))].text  # a copy, or a repeat by the same writer
        elif suggested and rng.random() < suggested_share:
            text = rng.choice(suggested)
        else:
            lang = rng.choice(languages) if rng.random() >= foreign_share else "de"
            text = compose(rng, lang, name.split()[0], place)
        if rng.random() < breach_share:
            text += rng.choice(BREACHES)
        writer = f"writer{rng.randrange(count // 2 + 1)}@example.org"
        author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        out.append(Letter(author, writer, place, index, text))
    return out
