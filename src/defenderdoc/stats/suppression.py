# SPDX-License-Identifier: GPL-3.0-or-later
"""Small-cell suppression with complementary suppression, for tables that leave the vault.

A count of 1 to 4 in "nationality × disability" can point at one woman. So:

1. *Primary*: every cell, row total, column total or grand total with
   ``0 < value < threshold`` is suppressed.
2. *Complementary*: a suppressed value must not be recoverable by subtraction
   from what is published. Seen as a graph, the full table with its totals is a
   bipartite graph (one node per row and per column, the total row and total
   column included; each cell is an edge between its row and its column) and
   every row and column is one linear equation. A suppressed value is derivable
   exactly when its edge is a *bridge* of the graph of suppressed edges; when it
   lies on a cycle, adding and subtracting 1 around that cycle gives another
   table consistent with everything published. So we add cheap cells until the
   suppressed graph has no bridges: first every row or column with exactly one
   suppressed value gets its smallest other non-zero value suppressed, then any
   bridge left gets the cheapest path of further cells that closes a cycle
   through it. A 1-D table is the same with two nodes (the cells and the total
   are parallel edges), i.e. the familiar "never exactly one suppressed cell".
3. *Zeros* are never suppressed, neither as primary nor as complementary cells.
   A zero names nobody, and a suppressed zero protects nothing: the cycle argument
   needs every suppressed value to be at least 1 (a value that may go down by one
   stays non-negative), and suppressed zeros could let non-negativity pin a
   neighbour. Totals are costed far above inner cells, so they are chosen only
   when nothing else closes a cycle (e.g. a table whose total is below threshold).

Totals that are distinct counts (a multi-valued axis, see :mod:`.table`) are
protected as if they were sums: an outsider then knows strictly less.
Every suppressed value is written with the same marker, so nobody can tell the
small primary cells from the possibly large complementary ones.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from defenderdoc.errors import InvalidInputError
from defenderdoc.stats.table import CrossTab

DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class _Edge:
    u: int
    v: int
    value: int
    cost: int
    place: tuple[str, int, int]  # ("cell", r, c) | ("row", r, 0) | ("col", c, 0) | ("total", 0, 0)


def _graph(table: CrossTab) -> tuple[int, list[_Edge]]:
    big = 1 + sum(cell.value for cell in table.all_cells())
    if table.cols is None:  # two nodes; cells and total are parallel edges
        edges = [
            _Edge(0, 1, line[0].value, line[0].value, ("cell", r, 0))
            for r, line in enumerate(table.cells)
        ]
        edges.append(_Edge(0, 1, table.total.value, big + table.total.value, ("total", 0, 0)))
        return 2, edges
    n_rows, n_cols = len(table.cells), len(table.cols.keys)
    margin_row, col0 = n_rows, n_rows + 1
    margin_col = col0 + n_cols
    edges = []
    for r, line in enumerate(table.cells):
        edges += [
            _Edge(r, col0 + c, cell.value, cell.value, ("cell", r, c))
            for c, cell in enumerate(line)
        ]
        value = table.row_totals[r].value
        edges.append(_Edge(r, margin_col, value, big + value, ("row", r, 0)))
    for c, cell in enumerate(table.col_totals):
        edges.append(_Edge(margin_row, col0 + c, cell.value, big + cell.value, ("col", c, 0)))
    edges.append(_Edge(margin_row, margin_col, table.total.value, 2 * big, ("total", 0, 0)))
    return margin_col + 1, edges


def _adjacency(n: int, edges: list[_Edge], keep: set[int] | None) -> list[list[tuple[int, int]]]:
    adj: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for k, e in enumerate(edges):
        if keep is None or k in keep:
            adj[e.u].append((e.v, k))
            adj[e.v].append((e.u, k))
    return adj


def bridges(n: int, edges: list[_Edge], chosen: set[int]) -> list[int]:
    """Edges of ``chosen`` that lie on no cycle of ``chosen`` (iterative Tarjan)."""
    adj = _adjacency(n, edges, chosen)
    disc, low = [-1] * n, [0] * n
    found: list[int] = []
    clock = 0
    for root in range(n):
        if disc[root] != -1 or not adj[root]:
            continue
        disc[root] = low[root] = clock
        clock += 1
        stack = [(root, -1, iter(adj[root]))]
        while stack:
            node, via, neighbours = stack[-1]
            for nxt, k in neighbours:
                if k == via:
                    continue
                if disc[nxt] == -1:
                    disc[nxt] = low[nxt] = clock
                    clock += 1
                    stack.append((nxt, k, iter(adj[nxt])))
                    break
                low[node] = min(low[node], disc[nxt])
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > disc[parent]:
                        found.append(via)
    return sorted(found)


def _fix_lonely(n: int, edges: list[_Edge], chosen: set[int]) -> None:
    """Give every node with exactly one suppressed edge a second, the cheapest non-zero one."""
    adj = _adjacency(n, edges, None)
    degree = [sum(1 for _, k in adj[node] if k in chosen) for node in range(n)]
    queue = [node for node in range(n) if degree[node] == 1]
    while queue:
        node = queue.pop()
        if degree[node] != 1:
            continue
        options = [(edges[k].cost, k) for _, k in adj[node] if k not in chosen and edges[k].value]
        if not options:
            continue  # left for the bridge pass, which falls back safely
        k = min(options)[1]
        chosen.add(k)
        for end in (edges[k].u, edges[k].v):
            degree[end] += 1
            if degree[end] == 1:
                queue.append(end)


def _cheapest_path(n: int, edges: list[_Edge], chosen: set[int], banned: int) -> list[int] | None:
    """Cheapest chain of non-zero edges joining the ends of ``banned`` without using it."""
    adj = _adjacency(n, edges, None)
    start, goal = edges[banned].u, edges[banned].v
    best = [float("inf")] * n
    via: list[int] = [-1] * n
    best[start] = 0
    heap: list[tuple[float, int]] = [(0, start)]
    while heap:
        dist, node = heapq.heappop(heap)
        if node == goal:
            break
        if dist > best[node]:
            continue
        for nxt, k in adj[node]:
            if k == banned or not edges[k].value:
                continue
            step = dist + (0 if k in chosen else edges[k].cost)
            if step < best[nxt]:
                best[nxt], via[nxt] = step, k
                heapq.heappush(heap, (step, nxt))
    if via[goal] == -1:
        return None
    path, node = [], goal
    while node != start:
        k = via[node]
        path.append(k)
        node = edges[k].u if edges[k].v == node else edges[k].v
    return path


def protect(n: int, edges: list[_Edge], threshold: int) -> set[int]:
    """Indices of the edges to suppress."""
    chosen = {k for k, e in enumerate(edges) if 0 < e.value < threshold}
    _fix_lonely(n, edges, chosen)
    while found := bridges(n, edges, chosen):
        path = _cheapest_path(n, edges, chosen, found[0])
        if path is None:  # cannot happen for a consistent table; publish nothing then
            return set(range(len(edges)))
        chosen.update(path)
    return chosen


def suppress(table: CrossTab, threshold: int = DEFAULT_THRESHOLD) -> CrossTab:
    """A copy of ``table`` with primary and complementary suppression marked."""
    if threshold < 1:
        raise InvalidInputError("The suppression threshold must be at least 1.")
    n, edges = _graph(table)
    chosen = protect(n, edges, threshold)
    places = [edges[k].place for k in chosen]
    return table.with_marks(
        cells={(r, c) for kind, r, c in places if kind == "cell"},
        row_totals={r for kind, r, _ in places if kind == "row"},
        col_totals={c for kind, c, _ in places if kind == "col"},
        total=any(kind == "total" for kind, _, _ in places),
        threshold=threshold,
    )
