"""N04: no hate, defamation or discrimination.

Two kinds of breach: a generalising attack on a group (a people, religion, gender, sexuality,
age group), and an accusation of crimes against a named person. Criticism of a policy or of
"the authorities", and describing how a group is treated, are neither.

An attack on a group is a group (``hate_groups*.txt``: peoples, faiths, genders, sexualities,
age groups such as "over sixty") said, in the same sentence, to be something:

- a dehumanising word anywhere in the sentence (``hate_terms_strong*.txt``: "vermin");
- a "weak" word tied to the group by a copula or generaliser (``hate_terms_weak*.txt`` with
  ``hate_links*.re``: "X are (all) criminals") or put right before it ("dirty X");
- a claim (``hate_claims*.re``) made of the group, which comes first, as the claim's subject,
  or in the sentence before, taken up by a pronoun ("X are behind every injustice", "X have
  no conscience", "X should be stripped of the vote"; "... They control the media");
- a blaming or excluding phrase that names the group right after it (``hate_targets*.re``:
  "the problem is X", "deport the X", "the root of all problems: X").

Some statements attack a group in so many words and need no group term (``hate_phrases*.re``:
"a man in a dress is still a man", "leave politics to the men").

What is not an attack: the group as the victim ("X are persecuted", "treated like animals"),
reported or rebutted speech ("the regime says X are terrorists", "it is a lie that ..."),
negation ("X are not criminals"), an institution named by nationality ("the Chinese
authorities", "Russian soldiers").
"""

from __future__ import annotations

import re
from functools import cache

from moderation.rules.context import ScreenContext
from moderation.rules.datafiles import data_lines, terms
from moderation.rules.negation import negated
from moderation.rules.normalize import Normalized, fold_pattern, normalize
from moderation.rules.phrase_index import phrases
from moderation.rules.scripts import text_scripts
from moderation.rules.termpatterns import (
    Match,
    TermPattern,
    compile_patterns,
    compile_terms,
    dedupe,
    find,
)
from moderation.rules.types import Finding

_SENTENCE = re.compile(r"[^.!?\n。！？।]+[.!?。！？।]*")
# "treated like animals", "called them terrorists": describing mistreatment, not an attack.
_DESCRIBED = re.compile(
    r"\b(?:treat\w*|call\w*|label\w*|brand\w*|accus\w*|portray\w*|describ\w*|consider\w*|"
    r"dehumani[sz]\w*|as if|like|trait\w*|comme|qualifi\w*|tratad\w*|tratan|como si|llamad\w*|"
    r"обращ\w*|называ\w*|как с|يعامل\w*|ک?معامله|被当作|被當作|当成|當成|称为|稱為)\b"
)

# A nationality naming an institution or its agents ("the Chinese authorities", "Russian
# soldiers") names no people: a group term followed by one of these is not a group.
_INSTITUTION = re.compile(
    r"\s*(?:authorities|government|regime|state|police|officials|courts?|judges?|army|military|"
    r"embassy|ministry|leadership|communist party|party|security services|prison|soldiers|"
    r"troops|forces|guards|officers|agents|diplomats|propaganda|state media|"
    r"autorites|gouvernement|etat|soldats|militaires|gardiens|"
    r"autoridades|gobierno|regimen|estado|soldados|militares|guardias|"
    r"власти|власть|правительство|режим|государство|солдаты|военные|войска|силовики|"
    r"чиновники|охранники|надзиратели|пропаганда|"
    r"behorden|regierung|soldaten|governo|soldati|autorita|"
    r"yetkililer\w*|hukumet\w*|askerler\w*|polis\w*|влада|уряд|солдати|військові|"
    r"السلطات|الحكومة|الحکومة|النظام|الجنود|الشرطة|القوات|حکومت|رژیم|ماموران|سربازان|"
    r"政府|当局|當局|警察|士兵|军队|軍隊|官员|官員|সরকার|পুলিশ|সেনা)(?!\w)"
)

# The sentence around a claim reports or rebuts it, or says what is done to the group: the
# writer is not making it ("the regime says X are terrorists", "it is a lie that ...", "X are
# persecuted by people who have no conscience").
_HEARSAY = re.compile(
    r"(?<!\w)(?:says?|said|saying|claims?|claimed|claiming|tells?|told|telling|calls?|called|"
    r"calling|labels?|labell?ed|brands?|branded|portrays?|portrayed|accus\w*|blames?|blamed|"
    r"alleg\w*|pretend\w*|propaganda|stereotypes?|prejudices?|myths?|a lie|liars? who|"
    r"(?:don't|do\s+not|doesn't|does\s+not|never|won't)\s+(?:think|believe|say|claim|accept|buy)|"
    r"not\s+true|isn't\s+true|nonsense|wrong\s+to\s+(?:say|think|claim)|"
    r"no\s+es\s+(?:verdad|cierto)|faux|pas\s+vrai|неправда|не\s+правда|"
    r"rumou?rs?|lying|conspiracy theor\w*|wants? (?:us|you|people) to believe|"
    r"would have you believe|"
    r"persecut\w*|oppress\w*|discriminat\w*|treat\w*|hunted|jail\w*|imprison\w*|arrest\w*|"
    r"detain\w*|tortur\w*|because (?:you are|you're|they are|they're|she is|he is)|"
    r"disent|dit|affirm\w*|mensonges?|mythes?|opprim\w*|traite\w*|"
    r"parce que (?:vous etes|tu es|ils sont|elles sont)|"
    r"dicen|dice|dijo|afirm\w*|llam\w*|acus\w*|mentiras?|mitos?|persigu\w*|oprim\w*|"
    r"porque (?:eres|es|son)|"
    r"говор\w*|утвержд\w*|называ\w*|обвин\w*|ложь|миф\w*|пропаганд\w*|преследу\w*|"
    r"угнета\w*|потому что (?:ты|вы|они)|"
    r"кажуть|стверджу\w*|брехня|переслід\w*|"
    r"sagen|sagt|behaupt\w*|luge|verfolg\w*|weil (?:du|sie)|"
    r"dizem|diz|mentira|persegu\w*|dicono|bugia|perseguit\w*|"
    r"diyor\w*|iddia\w*|yalan\w*|zulm\w*|"
    r"يقول\w*|يقال|يزعم\w*|يدعي\w*|يدعون|تزعم|اكذوب\w*|كذب\w*|کذب\w*|دعاي\w*|يضطهد\w*|اضطهاد|"
    r"لانک|لأنك|میگویند|میگوید|ادعا\w*|دروغ\w*|تبلیغات|سرکوب\w*|چون (?:تو|شما)|"
    r"বলে|দাবি|মিথ্যা|প্রচার|নির্যাতন)(?!\w)"
    r"|说|說|声称|聲稱|宣传|宣傳|谎言|謊言|迫害|因为你|因為你|指控|污蔑|汙衊"
)

# Right before a group: a negated quantifier ("not all X", "no X").
_NEG_QUANTIFIER = re.compile(
    r"(?<!\w)(?:(?:not|never|hardly)\s+(?:all|every|most|many)(?:\s+of)?(?:\s+the)?|no|"
    r"not\s+a\s+single|pas\s+tous\s+les|pas\s+toutes\s+les|aucun|aucune|non\s+tutti\s+gli|"
    r"non\s+tutti\s+i|non\s+tutte\s+le|nicht\s+alle|kein\w*|no\s+todos|no\s+todas|ningun\w*|"
    r"nem\s+todos|не\s+все|никакие|ни\s+один|не\s+всі|ليس\s+كل|ليس\s+کل|نه\s+همه|هیچ|"
    r"her\s+.{1,12}\s+degil)\s*$|(?:不是所有|并非所有|並非所有|不是每个|不是每個)\s*$"
)

# Between a group and a claim said of it: the group is not the claim's subject ("the regime
# that jails Uyghurs has no conscience") or is its victim ("X in prison are sick").
_NOT_SUBJECT = re.compile(
    r"(?<!\w)(?:by|who (?:jail|persecute|hate|attack|arrest|kill|beat|torture)\w*|"
    r"par(?!\s+(?:eux|elles|lui|elle|soi|nous|vous|moi|toi|exemple|ailleurs))|por parte|von|"
    r"da parte|tarafından|توسط|من قبل|"
    r"prisons?|jails?|camps?|detention|custody|cells?|carcel\w*|тюрьм\w*|лагер\w*|"
    r"колони\w*|gefangnis\w*|lager|prisao|prigion\w*|cezaev\w*|hapis\w*|زندان\w*|السجن|سجون|"
    r"persecut\w*|oppress\w*|jailed|arrested|detained|tortured|killed|murdered|beaten|"
    r"deported|expelled|discriminat\w*|treated|denied|forced|targeted|running|ruling|"
    r"who\s+(?:run|rule|govern)|in\s+power|politburo|junta|kremlin|elites?|"
    r"arrete\w*|emprisonn\w*|torture\w*|persegui\w*|detenid\w*|encarcelad\w*|"
    r"torturad\w*|преследу\w*|арестова\w*|задержа\w*|посаж\w*|verfolgt|verhaftet)(?!\w)"
    r"|被|监狱|監獄|集中营|集中營|বন্দি|কারাগার|(?<!\w)" + _INSTITUTION.pattern.removeprefix(r"\s*")
)
# Right before a group: a preposition that makes it an object ("the campaign against X").
_OBJECT_BEFORE = re.compile(
    r"(?<!\w)(?:against|towards?|about|contre|envers|contra|hacia|против|gegen|contro|karsı|"
    r"علیه|ضد|对|對|针对|針對)\s+(?:(?:the|les|los|las|die|gli|i|le|os|as)\s+)?$"
    # The object of a relative clause: "people who hate X", "ceux qui persecutent les X".
    r"|(?<!\w)(?:who|whoever|which|qui|quien|quienes|los\s+que|кто|которые|который|die|che)\s+"
    r"(?!(?:are|is|were|was|sont|est|son|es|sind|ist|sono)\s)\w+(?:\s+\w+)?\s+"
    r"(?:(?:the|all|les|tous\s+les|los|las|a\s+los|a\s+las|die|gli|i|le)\s+)?$"
)

# Third-person plural pronouns (and "these people") that take up a group named in the
# sentence before: "The Jews ... . They pull the strings."
_PRONOUN = re.compile(
    r"(?<!\w)(?:they|them|these people|those people|such people|people like that|"
    r"ils|elles|eux|ces gens|ces gens-la|ellos|ellas|esa gente|esta gente|esos|"
    r"они|их|эти люди|такие люди|вони|їх|sie|diese leute|solche leute|eles|elas|essa gente|"
    r"loro|questa gente|questi|onlar\w*|bunlar\w*|هم|فهم|وهم|انهم|هولاء|اینها|انها|اونا|ایشان|"
    r"ওরা|ওরাই|তারা|তারাই|এরা|এরাই)(?!\w)"
    r"|他们|他們|这些人|這些人|这帮人|這幫人"
)

# What may stand between a blaming phrase and the group it names ("the problem is the X",
# "quitarles el voto a todos los X", "the root of all evil: the X").
_GLUE_AFTER = re.compile(
    r"\s*(?:(?<!\w)(?:are|is|the|all|these|those|of|les|des|tous|toutes|ces|los|las|el|la|todos|todas|"
    r"a|al|esos|esas|estos|son|es|sont|est|die|der|alle|diese|os|as|esses|gli|i|le|"
    r"tutti|tutte|questi|all the|эти|все|всех|всіх|усіх|это|هم|کل|همه|خود|همین|همان|এই|সব|ওই|"
    r"o|bu|su|hep|"
    r"hepsi)(?!\w)\s*|(?:就是|都是|是)|[:—–-]\s*){0,3}"
)

# A group followed by its own verb is the subject of a new clause, not the one blamed: "the
# problem is women are jailed", "问题在于香港人没有投票权".
_CLAUSE_AFTER = re.compile(
    r"\s*(?:(?:'s|are|is|were|was|have|has|had|can|cannot|can't|could|will|would|should|must|"
    r"don't|do|did|get|got|aren't|sont|ont|ne|n'|son|tienen|no|не|были|имеют|sind|haben|"
    r"werden|nicht|sao|tem|nao|sono|hanno|non)(?!\w)|没有|沒有|不|被|都|也|的|得|有)"
)
_NEG_AFTER = re.compile(r"(?<!\w)(?:نیست\w*|نبود\w*|degil\w*|না|নয়|নেই)(?!\w)|不是|並非|并非")
# Scripts of languages that say "X [are] Y" without a copula.
_NO_COPULA = re.compile("[\u0600-\u06ff\u0980-\u09ff\u3400-\u4dbf\u4e00-\u9fff]")
_BREAK = re.compile(r"[,;:.!?\n，。！？；：]")


def _in_sentence(view: Normalized) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(view.text)]


@cache
def _group_terms() -> TermPattern | None:
    return compile_terms(terms("hate_groups"))


@cache
def _strong_terms() -> TermPattern | None:
    return compile_terms(terms("hate_terms_strong"))


@cache
def _weak_terms() -> TermPattern | None:
    return compile_terms(terms("hate_terms_weak"))


@cache
def _slur_terms() -> TermPattern | None:
    return compile_terms(terms("hate_slurs"))


def _groups(view: Normalized) -> list[tuple[int, int]]:
    """Spans of the groups named in ``view`` (an institution named by nationality excluded)."""
    text = view.text
    out = []
    for a, b in _raw(_group_terms(), view):
        if _INSTITUTION.match(text, b):
            continue
        out.append((a, b))
    return out


def _attacks(ctx: ScreenContext) -> list[Match]:
    view = ctx.folded
    text = view.text
    groups = _groups(view)
    if not groups:
        return []
    strong = _raw(_strong_terms(), view)
    weak = _raw(_weak_terms(), view)
    links = compile_patterns("hate_links")
    sentences = _in_sentence(view)
    out = []
    for lo, hi in sentences:
        g = [m for m in groups if lo <= m[0] < hi]
        if not g:
            continue
        hits = []
        for a, b in (m for m in strong if lo <= m[0] < hi):
            hits.append((a, b))
        for a, b in (m for m in weak if lo <= m[0] < hi):
            # Said of the group: "X are (all) Y", "X, who are Y", or "Y X" ("dirty X").
            for ga, gb in g:
                between = text[gb:a] if gb <= a else text[b:ga]
                tied = gb <= a and links is not None and links.search(between) is not None
                # Without a copula: Chinese "同性恋是一种病", Arabic "الشيعة خونة", Bengali.
                bare = gb <= a and not between.strip() and _NO_COPULA.match(text, a) is not None
                if bare and _NOT_SUBJECT.search(text, lo, ga):
                    continue  # "কারাগারে মেয়েরা অসুস্থ": the women in prison are ill
                tied = tied or bare
                adjacent = b <= ga and len(between.split()) <= 1
                if tied and (
                    _NOT_SUBJECT.search(between)
                    or _OBJECT_BEFORE.search(text, max(lo, ga - 30), ga)
                ):
                    continue
                if (tied and len(between) <= 80) or adjacent:
                    hits.append((a, b))
                    break
        for a, b in hits:
            if _DESCRIBED.search(text[lo:a]) or _HEARSAY.search(text, lo, a) or negated(view, a, b):
                continue
            out.append(_span(ctx, view, [(a, b), *g]))
    out.extend(_claims(ctx, view, groups, sentences))
    return out


def _span(ctx: ScreenContext, view: Normalized, spans: list[tuple[int, int]]) -> Match:
    """A match covering a predicate (the first span) and the groups near it."""
    a, b = spans[0]
    start = min(a, *(ga for ga, _ in spans))
    end = max(b, *(gb for _, gb in spans if gb <= b + 200))
    sa, sb = view.span(start, end)
    return Match(sa, sb, ctx.text[sa:sb], view.text[start:end])


def _sentence_of(sentences: list[tuple[int, int]], at: int) -> int:
    for i, (lo, hi) in enumerate(sentences):
        if lo <= at < hi:
            return i
    return len(sentences) - 1


def _claims(
    ctx: ScreenContext,
    view: Normalized,
    groups: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
) -> list[Match]:
    """Claims said of a group named before them (``hate_claims*.re``) or blaming phrases that
    name a group right after them (``hate_targets*.re``)."""
    text = view.text
    out = []
    for ca, cb in _view_spans(phrases("hate_claims", view, negatable=False)):
        i = _sentence_of(sentences, ca)
        lo, _ = sentences[i]
        subject = _subject(text, groups, lo, ca, cb)
        if subject is None and _PRONOUN.search(text, max(lo, ca - 15), cb):
            subject = _taken_up(text, groups, sentences, i, ca)
        if subject is None:
            continue
        if _HEARSAY.search(text, lo, ca) or _negated_claim(view, subject, ca, lo):
            continue
        if _HEARSAY.search(text[cb : sentences[i][1]]):
            continue  # "..., says the regime"
        out.append(_span(ctx, view, [(ca, cb), subject]))
    for ca, cb in _view_spans(phrases("hate_targets", view, negatable=False)):
        i = _sentence_of(sentences, ca)
        lo, hi = sentences[i]
        glue = _GLUE_AFTER.match(text, cb)
        at = glue.end() if glue else cb
        named = [g for g in groups if ca <= g[0] <= at]
        if not named or _CLAUSE_AFTER.match(text, named[0][1]):
            continue
        # Negated after the group, where verbs of SOV languages go ("it is not the X's fault").
        stop = _BREAK.search(text, named[0][1], min(hi, named[0][1] + 30))
        x = stop.start() if stop else min(hi, named[0][1] + 30)
        if negated(view, x, x, lookback=x - named[0][1]) or _NEG_AFTER.search(text, named[0][1], x):
            continue
        if _HEARSAY.search(text, lo, ca) or _HEARSAY.search(text, cb, hi):
            continue
        if negated(view, ca, ca, lookback=ca - lo):
            continue
        out.append(_span(ctx, view, [(ca, cb), named[0]]))
    return out


def _taken_up(
    text: str, groups: list[tuple[int, int]], sentences: list[tuple[int, int]], i: int, ca: int
) -> tuple[int, int] | None:
    """The group a pronoun right before a claim stands for: the last group named earlier in
    the claim's sentence or in the one before, unless that sentence makes the group a victim or
    reports what others say ("Uyghurs are held in camps. They ...": who "they" are is unclear)."""
    start = sentences[i - 1][0] if i else sentences[i][0]
    before = [g for g in groups if start <= g[0] < ca]
    if not before:
        return None
    if _NOT_SUBJECT.search(text, start, ca) or _HEARSAY.search(text, start, ca):
        return None
    return before[-1]


def _negated_claim(view: Normalized, group: tuple[int, int], ca: int, lo: int) -> bool:
    """True if a claim at ``ca`` about ``group`` is negated between them ("X are not ..."), or
    the group is ("not all X", "no X"). A negation further back governs another clause
    ("don't forget that X ...")."""
    ga, gb = group
    if negated(view, ca, ca, lookback=max(0, ca - gb)):
        return True
    return _NEG_QUANTIFIER.search(view.text, max(lo, ga - 25), ga) is not None


def _subject(
    text: str, groups: list[tuple[int, int]], lo: int, ca: int, cb: int
) -> tuple[int, int] | None:
    """The group a claim at ``text[ca:cb]`` is said of: the nearest group before it in its
    sentence, close enough and not held off by a preposition, an institution or a verb that
    makes the group a victim; or a group inside the claim."""
    for ga, gb in reversed(groups):
        if ca <= ga < cb:
            return ga, gb
        if gb > ca or ga < lo:
            continue
        between = text[gb:ca]
        if len(between) > 70 or _NOT_SUBJECT.search(between):
            return None
        if _OBJECT_BEFORE.search(text, max(lo, ga - 30), ga):
            return None
        return ga, gb
    return None


def _raw(pattern: TermPattern | re.Pattern[str] | None, view: Normalized) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(view.text)]


# Reporting what others say ("the regime calls him a criminal") is no accusation.
_REPORTED = re.compile(
    r"\b(?:says?|said|claims?|claimed|accus\w*|call\w*|label\w*|brand\w*|alleges|alleged|"
    r"according|charged|convicted|disent|dit|affirm\w*|pretend\w*|dice|dicen|dijo|afirm\w*|"
    r"acus\w*|llam\w*|говор\w*|утвержд\w*|обвин\w*|назыв\w*|يقول\w*|يتهم\w*|اتهم\w*|"
    r"میگویند|متهم\w*|sagt|sagen|behaupt\w*|beschuldig\w*|diz|dizem|acusa\w*|dicono|accusa\w*|"
    r"diyor\w*|suclad\w*|кажуть|звинувач\w*)\b"
    r"|说你|說你|指控|指你|控告|声称|聲稱"
)
# Inside an accusation's match: the named official accuses the recipient, or someone else
# did the deed ("Judge X accused you of stealing", "Judge X ignored who tortured you").
_NOT_THEIR_DEED = re.compile(
    r"(?<!\w)(?:(?:accus|charg|blam|fram)\w*\s+(?:you|him|her|them|me|us)|said|says|"
    r"claim\w*|alleg\w*|(?<!, )who|whoever|those who|investigat\w*|ignor\w*|"
    r"(?:vous|t'|te|l'|les|nous)\s*(?:a|ont|avait)?\s*(?:accus|inculp)\w*|(?<!, )qui|ceux|"
    r"(?:te|lo|la|los|nos)\s+acus\w*|(?<!, )quien\w*|los que|"
    r"обвини\w*|(?<!, )котор\w*|beschuldigt\w*|acusou|accusato|sucladı|"
    r"اتهم\w*|الذين|متهم\w*)(?!\w)"
    r"|判你|判處你|判处你|说你|說你|指你|控告|指控|[贪貪]污罪|受[贿賄]罪"
)


def _slurs(ctx: ScreenContext) -> list[Match]:
    """Slurs against a people, sexuality or gender: attacks on the group they name."""
    view = ctx.folded
    out = []
    for m in find(_slur_terms(), view):
        a = m.view_start
        sentence = _sentence_before(view.text, a)
        # No negation takes a slur back: "don't trust those <slur>" still uses it.
        if _DESCRIBED.search(sentence) or _REPORTED.search(sentence):
            continue
        out.append(m)
    return out


def _view_spans(matches: list[Match]) -> list[tuple[int, int]]:
    """The spans of matches in the view they were found in."""
    return [(m.view_start, m.view_end) for m in matches]


def _sentence_before(text: str, start: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n。！？")
    return text[lo + 1 : start]


def _accusations(ctx: ScreenContext) -> list[Match]:
    """Crimes said of a named person (not a rights holder, not reported speech)."""
    view = ctx.cased
    scripts = text_scripts(ctx.folded.text)
    found = list(phrases("defamation", view))
    # Named persons without a title: only where a crime's word occurs (hate_named_hints.re).
    if phrases("hate_named_hints", ctx.folded, negatable=False):
        for script, pattern in _named_patterns().items():
            if script in scripts:
                found.extend(_named(ctx, pattern))
    out = []
    for m in found:
        a = m.view_start
        if _REPORTED.search(_sentence_before(view.text, a).casefold()):
            continue
        # After the title and name: the deed is someone else's, or the official accuses.
        if _NOT_THEIR_DEED.search(m.normalized.casefold(), _after_name(m.normalized)):
            continue
        named = {normalize(w).text for w in _CAPITALISED.findall(m.normalized)}
        if named & ctx.case_name_words:
            continue
        out.append(m)
    return dedupe(out)


_NAME_END = re.compile(
    r"(?:\S+\s+)?(?-i:[A-ZА-ЯІЇЄ][\w'-]+)(?:\s+(?-i:[A-ZА-ЯІЇЄ][\w'-]+)){0,2}|"
    r"[\u4e00-\u9fff]{2,8}?(?=[收拿受貪贪是親亲下殺杀強强偷盜盗酷折謀谋])"
)


def _after_name(text: str) -> int:
    """Where a title and name end in an accusation's matched text (0 if unclear)."""
    m = _NAME_END.match(text)
    return m.end() if m else 0


def _named(ctx: ScreenContext, pattern: re.Pattern[str]) -> list[Match]:
    """Matches of one script's named-person lines whose name is a person's: its capitalised
    words, minus titles and common words (``name_stopwords.txt``), leave at least one."""
    view = ctx.cased
    stop = name_stopwords()
    out = []
    for m in pattern.finditer(view.text):
        name = m.group("name").split()
        if all(normalize(w).text in stop for w in name):
            continue
        if negated(view, m.start(), m.end()):
            continue
        a, b = view.span(m.start(), m.end())
        out.append(Match(a, b, ctx.text[a:b], m.group(), m.start(), m.end()))
    return out


_NAME_WORD = {
    "latin": r"(?-i:[A-Z][a-zı]+(?:[-'][A-Za-z][a-zı]+)?)",
    "cyrillic": r"(?-i:[А-ЯІЇЄ][а-яіїє]+(?:-[А-ЯІЇЄ][а-яіїє]+)?)",
}


@cache
def _named_patterns() -> dict[str, re.Pattern[str]]:
    """One regular expression per script for the lines of ``named_accusations.re``: one to
    three capitalised words (the name), then any of the lines' crimes."""
    tails: dict[str, list[str]] = {"latin": [], "cyrillic": []}
    for line in data_lines("named_accusations.re"):
        script = "cyrillic" if line.startswith("{CYRNAME}") else "latin"
        tails[script].append(fold_pattern(line.removeprefix("{CYRNAME}").removeprefix("{NAME}")))
    out = {}
    for script, alternatives in tails.items():
        if not alternatives:
            continue
        word = _NAME_WORD[script]
        name = rf"(?P<name>{word}(?:\s+{word}){{0,2}})(?![\w-])"
        body = "|".join(f"(?:{t})" for t in alternatives)
        # The capital first, then the look-behind: the engine skips to capitals quickly.
        out[script] = re.compile(rf"(?=(?-i:[A-ZА-ЯІЇЄ]))(?<![\w'-]){name}(?:{body})", re.I)
    return out


@cache
def name_stopwords() -> frozenset[str]:
    """Folded titles and common words that are never part of a person's name."""
    return frozenset(normalize(w).text for w in data_lines("name_stopwords.txt"))


_CAPITALISED = re.compile(r"(?-i:[A-ZА-ЯІЇЄ][^\W\d_]+)")


# A slur's finding says so: no negation in its clause takes it back (judgement.py).
SLUR_EXPLANATION = "Letters must not use a slur for a group of people"


def check_hate(ctx: ScreenContext) -> list[Finding]:
    """N04: generalising attacks on a group; accusing a named person of crimes."""
    findings = [
        ctx.finding(
            "N04",
            m.start,
            m.end,
            f"Letters must not attack a people, religion, gender or other group: {m.excerpt} (N04)",
        )
        for m in dedupe([*_attacks(ctx), *_phrases(ctx)])
    ]
    findings += [
        ctx.finding("N04", m.start, m.end, f"{SLUR_EXPLANATION}: {m.excerpt} (N04)")
        for m in _slurs(ctx)
        if not any(f.start <= m.start and m.end <= f.end for f in findings)
    ]
    for m in _accusations(ctx):
        findings.append(
            ctx.finding(
                "N04",
                m.start,
                m.end,
                "Letters must not accuse a named person of crimes; a moderator will check: "
                f"{m.excerpt} (N04)",
            )
        )
    return findings


def _phrases(ctx: ScreenContext) -> list[Match]:
    """Attacks said in so many words, unless reported or rebutted in their sentence."""
    view = ctx.folded
    out = []
    for m in phrases("hate_phrases", view, negatable=False):
        a = m.view_start
        lo = max(view.text.rfind(c, 0, a) for c in ".!?\n。！？") + 1
        # A negation before the phrase, not inside it ("you can't change your sex").
        if _HEARSAY.search(view.text, lo, a) or negated(view, a, a, lookback=a - lo):
            continue
        out.append(m)
    return out
