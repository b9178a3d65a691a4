# SPDX-License-Identifier: GPL-3.0-or-later
"""Migrations run up and down, and the migrated schema equals the models."""

from __future__ import annotations

from pathlib import Path

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


def test_an_old_vault_is_upgraded_on_unlock(tmp_path: Path) -> None:
    """A vault created at revision 0001 opens, upgrades in place and keeps its data."""
    from defenderdoc.domain.records import IncidentDraft
    from defenderdoc.services import Services
    from tests.conftest import PASSPHRASE

    services = Services()
    services.create_vault(tmp_path / "old.ddoc", PASSPHRASE)
    services.add_incident(IncidentDraft(title="Recorded before the upgrade"))
    migrate.downgrade(services.vault.engine, "0001")
    assert migrate.current_revision(services.vault.engine) == "0001"
    services.lock()
    services.unlock(tmp_path / "old.ddoc", PASSPHRASE)
    assert migrate.current_revision(services.vault.engine) == migrate.head_revision()
    assert services.list_incidents()[0].title == "Recorded before the upgrade"
    assert services.verify().ok
    services.lock()
