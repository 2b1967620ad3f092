"""Bundles: approved messages into a ZIP exactly once; staff-only downloads."""

from __future__ import annotations

import hashlib
import io
import json
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from flask import Flask

from delivery.models import Bundle, BundleItem, BundleStatus
from delivery.services.bundles import (
    RequestResult,
    build,
    bundle_path,
    mark_delivered,
    request_bundle,
    retry_bundle,
)
from moderation.models import Message, MessageStatus
from moderation.services.messages import withdraw_message
from petitions.extensions import db
from tests.factories import make_case, make_message, make_user
from tests.helpers import login

TEXTS = {
    "zh": "鄒幸彤，我們記得，我們與你同在。",
    "fa": "وحید عزیز، تو تنها نیستی. ما به یاد تو هستیم.",
    "ru": "Саша, мы помним о тебе и ждём твоего освобождения.",
    "en": "Dear friend, we stand with you every day.",
}


def _approved(case: Any, language: str = "en", **overrides: Any) -> Message:
    return make_message(
        case, status="approved", language=language, text=TEXTS[language], rules=[], **overrides
    )


def _zip(bundle: Bundle) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(bundle_path(bundle).read_bytes()))


def test_bundle_holds_every_approved_message_once_with_verified_checksums(ctx: Flask) -> None:
    case = make_case(languages=["en", "zh", "fa", "ru"])
    wanted = [_approved(case, lang).id for lang in ("zh", "fa", "ru", "en")]
    held = make_message(case, status="held").id
    withdrawn = _approved(case)
    assert withdraw_message(withdrawn.id)
    other_case = _approved(make_case()).id

    result, bundle = request_bundle(case.id)
    assert result is RequestResult.QUEUED
    db.session.refresh(bundle)
    assert bundle.status is BundleStatus.READY, bundle.error
    assert bundle.message_count == 4
    items = set(db.session.scalars(sa.select(BundleItem.message_id)))
    assert items == set(wanted)
    statuses = dict(db.session.execute(sa.select(Message.id, Message.status)).all())
    assert all(statuses[i] is MessageStatus.BUNDLED for i in wanted)
    assert statuses[held] is MessageStatus.HELD
    assert statuses[withdrawn.id] is MessageStatus.WITHDRAWN
    assert statuses[other_case] is MessageStatus.APPROVED

    archive = _zip(bundle)
    names = set(archive.namelist())
    assert {"letters.pdf", "manifest.csv", "manifest.json", "README.txt", "SHA256SUMS"} <= names
    for line in archive.read("SHA256SUMS").decode().splitlines():
        digest, name = line.split(maxsplit=1)
        assert hashlib.sha256(archive.read(name.lstrip("*"))).hexdigest() == digest
    manifest = json.loads(archive.read("manifest.json"))
    rows = manifest["messages"] if isinstance(manifest, dict) else manifest
    by_id = {row["id"]: row for row in rows}
    assert set(by_id) == set(wanted)
    for message in db.session.scalars(sa.select(Message).where(Message.id.in_(wanted))):
        assert by_id[message.id]["text"] == message.text
        assert by_id[message.id]["language"] == message.language
        assert by_id[message.id]["first_name"] == message.first_name
    assert hashlib.sha256(bundle_path(bundle).read_bytes()).hexdigest() == bundle.sha256


def test_building_again_with_nothing_new_makes_no_bundle(ctx: Flask) -> None:
    case = make_case()
    _approved(case)
    request_bundle(case.id)
    result, bundle = request_bundle(case.id)
    assert result is RequestResult.NOTHING_NEW
    assert bundle is None
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Bundle)) == 1


def test_bundle_of_one_language(ctx: Flask) -> None:
    case = make_case(languages=["en", "fa"])
    persian = _approved(case, "fa").id
    english = _approved(case, "en").id
    _, bundle = request_bundle(case.id, language="fa")
    assert set(db.session.scalars(sa.select(BundleItem.message_id))) == {persian}
    assert db.session.get(Message, english).status is MessageStatus.APPROVED
    assert bundle.language == "fa"


def test_concurrent_builds_put_each_message_in_one_bundle(app: Flask) -> None:
    with app.app_context():
        case = make_case()
        ids = [_approved(case).id for _ in range(30)]
        first = request_bundle(case.id, queue_job=False)[1].id
        second = request_bundle(case.id, queue_job=False)[1].id
    barrier = threading.Barrier(2)
    results: dict[int, Any] = {}

    def run(bundle_id: int) -> None:
        with app.app_context():
            barrier.wait()
            results[bundle_id] = build(bundle_id)

    threads = [threading.Thread(target=run, args=(b,)) for b in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with app.app_context():
        items = db.session.scalars(sa.select(BundleItem.message_id)).all()
        assert sorted(items) == sorted(ids), "every message in exactly one bundle"
        statuses = sorted(b.status.value for b in db.session.scalars(sa.select(Bundle)))
        assert statuses in (["failed", "ready"], ["ready", "ready"])
        for bundle in db.session.scalars(sa.select(Bundle)):
            if bundle.status is BundleStatus.FAILED:
                assert "Nothing new" in bundle.error
                assert not bundle_path(bundle).exists() or bundle.message_count == 0


def test_running_the_build_twice_changes_nothing(ctx: Flask) -> None:
    case = make_case()
    _approved(case)
    _, bundle = request_bundle(case.id)
    digest = bundle.sha256
    assert build(bundle.id) is None
    db.session.refresh(bundle)
    assert bundle.sha256 == digest
    assert db.session.scalar(sa.select(sa.func.count()).select_from(BundleItem)) == 1


def test_failed_render_marks_nothing_and_can_be_retried(
    ctx: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    from delivery.services import bundles

    case = make_case()
    message_id = _approved(case).id
    real = bundles.write_bundle_zip

    def broken(*args: Any, **kwargs: Any) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(bundles, "write_bundle_zip", broken)
    result, bundle = request_bundle(case.id)
    db.session.refresh(bundle)
    assert bundle.status is BundleStatus.FAILED
    assert "disk full" in bundle.error
    assert db.session.get(Message, message_id).status is MessageStatus.APPROVED
    assert db.session.scalar(sa.select(sa.func.count()).select_from(BundleItem)) == 0
    monkeypatch.setattr(bundles, "write_bundle_zip", real)
    assert retry_bundle(bundle.id)
    db.session.refresh(bundle)
    assert bundle.status is BundleStatus.READY


def test_delivered_bundle_marks_its_messages_delivered(ctx: Flask) -> None:
    from datetime import date

    case = make_case()
    message_id = _approved(case).id
    _, bundle = request_bundle(case.id)
    assert mark_delivered(bundle.id, date(2026, 12, 10), "handed to the family")
    assert not mark_delivered(bundle.id, date(2026, 12, 11))
    db.session.expire_all()
    assert db.session.get(Message, message_id).status is MessageStatus.DELIVERED
    assert db.session.get(Bundle, bundle.id).status is BundleStatus.DELIVERED
    assert not withdraw_message(message_id), "a delivered message cannot be withdrawn"


def test_downloads_are_for_staff_only(app: Flask) -> None:
    with app.app_context():
        case = make_case()
        _approved(case)
        bundle = request_bundle(case.id)[1]
        bundle_id, digest = bundle.id, bundle.sha256
        moderator, staff = make_user("moderator").email, make_user("staff").email
    url = f"/staff/bundles/{bundle_id}/download"
    anonymous = app.test_client().get(url)
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    mod = app.test_client()
    login(mod, moderator)
    with mod.get(url) as refused:
        assert refused.status_code == 403
    member = app.test_client()
    login(member, staff)
    with member.get(url) as response:
        assert response.status_code == 200
        assert response.headers["X-Checksum-SHA256"] == digest
        assert hashlib.sha256(response.data).hexdigest() == digest
    page = member.get(f"/staff/bundles/{bundle_id}").get_data(as_text=True)
    assert digest in page
    status = member.get(f"/staff/bundles/{bundle_id}/status").get_json()
    assert status["status"] == "ready" and status["done"] == status["total"] == 1


def test_staff_page_builds_a_bundle(app: Flask) -> None:
    with app.app_context():
        case = make_case()
        _approved(case)
        case_id = case.id
        staff = make_user("staff").email
    client = app.test_client()
    login(client, staff)
    response = client.post("/staff/bundles", data={"case": case_id, "paper": "Letter"})
    assert response.status_code == 302
    again = client.post(
        "/staff/bundles", data={"case": case_id, "paper": "A4"}, follow_redirects=True
    )
    assert "Nothing new to bundle" in again.get_data(as_text=True)
    with app.app_context():
        [bundle] = db.session.scalars(sa.select(Bundle)).all()
        assert bundle.paper == "Letter" and bundle.status is BundleStatus.READY


def test_cli_prints_bundle_id_and_zip_path(ctx: Flask) -> None:
    case = make_case()
    _approved(case, "zh")
    runner = ctx.test_cli_runner()
    result = runner.invoke(args=["bundles", "build", case.slug])
    assert result.exit_code == 0, result.output
    first, path = result.output.strip().splitlines()
    assert first.startswith("bundle ") and "1 messages" in first
    assert Path(path).is_file() and path.endswith(".zip")
    again = runner.invoke(args=["bundles", "build", case.slug])
    assert "nothing new" in again.output
    assert runner.invoke(args=["bundles", "build", "nobody"]).exit_code != 0


@pytest.mark.redis
def test_killed_worker_leaves_no_partial_bundle_and_a_retry_completes_it(
    make_app: Any, tmp_path: Path, redis_url: str, rq_worker: Any, worker_to_kill: Any
) -> None:
    app = make_app(
        REDIS_URL=redis_url, BUNDLE_DIR=str(tmp_path / "bundles"), BUNDLE_LEASE_SECONDS=2
    )
    with app.app_context():
        case = make_case(languages=["en", "zh", "fa", "ru"])
        languages = list(TEXTS)
        ids = [_approved(case, languages[i % 4]).id for i in range(1500)]
        bundle_id = request_bundle(case.id)[1].id
    worker_to_kill(BUNDLE_DIR=str(tmp_path / "bundles"), BUNDLE_LEASE_SECONDS="2")
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            with app.app_context():
                bundle = db.session.get(Bundle, bundle_id)
                if bundle.status is BundleStatus.BUILDING and bundle.done > 0:
                    break
                assert bundle.status is not BundleStatus.READY, "too fast to kill: add messages"
            time.sleep(0.05)
        else:
            pytest.fail("the build never started")
    finally:
        worker_to_kill.kill()
    with app.app_context():
        assert db.session.get(Bundle, bundle_id).status is BundleStatus.BUILDING
        assert db.session.scalar(sa.select(sa.func.count()).select_from(BundleItem)) == 0
        bundled = sa.select(sa.func.count()).where(Message.status == MessageStatus.BUNDLED)
        assert db.session.scalar(bundled.select_from(Message)) == 0
        assert not list((tmp_path / "bundles").glob(f"bundle-{bundle_id}-*.zip"))
        assert not retry_bundle(bundle_id), "within the lease the build may still be alive"
        time.sleep(2.5)
        assert retry_bundle(bundle_id), "a build silent for longer than the lease is dead"
    result = rq_worker(240, BUNDLE_DIR=str(tmp_path / "bundles"), BUNDLE_LEASE_SECONDS="2")
    assert result.returncode == 0, result.stderr[-2000:]
    with app.app_context():
        bundle = db.session.get(Bundle, bundle_id)
        assert bundle.status is BundleStatus.READY, bundle.error
        items = db.session.scalars(sa.select(BundleItem.message_id)).all()
        assert sorted(items) == sorted(ids)
        _one_zip_matching_its_checksum(bundle)
        assert not list((tmp_path / "bundles").glob(".*.part")), "the killed build's part file"


def _one_zip_matching_its_checksum(bundle: Bundle) -> None:
    folder = bundle_path(bundle).parent
    files = sorted(p.name for p in folder.glob(f"bundle-{bundle.id}*"))
    assert files == [bundle.file_name], f"one ZIP, the one staff are shown ({folder})"
    digest = hashlib.sha256(bundle_path(bundle).read_bytes()).hexdigest()
    assert digest == bundle.sha256


def _build_with_a_visit(
    monkeypatch: pytest.MonkeyPatch, visit: Callable[[int], None]
) -> tuple[Bundle, BundleStatus | None]:
    """Request a bundle of one message and build it by hand; ``visit(bundle_id)`` runs once,
    while the build renders (what another worker or a staff click does meanwhile)."""
    from delivery.services import bundles

    case = make_case()
    _approved(case)
    real = bundles.write_bundle_zip
    visited: list[int] = []

    def while_rendering(*args: Any, **kwargs: Any) -> str:
        if not visited:
            visited.append(bundle.id)
            visit(bundle.id)
        return real(*args, **kwargs)

    monkeypatch.setattr(bundles, "write_bundle_zip", while_rendering)
    monkeypatch.setattr(bundles, "record_job", lambda *a: None)  # built by hand below
    _, bundle = request_bundle(case.id)
    result = build(bundle.id)
    db.session.refresh(bundle)
    return bundle, result


def test_retry_while_a_build_is_alive_builds_nothing_twice(
    ctx: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Any] = []
    # A second worker and a staff "Retry" arrive mid-build.
    bundle, result = _build_with_a_visit(
        monkeypatch, lambda bundle_id: seen.append((retry_bundle(bundle_id), build(bundle_id)))
    )
    assert result is BundleStatus.READY
    assert seen == [(False, None)], "the live build keeps its bundle"
    _one_zip_matching_its_checksum(bundle)


def test_a_build_that_lost_its_lease_drops_its_file(
    ctx: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from petitions.database import utcnow

    def go_silent_and_be_taken_over(bundle_id: int) -> None:
        db.session.execute(
            sa.update(Bundle)
            .where(Bundle.id == bundle_id)
            .values(heartbeat_at=utcnow() - timedelta(hours=1))
        )
        db.session.commit()
        assert build(bundle_id) is BundleStatus.READY

    bundle, result = _build_with_a_visit(monkeypatch, go_silent_and_be_taken_over)
    assert result is None, "the silent build lost the bundle"
    assert bundle.status is BundleStatus.READY
    _one_zip_matching_its_checksum(bundle)
