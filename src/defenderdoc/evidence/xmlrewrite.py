# SPDX-License-Identifier: GPL-3.0-or-later
"""A byte-preserving XML rewriter for Office/ODF parts.

ElementTree re-serialisation renames prefixes and drops "unused" namespace
declarations that ``mc:Ignorable`` still refers to, which makes Word reject the
file. Here the part is first validated with defusedxml (no DTDs, no entity
bombs), then tokenised; only the tags a rule touches are rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from defenderdoc.evidence.errors import malformed

_TOKEN = re.compile(
    rb"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<!.*?>"
    rb"|<(/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>"
    rb"|[^<]+",
    re.S,
)
_ATTR = re.compile(rb"([^\s=/>]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_XML_NS = "http://www.w3.org/XML/1998/namespace"

QName = tuple[str, str]


class Action(Enum):
    """What to do with an element."""

    KEEP = 0
    DROP = 1  # remove the element and everything inside it
    UNWRAP = 2  # remove the tags, keep the children
    EMPTY = 3  # keep the tags, remove the children and text


@dataclass
class Rules:
    """Element and attribute decisions; ``hits`` counts what was removed."""

    element: Callable[[QName, dict[QName, str]], Action] = lambda _q, _a: Action.KEEP
    attribute: Callable[[QName, QName, str], bool] = lambda _e, _a, _v: False
    hits: dict[str, list[str]] = field(default_factory=dict)

    def hit(self, what: str, value: str = "") -> None:
        """Remember one removal (values are shown to the user as findings)."""
        self.hits.setdefault(what, [])
        if value and value not in self.hits[what] and len(self.hits[what]) < 20:
            self.hits[what].append(value)
        elif not value:
            self.hits[what].append("")


def _resolve(name: str, nsmap: dict[str, str], *, is_attr: bool) -> QName:
    prefix, _, local = name.rpartition(":")
    if not prefix:
        return ("" if is_attr else nsmap.get("", ""), local)
    if prefix == "xml":
        return (_XML_NS, local)
    return (nsmap.get(prefix, prefix), local)


def _decode(value: bytes) -> str:
    text = value[1:-1].decode("utf-8", "replace")
    for ent, ch in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(ent, ch)
    return text


def rewrite(data: bytes, rules: Rules) -> bytes:  # noqa: PLR0912, PLR0915 - one tokenizer loop
    """Apply ``rules`` to a well-formed XML document; refuse anything else."""
    if not data.strip():
        return data
    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise malformed("XML part") from exc
    out: list[bytes] = []
    stack: list[tuple[bytes, Action, dict[str, str]]] = []
    nsmap: dict[str, str] = {}
    skipping = 0  # depth inside a dropped element
    pos = 0
    for m in _TOKEN.finditer(data):
        if m.start() != pos:
            raise malformed("XML tokens")
        pos = m.end()
        token = m.group(0)
        if m.group(2) is None:  # text, comment, PI, CDATA, declaration
            if token.startswith(b"<!--"):
                rules.hit("XML comment")
            elif token.startswith(b"<!") and not token.startswith(b"<![CDATA["):
                if not token.startswith(b"<!DOCTYPE") or b"[" in token:
                    raise malformed("XML declaration")
                out.append(token)
            elif not skipping:
                out.append(token)
            continue
        closing, raw_name, raw_attrs, self_close = m.group(1), m.group(2), m.group(3), m.group(4)
        if closing:
            if not stack or stack[-1][0] != raw_name:
                raise malformed("XML nesting")
            _name, action, nsmap = stack.pop()
            if skipping:
                skipping -= 1
                if skipping == 0 and action is Action.EMPTY:
                    out.append(token)
            elif action is Action.KEEP:
                out.append(token)
            continue
        attrs = [
            (a.group(1).decode("utf-8", "replace"), a.group(2)) for a in _ATTR.finditer(raw_attrs)
        ]
        parent_map = nsmap
        local_map = dict(nsmap)
        for name, value in attrs:
            if name == "xmlns":
                local_map[""] = _decode(value)
            elif name.startswith("xmlns:"):
                local_map[name[6:]] = _decode(value)
        if skipping:
            if not self_close:
                skipping += 1
                stack.append((raw_name, Action.DROP, parent_map))
                nsmap = local_map
            continue
        qname = _resolve(raw_name.decode("utf-8", "replace"), local_map, is_attr=False)
        resolved = {
            _resolve(n, local_map, is_attr=True): _decode(v)
            for n, v in attrs
            if not n.startswith("xmlns")
        }
        action = rules.element(qname, resolved)
        if action in (Action.DROP, Action.EMPTY):
            rules.hit(f"element {qname[1]}")
            if action is Action.EMPTY:
                out.append(token)
            if not self_close:
                skipping = 1
                stack.append((raw_name, action, parent_map))
                nsmap = local_map
            continue
        if action is Action.UNWRAP:
            rules.hit(f"element {qname[1]}")
        else:
            kept = []
            for name, value in attrs:
                aq = _resolve(name, local_map, is_attr=True)
                if not name.startswith("xmlns") and rules.attribute(qname, aq, _decode(value)):
                    rules.hit(f"attribute {aq[1]}", _decode(value))
                    continue
                kept.append(name.encode() + b"=" + value)
            if len(kept) == len(attrs):
                out.append(token)
            else:
                sep = b" " if kept else b""
                end = b"/>" if self_close else b">"
                out.append(b"<" + raw_name + sep + b" ".join(kept) + end)
        if not self_close:
            stack.append((raw_name, action, parent_map))
            nsmap = local_map
    if pos != len(data) or stack:
        raise malformed("XML structure")
    return b"".join(out)
