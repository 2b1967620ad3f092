"""What trips each rule and what must not, in several languages and scripts."""

from __future__ import annotations

import pytest

from tests.moderation.helpers import codes

# (code, case, text): the message must raise the code.
TRIPS = [
    # N04: generalising attacks on a group; accusing a named person of crimes
    ("N04", "en", "Stay strong. Muslims are a plague on Europe and should be deported."),
    ("N04", "en", "Jews control the courts, they are parasites."),
    ("N04", "en", "Africans are lazy, that's why nothing works there."),
    ("N04", "en", "You are a hero, unlike those trans freaks on TV."),
    ("N04", "en", "Go back to your own country, all of you refugees."),
    ("N04", "en", "Judge Peter Walsh took bribes to convict you, everybody knows it."),
    ("N04", "fr-en", "Les Arabes sont des parasites, courage à vous."),
    ("N04", "fr-en", "Le juge Martin Leroy a volé l'argent des familles et a torturé des gens."),
    ("N04", "es-en", "Los chinos son unas cucarachas, fuerza Luis."),
    ("N04", "es-en", "El fiscal Ramón Pérez cobró sobornos para encarcelarte."),
    ("N04", "ru-en", "Саша, держись. Чеченцы — дикари и паразиты."),
    ("N04", "en-zh", "支持你！大陆人都是蝗虫。"),
    # N05A: shouting
    ("N05A", "en", "We will NEVER stop writing to you."),
    ("N05A", "en", "FREE ANA NOW"),
    ("N05A", "fr-en", "Awa, vous êtes INCROYABLE, courage."),
    ("N05A", "es-en", "Luis, ¡ERES UN HÉROE! Fuerza."),
    ("N05A", "ru-en", "Саша, мы ВСЕГДА с тобой."),
    # N05B: bold, italic, underline
    ("N05B", "en", "Ana, you are __so brave__."),
    ("N05B", "en", "Ana, <strong>stay strong</strong>."),
    ("N05B", "en", "Ana, [i]we remember[/i]."),
    ("N05B", "en", "Ana, 𝑦𝑜𝑢 𝑎𝑟𝑒 𝑛𝑜𝑡 𝑎𝑙𝑜𝑛𝑒."),
    ("N05B", "en", "Ana, we are with you a̅l̅w̅a̅y̅s̅."),
    ("N05B", "fr-en", "Awa, *courage* et patience."),
    # N06: vulgarity, also disguised
    ("N06", "en", "This verdict is total bullsh!t. Stay strong."),
    ("N06", "en", "What a sh*tshow this trial is."),
    ("N06", "en", "They are such f-u-c-k-i-n-g cowards."),
    ("N06", "en", "Holy crap, five years for a tweet?"),
    ("N06", "en", "This is fuсking unfair."),  # Cyrillic с inside a Latin word
    ("N06", "en", "This is f\u200bucking unfair."),  # zero-width space inside the word
    ("N06", "en", "Ｆｕｃｋ this regime's courts."),  # full-width letters
    ("N06", "en", "What a load of shiiiit."),
    ("N06", "fr-en", "C'est de la merdeee, tenez bon Awa."),
    ("N06", "fr-en", "Putaaain, quelle injustice."),
    ("N06", "fr-en", "Câlisse que c'est injuste, Awa."),
    ("N06", "es-en", "Qué puta vergüenza lo que te hacen, Luis."),
    ("N06", "es-en", "Esos jueces son unos pendejos."),
    ("N06", "es-en", "Joder, qué injusticia. Fuerza."),
    ("N06", "ru-en", "Саша, это просто пиздeц."),
    ("N06", "ru-en", "Саша, суд — это полная хуйня."),
    ("N06", "ru-en", "Бля, как же это несправедливо."),
    ("N06", "ar-fr-en", "ناصر، هذا الحكم خرا."),
    ("N06", "fa-en", "وحید جان، این قاضی کسکش است."),
    ("N06", "en-zh", "这个判决真是他妈的不公平。"),
    ("N06", "en-zh", "那些法官都是傻逼。"),
    ("N06", "bn-en", "এই বিচার একটা বাল।"),
    ("N06", "en", "Sasha, this is merda, stay strong."),
    # N07: threats, wishes of violence, insults
    ("N07", "en", "I will find the guards who hurt you and kill them."),
    ("N07", "en", "I hope that judge rots in hell."),
    ("N07", "en", "The prosecutor deserves to be shot."),
    ("N07", "en", "May they all burn for what they did."),
    ("N07", "en", "The officers who beat you are scumbags."),
    ("N07", "en", "Those cops should be strung up."),
    ("N07", "fr-en", "J'espère que ces policiers vont crever."),
    ("N07", "fr-en", "Ces flics méritent la mort."),
    ("N07", "fr-en", "Le juge est un sale con et un abruti."),
    ("N07", "es-en", "Ojalá se mueran todos los carceleros."),
    ("N07", "es-en", "Ese juez es un imbécil y un canalla."),
    ("N07", "es-en", "Hay que fusilarlos a todos."),
    ("N07", "ru-en", "Чтоб они сдохли, эти судьи."),
    ("N07", "ru-en", "Судья — просто мразь."),
    ("N07", "ar-fr-en", "أتمنى أن يموتوا جميعاً، هؤلاء الحراس."),
    ("N07", "fa-en", "امیدوارم آن قاضی بمیرد."),
    ("N07", "en-zh", "那些警察不得好死。"),
    ("N07", "bn-en", "ওই পুলিশদের ফাঁসি চাই।"),
    # N08: risk to the recipient
    ("N08", "en", "We are sending you a sim card hidden in the cake."),
    ("N08", "en", "The people must rise up against the regime and bring it down."),
    ("N08", "en", "Someone should burn down the prison and free everyone."),
    ("N08", "en", "We have a plan to help you escape from prison next month."),
    ("N08", "en", "Take up arms, there is no other way."),
    ("N08", "fr-en", "Il faut renverser ce régime par tous les moyens."),
    ("N08", "fr-en", "On prépare votre évasion, soyez prête la nuit du signal."),
    ("N08", "es-en", "Hay que derrocar a la dictadura ya."),
    ("N08", "es-en", "Te vamos a pasar un celular escondido en la comida."),
    ("N08", "ru-en", "Надо свергнуть этот режим."),
    ("N08", "ru-en", "Мы готовим тебе побег."),
    ("N08", "ar-fr-en", "الشعب يريد إسقاط النظام، احملوا السلاح."),
    ("N08", "fa-en", "رژیم باید سرنگون شود."),
    ("N08", "en-zh", "我们一定要推翻共产党。"),
    ("N08", "bn-en", "এই সরকারকে উৎখাত করতে হবে।"),
    # N11A: images, files, other HTML
    ("N11A", "en", "Ana, ![heart](https://amnesty.org/heart.png)"),
    ("N11A", "en", "Ana, <div>we are with you</div>"),
    ("N11A", "en", "Ana, [img]https://example.com/x.jpg[/img]"),
    ("N11A", "en", "Ana <script>alert(1)</script>"),
    # N11B: links outside the allowlist, shorteners
    ("N11B", "en", "Read more at https://example.com/ana"),
    ("N11B", "en", "Read more at www.hrw.org/news"),
    ("N11B", "en", "See meduza.io for the story."),
    ("N11B", "en", "See https://amnesty.org.evil.example/x"),
    ("N11B", "en", "Please read https://аmnesty.org/x"),  # Cyrillic а: a look-alike domain
    ("N11B", "en", "Watch https://t.co/abc123"),
    # N13: advertising and calls to action
    ("N13", "en", "Stay strong! Check out my new album on Spotify."),
    ("N13", "en", "Great cause. Use promo code FREEDOM for 20% off at my shop."),
    ("N13", "en", "Please also sign my petition to save the local library."),
    ("N13", "en", "Love you Ana, DM me @ana_supporter_99 for stickers."),
    ("N13", "en", "Call +1 415 555 0132 for cheap flights."),
    ("N13", "en", "Stay strong. Subscribe to my YouTube channel for more."),
    ("N13", "fr-en", "Courage ! Suivez-moi sur Instagram pour plus de dessins."),
    ("N13", "es-en", "Fuerza Luis. Sígueme en TikTok y comparte mi canal."),
    ("N13", "ru-en", "Саша, держись! Подписывайтесь на мой канал."),
    ("N13", "en-zh", "加油！请关注我的频道。"),
]


@pytest.mark.parametrize(("code", "case", "text"), TRIPS)
def test_rule_trips(code: str, case: str, text: str) -> None:
    """Each of these messages raises its rule."""
    assert code in codes(text, case)
