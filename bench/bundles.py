"""Bundles: 10,000 approved messages in mixed scripts into a ready ZIP, on one core.

The app's real path: ``request_bundle(case_id, queue_job=False)`` then ``build(bundle_id)``
in an app context on the benchmark database, as the worker's job does. The messages
(English, French and Spanish with accents, German, Portuguese, Russian, Chinese,
Arabic, Persian, Bengali; 100-600 characters; 2,000 writers) are bulk-inserted for
a case of their own. ``build()`` is timed in a child process pinned to one CPU
(``python -m bench.bundles --child``), with PostgreSQL on the machine as usual.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import time
import zipfile

from bench import common
from bench.common import Result

MESSAGES = 10_000
WRITERS = 2_000
TARGET_SECONDS = 30

# language: (sentences, first names, places, country)
SAMPLES: dict[str, tuple[list[str], list[str], list[str], str]] = {
    "en": (
        [
            "Stay strong, we are with you and we will not stop writing.",
            "Our reading group in the library wrote to you tonight.",
            "The world has not forgotten you, and neither have we.",
            "My children drew you a picture of the sea at Whitby.",
        ],
        ["Emma", "Oliver", "Siobhán"],
        ["Leeds", "Cardiff", "Galway"],
        "GB",
    ),
    "fr": (
        [
            "Nous pensons à vous chaque jour ; votre courage nous émeut.",
            "À Besançon, toute l'école a signé pour votre libération.",
            "Gardez espoir, la solidarité ne s'arrêtera pas là.",
        ],
        ["Zoé", "Hélène", "François"],
        ["Besançon", "Québec", "Genève"],
        "FR",
    ),
    "es": (
        [
            "¡Ánimo! No estás sola, seguiremos luchando por tu libertad.",
            "Desde Cádiz te mandamos un abrazo enorme y mucha energía.",
            "Tu valentía nos inspira a todos; pronto estarás en casa.",
        ],
        ["Iñigo", "María José", "Begoña"],
        ["Cádiz", "Bogotá", "Logroño"],
        "ES",
    ),
    "de": (
        ["Wir schreiben für Sie, bis Sie frei sind. Grüße aus Köln."],
        ["Jürgen", "Käthe"],
        ["Köln", "Münster"],
        "DE",
    ),
    "pt": (
        ["Força! A sua coragem inspira milhões de pessoas em São Paulo."],
        ["João", "Conceição"],
        ["Évora", "São Paulo"],
        "PT",
    ),
    "ru": (
        [
            "Мы с вами и не перестанем писать, пока вас не освободят.",
            "Держитесь! Вся наша библиотека подписала письмо в вашу поддержку.",
            "Ваше мужество вдохновляет нас каждый день.",
        ],
        ["Ольга", "Дмитрий", "Алёна"],
        ["Пермь", "Тбилиси", "Рига"],
        "RU",
    ),
    "zh": (
        [
            "我們支持你，你並不孤單，我們會一直為你的自由發聲。",
            "我们支持你，你并不孤单，我们会一直为你的自由发声。",
            "請保重身體，全世界的朋友都在為你寫信。",
        ],
        ["小明", "志明", "美玲"],
        ["上海", "臺北", "香港"],
        "TW",
    ),
    "ar": (
        [
            "نحن معك ولن نتوقف عن الكتابة حتى يطلق سراحك.",
            "من عمّان نرسل لك كل الحب والتضامن، أنت لست وحدك.",
        ],
        ["فاطمة", "يوسف"],
        ["عمّان", "الرباط"],
        "JO",
    ),
    "fa": (
        [
            "ما در کنار شما هستیم و می‌خواهیم که آزاد شوید.",
            "از شیراز برایت می‌نویسیم؛ امید را از دست نده.",
        ],
        ["مریم", "رضا"],
        ["شیراز", "تبریز"],
        "IR",
    ),
    "bn": (
        [
            "আমরা তোমার পাশে আছি, তোমার মুক্তির জন্য আমরা লিখে যাব।",
            "ঢাকা থেকে তোমার জন্য ভালোবাসা আর শুভকামনা পাঠালাম।",
        ],
        ["অর্পিতা", "রহিম"],
        ["ঢাকা", "সিলেট"],
        "BD",
    ),
}
WEIGHTS = {
    "en": 16, "fr": 12, "es": 12, "de": 5, "pt": 5, "ru": 15, "zh": 15, "ar": 8, "fa": 7, "bn": 5,
}  # fmt: skip


def make_rows(case_id: int, supporter_ids: list[int], seed: int = 22) -> list[dict]:
    """``MESSAGES`` approved messages in the mix of scripts, 100-600 characters each."""
    from moderation.models import MessageStatus
    from petitions.database import utcnow

    rng = random.Random(seed)
    now = utcnow()
    languages = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=MESSAGES)
    rows = []
    for n, language in enumerate(languages):
        sentences, names, places, country = SAMPLES[language]
        length = rng.randint(100, 600)
        text = ""
        while len(text) < length:
            text += rng.choice(sentences) + " "
        writer = n % len(supporter_ids)
        email = f"writer{writer}@bench.example"
        rows.append(
            {
                "case_id": case_id,
                "supporter_id": supporter_ids[writer],
                "writer_key": email,
                "name": f"{rng.choice(names)} {n}",
                "email": email,
                "place": rng.choice(places),
                "country": country,
                "text": text[:length].rstrip(),
                "repeat_key": "",
                "language": language,
                "status": MessageStatus.APPROVED,
                "findings": [],
                "rules": [],
                "rulebook_version": "2026.11",
                "consented_at": now,
                "created_at": now,
                "confirmed_at": now,
                "decided_at": now,
            }
        )
    return rows


def child() -> None:
    """In the child process: insert the messages, then request and time one bundle build."""
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    import sqlalchemy as sa

    from delivery.models import Bundle
    from delivery.services.bundles import build, bundle_path, request_bundle
    from moderation.models import Message
    from petitions import create_app
    from petitions.extensions import db
    from petitions.models import Campaign, Case, CaseStatus, HolderKind, Supporter

    app = create_app()
    with app.app_context():
        campaign = db.session.scalars(sa.select(Campaign)).first()
        case = Case(
            campaign_id=campaign.id,
            slug="bench-bundles",
            rights_holder="Mei Lin and Ahmad Karimi",
            holder_kind=HolderKind.GROUP,
            country="IR",
            headline="Jailed for a song",
            story="A benchmark case.",
            languages=["en", "fa"],
            status=CaseStatus.OPEN,
            position=99,
        )
        db.session.add(case)
        db.session.flush()
        supporter_ids = list(
            db.session.scalars(
                sa.insert(Supporter).returning(Supporter.id),
                [{"email_canonical": f"writer{i}@bench.example"} for i in range(WRITERS)],
            )
        )
        started = time.monotonic()
        db.session.execute(sa.insert(Message), make_rows(case.id, supporter_ids))
        db.session.commit()
        inserted = time.monotonic() - started
        _, bundle = request_bundle(case.id, queue_job=False)
        assert bundle is not None
        bundle_id = bundle.id
        db.session.remove()
        wall, cpu_time = time.perf_counter(), time.process_time()
        status = build(bundle_id)
        wall, cpu_time = time.perf_counter() - wall, time.process_time() - cpu_time
        bundle = db.session.get(Bundle, bundle_id)
        path = bundle_path(bundle)
        with zipfile.ZipFile(path) as archive:
            entries = archive.namelist()
            bad = archive.testzip()
        print(
            "BENCH_JSON "
            + json.dumps(
                {
                    "cpu": cpu,
                    "status": status.value if status else None,
                    "messages": bundle.message_count,
                    "seconds": wall,
                    "cpu_seconds": cpu_time,
                    "insert_seconds": inserted,
                    "zip_bytes": path.stat().st_size,
                    "entries": entries,
                    "zip_ok": bad is None,
                    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                }
            ),
            flush=True,
        )


def run() -> list[Result]:
    """Fresh database, then the child; returns the build's figures."""
    with common.workdir("bundles") as wd:
        env = common.prepare_app(wd)
        common.say(f"bundles: inserting {MESSAGES:,} approved messages, then build() on one core")
        done = subprocess.run(
            [sys.executable, "-m", "bench.bundles", "--child"],
            cwd=common.ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH_JSON ")), None)
        if done.returncode or line is None:
            raise common.BenchError(f"bundle build failed:\n{done.stdout}\n{done.stderr[-4000:]}")
    data = json.loads(line.removeprefix("BENCH_JSON "))
    ready = data["status"] == "ready" and data["messages"] == MESSAGES and data["zip_ok"]
    common.say(
        f"bundles: build() {data['seconds']:.1f} s wall, {data['cpu_seconds']:.1f} s CPU "
        f"(CPU {data['cpu']}), status {data['status']}, {data['messages']} messages, "
        f"ZIP {data['zip_bytes'] / 1e6:.1f} MB {data['entries']}, peak {data['peak_mb']:.0f} MB"
    )
    return [
        Result(
            "bundles",
            f"build() of {MESSAGES:,} mixed-script messages, one core",
            f"{data['seconds']:.1f} s ({data['cpu_seconds']:.1f} s CPU; "
            f"ZIP {data['zip_bytes'] / 1e6:.1f} MB, {len(data['entries'])} files, "
            f"peak RSS {data['peak_mb']:.0f} MB; {'ready' if ready else 'NOT READY'})",
            f"< {TARGET_SECONDS} s",
            ready and data["seconds"] < TARGET_SECONDS,
        )
    ]


if __name__ == "__main__" and sys.argv[1:] == ["--child"]:
    child()
elif __name__ == "__main__":
    sys.exit("run it with `python -m bench bundles`")
