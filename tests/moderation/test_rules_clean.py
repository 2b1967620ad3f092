"""Messages that must not trip any rule: the rule book's traps, in several languages."""

from __future__ import annotations

import pytest

from tests.moderation.helpers import codes

# (case, text): warm, angry-but-fair, or tricky messages that must be approved.
CLEAN = [
    # N04 traps: criticism of policy or "the authorities", describing the injustice
    ("en", "The authorities must release Ana now. Jailing a journalist is a crime against us all."),
    ("en", "She was beaten by police and denied a lawyer. The government should be ashamed."),
    ("en", "Uyghur Muslims in the camps are treated like animals, and the world must speak up."),
    ("en", "Women in Iran are not criminals for showing their hair."),
    ("en", "As a Muslim and a mother, I pray for you every night."),
    ("en", "The Chinese authorities are afraid of a candle. That says everything."),
    ("en", "Refugees are welcome here, and so would you be."),
    ("fr-en", "Les autorités doivent libérer Awa. Cette condamnation est une honte."),
    ("es-en", "El gobierno cubano tiene miedo del arte. Los artistas no son criminales."),
    ("ru-en", "Саша, власти боятся правды. Мы с тобой."),
    # N05A traps: acronyms, initialisms, numerals, scripts without case
    ("en", "The UN, the EU and every NGO know your name. OK?"),
    ("en", "COVID-19 made prisons worse; the UNHCR and WHO said so."),
    ("en", "Greetings from the LGBTQ+ society at UCL in the UK."),
    ("en", "Pope John Paul II visited our town. I think of you."),
    ("fr-en", "L'ONU et la FIDH suivent votre dossier, Awa."),
    ("ru-en", "Саша, даже в ООН и ЕСПЧ знают о тебе. СИЗО — не навсегда."),
    ("en-zh", "幸彤，我們在香港記得你。"),
    # N05B traps: lone asterisks, snake_case, emoji, maths
    ("en", "Ana, 5 * 3 = 15 letters from my class today :) ❤️"),
    ("en", "My file is called letters_for_ana_2024.txt, silly I know."),
    ("en", "Ana (* my son insisted I add a star) you shine."),
    # N06 traps: words that contain a vulgar one, place names, surnames, church words
    ("en", "Greetings from Scunthorpe, Penistone and Middlesex! Our class wrote cards."),
    ("en", "I read Dickens and Hitchcock's biography in my cocktail bar in Sussex."),
    ("en", "The assassination of Archduke Franz Ferdinand is in our history class."),
    ("en", "I am a therapist; we grow shiitake mushrooms and grapes in Essex."),
    ("en", "Our pastor, Dick Johnson, prayed for you on Sunday."),
    ("en", "We watched the Pussy Riot documentary and thought of you."),
    ("en", "Hang in there, Ana. We all bite our nails waiting for news."),
    ("fr-en", "Awa, j'habite à Marseille et mon chat fait le calcul : 365 jours d'attente."),
    ("fr-en", "Au calice de la messe de dimanche, nous avons prié pour vous."),
    (
        "es-en",
        "Luis, tu reputación crece; esta disputa la gana el arte. Computadora en mano, te escribo.",
    ),
    ("es-en", "Con cariño desde Concepción, Luis."),
    ("ru-en", "Саша, никто не смеет оскорблять тебя. Тебе — наша любовь, небо над тобой."),
    ("ar-fr-en", "نحن معك يا ناصر. لا أحد يستطيع أن يسكت صوت الحق."),
    ("fa-en", "وحید عزیز، هیچ کس نمی‌تواند صدای تو را خاموش کند. کسی فراموشت نکرده."),
    ("fa-en", "وحید جان، تو برای ما نیک و عزیز هستی. ما با تو هستیم."),
    ("en-zh", "我妈的生日那天，我们一起为你祈祷。"),
    ("bn-en", "শাহনেওয়াজ, আমার বাল্যকালের বন্ধুরা আপনার জন্য প্রার্থনা করে।"),
    # N07 traps: anger at injustice without threats or insults, hope, prayer
    ("en", "I am furious. This sentence is cruel, absurd and a disgrace."),
    ("en", "I hope you don't suffer too much in there, and that you are free soon."),
    ("en", "No one deserves to die in prison for a poem."),
    ("en", "Nobody should be beaten for protesting. We will not be silent."),
    ("en", "I hope your suffering ends soon and you hug your family again."),
    ("en", "Your brother should not have been executed. We remember him."),
    ("fr-en", "J'espère que vous ne souffrez pas trop. Personne ne mérite de mourir en prison."),
    ("es-en", "Ojalá salgas pronto y abraces a tu familia."),
    ("ru-en", "Саша, пусть у тебя будут силы и тёплые письма."),
    ("en-zh", "希望你平安，不要放弃，我们等你。"),
    # N08 traps: support, hope, prayer, "free her", fighting for freedom peacefully
    ("en", "Free Ana! We will fight for your freedom until you walk out a free woman."),
    ("en", "We will not rest until the authorities release you."),
    ("en", "You are a hero. Your courage is a weapon they cannot take away."),
    ("en", "I pray that the prison doors open for you soon."),
    ("en", "My grandparents escaped the war in 1944 and taught me never to give up."),
    ("fr-en", "Libérez Awa ! Nous nous battrons pour votre liberté."),
    ("es-en", "¡Libertad para Luis Manuel! Seguiremos luchando por ti."),
    ("ru-en", "Свободу Саше! Мы ждём тебя на свободе."),
    # N09 traps: short text, emoji, a few words of another language
    ("en", "Fuerza, Ana! 💪"),
    ("en", "Bon courage, Ana ✊"),
    ("en", "Stay strong Ana, 加油!"),
    ("en-zh", "Dear Chow, we remember. 我們記得。Stay safe."),
    ("ru-en", "Sasha, stay strong! Держись!"),
    ("es-en", "Luis, te mandamos un abrazo desde Viena. Alles Gute und viel Kraft."),
    ("en", "🙏🕯️❤️"),
    # N11A traps: the words image and photo, <3
    ("en", "I have a photo of your drawing on my fridge, and an image of you in my heart <3"),
    # N11B traps: allowlisted domains and subdomains, not links
    ("en", "I read about you on https://www.amnesty.org/en/ and news.un.org."),
    ("en", "Details at ohchr.org. Greetings from St. Louis.It is cold here."),
    # N13 traps: naming the organisation's own campaign, hashtags, years, my town
    ("en", "I signed Amnesty's petition for you and asked my church group to sign it too."),
    ("en", "#WriteForRights #FreeAna Greetings from my town, 1989-2024 has been a long road."),
    ("en", "In 2019, 2020 and 2021 we wrote to you. Love from room 101."),
    # 2026.2 traps for the generalised N04, N07 and N08 patterns.
    ("en", "Judge Peter Walsh sentenced you unfairly, and the court ignored the evidence."),
    ("en", "Ana, President Marcos should release you now. Shame on the court."),
    ("en", "Ana was tortured and Maria was beaten; the regime is cruel."),
    ("en", "The regime calls Ana a criminal, but she is a hero to us."),
    ("en", "Our priest and the whole church prayed for you on Sunday."),
    ("en", "Catholic nuns from our parish send their love."),
    ("fr-en", "Le juge Martin a condamné Awa injustement. Honte à ce tribunal."),
    ("es-en", "El ministro Pérez debe liberar a Luis. La iglesia reza por ti."),
    ("ru-en", "Саша, судья Иванов вынес несправедливый приговор."),
    ("ar-fr-en", "القاضي الذي حكم عليك ظلمك، ونحن معك يا ناصر."),
    ("en", "Ana, they keep you in a cell full of rats. We are so angry."),
    ("en", "Prisoners are not animals, and you are treated like one."),
    ("en", "My dogs and my pigs say hello from the farm!"),
    ("en", "Nothing but love from Leeds, Ana. Swine flu kept me home, so I wrote."),
    ("en", "The state will pay for your lawyer, and they will pay you compensation."),
    ("en", "We know where you are held and we write to the prison every week."),
    ("fr-en", "Awa, on vous traite comme des animaux, c'est une honte."),
    ("es-en", "Luis, mi perro y yo te mandamos un abrazo."),
    ("ru-en", "Саша, моя собака и кошка передают привет."),
    ("en-zh", "今年是猪年，祝你早日自由。"),
    ("en", "There is no escape from our love, Ana."),
    ("en", "Together we break the silence; the walls cannot hold your spirit."),
    ("en", "We will get you out with petitions, letters and the law."),
    ("en", "Free her! We will fight for your freedom."),
    ("fr-en", "Nous allons tout faire pour vous faire sortir de là, Awa."),
    ("es-en", "Luis, vamos a luchar para sacarte de ahí con la ley en la mano."),
    # 2026.3 traps: authorities named by nationality, hopes of good, legal campaigning,
    # Chinese with a stray kana, the campaign's own petition.
    ("fr-en", "Les autorités marocaines sont incapables de justifier ta détention."),
    ("es-en", "El gobierno es incapaz de escuchar. La policía la golpeó."),
    ("en", "The Chinese authorities are sick with fear of a candle."),
    ("en", "I hope you are released soon, Ana."),
    ("en", "I hope the judge sees reason and lets you go home."),
    ("en", "We are burning with hope for you, Ana."),
    ("es-en", "Ojalá te liberen pronto, Luis."),
    ("fr-en", "J'espère que vous sortirez bientôt, Awa."),
    ("ru-en", "Саша, мы не успокоимся, пока тебя не освободят."),
    ("en", "We will not rest until you are free."),
    ("en", "We are working to get you out through the courts."),
    ("es-en", "Te sacaremos de ahí con abogados y presión internacional."),
    ("en-zh", "幸彤，我們永遠支持你，香港人加油！"),
    ("en", "Please sign the Write for Rights petition for Ana."),
    ("ru-en", "Саша, я подписала петицию Amnesty за тебя."),
    ("es-en", "Firmé la petición de Amnistía por ti, Luis."),
]


@pytest.mark.parametrize(("case", "text"), CLEAN)
def test_message_is_approved(case: str, text: str) -> None:
    """None of these messages raises a rule."""
    assert codes(text, case) == []
