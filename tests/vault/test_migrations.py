# SPDX-License-Identifier: GPL-3.0-or-later
"""Migrations run up and down, and the migrated schema equals the models."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from defenderdoc.services import Services
from defenderdoc.vault import migrate
from defenderdoc.vault.models import Base

FTS_TABLES = {
    "incident_fts",
    "incident_fts_data",
    "incident_fts_idx",
    "incident_fts_content",
    "incident_fts_docsize",
    "incident_fts_config",
}


def _plain_engine():  # type: ignore[no-untyped-def]
    return create_engine("sqlite://")


def test_head_schema_equals_models(open_vault: Services) -> None:
    with open_vault.vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = [
            d
            for d in compare_metadata(context, Base.metadata)
            if not (d[0] == "remove_table" and d[1].name in FTS_TABLES)
        ]
    assert diff == []


def test_vault_is_at_head(open_vault: Services) -> None:
    assert migrate.current_revision(open_vault.vault.engine) == migrate.head_revision()


def test_upgrade_downgrade_upgrade() -> None:
    engine = _plain_engine()
    migrate.upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"incident", "person", "consent", "audit_log", "incident_fts"} <= tables
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert set(inspect(engine).get_table_names()) == tables


def test_fts_triggers_follow_changes() -> None:
    engine = _plain_engine()
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO incident (id, title, narrative, date_precision, location_precision, "
            "status, created_at, updated_at) VALUES (1, 'Détention', 'au poste', 'day', 'place', "
            "'documenting', '2026-01-01', '2026-01-01')"
        )
        assert conn.exec_driver_sql(
            "SELECT rowid FROM incident_fts WHERE incident_fts MATCH 'detention'"
        ).all() == [(1,)]
        conn.exec_driver_sql("UPDATE incident SET title = 'Menace' WHERE id = 1")
        assert (
            conn.exec_driver_sql(
                "SELECT rowid FROM incident_fts WHERE incident_fts MATCH 'detention'"
            ).all()
            == []
        )
        conn.exec_driver_sql("DELETE FROM incident WHERE id = 1")
        assert conn.exec_driver_sql("SELECT count(*) FROM incident_fts").scalar() == 0
