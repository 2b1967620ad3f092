"""Compositional judgement rules: a target and a predicate in one clause, unless a scope vetoes.

The judgement rules (N04 hate, N07 threats and insults, N08 risk, N13 advertising) are written
as *frames* over the concepts of :mod:`concepts`, not as sentences: "a group and a dehumanising
word in one clause" catches "X are vermin", "vermin, all of them, these X" and "X? cockroaches"
in every language whose list has the words, and a scope that vetoes it ("not", "the regime
says", "X are treated like") lets the contrasts pass. Frames are data in this module; the
words are data in ``data/concepts/``.

Scopes a veto may have:

- ``before``: a word carrying the veto concept before the predicate in the clause ("X are
  *not* vermin", "I *don't* hate X"); a word that is itself part of the predicate ("don't
  belong") is the predicate, not a veto;
- ``between``: between the marker and the predicate ("I hope the guards *who* beat you ...");
- ``before_target``: the word right before the target ("the candle we lit *for* you burns");
- ``around_target``: between the target and the predicate, or right before the target: the
  target sits in a relative clause and is not what the predicate is said of ("the guards
  *who* beat women are animals", "Judge Walsh ignored the men *who* tortured you");
- ``clause``: anywhere in the clause ("X are *treated* like animals");
- ``after``: within two words after the predicate (and its target), where verb-final
  languages negate ("ich hasse Muslime *nicht*", "متنفر *نیستم*");
- ``sentence``: anywhere in the sentence ("the regime *says* X are vermin").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from moderation.rules.clauses import Clause, Word

# Who a frame may be about.
GROUP = frozenset({"group"})
GROUP_REFERENCE = "group_ref"  # "they", "these people": a group named earlier
PEOPLE = frozenset({"you", "official", "person", "named"})
# "your" is a target of threats ("your legs"), not of insults ("your favourite animals").
ANYONE = GROUP | PEOPLE | {GROUP_REFERENCE, "your"}

_HATE_VETOES = (
    ("negation", "before"),
    # Verb-final languages negate after the verb ("X'ten nefret etmiyorum", "ich hasse X nicht").
    ("negation", "after"),
    ("reported", "sentence"),
    ("counter", "sentence"),
    ("victim", "clause"),
    ("relative", "around_target"),
)


_THREAT_VETOES = (
    # Before the violence ("I will never hurt you"), not after it ("... until your mother
    # can't recognise you").
    ("negation", "before"),
    ("negation", "after"),
    ("reported", "sentence"),
    ("counter", "sentence"),
    ("relative", "between"),
    ("loss", "clause"),
    ("stop", "before"),
    ("idiom", "clause"),
    ("release", "clause"),
    ("fear", "clause"),
    ("relative", "around_target"),
    ("beside", "before_target"),
)
# Where "with" or "for" before the target is no company: "waiting for you with a knife",
# "deal with them once and for all".
_THREAT_VETOES_NOT_COMPANY = tuple(v for v in _THREAT_VETOES if v[0] != "beside")


@dataclass(frozen=True, slots=True)
class Frame:
    """One compositional rule: ``targets`` and ``predicates`` in a clause (and, if given, one
    of ``markers``), with no veto in its scope."""

    code: str
    name: str
    predicates: frozenset[str]
    targets: frozenset[str] = frozenset()
    markers: frozenset[str] = frozenset()
    vetoes: tuple[tuple[str, str], ...] = _HATE_VETOES
    # The target must come before the predicate (it is what the predicate is said of), or
    # right after it ("dirty X").
    subject: bool = False
    # The marker must come before the predicate ("I hope ... die", "I will ... kill").
    marker_first: bool = False
    # At most this many words from the target to the predicate (0: anywhere in the clause).
    reach: int = 0
    # With ``subject``: how many words after the predicate (phrase) the target may still
    # come ("dirty X", "the fault of the X", "viennent des X").
    after: int = 1
    # The clause must also hold one of these ("break" harms only a body part).
    needs: frozenset[str] = frozenset()
    explanation: str = ""


def _f(*names: str) -> frozenset[str]:
    return frozenset(names)


FRAMES: tuple[Frame, ...] = (
    # N04: attacks on a group.
    Frame("N04", "dehumanise", _f("dehumanise"), GROUP,
          explanation="compares a group of people to animals, vermin, disease or filth"),
    Frame("N04", "hatred", _f("hate"), GROUP,
          explanation="expresses hatred or contempt for a group of people"),
    Frame("N04", "trait", _f("contempt", "criminal", "inferior"), GROUP, subject=True,
          vetoes=(*_HATE_VETOES, ("passive", "clause")),
          explanation="says a group of people is bad, criminal or inferior by nature"),
    Frame("N04", "exclusion", _f("exclusion"), GROUP,
          vetoes=(*_HATE_VETOES, ("passive", "clause"), ("stop", "before"),
                  ("permission", "before")),
          explanation="calls for a group of people to be excluded, expelled or deprived of rights"),
    Frame("N04", "deprivation", _f("deprive"), GROUP, _f("wish"),
          vetoes=(*_HATE_VETOES, ("passive", "clause"), ("stop", "before")),
          explanation="says a group of people should be deprived of rights"),
    Frame("N04", "blame", _f("blame"), GROUP, subject=True, after=4,
          vetoes=(*_HATE_VETOES, ("passive", "clause")),
          explanation="blames a group of people for a country's troubles"),
    Frame("N04", "role", _f("role"), _f("gender_group"), subject=True,
          explanation="prescribes a place or role to a gender or group"),
    # The accused's own victims come after the crime ("beats the prisoners"): only a victim
    # word before it says the named person is the one harmed.
    Frame("N04", "accusation", _f("crime"), _f("named"), subject=True,
          vetoes=(*(v for v in _HATE_VETOES if v[0] != "victim"), ("victim", "before"),
                  ("passive", "clause")),
          explanation="accuses a named person of a crime; say what happened, not who is guilty"),
    # N07: threats, wishes of harm and insults.
    Frame("N07", "threat", _f("violence"), ANYONE | {"insult"}, _f("intent", "wish"),
          marker_first=True, vetoes=_THREAT_VETOES,
          explanation="threatens or wishes violence to someone"),
    # "break his legs", "smash your teeth in": a verb that harms only with a body part.
    Frame("N07", "threat", _f("harm"), ANYONE | {"insult"}, _f("intent", "wish"),
          marker_first=True, needs=_f("body"), vetoes=_THREAT_VETOES,
          explanation="threatens or wishes violence to someone"),
    # "I'll be waiting for you with a knife" (waiting *for* someone is no company here).
    # Not a bare "her"/"him": short pronouns and weapons collide across languages once
    # folded (Turkish "her gün", every day, reads as English "her gun").
    Frame("N07", "threat", _f("weapon"), ANYONE - {"person"}, _f("intent", "wish"),
          marker_first=True, vetoes=_THREAT_VETOES_NOT_COMPANY,
          explanation="threatens or wishes violence to someone"),
    # "Someone should take care of them, for good": disposing of someone, once and for all.
    Frame("N07", "threat", _f("dispose"), ANYONE | {"insult"}, _f("intent", "wish"),
          marker_first=True, needs=_f("final"), vetoes=_THREAT_VETOES_NOT_COMPANY,
          explanation="threatens or wishes violence to someone"),
    # A curse ("burn in hell") or a menace ("I know where you live", "your days are
    # numbered") is a wish or threat of harm by itself: its phrase needs no marker.
    Frame("N07", "curse", _f("curse", "menace"),
          vetoes=(("negation", "before"), ("reported", "sentence"), ("counter", "sentence"),
                  ("victim", "clause"), ("idiom", "clause")),
          explanation="curses or menaces someone"),
    Frame("N07", "insult", _f("insult"), PEOPLE, subject=True, reach=5,
          vetoes=(("negation", "before"), ("reported", "sentence"), ("victim", "clause"),
                  ("idiom", "clause"), ("relative", "around_target")),
          explanation="insults someone"),
    # N08: what could endanger a recipient whose mail is read by the jailers.
    Frame("N08", "escape", _f("escape"), markers=_f("plan", "help", "tool", "secret"),
          vetoes=(("negation", "before"), ("release", "clause"), ("peaceful", "sentence")),
          explanation="talks of escape"),
    Frame("N08", "contraband", _f("contraband", "weapon"), markers=_f("deliver", "secret"),
          vetoes=(("negation", "before"), ("release", "clause")),
          explanation="offers to get forbidden things into a prison"),
    Frame("N08", "bribe", _f("bribe"), markers=_f("guard", "help", "intent", "plan"),
          vetoes=(("negation", "before"), ("reported", "sentence")),
          explanation="talks of bribing officials"),
    Frame("N08", "uprising", _f("uprising"), _f("authority"), _f("intent", "call", "wish"),
          vetoes=(("negation", "before"), ("peaceful", "clause"), ("reported", "sentence")),
          explanation="calls to overthrow or attack the authorities"),
    Frame("N08", "border", _f("border"), markers=_f("deliver", "help", "plan"),
          vetoes=(("negation", "before"), ("release", "clause")),
          explanation="offers to smuggle someone across a border"),
    # N13: promotion.
    Frame("N13", "promotion", _f("channel"), markers=_f("promote"),
          # Following or funding the recipient is support, not promotion.
          vetoes=(("negation", "before"), ("you", "clause"), ("your", "clause")),
          explanation="promotes a channel, product, fundraiser or another cause"),
    Frame("N13", "vote", _f("party"), markers=_f("vote"),
          vetoes=(("negation", "before"), ("reported", "sentence")),
          explanation="calls on readers to vote for a party or candidate"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Hit:
    """A frame that fired: the clause and the view offsets of the words at fault."""

    frame: Frame
    start: int
    end: int


# A target named in the next clause of the sentence: it stands for the predicate's subject.
BORROWED = -2
# Who may be named after the comma: a group or an official, not a pronoun ("my son is a
# clown in the circus, he sends his love").
_NAMED_LATER = GROUP | {"official", "named"}


def _targets(frame: Frame, clauses: tuple[Clause, ...], index: int) -> list[int]:
    """Positions of the frame's targets in clause ``index``; a group pronoun counts when a
    group was named earlier in the sentence or in the sentence before; a group named in the
    next clause of the sentence counts as :data:`BORROWED`."""
    clause = clauses[index]
    words = clause.words
    found = [
        i
        for i in clause.positions(frame.targets)
        # "the judge's verdict": the verdict is the subject (but "break the judge's legs"
        # harms the judge); "the Chinese government": an institution named by nationality
        # is no group.
        if (frame.name == "threat" or not words[i].text.endswith("'s"))
        and not (i + 1 < len(words) and "institution" in words[i + 1].concepts)
        and not (i > 0 and "institution" in words[i - 1].concepts)
    ]
    if found:
        return found
    condition = _after_condition(frame, clauses, index)
    if condition is not None and condition.positions(frame.targets):
        # Named in the condition: "if I catch a X near my kids, I'll put him in hospital".
        return [BORROWED]
    later = _beside(clauses, index, 1)
    if (
        later is not None
        and len(later.words) <= 3
        and later.first(frame.targets & _NAMED_LATER) in (0, 1)
    ):
        # Named after a comma, on its own: "nothing but animals, these X", "what a clown,
        # this judge".
        return [BORROWED]
    if not frame.targets & GROUP:
        return found
    earlier = _beside(clauses, index, -1)
    if earlier is not None and len(earlier.words) <= 3 and earlier.positions(GROUP):
        # A group set off as the topic: "Las mujeres, a la cocina", "Migrants, out".
        return [BORROWED]
    pronouns = clause.positions(frozenset({GROUP_REFERENCE}))
    if not pronouns:
        return []
    for earlier in reversed(clauses[:index]):
        if earlier.sentence < clause.sentence - 1:
            break
        if earlier.positions(GROUP):
            # A group named as the victim ("X are in camps. They want to destroy ...") is not
            # who the pronoun attacks.
            return [] if earlier.has("victim") else pronouns
    return []


def _vetoed(
    frame: Frame, clauses: tuple[Clause, ...], index: int, marker: int, pred: int, target: int
) -> bool:
    clause = clauses[index]
    for concept, scope in frame.vetoes:
        if scope == "sentence":
            if any(
                _in_scope(c, clause) and c.has(concept) and not own_voice(c, concept)
                for c in clauses
            ):
                return True
            continue
        if scope == "clause":
            if concept in ("victim", "passive") and _prescribed(clause, concept):
                continue
            lo, hi = 0, len(clause.words)
        elif scope == "between":
            if marker < 0:
                continue
            lo, hi = marker + 1, pred
        elif scope == "before_target":
            # "the candle we lit for you burns", "la bougie brûle pour vous": the target comes
            # with a preposition of company or benefit, it is not who burns.
            if target > 0 and _carries(clause.words[target - 1], concept, frame):
                return True
            continue
        elif scope == "around_target":
            if target < 0:
                continue
            # Right before the target, or between it and the predicate but not right after
            # it ("Muslims who live here are ..." keeps Muslims as the subject).
            spots = [*range(max(0, target - 2), target), *range(target + 2, pred)]
            if any(_carries(clause.words[i], concept, frame) for i in spots):
                return True
            continue
        elif scope == "after":
            # After the predicate's phrase: "gehören nicht hierher" carries its own negation.
            lo = max(_phrase_end(clause.words, pred), target) + 1
            hi = lo + 2
        else:  # before
            lo, hi = 0, pred
        if any(_carries(word, concept, frame) for word in clause.words[lo:hi]):
            return True
    return False


def _carries(word: Word, concept: str, frame: Frame) -> bool:
    """True if ``word`` carries a veto ``concept`` and is not itself part of the predicate
    ("don't belong": the negation is the predicate's own), of a marker ("can't wait to") nor
    of an insistence ("nothing but", "no son más que": a negation that negates nothing)."""
    if concept == "idiom":
        # An idiom may start on the predicate's own word ("killing me" in "this wait is
        # killing me"): the predicate is then idiomatic.
        return concept in word.concepts
    return (
        concept in word.concepts
        and not word.concepts & frame.predicates
        and not word.concepts & frame.markers
        and "only" not in word.concepts
    )


def _in_scope(candidate: Clause, clause: Clause) -> bool:
    """True if ``candidate`` speaks to ``clause``'s sentence: a clause of it, or the first
    clause of the next sentence when it opens on "that" or "this" ("X don't deserve rights?
    *That is a lie.*")."""
    if candidate.sentence == clause.sentence:
        return True
    return (
        candidate.sentence == clause.sentence + 1
        and bool(candidate.words)
        and "pointing" in candidate.words[0].concepts
    )


def own_voice(clause: Clause, concept: str) -> bool:
    """True if every reporting word of the clause is the writer's own ("I told him they're
    ..."): what the writer says is not hearsay."""
    if concept != "reported":
        return False
    spots = clause.positions(frozenset({concept}))
    return all(i > 0 and "self" in clause.words[i - 1].concepts for i in spots)


def _prescribed(clause: Clause, concept: str) -> bool:
    """True if every word of ``concept`` in the clause follows a wish ("should be treated
    like vermin", "should never have been given": a wish prescribes what a victim or passive
    word would otherwise describe)."""
    spots = clause.positions(frozenset({concept}))
    wishes = clause.positions(frozenset({"wish"}))
    return bool(spots) and all(any(0 < i - w <= 3 for w in wishes) for i in spots)


def _fire(frame: Frame, clauses: tuple[Clause, ...], index: int) -> Hit | None:
    clause = clauses[index]
    if not frame.predicates & clause.concepts:
        return None
    if frame.needs and frame.needs.isdisjoint(clause.concepts):
        # Or right after the comma: "take care of them, for good".
        later = _beside(clauses, index, 1)
        if later is None or frame.needs.isdisjoint(later.concepts):
            return None
    predicates = clause.positions(frame.predicates)
    if not predicates:
        return None
    markers = clause.positions(frame.markers) if frame.markers else []
    carried = (
        frame.markers
        and not markers
        and (_carried_marker(frame, clauses, index) or _conditional_plan(frame, clauses, index))
    )
    if frame.markers and not markers and not carried:
        return None
    targets = _targets(frame, clauses, index) if frame.targets else []
    if frame.targets and not targets:
        return None
    words = clause.words
    for pred in predicates:
        if targets == [BORROWED]:
            near = [BORROWED]
        else:
            near = [
                t for t in targets if not frame.reach or _distance(words, pred, t) <= frame.reach
            ]
            if frame.subject:
                last = _phrase_end(words, pred)
                near = [t for t in near if t < pred or last < t <= last + frame.after]
        if frame.targets and not near:
            continue
        marker = -1
        if markers:
            before = [m for m in markers if m <= pred]
            if frame.marker_first and not before:
                continue
            marker = before[-1] if before else markers[0]
        for target in _candidates(words, near):
            if _vetoed(frame, clauses, index, marker, pred, target):
                continue
            picked = [pred, *([target] if target >= 0 else []), *([marker] if marker >= 0 else [])]
            return Hit(frame, words[min(picked)].start, max(words[i].end for i in picked))
    return None


def _candidates(words: tuple[Word, ...], near: list[int]) -> list[int]:
    """Targets to try, the nearest first, then farther individuals: a farther person may be
    free of the nearer one's veto ("the officer who arrested *you* is a dog": the officer
    is), a farther group is too often a bystander ("the *men* who beat X should be ...")."""
    if not near:
        return [-1]
    return [near[-1], *(t for t in reversed(near[:-1]) if t >= 0 and words[t].concepts & PEOPLE)]


def _distance(words: tuple[Word, ...], a: int, b: int) -> int:
    """Words from ``a`` to ``b``, not counting an insistence between them ("is *nothing but*
    a", "no es *más que* un"): it stands between a subject and its predicate noun."""
    lo, hi = min(a, b), max(a, b)
    skipped = 0
    covered_to = -1
    for w in words[lo + 1 : hi]:
        if "only" in w.concepts:
            covered_to = max(covered_to, w.end)
        if w.start < covered_to:
            skipped += 1
    return hi - lo - skipped


def _phrase_end(words: tuple[Word, ...], pred: int) -> int:
    """Index of the last word the predicate's phrase covers ("la faute *des*": pred + 1)."""
    end = pred
    while end + 1 < len(words) and words[end + 1].start < words[pred].end:
        end += 1
    return end


def _beside(clauses: tuple[Clause, ...], index: int, step: int) -> Clause | None:
    """The clause ``step`` (-1 or 1) from clause ``index``, if it is in the same sentence."""
    other = index + step
    if 0 <= other < len(clauses) and clauses[other].sentence == clauses[index].sentence:
        return clauses[other]
    return None


def _after_condition(frame: Frame, clauses: tuple[Clause, ...], index: int) -> Clause | None:
    """The clause just before, in the same sentence, if it is a condition of a threat ("if I
    catch one", "la prochaine fois que je croise un X", "wenn ich ihn sehe")."""
    earlier = _beside(clauses, index, -1) if frame.code == "N07" else None
    return earlier if earlier is not None and earlier.has("condition") else None


def _conditional_plan(frame: Frame, clauses: tuple[Clause, ...], index: int) -> bool:
    """True if the clause says what the writer will do once a condition before it is met:
    "la prochaine fois que je croise un X, *je* lui défonce le crâne" (a present that plans).
    The writer must be the subject: "when they arrested you, they beat you" tells the past."""
    if _after_condition(frame, clauses, index) is None:
        return False
    words = clauses[index].words
    first = clauses[index].first(frame.predicates)
    return any("self" in w.concepts for w in words[:first])


def _carried_marker(frame: Frame, clauses: tuple[Clause, ...], index: int) -> bool:
    """True if a short clause just before, in the same sentence, is the frame's marker: the
    wish or intent set off by a comma ("I hope, honestly, they ...", "Надеюсь, он ...")."""
    for earlier in reversed(clauses[max(0, index - 2) : index]):
        if earlier.sentence != clauses[index].sentence or len(earlier.words) > 3:
            return False
        if frame.markers & earlier.concepts:
            return True
    return False


def hits(clauses: tuple[Clause, ...], code: str | None = None) -> Iterator[Hit]:
    """Every frame (of rule ``code``, or of all rules) that fires on a clause, at most one hit
    a frame a clause; a frame is only tried on clauses holding one of its predicates."""
    frames = FRAMES if code is None else tuple(f for f in FRAMES if f.code == code)
    for index, clause in enumerate(clauses):
        concepts = clause.concepts
        if concepts.isdisjoint(ALL_PREDICATES):
            continue
        for frame in frames:
            if concepts.isdisjoint(frame.predicates):
                continue
            hit = _fire(frame, clauses, index)
            if hit is not None:
                yield hit


# Every concept some frame needs as its predicate: a text without one has nothing to fire.
ALL_PREDICATES = frozenset().union(*(f.predicates for f in FRAMES))
