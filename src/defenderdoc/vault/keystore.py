# SPDX-License-Identifier: GPL-3.0-or-later
"""Optional "remember on this device" secret, only in a real OS keychain.

Never falls back to a file, the fail/null backends or keyrings.alt (the lesson of
Signal Desktop and Vorta): if no trusted keychain exists the feature is simply
unavailable, with the reason shown to the user.
"""

from __future__ import annotations

import base64
from typing import Protocol

from defenderdoc.errors import KeychainNotTrustedError
from defenderdoc.i18n import QT_TRANSLATE_NOOP

SERVICE = "defenderdoc"

#: Backends that keep secrets in the OS's protected store.
TRUSTED_BACKENDS = frozenset(
    {
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)


class Keystore(Protocol):
    def available(self) -> tuple[bool, str]: ...
    def store(self, ref: str, key: bytes) -> None: ...
    def load(self, ref: str) -> bytes | None: ...
    def delete(self, ref: str) -> None: ...


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def trusted_backends_of(backend: object) -> list[object]:
    """The trusted backends behind ``backend`` (a chainer is trusted only through them)."""
    inner = getattr(backend, "backends", None)
    if inner is not None:
        return [b for b in inner if backend_name(b) in TRUSTED_BACKENDS]
    return [backend] if backend_name(backend) in TRUSTED_BACKENDS else []


class SystemKeystore:
    """The OS keychain through ``keyring``, allowed only for the trusted backends."""

    def _backend(self) -> object | None:
        try:
            import keyring  # noqa: PLC0415 - imported lazily: it probes D-Bus at import

            trusted = trusted_backends_of(keyring.get_keyring())
        except Exception:  # any keyring failure means "not available", never a crash
            return None
        return trusted[0] if trusted else None

    def available(self) -> tuple[bool, str]:
        if self._backend() is None:
            return False, QT_TRANSLATE_NOOP(
                "Keystore",
                "No trusted system keychain was found on this device (for example, a "
                "headless session or no Secret Service). The vault can only be unlocked "
                "with its passphrase.",
            )
        return True, ""

    def store(self, ref: str, key: bytes) -> None:
        backend = self._backend()
        if backend is None:
            raise KeychainNotTrustedError
        backend.set_password(SERVICE, ref, base64.b64encode(key).decode("ascii"))  # type: ignore[attr-defined]

    def load(self, ref: str) -> bytes | None:
        backend = self._backend()
        if backend is None:
            return None
        try:
            value = backend.get_password(SERVICE, ref)  # type: ignore[attr-defined]
            return base64.b64decode(value, validate=True) if value else None
        except Exception:  # a broken or changed keychain falls back to the passphrase
            return None

    def delete(self, ref: str) -> None:
        backend = self._backend()
        if backend is None:
            return
        try:
            backend.delete_password(SERVICE, ref)  # type: ignore[attr-defined]
        except Exception:  # already gone is fine
            return


class NullKeystore:
    """ "Never remember": used when the user has not opted in, and by tests."""

    def available(self) -> tuple[bool, str]:
        return False, QT_TRANSLATE_NOOP(
            "Keystore", "Remembering the vault on this device is switched off."
        )

    def store(self, ref: str, key: bytes) -> None:
        raise KeychainNotTrustedError

    def load(self, ref: str) -> bytes | None:
        return None

    def delete(self, ref: str) -> None:
        return None
