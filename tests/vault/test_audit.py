# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit chain records every change and detects edits, deletions and truncation."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import delete, update

from defenderdoc.domain.records import ConsentDecision, IncidentDraft, PersonDraft
from defenderdoc.services import Services
from defenderdoc.vault.models import AuditEntry


def _populate(services: Services) -> None:
    pid = services.add_person(PersonDraft(pseudonym="WHRD-Alpha"))
    services.record_consent(pid, ConsentDecision("un", "given", dt.date(2026, 1, 2)))
    iid = services.add_incident(IncidentDraft(title="Threat", types=["threat"]))
    draft = services.get_incident(iid).draft
    draft.title = "Threat by phone"
    services.update_incident(iid, draft)
    services.delete_incident(iid)


def test_every_change_is_audited_without_content(open_vault: Services) -> None:
    _populate(open_vault)
    entries = list(reversed(open_vault.list_audit()))
    actions = [(e.action, e.entity) for e in entries]
    assert ("create", "person") in actions
    assert ("create", "consent") in actions
    assert ("create", "incident") in actions
    assert ("create", "incident_type") in actions
    assert ("update", "incident") in actions
    assert ("delete", "incident") in actions
    update_entry = next(e for e in entries if e.action == "update" and e.entity == "incident")
    assert json.loads(update_entry.details)["fields"] == ["title"]
    assert all(e.actor == "tester" for e in entries)
    text = " ".join(e.details for e in entries)
    assert "WHRD-Alpha" not in text
    assert "Threat" not in text
    assert open_vault.verify().audit_problems == []


def _tamper(services: Services, statement: object) -> list[str]:
    with services.vault.engine.begin() as conn:
        conn.execute(statement)  # type: ignore[call-overload]
    return services.verify().audit_problems


def test_altered_entry_is_detected(open_vault: Services) -> None:
    _populate(open_vault)
    problems = _tamper(
        open_vault, update(AuditEntry).where(AuditEntry.seq == 3).values(actor="someone else")
    )
    assert problems == ["audit entry 3 was altered"]


def test_deleted_middle_entry_is_detected(open_vault: Services) -> None:
    _populate(open_vault)
    problems = _tamper(open_vault, delete(AuditEntry).where(AuditEntry.seq == 2))
    assert problems == ["audit entry 2 is missing"]


def test_truncated_tail_is_caught_by_header_anchor(open_vault: Services) -> None:
    _populate(open_vault)
    last = open_vault.vault.header.audit_seq
    assert last >= 5
    problems = _tamper(open_vault, delete(AuditEntry).where(AuditEntry.seq >= last - 1))
    assert len(problems) == 1
    assert "entries were removed" in problems[0]


def test_anchor_survives_lock_and_unlock(open_vault: Services, vault_path: Path) -> None:
    _populate(open_vault)
    seq = open_vault.vault.header.audit_seq
    open_vault.lock()
    from tests.conftest import PASSPHRASE

    open_vault.unlock(vault_path, PASSPHRASE)
    assert open_vault.vault.header.audit_seq == seq
    assert open_vault.verify().ok


def test_failed_transaction_leaves_no_audit_entry(open_vault: Services) -> None:
    import pytest

    from defenderdoc.errors import InvalidInputError

    before = len(open_vault.list_audit())
    with pytest.raises(InvalidInputError):
        open_vault.add_incident(IncidentDraft(title="x", date_precision="someday"))
    assert len(open_vault.list_audit()) == before
    assert open_vault.verify().ok
