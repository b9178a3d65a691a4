# SPDX-License-Identifier: GPL-3.0-or-later
"""Recipient templates: who a dossier is for, its default profile and what it needs.

The section order and the required elements follow what each recipient asks for
(see the README's "Dossiers" section and SUBMISSIONS.md): OHCHR communications,
the WGEID's six elements, protection organisations' emergency requests.
"""

from __future__ import annotations

from dataclasses import dataclass

from defenderdoc.errors import InvalidInputError
from defenderdoc.export.profile import RedactionProfile
from defenderdoc.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    recipient: str
    classification: str
    profile: RedactionProfile
    languages: tuple[str, ...]
    summary: str  # one line for the template card in the GUI


UN = "un-communication"
WGEID = "wgeid"
PROTECTION = "protection-request"
INTERNAL = "internal-brief"
PUBLIC = "public-report"

TEMPLATES: dict[str, Template] = {
    UN: Template(
        UN,
        QT_TRANSLATE_NOOP("Dossier", "Submission to the UN Special Procedures"),
        QT_TRANSLATE_NOOP("Dossier", "UN Special Procedures (OHCHR)"),
        QT_TRANSLATE_NOOP("Dossier", "CONFIDENTIAL — source to be kept confidential"),
        RedactionProfile(names="legal_with_consent", consent_use="un", location="region"),
        ("en", "fr", "es"),
        QT_TRANSLATE_NOOP("Dossier", "Communication to UN mandates, ordered as OHCHR asks."),
    ),
    WGEID: Template(
        WGEID,
        QT_TRANSLATE_NOOP("Dossier", "Report of an enforced or involuntary disappearance"),
        QT_TRANSLATE_NOOP("Dossier", "UN Working Group on Enforced or Involuntary Disappearances"),
        QT_TRANSLATE_NOOP("Dossier", "CONFIDENTIAL — source to be kept confidential"),
        RedactionProfile(names="legal_with_consent", consent_use="un", location="place"),
        ("en", "fr", "es"),
        QT_TRANSLATE_NOOP("Dossier", "The six elements the Working Group requires."),
    ),
    PROTECTION: Template(
        PROTECTION,
        QT_TRANSLATE_NOOP("Dossier", "Emergency protection request"),
        QT_TRANSLATE_NOOP("Dossier", "Protection organisation"),
        QT_TRANSLATE_NOOP("Dossier", "CONFIDENTIAL — share only with consented partners"),
        RedactionProfile(
            names="legal_with_consent",
            consent_use="partner",
            name_needs_state_consent=False,
            location="region",
        ),
        ("en", "es", "fr", "ar"),
        QT_TRANSLATE_NOOP(
            "Dossier",
            "For emergency grants or relocation (EU ProtectDefenders, Front Line Defenders style).",
        ),
    ),
    INTERNAL: Template(
        INTERNAL,
        QT_TRANSLATE_NOOP("Dossier", "Internal legal brief"),
        QT_TRANSLATE_NOOP("Dossier", "The organisation's own lawyers"),
        QT_TRANSLATE_NOOP("Dossier", "STRICTLY CONFIDENTIAL — internal use only"),
        RedactionProfile(
            names="legal_with_consent",
            consent_use=None,
            name_needs_state_consent=False,
            location="place",
            characteristics=(
                "age_group",
                "gender_identity",
                "migration_status",
                "occupation_sector",
                "nationality",
                "disability",
                "indigenous_identity",
            ),
            auto_redact_names=False,
            confidential_fields=True,
        ),
        ("en", "es", "fr", "ar"),
        QT_TRANSLATE_NOOP("Dossier", "Full detail for the organisation's lawyers; never sent out."),
    ),
    PUBLIC: Template(
        PUBLIC,
        QT_TRANSLATE_NOOP("Dossier", "Public report"),
        QT_TRANSLATE_NOOP("Dossier", "The public"),
        QT_TRANSLATE_NOOP("Dossier", "PUBLIC"),
        RedactionProfile(
            names="code",
            consent_use="public",
            location="country",
            dates="month",
            evidence=False,
            characteristics=(),
            narratives=False,  # free text can identify; a user may opt in and mark spans
        ),
        ("en", "es", "fr", "ar"),
        QT_TRANSLATE_NOOP("Dossier", "Maximal redaction: no individual can be identified."),
    ),
}


def template(template_id: str) -> Template:
    try:
        return TEMPLATES[template_id]
    except KeyError:
        raise InvalidInputError(f"Unknown dossier template: {template_id}") from None
