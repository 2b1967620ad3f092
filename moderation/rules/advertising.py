"""N13: no advertising or calls to action (products, accounts, other causes, phone numbers).

A call to sign a petition, back a campaign or give to a fundraiser is advertising when the
cause is another one ("our petition against the motorway"), not when it is the recipient's
own: a match naming a cause is dropped when the rest of its sentence names a rights holder
or a protected name (the organisation's campaign), or speaks of "your release" or "for you".
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.rules.context import ScreenContext
from moderation.rules.normalize import fold_pattern, normalize
from moderation.rules.phrase_index import phrases
from moderation.rules.termpatterns import Match, dedupe
from moderation.rules.types import Finding

# A phone number: 8 to 15 digits, international or grouped like a local number.
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d(?:[\s().-]{0,2}\d){7,14}(?!\w)")
_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_]){2,}")
_DIGIT = re.compile(r"\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE_LIKE = re.compile(r"^(?:\d{1,4}([./-])\d{1,2}\1\d{1,4}|\d{4}\s*[-–]\s*\d{4})$")

# A rate of return or a discount ("30% monthly", "٣٠٪ شهرياً", "20% off"), folded text; run
# only on texts holding a percent sign.
_PERCENT = re.compile(
    fold_pattern(
        r"(?<!\w)\d{1,3}(?:[.,]\d+)?\s*[%٪]\s*(?:off|discount|guaranteed|returns?|profits?|"
        r"monthly|weekly|daily|a month|per month|a week|per week|a day|per day|interest|"
        r"mensual\w*|al mes|por mes|por semana|por dia|par mois|par semaine|par jour|mensuel\w*|"
        r"garanti\w*|в месяц|в неделю|в день|ежемесячно|щомісяця|на місяць|monatlich|pro monat|"
        r"pro woche|al mese|al giorno|mensil\w*|ao mes|por mês|aylık|aylik|haftalık|haftalik|"
        r"günlük|gunluk|شهري\S*|يومي\S*|اسبوعي\S*|أسبوعي\S*|سنوي\S*|ماهانه|روزانه|هفتگی|"
        r"每月|每天|每日|每周|月息|日息|মাসে|প্রতি মাসে)"
    ),
    re.IGNORECASE,
)
# A cause one can be asked to sign or give to (folded text).
_CAUSE = re.compile(
    fold_pattern(
        r"petition|petici|petizion|peticao|abaixo-assinado|петици|петиці|عريض|عریض|طومار|کارزار|"
        r"请愿|請願|联署|聯署|签名|簽名|পিটিশন|imza|campaign|campagn|campana|campanha|kampagne|"
        r"кампани|cause|causa|fundrais|crowdfund|collect|colecta|cagnotte|vaquinha|raccolta|"
        r"spende|сбор|збір|حمله|حملة|تبرع|کمپین|募捐|众筹|眾籌|ক্যাম্পেইন|bagis|bağış|"
        r"kampanya|фонд|fonds|fund|حملت|筹款|籌款|捐助|捐款"
    ),
    re.IGNORECASE,
)
# Words before a match that make it a statement, not a call to action: a subject ("we support
# the food bank", "I listen to my music") or a place ("on my Facebook page", "в моем блоге",
# "على صفحتي"). Folded text.
_STATEMENT = re.compile(
    fold_pattern(
        r"(?:^|[^\w'])(?:i|we|they|he|she|je|nous|ils|elles|yo|nosotros|ellos|ella|eu|nos|ich|"
        r"wir|io|noi|я|мы|они|он|она|ми|вони|ben|biz|on|in|via|from|through|at|sur|dans|en|"
        r"de|por|no|na|em|auf|im|sul|sulla|nel|nella|в|на|у|во|علی|على|فی|في|عبر|در|تو|روی)\s+"
        r"(?:also\s+|too\s+|all\s+|often\s+|always\s+|aussi\s+|tambien\s+|auch\s+|тоже\s+)?$"
    )
)
# Where a sentence ends.
_SENTENCE_END = re.compile(r"[.!?;\n。！？；؟।]")
# The recipient's own cause, said without their name (folded text).
_OWN_CAUSE = re.compile(
    fold_pattern(
        r"\b(?:for|about)\s+(?:you|her|him|them)\b|\b(?:your|her|his|their)\s+(?:release|freedom|"
        r"case|liberation|life|family|lawyers?|legal|defen[cs]e|trial|appeal|children|kids|"
        r"health|treatment)\b|\bwrite for rights\b|"
        r"\b(?:pour|por|para|per|fur|für)\s+(?:toi|vous|ti|usted|ustedes|voce|você|te|dich|sie|"
        r"euch)\b|\b(?:votre|ta|ton|tu|su|sua|tua|deine|ihre|eure|la tua|la sua)\s+(?:liberation|"
        r"libération|liberte|liberté|libertad|liberacion|liberación|liberdade|libertacao|"
        r"libertação|liberazione|liberta|libertà|freilassung|freiheit)\b|"
        r"\bза\s+(?:тебя|вас|тебе|неё|нее|него|них|твою|вашу|твоё|твое|ваше)\b|"
        r"\b(?:твоего|вашего|твоє|вашого|твого)\s+(?:освобожд|звільн)\w*|"
        r"\b(?:senin|sizin)\s+(?:icin|için|ozgurlug|özgürlüğ)\w*|"
        r"(?:من اجلك|لاجلك|من أجلك|لأجلك|حريتك|اطلاق سراحك|إطلاق سراحك|الافراج عنك|الإفراج عنك)|"
        r"(?:برای تو|برای شما|آزادی تو|ازادی تو|آزادی شما|ازادی شما|آزادیت|ازادیت)|"
        r"(?:为你|為你|為妳|为您|為您|你的自由|释放你|釋放你)|(?:আপনার মুক্তি|তোমার মুক্তি|আপনার জন্য)"
    ),
    re.IGNORECASE,
)


def _contacts(text: str) -> list[Match]:
    out = []
    for m in _PHONE.finditer(text) if _DIGIT.search(text) else ():
        digits = re.sub(r"\D", "", m.group())
        if _DATE_LIKE.match(m.group().strip()) or len(set(digits)) < 3:
            continue  # dates and "00000000" are no phone numbers
        out.append(Match(m.start(), m.end(), m.group(), digits))
    for pattern in (_HANDLE, _EMAIL) if "@" in text else ():
        out.extend(Match(m.start(), m.end(), m.group(), m.group()) for m in pattern.finditer(text))
    return out


@lru_cache(maxsize=256)
def _own_names(rights_holders: tuple[str, ...], protected: tuple[str, ...]) -> re.Pattern[str]:
    """The rights holders' name words and the protected names (whole, or the first word of a
    name of several words when it is long, like "Amnesty"), as whole folded words."""
    alternatives = set()
    for name in rights_holders:
        alternatives.update(w for w in re.findall(r"[^\W\d_]+", normalize(name).text) if len(w) > 2)
    for name in protected:
        words = re.findall(r"[^\W\d_]+", normalize(name).text)
        if words:
            alternatives.add(r"\s+".join(map(re.escape, words)))
            if len(words) > 1 and len(words[0]) >= 6:
                alternatives.add(re.escape(words[0]))
    body = "|".join(sorted(alternatives, key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def _for_own_cause(ctx: ScreenContext, m: Match) -> bool:
    """True if ``m`` asks for a cause and its sentence, from the match on, is the recipient's
    (or the organisation's) own cause."""
    if not _CAUSE.search(m.normalized):
        return False
    end = _SENTENCE_END.search(ctx.text, m.end)
    rest = normalize(ctx.text[m.start : end.start() if end else len(ctx.text)]).text
    names = _own_names(ctx.rights_holders, tuple(ctx.campaign.protected_names))
    return names.search(rest) is not None or _OWN_CAUSE.search(rest) is not None


def _statement(ctx: ScreenContext, m: Match) -> bool:
    """True if the words before ``m`` make it a statement ("we support the food bank", "on
    my Facebook page"), not a call to action."""
    before = normalize(ctx.text[max(0, m.start - 24) : m.start]).text
    return _STATEMENT.search(before) is not None


def check_advertising(ctx: ScreenContext) -> list[Finding]:
    """N13: promotion and calls to action, phone numbers, @handles and e-mail addresses."""
    promoted = [
        m
        for m in phrases("advertising_", ctx.folded, negatable=False)
        if not _statement(ctx, m) and not _for_own_cause(ctx, m)
    ]
    text = ctx.folded.text
    if "%" in text or "٪" in text:
        for m in _PERCENT.finditer(text):
            a, b = ctx.folded.span(m.start(), m.end())
            promoted.append(Match(a, b, ctx.text[a:b], m.group()))
    matches = dedupe([*promoted, *_contacts(ctx.text)])
    return [
        ctx.finding(
            "N13",
            m.start,
            m.end,
            "Letters of support must not advertise or ask readers to act elsewhere, nor carry "
            f"contact details: {m.excerpt} (N13)",
        )
        for m in matches
    ]
