"""Migrations build the whole schema from empty, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade

from config import TestConfig
from petitions import create_app
from petitions.extensions import db
from tests.conftest import empty_database


@pytest.fixture
def fresh_database(tmp_path: Path, worker_id_suffix: str) -> Iterator[str]:
    with empty_database(f"w4r_empty_{worker_id_suffix}", tmp_path) as uri:
        yield uri


def test_migrations_from_empty_match_the_models(fresh_database: str) -> None:
    app = create_app(TestConfig, {"SQLALCHEMY_DATABASE_URI": fresh_database})
    with app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
        downgrade(revision="base")
        assert set(sa.inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()
        assert "signatures" in sa.inspect(db.engine).get_table_names()
        db.engine.dispose()
