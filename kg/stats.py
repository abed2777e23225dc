"""Summarise a built graph: what it holds, counted with SPARQL.

Consumes an rdflib :class:`~rdflib.Graph` from :func:`kg.query.load_graph` (a file or an
Oxigraph store) and produces :class:`GraphStats`. Every count is a ``COUNT(DISTINCT …)``
because a store's default graph is the bag union of its named graphs, where a triple
written in two papers' graphs is seen twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal

from kg.errors import KGError
from kg.iris import NAMESPACES, compress
from kg.model import ENTITY_TYPES, PREDICATES
from kg.query import select_rows

_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in NAMESPACES.items()) + (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)

_ENTITIES = _PREFIXES + """
SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?class { CLASSES }
  ?e a ?class .
} GROUP BY ?class
""".replace("CLASSES", " ".join(f"kg:{t}" for t in ENTITY_TYPES))

_ASSERTIONS = _PREFIXES + """
SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Assertion ; kg:assertedPredicate ?p } GROUP BY ?p
"""

# A direct edge is one (s, p, o) triple whatever graph holds it, hence the inner DISTINCT.
_EDGES = _PREFIXES + """
SELECT ?p (COUNT(*) AS ?n) WHERE {
  SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { PREDICATES } ?s ?p ?o }
} GROUP BY ?p
""".replace("PREDICATES", " ".join(f"kg:{p}" for p in PREDICATES))

#: What :attr:`GraphStats.totals` counts: name → the graph pattern binding ``?x``.
TOTALS = {
    "documents": "?x a kg:Publication ; kg:sourceText ?text",  # the papers read, not the ones they cite
    "publications": "?x a kg:Publication",
    "assertions": "?x a kg:Assertion",
    "evidence": "?x a kg:Evidence",
    "mentions": "?x a kg:Mention",
    "outcomes": "?x a kg:OutcomeMeasurement",
    "studies": "?x a kg:Study",
}

_TOP = _PREFIXES + """
SELECT ?e (SAMPLE(?label) AS ?name) (GROUP_CONCAT(DISTINCT ?local; separator="|") AS ?classes)
       (MAX(?n) AS ?papers) WHERE {
  # The build's count of the papers that mention it (a lookup, not a scan of every kg:mentions).
  ?e kg:paperCount ?n ; rdfs:label ?label ; a ?class .
  VALUES ?class { CLASSES }
  BIND(STRAFTER(STR(?class), "#") AS ?local)
} GROUP BY ?e ORDER BY DESC(?papers) LCASE(?name) ?e LIMIT __TOP__
""".replace("CLASSES", " ".join(f"kg:{t}" for t in ENTITY_TYPES))


@dataclass(frozen=True, slots=True)
class TopEntity:
    """An entity and the number of papers that mention it.

    :ivar classes: Its ``kg:`` classes, ``|``-joined when several (``AdverseEvent|Disease``).
    """

    curie: str
    label: str
    classes: str
    papers: int


@dataclass(frozen=True, slots=True)
class GraphStats:
    """Counts of what a graph holds.

    :ivar entities: Entity class → entities of that class (every class of
        :data:`kg.model.ENTITY_TYPES`, zeros included). An entity of two classes counts in both.
    :ivar predicates: Predicate → ``(assertions, direct edges)``; the edges include those
        implied by a sub-property (``inhibits`` also gives ``targets``), and a negated
        assertion has no edge.
    :ivar totals: The counts of :data:`TOTALS`, in that order.
    :ivar top: The entities mentioned by the most papers, most first.
    """

    entities: dict[str, int]
    predicates: dict[str, tuple[int, int]]
    totals: dict[str, int]
    top: tuple[TopEntity, ...]

    def to_dict(self) -> dict[str, object]:
        """The counts as plain JSON-ready values."""
        return {
            "entities": dict(self.entities),
            "predicates": {p: {"assertions": a, "edges": e} for p, (a, e) in self.predicates.items()},
            **self.totals,
            "top": [{"entity": t.curie, "label": t.label, "class": t.classes, "papers": t.papers} for t in self.top],
        }


def graph_stats(graph: Graph, *, top: int = 10) -> GraphStats:
    """Count the entities, assertions, edges, documents, evidence, mentions and outcomes of a graph.

    :param graph: From :func:`kg.query.load_graph`: a parsed file or an Oxigraph store.
    :param top: How many of the most-mentioned entities to list.
    :raises KGError: When ``top`` is negative.

    >>> stats = graph_stats(Graph())
    >>> stats.entities["Drug"], stats.totals["documents"], stats.top
    (0, 0, ())
    """
    if top < 0:
        raise KGError(f"top must be 0 or more, not {top}")
    by_class = {_local(c): _int(n) for c, n in select_rows(graph, _ENTITIES)}
    entities = {t: by_class.get(t, 0) for t in ENTITY_TYPES}
    asserted = {_local(p): _int(n) for p, n in select_rows(graph, _ASSERTIONS)}
    edges = {_local(p): _int(n) for p, n in select_rows(graph, _EDGES)}
    predicates = {p: (asserted.get(p, 0), edges.get(p, 0)) for p in PREDICATES if asserted.get(p) or edges.get(p)}
    totals = {}
    for name, pattern in TOTALS.items():
        [(count,)] = select_rows(graph, f"{_PREFIXES}SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")
        totals[name] = _int(count)
    rows = select_rows(graph, _TOP.replace("__TOP__", str(top))) if top else []
    best = tuple(TopEntity(compress(str(e)), str(label), str(classes), _int(papers))
                 for e, label, classes, papers in rows)
    return GraphStats(entities, predicates, totals, best)


#: A titled table: its title, its column names and its rows.
Table = tuple[str, tuple[str, ...], list[tuple[object, ...]]]


def stats_tables(stats: GraphStats) -> list[Table]:
    """The counts as titled tables ``(title, columns, rows)`` for :func:`kg.query.format_rows`.

    The table of most-mentioned entities is left out when :attr:`GraphStats.top` is empty.
    """
    tables: list[Table] = [
        ("entities by class", ("class", "entities"), [(c, n) for c, n in stats.entities.items()]),
        ("assertions and direct edges by predicate", ("predicate", "assertions", "edges"),
         [(p, a, e) for p, (a, e) in stats.predicates.items()]),
        ("totals", ("what", "count"), [(k, n) for k, n in stats.totals.items()]),
    ]
    if stats.top:
        tables.append(("entities mentioned by the most papers", ("entity", "label", "class", "papers"),
                       [(t.curie, t.label, t.classes, t.papers) for t in stats.top]))
    return tables


def _local(term: object) -> str:
    return str(term).rsplit("#", 1)[-1]


def _int(term: object) -> int:
    return int(term.toPython()) if isinstance(term, Literal) else int(str(term))


__all__ = ["TOTALS", "GraphStats", "Table", "TopEntity", "graph_stats", "stats_tables"]
