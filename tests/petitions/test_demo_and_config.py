"""The demo campaign loads idempotently; configuration is safe by default."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import sqlalchemy as sa
from flask import Flask

from config import ProductionConfig, TestConfig, database_url
from petitions.extensions import db
from petitions.models import Case, Petition, SuggestedMessage

DEMO_SLUGS = {
    "chow-hang-tung",
    "vahid-afkari",
    "mamombe-marova-chimbiri",
    "shahnewaz-chowdhury",
    "dorgelesse-nguessan",
    "luis-manuel-otero-alcantara",
    "zineb-redouane",
    "nasser-zefzafi",
    "yren-rotela-mariana-sepulveda",
    "aleksandra-skochilenko",
}


def test_demo_load_is_idempotent_and_keeps_counts(ctx: Flask) -> None:
    runner = ctx.test_cli_runner()
    first = runner.invoke(args=["demo", "load"])
    assert first.exit_code == 0, first.output
    assert "10 cases created" in first.output
    db.session.execute(sa.update(Petition).values(signature_count=5))
    db.session.commit()
    second = runner.invoke(args=["demo", "load"])
    assert "0 cases created, 10 updated" in second.output
    assert set(db.session.scalars(sa.select(Case.slug))) == DEMO_SLUGS
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Petition)) == 10
    assert set(db.session.scalars(sa.select(Petition.signature_count))) == {5}
    suggestions = db.session.scalar(sa.select(sa.func.count()).select_from(SuggestedMessage))
    runner.invoke(args=["demo", "load"])
    assert (
        db.session.scalar(sa.select(sa.func.count()).select_from(SuggestedMessage)) == suggestions
    )


def test_demo_cases_have_their_languages(ctx: Flask) -> None:
    ctx.test_cli_runner().invoke(args=["demo", "load"])
    chow = db.session.scalars(sa.select(Case).where(Case.slug == "chow-hang-tung")).one()
    assert chow.languages == ["en", "zh"]
    assert chow.petition is not None
    for case in db.session.scalars(sa.select(Case)):
        assert all(s.language in case.languages for s in case.suggested_messages)


def test_demo_pages_render(ctx: Flask) -> None:
    ctx.test_cli_runner().invoke(args=["demo", "load"])
    client = ctx.test_client()
    assert "Write for Rights 2022" in client.get("/").get_data(as_text=True)
    for slug in DEMO_SLUGS:
        page = client.get(f"/cases/{slug}")
        assert page.status_code == 200, slug


def test_production_refuses_to_start_without_secret_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        ProductionConfig()
    monkeypatch.setenv("SECRET_KEY", "s3cret")
    assert ProductionConfig().SECRET_KEY == "s3cret"


def test_database_url_defaults_to_sqlite_and_routes_postgres_to_psycopg() -> None:
    assert database_url(None).startswith("sqlite:///")
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_worker_command_explains_that_it_needs_redis(ctx: Flask) -> None:
    result = ctx.test_cli_runner().invoke(args=["worker", "--burst"])
    assert result.exit_code != 0
    assert "REDIS_URL" in result.output


def test_without_a_secret_key_one_is_made_once_and_kept_private(tmp_path: Path) -> None:
    from petitions import create_app

    key_file = tmp_path / "secret_key"
    settings = {"SECRET_KEY": None, "SECRET_KEY_FILE": str(key_file)}
    first = create_app(TestConfig, settings)
    second = create_app(TestConfig, settings)
    assert first.secret_key == second.secret_key == key_file.read_text()
    assert len(first.secret_key) >= 64
    assert "default" not in first.secret_key
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert (
        create_app(
            TestConfig, {"SECRET_KEY": None, "SECRET_KEY_FILE": str(tmp_path / "other")}
        ).secret_key
        != first.secret_key
    )


def test_the_environment_key_wins_and_nothing_is_written(tmp_path: Path) -> None:
    from petitions import create_app

    key_file = tmp_path / "secret_key"
    app = create_app(
        TestConfig, {"SECRET_KEY": "from-the-environment", "SECRET_KEY_FILE": str(key_file)}
    )
    assert app.secret_key == "from-the-environment"
    assert not key_file.exists()
