# SPDX-License-Identifier: GPL-3.0-or-later
"""Patterns: cross-tabulations, series and signals, suppressed whenever they leave."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from defenderdoc import stats
from defenderdoc.services.base import ServiceBase
from defenderdoc.stats import CrossTab, EscalationSignal, MonthlySeries, ReprisalCandidate
from defenderdoc.stats.dimensions import Unit
from defenderdoc.stats.filters import StatsFilter
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
        import hashlib  # noqa: PLC0415 - small and local

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
                },
            )
        return digest
