"""The functional suite: templates x targets x languages, scored one function at a time.

The suite lives in ``evaluation/functional/`` (format in its ``FORMAT.md``): ``dev/`` is used
while building the rules, ``aside/`` is never read while tuning and is scored once, at the end
of a piece of work. Each case is screened on its own (no history), as a message to a case that
accepts the case's language, from a writer with an ordinary name and town, so that only the
judgement and word-list rules can decide it. A breach counts as caught when the screening
does not approve it; a benign case counts as flagged when it does not approve it.

Backs ``flask --app wsgi moderation functional [--part dev|aside]``.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from moderation.rules import CaseRules, Decision, Submission, screen

SUITE_DIR = Path(__file__).resolve().parent.parent / "evaluation" / "functional"
PARTS = ("dev", "aside")

_SLOT = re.compile(r"\{(\w+)\}")
_GENDER = re.compile(r"\(\(([^|()]*)\|([^|()]*)\)\)")

# Writers the suite's cases are sent by: ordinary names and towns, per script family, so
# that the name and place rules (N01, N02) never decide a case.
_WRITERS = {
    "ar": ("ليلى حداد", "عمّان"),
    "fa": ("مریم احمدی", "شیراز"),
    "zh": ("王芳", "成都"),
    "ru": ("Анна Смирнова", "Казань"),
    "uk": ("Олена Коваль", "Львів"),
    "bn": ("রিনা দাস", "খুলনা"),
}
_DEFAULT_WRITER = ("Maria Keller", "Lyon")


@dataclass(frozen=True, slots=True)
class SuiteCase:
    """One expanded case of the suite."""

    id: str
    language: str
    function: str
    label: str  # "breach" or "benign"
    rule: str | None
    text: str
    target_kind: str | None


def expand(data: dict[str, Any]) -> Iterator[SuiteCase]:
    """Every case of one language file: each template once per target of its kind."""
    language = data["language"]
    targets = data.get("targets", {})
    for template in data["templates"]:
        kind = template.get("target")
        fillers = targets.get(kind, []) if kind else [None]
        for target in fillers:
            text = template["text"]
            case_id = template["id"]
            if target is not None:
                feminine = target.get("gender") == "f"
                text = _GENDER.sub(lambda m, f=feminine: m.group(2 if f else 1), text)
                forms = target["forms"]
                text = _SLOT.sub(lambda m, forms=forms: forms[m.group(1)], text)
                case_id = f"{template['id']}/{target['id']}"
            else:
                text = _GENDER.sub(lambda m: m.group(1), text)
            yield SuiteCase(
                id=case_id,
                language=language,
                function=template["function"],
                label=template["label"],
                rule=template.get("rule"),
                text=text,
                target_kind=kind,
            )


def load_part(part: str, root: Path = SUITE_DIR, languages: Iterable[str] = ()) -> list[SuiteCase]:
    """All cases of one part (``dev`` or ``aside``), optionally of some languages only."""
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}: expected one of {', '.join(PARTS)}")
    wanted = set(languages)
    cases: list[SuiteCase] = []
    # A part may hold several files per language (``en.json``, ``en.2.json``): each file
    # names its language, so a part can grow by a new blind round without merging files.
    for path in sorted((root / part).glob("*.json")):
        suite = json.loads(path.read_text(encoding="utf-8"))
        if wanted and suite["language"] not in wanted:
            continue
        cases.extend(expand(suite))
    return cases


@dataclass(frozen=True, slots=True)
class Outcome:
    """How the engine decided one case."""

    case: SuiteCase
    decision: Decision
    rules: tuple[str, ...]

    @property
    def flagged(self) -> bool:
        """True if the message would not be approved."""
        return self.decision is not Decision.APPROVE

    @property
    def correct(self) -> bool:
        """True if a breach was flagged or a benign case passed."""
        return self.flagged == (self.case.label == "breach")


def run_case(case: SuiteCase, also: tuple[str, ...] = ()) -> Outcome:
    """Screen one case as a message to a case accepting its language (and ``also`` these:
    real cases accept two or three languages, English nearly always, and words of one
    language can read as another's once folded)."""
    name, place = _WRITERS.get(case.language, _DEFAULT_WRITER)
    languages = (case.language, *(code for code in also if code != case.language))
    result = screen(
        Submission(
            author_name=name, author_email="writer@example.org", place=place, text=case.text
        ),
        case=CaseRules(slug="functional", name="Alex Example", languages=languages),
    )
    return Outcome(case, result.decision, tuple(result.rules))


def score(outcomes: list[Outcome]) -> dict[str, Any]:
    """Figures: breaches caught and benign cases flagged, overall, per function, language and
    rule (a breach's rule is recalled when its expected code fired)."""
    breaches = [o for o in outcomes if o.case.label == "breach"]
    benign = [o for o in outcomes if o.case.label != "breach"]

    def share(part: list[Outcome], key: str) -> dict[str, Any]:
        hit = sum(getattr(o, key) for o in part)
        return {"n": len(part), key: hit, "share": hit / len(part) if part else 0.0}

    by_function: dict[str, list[Outcome]] = defaultdict(list)
    by_language: dict[str, list[Outcome]] = defaultdict(list)
    by_rule: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_function[f"{o.case.label}:{o.case.function}"].append(o)
        by_language[o.case.language].append(o)
        if o.case.label == "breach" and o.case.rule:
            by_rule[o.case.rule].append(o)
    return {
        "cases": len(outcomes),
        "breaches_caught": share(breaches, "flagged"),
        "benign_flagged": share(benign, "flagged"),
        "functions": {k: share(v, "flagged") for k, v in sorted(by_function.items())},
        "languages": {
            k: {
                "caught": share([o for o in v if o.case.label == "breach"], "flagged")["share"],
                "flagged": share([o for o in v if o.case.label != "breach"], "flagged")["share"],
                "n": len(v),
            }
            for k, v in sorted(by_language.items())
        },
        "rules": {
            k: sum(k in o.rules for o in v) / len(v) for k, v in sorted(by_rule.items()) if v
        },
    }


def report(figures: dict[str, Any], out: TextIO) -> None:
    """Print the figures as a plain table."""
    caught, flagged = figures["breaches_caught"], figures["benign_flagged"]
    out.write(f"cases: {figures['cases']}\n")
    out.write(
        f"breaches caught: {caught['flagged']}/{caught['n']} = {caught['share']:.1%}\n"
        f"benign flagged:  {flagged['flagged']}/{flagged['n']} = {flagged['share']:.1%}\n\n"
    )
    out.write(f"{'function':32} {'n':>5} {'flagged':>8}\n")
    for name, f in figures["functions"].items():
        out.write(f"{name:32} {f['n']:>5} {f['share']:>8.1%}\n")
    out.write(f"\n{'language':10} {'n':>5} {'caught':>8} {'flagged':>8}\n")
    for name, f in figures["languages"].items():
        out.write(f"{name:10} {f['n']:>5} {f['caught']:>8.1%} {f['flagged']:>8.1%}\n")
    out.write("\nrule recall on breaches: ")
    out.write(", ".join(f"{k} {v:.0%}" for k, v in figures["rules"].items()) + "\n")


def errors(outcomes: Iterable[Outcome]) -> Counter[str]:
    """How many cases each function got wrong (for a quick look at where to work)."""
    return Counter(f"{o.case.label}:{o.case.function}" for o in outcomes if not o.correct)
