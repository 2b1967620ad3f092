"""N08 by kind, not by phrase: each kind of risk to the recipient trips in several languages,
worded unlike any example, and its closest innocent neighbours pass (rule book: "ordinary
words of support, hope, prayer" must not trip; describing a raid, a protest or a transfer,
and figurative fighting, neither)."""

from __future__ import annotations

import pytest

from moderation.rules.datafiles import data_files, data_lines
from moderation.rules.normalize import normalize
from moderation.rules.risk import _ANCHORS, CUE_PREFIX, cue_hits, may_anchor
from tests.moderation.helpers import codes


def _trips(text: str, case: str = "en") -> bool:
    return "N08" in codes(text, case)


# Calls to rise up, storm or tear down the authorities without the word "overthrow".
UPRISING = [
    ("en", "The people should rise against these tyrants and take back the palace."),
    ("en", "Citizens should storm the presidential palace and drag them out."),
    ("en", "It's time to pull down the administration with our own hands."),
    ("en", "Brothers, the hour has come to rise against the tyrants and seize the palace."),
    ("en", "Storm the parliament, all of you, tomorrow morning!"),
    ("en", "This regime must be toppled by force."),
    ("en", "The only language that regime understands is force."),
    ("fr-en", "Il est temps d'envahir le palais présidentiel."),
    ("fr-en", "Nous devons prendre le palais et chasser ce dictateur."),
    ("fr-en", "Ce régime ne comprend que la force."),
    ("es-en", "Ya es hora de que el pueblo se levante en armas."),
    ("es-en", "Todos deben salir a la calle y echar a patadas a este gobierno."),
    ("en", "O povo tem que expulsar o ditador com as próprias mãos."),
    ("en", "Il popolo deve insorgere e rovesciare il regime."),
    ("en", "Es ist Zeit, das Parlament zu stürmen."),
    ("ru-en", "Пора взять штурмом администрацию."),
    ("ru-en", "Надо эту власть снести своими руками."),
    ("en", "Народ має повалити цю владу."),
    ("ar-fr-en", "على الشعب أن ينتفض ويقتحم القصر الجمهوري."),
    ("fa-en", "وقتشه مردم بریزن توی خیابون و بساط این حکومت رو جمع کنن."),
    ("fa-en", "جوانان باید به پاسگاه حمله کنند."),
    ("en", "Gençler karakolu ateşe vermeli."),
    ("en", "Hükümeti zorla devirin!"),
    ("en-zh", "大家应该冲进政府大楼。"),
    ("en-zh", "人民必须用武力把这个政权赶下台。"),
    ("bn-en", "চলো সবাই মিলে এই স্বৈরশাসককে গদি থেকে নামাও।"),
]

UPRISING_NEIGHBOURS = [
    ("en", "We will fight for your release until you walk free."),
    ("en", "Together we break the silence; the walls cannot hold your spirit."),
    ("en", "We must tear down the walls of injustice that keep you there."),
    ("en", "We should tear down the prison of lies they built around you."),
    ("en", "The people rose up in 2019 against the regime, and you were one of the bravest."),
    ("en", "In 2019 protesters stormed the parliament, and the regime answered with bullets."),
    ("en", "The authorities stormed your house at dawn and arrested you."),
    ("en", "The regime wants to destroy you, but we will never forget you."),
    ("en", "Let's storm the ministry with letters and postcards until they free you!"),
    ("en", "We must rise up and demand justice for Ana."),
    ("en", "We must remember those who took up arms against fascism in 1944."),
    ("en", "Armed with hope, we will keep writing to you."),
    ("en", "We will fight them with the weapons of love and truth."),
    ("en", "The government should be toppled at the ballot box, not by violence."),
    ("fr-en", "Le peuple s'est soulevé en 2011 et le régime a répondu par la force."),
    ("fr-en", "Nous devons faire tomber ce mur de silence autour de votre cas."),
    ("es-en", "En 2021 el pueblo salió a las calles y el régimen respondió con palos."),
    ("en", "Wir müssen unsere Stimme gegen das Regime erheben."),
    ("ru-en", "В 2011 году люди вышли на улицы, а власть ответила дубинками."),
    ("ar-fr-en", "يجب على الحكومة أن تفرج عنك فورا."),
    ("fa-en", "مردم در سال ۱۴۰۱ به خیابان‌ها آمدند و حکومت با زور پاسخ داد."),
    ("en", "Hükümet seni hemen serbest bırakmalı."),
    ("en-zh", "政府应该马上释放你。"),
    ("bn-en", "সরকারের উচিত তোমাকে মুক্তি দেওয়া।"),
    # A weapon or "armed" in a description, a court overturning a verdict, a display of courage.
    ("fa-en", "رژیم با سلاح به مردم شلیک کرد، ما فراموش نمی‌کنیم."),
    ("fa-en", "سرکوب مسلحانه معترضان جنایت است."),
    ("en-zh", "希望法院推翻判决，还你清白。"),
    ("es-en", "Luis, tu obra es un derroche de valentía."),
]

# Smuggling: a concealment with a way in, a thing, or a cue of hiding it from the guards.
SMUGGLING = [
    ("en", "We'll put a phone in the lining of the jacket we send you; tell no one."),
    (
        "en",
        "At the bottom of the coffee tin you'll find something useful, "
        "open it when the guards aren't looking.",
    ),
    ("en", "Your cousin will have a SIM card tucked into the bread on the next visit."),
    ("en", "There's cash rolled inside the toothpaste tube, use it for the guards."),
    ("en", "Sasha, the jam jar has a false bottom. You know the rest."),
    ("en", "If anyone touches you, there will be a blade for your protection in the laundry."),
    ("fr-en", "Au parloir, on te passera une puce, discrètement, sans que les gardiens voient."),
    ("fr-en", "Au parloir il y aura une lame cachée dans le talon. Le reste, tu sais."),
    ("es-en", "Te mandamos algo útil en el forro de la chaqueta, que no lo vean los guardias."),
    ("en", "Na próxima visita levamos um chip escondido no salto do sapato."),
    ("en", "Nel prossimo pacco c'è un telefono nascosto nella fodera, non dirlo a nessuno."),
    ("en", "Im Paket ist etwas Nützliches im doppelten Boden, damit die Wärter es nicht sehen."),
    ("ru-en", "На дне банки кое-что полезное, доставай так, чтобы охрана не заметила."),
    ("ru-en", "Проверь подкладку: там то, что поможет тебе выбраться."),
    ("en", "У наступній посилці буде телефон у подвійному дні, щоб охорона не помітила."),
    ("ar-fr-en", "في الطرد القادم هاتف مخبأ في بطانة السترة، لا تخبر أحداً."),
    ("fa-en", "توی بسته بعدی یه گوشی لای آستر کت جاسازی کردیم، به کسی نگو."),
    ("en", "Kitabın kapağına bir SIM kart sakladık."),
    ("en-zh", "我们在书皮里夹了一张SIM卡，小心别被发现。"),
    ("bn-en", "পরের পার্সেলে জুতার তলায় একটা ফোন লুকিয়ে রাখব, কাউকে বলো না।"),
]

SMUGGLING_NEIGHBOURS = [
    ("en", "The guards took away my parcel last month, so I am writing again."),
    (
        "en",
        "We sent you a parcel with warm socks, tea and a book; I hope the guards let you have it.",
    ),
    ("en", "They confiscated your mobile phone and banned all family visits."),
    ("en", "From the bottom of my heart, thank you for your courage."),
    ("en", "At the bottom of the box you will find drawings from my class."),
    ("en", "Don't tell anyone, but my daughter drew you a secret picture, it's in this letter."),
    ("en", "They hide the truth, but the truth always comes out."),
    ("en", "Your hidden strength amazes me."),
    ("en", "The guards confiscated the phone card we sent. It is so unfair."),
    ("en", "Please eat well and protect yourself from the cold. We sent a warm jacket."),
    ("fr-en", "Les gardiens ont fouillé le colis et pris les lettres, c'est honteux."),
    ("es-en", "No estás sola; en la próxima visita tu madre te llevará fotos."),
    ("en", "Sim, estamos todos com você, força!"),
    ("ru-en", "В следующей посылке будет тёплая куртка и варенье."),
    ("ru-en", "Тебе запретили свидания и забрали телефон, это бесчеловечно."),
    ("ar-fr-en", "أرسلنا لك طرداً فيه ملابس دافئة، نتمنى أن يصل إليك."),
    ("en-zh", "下次探视的时候，你妈妈会带孩子们的照片给你。"),
    # The charge of smuggling, evading responsibility.
    ("fa-en", "او را به اتهام قاچاق زندانی کردند، که دروغ است."),
    ("ar-fr-en", "اتهموك بالتهريب وهذا ظلم."),
    ("ar-fr-en", "السلطات تتهرب من مسؤولياتها، ونحن معك."),
]

# Escape: doors left open, vehicles at a transfer, insiders, bribes, "be ready".
ESCAPE = [
    ("en", "One of the guards will leave the side door unlocked on Saturday night, be ready."),
    ("en", "We are preparing your way out; our friend knows the driver of the prison van."),
    ("en", "When they take you to the hospital, someone will pick you up at the rear gate."),
    ("en", "Wait by the laundry door on Tuesday after dark, the gate will be unlocked."),
    ("en", "When the ambulance takes you to the clinic, our man will be driving."),
    ("en", "Chow, slip the guard on the third floor an envelope and he will look the other way."),
    ("fr-en", "Un des gardiens laissera la porte ouverte vendredi soir, soyez prête."),
    (
        "fr-en",
        "Le cousin connaît le chauffeur du fourgon qui vous conduit au tribunal ; "
        "le jour venu, il faudra être prête à courir.",
    ),
    (
        "es-en",
        "Cuando te trasladen al juzgado, un coche te estará esperando; no se lo digas a nadie.",
    ),
    ("en", "Um dos guardas vai deixar a porta dos fundos aberta na sexta à noite, esteja pronto."),
    ("en", "Wenn sie dich ins Krankenhaus bringen, wartet ein Auto am Hintereingang, sei bereit."),
    ("ru-en", "Один из охранников оставит дверь открытой в пятницу ночью, будь готов."),
    ("en", "Коли тебе повезуть до суду, біля чорного ходу чекатиме машина, будь готовий."),
    ("ar-fr-en", "تحدثنا مع أحد الحراس، وسيترك الباب الخلفي مفتوحاً ليلة الجمعة."),
    ("fa-en", "یکی از نگهبانها در پشتی را شب جمعه باز میگذارد، آماده باش."),
    ("en", "Gardiyanlardan biri cuma gecesi arka kapıyı açık bırakacak, hazır ol."),
    ("en-zh", "等你转去医院看病的时候，会有人在后门接应你，车已经准备好了。"),
    ("bn-en", "রাতের পাহারাদারকে ঘুষ দিয়েছি, শনিবার রাতে পেছনের দরজা খোলা থাকবে।"),
    # Across a border, with false papers, after release too.
    ("en", "After you're released, a guide will take you across the border at night."),
    ("en", "Our friends at the border will be waiting for you, we have papers ready."),
]

ESCAPE_NEIGHBOURS = [
    ("en", "When you are released, we will pick you up with a car and drive you home."),
    ("en", "On the day of your release, our car will be waiting to bring you home."),
    ("en", "They moved you to a prison van at night and drove you away without telling anyone."),
    ("en", "I read that they secretly transferred you to a hospital under guard."),
    ("en", "We will be outside the courthouse on the day of your hearing to support you."),
    ("en", "Our door is always open for you and your family."),
    ("en", "Be ready for a big party when you come home!"),
    ("en", "The guards slammed the door and left you in the cold."),
    ("en", "We are working to get you out through the courts."),
    ("en", "My parents crossed the border in 1980 as refugees, so I understand exile."),
    ("en", "They accused you of using a fake passport, which is absurd."),
    ("fr-en", "Quand tu sortiras, une voiture t'attendra pour te ramener chez toi."),
    ("fr-en", "Tu vas t'en sortir, on croit en toi. La nuit, je pense à vous."),
    ("es-en", "Cuando salgas, te estaremos esperando con un coche en la puerta."),
    ("ru-en", "Когда выйдешь, мы встретим тебя на машине у ворот."),
    ("ru-en", "Тебя перевели в другую колонию ночью, никому ничего не сказав."),
    ("ar-fr-en", "عندما يفرج عنك سننتظرك بسيارة عند باب السجن."),
    ("fa-en", "وقتی آزاد شدی با ماشین میایم دنبالت."),
    ("en-zh", "我们永远支持你，等你出来那天我们开车去接你。"),
    ("bn-en", "মুক্তি পেলে আমরা গাড়ি নিয়ে তোমাকে আনতে যাব।"),
]

# Weapons offered, for self-defence or "ready for when you need it".
WEAPONS = [
    ("en", "Pavel, my cousin has the 'hunting equipment' ready for when you need it."),
    ("en", "If you need something sharp to defend yourself, it will reach you on the next visit."),
    ("en", "My brother has the tools ready for when you need them, just say the word."),
    ("fr-en", "Awa, nous avons des amis armés prêts à venir vous chercher."),
    ("es-en", "Luis, nuestra gente ya tiene las armas listas, solo dinos cuándo."),
    ("ru-en", "Саша, у нас есть ствол для тебя, только скажи."),
    ("ar-fr-en", "ناصر، السلاح جاهز عندما تحتاجه."),
    ("fa-en", "وحید، تفنگ آماده است، فقط بگو."),
    ("bn-en", "শাহনেওয়াজ, অস্ত্র তৈরি আছে, শুধু বলো।"),
]

WEAPONS_NEIGHBOURS = [
    ("en", "You are a hero. Your courage is a weapon they cannot take away."),
    ("en", "If you need anything, just say the word in your next letter."),
    ("en", "You are a hero; please protect yourself and eat well."),
    ("en", "Our friends at the embassy are ready to help your family. Just say the word."),
    ("ru-en", "Саша, если что-то нужно, только скажи, мы пришлём книги."),
]

# Hunting down an official.
HUNT = [
    ("ru-en", "Павел, мы найдём того прокурора, и он пожалеет, что родился."),
    ("en", "We will hunt down the judge who sentenced you."),
    ("en", "We know where the prosecutor lives."),
]

HUNT_NEIGHBOURS = [
    ("en", "We know where you are held and we write to the prison every week."),
    ("en", "We know the judge's name and we will write to him every week asking for your release."),
    ("en", "The investigator who beat you should be held accountable in a fair court."),
]


def _ids(cases: list[tuple[str, str]]) -> list[str]:
    return [f"{case}:{text[:40]}" for case, text in cases]


@pytest.mark.parametrize(("case", "text"), UPRISING, ids=_ids(UPRISING))
def test_calls_to_rise_up_storm_or_tear_down_the_authorities_trip(case: str, text: str) -> None:
    assert _trips(text, case)


@pytest.mark.parametrize(("case", "text"), UPRISING_NEIGHBOURS, ids=_ids(UPRISING_NEIGHBOURS))
def test_figurative_fighting_history_and_peaceful_calls_pass(case: str, text: str) -> None:
    assert not _trips(text, case)


@pytest.mark.parametrize(("case", "text"), SMUGGLING, ids=_ids(SMUGGLING))
def test_concealment_with_a_way_in_or_secrecy_trips(case: str, text: str) -> None:
    assert _trips(text, case)


@pytest.mark.parametrize(("case", "text"), SMUGGLING_NEIGHBOURS, ids=_ids(SMUGGLING_NEIGHBOURS))
def test_parcels_visits_and_confiscations_described_pass(case: str, text: str) -> None:
    assert not _trips(text, case)


@pytest.mark.parametrize(("case", "text"), ESCAPE, ids=_ids(ESCAPE))
def test_escape_logistics_without_the_word_escape_trip(case: str, text: str) -> None:
    assert _trips(text, case)


@pytest.mark.parametrize(("case", "text"), ESCAPE_NEIGHBOURS, ids=_ids(ESCAPE_NEIGHBOURS))
def test_lawful_release_transfers_described_and_open_doors_pass(case: str, text: str) -> None:
    assert not _trips(text, case)


@pytest.mark.parametrize(("case", "text"), WEAPONS, ids=_ids(WEAPONS))
def test_weapons_offered_for_when_needed_trip(case: str, text: str) -> None:
    assert _trips(text, case)


@pytest.mark.parametrize(("case", "text"), WEAPONS_NEIGHBOURS, ids=_ids(WEAPONS_NEIGHBOURS))
def test_offers_of_help_and_courage_as_a_weapon_pass(case: str, text: str) -> None:
    assert not _trips(text, case)


@pytest.mark.parametrize(("case", "text"), HUNT, ids=_ids(HUNT))
def test_hunting_down_an_official_trips(case: str, text: str) -> None:
    assert _trips(text, case)


@pytest.mark.parametrize(("case", "text"), HUNT_NEIGHBOURS, ids=_ids(HUNT_NEIGHBOURS))
def test_naming_or_writing_to_officials_passes(case: str, text: str) -> None:
    assert not _trips(text, case)


CODED = [
    ("en", 'Your "medicine" is in the lining of the coat, take it when nobody is looking.'),
    ("fr-en", "Le «cadeau» arrivera au prochain parloir, tu sais le reste."),
    ("en-zh", "下次探監時「禮物」會在書裡。"),
]

CODED_NEIGHBOURS = [
    ("en", 'Your "crime" was to speak the truth, and we will never stop saying so.'),
    ("en", "The so-called 'trial' was a farce. Be ready for good news."),
    ("en", "My students say 'stay strong' and 'we love you'."),
]


@pytest.mark.parametrize(("case", "text"), CODED, ids=_ids(CODED))
def test_a_code_word_in_quotes_with_a_way_in_or_secrecy_trips(case: str, text: str) -> None:
    assert _trips(text, case)


@pytest.mark.parametrize(("case", "text"), CODED_NEIGHBOURS, ids=_ids(CODED_NEIGHBOURS))
def test_scare_quotes_and_quoted_greetings_pass(case: str, text: str) -> None:
    assert not _trips(text, case)


def test_an_insider_among_the_guards_trips_with_a_thing_or_a_door() -> None:
    assert _trips("We talked to one of the guards, he will give you the phone on Monday.")
    assert not _trips("We talked to one of the guards at the gate; he said you are well.")
    assert _trips("Мы договорились с охраной, жди сигнала.", "ru-en")
    assert not _trips("Мы поговорили с одним охранником, он сказал, что ты здоров.", "ru-en")


def test_a_call_to_rise_against_the_guards_trips() -> None:
    assert _trips("It is time to drive out the guards and take the keys.")
    assert not _trips("The guards must stop beating you; the world is watching.")


def test_a_negated_call_does_not_trip() -> None:
    assert _trips("The people must storm the presidential palace.")
    assert not _trips("The people must never storm the presidential palace.")
    assert not _trips("Nobody should storm the presidential palace.")


def test_the_call_must_share_the_clause_of_the_act() -> None:
    # "must" and "storm ... the palace" in one clause: a call; split by a semicolon: not.
    assert _trips("Protesters must storm the palace gates now.")
    assert not _trips("The police storm the palace gates every year; the world must act.")


def test_the_authority_must_stand_next_to_the_act() -> None:
    assert _trips("We should seize the ministry tonight.")
    assert not _trips("We should seize the chance, said the ministry spokesman.")
    assert not _trips("We should seize every chance to write to you, and so should the ministry.")


def test_a_secrecy_cue_in_a_short_next_sentence_counts() -> None:
    assert _trips("There is a false bottom in the jar. Tell no one.")
    # A long sentence after it does not lend its cues.
    assert not _trips(
        "We sent a parcel with books and tea for you. Tell no one that my daughter cried "
        "when she read your story for the first time last winter."
    )


def test_a_lawful_release_cancels_a_waiting_vehicle_phrase() -> None:
    assert _trips("A van will be waiting outside the east gate on Sunday.")
    assert not _trips("When you are released a van will be waiting outside the gate for you.")


def test_longer_innocent_phrases_shadow_the_cue_inside_them() -> None:
    concepts = {h.concept for h in cue_hits(normalize("A phone card from the bottom of my heart."))}
    assert not concepts & {"item", "gadget", "hidespot"}
    assert "item" in {h.concept for h in cue_hits(normalize("a phone in the lining"))}


def test_arabic_cues_match_with_a_conjunction_glued_on() -> None:
    hits = cue_hits(normalize("وسيترك الباب الخلفي مفتوحاً"))
    assert "door" in {h.concept for h in hits}


def test_letters_without_an_anchoring_word_are_not_scanned() -> None:
    assert not may_anchor(normalize("Dear Ana, we think of you every day. Stay strong.").text)
    assert may_anchor(normalize("There is a false bottom in the jar.").text)


def test_every_anchoring_cue_passes_the_shortcut() -> None:
    # The shortcut must never hide a term that can anchor a kind: each one, alone, passes it.
    for name in data_files(CUE_PREFIX, ".txt"):
        if name[len(CUE_PREFIX) : -len(".txt")] not in _ANCHORS:
            continue
        for line in data_lines(name):
            # A stem is completed with its own last letter, to stay in its script.
            term = line + line[-2] if line.endswith("*") else line
            assert may_anchor(normalize(term.replace("*", "")).text), (name, line)
