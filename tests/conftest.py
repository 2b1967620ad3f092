"""Fixtures: the app on SQLite by default, or on PostgreSQL + Redis from the environment.

``TEST_DATABASE_URL`` (a PostgreSQL server URL) and ``TEST_REDIS_URL`` select the
production backends; each xdist worker gets a database of its own, migrated
once per session. Tests commit for real (a real worker process must see their
rows) and every table is emptied after each test.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy.engine import make_url

from config import TestConfig, database_url
from petitions import create_app
from petitions.extensions import db, limiter

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("TEST_DATABASE_URL")
REDIS_URL = os.environ.get("TEST_REDIS_URL")


def pytest_report_header(config: pytest.Config) -> str:
    database = "PostgreSQL" if PG_URL else "SQLite"
    redis = "Redis + real rq worker" if REDIS_URL else "jobs in-process (no Redis)"
    return f"backends: {database}, {redis}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if REDIS_URL:
        return
    skip = pytest.mark.skip(reason="needs TEST_REDIS_URL: runs in the PostgreSQL + Redis pass")
    for item in items:
        if "redis" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def worker_id_suffix(request: pytest.FixtureRequest) -> str:
    return getattr(request.config, "workerinput", {}).get("workerid", "main")


@contextmanager
def empty_database(name: str, folder: Path) -> Iterator[str]:
    """A new, empty database (PostgreSQL from TEST_DATABASE_URL, else SQLite), dropped after."""
    if not PG_URL:
        yield f"sqlite:///{folder / (name + '.sqlite3')}"
        return
    base = make_url(database_url(PG_URL))
    admin = sa.create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def database_uri(tmp_path_factory: pytest.TempPathFactory, worker_id_suffix: str) -> Iterator[str]:
    """A migrated, empty database for this test process."""
    with empty_database(f"w4r_test_{worker_id_suffix}", tmp_path_factory.mktemp("db")) as uri:
        app = create_app(TestConfig, {"SQLALCHEMY_DATABASE_URI": uri})
        with app.app_context():
            from flask_migrate import upgrade

            upgrade()
            db.engine.dispose()
        yield uri


@pytest.fixture
def make_app(database_uri: str, tmp_path: Path, worker_id_suffix: str) -> Iterator[Any]:
    """Build apps on the test database; every table is emptied afterwards."""
    built: list[Flask] = []

    def factory(**overrides: Any) -> Flask:
        settings = {
            "SQLALCHEMY_DATABASE_URI": database_uri,
            "MAIL_OUTBOX_DIR": str(tmp_path / "outbox"),
            "BUNDLE_DIR": str(tmp_path / "bundles"),
            "RQ_QUEUE": f"test-{worker_id_suffix}",
            "RATELIMIT_KEY_PREFIX": f"test-{worker_id_suffix}",
        }
        settings.update(overrides)
        # Flask-Limiter's module-level limiter keeps the first app's key prefix;
        # tests build many apps, so let each one set its own.
        limiter._key_prefix = ""
        app = create_app(TestConfig, settings)
        built.append(app)
        return app

    yield factory
    for app in built:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
    if built:
        _empty_tables(built[0])


def _empty_tables(app: Flask) -> None:
    with app.app_context():
        with db.engine.begin() as conn:
            for table in reversed(db.metadata.sorted_tables):
                conn.execute(table.delete())
        db.engine.dispose()


@pytest.fixture
def app(make_app: Any) -> Flask:
    return make_app()


@pytest.fixture
def ctx(app: Flask) -> Iterator[Flask]:
    """The app with an app context pushed, for service tests."""
    with app.app_context():
        yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def outbox(tmp_path: Path) -> Any:
    """Read the ``.eml`` files the app wrote, oldest first."""
    from email import message_from_bytes, policy

    folder = tmp_path / "outbox"

    def read() -> list[Any]:
        files = sorted(folder.glob("*.eml")) if folder.exists() else []
        return [message_from_bytes(f.read_bytes(), policy=policy.default) for f in files]

    return read


@pytest.fixture
def redis_url(worker_id_suffix: str) -> Iterator[str]:
    """Redis for this test, with this process's queue emptied before and after."""
    assert REDIS_URL, "the redis marker skips this test without TEST_REDIS_URL"
    from redis import Redis
    from rq import Queue

    connection = Redis.from_url(REDIS_URL)
    queue = Queue(f"test-{worker_id_suffix}", connection=connection)

    def empty() -> None:
        queue.empty()
        # A job a killed worker left started is forgotten with its registry.
        connection.delete(queue.started_job_registry.key)
        for registry in (queue.scheduled_job_registry, queue.failed_job_registry):
            for job_id in registry.get_job_ids():
                try:
                    registry.remove(job_id, delete_job=True)
                except ValueError:
                    # A job a killed worker abandoned has no execution record left: rq
                    # cannot delete it the usual way.
                    registry.remove(job_id)
                    connection.delete(f"rq:job:{job_id}")

    empty()
    yield REDIS_URL
    empty()
    connection.close()


def _worker_env(
    database_uri: str, redis_url: str, queue: str, tmp_path: Path, settings: dict[str, str]
) -> dict[str, str]:
    """The environment of a real worker process over this test's database and queue."""
    env = {
        **os.environ,
        "DATABASE_URL": database_uri,
        "REDIS_URL": redis_url,
        "RQ_QUEUE": queue,
        "MAIL_OUTBOX_DIR": str(tmp_path / "outbox"),
        "SECRET_KEY": TestConfig.SECRET_KEY,
        "BASE_URL": TestConfig.BASE_URL,
        **settings,
    }
    if "MAIL_URL" not in settings:
        env.pop("MAIL_URL", None)
    return env


WORKER_COMMAND = [sys.executable, "-m", "flask", "--app", "wsgi", "worker", "--burst"]


@pytest.fixture
def rq_worker(database_uri: str, tmp_path: Path, worker_id_suffix: str, redis_url: str) -> Any:
    """Run a real ``flask worker --burst`` process over the test queue."""

    def run(timeout: float = 60, **settings: str) -> subprocess.CompletedProcess[str]:
        """One burst of a worker; ``settings`` are more environment variables for it."""
        env = _worker_env(database_uri, redis_url, f"test-{worker_id_suffix}", tmp_path, settings)
        return subprocess.run(
            WORKER_COMMAND,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return run


@pytest.fixture
def worker_to_kill(
    database_uri: str, tmp_path: Path, worker_id_suffix: str, redis_url: str
) -> Iterator[Any]:
    """Start a real worker process in its own process group, to be killed mid-job
    (``kill()``: SIGKILL to the group); it is killed at the end in any case."""
    started: list[subprocess.Popen[bytes]] = []

    def start(**settings: str) -> subprocess.Popen[bytes]:
        env = _worker_env(database_uri, redis_url, f"test-{worker_id_suffix}", tmp_path, settings)
        worker = subprocess.Popen(
            WORKER_COMMAND,
            cwd=ROOT,
            env=env,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        started.append(worker)
        return worker

    def kill() -> None:
        for worker in started:
            try:
                os.killpg(worker.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it had ended already
            worker.wait()

    start.kill = kill  # type: ignore[attr-defined]
    yield start
    kill()
