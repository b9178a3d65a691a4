# SPDX-License-Identifier: GPL-3.0-or-later
"""SQLAlchemy engine over SQLCipher 4, keyed on every pooled connection.

The key is the first statement on each new connection, given as raw hex so no
text can inject SQL; ``cipher_version`` is checked so a plain-SQLite fallback can
never write an unencrypted vault.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from defenderdoc.errors import DatabaseDamagedError, VaultDamagedError
from defenderdoc.hardening import silence_content_loggers

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
WRITE_OPTION = "ddoc_write"
BUSY_TIMEOUT_MS = 15_000


class EncryptionUnavailableError(VaultDamagedError):
    code = "encryption_unavailable"
    message = "The SQLCipher library is not available; refusing to open an unencrypted database."


silence_content_loggers()  # SQLAlchemy logs result rows at DEBUG; rows are vault content


def _quiet_sqlcipher_logging() -> None:
    """SQLCipher logs decryption failures to stderr; we report them ourselves."""
    probe = sqlcipher.connect(":memory:")
    try:
        probe.execute("PRAGMA cipher_log_level = NONE")
    finally:
        probe.close()


def connect_raw(db_path: Path, key_literal: str) -> sqlcipher.Connection:
    """Open and key one connection; raises ``DatabaseDamagedError`` if the key does not fit."""
    con = sqlcipher.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        con.execute(f'PRAGMA key = "{key_literal}"')  # first statement; hex only
        version = con.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise EncryptionUnavailableError
        con.execute("PRAGMA cipher_compatibility = 4")
        con.execute("PRAGMA cipher_memory_security = OFF")  # see README: cost vs benefit
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # wrong key fails here
        con.execute("PRAGMA temp_store = MEMORY")
        con.execute("PRAGMA secure_delete = ON")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
    except sqlcipher.DatabaseError as exc:
        con.close()
        raise DatabaseDamagedError from exc
    except BaseException:
        con.close()
        raise
    return con


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's "malformed"/"not a database" errors, not constraint or lock errors."""
    orig = getattr(exc, "orig", exc)
    return type(orig) is sqlcipher.DatabaseError


def build_engine(db_path: Path, key_literal: str, pool_size: int = 4) -> Engine:
    """A pooled engine whose every connection is keyed before first use."""
    _quiet_sqlcipher_logging()

    def creator() -> sqlcipher.Connection:
        return connect_raw(db_path, key_literal)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=pool_size,
        hide_parameters=True,
        echo=False,
    )

    # Belt and braces with the log filters: never log result rows, whatever the level.
    engine._should_log_debug = lambda: False  # type: ignore[method-assign]

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver runs in autocommit mode; we issue BEGIN ourselves so that
        # SAVEPOINTs work and writers take the lock up front (no upgrade deadlock).
        immediate = conn.get_execution_options().get(WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def checkpoint_and_dispose(engine: Engine) -> None:
    """Fold the WAL into the database so no large -wal file lingers, then close all."""
    try:
        raw = engine.raw_connection()  # outside any transaction, or the checkpoint is partial
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    except Exception:  # lock must proceed even if the checkpoint cannot
        log.warning("WAL checkpoint before lock failed; the WAL stays encrypted")
    engine.dispose()
