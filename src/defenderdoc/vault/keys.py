# SPDX-License-Identifier: GPL-3.0-or-later
"""The master key, its per-purpose sub-keys, and the slots that wrap it.

Everything hangs off one random master key (MK), so changing the passphrase only
re-wraps MK: the database and blobs never need re-encrypting.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass

from defenderdoc.vault import crypto
from defenderdoc.vault.header import SLOT_DEVICE, Slot

RECOVERY_CODE_BYTES = 20  # 160 bits


@dataclass
class VaultKeys:
    """Sub-keys of one unlocked vault; ``wipe`` zeroes them on lock (best effort)."""

    master: bytearray
    db: bytearray
    blob: bytearray
    audit: bytearray
    hdr: bytearray
    db_salt: bytes

    @classmethod
    def derive(cls, master: bytearray, vault_id: bytes) -> VaultKeys:
        return cls(
            master=master,
            db=crypto.hkdf(master, vault_id, "defenderdoc/v1/sqlcipher"),
            blob=crypto.hkdf(master, vault_id, "defenderdoc/v1/blob-wrap"),
            audit=crypto.hkdf(master, vault_id, "defenderdoc/v1/audit-hmac"),
            hdr=crypto.hkdf(master, vault_id, "defenderdoc/v1/header-mac"),
            # SQLCipher stores its salt in the database's first 16 bytes; deriving it
            # from MK lets us tell "files of different vaults" from "damaged database".
            db_salt=bytes(crypto.hkdf(master, vault_id, "defenderdoc/v1/sqlcipher-salt")[:16]),
        )

    def sqlcipher_key_literal(self) -> str:
        """The raw-key PRAGMA value: hex only, so no passphrase text can inject SQL."""
        return f"x'{self.db.hex()}{self.db_salt.hex()}'"

    def wipe(self) -> None:
        for buffer in (self.master, self.db, self.blob, self.audit, self.hdr):
            crypto.wipe(buffer)


def new_master_key() -> bytearray:
    return bytearray(secrets.token_bytes(crypto.KEY_LEN))


def make_secret_slot(
    slot_type: str, secret: str, master: bytearray, vault_id: bytes, params: crypto.KdfParams
) -> Slot:
    """Wrap MK under Argon2id(secret); used for the passphrase and recovery slots."""
    salt = secrets.token_bytes(16)
    kek = crypto.derive_kek(secret, salt, params)
    try:
        probe = Slot(type=slot_type, nonce=b"", wrapped=b"", kdf=params, salt=salt)
        nonce, wrapped = crypto.seal(kek, master, probe.aad(vault_id))
    finally:
        crypto.wipe(kek)
    return Slot(type=slot_type, nonce=nonce, wrapped=wrapped, kdf=params, salt=salt)


def unwrap_secret_slot(slot: Slot, secret: str, vault_id: bytes) -> bytearray | None:
    """MK if ``secret`` opens this slot, else ``None`` (wrong secret or altered slot)."""
    assert slot.kdf is not None  # noqa: S101 - Slot.from_json guarantees it for these types
    kek = crypto.derive_kek(secret, slot.salt, slot.kdf)
    try:
        return crypto.open_sealed(kek, slot.nonce, slot.wrapped, slot.aad(vault_id))
    except crypto.InvalidTag:
        return None
    finally:
        crypto.wipe(kek)


def make_device_slot(master: bytearray, vault_id: bytes, kek: bytes, device_ref: str) -> Slot:
    probe = Slot(type=SLOT_DEVICE, nonce=b"", wrapped=b"", device_ref=device_ref)
    nonce, wrapped = crypto.seal(kek, master, probe.aad(vault_id))
    return Slot(type=SLOT_DEVICE, nonce=nonce, wrapped=wrapped, device_ref=device_ref)


def unwrap_device_slot(slot: Slot, kek: bytes, vault_id: bytes) -> bytearray | None:
    try:
        return crypto.open_sealed(kek, slot.nonce, slot.wrapped, slot.aad(vault_id))
    except crypto.InvalidTag:
        return None


def new_recovery_code() -> str:
    """160 random bits as 8 groups of 4 base32 letters: easy to print and retype."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_CODE_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalize_recovery_code(code: str) -> str:
    """Accept the code with any spacing, dashes or case, and 0/1 typed for O/I."""
    cleaned = re.sub(r"[^A-Za-z0-9]", "", code).upper().replace("0", "O").replace("1", "I")
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
