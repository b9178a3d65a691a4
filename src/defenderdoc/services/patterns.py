# SPDX-License-Identifier: GPL-3.0-or-later
"""Patterns: cross-tabulations, series and signals, suppressed whenever they leave."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from sqlalchemy import select

from defenderdoc import stats
from defenderdoc.services.base import ServiceBase
from defenderdoc.stats import CrossTab, EscalationSignal, MonthlySeries, ReprisalCandidate
from defenderdoc.stats.dimensions import Unit
from defenderdoc.stats.filters import StatsFilter
from defenderdoc.vault.models import AuditEntry
from defenderdoc.vault.pending import guarded_output
from defenderdoc.vault.recording import record_event


class PatternServices(ServiceBase):
    def crosstab(
        self,
        rows: str,
        cols: str | None = None,
        *,
        unit: Unit = "incidents",
        flt: StatsFilter | None = None,
        lang: str = "en",
    ) -> CrossTab:
        """The exact table, for viewing inside the vault (never exported as is)."""
        with self.vault.session() as session:
            return stats.crosstab(
                session,
                rows,
                cols,
                unit=unit,
                flt=flt,
                lang=lang,
            )

    def monthly_series(
        self, flt: StatsFilter | None = None, *, unit: Unit = "incidents"
    ) -> MonthlySeries:
        with self.vault.session() as session:
            return stats.monthly_series(session, flt, unit=unit)

    def escalations(
        self, by: str, *, as_of: dt.date | None = None, lang: str = "en"
    ) -> list[EscalationSignal]:
        with self.vault.session() as session:
            return stats.escalations(session, by, as_of=as_of or dt.date.today(), lang=lang)

    def possible_reprisals(self, within_days: int = 90) -> list[ReprisalCandidate]:
        """Incidents that followed an export to a mechanism within ``within_days``."""
        with self.vault.session() as session:
            return stats.after_exports(session, within_days=within_days)

    def export_table(
        self,
        table: CrossTab,
        target: Path,
        *,
        fmt: str = "csv",
        threshold: int = stats.DEFAULT_THRESHOLD,
        title: str = "",
        language: str = "en",
    ) -> str:
        """Write the table with small cells suppressed (always); returns the file's SHA-256.

        Suppression is applied here, not by the caller, so no path out of the vault
        can skip it; the threshold can be raised, never set below 2.
        """
        safe = stats.suppress(table, max(2, threshold))
        if fmt == "pdf":
            from defenderdoc.export.stats_pdf import render_table_pdf  # noqa: PLC0415

            data = render_table_pdf(safe, title, language)
        else:
            data = stats.to_csv(safe, stats.DEFAULT_MARKER, title).encode("utf-8")
        with guarded_output(self.vault, Path(target)) as sink:
            sink.write(data)
        digest = hashlib.sha256(data).hexdigest()
        with self.vault.session(write=True) as session:
            record_event(
                session,
                self.vault,
                "export",
                "statistics",
                details={
                    "format": fmt,
                    "threshold": max(2, threshold),
                    "sha256": digest,
                    "rows": safe.rows.dimension,
                    "cols": safe.cols.dimension if safe.cols else None,
                    "unit": safe.unit,
                    "criteria": _criteria_digest(safe),
                },
            )
        return digest

    def differencing_exports(self, table: CrossTab) -> list[dt.datetime]:
        """When tables of the same categories and unit, counted under another filter,
        already left the vault.

        Suppression protects each table on its own: "threats in 2025" and "threats
        in 2025 except March", both published, give March's small cells by
        subtraction. The caller asks before a new export and warns.
        """
        mine = _criteria_digest(table)
        dimensions = {table.rows.dimension, table.cols.dimension if table.cols else None}
        with self.vault.session() as session:
            events = session.execute(
                select(AuditEntry.at, AuditEntry.details).where(
                    AuditEntry.action == "export", AuditEntry.entity == "statistics"
                )
            ).all()
        found = []
        for at, text in events:
            try:
                details = json.loads(text or "{}")
            except ValueError:
                continue
            criteria = details.get("criteria")
            if (
                criteria not in (None, mine)
                and details.get("unit") == table.unit
                and {details.get("rows"), details.get("cols")} == dimensions
            ):
                found.append(at)
        return sorted(found)


def _criteria_digest(table: CrossTab) -> str:
    """The filter in the audit log as a digest: comparable, and says nothing itself."""
    return hashlib.sha256(table.criteria.encode()).hexdigest()[:16]
