"""N07 by kind: curses without "kill", retaliation, veiled threats, violence the writer intends,
name-calling and harassment of the recipient, in several languages; and the innocent sentences
closest to each pattern (anger at injustice, hopes, descriptions of torture), which must pass."""

from __future__ import annotations

import pytest

from tests.moderation.helpers import codes

# Wishes of harm phrased as curses, with no "kill" or "die": choking, freezing, an accident, an
# illness, broken hands, a burning house, the same torture.
CURSES = [
    ("en", "I hope the judge who sentenced you chokes on his own verdict."),
    ("en", "I hope the judge wakes up one night to find his house burning around him."),
    ("en", "I hope every one of those guards wakes up paralysed one morning."),
    ("en", "Honestly I wish the warden's car would crash on his way home."),
    ("en", "I pray that the prosecutor gets cancer."),
    ("en", "May their hands be broken one by one."),
    ("en", "I wish them a slow and painful death, every one of them."),
    ("en", "Let them rot, the men who did this to you."),
    ("en", "I'd love to see the warden suffer the way you suffered."),
    ("en", "I hope someone runs that judge over."),
    ("en", "I hope whoever tortured you loses his eyesight."),
    ("fr-en", "J'espère que le juge qui vous a condamnée s'étouffe avec son verdict."),
    ("fr-en", "Pourvu que ce procureur attrape un cancer."),
    ("fr-en", "J'espère que les flics qui vous ont arrêtée se feront renverser par une voiture."),
    ("fr-en", "Qu'ils se fassent écraser par un camion, ces flics."),
    ("es-en", "Ojalá que el juez que te condenó se ahogue con su propia sentencia."),
    ("es-en", "Que les dé un infarto a todos esos carceleros."),
    ("es-en", "Espero que a los carceleros les caiga un rayo."),
    ("es-en", "Espero que o juiz que te condenou seja atropelado por um caminhão."),
    ("es-en", "Spero che il giudice si strozzi con la sua sentenza."),
    ("en", "Hoffentlich bekommt der Staatsanwalt Krebs."),
    ("ru-en", "Надеюсь, судья, который тебя осудил, подавится своим приговором."),
    ("ru-en", "Чтоб у него руки отсохли, у этого следователя."),
    ("ru-en", "Сподіваюся, що суддя вдавиться своїм вироком."),
    ("ar-fr-en", "ياسمين، أتمنى أن تُكسر أيدي من كبّلوكِ واحداً واحداً."),
    ("ar-fr-en", "يا رب تدهسهم سيارة واحداً واحداً."),
    ("ar-fr-en", "الله يشل ايديهم."),
    ("fa-en", "وحید، امیدوارم بازجوهایت یک روز همان شکنجه‌ای را بچشند که به تو دادند."),
    ("fa-en", "الهی دستشان بشکند."),
    ("en-zh", "幸彤，那些抓你的警察，祝他們全家出門就被車撞。"),
    ("en-zh", "希望那个法官得癌症。"),
    ("en-zh", "周医生，那些抓你的人早晚遭报应。"),
    ("bn-en", "আশা করি ওই পুলিশদের গাড়ি চাপা পড়ুক।"),
    ("en", "Deniz, seni tutuklayan polislerin elleri kırılsın."),
]

# Retaliation in kind, without a wish word.
RETALIATION = [
    ("en", "The guards who beat you three should get EXACTLY the same treatment."),
    ("en", "Those torturers deserve the same pain they gave you."),
    ("en", "The interrogators should be treated the same way, no mercy."),
    ("en", "Give those jailers a taste of their own medicine."),
    ("fr-en", "Les gardiens devraient subir exactement le même traitement."),
    ("es-en", "Los guardias deberían recibir exactamente el mismo trato."),
    ("ru-en", "Пусть они почувствуют на себе то же самое."),
    ("ar-fr-en", "يجب أن يذوقوا نفس العذاب الذي أذاقوك إياه."),
    ("en-zh", "应该让他们也尝尝被打的滋味。"),
    ("en", "Die Wärter sollen dasselbe am eigenen Leib erleben."),
]

# Veiled threats: an official's name and address, "their turn will come", "he will pay dearly",
# "he will regret being born", revenge.
VEILED = [
    (
        "fr-en",
        "Ceux qui vous ont enfermée devraient savoir qu'on connaît leurs noms et leurs adresses.",
    ),
    ("fr-en", "Leur tour viendra."),
    ("en", "We know their names and their home addresses."),
    ("en", "We found the prosecutor's home address."),
    ("en", "We've got the names of the guards, their cars and where their kids play."),
    ("en", "It will be their turn soon enough."),
    ("en", "The judge will pay dearly sooner or later."),
    ("en", "That prosecutor will regret the day he was born."),
    ("en", "Your torturers will get what's coming to them."),
    ("en", "We'll take revenge on every guard in that colony."),
    ("en", "One day we'll meet those guards in a dark alley."),
    ("ar-fr-en", "ناصر، القاضي الذي حكم عليك سيدفع الثمن غالياً عاجلاً أم آجلاً."),
    ("ar-fr-en", "دورهم قادم، صدقني."),
    ("ru-en", "Павел, мы найдём того прокурора, и он пожалеет, что родился."),
    ("ru-en", "Прокурор дорого заплатит, рано или поздно."),
    ("ru-en", "Мы до них доберёмся."),
    ("es-en", "Ya les llegará su hora a esos jueces."),
    ("es-en", "Se arrepentirá de haber nacido, ese juez."),
    ("es-en", "Sabemos sus nombres y sus direcciones."),
    ("fa-en", "نوبت آنها هم می‌رسد."),
    ("fa-en", "حسابشان را می‌رسیم."),
    ("fa-en", "می‌دانیم آن قاضی کجا زندگی می‌کند."),
    ("en-zh", "我们已经知道那个法官的家庭住址了。"),
    ("en", "Nerede oturduklarını biliyoruz, bedelini ağır ödeyecekler."),
    ("en", "Wir wissen, wo der Richter wohnt."),
]

# Violence the writer or others intend, also as a condition; "someone should teach them a lesson".
INTENDED = [
    ("en", "If we find them in the street, we will break their bones."),
    ("en", "Our boys will set their homes on fire."),
    ("en", "One day someone will stamp on them like cockroaches."),
    ("en", "Someone should teach those guards a lesson they won't forget."),
    ("en", "That judge needs a good beating."),
    ("en", "People like that judge should be taken out back and beaten."),
    ("fr-en", "Si on les croise dans la rue, on va leur casser les jambes."),
    ("fr-en", "Quelqu'un devrait leur donner une bonne leçon, à ces policiers."),
    ("es-en", "Si no te sueltan el lunes, vamos a quemar la comisaría."),
    ("es-en", "Alguien debería darles una buena lección a esos policías."),
    ("ru-en", "Если встретим их на улице, переломаем им кости."),
    ("ru-en", "Надо их как следует проучить."),
    ("ar-fr-en", "سنكسر عظامهم إذا وجدناهم في الشارع."),
    ("bn-en", "যারা আপনাকে জেলে পাঠিয়েছে, তাদের একদিন রাস্তায় পেলে হাড়গোড় ভেঙে দেব।"),
    ("bn-en", "ওদের উচিত শিক্ষা দেব।"),
    ("en-zh", "我们一定会打断他们的腿。"),
]

# Name-calling and metaphor aimed at the recipient or at officials.
NAME_CALLING = [
    ("en", "Dilyara, honestly you were stupid to post that."),
    ("en", "You brainless girl, what did you expect?"),
    ("en", "An attention-seeking fool, that's all you are."),
    ("en", "The judge who sentenced you is a donkey in a robe."),
    ("en", "That judge is nothing but a clown and a lapdog of the regime."),
    ("en", "The prosecutor is a spineless stooge."),
    ("en", "The judge is a senile old goat."),
    ("en", "What a clown that prosecutor is."),
    ("fr-en", "Le juge a fait fouetter des femmes, c'est un criminel et un porc."),
    ("fr-en", "Tu es vraiment une idiote d'avoir publié ça."),
    ("fr-en", "Le procureur n'est qu'un guignol et un larbin du régime."),
    ("es-en", "El juez que te condenó es un payaso con toga y un perrito faldero del régimen."),
    ("es-en", "Eres una estúpida."),
    ("es-en", "Il giudice che ti ha condannato è un pagliaccio e un servo."),
    ("ru-en", "Саша, ты просто дура."),
    ("ru-en", "Судья, который тебя осудил, — клоун и холуй."),
    ("ar-fr-en", "ناصر، القاضي الذي حكم عليك حمار."),
    ("ar-fr-en", "الحراس مجرد مهرجين وأذناب."),
    ("fa-en", "آن قاضی یک الاغ است."),
    ("en-zh", "那个法官就是个小丑。"),
    ("en-zh", "你这个蠢女人。"),
    ("bn-en", "জজ একটা দালাল।"),
    ("en", "Der Richter ist ein Clown und eine Marionette."),
    ("en", "Hakim tam bir eşek."),
]

# Harassment of the recipient: blaming them for their jailing, "you deserve prison", taunts.
HARASSMENT = [
    ("en", "Chow, you brought this on yourself."),
    ("en", "Maybe prison will teach you something."),
    ("en", "You deserve prison, you really do."),
    ("en", "Serves you right for insulting the president."),
    ("en", "You got yourself into this mess."),
    ("en", "You should have kept your big mouth shut."),
    ("en", "Prison is exactly where people like you belong."),
    ("en", "Enjoy your cell."),
    ("fr-en", "Tu l'as bien cherché. Bien fait pour toi."),
    ("fr-en", "Vous méritez la prison, franchement."),
    ("es-en", "Te lo buscaste."),
    ("es-en", "La cárcel te enseñará a callarte."),
    ("ru-en", "Сама виновата, так тебе и надо."),
    ("ar-fr-en", "تستاهلين كل ما حدث لك."),
    ("ar-fr-en", "السجن سيعلمك."),
    ("fa-en", "زندان ادبت میکند."),
    ("en-zh", "你这是咎由自取。"),
    ("en", "Geschieht dir recht."),
    ("en", "Oh olsun, müstahaksın."),
]

# An insult disguised with leetspeak: the insult itself trips N07, not only the N06 word.
DISGUISED = [
    ("en", "Dilyara, the prosecutor who charged you is a worthless piece of sh!t."),
    ("en", "The cops who arrested you are worthless pieces of g@rbage."),
]


@pytest.mark.parametrize(("case", "text"), CURSES)
def test_curse_wishing_harm_without_kill_or_die_is_held(case: str, text: str) -> None:
    assert "N07" in codes(text, case)


@pytest.mark.parametrize(("case", "text"), RETALIATION)
def test_retaliation_in_kind_is_held(case: str, text: str) -> None:
    assert "N07" in codes(text, case)


@pytest.mark.parametrize(("case", "text"), VEILED)
def test_veiled_threat_is_held(case: str, text: str) -> None:
    assert "N07" in codes(text, case)


@pytest.mark.parametrize(("case", "text"), INTENDED)
def test_violence_the_writer_intends_is_held(case: str, text: str) -> None:
    assert "N07" in codes(text, case)


@pytest.mark.parametrize(("case", "text"), NAME_CALLING)
def test_name_calling_of_recipient_or_official_is_held(case: str, text: str) -> None:
    assert "N07" in codes(text, case)


@pytest.mark.parametrize(("case", "text"), HARASSMENT)
def test_harassment_of_the_recipient_is_held(case: str, text: str) -> None:
    assert "N07" in codes(text, case)


@pytest.mark.parametrize(("case", "text"), DISGUISED)
def test_insult_disguised_with_leetspeak_is_held(case: str, text: str) -> None:
    assert "N07" in codes(text, case)


# The rule book's "must not trip": anger at injustice, calls for justice, hopes of release,
# descriptions of violence, steadfastness.
ANGER_AT_INJUSTICE = [
    ("en", "The judge's verdict is a disgrace."),
    ("en", "Those who tortured you must face justice."),
    ("en", "Those who tortured you must be held accountable and tried."),
    ("en", "I hope they are brought to court."),
    ("en", "I hope you are freed soon."),
    ("en", "They beat you and left you bleeding in the yard. We are furious."),
    ("en", "They treated you like an animal."),
    ("en", "Stay strong, we will not stop."),
    ("fr-en", "Le verdict du juge est une honte."),
    ("fr-en", "Ceux qui vous ont torturée doivent répondre devant la justice."),
    ("es-en", "Los que te torturaron deben responder ante la justicia."),
    ("ru-en", "Те, кто тебя пытал, должны ответить перед судом."),
    ("ar-fr-en", "يجب أن يحاسب من عذبك أمام القضاء."),
    ("fa-en", "مسئولان باید در دادگاه پاسخگو باشند."),
    ("en-zh", "那些人终将受到法律的审判。"),
]

# The innocent sentences closest to the curse patterns: a wish word and an official or a harm
# word, but no harm wished on anyone.
CURSE_NEIGHBOURS = [
    ("en", "I hope the guards who beat you are punished by a real court."),
    ("en", "I hope the men who left you bleeding face trial one day."),
    ("en", "I hope the men who were beaten with you are also released."),
    ("en", "I hope the guards realise how much you are suffering."),
    ("en", "I hope they give you a blanket, it must be freezing in there."),
    ("en", "I hope the candle we lit for you burns all night."),
    ("en", "I hope his health improves and his cough gets better."),
    ("en", "I hope their families suffer less now that the world knows."),
    ("en", "May God keep you and give you peace."),
    ("en", "The guards let him freeze in the yard for hours."),
    ("en", "Let them know that the world is watching."),
    ("en", "I hope the judge's conscience keeps him awake at night."),
    ("en", "My house burned down in 2019 and strangers helped us; now we help you."),
    ("fr-en", "J'espère que la bougie brûle encore pour vous."),
    ("fr-en", "J'espère que vous n'avez pas trop froid et que vous mangez à votre faim."),
    ("fr-en", "Que Dieu vous protège et qu'Il donne de la force à votre famille."),
    ("es-en", "Ojalá los guardias te traten con respeto."),
    ("es-en", "Espero que no sufras demasiado y que no tengas frío."),
    ("ru-en", "Надеюсь, ты не замёрзнешь в колонии, держись."),
    ("ru-en", "Пусть охранники дадут тебе тёплую одежду."),
    ("ar-fr-en", "أتمنى أن تتذوق طعم الحرية قريباً."),
    ("ar-fr-en", "أتمنى أن تكسر قيودك وتخرج حراً."),
    ("ar-fr-en", "ندعو الله أن يفرج عنك قريباً."),
    ("fa-en", "امیدوارم سرما اذیتت نکند و مریض نشوی."),
    ("fa-en", "دستت درد نکند که این همه شجاعت داری."),
    ("en-zh", "希望你不要生病，早日回家。"),
    ("en-zh", "他们把你折磨得生不如死，我们很愤怒。"),
    ("en", "Ich hoffe, die Wärter geben dir warme Kleidung, es muss dort eiskalt sein."),
]

# Closest to the retaliation and veiled-threat patterns.
THREAT_NEIGHBOURS = [
    ("en", "All prisoners should get the same treatment as everyone else."),
    ("en", "They should get the same rights as other inmates."),
    ("en", "An eye for an eye makes the whole world blind, as Gandhi said."),
    ("en", "We know where you are held and we write every week."),
    ("en", "We found his address on the Amnesty website."),
    ("en", "We know the names of the judges and we will publish them in our report."),
    ("en", "Your day will come, and you will walk free."),
    ("en", "The state will pay for your lawyer."),
    ("en", "You teach them a lesson in courage every day."),
    ("en", "Together we break the silence."),
    ("en", "We will beat them in court."),
    ("en", "We will find a way to get your story heard."),
    ("en", "I fear the guards will beat him up again."),
    ("en", "Our boys set up a stall and sold cakes for your legal fund."),
    ("fr-en", "Indiquez votre nom et adresse au dos de l'enveloppe."),
    ("fr-en", "Vous leur donnez une leçon de courage chaque jour."),
    ("es-en", "Escribe tu nombre y dirección en el sobre, Luis."),
    ("es-en", "Los presos deberían recibir el mismo trato que los demás."),
    ("ru-en", "Твоя очередь придёт, и ты будешь свободна."),
    ("ru-en", "Ты даёшь им урок мужества каждый день."),
    ("ar-fr-en", "أنت تدفع ثمن شجاعتك، ونحن فخورون بك."),
    ("ar-fr-en", "سنكسر جدار الصمت معاً."),
    ("bn-en", "আপনাকে অনেক মূল্য দিতে হয়েছে।"),
    ("bn-en", "শিশুদের শিক্ষা দিতে হবে, আপনি সেটাই বলতেন।"),
    ("en-zh", "我们知道你的地址，每周给你写信。"),
    ("fa-en", "می‌دانیم کجا هستی و برایت نامه می‌نویسیم."),
    ("es-en", "Sabemos dónde estás y te escribimos cada semana."),
]

# Closest to the insult and harassment patterns.
INSULT_NEIGHBOURS = [
    ("en", "This sentence is cruel, absurd and a disgrace."),
    ("en", "The law is stupid and the trial was a farce."),
    ("en", "They call you a traitor, but you are a hero."),
    ("en", "You are not stupid and you are not alone."),
    ("en", "They made you feel worthless, but you are precious."),
    ("en", "Silly, I know, but true!"),
    ("en", "You deserve freedom and you deserve better."),
    ("en", "You deserve to be remembered, and to be free."),
    ("en", "My son dressed as a clown for the carnival and drew you a picture."),
    ("en", "I was a fool to think they would release you quickly."),
    ("en", "You are a hero, that's what you are."),
    ("en", "You belong with your family, not in prison."),
    ("en", "Je suis en retard et la douche était froide."),
    ("fr-en", "C'est bête, mais j'ai pleuré en lisant votre histoire."),
    ("fr-en", "Une espèce de cellule sans fenêtre, c'est inhumain."),
    ("fr-en", "Votre place est auprès de votre famille, pas en prison."),
    ("es-en", "Mi hijo se disfrazó de payaso en el carnaval."),
    ("es-en", "Esta ley es estúpida e injusta."),
    ("es-en", "Mereces la libertad y un abrazo enorme."),
    ("ru-en", "Ты не дура и не преступница, ты героиня."),
    ("ru-en", "Ты заслужила это признание и свободу."),
    ("ru-en", "Мой сын — клоун в цирке, он передаёт привет."),
    ("ar-fr-en", "عاملوك كالحيوان، وهذا ظلم."),
    ("ar-fr-en", "أنت تستحقين الحرية والكرامة."),
    ("fa-en", "آزادی حق توست."),
    ("en", "Deniz, yalnız değilsin. Ne olursa olsun, seninleyiz."),
]


@pytest.mark.parametrize(("case", "text"), ANGER_AT_INJUSTICE)
def test_anger_at_injustice_is_not_a_threat(case: str, text: str) -> None:
    assert "N07" not in codes(text, case)


@pytest.mark.parametrize(("case", "text"), CURSE_NEIGHBOURS)
def test_hopes_and_descriptions_near_curses_pass(case: str, text: str) -> None:
    assert "N07" not in codes(text, case)


@pytest.mark.parametrize(("case", "text"), THREAT_NEIGHBOURS)
def test_neighbours_of_veiled_threats_pass(case: str, text: str) -> None:
    assert "N07" not in codes(text, case)


@pytest.mark.parametrize(("case", "text"), INSULT_NEIGHBOURS)
def test_neighbours_of_insults_and_taunts_pass(case: str, text: str) -> None:
    assert "N07" not in codes(text, case)
