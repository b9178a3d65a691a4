# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixed texts of dossiers in the languages mechanisms work in.

A dossier's language is chosen per export (a Spanish-speaking mandate gets
Spanish headings), independently of the interface language, so these texts live
with the templates rather than in the Qt catalogs.
"""

from __future__ import annotations

from defenderdoc.export.content import Labels

_T: dict[str, dict[str, str]] = {
    "victims": {
        "en": "Alleged victims",
        "es": "Presuntas víctimas",
        "fr": "Victimes présumées",
        "ar": "الضحايا المزعومون",
    },
    "perpetrators": {
        "en": "Alleged perpetrators and their link to the State",
        "es": "Presuntos autores y su vínculo con el Estado",
        "fr": "Auteurs présumés et leur lien avec l'État",
        "ar": "الجناة المزعومون وصلتهم بالدولة",
    },
    "circumstances": {
        "en": "Date, place and circumstances, in chronological order",
        "es": "Fecha, lugar y circunstancias, en orden cronológico",
        "fr": "Date, lieu et circonstances, par ordre chronologique",
        "ar": "التاريخ والمكان والملابسات، بترتيب زمني",
    },
    "authorities": {
        "en": "Steps taken with national authorities and their response",
        "es": "Gestiones ante las autoridades nacionales y su respuesta",
        "fr": "Démarches auprès des autorités nationales et leur réponse",
        "ar": "الخطوات المتخذة لدى السلطات الوطنية وردّها",
    },
    "consent": {"en": "Consent", "es": "Consentimiento", "fr": "Consentement", "ar": "الموافقة"},
    "urgency": {
        "en": "Urgency and mandates concerned",
        "es": "Urgencia y mandatos concernidos",
        "fr": "Urgence et mandats concernés",
        "ar": "الاستعجال والولايات المعنية",
    },
    "submitter": {
        "en": "Submitted by (to be kept confidential)",
        "es": "Presentado por (debe mantenerse confidencial)",
        "fr": "Soumis par (à garder confidentiel)",
        "ar": "مقدَّم من (يجب الحفاظ على سريته)",
    },
    "incident": {"en": "Incident", "es": "Incidente", "fr": "Incident", "ar": "الحادثة"},
    "date": {"en": "Date", "es": "Fecha", "fr": "Date", "ar": "التاريخ"},
    "place": {"en": "Place", "es": "Lugar", "fr": "Lieu", "ar": "المكان"},
    "stage": {
        "en": "Stage of migration",
        "es": "Etapa de la migración",
        "fr": "Étape de la migration",
        "ar": "مرحلة الهجرة",
    },
    "setting": {"en": "Setting", "es": "Entorno", "fr": "Cadre", "ar": "السياق المكاني"},
    "types": {
        "en": "Type of violation",
        "es": "Tipo de violación",
        "fr": "Type de violation",
        "ar": "نوع الانتهاك",
    },
    "role": {"en": "Role", "es": "Función", "fr": "Rôle", "ar": "الدور"},
    "nationality": {
        "en": "Nationality",
        "es": "Nacionalidad",
        "fr": "Nationalité",
        "ar": "الجنسية",
    },
    "name": {"en": "Name", "es": "Nombre", "fr": "Nom", "ar": "الاسم"},
    "activities": {
        "en": "Human rights work",
        "es": "Labor de derechos humanos",
        "fr": "Travail en faveur des droits humains",
        "ar": "العمل في مجال حقوق الإنسان",
    },
    "state_link": {
        "en": "Link to the State",
        "es": "Vínculo con el Estado",
        "fr": "Lien avec l'État",
        "ar": "الصلة بالدولة",
    },
    "description": {"en": "Description", "es": "Descripción", "fr": "Description", "ar": "الوصف"},
    "basis": {
        "en": "Basis of attribution",
        "es": "Fundamento de la atribución",
        "fr": "Fondement de l'attribution",
        "ar": "أساس الإسناد",
    },
    "followup": {
        "en": "Follow-up and protection measures",
        "es": "Seguimiento y medidas de protección",
        "fr": "Suivi et mesures de protection",
        "ar": "المتابعة وتدابير الحماية",
    },
    "no_authorities": {
        "en": "No steps with national authorities are recorded.",
        "es": "No consta ninguna gestión ante las autoridades nacionales.",
        "fr": "Aucune démarche auprès des autorités nationales n'est enregistrée.",
        "ar": "لا توجد خطوات مسجلة لدى السلطات الوطنية.",
    },
    "consent_un": {
        "en": "{name} consents to this information being shared with the UN mechanism.",
        "es": "{name} consiente en que esta información se comparta con el mecanismo de la ONU.",
        "fr": "{name} consent à ce que ces informations soient transmises au "
        "mécanisme des Nations Unies.",
        "ar": "يوافق {name} على مشاركة هذه المعلومات مع آلية الأمم المتحدة.",
    },
    "consent_state_yes": {
        "en": "{name} agrees that the name may be disclosed to the Government.",
        "es": "{name} acepta que su nombre se comunique al Gobierno.",
        "fr": "{name} accepte que son nom soit communiqué au Gouvernement.",
        "ar": "يوافق {name} على الكشف عن الاسم للحكومة.",
    },
    "consent_state_no": {
        "en": "The name of {name} must NOT be disclosed to the Government.",
        "es": "El nombre de {name} NO debe comunicarse al Gobierno.",
        "fr": "Le nom de {name} ne doit PAS être communiqué au Gouvernement.",
        "ar": "يجب عدم الكشف عن اسم {name} للحكومة.",
    },
    "consent_partner": {
        "en": "{name} consents to this request being shared with partner protection organisations.",
        "es": "{name} consiente en que esta solicitud se comparta con "
        "organizaciones de protección asociadas.",
        "fr": "{name} consent à ce que cette demande soit partagée avec des "
        "organisations de protection partenaires.",
        "ar": "يوافق {name} على مشاركة هذا الطلب مع منظمات الحماية الشريكة.",
    },
    "urgent_yes": {
        "en": "URGENT: the persons concerned are at risk of irreparable harm.",
        "es": "URGENTE: las personas afectadas corren riesgo de daño irreparable.",
        "fr": "URGENT : les personnes concernées risquent un préjudice irréparable.",
        "ar": "عاجل: الأشخاص المعنيون معرّضون لخطر ضرر لا يمكن جبره.",
    },
    "urgent_no": {
        "en": "Allegation letter (not urgent).",
        "es": "Carta de alegación (no urgente).",
        "fr": "Lettre d'allégation (non urgente).",
        "ar": "رسالة ادعاء (غير عاجلة).",
    },
    "mandates": {"en": "Mandates", "es": "Mandatos", "fr": "Mandats", "ar": "الولايات"},
    "wgeid_identity": {
        "en": "1. Identity of the disappeared person",
        "es": "1. Identidad de la persona desaparecida",
        "fr": "1. Identité de la personne disparue",
        "ar": "1. هوية الشخص المختفي",
    },
    "wgeid_date": {
        "en": "2. Date of the arrest, abduction or disappearance",
        "es": "2. Fecha del arresto, secuestro o desaparición",
        "fr": "2. Date de l'arrestation, de l'enlèvement ou de la disparition",
        "ar": "2. تاريخ الاعتقال أو الاختطاف أو الاختفاء",
    },
    "wgeid_place": {
        "en": "3. Place of the arrest or abduction, or where last seen",
        "es": "3. Lugar del arresto o secuestro, o donde fue vista por última vez",
        "fr": "3. Lieu de l'arrestation ou de l'enlèvement, ou où elle a été vue "
        "pour la dernière fois",
        "ar": "3. مكان الاعتقال أو الاختطاف أو آخر مكان شوهد فيه",
    },
    "wgeid_forces": {
        "en": "4. Forces believed responsible",
        "es": "4. Fuerzas presuntamente responsables",
        "fr": "4. Forces présumées responsables",
        "ar": "4. القوات التي يُعتقد أنها مسؤولة",
    },
    "wgeid_action": {
        "en": "5. Action taken to locate the person",
        "es": "5. Medidas adoptadas para localizar a la persona",
        "fr": "5. Mesures prises pour localiser la personne",
        "ar": "5. الإجراءات المتخذة لتحديد مكان الشخص",
    },
    "wgeid_source": {
        "en": "6. Identity of the person or organisation submitting (confidential)",
        "es": "6. Identidad de la persona u organización que presenta (confidencial)",
        "fr": "6. Identité de la personne ou de l'organisation qui soumet (confidentiel)",
        "ar": "6. هوية الشخص أو المنظمة المقدِّمة (سري)",
    },
    "work": {
        "en": "The defender's work",
        "es": "La labor de la persona defensora",
        "fr": "Le travail de la personne défenseure",
        "ar": "عمل المدافعة أو المدافع",
    },
    "chronology": {
        "en": "Chronology of threats and attacks",
        "es": "Cronología de amenazas y ataques",
        "fr": "Chronologie des menaces et des attaques",
        "ar": "التسلسل الزمني للتهديدات والاعتداءات",
    },
    "risk": {
        "en": "Threat and risk analysis",
        "es": "Análisis de amenazas y riesgos",
        "fr": "Analyse des menaces et des risques",
        "ar": "تحليل التهديدات والمخاطر",
    },
    "support": {
        "en": "Support requested",
        "es": "Apoyo solicitado",
        "fr": "Soutien demandé",
        "ar": "الدعم المطلوب",
    },
    "other_support": {
        "en": "Other support sought or received",
        "es": "Otros apoyos solicitados o recibidos",
        "fr": "Autres soutiens demandés ou reçus",
        "ar": "دعم آخر مطلوب أو تم الحصول عليه",
    },
    "risk_level": {
        "en": "Risk level",
        "es": "Nivel de riesgo",
        "fr": "Niveau de risque",
        "ar": "مستوى الخطر",
    },
    "threats": {"en": "Threats", "es": "Amenazas", "fr": "Menaces", "ar": "التهديدات"},
    "vulnerabilities": {
        "en": "Vulnerabilities",
        "es": "Vulnerabilidades",
        "fr": "Vulnérabilités",
        "ar": "مواطن الضعف",
    },
    "capacities": {"en": "Capacities", "es": "Capacidades", "fr": "Capacités", "ar": "القدرات"},
    "contact": {
        "en": "Contact (confidential)",
        "es": "Contacto (confidencial)",
        "fr": "Contact (confidentiel)",
        "ar": "جهة الاتصال (سري)",
    },
    "sources": {
        "en": "Sources (confidential)",
        "es": "Fuentes (confidencial)",
        "fr": "Sources (confidentiel)",
        "ar": "المصادر (سري)",
    },
    "overview": {"en": "Overview", "es": "Resumen", "fr": "Aperçu", "ar": "نظرة عامة"},
    "count_incidents": {
        "en": "Incidents documented",
        "es": "Incidentes documentados",
        "fr": "Incidents documentés",
        "ar": "الحوادث الموثقة",
    },
    "withheld_person": {
        "en": "A person connected to this dossier",
        "es": "Una persona relacionada con este expediente",
        "fr": "Une personne liée à ce dossier",
        "ar": "شخص مرتبط بهذا الملف",
    },
    "why_refused": {
        "en": "consent for this use was refused or withdrawn",
        "es": "se negó o retiró el consentimiento para este uso",
        "fr": "le consentement pour cet usage a été refusé ou retiré",
        "ar": "رُفضت الموافقة على هذا الاستخدام أو سُحبت",
    },
    "why_missing": {
        "en": "no consent for this use is recorded",
        "es": "no consta consentimiento para este uso",
        "fr": "aucun consentement pour cet usage n'est enregistré",
        "ar": "لا توجد موافقة مسجلة على هذا الاستخدام",
    },
    "withheld_incident": {
        "en": "An incident",
        "es": "Un incidente",
        "fr": "Un incident",
        "ar": "حادثة",
    },
    "why_no_victim": {
        "en": "every person it concerns was withheld",
        "es": "se retuvo a todas las personas a las que concierne",
        "fr": "toutes les personnes concernées ont été retenues",
        "ar": "تم حجب جميع الأشخاص المعنيين بها",
    },
    "withheld_evidence": {
        "en": "{n} evidence file(s)",
        "es": "{n} archivo(s) de prueba",
        "fr": "{n} fichier(s) de preuve",
        "ar": "{n} ملف/ملفات أدلة",
    },
    "why_evidence_profile": {
        "en": "the profile excludes evidence files",
        "es": "el perfil excluye los archivos de prueba",
        "fr": "le profil exclut les fichiers de preuve",
        "ar": "الملف الشخصي للتصدير يستبعد ملفات الأدلة",
    },
    "why_evidence_consent": {
        "en": "not every person concerned consented to this use",
        "es": "no todas las personas concernidas consintieron este uso",
        "fr": "toutes les personnes concernées n'ont pas consenti à cet usage",
        "ar": "لم يوافق جميع الأشخاص المعنيين على هذا الاستخدام",
    },
    "why_evidence_uncleaned": {
        "en": "no verified clean copy exists",
        "es": "no existe una copia limpia verificada",
        "fr": "aucune copie nettoyée vérifiée n'existe",
        "ar": "لا توجد نسخة منظفة تم التحقق منها",
    },
    "withheld_fields": {
        "en": "Contacts, sources, exact coordinates and internal notes",
        "es": "Contactos, fuentes, coordenadas exactas y notas internas",
        "fr": "Contacts, sources, coordonnées exactes et notes internes",
        "ar": "جهات الاتصال والمصادر والإحداثيات الدقيقة والملاحظات الداخلية",
    },
    "why_fields": {
        "en": "never included in dossiers sent outside the organisation",
        "es": "nunca se incluyen en expedientes enviados fuera de la organización",
        "fr": "jamais inclus dans les dossiers envoyés hors de l'organisation",
        "ar": "لا تُدرج أبداً في الملفات المرسلة خارج المنظمة",
    },
    "redacted": {"en": "[redacted]", "es": "[suprimido]", "fr": "[expurgé]", "ar": "[محذوف]"},
    "withheld_name": {
        "en": "[name withheld]",
        "es": "[nombre reservado]",
        "fr": "[nom retenu]",
        "ar": "[اسم محجوب]",
    },
    "person_code": {
        "en": "Person {code}",
        "es": "Persona {code}",
        "fr": "Personne {code}",
        "ar": "الشخص {code}",
    },
}

_LABELS: dict[str, dict[str, str]] = {
    "contents": {"es": "Índice", "fr": "Sommaire", "ar": "المحتويات"},
    "page": {
        "es": "Página {page} de {pages}",
        "fr": "Page {page} sur {pages}",
        "ar": "الصفحة {page} من {pages}",
    },
    "summary": {"es": "Resumen", "fr": "Résumé", "ar": "ملخص"},
    "incidents": {"es": "Incidentes", "fr": "Incidents", "ar": "الحوادث"},
    "annex": {"es": "Anexo de pruebas", "fr": "Annexe des preuves", "ar": "ملحق الأدلة"},
    "hashes": {
        "es": "SHA-256 de los archivos de este expediente",
        "fr": "SHA-256 des fichiers de ce dossier",
        "ar": "بصمة SHA-256 لملفات هذا الملف",
    },
    "file": {"es": "Archivo", "fr": "Fichier", "ar": "الملف"},
    "withheld": {
        "es": "Información reservada",
        "fr": "Informations retenues",
        "ar": "المعلومات المحجوبة",
    },
    "withheld_intro": {
        "es": "Lo siguiente se excluyó deliberadamente de este expediente.",
        "fr": "Les éléments suivants ont été délibérément exclus de ce dossier.",
        "ar": "تم استبعاد ما يلي عمداً من هذا الملف.",
    },
    "nothing_withheld": {
        "es": "No se reservó nada.",
        "fr": "Rien n'a été retenu.",
        "ar": "لم يُحجب شيء.",
    },
    "recipient": {"es": "Destinatario", "fr": "Destinataire", "ar": "الجهة المستلمة"},
    "date": {"es": "Fecha", "fr": "Date", "ar": "التاريخ"},
    "classification": {"es": "Clasificación", "fr": "Classification", "ar": "التصنيف"},
}

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
}

LANGUAGES = ("en", "es", "fr", "ar")


def text(key: str, lang: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang`` (English if missing), with values filled in."""
    entry = _T[key]
    return (entry.get(lang) or entry["en"]).format(**values)


def labels(lang: str) -> Labels:
    english = Labels()
    return Labels(
        **{
            name: _LABELS.get(name, {}).get(lang, getattr(english, name))
            for name in english.__dataclass_fields__
        }
    )


#: Template titles, default recipients and classifications, per dossier language.
TEMPLATE_TEXTS: dict[str, dict[str, dict[str, str]]] = {
    "un-communication": {
        "title": {
            "es": "Comunicación a los Procedimientos Especiales de la ONU",
            "fr": "Communication aux procédures spéciales des Nations Unies",
            "ar": "بلاغ إلى الإجراءات الخاصة للأمم المتحدة",
        },
        "recipient": {
            "es": "Procedimientos Especiales de la ONU (ACNUDH)",
            "fr": "Procédures spéciales des Nations Unies (HCDH)",
            "ar": "الإجراءات الخاصة للأمم المتحدة (المفوضية السامية لحقوق الإنسان)",
        },
        "classification": {
            "es": "CONFIDENCIAL — la fuente debe mantenerse confidencial",
            "fr": "CONFIDENTIEL — la source doit rester confidentielle",
            "ar": "سري — يجب الحفاظ على سرية المصدر",
        },
    },
    "wgeid": {
        "title": {
            "es": "Denuncia de una desaparición forzada o involuntaria",
            "fr": "Signalement d'une disparition forcée ou involontaire",
            "ar": "بلاغ عن حالة اختفاء قسري أو غير طوعي",
        },
        "recipient": {
            "es": "Grupo de Trabajo de la ONU sobre Desapariciones Forzadas o Involuntarias",
            "fr": "Groupe de travail des Nations Unies sur les disparitions forcées "
            "ou involontaires",
            "ar": "الفريق العامل المعني بحالات الاختفاء القسري أو غير الطوعي",
        },
        "classification": {
            "es": "CONFIDENCIAL — la fuente debe mantenerse confidencial",
            "fr": "CONFIDENTIEL — la source doit rester confidentielle",
            "ar": "سري — يجب الحفاظ على سرية المصدر",
        },
    },
    "protection-request": {
        "title": {
            "es": "Solicitud de protección urgente",
            "fr": "Demande de protection urgente",
            "ar": "طلب حماية عاجل",
        },
        "recipient": {
            "es": "Organización de protección",
            "fr": "Organisation de protection",
            "ar": "منظمة الحماية",
        },
        "classification": {
            "es": "CONFIDENCIAL — compartir solo con socios autorizados",
            "fr": "CONFIDENTIEL — à partager uniquement avec des partenaires autorisés",
            "ar": "سري — لا يُشارك إلا مع الشركاء الموافق عليهم",
        },
    },
    "internal-brief": {
        "title": {
            "es": "Informe jurídico interno",
            "fr": "Note juridique interne",
            "ar": "مذكرة قانونية داخلية",
        },
        "recipient": {
            "es": "Abogadas y abogados de la organización",
            "fr": "Les juristes de l'organisation",
            "ar": "محامو المنظمة",
        },
        "classification": {
            "es": "ESTRICTAMENTE CONFIDENCIAL — solo uso interno",
            "fr": "STRICTEMENT CONFIDENTIEL — usage interne uniquement",
            "ar": "سري للغاية — للاستخدام الداخلي فقط",
        },
    },
    "public-report": {
        "title": {"es": "Informe público", "fr": "Rapport public", "ar": "تقرير عام"},
        "recipient": {"es": "El público", "fr": "Le public", "ar": "الجمهور"},
        "classification": {"es": "PÚBLICO", "fr": "PUBLIC", "ar": "عام"},
    },
}


def template_text(template_id: str, key: str, lang: str, english: str) -> str:
    """A template's title, recipient or classification in ``lang`` (English source else)."""
    return TEMPLATE_TEXTS.get(template_id, {}).get(key, {}).get(lang, english)
