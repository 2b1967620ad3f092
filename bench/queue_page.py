"""The moderation queue page with 100,000 held messages: latency of ``GET /moderation/``.

The messages are bulk-inserted with SQL (``INSERT ... SELECT`` over
``generate_series``): 20,000 writers, four cases, ten languages, findings JSON
as the screening engine writes it (code, field, span, excerpt, explanation),
plus 25,000 decided messages of the same writers so the page's writer records
have something to count. A moderator created with ``flask users create`` signs
in through /login; the page is then fetched with that session, as the real
path does: each fetch claims its page of messages for the moderator.

Figures: sequential fetches on one keep-alive connection (a moderator's
latency, the target: p95 < 100 ms), then wrk with the shared connection count
(many tabs at once; for information).
"""

from __future__ import annotations

import json
import time

from bench import common
from bench.common import Result

HELD = 100_000
DECIDED = 25_000
WRITERS = 20_000
CASES = 4
SEQUENTIAL = 300
MODERATOR = "moderator@bench.example"
PASSWORD = "bench moderator passphrase 2026"  # noqa: S105 (local benchmark account)


def _finding(code: str, text: str, excerpt: str, explanation: str) -> dict:
    start = text.find(excerpt)
    return {
        "code": code,
        "field": "text",
        "start": start,
        "end": start + len(excerpt),
        "excerpt": excerpt,
        "explanation": explanation,
    }


def _template(language: str, text: str, *findings: tuple[str, str, str]) -> dict:
    found = [_finding(code, text, excerpt, why) for code, excerpt, why in findings]
    return {
        "language": language,
        "text": text,
        "findings": json.dumps(found, ensure_ascii=False),
        "rules": json.dumps(sorted({f["code"] for f in found})),
    }


# Messages the way the engine holds them: one or two findings each.
TEMPLATES = [
    _template(
        "en",
        "Dear friend, stay STRONG, we are with you every day and we will keep writing.",
        ("N05A", "STRONG", "Please don't write words in capitals"),
    ),
    _template(
        "en",
        "We will not stop until you are free. Read more at http://example.com/free-now today.",
        ("N11B", "http://example.com/free-now", "Links are only allowed to approved sites"),
    ),
    _template(
        "fr",
        "Courage ! Nous pensons à vous, et ces juges sont des CRÉTINS qui ont peur de vous.",
        ("N07", "CRÉTINS", "No insults, even of those who jailed the person"),
        ("N05A", "CRÉTINS", "Please don't write words in capitals"),
    ),
    _template(
        "es",
        "¡Ánimo! Sign our other petition and buy the T-shirt at our shop, 20% off this week.",
        ("N13", "buy the T-shirt", "No advertising or calls to action"),
    ),
    _template(
        "ru",
        "Саша, держись! Мы знаем, что охранник Иванов бьёт тебя, мы напишем всем об этом.",
        ("N08", "охранник Иванов", "Nothing that could put the recipient at risk"),
    ),
    _template(
        "zh",
        "周庭你好，我們一直支持你！請保重身體，我們會一直寫信給你。你的勇氣感動了我們。",
        ("N09", "我們一直支持你", "Write in a language the recipient can read"),
    ),
    _template(
        "ar",
        "ناصر، أنت لست وحدك. نحن معك حتى تنال حريتك، ولن نتوقف عن الكتابة لك.",
        ("N09", "أنت لست وحدك", "Write in a language the recipient can read"),
    ),
    _template(
        "fa",
        "وحید عزیز، تو تنها نیستی. ما هر روز به تو فکر می‌کنیم و برایت نامه می‌نویسیم.",
        ("N10", "تو تنها نیستی", "The same message was posted before"),
    ),
    _template(
        "bn",
        "রহিম, আমরা আপনার পাশে আছি। আপনার মুক্তির জন্য আমরা লিখে যাব। damn them all.",
        ("N06", "damn", "No vulgar or obscene language"),
    ),
    _template(
        "en",
        "Stay strong. We copied this letter from the campaign page because it says it best.",
        ("N12", "We copied this letter", "The text copies another writer's message"),
    ),
]

INSERT_SUPPORTERS = """
insert into supporters (email_canonical, created_at)
select 'writer' || g || '@bench.example', now() from generate_series(1, :writers) g
"""
INSERT_MESSAGES = """
insert into messages (
  case_id, supporter_id, writer_key, name, email, place, country, text, repeat_key,
  language, status, findings, rules, rulebook_version, consented_at, created_at,
  confirmed_at, decided_at)
select
  (:case_ids)[1 + g % cardinality(:case_ids)],
  s.id, s.email_canonical,
  (array['Ann Lee', 'Zoé Martin', 'Iñigo Ruiz', 'Ольга Петрова', '小明 王',
         'فاطمة علي', 'মরিয়ম খান'])[1 + g % 7],
  s.email_canonical,
  (array['Leeds', 'Besançon', 'Cádiz', 'Пермь', '上海', 'عمّان', 'ঢাকা'])[1 + g % 7],
  (array['GB', 'FR', 'ES', 'RU', 'CN', 'JO', 'BD'])[1 + g % 7],
  t.text || ' (' || g || ')', '', t.language, cast(:status as text), t.findings, t.rules, '2026.11',
  now() - g * interval '1 second', now() - g * interval '1 second',
  now() - g * interval '1 second',
  case when cast(:status as text) = 'held' then null else now() end
from generate_series(:first, :last) g
join bench_templates t on t.k = g % :templates
join supporters s on s.email_canonical = 'writer' || (1 + g % :writers) || '@bench.example'
order by g
"""


def load_messages(db_url: str) -> int:
    """Bulk-insert the writers, the held messages and the decided ones; returns held count."""
    import sqlalchemy as sa

    engine = sa.create_engine(common.sqlalchemy_url(db_url))
    started = time.monotonic()
    with engine.begin() as conn:
        case_ids = list(
            conn.execute(sa.text("select id from cases order by position limit :n"), {"n": CASES})
            .scalars()
            .all()
        )
        conn.execute(
            sa.text(
                "create temporary table bench_templates "
                "(k int, language text, text text, findings json, rules json) on commit drop"
            )
        )
        conn.execute(
            sa.text(
                "insert into bench_templates values "
                "(:k, :language, :text, cast(:findings as json), cast(:rules as json))"
            ),
            [{"k": k, **t} for k, t in enumerate(TEMPLATES)],
        )
        conn.execute(sa.text(INSERT_SUPPORTERS), {"writers": WRITERS})
        batches = [
            ("held", 1, HELD),
            ("approved", HELD + 1, HELD + DECIDED * 4 // 5),
            ("rejected", HELD + DECIDED * 4 // 5 + 1, HELD + DECIDED),
        ]
        for status, first, last in batches:
            conn.execute(
                sa.text(INSERT_MESSAGES),
                {
                    "case_ids": case_ids,
                    "status": status,
                    "first": first,
                    "last": last,
                    "templates": len(TEMPLATES),
                    "writers": WRITERS,
                },
            )
        held = conn.execute(
            sa.text("select count(*) from messages where status = 'held'")
        ).scalar_one()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(sa.text("analyze"))
    engine.dispose()
    common.say(
        f"queue: {held:,} held + {DECIDED:,} decided messages of {WRITERS:,} writers in "
        f"{len(case_ids)} cases, inserted in {time.monotonic() - started:.1f} s"
    )
    return held


def sequential(base: str, cookies: dict[str, str]) -> tuple[list[float], int]:
    """Fetch the queue page SEQUENTIAL times on one connection; latencies (ms), cards shown."""
    import http.client

    conn = http.client.HTTPConnection(base.removeprefix("http://"), timeout=30)
    try:
        for _ in range(20):  # warm-up: templates compiled, pools filled
            common.request(base, "GET", "/moderation/", cookies=cookies, connection=conn)
        latencies = []
        cards = 0
        for _ in range(SEQUENTIAL):
            started = time.perf_counter()
            page = common.request(base, "GET", "/moderation/", cookies=cookies, connection=conn)
            latencies.append((time.perf_counter() - started) * 1000)
            if page.status != 200:
                raise common.BenchError(f"/moderation/ answered {page.status}")
            cards = page.body.count('data-message-id="')
    finally:
        conn.close()
    return latencies, cards


def run() -> list[Result]:
    """Load 100,000 held messages, sign in as a moderator, time the queue page."""
    common.require_wrk()
    with common.workdir("queue") as wd:
        env = common.prepare_app(wd)
        held = load_messages(env["DATABASE_URL"])
        common.flask_cli(
            env, "users", "create", MODERATOR, "--role", "moderator", "--password", PASSWORD
        )
        with common.gunicorn("wsgi:app", env, wd, ready_path="/login") as base:
            cookies = common.log_in(base, MODERATOR, PASSWORD)
            latencies, cards = sequential(base, cookies)
            p50, p95, p99 = (common.percentile(latencies, q) for q in (50, 95, 99))
            common.say(
                f"queue page, sequential x{SEQUENTIAL}: p50 {p50:.1f} / p95 {p95:.1f} / "
                f"p99 {p99:.1f} ms, {cards} messages on the page"
            )
            load = common.measure(
                base + "/moderation/",
                wd,
                f"queue page, {common.CONNECTIONS} connections",
                headers=[f"Cookie: {common.cookie_header(cookies)}"],
            )
    common.flush_redis()
    return [
        Result(
            "queue_page",
            f"GET /moderation/ with {held:,} held, sequential: p95",
            f"{p95:.1f} ms (p50 {p50:.1f}, p99 {p99:.1f}; {cards} messages per page)",
            "< 100 ms",
            p95 < 100 and cards > 0,
        ),
        Result(
            "queue_page",
            f"same, {common.CONNECTIONS} connections (info)",
            f"{load.rps:,.0f} req/s; p50 {load.p50_ms:.1f}, p95 {load.p95_ms:.1f}, "
            f"p99 {load.p99_ms:.1f} ms; errors {sum(load.errors.values())}",
        ),
    ]
