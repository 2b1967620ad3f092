"""The rq worker: runs jobs inside the app context and sweeps the outbox."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from flask import Flask, current_app
from rq import Queue, SimpleWorker
from rq.job import Job
from rq.serializers import JSONSerializer

from petitions.extensions import db
from petitions.jobs import expire_unconfirmed, reconcile_counts
from petitions.queue import alive_key, enqueue_now, redis_connection, sweep_outbox

log = logging.getLogger(__name__)


class AppWorker(SimpleWorker):
    """An rq worker that runs the jobs in its own process, each in a fresh app context.

    rq's default worker forks a work horse for every job: isolation, at the price of a fork
    and of every per-process cache for every job (the screening engine's language models
    take a second to load: a forking worker screened about one message a second). Our jobs
    take ids, keep no state and are safe to run twice, so they run here, one after another,
    each with its own app context and database session, removed afterwards.
    """

    def __init__(self, *args: Any, app: Flask, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.app = app

    def execute_job(self, job: Job, queue: Queue) -> None:
        with self.app.app_context():
            try:
                super().execute_job(job, queue)
            finally:
                db.session.remove()


def sweeper(app: Flask, stop: threading.Event) -> None:
    """Hand leftover outbox rows to rq every few seconds; now and then reconcile counters
    and delete what nobody confirmed in time."""
    every = app.config["OUTBOX_SWEEP_SECONDS"]
    reconcile_every = app.config["RECONCILE_EVERY_SECONDS"]
    last_reconcile = time.monotonic()
    while not stop.wait(every):
        with app.app_context():
            try:
                sweep_outbox()
                if time.monotonic() - last_reconcile >= reconcile_every:
                    enqueue_now(reconcile_counts)
                    enqueue_now(expire_unconfirmed)
                    last_reconcile = time.monotonic()
            except Exception:
                db.session.rollback()
                log.exception("outbox sweep failed; retrying")
            finally:
                db.session.remove()


def keep_alive(app: Flask, name: str, stop: threading.Event) -> None:
    """Renew the worker's sign of life in Redis while it runs (jobs included: rq's own
    heartbeats stop while a job runs in this process)."""
    seconds = app.config["WORKER_ALIVE_SECONDS"]
    with app.app_context():
        connection = redis_connection()
        key = alive_key(name)
        while True:
            try:
                connection.set(key, "1", ex=seconds)
            except Exception:
                log.exception("could not renew the worker's sign of life")
            if stop.wait(seconds / 3):
                break
        try:
            connection.delete(key)
        except Exception:
            log.exception("could not clear the worker's sign of life")


def run_worker(burst: bool = False) -> bool:
    """Run an rq worker on the app's queue until stopped (or, with ``burst``, until empty)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    connection = redis_connection()
    if connection is None:
        raise RuntimeError("REDIS_URL is not set: jobs run in-process, no worker is needed")
    queue = Queue(app.config["RQ_QUEUE"], connection=connection, serializer=JSONSerializer)
    stop = threading.Event()
    thread = threading.Thread(target=sweeper, args=(app, stop), name="outbox-sweeper", daemon=True)
    thread.start()
    try:
        worker = AppWorker([queue], connection=connection, serializer=JSONSerializer, app=app)
        alive = threading.Thread(
            target=keep_alive, args=(app, worker.name, stop), name="alive", daemon=True
        )
        alive.start()
        return worker.work(burst=burst, with_scheduler=True)
    finally:
        stop.set()
