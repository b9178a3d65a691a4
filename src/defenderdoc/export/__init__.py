# SPDX-License-Identifier: GPL-3.0-or-later
"""Redacted, consent-aware dossiers for UN special procedures and protection mechanisms."""
