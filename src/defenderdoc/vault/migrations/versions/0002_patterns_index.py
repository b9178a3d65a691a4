# SPDX-License-Identifier: GPL-3.0-or-later
"""Index for Patterns cross-tabs over incident-level dimensions.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = ["date_precision", "start_date", "country", "migration_stage", "setting", "status"]


def upgrade() -> None:
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index("ix_incident_patterns", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_patterns")
