# SPDX-License-Identifier: GPL-3.0-or-later
"""State shared by every service area: the open vault and its vocabularies."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from defenderdoc.errors import InvalidInputError, VaultLockedError
from defenderdoc.vault.models import CustomTerm
from defenderdoc.vault.vault import Vault
from defenderdoc.vocab import Term, Vocabulary, load_vocabulary


class ServiceBase:
    """Holds at most one open vault for this window or command."""

    def __init__(self, actor: str | None = None) -> None:
        self.actor = actor
        self._vault: Vault | None = None
        self._vocabularies: dict[str, Vocabulary] = {}

    @property
    def vault(self) -> Vault:
        if self._vault is None or not self._vault.is_unlocked:
            raise VaultLockedError
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_unlocked

    @property
    def vault_path(self) -> Path | None:
        return self._vault.path if self._vault else None

    def vocabulary(self, vocab_id: str) -> Vocabulary:
        """A shipped vocabulary extended with this organisation's own terms (kept in the vault)."""
        cached = self._vocabularies.get(vocab_id)
        if cached is None:
            with self.vault.session() as session:
                rows = session.scalars(
                    select(CustomTerm)
                    .where(CustomTerm.vocabulary == vocab_id)
                    .order_by(CustomTerm.code)
                ).all()
                extra = [Term(r.code, {"en": r.label}, r.parent) for r in rows]
            cached = load_vocabulary(vocab_id).with_custom_terms(extra)
            self._vocabularies[vocab_id] = cached
        return cached

    def add_custom_term(
        self, vocab_id: str, code: str, label: str, parent: str | None = None
    ) -> None:
        """Extend a vocabulary; codes live in the ``x.`` namespace so releases never clash."""
        try:
            self.vocabulary(vocab_id).with_custom_terms([Term(code, {"en": label}, parent)])
        except ValueError as exc:
            raise InvalidInputError(str(exc)) from exc
        with self.vault.session(write=True) as session:
            session.add(CustomTerm(vocabulary=vocab_id, code=code, parent=parent, label=label))
        self._vocabularies.pop(vocab_id, None)
