# SPDX-License-Identifier: GPL-3.0-or-later
"""Every create, update and delete is written to the audit chain automatically.

Hooked on the session factory, so no service can forget to audit a change: the
entries are inserted in the same transaction as the change, and the header
anchor is moved forward once that transaction has committed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from defenderdoc.errors import DefenderDocError
from defenderdoc.vault.audit import AuditWriter
from defenderdoc.vault.models import AuditEntry

if TYPE_CHECKING:
    from defenderdoc.vault.vault import Vault

_WRITER = "audit_writer"


class ReadOnlySessionError(DefenderDocError):
    code = "internal"
    message = "Internal error: a change was made in a read-only session."


def _ref(obj: object) -> tuple[str, object]:
    """(entity, id) for an audited row; child rows are named by their parent incident."""
    table = getattr(obj, "__tablename__", type(obj).__name__.lower())
    ident = getattr(obj, "id", None)
    if ident is None:
        ident = getattr(obj, "incident_id", None)
    return table, ident


def writer_for(session: Session, vault: Vault) -> AuditWriter:
    writer = session.info.get(_WRITER)
    if writer is None:
        writer = vault.audit_writer()
        session.info[_WRITER] = writer
    return writer


def record_event(
    session: Session,
    vault: Vault,
    action: str,
    entity: str,
    entity_id: object = None,
    *,
    details: dict[str, Any] | None = None,
) -> None:
    """Audit something that is not a row change (an export, a verify, a backup)."""
    writer_for(session, vault).append(session.connection(), action, entity, entity_id, details)


def install_audit_hooks(factory: sessionmaker[Session], vault: Vault) -> None:
    @event.listens_for(factory, "after_flush")
    def _after_flush(session: Session, _ctx: object) -> None:
        changes: list[tuple[str, object, dict[str, Any]]] = []
        for obj in session.new:
            changes.append(("create", obj, {}))
        for obj in session.dirty:
            if isinstance(obj, AuditEntry) or not session.is_modified(obj):
                continue
            state = inspect(obj)
            fields = sorted(a.key for a in state.attrs if a.history.has_changes())
            if fields:
                changes.append(("update", obj, {"fields": fields}))
        for obj in session.deleted:
            changes.append(("delete", obj, {}))
        if not changes:
            return
        if not session.info.get("write"):
            raise ReadOnlySessionError
        writer = writer_for(session, vault)
        conn = session.connection()
        for action, obj, details in changes:
            entity, ident = _ref(obj)
            writer.append(conn, action, entity, ident, details)

    @event.listens_for(factory, "after_commit")
    def _after_commit(session: Session) -> None:
        writer = session.info.pop(_WRITER, None)
        if writer is not None and writer.last_seq > 0:
            vault.anchor_audit_head(writer.last_seq, writer.last_mac)

    @event.listens_for(factory, "after_soft_rollback")
    def _after_rollback(session: Session, _previous: object) -> None:
        session.info.pop(_WRITER, None)
