"""N08: nothing that could endanger a recipient whose mail is read by their jailers.

Two kinds of evidence, both from ``data/``:

- ``risk_<lang>.re``: phrase patterns that are risky on their own ("overthrow the regime",
  "a phone hidden in the cake", "take up arms"), minus negated ones.
- ``risk_cue_<concept>.txt``: term lists (every language in one file) of *concepts* that are
  harmless alone but not together in one sentence: a hiding place ("the lining", "the heel of a
  shoe", "на дне") with a way in ("the next parcel", "au parloir") or a secrecy cue ("so the
  guards don't notice"); a back door with a guard or a night; a call ("it's time", "should",
  "وقتشه") with an act of violence ("storm", "tear down") right next to an authority ("State
  House", "the administration"). :data:`KINDS` says which concepts must meet, :data:`VETOES`
  what cancels them (a lawful release, peaceful means). This catches the many ways of saying
  the same thing that no fixed phrase list foresees.

Speed: a letter is only scanned for cues if it holds a word of a term that can anchor a kind
(:func:`may_anchor`, most letters do not), looked up in the words the phrase matcher lists for
every family (``phrase_index.text_words``, cached per text).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from moderation.rules.context import ScreenContext
from moderation.rules.datafiles import data_files, data_lines, per_language
from moderation.rules.negation import negated
from moderation.rules.normalize import Normalized
from moderation.rules.phrase_index import phrases, text_words
from moderation.rules.scripts import text_scripts
from moderation.rules.termpatterns import Match, compile_terms, dedupe, fold_term
from moderation.rules.types import Finding

CUE_PREFIX = "risk_cue_"
# Terms that only shadow a longer innocent phrase ("phone card", "from the bottom of my heart",
# "the regime's"): the term matcher keeps the longest term at a position, so these stop the
# shorter cue inside them from counting.
INNOCENT = "innocent"


@dataclass(frozen=True, slots=True)
class Kind:
    """Concepts that make a breach when they meet in one sentence.

    ``anchor``: one of these must occur (and not be negated in its clause); ``need``: each
    set must be met by a concept anywhere in the sentence (a ``call`` also by an imperative:
    the anchor opening the sentence), or in the anchor's clause if ``clause``; ``near``:
    each set must be met within a few words of the anchor, on either side ("das Regime
    stürzen"); ``after``: the same, after the anchor only ("storm State House")."""

    name: str
    anchor: frozenset[str]
    need: tuple[frozenset[str], ...] = ()
    near: tuple[frozenset[str], ...] = ()
    after: tuple[frozenset[str], ...] = ()
    clause: bool = False


def _k(name: str, anchor: str, need: tuple[str, ...] = (), near: tuple[str, ...] = (),
       after: tuple[str, ...] = (), *, clause: bool = False) -> Kind:  # fmt: skip
    def sets(groups: tuple[str, ...]) -> tuple[frozenset[str], ...]:
        return tuple(frozenset(g.split()) for g in groups)

    return Kind(name, frozenset(anchor.split()), sets(need), sets(near), sets(after), clause)


KINDS: tuple[Kind, ...] = (
    # Smuggling: a concealment (act or hiding place) with a way in, secrecy, or a thing.
    _k("smuggling", "hide", ("channel post secret evade item gadget vague defend out",)),
    _k("smuggling", "hidespot", ("secret evade item gadget vague out",)),
    _k("smuggling", "stealth", ("channel vague out ready",)),
    _k("smuggling", "item", ("channel secret evade defend ready",)),
    _k("smuggling", "vague", ("secret evade ready",)),
    _k("smuggling", "channel post", ("evade",)),
    _k("smuggling", "coded", ("channel hide hidespot secret evade stealth",)),
    # Escape: getting out, doors, vehicles, transfers, insiders, readiness, secrecy.
    _k("escape", "out", ("ready vehicle door move collude guard secret evade meet time",)),
    _k("escape", "door", ("guard time ready vehicle collude move meet secret evade",)),
    _k("escape", "vehicle", ("ready meet collude door evade",)),
    _k("escape", "move", ("ready meet collude evade",)),
    _k("escape", "collude", ("ready secret evade time move door out channel item gadget",)),
    _k("escape", "ready", ("secret evade",)),
    # Across a border, with false papers.
    _k("escape", "borderx"),
    _k("escape", "border", ("time secret stealth evade vehicle meet ready forged out",)),
    _k("escape", "forged", ("border out release channel secret stealth ready meet vehicle",)),
    # Uprising or attack: a call and an act of violence against an authority, or by force.
    _k("uprising", "violent", ("call",), after=("target",), clause=True),
    _k("uprising", "violent violentsov", ("call",), near=("force",), clause=True),
    _k("uprising", "violentsov", ("call",), near=("target",), clause=True),
    _k("uprising", "armed", ("call violent violentsov",), clause=True),
    _k("weapons", "armed", ("ready meet out",)),
    _k("uprising", "forcelang"),
    # Hunting down an official ("мы найдём того прокурора").
    _k("hunt", "hunt", ("official",)),
)

_ANCHORS = frozenset().union(*(kind.anchor for kind in KINDS))

# A sentence that speaks of a lawful release ("when you are released we'll pick you up by
# car") is no escape plan, and one that names peaceful means ("storm the ministry with
# letters") no call to violence: these concepts do not count in it.
VETOES = {
    "release": frozenset({"vehicle", "meet", "ready", "time", "move", "out", "door"}),
    "peaceful": frozenset({"violent", "violentsov", "armed"}),
}
# Phrase lines resting on a vehicle or a pick-up ("une voiture t'attendra") are cancelled the
# same way by a lawful release in their sentence ("quand tu sortiras, une voiture t'attendra").
RELEASE_CANCELS_PHRASES = frozenset({"vehicle", "meet"})
# Spans blanked before asking whether an anchor is negated: secrecy cues and calls hold
# negations of their own ("so the guards don't see", "لا بد").
NOT_NEGATIONS = frozenset({"secret", "evade", "call", "forcelang"})
# Concepts that, opening a sentence, make it a call ("Take back the streets and storm...").
IMPERATIVES = frozenset({"violent", "violentsov", "armed"})

# A thing named in quotes, as a code word: "the 'hunting equipment' is ready", "your
# «medicine» is in the lining" (concept "coded"; folding turns curly quotes and guillemets
# into ' and ").
_CODED = re.compile(
    r"(?<![\w'\"])(['\"])([^\W\d_][^\W\d_'\"]*(?:[ -][^\W\d_'\"]+){0,2})\1(?![\w'\"])"
    r"|「([^」\n]{1,8})」"
)
# A word as the phrase matcher splits a text into words (phrase_index.text_words).
_WORD_RUN = re.compile(r"[^\W\d_]+")
# Whether a word begins like an anchoring one-word stem (memo shared by letters, bounded).
_STEM_MEMO: dict[str, bool] = {}
_SENTENCE_END = re.compile(r"[.!?\n。！？؟।…]+")
_CLAUSE_BREAK = re.compile(r"[,;:،؛，；：、]")
_WORD = re.compile(r"\w+")
# What may come before an imperative at the start of a sentence: a vocative ("Ladies,").
_VOCATIVE = re.compile(r"^\W*(?:[^\W\d_]+[\s-]*){1,3},\s*$")
NEAR_WORDS = 4
SHORT_CLAUSE_WORDS = 4
SHORT_SENTENCE_WORDS = 8
NEAR_CHARS = 40


@dataclass(frozen=True, slots=True)
class _Cues:
    # Per script, the union of every concept's terms written in it (termpatterns.compile_terms:
    # a regex engine tries the branches of a trie's root one by one, so one trie per script
    # keeps a Latin letter from trying every Arabic or Cyrillic first letter); and the
    # concepts of each term.
    by_script: dict[str, re.Pattern[str]]
    exact: dict[str, frozenset[str]]
    stems: dict[str, frozenset[str]]
    longest_stem: int
    # The two rarest-looking words (no common word, not short, the longest) of every term
    # that can anchor a kind, the first mapped to the second ("" if none), and the beginnings
    # of one-word stems: a text holding no such pair (or beginning) has no anchor, and is not
    # scanned for cues at all.
    anchor_words: dict[str, frozenset[str]]
    anchor_stems: tuple[str, ...]
    stem_scripts: frozenset[str]


def _variants(term: str) -> tuple[str, ...]:
    """A term and, in Arabic script, the term with a conjunction glued on ("وسيترک")."""
    if term[:1] and "\u0600" <= term[0] <= "\u06ff" and term[0] not in "وف":
        return (term, "و" + term, "ف" + term)
    return (term,)


@cache
def _cues() -> _Cues:
    exact: dict[str, set[str]] = {}
    stems: dict[str, set[str]] = {}
    by_script: dict[str, list[str]] = {}
    anchor_words: dict[str, set[str]] = {}
    anchor_stems: set[str] = set()
    common = _common_words()
    for name in data_files(CUE_PREFIX, ".txt"):
        concept = name[len(CUE_PREFIX) : -len(".txt")]
        for line in data_lines(name):
            for term in _variants(line):
                key = " ".join(fold_term(term.rstrip("*")).split())
                # Chinese terms may hold Latin letters ("sim卡"): they match anywhere.
                scripts = text_scripts(key)
                script = "han" if "han" in scripts else min(scripts, default="")
                if len(scripts - {"han"}) > 1 or not script:
                    raise ValueError(f"{name}: a cue is written in one script: {line!r}")
                by_script.setdefault(script, []).append(term)
                (stems if term.endswith("*") else exact).setdefault(key, set()).add(concept)
                if concept in _ANCHORS and script != "han":
                    words = _WORD_RUN.findall(key)
                    if not words:
                        raise ValueError(f"{name}: a cue needs a letter: {line!r}")
                    if term.endswith("*"):
                        if len(words) == 1:
                            anchor_stems.add(words[0])
                            continue
                        words = words[:-1]  # a word beginning: not a word of the text
                    rarest = sorted((w in common, len(w) < 4, -len(w), w) for w in set(words))
                    first = rarest[0][-1]
                    second = rarest[1][-1] if len(rarest) > 1 else ""
                    anchor_words.setdefault(first, set()).add(second)
    patterns: dict[str, re.Pattern[str]] = {}
    for script, terms in by_script.items():
        compiled = compile_terms(tuple(terms))
        # One script: Chinese terms are the unspaced half, all others the spaced one.
        half = None if compiled is None else compiled.unspaced or compiled.spaced
        if half is not None:
            patterns[script] = half
    return _Cues(
        patterns,
        {k: frozenset(v) for k, v in exact.items()},
        {k: frozenset(v) for k, v in stems.items()},
        max(map(len, stems), default=0),
        {k: frozenset(v) for k, v in anchor_words.items()},
        tuple(sorted(anchor_stems)),
        frozenset().union(*map(text_scripts, anchor_stems)),
    )


@cache
def _common_words() -> frozenset[str]:
    """Words too common to tell a letter apart: the function words of every language
    (data/function_words.txt, "code: words") and words common in letters of support
    (data/risk_common_words.txt)."""
    words = {fold_term(w) for ws in per_language("function_words.txt").values() for w in ws}
    return frozenset(words | {fold_term(w) for w in data_lines("risk_common_words.txt")})


@lru_cache(maxsize=4096)
def _concepts(found: str) -> frozenset[str]:
    """The concepts of a matched term (cached: letters share their words)."""
    cues = _cues()
    key = " ".join(found.split())
    out = set(cues.exact.get(key, ()))
    for n in range(1, min(len(key), cues.longest_stem) + 1):
        out.update(cues.stems.get(key[:n], ()))
    return frozenset(out - {INNOCENT})


@dataclass(frozen=True, slots=True)
class _Hit:
    concept: str
    start: int
    end: int


def may_anchor(text: str) -> bool:
    """False if ``text`` (folded) holds no word of a term that can anchor a kind: no kind
    can then match, and its cues need not be looked for. Its words are those the phrase
    matcher has listed already (phrase_index.text_words)."""
    cues = _cues()
    words = text_words(text)
    pairs = cues.anchor_words
    for word in pairs.keys() & words.keys():
        seconds = pairs[word]
        if "" in seconds or not seconds.isdisjoint(words):
            return True
    if cues.stem_scripts.isdisjoint(text_scripts(text)):
        return "han" in text_scripts(text)
    memo = _STEM_MEMO
    for word in words:
        found = memo.get(word)
        if found is None:
            if len(memo) > 65536:
                memo.clear()
            found = memo[word] = word.startswith(cues.anchor_stems)
        if found:
            return True
    return "han" in text_scripts(text)


def cue_hits(view: Normalized) -> list[_Hit]:
    """Every concept cue in a folded view (innocent shadows dropped)."""
    cues = _cues()
    text = view.text
    hits = []
    for script in text_scripts(text):
        pattern = cues.by_script.get(script)
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            for concept in _concepts(m.group()):
                hits.append(_Hit(concept, m.start(), m.end()))
    if '"' in text or " '" in text or "「" in text or text.startswith("'"):
        hits.extend(_Hit("coded", m.start(), m.end()) for m in _CODED.finditer(text))
    return sorted(hits, key=lambda h: h.start)


def _near(text: str, anchor: _Hit, other: _Hit) -> bool:
    if other.start >= anchor.end:
        gap = text[anchor.end : other.start]
    elif other.end <= anchor.start:
        gap = text[other.end : anchor.start]
    else:
        return True
    return (
        len(gap) <= NEAR_CHARS
        and len(_WORD.findall(gap)) <= NEAR_WORDS
        and _CLAUSE_BREAK.search(gap) is None
    )


def _clause_of(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    lo, hi = start, end
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


def _imperative(text: str, sentence_start: int, sentence: list[_Hit], anchor: _Hit) -> bool:
    """The sentence opens, maybe after a vocative, with the anchor or another act of
    violence: "Storm the palace!", "Friends, take back the streets and burn it down"."""
    first = min(
        (h for h in sentence if h.concept in IMPERATIVES and h.start <= anchor.start),
        key=lambda h: h.start,
        default=anchor,
    )
    before = text[sentence_start : first.start]
    return not before.strip() or _VOCATIVE.match(before) is not None


def _kind_matches(view: Normalized, hits: list[_Hit]) -> list[Match]:
    if len(hits) < 2 or not any(h.concept in _ANCHORS for h in hits):
        return []
    text = view.text
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    bounds = list(zip([0, *ends], [*ends, len(text)], strict=True))
    by_sentence: dict[int, list[_Hit]] = {}
    for hit in hits:
        by_sentence.setdefault(bisect_right(ends, hit.start), []).append(hit)
    for index, sentence in by_sentence.items():
        concepts = {h.concept for h in sentence}
        for veto, vetoed in VETOES.items():
            if veto in concepts:
                by_sentence[index] = [h for h in by_sentence[index] if h.concept not in vetoed]
    blanked: Normalized | None = None
    out = []
    for index, sentence in by_sentence.items():
        s_start, s_end = bounds[index]
        # A short sentence after it adds its cues to kinds that need no clause: "The jar has
        # a false bottom. You know the rest."
        pool, p_end = sentence, s_end
        follow = by_sentence.get(index + 1)
        if follow and len(_WORD.findall(text[slice(*bounds[index + 1])])) <= SHORT_SENTENCE_WORDS:
            pool, p_end = sentence + follow, bounds[index + 1][1]
        concepts = {h.concept for h in pool}
        if len(concepts) < 2:
            continue
        for kind in KINDS:
            if not kind.anchor & concepts:
                continue
            span = (s_start, s_end) if kind.clause else (s_start, p_end)
            for anchor in (h for h in sentence if h.concept in kind.anchor):
                used = _satisfied(kind, anchor, sentence if kind.clause else pool, text, span)
                if used is None:
                    continue
                if blanked is None:
                    blanked = _blank(view, hits)
                if negated(blanked, anchor.start, anchor.end):
                    continue
                lo = min(h.start for h in used)
                hi = max(h.end for h in used)
                a, b = view.span(lo, hi)
                out.append(Match(a, b, view.original[a:b], text[lo:hi]))
                break
    return out


def _satisfied(
    kind: Kind, anchor: _Hit, sentence: list[_Hit], text: str, span: tuple[int, int]
) -> list[_Hit] | None:
    """The hits (of ``sentence``, spanning ``span``) that complete ``kind`` around
    ``anchor``, or None."""
    s_start, s_end = span
    used = [anchor]
    lo, hi = _clause_of(text, s_start, s_end, anchor.start) if kind.clause else (s_start, s_end)
    if kind.clause and lo > s_start:
        # A call alone in the clause before counts: "Es ist Zeit, das Parlament zu stürmen".
        before, _ = _clause_of(text, s_start, s_end, lo - 1)
        if len(_WORD.findall(text[before:lo])) <= SHORT_CLAUSE_WORDS:
            lo = before
    for wanted in kind.need:
        partner = next(
            (h for h in sentence if h.concept in wanted and h is not anchor and lo <= h.start < hi),
            None,
        )
        if partner is not None:
            used.append(partner)
        elif not ("call" in wanted and _imperative(text, s_start, sentence, anchor)):
            return None
    for wanted, after in [(w, False) for w in kind.near] + [(w, True) for w in kind.after]:
        partner = next(
            (
                h
                for h in sentence
                if h.concept in wanted
                and (not after or h.start >= anchor.end)
                and _near(text, anchor, h)
            ),
            None,
        )
        if partner is None:
            return None
        used.append(partner)
    return used


def _blank(view: Normalized, hits: list[_Hit]) -> Normalized:
    """The view with secrecy cues and calls blanked out, for the negation check."""
    chars = list(view.text)
    for hit in hits:
        if hit.concept in NOT_NEGATIONS:
            chars[hit.start : hit.end] = " " * (hit.end - hit.start)
    return replace(view, text="".join(chars))


def _released(view: Normalized, hits: list[_Hit], start: int, end: int) -> bool:
    """True if ``view.text[start:end]`` holds a vehicle or pick-up cue and its sentence a
    lawful release."""
    if not any(h.concept in RELEASE_CANCELS_PHRASES and start <= h.start < end for h in hits):
        return False
    text = view.text
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    found = _SENTENCE_END.search(text, end)
    hi = found.start() if found else len(text)
    return any(h.concept == "release" and lo <= h.start < hi for h in hits)


def check_risk(ctx: ScreenContext) -> list[Finding]:
    """N08: calls to overthrow or attack the authorities, talk of escape, smuggling, weapons."""
    view = ctx.folded
    found = phrases("risk_", view)
    text = view.text
    # Most letters hold no cue that could anchor a kind: they are not scanned for cues,
    # unless a phrase matched (a lawful release may cancel it) or a word stands in quotes.
    if found or may_anchor(text) or '"' in text or " '" in text or text.startswith("'"):
        hits = cue_hits(view)
        found = [m for m in found if not _released(view, hits, m.view_start, m.view_end)]
        found.extend(_kind_matches(view, hits))
    matches = dedupe(found)
    return [
        ctx.finding(
            "N08",
            m.start,
            m.end,
            "Prison staff read these letters first; this could put the recipient in danger, "
            f"so a moderator will check it: {m.excerpt} (N08)",
        )
        for m in matches
    ]
