"""The demo campaign loads idempotently; configuration is safe by default."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from flask import Flask

from config import ProductionConfig, database_url
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
