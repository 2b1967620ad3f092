"""HTTP benchmarks: signing, the counts endpoint and the case page, as ratios to "hello".

The real app and a bare Flask "hello" app are served in turn by gunicorn with the
same settings (``common.GUNICORN_ARGS``) and loaded by wrk with the same
connections and duration. Hello is measured before and after the app, and the
ratios use the mean of the two, so drift of a shared machine shows up as the
spread between them.

Signing runs the real path with CSRF and the rate limiter on (limits set far
above the load, stored in Redis) and the outbox dispatching to rq. Every request
uses a new e-mail address. wrk runs one connection per thread, so each thread's
responses come back in the order of its requests: the script knows exactly which
e-mails got a 302, and after the run the signature rows of those e-mails are
counted. Zero lost means rows == 302 responses. A request cut off by the end of
the run (at most one per connection) may still create its row; those are
reported apart.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from bench import common
from bench.common import Load, Result

# With one connection per thread, a response answers the thread's latest request. wrk also
# calls request() once on the first thread to check the script, a request never sent, so
# each thread keeps the number of the request its last response answered, not a count.
SIGN_LUA = r"""
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end
generated, last_sent, last_answered, ok302, other = 0, 0, 0, 0, 0
function init(args)
  run, path, token = args[1], args[2], args[3]
  headers = {["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = args[4]}
end
function request()
  generated = generated + 1
  last_sent = generated
  local body = "csrf_token=" .. token .. "&name=Ann+Lee&email=b" .. run .. "t" .. tid ..
    "n" .. generated .. "%40bench.example&place=Leeds&country=GB&consent=y"
  return wrk.format("POST", path, headers, body)
end
function response(status, headers, body)
  last_answered = last_sent
  if status == 302 then ok302 = ok302 + 1 else other = other + 1 end
end
function extra_json()
  local parts = {}
  for _, t in ipairs(threads) do
    table.insert(parts, string.format("[%d, %d, %d, %d, %d]", t:get("tid"),
      t:get("generated"), t:get("last_answered"), t:get("ok302"), t:get("other")))
  end
  return ', "threads": [' .. table.concat(parts, ", ") .. "]"
end
"""

EMAIL = re.compile(r"b(?P<run>\w+?)t(?P<tid>\d+)n(?P<n>\d+)@bench\.example")


def open_case_slug(db_url: str) -> str:
    """The first demo case with a petition open today."""
    import sqlalchemy as sa

    engine = sa.create_engine(common.sqlalchemy_url(db_url))
    with engine.connect() as conn:
        slug = conn.execute(
            sa.text(
                "select c.slug from cases c join petitions p on p.case_id = c.id "
                "where p.closes_on is null or p.closes_on >= current_date "
                "order by c.position limit 1"
            )
        ).scalar_one()
    engine.dispose()
    return slug


def signature_rows(db_url: str, run: str) -> dict[int, set[int]]:
    """The request numbers, per wrk thread, that have a signature row for run ``run``."""
    import sqlalchemy as sa

    engine = sa.create_engine(common.sqlalchemy_url(db_url))
    with engine.connect() as conn:
        emails = conn.execute(
            sa.text("select email from signatures where email like :prefix"),
            {"prefix": f"b{run}t%"},
        ).scalars()
        found: dict[int, set[int]] = {}
        for email in emails:
            match = EMAIL.fullmatch(email)
            if match and match["run"] == run:
                found.setdefault(int(match["tid"]), set()).add(int(match["n"]))
    engine.dispose()
    return found


def redis_evidence() -> tuple[int, int]:
    """Rate-limit keys in the bench Redis db, and jobs waiting in the bench rq queue."""
    import redis

    conn = redis.Redis.from_url(common.REDIS_URL)
    limiter_keys = sum(1 for _ in conn.scan_iter(match="*w4rbench*", count=1000))
    return limiter_keys, int(conn.llen("rq:queue:bench"))


def bench_sign(base: str, slug: str, db_url: str, scriptdir: Path) -> tuple[Load, dict]:
    """Warm up, then load the sign endpoint; returns the load and the accounting."""
    page = common.request(base, "GET", f"/cases/{slug}")
    if page.status != 200:
        raise common.BenchError(f"case page answered {page.status}")
    cookie = common.cookie_header(page.cookies())
    token = quote(common.csrf_token(page.body), safe="")
    path = f"/cases/{slug}/sign"
    url = base + path
    common.run_wrk(
        url,
        scriptdir,
        seconds=common.WARMUP_SECONDS,
        script=SIGN_LUA,
        args=["warm", path, token, cookie],
    )
    load = common.run_wrk(url, scriptdir, script=SIGN_LUA, args=["run", path, token, cookie])
    rows = signature_rows(db_url, "run")
    ok = answered_rows = cut_off_rows = other = cut_off = 0
    for tid, generated, last_answered, ok302, others in load.extra["threads"]:
        numbers = rows.get(tid, set())
        answered_rows += sum(1 for n in numbers if n <= last_answered)
        cut_off_rows += sum(1 for n in numbers if n > last_answered)
        cut_off += 1 if generated > last_answered else 0
        ok += ok302
        other += others
    accounting = {
        "ok302": ok,
        "other": other,
        "rows": answered_rows,
        "lost": ok - answered_rows,
        "cut_off": cut_off,
        "cut_off_rows": cut_off_rows,
    }
    common.say(
        f"sign: {load.summary()}; 302 responses {ok}, other {other}, rows for them "
        f"{answered_rows}; cut off at the end {cut_off} (rows {cut_off_rows})"
    )
    return load, accounting


def run() -> list[Result]:
    """Hello, the app's counts, case page and signing, hello again; the ratios."""
    common.require_wrk()
    with common.workdir("http") as wd:
        env = common.prepare_app(wd)
        db_url = env["DATABASE_URL"]
        slug = open_case_slug(db_url)
        with common.gunicorn("bench.hello_app:app", env, wd) as base:
            hello_before = common.measure(base + "/", wd, "hello (before)")
        with common.gunicorn("wsgi:app", env, wd) as base:
            counts = common.measure(base + f"/api/v1/cases/{slug}/counts", wd, "counts")
            case = common.measure(base + f"/cases/{slug}", wd, "case page")
            sign, accounting = bench_sign(base, slug, db_url, wd)
            limiter_keys, rq_jobs = redis_evidence()
        with common.gunicorn("bench.hello_app:app", env, wd) as base:
            hello_after = common.measure(base + "/", wd, "hello (after)")
    common.say(f"Redis: {limiter_keys} rate-limit keys, {rq_jobs} jobs in the rq queue")
    common.flush_redis()
    hello = (hello_before.rps + hello_after.rps) / 2

    def ratio(load: Load) -> float:
        return load.rps / hello

    def row(name: str, load: Load, need: float) -> Result:
        errors = sum(load.errors.values())
        return Result(
            "http",
            f"{name}: ratio to hello",
            f"{ratio(load):.2f} ({load.rps:,.0f} req/s; p50 {load.p50_ms:.1f}, "
            f"p99 {load.p99_ms:.1f} ms; errors {errors})",
            f">= {need:.2f}",
            ratio(load) >= need and errors == 0,
        )

    lost = accounting["lost"]
    return [
        Result(
            "http",
            "hello baseline (before / after)",
            f"{hello_before.rps:,.0f} / {hello_after.rps:,.0f} req/s; "
            f"p99 {hello_before.p99_ms:.1f} / {hello_after.p99_ms:.1f} ms",
        ),
        row("counts /api/v1/cases/<slug>/counts", counts, 0.80),
        row("case page /cases/<slug>", case, 0.50),
        row("sign POST /cases/<slug>/sign", sign, 0.30),
        Result("http", "sign: p99 latency", f"{sign.p99_ms:.1f} ms", "< 250 ms", sign.p99_ms < 250),
        Result(
            "http",
            "sign: lost (302 responses - their rows)",
            f"{lost} ({accounting['ok302']} responses 302, {accounting['rows']} rows; "
            f"{accounting['other']} other responses; {accounting['cut_off']} cut off at the "
            f"end, {accounting['cut_off_rows']} of them wrote a row)",
            "0",
            lost == 0 and accounting["other"] == 0,
        ),
        Result(
            "http",
            "sign: limiter and outbox ran on Redis",
            f"{limiter_keys} rate-limit keys, {rq_jobs} jobs queued",
        ),
    ]
