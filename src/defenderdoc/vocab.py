# SPDX-License-Identifier: GPL-3.0-or-later
"""Controlled vocabularies, shipped as JSON data in ``resources/vocabularies/``.

Vocabularies are data rather than enums so that they can be translated and extended
by an organisation without touching code. Records store term *codes*, never labels:
codes are stable forever, labels may be reworded or translated at any time. Each term
may name the HURIDOCS micro-thesaurus terms it corresponds to, so that records can be
exchanged with systems speaking the HURIDOCS Events format; HURIDOCS label text is
deliberately not shipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from defenderdoc import paths

#: Languages every shipped term is labelled in; English is the fallback.
LANGUAGES = ("en", "es", "fr", "ar")
FALLBACK_LANGUAGE = "en"
#: Organisation-defined terms live in this namespace so they never collide with
#: codes a later DefenderDoc release adds.
CUSTOM_PREFIX = "x."
#: The one vocabulary whose codes are ISO 3166-1 alpha-2 and whose terms carry a region.
COUNTRY_VOCABULARY = "country"
_FILE_NAMES = {COUNTRY_VOCABULARY: "countries"}

_CODE = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)*")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_VOCAB_ID = re.compile(r"[a-z][a-z0-9_]*")
_HURIDOCS_CODE = re.compile(r"[0-9]{12}")


def _frozen_labels(labels: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(labels))


@dataclass(frozen=True)
class Term:
    """One entry of a vocabulary: a stable code, its translations and its HURIDOCS targets."""

    code: str
    labels: Mapping[str, str] = field(hash=False)
    parent: str | None
    huridocs: tuple[tuple[int, str], ...] = ()
    region: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", _frozen_labels(self.labels))
        object.__setattr__(self, "huridocs", tuple((int(t), str(c)) for t, c in self.huridocs))

    def label(self, lang: str = FALLBACK_LANGUAGE) -> str:
        """The label in ``lang``, else English: a missing translation never shows blank."""
        return self.labels.get(lang) or self.labels.get(FALLBACK_LANGUAGE) or self.code


@dataclass(frozen=True)
class Vocabulary:
    """An ordered, immutable set of terms; the order is the display order."""

    id: str
    labels: Mapping[str, str] = field(hash=False)
    multiple: bool
    sensitive: bool
    terms: tuple[Term, ...]
    _index: Mapping[str, Term] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "labels", _frozen_labels(self.labels))
        object.__setattr__(self, "terms", tuple(self.terms))
        index: dict[str, Term] = {}
        for term in self.terms:
            index.setdefault(term.code, term)  # duplicates are reported by validate()
        object.__setattr__(self, "_index", MappingProxyType(index))

    def label(self, lang: str = FALLBACK_LANGUAGE) -> str:
        """The vocabulary's own name (a field label in forms), falling back to English."""
        return self.labels.get(lang) or self.labels.get(FALLBACK_LANGUAGE) or self.id

    def term(self, code: str) -> Term:
        """The term with ``code``; raises ``KeyError`` when there is none."""
        return self._index[code]

    def get(self, code: str) -> Term | None:
        """The term with ``code``, or ``None``: records may hold codes from a newer release."""
        return self._index.get(code)

    def label_for(self, code: str, lang: str = FALLBACK_LANGUAGE) -> str:
        """Display text for a stored code; an unknown code is shown as itself, never dropped."""
        term = self._index.get(code)
        return term.label(lang) if term is not None else code

    def children(self, code: str | None = None) -> tuple[Term, ...]:
        """Direct children of ``code`` in display order; ``None`` gives the top-level terms."""
        return tuple(term for term in self.terms if term.parent == code)

    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._index

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def with_custom_terms(self, terms: Iterable[Term]) -> Vocabulary:
        """A copy extended with an organisation's own terms.

        Custom codes must sit in the ``x.`` namespace and must not collide, so that a
        later release can never silently change what a stored code means. Raises
        ``ValueError`` listing every problem.
        """
        extra = tuple(terms)
        problems: list[str] = []
        seen: set[str] = set()
        for term in extra:
            if not term.code.startswith(CUSTOM_PREFIX) or len(term.code) <= len(CUSTOM_PREFIX):
                problems.append(f"custom code {term.code!r} must start with {CUSTOM_PREFIX!r}")
            if term.code in self._index or term.code in seen:
                problems.append(f"custom code {term.code!r} is already in use")
            seen.add(term.code)
        extended = Vocabulary(
            id=self.id,
            labels=self.labels,
            multiple=self.multiple,
            sensitive=self.sensitive,
            terms=self.terms + extra,
        )
        problems += [p for p in validate(extended) if p not in problems]
        if problems:
            raise ValueError(f"cannot extend vocabulary {self.id!r}: " + "; ".join(problems))
        return extended


def _prefixed_by_parent(code: str, parent: str) -> bool:
    """Whether ``code`` sits under ``parent`` (a custom child of a built-in is ``x.<parent>.…``)."""
    if code.startswith(parent + "."):
        return True
    return (
        code.startswith(CUSTOM_PREFIX)
        and not parent.startswith(CUSTOM_PREFIX)
        and code[len(CUSTOM_PREFIX) :].startswith(parent + ".")
    )


def validate(vocab: Vocabulary) -> list[str]:
    """Every structural problem in ``vocab``, as readable sentences; empty when sound.

    Checked: code syntax, duplicate codes, missing parents, children whose code does not
    extend their parent's, missing English labels, malformed HURIDOCS targets, and a
    ``region`` outside the country vocabulary.
    """
    problems: list[str] = []
    if not _VOCAB_ID.fullmatch(vocab.id):
        problems.append(f"vocabulary id {vocab.id!r} is not lowercase ASCII")
    if not vocab.labels.get(FALLBACK_LANGUAGE):
        problems.append(f"vocabulary {vocab.id!r} has no English label")
    is_country = vocab.id == COUNTRY_VOCABULARY
    codes = {term.code for term in vocab.terms}
    seen: set[str] = set()
    for term in vocab.terms:
        code = term.code
        if code in seen:
            problems.append(f"duplicate code {code!r}")
        seen.add(code)
        if not (_CODE.fullmatch(code) or (is_country and _COUNTRY_CODE.fullmatch(code))):
            problems.append(f"code {code!r} is not lowercase dot-separated ASCII")
        if term.parent is not None:
            if term.parent not in codes:
                problems.append(f"term {code!r} has missing parent {term.parent!r}")
            if not _prefixed_by_parent(code, term.parent):
                problems.append(
                    f"child code {code!r} is not prefixed by its parent {term.parent!r}"
                )
        if not term.labels.get(FALLBACK_LANGUAGE, "").strip():
            problems.append(f"term {code!r} has no English label")
        for thesaurus, target in term.huridocs:
            if thesaurus <= 0 or not _HURIDOCS_CODE.fullmatch(target):
                problems.append(
                    f"term {code!r} has a malformed HURIDOCS target {(thesaurus, target)!r}"
                )
        if term.region is not None and not is_country:
            problems.append(f"term {code!r} has a region, which only country terms may have")
    return problems


def _file_name(vocab_id: str) -> str:
    return _FILE_NAMES.get(vocab_id, vocab_id)


def vocabulary_ids() -> list[str]:
    """Ids of every shipped vocabulary, sorted."""
    by_file = {name: vocab_id for vocab_id, name in _FILE_NAMES.items()}
    folder = paths.resource("vocabularies")
    return sorted(by_file.get(path.stem, path.stem) for path in folder.glob("*.json"))


def _require(mapping: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = mapping.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"{where}: {key!r} must be a {kind.__name__}")
    return value


def _labels(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError(f"{where}: 'label' must map language codes to text")
    return dict(value)


def _parse_term(raw: Any, where: str) -> Term:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: each term must be an object")
    code = _require(raw, "code", str, where)
    where = f"{where} term {code!r}"
    parent = raw.get("parent")
    if parent is not None and not isinstance(parent, str):
        raise ValueError(f"{where}: 'parent' must be a string or null")
    targets = raw.get("huridocs", [])
    if not isinstance(targets, list):
        raise ValueError(f"{where}: 'huridocs' must be a list")
    huridocs: list[tuple[int, str]] = []
    for target in targets:
        if not isinstance(target, dict):
            raise ValueError(f"{where}: each HURIDOCS target must be an object")
        huridocs.append(
            (_require(target, "thesaurus", int, where), _require(target, "code", str, where))
        )
    region = raw.get("region")
    if region is not None and not isinstance(region, str):
        raise ValueError(f"{where}: 'region' must be a string")
    return Term(
        code=code,
        labels=_labels(raw.get("label"), where),
        parent=parent,
        huridocs=tuple(huridocs),
        region=region,
    )


def _parse(data: Any, where: str) -> Vocabulary:
    if not isinstance(data, dict):
        raise ValueError(f"{where}: a vocabulary file must hold a JSON object")
    terms = _require(data, "terms", list, where)
    return Vocabulary(
        id=_require(data, "id", str, where),
        labels=_labels(data.get("label"), where),
        multiple=_require(data, "multiple", bool, where),
        sensitive=_require(data, "sensitive", bool, where),
        terms=tuple(_parse_term(raw, where) for raw in terms),
    )


@cache
def load_vocabulary(vocab_id: str) -> Vocabulary:
    """The shipped vocabulary ``vocab_id``, read once per process.

    Raises ``KeyError`` for an id that is not shipped and ``ValueError`` for a malformed
    file, so a broken installation fails loudly instead of showing empty pick-lists.
    """
    if not _VOCAB_ID.fullmatch(vocab_id):
        raise KeyError(vocab_id)
    path = paths.resource("vocabularies", f"{_file_name(vocab_id)}.json")
    if not path.is_file():
        raise KeyError(vocab_id)
    vocab = _parse(json.loads(path.read_text(encoding="utf-8")), path.name)
    if vocab.id != vocab_id:
        raise ValueError(f"{path.name}: holds vocabulary {vocab.id!r}, expected {vocab_id!r}")
    return vocab
