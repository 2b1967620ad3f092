"""Shared helpers of the benchmarks: services, a fresh database, gunicorn, wrk, figures, table.

Every benchmark runs against 127.0.0.1 only and stops by itself: loads have a fixed
duration, subprocesses have timeouts, and gunicorn is stopped (its whole process
group) in a ``finally`` even when a benchmark fails.
"""

from __future__ import annotations

import http.client
import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
DB_NAME = os.environ.get("BENCH_DB", "w4r_bench")
# Load settings shared by every HTTP figure, the baseline included.
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
WARMUP_SECONDS = int(os.environ.get("BENCH_WARMUP_SECONDS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "16"))
GUNICORN_ARGS = os.environ.get(
    "BENCH_GUNICORN_ARGS",
    "-w 2 -k gthread --threads 4 --log-level warning --graceful-timeout 5 --timeout 60",
).split()
# Far above what a benchmark sends: the limiter still runs (against Redis), never throttles.
UNTHROTTLED = "100000000 per minute"


class BenchError(RuntimeError):
    """A benchmark could not run (a missing tool or service); the message says what to do."""


def say(text: str) -> None:
    """Progress on stdout, flushed, so a long run shows where it is."""
    print(f"[bench] {text}", flush=True)


# --- figures and the results table ------------------------------------------------------------


@dataclass
class Result:
    """One line of the results table."""

    bench: str
    figure: str
    value: str
    target: str = ""
    met: bool | None = None

    @property
    def verdict(self) -> str:
        return {True: "met", False: "NOT MET", None: ""}[self.met]


def results_table(results: Sequence[Result]) -> str:
    """The results as a Markdown table."""
    lines = ["| benchmark | figure | value | target | verdict |", "|---|---|---|---|---|"]
    lines += [f"| {r.bench} | {r.figure} | {r.value} | {r.target} | {r.verdict} |" for r in results]
    return "\n".join(lines)


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) with linear interpolation; NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass
class Load:
    """What one load run measured: requests, duration, latency percentiles (ms), errors."""

    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    errors: dict[str, int] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        errors = sum(self.errors.values())
        return (
            f"{self.rps:,.0f} req/s ({self.requests} in {self.seconds:.1f} s), "
            f"p50 {self.p50_ms:.1f} / p95 {self.p95_ms:.1f} / p99 {self.p99_ms:.1f} ms, "
            f"errors {errors}"
        )


# --- services and the database -----------------------------------------------------------------


def sqlalchemy_url(url: str) -> str:
    """The psycopg 3 form of a ``postgresql://`` URL."""
    return re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url)


def check_services() -> None:
    """Fail with a clear message when PostgreSQL or Redis does not answer."""
    import redis
    import sqlalchemy as sa

    try:
        engine = sa.create_engine(sqlalchemy_url(PG_URL))
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
        engine.dispose()
    except sa.exc.OperationalError as error:
        raise BenchError(
            f"PostgreSQL does not answer at {PG_URL}: start it with scripts/services.sh "
            f"(or set BENCH_PG_URL). {error.orig}"
        ) from error
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.RedisError as error:
        raise BenchError(
            f"Redis does not answer at {REDIS_URL}: start it with scripts/services.sh "
            f"(or set BENCH_REDIS_URL). {error}"
        ) from error


def flush_redis() -> None:
    """Empty the benchmarks' own Redis database (never the one the app or tests use)."""
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def database_url(name: str = DB_NAME) -> str:
    """The ``postgresql://`` URL of the benchmark database on the configured server."""
    base, _, _ = PG_URL.rpartition("/")
    return f"{base}/{name}"


def fresh_database(name: str = DB_NAME) -> str:
    """Drop and create the benchmark database; returns its ``postgresql://`` URL."""
    import sqlalchemy as sa

    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise BenchError(f"unsafe database name {name!r}")
    admin = sa.create_engine(sqlalchemy_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return database_url(name)


def app_env(db_url: str, workdir: Path, **extra: str) -> dict[str, str]:
    """Environment for the real app: the bench database, Redis db, temp outbox, limits high.

    ``APP_ENV`` is removed (development settings: cookies work over plain http).
    """
    env = {k: v for k, v in os.environ.items() if k not in ("APP_ENV", "FLASK_APP")}
    env.update(
        DATABASE_URL=db_url,
        REDIS_URL=REDIS_URL,
        RQ_QUEUE="bench",
        SECRET_KEY="bench-secret-not-for-production",  # noqa: S106 (local benchmark only)
        MAIL_OUTBOX_DIR=str(workdir / "outbox"),
        BUNDLE_DIR=str(workdir / "bundles"),
        RATELIMIT_KEY_PREFIX="w4rbench",
        RATELIMIT_POST=UNTHROTTLED,
        RATELIMIT_PER_EMAIL=UNTHROTTLED,
        RATELIMIT_LOGIN=UNTHROTTLED,
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


def flask_cli(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    """Run ``flask --app wsgi ARGS`` with ``env``; returns its output, raises on failure."""
    done = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "wsgi", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode:
        raise BenchError(f"flask {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def prepare_app(workdir: Path, name: str = DB_NAME) -> dict[str, str]:
    """A fresh, migrated database with the demo campaign, and a flushed Redis db; the env."""
    check_services()
    flush_redis()
    url = fresh_database(name)
    env = app_env(url, workdir)
    say(f"fresh database {name}: migrating and loading the demo campaign")
    flask_cli(env, "db", "upgrade")
    flask_cli(env, "demo", "load")
    return env


@contextmanager
def workdir(prefix: str) -> Iterator[Path]:
    """A temporary folder removed afterwards (outbox, bundles, wrk scripts, logs)."""
    path = Path(tempfile.mkdtemp(prefix=f"w4r-bench-{prefix}-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# --- gunicorn -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop_process_group(proc: subprocess.Popen[Any], grace: float = 10) -> None:
    """SIGTERM the process's group, then SIGKILL it if it is still there after ``grace`` s."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=grace)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=grace)


@contextmanager
def gunicorn(app: str, env: dict[str, str], logdir: Path, ready_path: str = "/") -> Iterator[str]:
    """Serve ``app`` (e.g. ``wsgi:app``) with the pinned settings; yields the base URL.

    The server runs in its own process group, stopped on the way out whatever happens.
    """
    port = free_port()
    log_path = logdir / f"gunicorn-{port}.log"
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        *GUNICORN_ARGS,
        "-b",
        f"127.0.0.1:{port}",
        app,
    ]
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise BenchError(f"gunicorn {app} exited:\n{log_path.read_text()[-3000:]}")
            try:
                if request(base, "GET", ready_path).status < 500:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise BenchError(f"gunicorn {app} did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        stop_process_group(proc)
        errors = [
            line
            for line in log_path.read_text(errors="replace").splitlines()
            if "Traceback" in line or "[ERROR]" in line
        ]
        if errors:
            say(f"gunicorn {app} logged {len(errors)} error lines, e.g. {errors[0]}")


# --- a small HTTP client for set-up and sequential timings ---------------------------------------


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str

    def cookies(self) -> dict[str, str]:
        found = {}
        for header in self.headers.get_all("Set-Cookie") or []:
            name, _, value = header.split(";", 1)[0].partition("=")
            found[name.strip()] = value.strip()
        return found


def cookie_header(cookies: dict[str, str]) -> str:
    return "; ".join(f"{k}={v}" for k, v in cookies.items())


def request(
    base: str,
    method: str,
    path: str,
    body: str | None = None,
    cookies: dict[str, str] | None = None,
    connection: http.client.HTTPConnection | None = None,
) -> Response:
    """One request; pass ``connection`` to reuse a keep-alive connection."""
    conn = connection or http.client.HTTPConnection(base.removeprefix("http://"), timeout=30)
    headers = {}
    if cookies:
        headers["Cookie"] = cookie_header(cookies)
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        return Response(resp.status, resp.headers, resp.read().decode("utf-8", "replace"))
    finally:
        if connection is None:
            conn.close()


def csrf_token(html: str) -> str:
    """The ``csrf_token`` hidden field's value in a page."""
    for tag in re.findall(r"<input[^>]*>", html):
        if 'name="csrf_token"' in tag:
            match = re.search(r'value="([^"]+)"', tag)
            if match:
                return match.group(1)
    raise BenchError("no csrf_token field on the page")


def log_in(base: str, email: str, password: str) -> dict[str, str]:
    """Sign in through /login as a browser would; returns the signed-in session cookies."""
    page = request(base, "GET", "/login")
    cookies = page.cookies()
    from urllib.parse import urlencode

    form = urlencode({"csrf_token": csrf_token(page.body), "email": email, "password": password})
    done = request(base, "POST", "/login", body=form, cookies=cookies)
    if done.status != 302:
        raise BenchError(f"sign-in as {email} failed: HTTP {done.status}")
    cookies.update(done.cookies())
    return cookies


# --- wrk ----------------------------------------------------------------------------------------

# Appended to every wrk script: prints one JSON line with the run's figures (times in µs).
# A script may define extra_json() returning ', "key": value...' to add its own counters.
REPORT_LUA = r"""
function done(summary, latency, requests)
  local e = summary.errors
  local extra = ""
  if extra_json then extra = extra_json() end
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, ' ..
    '"write": %d, "status": %d, "timeout": %d, "p50": %.0f, "p95": %.0f, "p99": %.0f, ' ..
    '"max": %.0f%s}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, extra))
end
"""


def require_wrk() -> str:
    """The path of wrk, or a clear message on how to install it."""
    path = shutil.which("wrk")
    if path is None:
        raise BenchError(
            "wrk (the HTTP load generator) is not installed: `apt-get install -y wrk` "
            "(Debian/Ubuntu), then run the benchmarks again"
        )
    return path


def run_wrk(
    url: str,
    scriptdir: Path,
    seconds: int = SECONDS,
    connections: int = CONNECTIONS,
    script: str = "",
    args: Sequence[str] = (),
    headers: Sequence[str] = (),
) -> Load:
    """Load ``url`` for ``seconds`` with ``connections`` connections (one wrk thread each).

    One connection per wrk thread keeps each thread's requests and responses in
    order, which the signing script relies on to match responses to e-mails.
    """
    wrk = require_wrk()
    script_path = scriptdir / f"wrk-{time.monotonic_ns()}.lua"
    script_path.write_text(script + REPORT_LUA)
    command = [wrk, "-t", str(connections), "-c", str(connections), "-d", f"{seconds}s"]
    command += ["--timeout", "10s", "-s", str(script_path)]
    for header in headers:
        command += ["-H", header]
    command += [url, "--", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH_JSON ")), None)
    if done.returncode or line is None:
        raise BenchError(f"wrk failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    data = json.loads(line.removeprefix("BENCH_JSON "))
    errors = {k: data.pop(k) for k in ("connect", "read", "write", "timeout", "status")}
    return Load(
        requests=data.pop("requests"),
        seconds=data.pop("duration_us") / 1e6,
        p50_ms=data.pop("p50") / 1000,
        p95_ms=data.pop("p95") / 1000,
        p99_ms=data.pop("p99") / 1000,
        max_ms=data.pop("max") / 1000,
        errors={k: v for k, v in errors.items() if v},
        extra=data,
    )


def measure(url: str, scriptdir: Path, label: str, **kwargs: Any) -> Load:
    """A short warm-up run, then the measured run; prints the figures."""
    run_wrk(url, scriptdir, seconds=WARMUP_SECONDS, **kwargs)
    load = run_wrk(url, scriptdir, **kwargs)
    say(f"{label}: {load.summary()}")
    return load
