# SPDX-License-Identifier: GPL-3.0-or-later
"""Hierarchical vocabularies inside SQL: grouping at top level and matching subtrees.

Analysts ask both "how many death threats?" and "how many threats of any kind?".
Codes are dotted (``threat.death`` sits under ``threat``), so the top level of a
shipped code is its first segment, computed in SQL without a join. An
organisation's own terms (``x.…``) may hang under a shipped term whose code they
do not start with, so their top level comes from the parent chain stored in the
vault and is written into the SQL as a small ``CASE`` of overrides.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from defenderdoc.vault.models import CustomTerm
from defenderdoc.vocab import CUSTOM_PREFIX, Term, Vocabulary, load_vocabulary


def vocabulary(session: Session, vocab_id: str) -> Vocabulary:
    """The shipped vocabulary plus this vault's own terms, as the services see it."""
    rows = session.scalars(
        select(CustomTerm).where(CustomTerm.vocabulary == vocab_id).order_by(CustomTerm.code)
    ).all()
    base = load_vocabulary(vocab_id)
    if not rows:
        return base
    extra = [Term(r.code, {"en": r.label}, r.parent) for r in rows]
    try:
        return base.with_custom_terms(extra)
    except ValueError:  # a damaged custom term must not make every table fail
        return base


def _has_prefix(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    """Exact, case-sensitive prefix test (``LIKE`` would treat ``_`` in codes as a wildcard).

    Written as a range, ``prefix <= column < prefix'`` (its last character
    incremented), so SQLite walks the column's index instead of reading every row:
    in binary order, those are exactly the strings that start with ``prefix``.
    """
    last = ord(prefix[-1]) if prefix else 0x10FFFF
    if last >= 0x10FFFF:
        return func.substr(column, 1, len(prefix)) == prefix
    return and_(column >= prefix, column < prefix[:-1] + chr(last + 1))


def _string_rule(code: str) -> str:
    """The top level that the SQL string rule gives; must match :func:`top_expression`."""
    if code.startswith(CUSTOM_PREFIX):
        return code
    return code.split(".", 1)[0]


def top_of(vocab: Vocabulary, code: str) -> str:
    """Follow parents to the root; a code this release does not know uses the string rule."""
    term = vocab.get(code)
    seen: set[str] = set()
    while term is not None and term.parent is not None and term.code not in seen:
        seen.add(term.code)
        parent = vocab.get(term.parent)
        if parent is None:
            break
        term = parent
    return term.code if term is not None else _string_rule(code)


def top_expression(column: ColumnElement[str], vocab: Vocabulary) -> ColumnElement[str]:
    """SQL giving the top-level code of ``column`` (NULL stays NULL)."""
    dot = func.instr(column, ".")
    rule: ColumnElement[str] = case(
        (_has_prefix(column, CUSTOM_PREFIX), column),
        (dot > 0, func.substr(column, 1, dot - 1)),
        else_=column,
    )
    overrides = {
        term.code: top_of(vocab, term.code)
        for term in vocab
        if top_of(vocab, term.code) != _string_rule(term.code)
    }
    if not overrides:
        return rule
    return case({code: literal(top) for code, top in overrides.items()}, value=column, else_=rule)


def subtree(vocab: Vocabulary, codes: Iterable[str]) -> set[str]:
    """``codes`` and every known term below them (custom children included)."""
    wanted = set(codes)
    found = set(wanted)
    for term in vocab:
        chain = term
        seen: set[str] = set()
        while chain.parent is not None and chain.code not in seen:
            seen.add(chain.code)
            if chain.parent in wanted:
                found.add(term.code)
                break
            parent = vocab.get(chain.parent)
            if parent is None:
                break
            chain = parent
    return found


def matches(
    column: ColumnElement[str], vocab: Vocabulary, codes: Iterable[str], *, subtypes: bool
) -> ColumnElement[bool]:
    """``column`` is one of ``codes`` or, with ``subtypes``, anywhere below one of them.

    The prefix test also catches codes from a newer release that this vocabulary
    does not list yet, so such records are never silently left out of a filter.
    """
    wanted = sorted(set(codes))
    if not subtypes:
        return column.in_(wanted)
    known = sorted(subtree(vocab, wanted))
    prefixes = [_has_prefix(column, code + ".") for code in wanted]
    return or_(column.in_(known), *prefixes)
