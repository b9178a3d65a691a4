# SPDX-License-Identifier: GPL-3.0-or-later
"""Initial schema: records, consent, evidence, export log, audit chain and full-text index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


FTS_STATEMENTS = (
    # A separate FTS5 table (not external-content) so the index can never point
    # at a stale row; it lives inside the encrypted database like everything else.
    "CREATE VIRTUAL TABLE incident_fts USING fts5("
    "title, narrative, location, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER incident_fts_insert AFTER INSERT ON incident BEGIN "
    "INSERT INTO incident_fts(rowid, title, narrative, location) VALUES (new.id, new.title, "
    "coalesce(new.narrative, ''), coalesce(new.region, '') || ' ' || coalesce(new.place, '')); END",
    "CREATE TRIGGER incident_fts_update AFTER UPDATE OF title, narrative, region, place "
    "ON incident BEGIN "
    "UPDATE incident_fts SET title = new.title, narrative = coalesce(new.narrative, ''), "
    "location = coalesce(new.region, '') || ' ' || coalesce(new.place, '') "
    "WHERE rowid = new.id; END",
    "CREATE TRIGGER incident_fts_delete AFTER DELETE ON incident BEGIN "
    "DELETE FROM incident_fts WHERE rowid = old.id; END",
)
FTS_DROP = (
    "DROP TRIGGER IF EXISTS incident_fts_delete",
    "DROP TRIGGER IF EXISTS incident_fts_update",
    "DROP TRIGGER IF EXISTS incident_fts_insert",
    "DROP TABLE IF EXISTS incident_fts",
)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("mac", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    op.create_table(
        "custom_term",
        sa.Column("vocabulary", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column("parent", sa.String(length=80), nullable=True),
        sa.Column("label", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("vocabulary", "code", name=op.f("pk_custom_term")),
    )
    op.create_table(
        "export_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=False),
        sa.Column("template", sa.String(length=40), nullable=False),
        sa.Column("profile", sa.Text(), nullable=False),
        sa.Column("incident_ids", sa.Text(), nullable=False),
        sa.Column("person_ids", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_export_log_exported_at"), ["exported_at"], unique=False
        )

    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("org_type", sa.String(length=40), nullable=True),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_name"), ["name"], unique=False)

    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=True),
        sa.Column("region", sa.Text(), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("location_precision", sa.String(length=20), nullable=False),
        sa.Column("migration_stage", sa.String(length=40), nullable=True),
        sa.Column("setting", sa.String(length=40), nullable=True),
        sa.Column("narrative", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("reprisal_export_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reprisal_export_id"],
            ["export_log.id"],
            name=op.f("fk_incident_reprisal_export_id_export_log"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_country"), ["country"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_incident_migration_stage"), ["migration_stage"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_incident_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_incident_status"), ["status"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("legal_name", sa.Text(), nullable=True),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("age_group", sa.String(length=40), nullable=True),
        sa.Column("gender_identity", sa.String(length=40), nullable=True),
        sa.Column("sex_characteristics", sa.String(length=40), nullable=True),
        sa.Column("sexual_orientation", sa.String(length=40), nullable=True),
        sa.Column("disability", sa.String(length=40), nullable=True),
        sa.Column("migration_status", sa.String(length=40), nullable=True),
        sa.Column("nationality", sa.String(length=8), nullable=True),
        sa.Column("ethnicity", sa.Text(), nullable=True),
        sa.Column("indigenous_identity", sa.String(length=40), nullable=True),
        sa.Column("religion", sa.String(length=40), nullable=True),
        sa.Column("pregnancy_status", sa.String(length=40), nullable=True),
        sa.Column("occupation_sector", sa.String(length=40), nullable=True),
        sa.Column("languages", sa.Text(), nullable=True),
        sa.Column("activities", sa.Text(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_pseudonym"), ["pseudonym"], unique=False)

    op.create_table(
        "authority_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("acted_on", sa.Date(), nullable=True),
        sa.Column("authority", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("response", sa.String(length=40), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_authority_action_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authority_action")),
    )
    with op.batch_alter_table("authority_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_authority_action_incident_id"), ["incident_id"], unique=False
        )

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("use", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=40), nullable=True),
        sa.Column("obtained_by", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_consent_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_person_id"), ["person_id"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("original_name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("mime", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256_original", sa.String(length=64), nullable=False),
        sa.Column("sha256_derivative", sa.String(length=64), nullable=True),
        sa.Column("blob_original", sa.String(length=32), nullable=True),
        sa.Column("blob_derivative", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("report", sa.Text(), nullable=True),
        sa.Column("redactions", sa.Text(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("importer", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_evidence_incident_id_incident"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "followup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("followup_type", sa.String(length=80), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_followup_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup")),
    )
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followup_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "incident_type",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_incident_type_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "code", name=op.f("pk_incident_type")),
    )
    with op.batch_alter_table("incident_type", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_type_code"), ["code"], unique=False)

    op.create_table(
        "perpetrator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("perpetrator_type", sa.String(length=80), nullable=False),
        sa.Column("state_link", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("attribution_basis", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_perpetrator_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_perpetrator")),
    )
    with op.batch_alter_table("perpetrator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_perpetrator_incident_id"), ["incident_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_perpetrator_perpetrator_type"), ["perpetrator_type"], unique=False
        )

    op.create_table(
        "risk_assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("threats", sa.Text(), nullable=True),
        sa.Column("vulnerabilities", sa.Text(), nullable=True),
        sa.Column("capacities", sa.Text(), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("assessor", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_risk_assessment_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_risk_assessment_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_assessment")),
    )
    with op.batch_alter_table("risk_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_risk_assessment_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_risk_assessment_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("reliability", sa.String(length=40), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_source_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
    )
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_incident_id"), ["incident_id"], unique=False)

    op.create_table(
        "victim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incident.id"],
            name=op.f("fk_victim_incident_id_incident"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_victim_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_victim_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_victim")),
    )
    with op.batch_alter_table("victim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_victim_incident_id"), ["incident_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_victim_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_victim_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            "ix_victim_person_incident", ["person_id", "incident_id"], unique=False
        )

    for statement in FTS_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in FTS_DROP:
        op.execute(statement)
    with op.batch_alter_table("victim", schema=None) as batch_op:
        batch_op.drop_index("ix_victim_person_incident")
        batch_op.drop_index(batch_op.f("ix_victim_person_id"))
        batch_op.drop_index(batch_op.f("ix_victim_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_victim_incident_id"))

    op.drop_table("victim")
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_source_incident_id"))

    op.drop_table("source")
    with op.batch_alter_table("risk_assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_risk_assessment_person_id"))
        batch_op.drop_index(batch_op.f("ix_risk_assessment_organisation_id"))

    op.drop_table("risk_assessment")
    with op.batch_alter_table("perpetrator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_perpetrator_perpetrator_type"))
        batch_op.drop_index(batch_op.f("ix_perpetrator_incident_id"))

    op.drop_table("perpetrator")
    with op.batch_alter_table("incident_type", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_type_code"))

    op.drop_table("incident_type")
    with op.batch_alter_table("followup", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_incident_id"))

    op.drop_table("followup")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_incident_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_person_id"))

    op.drop_table("consent")
    with op.batch_alter_table("authority_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_authority_action_incident_id"))

    op.drop_table("authority_action")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_pseudonym"))

    op.drop_table("person")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_status"))
        batch_op.drop_index(batch_op.f("ix_incident_start_date"))
        batch_op.drop_index(batch_op.f("ix_incident_migration_stage"))
        batch_op.drop_index(batch_op.f("ix_incident_country"))

    op.drop_table("incident")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_name"))

    op.drop_table("organisation")
    op.drop_table("meta")
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_export_log_exported_at"))

    op.drop_table("export_log")
    op.drop_table("custom_term")
    op.drop_table("audit_log")
