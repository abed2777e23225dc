"""The entity network: an RDF graph → a :class:`networkx.MultiDiGraph` of entities and edges.

Only entity nodes and pooled assertions are projected (no evidence, mention or outcome
nodes), so walks and exports see the knowledge, not the bookkeeping. Each edge carries
its assertion's confidence, conflict flag and a summary of its evidence. The network is
written as GraphML (:func:`write_graphml`) or Cytoscape.js JSON (:func:`write_cytoscape`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef

from kg.iris import compress, expand
from kg.model import ENTITY_TYPES
from kg.query import oxigraph_store, select_rows

_ENTITIES = """
PREFIX kg: <https://w3id.org/kg-builder/onto#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?e ?class ?label ?alt ?xref WHERE {
  ?e a ?class ; rdfs:label ?label .
  VALUES ?class { CLASSES }
  OPTIONAL { ?e skos:altLabel ?alt } OPTIONAL { ?e skos:exactMatch ?xref }
}
""".replace("CLASSES", " ".join(f"kg:{t}" for t in ENTITY_TYPES))

_ASSERTIONS = """
PREFIX kg: <https://w3id.org/kg-builder/onto#>
PREFIX bibo: <http://purl.org/ontology/bibo/>
SELECT ?a ?s ?p ?o ?confidence ?conflict ?ev ?negated ?hedged ?inferred ?text ?start ?pub ?pmid ?doi WHERE {
  ?a a kg:Assertion ; kg:assertedSubject ?s ; kg:assertedPredicate ?p ; kg:assertedObject ?o ;
     kg:confidence ?confidence ; kg:hasConflict ?conflict ; kg:evidence ?ev .
  ?ev kg:negated ?negated ; kg:hedged ?hedged ; kg:inferred ?inferred ; kg:text ?text ; kg:start ?start ;
      kg:fromPublication ?pub .
  OPTIONAL { ?pub bibo:pmid ?pmid } OPTIONAL { ?pub bibo:doi ?doi }
}
"""


#: Which entities an assertion joins: one row per pair, without the evidence rows of
#: :data:`_ASSERTIONS`. Negated-only assertions are in, as the edges of a supergraph of the
#: walks' network: leaving them out took Oxigraph 104 s on the 10k store (`FILTER EXISTS`
#: per assertion), reading them costs a few more nodes to project.
_JOINED = """
PREFIX kg: <https://w3id.org/kg-builder/onto#>
SELECT DISTINCT ?s ?o WHERE { ?a a kg:Assertion ; kg:assertedSubject ?s ; kg:assertedObject ?o . }
"""


@dataclass
class _Edge:
    subject: str
    predicate: str
    object: str
    confidence: float
    conflict: bool
    evidence: dict[str, tuple[bool, bool, bool, str, str, int]] = field(default_factory=dict)


def skeleton(graph: Graph) -> nx.Graph:
    """Which entities the assertions join, undirected, with nothing else.

    What a walk needs to know where to look: :func:`kg.walk.nodes_between` finds on it the
    entities a path can pass through, and only they are projected in full
    (:func:`paths_network`). It has an edge for negated-only assertions too (walks leave
    them out), so its distances are at most the walks' network's and no node a path can
    pass through is missed.
    """
    network = nx.Graph()
    network.add_edges_from((compress(str(s)), compress(str(o))) for s, o in select_rows(graph, _JOINED))
    return network


def paths_network(graph: Graph, source: str, target: str, max_length: int) -> nx.MultiDiGraph:
    """The part of :func:`to_networkx` in which :func:`kg.walk.find_paths` finds every path it would in the whole.

    The entities a path of at most ``max_length`` edges can pass through
    (:func:`kg.walk.nodes_between` on the :func:`skeleton`) and the edges between them;
    an end no path reaches also gets its own edges, so the answer can say whether it has
    any. ``kg paths`` on the 10k store: 18.9 s for the whole projection.
    """
    from kg.walk import nodes_between

    network = to_networkx(graph, among=nodes_between(skeleton(graph), source, target, max_length))
    for end in (source, target):
        if end in network and network.degree(end) == 0:
            network = nx.compose(network, to_networkx(graph, around=end))
    return network


def to_networkx(graph: Graph, *, include_negated: bool = False, around: str | None = None,
                among: Collection[str] | None = None) -> nx.MultiDiGraph:
    """Project a kg graph onto entities and their direct edges.

    Nodes are CURIEs with ``label``, ``category`` (the ``kg:`` class), ``synonyms`` and
    ``xrefs`` (``|``-joined). Edges are keyed by predicate and carry ``confidence``,
    ``has_conflict``, ``negated`` (no evidence states it), ``hedged`` and ``inferred``
    (every stating evidence is), ``evidence_count``, ``publications`` and
    ``evidence_text`` (``|``-joined), and ``assertion`` (its IRI).

    :param include_negated: Also add assertions that only negated evidence supports
        (the graph has no direct edge for them); walks leave them out, exports keep them.
    :param around: An entity's CURIE: only the edges touching it, and their ends, as the
        whole projection has them (``kg neighbors``: the whole projection of the 10k store
        reads 70k evidence rows, 16 s).
    :param among: CURIEs: only these entities and the edges between two of them, as the
        whole projection has them (``kg paths``, with :func:`kg.walk.nodes_between`).
    """
    network = nx.MultiDiGraph()
    assertions, entities = _ASSERTIONS, _ENTITIES
    # Oxigraph starts from each entity a VALUES block names; rdflib reads every assertion
    # again for each (100 names: 7.7 s against 2.2 s for all of them, on a 1k-document
    # file), so on rdflib everything is read and the rows are filtered here.
    native = oxigraph_store(graph) is not None
    rows, wanted = None, None
    if around is not None:
        node = _n3(around)
        assertions = _ASSERTIONS.replace(
            "WHERE {", f"WHERE {{\n  {{ ?a kg:assertedSubject {node} }} UNION {{ ?a kg:assertedObject {node} }}", 1)
        rows = select_rows(graph, assertions)
        wanted = {compress(around)} | {compress(str(term)) for row in rows for term in (row[1], row[3])}
    elif among is not None:
        if native:      # bound by subject only: the object is checked below
            named = " ".join(sorted(_n3(curie) for curie in among))
            assertions = _ASSERTIONS.replace("WHERE {", f"WHERE {{\n  VALUES ?s {{ {named} }}", 1)
        rows = [row for row in select_rows(graph, assertions)
                if compress(str(row[1])) in among and compress(str(row[3])) in among]
        wanted = set(among)
    if wanted is not None and native:
        named = " ".join(sorted(_n3(curie) for curie in wanted))
        entities = _ENTITIES.replace("WHERE {", f"WHERE {{\n  VALUES ?e {{ {named} }}", 1)
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for entity, cls, label, alt, xref in select_rows(graph, entities):
        node = compress(str(entity))
        if wanted is not None and node not in wanted:
            continue
        names[node]["label"].add(str(label))
        names[node]["category"].add(str(cls).rsplit("#", 1)[-1])
        if alt is not None:
            names[node]["synonyms"].add(str(alt))
        if xref is not None:
            names[node]["xrefs"].add(compress(str(xref)))
    for node in sorted(names):
        values = names[node]
        network.add_node(node, label=sorted(values["label"])[0], category="|".join(sorted(values["category"])),
                         synonyms="|".join(sorted(values["synonyms"])), xrefs="|".join(sorted(values["xrefs"])))
    edges: dict[str, _Edge] = {}
    for row in rows if rows is not None else select_rows(graph, assertions):
        a, s, p, o, conf, conflict, ev, negated, hedged, inferred, text, start, pub, pmid, doi = row
        edge = edges.setdefault(str(a), _Edge(compress(str(s)), str(p).rsplit("#", 1)[-1], compress(str(o)),
                                              float(str(conf)), bool(_value(conflict))))
        paper = f"PMID:{pmid}" if pmid is not None else (f"DOI:{doi}" if doi is not None else compress(str(pub)))
        edge.evidence[str(ev)] = (bool(_value(negated)), bool(_value(hedged)), bool(_value(inferred)),
                                  str(text), paper, int(str(start)))
    for key in sorted(edges):
        edge = edges[key]
        # Evidence in reading order: by paper, then by where the sentence starts.
        evidence = sorted(edge.evidence.values(), key=lambda e: (e[4], e[5], e[3]))
        stating = [e for e in evidence if not e[0]]
        if not stating and not include_negated:
            continue
        for end in (edge.subject, edge.object):
            if end not in network:
                network.add_node(end, label=end, category="", synonyms="", xrefs="")
        network.add_edge(
            edge.subject, edge.object, key=edge.predicate, predicate=edge.predicate,
            confidence=edge.confidence, has_conflict=edge.conflict, negated=not stating,
            hedged=bool(stating) and all(e[1] for e in stating), inferred=bool(stating) and all(e[2] for e in stating),
            evidence_count=len(evidence), negated_evidence_count=len(evidence) - len(stating),
            publications="|".join(sorted({e[4] for e in evidence})),
            evidence_text="|".join(dict.fromkeys(e[3] for e in evidence)), assertion=compress(key),
        )
    return network


def _n3(curie: str) -> str:
    """A CURIE (or full IRI) as a SPARQL IRI term."""
    return URIRef(curie if curie.startswith(("http://", "https://")) else expand(curie)).n3()


def _value(term: object) -> object:
    """The Python value of a literal (``True``, ``0.542``, ``98``)."""
    return term.toPython() if isinstance(term, Literal) else term


def write_graphml(graph: Graph, path: str | Path) -> Path:
    """Write the entity network (negated assertions included, flagged) as GraphML for Gephi or Cytoscape."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(to_networkx(graph, include_negated=True), path)
    return path


def to_cytoscape(graph: Graph) -> dict[str, Any]:
    """The entity network (negated assertions included, flagged) as Cytoscape.js JSON data.

    The shape is :func:`networkx.cytoscape_data`'s (``{"elements": {"nodes": [...],
    "edges": [...]}}``, read back by :func:`networkx.cytoscape_graph`) with every
    :func:`to_networkx` attribute kept. A node's ``id`` is its CURIE and its ``name`` its
    label; an edge's ``id`` is its assertion's CURIE. Nodes and edges are sorted by ``id``.
    """
    data: dict[str, Any] = nx.cytoscape_data(to_networkx(graph, include_negated=True), name="label")
    for edge in data["elements"]["edges"]:
        # Cytoscape.js numbers edges without an id in load order; the assertion is stable.
        edge["data"]["id"] = edge["data"]["assertion"]
    for kind in ("nodes", "edges"):
        data["elements"][kind].sort(key=lambda element: element["data"]["id"])
    return data


def write_cytoscape(graph: Graph, path: str | Path) -> Path:
    """Write :func:`to_cytoscape`'s JSON to ``path`` (parents created); same graph, same bytes."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(to_cytoscape(graph), indent=1, sort_keys=True, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path


__all__ = ["to_cytoscape", "to_networkx", "write_cytoscape", "write_graphml"]
