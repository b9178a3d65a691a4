# SPDX-License-Identifier: GPL-3.0-or-later
"""Tamper-evident audit log: an HMAC chain over every change and every export.

Each entry's MAC covers the previous MAC, so editing, reordering or deleting an
entry breaks the chain; the newest (seq, MAC) is also anchored in the key header,
so cutting entries off the end is caught too. Details hold field names and ids,
never record content.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, insert, select

from defenderdoc.vault.models import AuditEntry, utcnow

GENESIS = b"\x00" * 32
_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]


def entry_mac(key: bytes | bytearray, prev: bytes, fields: dict[str, Any]) -> bytes:
    message = prev + json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(bytes(key), message, hashlib.sha256).digest()


def _fields(
    *,
    seq: int,
    at: dt.datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str | None,
    details: str,
) -> dict[str, Any]:
    return {
        "seq": seq,
        "at": at.isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "details": details,
    }


@dataclass
class AuditWriter:
    """Appends entries inside the caller's transaction, continuing the chain."""

    key: bytearray
    actor: str
    last_seq: int = -1
    last_mac: bytes = GENESIS
    _loaded: bool = False

    def _load(self, conn: Connection) -> None:
        row = conn.execute(
            select(_TABLE.c.seq, _TABLE.c.mac).order_by(_TABLE.c.seq.desc()).limit(1)
        ).first()
        self.last_seq, self.last_mac = (row[0], row[1]) if row else (0, GENESIS)
        self._loaded = True

    def append(
        self,
        conn: Connection,
        action: str,
        entity: str,
        entity_id: object = None,
        details: dict[str, Any] | None = None,
    ) -> tuple[int, bytes]:
        if not self._loaded:
            self._load(conn)
        seq = self.last_seq + 1
        at = utcnow()
        text = json.dumps(details or {}, sort_keys=True, ensure_ascii=False)
        ident = None if entity_id is None else str(entity_id)
        mac = entry_mac(
            self.key,
            self.last_mac,
            _fields(
                seq=seq,
                at=at,
                actor=self.actor,
                action=action,
                entity=entity,
                entity_id=ident,
                details=text,
            ),
        )
        conn.execute(
            insert(_TABLE).values(
                seq=seq,
                at=at,
                actor=self.actor,
                action=action,
                entity=entity,
                entity_id=ident,
                details=text,
                mac=mac,
            )
        )
        self.last_seq, self.last_mac = seq, mac
        return seq, mac


@dataclass
class ChainCheck:
    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def iter_entries(conn: Connection, batch: int = 5000) -> Iterator[AuditEntry]:
    last = 0
    while True:
        rows = conn.execute(
            select(_TABLE).where(_TABLE.c.seq > last).order_by(_TABLE.c.seq).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield AuditEntry(**row._mapping)
        last = rows[-1].seq


def verify_chain(
    conn: Connection, key: bytes | bytearray, anchor_seq: int, anchor_mac: str
) -> ChainCheck:
    """Recompute every MAC; report the first break and any truncation below the anchor."""
    check = ChainCheck()
    prev, expected_seq = GENESIS, 1
    anchor_seen = anchor_seq == 0
    for entry in iter_entries(conn):
        if entry.seq != expected_seq:
            check.problems.append(f"audit entry {expected_seq} is missing")
            return check
        fields = _fields(
            seq=entry.seq,
            at=entry.at,
            actor=entry.actor,
            action=entry.action,
            entity=entry.entity,
            entity_id=entry.entity_id,
            details=entry.details,
        )
        if not hmac.compare_digest(entry_mac(key, prev, fields), entry.mac):
            check.problems.append(f"audit entry {entry.seq} was altered")
            return check
        if entry.seq == anchor_seq:
            anchor_seen = True
            if entry.mac.hex() != anchor_mac:
                check.problems.append("the audit log does not match the key file's anchor")
        prev, expected_seq = entry.mac, expected_seq + 1
        check.entries += 1
    if not anchor_seen:
        check.problems.append(
            f"the audit log ends at entry {expected_seq - 1} but the key file "
            f"records entry {anchor_seq}: entries were removed"
        )
    return check
