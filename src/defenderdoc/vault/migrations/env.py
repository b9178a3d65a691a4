# SPDX-License-Identifier: GPL-3.0-or-later
"""Alembic environment: always uses the connection the vault hands over."""

from __future__ import annotations

from alembic import context

from defenderdoc.vault.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - never run from the alembic CLI
    raise RuntimeError("Migrations run only inside DefenderDoc on an unlocked vault.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
