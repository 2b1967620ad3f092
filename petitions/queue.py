"""Jobs plumbing: the registry of job functions, the outbox, and dispatch.

Work that must happen after a commit is recorded as an ``OutboxJob`` row in
the same transaction (``record_job``). After the commit, ``commit_and_dispatch``
hands it to rq, or, in the embedded default without ``REDIS_URL``, runs the
same function in-process. When Redis is down the row simply stays undispatched
and the worker's sweeper (``sweep_outbox``) hands it over later: a Redis
outage delays work, never loses it. Jobs take ids and are safe to run twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, ParamSpec, TypeVar

import sqlalchemy as sa
from flask import current_app
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue, Retry
from rq.serializers import JSONSerializer

from petitions.database import utcnow
from petitions.extensions import db
from petitions.models import OutboxJob

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

# Every function that may run as a job, by dotted path: nothing else is ever run.
JOBS: dict[str, Callable[..., Any]] = {}
_PENDING = "outbox_pending"
JOB_RETRY_INTERVALS = [10, 60, 300, 900]
# The sweeper leaves younger rows to the request that wrote them.
SWEEP_MIN_AGE = timedelta(seconds=5)


def job(func: Callable[P, R]) -> Callable[P, R]:
    """Register a job function; its arguments must be JSON values (ids, not objects)."""
    JOBS[f"{func.__module__}.{func.__qualname__}"] = func
    return func


def job_path(func: Callable[..., Any]) -> str:
    path = f"{func.__module__}.{func.__qualname__}"
    if JOBS.get(path) is not func:
        raise ValueError(f"{path} is not a registered job")
    return path


def record_job(
    func: Callable[..., Any], *args: Any, not_before: datetime | None = None
) -> OutboxJob:
    """Add a job to the current transaction's outbox; it runs only if the transaction commits.

    With ``not_before`` the job is not handed over after the commit: the row's
    ``created_at`` is set to that time, and the sweeper (which takes rows only
    once they are a few seconds old) hands it over when it is due. The row is in
    the database from the commit on, so a delayed job survives restarts like
    any other. In the embedded default there is no sweeper: a timer in this
    process wakes up once the job is due (``flask --app wsgi outbox dispatch``
    runs it too, if the process ended first).
    """
    row = OutboxJob(func=job_path(func), args=list(args))
    if not_before is not None:
        row.created_at = not_before
        _wake_when_due(not_before)
    else:
        db.session.info.setdefault(_PENDING, []).append(row)
    db.session.add(row)
    return row


def _wake_when_due(due: datetime) -> None:
    """Embedded default only: sweep the outbox in this process once ``due`` has passed.

    Harmless if the transaction rolls back (the sweep finds nothing). Not in tests,
    where a timer would fire into another test's database: they sweep by hand.
    """
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if app.testing or app.config.get("REDIS_URL"):
        return
    delay = (due - utcnow()).total_seconds() + SWEEP_MIN_AGE.total_seconds() + 0.5

    def wake() -> None:
        with app.app_context():
            try:
                sweep_outbox()
            except Exception:
                db.session.rollback()
                log.exception("in-process sweep of delayed jobs failed")
            finally:
                db.session.remove()

    timer = threading.Timer(max(delay, 0.0), wake)
    timer.daemon = True
    timer.start()


def commit_and_dispatch() -> None:
    """Commit the session, then hand the jobs it recorded to the queue (or run them here)."""
    rows: list[OutboxJob] = db.session.info.get(_PENDING, [])
    if rows:
        db.session.flush()
    pending = [(row.id, row.func, list(row.args)) for row in rows]
    db.session.commit()
    db.session.info.pop(_PENDING, None)
    dispatch(pending)


def forget_pending() -> None:
    """Drop recorded jobs of a transaction that was rolled back."""
    db.session.info.pop(_PENDING, None)


def redis_connection() -> Redis | None:
    """The app's Redis connection, or None in the embedded default."""
    url = current_app.config.get("REDIS_URL")
    if not url:
        return None
    ext = current_app.extensions
    if "redis" not in ext:
        ext["redis"] = Redis.from_url(url, socket_timeout=5, socket_connect_timeout=2)
    return ext["redis"]


def get_queue() -> Queue | None:
    """The rq queue jobs go to, or None when jobs run in-process."""
    connection = redis_connection()
    if connection is None:
        return None
    return Queue(current_app.config["RQ_QUEUE"], connection=connection, serializer=JSONSerializer)


def dispatch(pending: list[tuple[int, str, list[Any]]]) -> None:
    """Hand committed outbox rows to rq; without Redis, run them in-process."""
    if not pending:
        return
    queue = get_queue()
    done: list[int] = []
    for outbox_id, func, args in pending:
        if queue is None:
            ok = run_inline(outbox_id, func, args)
        else:
            ok = enqueue_outbox_job(queue, outbox_id, func, args)
        if ok:
            done.append(outbox_id)
    _mark_dispatched(done)


def enqueue_outbox_job(queue: Queue, outbox_id: int, func: str, args: list[Any]) -> bool:
    """Enqueue one outbox row; False (and the row stays for the sweeper) when Redis fails."""
    if func not in JOBS:
        log.error("outbox job %s names an unknown function %s", outbox_id, func)
        return False
    try:
        queue.enqueue(
            func,
            *args,
            job_id=f"outbox-{outbox_id}",
            retry=Retry(max=len(JOB_RETRY_INTERVALS), interval=JOB_RETRY_INTERVALS),
        )
    except RedisError as error:
        log.warning("outbox job %s not dispatched, Redis unavailable: %s", outbox_id, error)
        return False
    return True


def run_inline(outbox_id: int, func: str, args: list[Any]) -> bool:
    """Run a job in this process, as the embedded default does; failures stay in the outbox."""
    try:
        JOBS[func](*args)
    except Exception as error:
        db.session.rollback()
        log.exception("outbox job %s (%s) failed in-process", outbox_id, func)
        db.session.execute(
            sa.update(OutboxJob)
            .where(OutboxJob.id == outbox_id)
            .values(attempts=OutboxJob.attempts + 1, last_error=repr(error)[:2000])
        )
        db.session.commit()
        return False
    return True


def _mark_dispatched(ids: list[int]) -> None:
    if not ids:
        return
    db.session.execute(
        sa.update(OutboxJob)
        .where(OutboxJob.id.in_(ids), OutboxJob.dispatched_at.is_(None))
        .values(dispatched_at=utcnow())
    )
    db.session.commit()


def sweep_outbox(limit: int = 200, min_age: timedelta = SWEEP_MIN_AGE) -> int:
    """Dispatch outbox rows left behind (Redis was down, a process died); returns how many.

    Rows younger than ``min_age`` are left to the request that wrote them; rows
    recorded for later (``record_job(..., not_before=...)``) wait until they are due.
    Several sweepers may run at once: on PostgreSQL each takes rows with
    ``SKIP LOCKED``, and a row handed over twice only runs an idempotent job twice.
    """
    rows = db.session.execute(
        sa.select(OutboxJob.id, OutboxJob.func, OutboxJob.args)
        .where(OutboxJob.dispatched_at.is_(None), OutboxJob.created_at <= utcnow() - min_age)
        .order_by(OutboxJob.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    pending = [(row.id, row.func, list(row.args)) for row in rows]
    if not pending:
        db.session.rollback()
        return 0
    queue = get_queue()
    if queue is None:
        db.session.rollback()
        dispatch(pending)
        return len(pending)
    done = [p[0] for p in pending if enqueue_outbox_job(queue, *p)]
    _mark_dispatched(done)
    return len(done)


def enqueue_now(func: Callable[..., Any], *args: Any) -> None:
    """Run a job that needs no transaction (e.g. a periodic check): queued, or in-process."""
    path = job_path(func)
    queue = get_queue()
    if queue is None:
        func(*args)
    else:
        queue.enqueue(path, *args)
