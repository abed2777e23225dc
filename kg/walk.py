"""Walk the entity network: the paths joining two entities and the edges around one.

Consumes the :class:`networkx.MultiDiGraph` of :func:`kg.network.to_networkx` and
produces :class:`EntityPath` and :class:`Neighbor` records, plus their text. Walks ignore edge
direction (``KIT exon 9 mutation —confersSensitivityTo→ imatinib`` joins imatinib to the
mutation as much as the other way round), but every :class:`Link` keeps the edge's
subject and object, so what is printed reads in the asserted direction.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import networkx as nx

from kg.errors import KGError
from kg.model import ENTITY_TYPES

#: Edge attributes shown as flags, in this order: attribute → flag word.
FLAGS = {"hedged": "hedged", "inferred": "inferred", "has_conflict": "conflict", "negated": "negated"}


@dataclass(frozen=True, slots=True)
class Link:
    """One direct edge, as asserted (``subject —predicate→ object``), whichever way it is walked.

    :ivar publications: Citations of its evidence (``PMID:…``, else ``DOI:…``), sorted.
    :ivar flags: Words from :data:`FLAGS` that apply (``("hedged",)``).
    """

    subject: str
    predicate: str
    object: str
    confidence: float
    publications: tuple[str, ...]
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityPath:
    """A simple path: its nodes from start to end, and the edges joining each pair of them.

    ``hops[i]`` holds every edge between ``nodes[i]`` and ``nodes[i + 1]`` (either
    direction), strongest first: parallel edges (``inhibits`` and ``interactsWith``
    between the same two entities) make one path, not one path each.
    """

    nodes: tuple[str, ...]
    hops: tuple[tuple[Link, ...], ...]

    @property
    def length(self) -> int:
        """The number of hops (edges walked)."""
        return len(self.hops)

    @property
    def confidence(self) -> float:
        """The total confidence: the sum over hops of each hop's strongest edge."""
        return sum(hop[0].confidence for hop in self.hops)


@dataclass(frozen=True, slots=True)
class PathSearch:
    """The paths found between two entities, best first.

    :ivar truncated: More paths within ``max_length`` exist than ``paths`` holds.
    """

    source: str
    target: str
    max_length: int
    paths: tuple[EntityPath, ...]
    truncated: bool


def find_paths(network: nx.MultiDiGraph, source: str, target: str, *, max_length: int = 4,
               limit: int = 10) -> PathSearch:
    """Find the simple paths between two entities, ignoring edge direction.

    Paths are ranked shortest first, then by :attr:`EntityPath.confidence` (highest first),
    then by their nodes' labels so the order is stable.

    :param network: From :func:`kg.network.to_networkx`.
    :param source: The CURIE of the node to start from.
    :param target: The CURIE of the node to reach.
    :param max_length: The most edges a path may have.
    :param limit: The most paths to return.
    :raises KGError: For a node not in the network, the same node twice, or a bound below 1.

    >>> net = nx.MultiDiGraph()
    >>> net.add_edge("A", "B", key="inhibits", confidence=0.5, publications="PMID:1")
    'inhibits'
    >>> net.add_edge("C", "B", key="mutationOf", confidence=0.4, publications="PMID:2")
    'mutationOf'
    >>> [p.nodes for p in find_paths(net, "A", "C").paths]
    [('A', 'B', 'C')]
    """
    for name, value in (("max_length", max_length), ("limit", limit)):
        if value < 1:
            raise KGError(f"{name} must be at least 1, not {value}")
    for node in (source, target):
        if node not in network:
            raise KGError(_not_an_entity(node))
    if source == target:
        raise KGError(f"both ends name {_named(network, source)}; name two different entities")
    undirected = network.to_undirected(as_view=True)
    distance = nx.single_source_shortest_path_length(undirected, target, cutoff=max_length)
    found: list[EntityPath] = []
    truncated = False
    for length in range(1, max_length + 1):
        level = _paths_of_length(network, distance, source, target, length)
        if len(found) >= limit:
            # Only whether one more exists matters now: do not walk the whole level.
            truncated = next(level, None) is not None
            break
        found += sorted(level, key=lambda p: (-p.confidence, [_label(network, n).casefold() for n in p.nodes],
                                              p.nodes))
    if len(found) > limit:
        found, truncated = found[:limit], True
    return PathSearch(source, target, max_length, tuple(found), truncated)


def nodes_between(skeleton: nx.Graph, source: str, target: str, max_length: int) -> set[str]:
    """The entities a path of at most ``max_length`` edges between two entities can pass through, ends included.

    A node ``d`` hops from ``source`` and ``e`` from ``target`` lies on such a path only if
    ``d + e <= max_length``; every path of :func:`find_paths` runs through these nodes
    alone, so the projection of them (``to_networkx(graph, among=…)``) finds what the
    whole one does.

    :param skeleton: From :func:`kg.network.skeleton` (undirected).

    >>> net = nx.Graph([("A", "B"), ("B", "C"), ("C", "D"), ("A", "E")])
    >>> sorted(nodes_between(net, "A", "C", 2))
    ['A', 'B', 'C']
    >>> sorted(nodes_between(net, "A", "D", 2))
    ['A', 'D']
    >>> sorted(nodes_between(net, "A", "D", 3))
    ['A', 'B', 'C', 'D']
    """
    if source not in skeleton or target not in skeleton:
        return {source, target}
    from_source = nx.single_source_shortest_path_length(skeleton, source, cutoff=max_length)
    from_target = nx.single_source_shortest_path_length(skeleton, target, cutoff=max_length)
    beyond = max_length + 1
    return {source, target} | {n for n, d in from_source.items() if d + from_target.get(n, beyond) <= max_length}


def _not_an_entity(node: str) -> str:
    return f"{node} is not an entity of the network; walks join {', '.join(ENTITY_TYPES)} entities"


def _paths_of_length(network: nx.MultiDiGraph, distance: dict[str, int], source: str, target: str,
                     length: int) -> Iterator[EntityPath]:
    """Every simple path of exactly ``length`` hops, pruned by each node's distance to ``target``."""
    if distance.get(source, length + 1) > length:
        return
    stack: list[tuple[str, ...]] = [(source,)]
    while stack:
        nodes = stack.pop()
        here, left = nodes[-1], length - (len(nodes) - 1)
        if here == target:  # a simple path ends where it first meets the target
            if left == 0:
                yield EntityPath(nodes, tuple(_hop(network, a, b) for a, b in zip(nodes, nodes[1:], strict=False)))
            continue
        for step in set(network.successors(here)) | set(network.predecessors(here)):
            # A node the target is further from than the hops left cannot lie on the path.
            if step not in nodes and distance.get(step, left + 1) <= left - 1:
                stack.append((*nodes, step))


def _hop(network: nx.MultiDiGraph, a: str, b: str) -> tuple[Link, ...]:
    """Every edge between ``a`` and ``b``, in either direction, strongest first."""
    links = [_link(a, b, key, data) for key, data in network.get_edge_data(a, b, default={}).items()]
    links += [_link(b, a, key, data) for key, data in network.get_edge_data(b, a, default={}).items()]
    return tuple(sorted(links, key=lambda k: (-k.confidence, k.predicate, k.subject)))


def _link(subject: str, object_: str, key: str, data: dict[str, object]) -> Link:
    publications = str(data.get("publications") or "")
    return Link(subject, key, object_, float(str(data.get("confidence", 0.0))),
                tuple(sorted(p for p in publications.split("|") if p)),
                tuple(word for attr, word in FLAGS.items() if data.get(attr)))


def _label(network: nx.MultiDiGraph, node: str) -> str:
    return str(network.nodes[node].get("label") or node)


def format_link(network: nx.MultiDiGraph, link: Link) -> str:
    """One edge in its asserted direction, with confidence, flags and citations.

    >>> net = nx.MultiDiGraph()
    >>> net.add_node("CHEBI:45783", label="imatinib"); net.add_node("HGNC:6342", label="KIT")
    >>> print(format_link(net, Link("CHEBI:45783", "inhibits", "HGNC:6342", 0.542, ("PMID:12181401",), ("inferred",))))
    imatinib —inhibits→ KIT  (confidence 0.542; inferred; PMID:12181401)
    """
    details = [f"confidence {link.confidence:.3f}", ", ".join(link.flags), " ".join(link.publications)]
    return (f"{_label(network, link.subject)} —{link.predicate}→ {_label(network, link.object)}  "
            f"({'; '.join(d for d in details if d)})")


def format_path(network: nx.MultiDiGraph, path: EntityPath) -> str:
    """A path as one chain of labelled nodes, then one line per edge (see :func:`format_link`).

    In the chain each hop shows its predicates pointing the asserted way:
    ``imatinib ←confersSensitivityTo— KIT exon 9 mutation`` walks the edge backwards.
    """
    chain = _label(network, path.nodes[0])
    for node, hop in zip(path.nodes[1:], path.hops, strict=True):
        forward = [k.predicate for k in hop if k.object == node]
        backward = [k.predicate for k in hop if k.subject == node]
        arrows = ([f"—{'|'.join(forward)}→"] if forward else []) + ([f"←{'|'.join(backward)}—"] if backward else [])
        chain += f" {' '.join(arrows)} {_label(network, node)}"
    lines = [chain] + ["    " + format_link(network, link) for hop in path.hops for link in hop]
    return "\n".join(lines)


def format_paths(network: nx.MultiDiGraph, search: PathSearch) -> str:
    """The whole answer of :func:`find_paths` as text: a header, the numbered paths, a note when capped."""
    ends = f"{_named(network, search.source)} and {_named(network, search.target)}"
    edges = f"{search.max_length} edge{'s' if search.max_length != 1 else ''}"
    if not search.paths:
        return f"no path between {ends} within {edges}{_isolated(network, search)}\n"
    count = len(search.paths)
    out = [f"{count} path{'s' if count != 1 else ''} between {ends} (at most {edges}, "
           "shortest first, then by total confidence):"]
    for number, path in enumerate(search.paths, 1):
        block = format_path(network, path).splitlines()
        out += ["", f"{number}. {block[0]}"] + [f"  {line}" for line in block[1:]]
    if search.truncated:
        out += ["", f"(more paths exist within {edges}; raise --limit to see them)"]
    return "\n".join(out) + "\n"


def _named(network: nx.MultiDiGraph, node: str) -> str:
    return f"{_label(network, node)} ({node})"


def _isolated(network: nx.MultiDiGraph, search: PathSearch) -> str:
    """Why there is no path, when the reason is that one end has no edge a path may take.

    Paths leave out claims only negated evidence supports; ``kg neighbors`` lists them (a
    new user saw "no direct edge" for a drug ``kg neighbors`` gave two negated edges).
    """
    alone = [_label(network, n) for n in (search.source, search.target) if network.degree(n) == 0]
    if not alone:
        return ""
    return (f"; {' and '.join(alone)} {'has' if len(alone) == 1 else 'have'} no direct edge in the graph, "
            "negated ones aside ('kg neighbors' lists every edge)")


@dataclass(frozen=True, slots=True)
class Neighbor:
    """One edge touching an entity, seen from that entity.

    :ivar direction: ``"out"`` when the entity is the edge's subject, ``"in"`` when its object.
    :ivar papers: The number of distinct publications citing the edge's evidence.
    """

    direction: str
    predicate: str
    other: str
    other_label: str
    other_class: str
    confidence: float
    papers: int
    flags: tuple[str, ...]


#: Column names of :func:`neighbor_rows`.
NEIGHBOR_COLUMNS = ("direction", "predicate", "other", "otherLabel", "otherClass", "confidence", "papers", "flags")


def neighbors(network: nx.MultiDiGraph, node: str) -> list[Neighbor]:
    """Every edge touching ``node``, sorted by predicate, then confidence (highest first), then the other end.

    :raises KGError: When ``node`` is not in the network.

    >>> net = nx.MultiDiGraph()
    >>> net.add_edge("A", "B", key="inhibits", confidence=0.5, publications="PMID:1|PMID:2")
    'inhibits'
    >>> [(n.direction, n.predicate, n.other, n.papers) for n in neighbors(net, "B")]
    [('in', 'inhibits', 'A', 2)]
    """
    if node not in network:
        raise KGError(_not_an_entity(node))
    found = []
    edges = [("out", v, k, d) for _, v, k, d in network.out_edges(node, keys=True, data=True)]
    edges += [("in", u, k, d) for u, _, k, d in network.in_edges(node, keys=True, data=True)]
    for direction, other, key, data in edges:
        link = _link(node, other, key, data)
        attrs = network.nodes[other]
        found.append(Neighbor(direction, key, other, _label(network, other), str(attrs.get("category") or ""),
                              link.confidence, len(link.publications), link.flags))
    return sorted(found, key=lambda n: (n.predicate, -n.confidence, n.other_label.casefold(), n.other, n.direction))


def neighbor_rows(found: list[Neighbor]) -> list[tuple[object, ...]]:
    """Rows for :func:`kg.query.format_rows`, under :data:`NEIGHBOR_COLUMNS`."""
    return [(n.direction, n.predicate, n.other, n.other_label, n.other_class, f"{n.confidence:.3f}", n.papers,
             " ".join(n.flags)) for n in found]


__all__ = ["FLAGS", "NEIGHBOR_COLUMNS", "EntityPath", "Link", "Neighbor", "PathSearch", "find_paths", "format_link",
           "format_path", "format_paths", "neighbor_rows", "neighbors"]
