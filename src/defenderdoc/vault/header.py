# SPDX-License-Identifier: GPL-3.0-or-later
"""The key header ``vault.hdr``: wrapped master-key slots, no personal data.

Layout: ``MAGIC || canonical JSON || SHA-256(MAGIC || JSON)``. The unkeyed
checksum tells "key file damaged" apart from "wrong passphrase" before any slot
is tried (the KeePassXC two-stage approach); the keyed MAC (``K_hdr``) catches
deliberate edits once the master key is known.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from defenderdoc.errors import HeaderDamagedError, UnsupportedFormatError
from defenderdoc.fsutil import atomic_write_bytes
from defenderdoc.vault.crypto import KdfParams

MAGIC = b"DDOCHDR1"
FORMAT_VERSION = 1
HEADER_NAME = "vault.hdr"
MAX_HEADER_BYTES = 64 * 1024

SLOT_PASSPHRASE = "passphrase"  # noqa: S105 - a slot type, not a secret
SLOT_RECOVERY = "recovery"
SLOT_DEVICE = "device"
SLOT_TYPES = (SLOT_PASSPHRASE, SLOT_RECOVERY, SLOT_DEVICE)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise HeaderDamagedError
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise HeaderDamagedError from exc


def canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


@dataclass(frozen=True)
class Slot:
    """One way to unwrap the master key: a passphrase, a recovery code or a device key."""

    type: str
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams | None = None
    salt: bytes = b""
    device_ref: str = ""

    def aad(self, vault_id: bytes) -> bytes:
        kdf = canonical(self.kdf.as_dict()) if self.kdf else b""
        return b"|".join(
            [MAGIC, str(FORMAT_VERSION).encode(), vault_id, self.type.encode(), kdf, self.salt]
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "kdf": self.kdf.as_dict() if self.kdf else None,
            "salt": _b64(self.salt),
            "device_ref": self.device_ref,
        }

    @classmethod
    def from_json(cls, raw: object) -> Slot:
        if not isinstance(raw, dict) or raw.get("type") not in SLOT_TYPES:
            raise HeaderDamagedError
        kdf = KdfParams.from_dict(raw["kdf"]) if raw.get("kdf") is not None else None
        if raw["type"] != SLOT_DEVICE and kdf is None:
            raise HeaderDamagedError
        return cls(
            type=raw["type"],
            nonce=_unb64(raw.get("nonce")),
            wrapped=_unb64(raw.get("wrapped")),
            kdf=kdf,
            salt=_unb64(raw.get("salt", "")),
            device_ref=str(raw.get("device_ref", "")),
        )


@dataclass(frozen=True)
class Header:
    vault_id: bytes
    slots: tuple[Slot, ...]
    generation: int = 0
    audit_seq: int = 0
    audit_hash: str = ""
    #: Destroy the vault after this many wrong passphrases in a row (0 = never).
    wipe_after: int = 0
    mac: bytes = field(default=b"", compare=False)

    def body(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "vault_id": _b64(self.vault_id),
            "generation": self.generation,
            "audit_head": {"seq": self.audit_seq, "hash": self.audit_hash},
            "slots": [slot.to_json() for slot in self.slots],
            # Only present when enabled, so headers written before the option still verify.
            **({"wipe_after": self.wipe_after} if self.wipe_after else {}),
        }

    def compute_mac(self, k_hdr: bytes | bytearray) -> bytes:
        return hmac.new(bytes(k_hdr), canonical(self.body()), hashlib.sha256).digest()

    def signed(self, k_hdr: bytes | bytearray) -> Header:
        return replace(self, mac=self.compute_mac(k_hdr))

    def mac_ok(self, k_hdr: bytes | bytearray) -> bool:
        return hmac.compare_digest(self.mac, self.compute_mac(k_hdr))

    def slots_of(self, slot_type: str) -> list[Slot]:
        return [slot for slot in self.slots if slot.type == slot_type]

    def with_slots(self, slots: list[Slot]) -> Header:
        return replace(self, slots=tuple(slots), generation=self.generation + 1)

    def to_bytes(self) -> bytes:
        body = self.body()
        body["mac"] = _b64(self.mac)
        payload = MAGIC + canonical(body)
        return payload + hashlib.sha256(payload).digest()

    @classmethod
    def from_bytes(cls, data: bytes) -> Header:
        if len(data) > MAX_HEADER_BYTES or len(data) < len(MAGIC) + 32:
            raise HeaderDamagedError
        payload, checksum = data[:-32], data[-32:]
        if not payload.startswith(MAGIC) or hashlib.sha256(payload).digest() != checksum:
            raise HeaderDamagedError
        try:
            body = json.loads(payload[len(MAGIC) :])
        except ValueError as exc:
            raise HeaderDamagedError from exc
        if not isinstance(body, dict):
            raise HeaderDamagedError
        if body.get("format") != FORMAT_VERSION:
            raise UnsupportedFormatError
        try:
            head = body["audit_head"]
            header = cls(
                vault_id=_unb64(body["vault_id"]),
                slots=tuple(Slot.from_json(raw) for raw in body["slots"]),
                generation=int(body["generation"]),
                audit_seq=int(head["seq"]),
                audit_hash=str(head["hash"]),
                wipe_after=int(body.get("wipe_after", 0)),
                mac=_unb64(body["mac"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise HeaderDamagedError from exc
        if len(header.vault_id) != 16 or not header.slots:
            raise HeaderDamagedError
        return header


def read_header(vault_dir: Path) -> Header:
    path = vault_dir / HEADER_NAME
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise HeaderDamagedError from exc
    return Header.from_bytes(data)


def write_header(vault_dir: Path, header: Header) -> None:
    """Atomically replace the header (temp file, fsync, rename, fsync folder)."""
    atomic_write_bytes(vault_dir / HEADER_NAME, header.to_bytes())
