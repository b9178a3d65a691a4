# SPDX-License-Identifier: GPL-3.0-or-later
"""Key derivation and wrapping primitives; no file I/O.

Argon2id stretches the passphrase into a key-encryption key, AES-256-GCM wraps the
random master key, and HKDF derives one sub-key per purpose so that a leak of one
(e.g. the SQLCipher key from a memory dump of the DB layer) reveals nothing else.
"""

from __future__ import annotations

import os
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from defenderdoc.errors import HeaderDamagedError, WeakPassphraseError

KEY_LEN = 32
NONCE_LEN = 12

# RFC 9106 "low memory" floor and KeePassXC-style calibration target.
FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME = 3
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_PARALLELISM = 4
TARGET_SECONDS = 1.0
MAX_SECONDS = 3.0
# Caps for parameters read from a header: refuse before allocating anything.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME = 64
MAX_PARALLELISM = 16
MIN_PASSPHRASE_CHARS = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored in the header next to their salt."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: object) -> KdfParams:
        """Parse header values, refusing absurd ones before any allocation."""
        if not isinstance(raw, dict):
            raise HeaderDamagedError
        try:
            params = cls(int(raw["time_cost"]), int(raw["memory_kib"]), int(raw["parallelism"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise HeaderDamagedError from exc
        if not (
            1 <= params.time_cost <= MAX_TIME
            and 8 <= params.memory_kib <= MAX_MEMORY_KIB
            and 1 <= params.parallelism <= MAX_PARALLELISM
            and params.memory_kib >= 8 * params.parallelism
        ):
            raise HeaderDamagedError(
                "The vault's key file asks for impossible key-derivation costs."
            )
        return params


_test_params: KdfParams | None = None


def use_cheap_kdf_for_tests(params: KdfParams | None) -> None:
    """Test-only hook: make new vaults use ``params`` instead of calibrating.

    Deliberately not reachable from the CLI, the GUI or the environment, so a
    user can never create a vault with weak key derivation.
    """
    global _test_params  # noqa: PLW0603 - process-wide test switch, documented above
    _test_params = params


def total_memory_kib() -> int | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 1024
    except (ValueError, OSError, AttributeError):
        return None


def calibrate_kdf(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick Argon2id costs that take about ``target_seconds`` here, never below the floor."""
    if _test_params is not None:
        return _test_params
    memory = DEFAULT_MEMORY_KIB
    ram = total_memory_kib()
    if ram is not None and ram < 4 * 1024 * 1024:
        memory = FLOOR_MEMORY_KIB
    probe = KdfParams(FLOOR_TIME, memory, DEFAULT_PARALLELISM)
    elapsed = 1e9
    for _ in range(2):  # best of two: a busy moment must not weaken the vault
        start = time.perf_counter()
        derive_kek("calibration", secrets.token_bytes(16), probe)
        elapsed = max(min(elapsed, time.perf_counter() - start), 1e-3)
    per_pass = elapsed / FLOOR_TIME
    time_cost = max(FLOOR_TIME, round(target_seconds / per_pass))
    time_cost = min(time_cost, max(FLOOR_TIME, int(MAX_SECONDS / per_pass)), MAX_TIME)
    return KdfParams(time_cost, memory, DEFAULT_PARALLELISM)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC so that "é" typed as one or two code points unlocks the same vault."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    """Minimum policy for a new passphrase; the GUI adds a strength meter on top."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text.strip()) < MIN_PASSPHRASE_CHARS or len(set(text)) < 4:
        raise WeakPassphraseError(
            f"Choose a passphrase of at least {MIN_PASSPHRASE_CHARS} characters, "
            "for example several unrelated words."
        )


def derive_kek(secret: str, salt: bytes, params: KdfParams) -> bytearray:
    raw = hash_secret_raw(
        normalize_passphrase(secret),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )
    return bytearray(raw)


def hkdf(master: bytes | bytearray, salt: bytes, info: str) -> bytearray:
    derived = HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=salt, info=info.encode())
    return bytearray(derived.derive(bytes(master)))


def seal(key: bytes | bytearray, plaintext: bytes | bytearray, aad: bytes) -> tuple[bytes, bytes]:
    """AES-256-GCM with a fresh random nonce; returns (nonce, ciphertext+tag)."""
    nonce = secrets.token_bytes(NONCE_LEN)
    return nonce, AESGCM(bytes(key)).encrypt(nonce, bytes(plaintext), aad)


def open_sealed(key: bytes | bytearray, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytearray:
    """Inverse of :func:`seal`; raises ``InvalidTag`` on a wrong key or any tampering."""
    return bytearray(AESGCM(bytes(key)).decrypt(nonce, ciphertext, aad))


def wipe(buffer: bytearray | None) -> None:
    """Best-effort zeroing: Python may hold other copies, but not this one."""
    if buffer is not None:
        buffer[:] = bytes(len(buffer))


__all__ = [
    "InvalidTag",
    "KdfParams",
    "calibrate_kdf",
    "check_new_passphrase",
    "derive_kek",
    "hkdf",
    "open_sealed",
    "seal",
    "use_cheap_kdf_for_tests",
    "wipe",
]
