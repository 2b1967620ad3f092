"""Benchmark: messages screened per second on one core, and peak memory.

Run ``python bench/screening.py [--messages N]``. The workload is built here from synthetic
text (not the evaluation corpus): a mix of languages and scripts, clean letters and letters
breaking one rule or another, with repeats and copies, screened in order against a memory
history the way the worker and the CLI check do. Prints messages/s and the process's peak
resident memory (MB). Targets (DESIGN.md): >= 2,000 messages/s, < 400 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from moderation.rules import (  # noqa: E402
    CampaignRules,
    CaseRules,
    Decision,
    MemoryHistory,
    Submission,
    canonical_writer_key,
    screen,
)

CASES = [
    CaseRules("c-en-zh", "Mei Lin", ("en", "zh"), ("Mei, we remember you and stand with you.",)),
    CaseRules("c-fr-en", "Awa Koné", ("fr", "en"), ("Awa, nous sommes avec vous.",)),
    CaseRules("c-es-en", "Luis Rojas", ("es", "en"), ("Luis, tu arte es libertad.",)),
    CaseRules("c-ru-en", "Sasha Petrova", ("ru", "en"), ("Саша, держись! Мы с тобой.",)),
    CaseRules("c-ar-fr", "Nasser Ali", ("ar", "fr", "en"), ("ناصر، أنت لست وحدك.",)),
    CaseRules("c-fa-en", "Vahid Karimi", ("fa", "en"), ("وحید عزیز، تو تنها نیستی.",)),
    CaseRules("c-bn-en", "Rahim Uddin", ("bn", "en"), ("রহিম, আমরা আপনার পাশে আছি।",)),
]
CAMPAIGN = CampaignRules(
    link_allowlist=("amnesty.org", "un.org"),
    protected_names=("Amnesty International",),
    campaign_languages=tuple(sorted({lang for c in CASES for lang in c.languages})),
)

# Sentence parts per language; letters are assembled from them at random.
PARTS = {
    "en": (
        ["Dear {n},", "{n},", "Hello {n},", "To {n}:"],
        [
            "we think of you every day",
            "your courage inspires our whole town",
            "our reading group wrote to you tonight",
            "the world has not forgotten you",
            "my children drew you a picture of the sea",
            "we lit a candle in the square",
        ],
        ["Stay strong.", "With love from {p}.", "We are with you.", "Keep hope alive."],
    ),
    "fr": (
        ["Chère {n},", "{n},", "Bonjour {n},"],
        [
            "nous pensons à vous chaque jour",
            "votre courage nous inspire",
            "notre groupe vous écrit depuis la médiathèque",
            "le monde entier parle de vous",
        ],
        ["Courage !", "Tenez bon.", "Avec toute notre amitié, depuis {p}."],
    ),
    "es": (
        ["Querido {n},", "{n},", "Hola {n},"],
        [
            "pensamos en ti todos los días",
            "tu valentía es un ejemplo para todos",
            "nuestro grupo te escribe desde la biblioteca",
            "el mundo entero conoce tu nombre",
        ],
        ["¡Fuerza!", "Un abrazo desde {p}.", "No estás solo."],
    ),
    "ru": (
        ["Дорогая {n},", "{n},", "Привет, {n}!"],
        [
            "мы думаем о тебе каждый день",
            "твоя смелость вдохновляет нас",
            "наш клуб написал тебе письмо",
            "весь мир знает твоё имя",
        ],
        ["Держись!", "Обнимаем из города {p}.", "Ты не одна."],
    ),
    "ar": (
        ["عزيزي {n}،", "{n}،"],
        ["نحن نفكر فيك كل يوم", "شجاعتك تلهمنا جميعا", "كتبنا لك من مكتبة المدينة"],
        ["لست وحدك.", "مع كل المحبة.", "نتمنى لك الحرية قريبا."],
    ),
    "fa": (
        ["{n} عزیز،", "سلام {n}،"],
        ["ما هر روز به تو فکر می‌کنیم", "شجاعت تو به ما امید می‌دهد", "گروه ما برایت نامه نوشت"],
        ["تنها نیستی.", "با عشق.", "امیدوارم به زودی آزاد شوی."],
    ),
    "zh": (
        ["{n}，", "親愛的{n}，"],
        ["我們每天都在想你", "你的勇氣鼓舞了我們", "我們在廣場為你點了蠟燭"],
        ["保重！", "加油！", "我們等你回來。"],
    ),
    "bn": (
        ["প্রিয় {n},", "{n},"],
        ["আমরা প্রতিদিন আপনার কথা ভাবি", "আপনার সাহস আমাদের অনুপ্রাণিত করে"],
        ["ভালো থাকবেন।", "আমরা আপনার পাশে আছি।"],
    ),
    "de": (
        ["Liebe {n},"],
        ["wir denken jeden Tag an dich und hoffen, dass du bald frei bist"],
        ["Alles Gute aus {p}."],
    ),
}
# Additions that break a rule, appended to some letters.
BREACHES = [
    " We will NEVER forget you.",
    " This trial is bullsh1t.",
    " You are **so brave**.",
    " See https://example.com/x for more.",
    " Follow me on Instagram @writer_art_99!",
    " I hope the guards who did this rot in hell.",
    " We must overthrow the regime.",
    " <img src='x.png'>",
    " Call me on +44 7700 900123.",
    " Ces connards de juges !",
]
PLACES = ["Leeds", "Lyon", "Quito", "Riga", "Tunis", "Shiraz", "Taipei", "Dhaka"]
FIRST = ["Anna", "Omar", "Li", "Sofía", "Jean", "Ирина", "مریم", "Kwame", "Priya", "王芳", "Lars"]
LAST = ["Smith", "Haddad", "Chen", "Díaz", "Martin", "Соколова", "احمدی", "Mensah", "Nair", "Berg"]
# Filler that makes each letter its own (real letters share phrases, not whole texts).
WORDS = (
    "river garden winter school kitchen music letter candle morning bridge market story "
    "mountain library bicycle harbour village sister teacher orchard lantern meadow choir "
    "football festival island railway bakery painting poem sunrise autumn forest"
).split()


def build_workload(count: int, seed: int = 7) -> list[tuple[Submission, CaseRules]]:
    """Synthetic submissions to random cases, mostly in an accepted language."""
    rng = random.Random(seed)
    out: list[tuple[Submission, CaseRules]] = []
    for _ in range(count):
        case = rng.choice(CASES)
        lang = rng.choice(case.languages) if rng.random() < 0.95 else "de"
        greetings, bodies, closings = PARTS[lang]
        first = case.name.split()[0]
        place = rng.choice(PLACES)
        text = " ".join(
            [
                rng.choice(greetings),
                *rng.sample(bodies, k=min(2, len(bodies))),
                rng.choice(closings),
            ]
        ).format(n=first, p=place)
        text += " " + " ".join(rng.sample(WORDS, k=8)) + "."
        if rng.random() < 0.2:
            text += rng.choice(BREACHES)
        if out and rng.random() < 0.03:
            text = out[rng.randrange(len(out))][0].text  # a copy or a repeat
        writer = f"writer{rng.randrange(count // 2 + 1)}@example.org"
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        out.append((Submission(name, writer, place, text), case))
    return out


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
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
