"""Micro-bench: render a bundle ZIP of N mixed-script messages and print the time.

Usage: .venv/bin/python bench/bundles_render.py [N] [A4|Letter] [out.zip]
   or: .venv/bin/python -m bench.bundles_render [N] [A4|Letter] [out.zip]

The mix follows the issue: ~40% English/French/Spanish with accents, 15% Russian, 15% Chinese
(simplified and traditional), 15% Arabic/Persian, 5% Bengali, the rest German/Portuguese;
100-600 characters each. The target is under 25 s for 10,000 messages on one core.
"""

from __future__ import annotations

import datetime
import pathlib
import random
import sys
import tempfile
import time

# Run as a script, Python puts bench/ first on sys.path: put the project root there instead,
# so the project's packages import.
_HERE = pathlib.Path(__file__).resolve().parent
if sys.path and pathlib.Path(sys.path[0]).resolve() == _HERE:
    sys.path[0] = str(_HERE.parent)

from delivery.render import BundleInfo, BundleMessage, write_bundle_zip  # noqa: E402

SAMPLES: dict[str, tuple[str, str, str, str]] = {
    # language: (sentence, first name, place, country)
    "en": ("Stay strong, we are with you and we will not stop writing. ", "Emma", "Leeds", "GB"),
    "fr": ("Nous pensons à vous chaque jour ; votre courage nous émeut. ", "Zoé", "Besançon", "FR"),
    "es": ("¡Ánimo! No estás sola, seguiremos luchando por tu libertad. ", "Iñigo", "Cádiz", "ES"),
    "de": ("Wir schreiben für Sie, bis Sie frei sind. Grüße aus Köln. ", "Jürgen", "Köln", "DE"),
    "pt": ("Força! A sua coragem inspira milhões de pessoas. ", "João", "Évora", "PT"),
    "ru": ("Мы с вами и не перестанем писать, пока вас не освободят. ", "Ольга", "Пермь", "RU"),
    "zh-Hans": ("我们支持你，你并不孤单，我们会一直为你的自由发声。", "小明", "上海", "CN"),
    "zh-Hant": ("我們支持你，你並不孤單，我們會一直為你的自由發聲。", "志明", "臺北", "TW"),
    "ar": ("نحن معك ولن نتوقف عن الكتابة حتى يطلق سراحك. ", "فاطمة", "عمّان", "JO"),
    "fa": ("ما در کنار شما هستیم و می‌خواهیم که آزاد شوید. ", "مریم", "شیراز", "IR"),
    "bn": ("আমরা তোমার পাশে আছি, তোমার মুক্তির জন্য আমরা লিখে যাব। ", "অর্পিতা", "ঢাকা", "BD"),
}
WEIGHTS = {
    "en": 16, "fr": 12, "es": 12, "de": 6, "pt": 4, "ru": 15,
    "zh-Hans": 8, "zh-Hant": 7, "ar": 8, "fa": 7, "bn": 5,
}  # fmt: skip


def make_messages(count: int, seed: int = 7) -> list[BundleMessage]:
    """``count`` reproducible messages in the issue's mix of scripts."""
    rng = random.Random(seed)
    languages = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=count)
    messages = []
    for index, language in enumerate(languages, start=1):
        sentence, name, place, country = SAMPLES[language]
        length = rng.randint(100, 600)
        text = (sentence * (length // len(sentence) + 1))[:length].strip()
        date = datetime.date(2026, 10, 1) + datetime.timedelta(days=index % 50)
        messages.append(BundleMessage(index, language, name, place, country, date, text))
    return messages


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    paper = sys.argv[2] if len(sys.argv) > 2 else "A4"
    messages = make_messages(count)
    info = BundleInfo(
        1, "Free Ahmad and Mei — Write for Rights 2026", "free-ahmad-mei", "IR", paper,
        datetime.datetime(2026, 11, 22, 9, 30),
    )  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        out = pathlib.Path(sys.argv[3]) if len(sys.argv) > 3 else pathlib.Path(folder) / "b.zip"
        start = time.perf_counter()
        digest = write_bundle_zip(out, info, messages)
        elapsed = time.perf_counter() - start
        size = out.stat().st_size
    print(f"{count} messages, {paper}: {elapsed:.1f} s, ZIP {size / 1e6:.1f} MB, sha256 {digest}")


if __name__ == "__main__":
    main()
