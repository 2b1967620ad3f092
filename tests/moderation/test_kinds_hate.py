"""N04 by kind: attacks on a group said without a slur, and crimes said of a named person.

Each kind trips in several languages, in wordings of its own; beside it, the innocent sentence
closest to it must pass: the group as victim, reported or rebutted speech, an institution named
by nationality, the writer's own identity, an official named for what the case is about.
Only N04 is checked: a German or Turkish text to an English case also raises N09.
"""

from __future__ import annotations

import pytest

from tests.moderation.helpers import codes


def _held(text: str, case: str) -> bool:
    return "N04" in codes(text, case)


# A people, faith or group said to be something, with no slur: no conscience, a nation of
# slaves, deserving its rulers, born liars, all criminals.
GENERALISATIONS = [
    ("en", "Honestly, the Chinese have no morals, they would sell their own mothers."),
    ("en", "Arabs are a nation of thieves, everyone knows it."),
    ("en", "Iranians deserve their regime. Stay strong anyway."),
    ("en", "Let's be honest, Pakistanis have no shame at all."),
    ("en", "Nigerians are born liars, I have worked with them."),
    ("en", "Kurds are all terrorists."),
    ("en", "Muslims are not human."),
    ("fr-en", "Les Russes n'ont aucune conscience, ils méritent leur tsar."),
    ("fr-en", "Les Algériens sont un peuple de voleurs."),
    ("fr-en", "Les immigrés sont tous des voleurs."),
    ("es-en", "Los cubanos son un pueblo de borregos, se merecen a su dictador."),
    ("es-en", "Los chinos no tienen conciencia."),
    ("ru-en", "Китайцы — бессовестный народ."),
    ("ru-en", "Чеченцы — народ воров."),
    ("ru-en", "Росіяни — рабський народ, вони заслужили свою владу."),
    ("ru-en", "Сирійці — злочинці."),
    ("en", "Die Russen haben kein Gewissen, sie verdienen ihren Diktator."),
    ("en", "Die Türken sind alle Verbrecher."),
    ("en", "Os venezuelanos são um povo de ladrões."),
    ("en", "Gli albanesi non hanno nessuna morale."),
    ("en", "Gli immigrati sono tutti delinquenti."),
    ("en", "Suriyeliler hepsi hırsız, vicdanları yok."),
    ("ar-fr-en", "الفرس لا ضمير لهم."),
    ("ar-fr-en", "الشيعة خونة ولا ضمير لهم."),
    ("ar-fr-en", "الاكراد شعب من الخونة."),
    ("fa-en", "عرب‌ها وجدان ندارند."),
    ("fa-en", "افغان‌ها همه‌شان دزدند."),
    ("en-zh", "日本人没有良心，都是畜生。"),
    ("en-zh", "大陆人没有人性，会为了钱出卖自己的父母。"),
    ("en-zh", "维吾尔人都是恐怖分子。"),
    ("bn-en", "পাকিস্তানিরা সব বিশ্বাসঘাতক।"),
    ("bn-en", "আহমদিয়ারা দেশদ্রোহী।"),
    ("en", "Russians have a slave mentality, they deserve Putin."),
    ("ru-en", "У евреев нет совести."),
    ("fa-en", "کردها خائنند."),
    ("en", "Kürtler vatan haini."),
    ("bn-en", "মুসলমানরা সব জঙ্গি।"),
]

# A group behind everything, controlling the media, plotting, to blame.
CONSPIRACIES = [
    ("en", "The Jews control the banks and the media."),
    ("en", "Jews run the banks, everybody knows that."),
    ("en", "Trust me, Muslims want to islamise Europe."),
    ("en", "Behind every war you will find the Jews."),
    ("en", "The problem with this country is the immigrants."),
    ("en", "I know Muslims well. They are behind every attack."),
    ("fr-en", "Les juifs tirent les ficelles de ce gouvernement."),
    ("fr-en", "Derrière chaque guerre il y a les juifs."),
    ("fr-en", "Les musulmans veulent nous remplacer."),
    ("es-en", "Los judíos están detrás de todo."),
    ("es-en", "Los musulmanes quieren islamizar Europa."),
    ("ru-en", "Евреи контролируют СМИ и банки."),
    ("ru-en", "За всем этим стоят евреи."),
    ("en", "Hinter allem stecken die Juden."),
    ("en", "Gli ebrei controllano le banche."),
    ("en", "Yahudiler medyayı kontrol ediyor."),
    ("ar-fr-en", "اليهود يسيطرون على الاعلام."),
    ("ar-fr-en", "وراء كل مصيبة يقف اليهود."),
    ("ar-fr-en", "ناصر، اليهود في كل مكان. فهم من يحركون هذه الحكومة."),
    ("fa-en", "یهودی‌ها کنترل رسانه‌ها را در دست دارند."),
    ("fa-en", "بهایی‌ها دشمن مردم هستند."),
    ("en-zh", "犹太人控制了媒体。"),
    ("bn-en", "হিন্দুরা মিডিয়া নিয়ন্ত্রণ করে।"),
    ("en", "Deniz, hep o Kürtler ve Araplar. Bu ülke onlar yüzünden batıyor."),
    ("fr-en", "L'islam est l'ennemi de la liberté des femmes."),
    ("fr-en", "Les Chinois contrôlent l'économie."),
    ("es-en", "Los musulmanes son el enemigo de la libertad."),
    ("en", "Die Juden sind an allem schuld."),
    ("ar-fr-en", "اليهود اعداء الانسانية."),
    ("bn-en", "হিন্দুরা দেশটাকে ধ্বংস করছে।"),
]

# A group likened to vermin or animals.
DEHUMANISING = [
    ("en", "Migrants breed like rats."),
    ("en", "Gypsies live like animals."),
    ("fr-en", "Les Roms vivent comme des animaux."),
    ("es-en", "Los gitanos se reproducen como conejos."),
    ("ru-en", "Цыгане плодятся как крысы."),
    ("en", "Die Flüchtlinge vermehren sich wie Ratten."),
    ("en-zh", "难民像老鼠一样繁殖。"),
    ("ar-fr-en", "اللاجئون يتكاثرون مثل الفئران."),
]

# Calls to deport, expel or shut out a group.
EXCLUSION = [
    ("en", "Afghans should be sent back where they came from."),
    ("en", "Kurds have no place in this country."),
    ("en", "We should deport the Roma."),
    ("fr-en", "Les Marocains doivent être expulsés."),
    ("fr-en", "Il faut expulser les Roms."),
    ("es-en", "Hay que echar a los haitianos."),
    ("ru-en", "Надо выгнать всех мигрантов."),
    ("en", "Raus mit den Ausländern!"),
    ("en", "Flüchtlinge haben hier nichts zu suchen."),
    ("ar-fr-en", "يجب ترحيل السوريين من بلادنا."),
    ("fa-en", "افغان‌ها باید اخراج شوند."),
    ("en", "Suriyeliler sınır dışı edilmeli."),
    ("en-zh", "新疆人都应该滚出去。"),
    ("bn-en", "রোহিঙ্গাদের দেশ থেকে তাড়িয়ে দেওয়া উচিত।"),
    ("en", "Gli zingari vanno cacciati."),
    ("en", "Os haitianos deviam ser expulsos."),
]

# Women said to be unfit for politics, bound to the kitchen.
GENDER = [
    ("en", "Women are too emotional to lead a country."),
    ("en", "Women belong in the kitchen, not in parliament."),
    ("en", "Feminists are the enemies of family and freedom."),
    ("fr-en", "Les femmes sont trop faibles pour diriger un pays."),
    ("fr-en", "Les femmes devraient rester à la maison."),
    ("es-en", "Las mujeres son demasiado emocionales para la política."),
    ("ru-en", "Место женщины на кухне."),
    ("ru-en", "Женщины слишком эмоциональны для политики."),
    ("en", "Frauen sind zu emotional für die Politik."),
    ("ar-fr-en", "النساء ناقصات عقل ودين."),
    ("fa-en", "جای زن در خانه است."),
    ("en-zh", "女人太情绪化了，不适合搞政治。"),
    ("en", "Kadının yeri evidir."),
]

# A sexuality called a disease; a gender identity denied.
SEXUALITY_AND_GENDER_IDENTITY = [
    ("en", "Being gay is a disease that needs curing."),
    ("en", "Lesbians need a psychiatrist, not rights."),
    ("en", "Trans women are just men in dresses."),
    ("en", "There are only two genders, whatever they say in Dublin."),
    ("fr-en", "Les homos ont besoin d'un psychiatre."),
    ("fr-en", "Un homme en robe reste un homme."),
    ("es-en", "Los gays son una enfermedad para la sociedad."),
    ("ru-en", "Гомосексуализм — это болезнь."),
    ("ru-en", "Мужчина в платье всё равно остаётся мужчиной."),
    ("en", "Schwule sind krank."),
    ("en", "Ein Mann im Kleid bleibt ein Mann."),
    ("en", "A homossexualidade é uma doença."),
    ("en", "L'omosessualità è una malattia."),
    ("en", "Eşcinsellik bir hastalıktır."),
    ("ar-fr-en", "المثليون يحتاجون الى علاج."),
    ("fa-en", "همجنسگرایی بیماری است."),
    ("en-zh", "同性恋是一种病。"),
    ("en-zh", "穿裙子的男人还是男人。"),
    ("bn-en", "সমকামীরা মানসিক রোগী।"),
]

# An age group called senile, to be stripped of the vote.
AGE = [
    ("en", "Pensioners are too senile to vote."),
    ("en", "Boomers should just die off."),
    ("en", "Old people can't think for themselves anymore, take away their vote."),
    ("en", "People over seventy should lose their vote."),
    ("fr-en", "Les vieux ne pensent plus par eux-mêmes, il faut leur retirer le droit de vote."),
    ("es-en", "Los jubilados no deberían votar."),
    ("es-en", "A los mayores de setenta años habría que quitarles el voto."),
    ("ru-en", "Пенсионеры не должны голосовать."),
    ("ru-en", "Старики не думают своей головой."),
    ("en", "Rentner sollten nicht mehr wählen dürfen."),
    ("en", "Gli anziani non dovrebbero votare."),
    ("en", "Os idosos não deviam votar."),
    ("en", "Yaşlılar oy kullanmamalı."),
    ("ar-fr-en", "كبار السن لا يفكرون بعقولهم."),
    ("fa-en", "پیرها نباید رای بدهند."),
    ("en-zh", "老人都老糊涂了，应该剥夺他们的投票权。"),
    ("en", "Everyone over 65 should lose the right to vote."),
    ("en-zh", "老人不配投票。"),
]

# A crime said of a named person, with or without a title, in every script.
NAMED_ACCUSATIONS = [
    ("en", "Prosecutor Daniel Kwame took bribes from the mining company."),
    ("en", "Judge Amelia Hart was paid off by the regime."),
    ("en", "Governor Hale is on the payroll of the mining company."),
    ("en", "Commissioner Okafor pocketed the relief money."),
    ("en", "The corrupt judge Hamilton sentenced you."),
    ("fr-en", "Le juge Martin Leroy a reçu des pots-de-vin."),
    ("fr-en", "Le commissaire Diallo a reçu de l'argent pour vous arrêter."),
    ("es-en", "El juez Ramírez recibió sobornos de la empresa."),
    ("ru-en", "Судья Иванов брал взятки."),
    ("ru-en", "Прокурор Смирнов получил взятку за твой приговор."),
    ("ru-en", "Суддя Петренко бере хабарі."),
    ("en", "Richter Hans Becker hat Bestechungsgeld angenommen."),
    ("en", "Staatsanwalt Krüger ist korrupt."),
    ("en", "O juiz Carlos Mendes recebeu propina."),
    ("en", "Il giudice Marco Bianchi ha preso tangenti."),
    ("en", "Savcı Mehmet Demir rüşvet aldı."),
    ("ar-fr-en", "القاضي خالد المنصوري تلقى رشوة."),
    ("ar-fr-en", "الوزير سعيد الحربي اختلس اموال الشعب."),
    ("fa-en", "قاضی صلواتی رشوه گرفت."),
    ("en-zh", "幸彤，判你的那個法官陳志明收了北京的錢，他貪污的事大家都知道。"),
    ("en-zh", "檢察官李國強收了黑錢。"),
    ("en-zh", "局長張偉受賄，大家都知道。"),
    ("en-zh", "王建國收了北京的錢。"),
    ("bn-en", "বিচারক রহমান ঘুষ খেয়েছে।"),
    ("bn-en", "মন্ত্রী করিম ঘুষখোর।"),
    ("ar-fr-en", "المدعي العام احمد منصور ارتشى."),
    ("ru-en", "Следователь Козлов подкуплен."),
]


@pytest.mark.parametrize(("case", "text"), GENERALISATIONS)
def test_generalisation_about_a_people_or_faith_is_held(case: str, text: str) -> None:
    """No conscience, a nation of slaves, all criminals: said of a group, with no slur."""
    assert _held(text, case)


@pytest.mark.parametrize(("case", "text"), CONSPIRACIES)
def test_conspiracy_framing_of_a_group_is_held(case: str, text: str) -> None:
    """A group behind everything, controlling the media, to blame for the country's ills."""
    assert _held(text, case)


@pytest.mark.parametrize(("case", "text"), DEHUMANISING)
def test_dehumanising_comparison_of_a_group_is_held(case: str, text: str) -> None:
    """A group likened to vermin or animals."""
    assert _held(text, case)


@pytest.mark.parametrize(("case", "text"), EXCLUSION)
def test_call_to_expel_or_exclude_a_group_is_held(case: str, text: str) -> None:
    """Deport them, no place here, out with them."""
    assert _held(text, case)


@pytest.mark.parametrize(("case", "text"), GENDER)
def test_attack_on_women_as_unfit_is_held(case: str, text: str) -> None:
    """Women too emotional for politics, bound to the kitchen."""
    assert _held(text, case)


@pytest.mark.parametrize(("case", "text"), SEXUALITY_AND_GENDER_IDENTITY)
def test_sexuality_called_disease_or_gender_identity_denied_is_held(case: str, text: str) -> None:
    """Homosexuality a disease; a man in a dress still a man."""
    assert _held(text, case)


@pytest.mark.parametrize(("case", "text"), AGE)
def test_attack_on_an_age_group_is_held(case: str, text: str) -> None:
    """The old senile, to be stripped of the vote."""
    assert _held(text, case)


@pytest.mark.parametrize(("case", "text"), NAMED_ACCUSATIONS)
def test_crime_said_of_a_named_person_is_held(case: str, text: str) -> None:
    """Bribes, theft, torture said of a named official, in every script."""
    assert _held(text, case)


# The group as the victim: persecuted, jailed, treated like animals, hated by the regime.
VICTIMS = [
    ("en", "They jailed you because you are a woman."),
    ("en", "They persecute you because you are a Uyghur."),
    ("en", "They persecute you because you are gay."),
    ("en", "The regime hates women."),
    ("en", "The regime treats Uyghurs as terrorists."),
    ("en", "Uyghurs are kept like animals in the camps."),
    ("en", "Uyghurs are persecuted by a regime that has no conscience."),
    ("en", "Women in Iran have no right to travel without permission; that law is cruel."),
    ("en", "Women in prison are sick and denied care."),
    ("en", "Many Uyghurs are in camps. They want to destroy their culture."),
    ("en", "Those who jail women have no conscience."),
    ("en", "People who hate Muslims have no shame."),
    ("en", "The men who beat Uyghurs should be locked up."),
    ("en", "The guards who beat women are animals."),
    ("en", "Gypsies, Jews and gays were murdered by the Nazis; we remember."),
    ("en", "The problem is that women are jailed for their hair."),
    ("fr-en", "On vous a condamnée parce que vous êtes une femme."),
    ("fr-en", "Les femmes iraniennes n'ont pas le droit de chanter en public, c'est injuste."),
    ("ru-en", "Саша, власти ненавидят женщин, которые говорят правду."),
    ("en", "Frauen im Iran werden verfolgt, weil sie singen."),
    ("ar-fr-en", "النساء في السجن يعانين كثيرا."),
    ("bn-en", "কারাগারে মেয়েরা অসুস্থ।"),
    ("en-zh", "他们因为你是女人就迫害你。"),
    ("en-zh", "问题在于香港人没有投票权。"),
    ("fa-en", "مشکل زنان در ایران حجاب اجباری است."),
    ("en", "Chinese people have no access to free news; you fought for that."),
    ("en", "Muslims in Xinjiang are the first victims of this policy."),
    ("en", "Refugees have no place to sleep in the camps."),
]

# Reported, rebutted or negated claims.
REPORTED_OR_REBUTTED = [
    ("en", "They say the Kurds are behind the attacks, but it's a lie."),
    ("en", "The regime claims the Uyghurs are terrorists. That is a lie."),
    ("en", "The regime says homosexuality is a disease."),
    ("en", "Homosexuality is not a disease."),
    ("en", "It is not true that refugees are criminals."),
    ("en", "Not all Russians support the war."),
    ("en", "Hindus are not behind this; the regime is."),
    ("en", "The problem is not the Russians, it is the regime."),
    ("en", "People say old people cannot think for themselves; you prove them wrong."),
    ("en", "Refugees are not human to the regime, but they are to us."),
    ("es-en", "El régimen dice que los gays son enfermos. Mentira."),
    ("es-en", "Las mujeres no deben ser encarceladas por protestar."),
]

# Institutions and agents named by nationality; the authorities criticised.
INSTITUTIONS = [
    ("en", "Russian soldiers shelled the town last spring."),
    ("en", "The Chinese authorities have no conscience."),
    ("en", "The Chinese government is behind this."),
    ("en", "I hate the Chinese government."),
    ("en", "The authorities want to destroy your spirit, but they will fail."),
    ("en", "The regime wants to replace every free voice."),
    ("ru-en", "Русские солдаты обстреляли город."),
    ("en", "The old men running that country should be put out to pasture."),
]

# The writer's own identity; warm or neutral words about a group.
IDENTITY_AND_SUPPORT = [
    ("en", "As a Muslim woman I stand with you."),
    ("en", "As a Jew, I know what persecution means."),
    ("en", "I am gay and I know what it means to hide."),
    ("en", "I'm a trans woman in Manila and I stand with you."),
    ("en", "Trans women are women."),
    ("en", "Trans women deserve safety and dignity."),
    ("en", "Gay people are normal and deserve love."),
    ("en", "Hong Kongers deserve freedom."),
    ("en", "Russians deserve a better government."),
    ("en", "Russians like you give us hope."),
    ("en", "Women are behind this campaign, and so am I."),
    ("en", "Muslims are behind you all the way!"),
    ("en", "Women are too brave for this regime to break."),
    ("en", "Refugees should be welcomed."),
    ("en", "Women should be allowed to vote and to sing."),
    ("en", "The elderly deserve respect and their pensions."),
    ("en", "Old people in our town knitted scarves for you."),
    ("en", "My grandmother is over sixty and she prays for you."),
    ("en", "Immigrants built this country, and you know it."),
    ("en", "Freedom is in their blood, the people of Hong Kong."),
    ("en", "Behind every prisoner there is a family that waits."),
    ("en", "We should deport the torturers, not the refugees."),
    ("en", "Refugees can go home when the war ends."),
    ("en", "Ich bin Muslimin und bete für dich."),
    ("en", "Kürtler ve Araplar da senin yanında."),
    ("es-en", "Las mujeres de Cuba te apoyan."),
    ("es-en", "Los refugiados son bienvenidos hasta que vuelvan a casa."),
    ("fr-en", "Les femmes iraniennes sont courageuses."),
    ("ru-en", "Пенсионеры нашего города передают тебе привет."),
    ("ar-fr-en", "لا تنسي أن النساء قويات."),
    ("ar-fr-en", "كوني قوية يا أختي."),
    ("fa-en", "مسلمان‌ها و بهایی‌ها کنار تو هستند."),
    ("en-zh", "大陆人也有很多支持你。"),
    ("en-zh", "女人也可以搞政治，你就是榜样。"),
    ("bn-en", "হিন্দুরা ও মুসলমানরা একসাথে প্রার্থনা করেছে।"),
    ("en", "We Iranians deserve freedom and so do you."),
    ("en", "Kadınlar senin için yürüdü."),
    ("en", "Die Frauen in meinem Chor beten für dich."),
]

# Officials named for the facts of the case; accusations made against the recipient quoted.
OFFICIALS_WITHOUT_CRIMES = [
    ("en", "They called you a traitor."),
    ("en", "Judge Chen sentenced you to seven years."),
    ("en", "Prosecutor Ndongo accused you of taking bribes."),
    ("en", "Judge Walsh ignored the men who tortured you."),
    ("en", "Minister Patel received thousands of letters about you."),
    ("en", "Judge Marta Lorenzo refused to hear your witnesses."),
    ("fr-en", "Le juge Diallo a refusé d'entendre vos témoins."),
    ("ru-en", "Судья Иванова дала тебе шесть лет."),
    ("en", "Richter Müller hat dich zu sieben Jahren verurteilt."),
    ("en", "Savcı Mehmet Demir seni suçlu buldu ama biz inanmıyoruz."),
    ("ar-fr-en", "القاضي حكم عليك بسبع سنوات ظلما."),
    ("fa-en", "قاضی صلواتی تو را به ده سال زندان محکوم کرد."),
    ("en-zh", "法官陳志明以貪污罪判你七年。"),
    ("en-zh", "法官陳志明說你貪污，這是謊言。"),
    ("en-zh", "法官陳志明判了你七年，太不公平。"),
    ("fa-en", "قاضی صلواتی حکم اعدام تو را صادر کرد."),
    ("en-zh", "法官李明拒绝了你的上诉。"),
]


@pytest.mark.parametrize(("case", "text"), VICTIMS)
def test_group_as_the_victim_passes(case: str, text: str) -> None:
    """Describing how a group is persecuted, or the discrimination the recipient suffers."""
    assert not _held(text, case)


@pytest.mark.parametrize(("case", "text"), REPORTED_OR_REBUTTED)
def test_reported_rebutted_or_negated_claim_passes(case: str, text: str) -> None:
    """What the regime says of a group, a lie exposed, a claim denied."""
    assert not _held(text, case)


@pytest.mark.parametrize(("case", "text"), INSTITUTIONS)
def test_institution_named_by_nationality_passes(case: str, text: str) -> None:
    """The Chinese authorities, Russian soldiers, the regime: criticism, reporting."""
    assert not _held(text, case)


@pytest.mark.parametrize(("case", "text"), IDENTITY_AND_SUPPORT)
def test_writer_identity_and_support_for_a_group_passes(case: str, text: str) -> None:
    """The writer's own identity, warm or neutral words about a group."""
    assert not _held(text, case)


@pytest.mark.parametrize(("case", "text"), OFFICIALS_WITHOUT_CRIMES)
def test_official_named_for_the_case_or_quoted_accusation_passes(case: str, text: str) -> None:
    """An official named for what the case is about; an accusation against the recipient."""
    assert not _held(text, case)
