"""Benchmark: messages screened per second on one core, and peak memory.

Run ``python -m bench.screening [--messages N]``. The workload is synthetic (bench/letters.py,
not the evaluation corpus): letters assembled at random in eight languages and four scripts,
a share of suggested messages sent as is, letters breaking one rule or another, repeats and
copies, screened in order against a memory history the way the worker and the CLI check do.
Prints messages/s, how often language identification was answered from its cache (high
means the workload repeats itself and flatters the figure) and the process's peak resident
memory (MB). Targets (DESIGN.md): >= 2,000 messages/s, < 400 MB.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.letters import build_letters  # noqa: E402
from moderation.rules import (  # noqa: E402
    CampaignRules,
    CaseRules,
    Decision,
    MemoryHistory,
    Submission,
    canonical_writer_key,
    screen,
)
from moderation.rules.language import language_cache_share  # noqa: E402

CASES = [
    CaseRules(
        "c-en-zh",
        "Mei Lin",
        ("en", "zh"),
        ("Mei, we remember you and stand with you.", "美琳，我們與你同在，我們記得你。"),
    ),
    CaseRules(
        "c-fr-en",
        "Awa Koné",
        ("fr", "en"),
        ("Awa, nous sommes avec vous.", "Awa, your voice for your village matters to us all."),
    ),
    CaseRules(
        "c-es-en",
        "Luis Rojas",
        ("es", "en"),
        ("Luis, tu arte es libertad.", "Luis, the world is watching and we stand with you."),
    ),
    CaseRules(
        "c-ru-en",
        "Sasha Petrova",
        ("ru", "en"),
        ("Саша, держись! Мы с тобой.", "Sasha, your words of peace reached us. Stay strong."),
    ),
    CaseRules("c-ar-fr", "Nasser Ali", ("ar", "fr", "en"), ("ناصر، أنت لست وحدك.",)),
    CaseRules(
        "c-fa-en",
        "Vahid Karimi",
        ("fa", "en"),
        ("وحید عزیز، تو تنها نیستی.", "Vahid, we will not forget you or your family."),
    ),
    CaseRules("c-bn-en", "Rahim Uddin", ("bn", "en"), ("রহিম, আমরা আপনার পাশে আছি।",)),
]
CAMPAIGN = CampaignRules(
    link_allowlist=("amnesty.org", "un.org"),
    protected_names=("Amnesty International",),
    campaign_languages=tuple(sorted({lang for c in CASES for lang in c.languages})),
)


def build_workload(count: int, seed: int = 7) -> list[tuple[Submission, CaseRules]]:
    """Synthetic submissions to random cases (see bench/letters.py)."""
    cases = [(c.name, c.languages, c.suggested_messages) for c in CASES]
    return [
        (Submission(x.author_name, x.author_email, x.place, x.text), CASES[x.case])
        for x in build_letters(cases, count, seed)
    ]


def main() -> int:
    """Screen the workload once to warm up, then time a full pass."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20_000)
    args = parser.parse_args()
    workload = build_workload(args.messages)
    for submission, case in workload[:200]:  # warm caches and load models
        screen(submission, case, CAMPAIGN, MemoryHistory())
    history = MemoryHistory()
    decisions = {d: 0 for d in Decision}
    started, cpu_started = time.perf_counter(), time.process_time()
    for submission, case in workload:
        result = screen(submission, case, CAMPAIGN, history)
        decisions[result.decision] += 1
        if result.decision is not Decision.REJECT:
            history.record(
                canonical_writer_key(submission.author_email), case.slug, submission.text
            )
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mix = ", ".join(f"{d.value} {n}" for d, n in decisions.items())
    print(f"messages: {len(workload)}  seconds: {seconds:.2f}  ({mix})")
    print(f"throughput: {len(workload) / seconds:,.0f} messages/s on one core")
    # On a shared, loaded machine wall time counts other processes' turns; CPU time does not.
    print(f"cpu: {cpu_seconds:.2f} s = {len(workload) / cpu_seconds:,.0f} messages per CPU second")
    share = language_cache_share()
    print(f"language identification: {share:.0%} of lingua lookups answered from its cache")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
