"""The drug–mutation landscape: which mutations make which drugs work or fail, and the context.

A :class:`Landscape` is what the views draw (:mod:`kg.viz`, the HTML page and matrix;
:mod:`kg.figure`, the PNG and SVG): drugs, mutations, their genes and diseases, and the
direct edges between them, each edge with its confidence, flags and evidence sentences
(mention offsets within the sentence, for highlighting, and a link to the paper).

It is read with SPARQL, so it works the same on a graph file and on an Oxigraph store::

    >>> from kg.query import load_graph
    >>> view = landscape(load_graph("out/graph.ttl"))      # doctest: +SKIP
    >>> [(e.source, e.predicate, e.target) for e in view.edges if e.direction == "sensitivity"]  # doctest: +SKIP
    [('kgr:mutation-KIT-exon9-mutation', 'confersSensitivityTo', 'CHEBI:45783')]
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from rdflib import Graph, Literal

from kg.iris import compress
from kg.query import select_rows

#: The entity classes a landscape shows, in the order of the figure's columns.
CLASSES = ("Drug", "Mutation", "Target", "Disease")
#: Mutation → drug predicates, and the response direction each states.
RESPONSE = {"confersSensitivityTo": "sensitivity", "confersResistanceTo": "resistance", "affectsResponseTo": "response"}
#: Edges that place drugs and mutations in context (genes, targets, diseases).
CONTEXT = ("mutationOf", "inhibits", "targets", "interactsWith", "treats", "approvedFor", "associatedWith")

_PREFIXES = """
PREFIX kg: <https://w3id.org/kg-builder/onto#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX bibo: <http://purl.org/ontology/bibo/>
"""

_NODES = _PREFIXES + """
SELECT ?e ?class ?label WHERE {
  VALUES ?class { CLASSES }
  ?e a ?class ; rdfs:label ?label .
}
""".replace("CLASSES", " ".join(f"kg:{c}" for c in CLASSES))

# One row per evidence of a landscape assertion, without its sentence and spans: enough to
# choose what to draw (edge papers, evidence counts, whether any evidence states it) at a
# third of the cost of _EVIDENCE (6 s against 20 s on the 10k store).
_SUMMARY = _PREFIXES + """
SELECT ?a ?s ?p ?o ?confidence ?conflict ?ev ?negated ?pub WHERE {
  VALUES ?p { PREDICATES }
  ?a a kg:Assertion ; kg:assertedSubject ?s ; kg:assertedPredicate ?p ; kg:assertedObject ?o ;
     kg:confidence ?confidence ; kg:hasConflict ?conflict ; kg:evidence ?ev .
  ?ev kg:negated ?negated ; kg:fromPublication ?pub .
}
""".replace("PREDICATES", " ".join(f"kg:{p}" for p in (*RESPONSE, *CONTEXT)))

# One row per evidence of the assertions named (ASSERTIONS), with the spans of its two
# mentions: read for the edges drawn only. (A VALUES block of the predicates beside it made
# Oxigraph take 10 s for 355 assertions on the 10k store, 0.5 s without.)
_EVIDENCE = _PREFIXES + """
SELECT ?a ?ev ?text ?start ?negated ?hedged ?inferred ?cue ?pub ?ss ?se ?os ?oe WHERE {
  VALUES ?a { ASSERTIONS }
  ?a kg:evidence ?ev .
  ?ev kg:text ?text ; kg:start ?start ; kg:negated ?negated ; kg:hedged ?hedged ; kg:inferred ?inferred ;
      kg:fromPublication ?pub .
  OPTIONAL { ?ev kg:cue ?cue }
  OPTIONAL { ?ev kg:subjectSpan ?sm . ?sm kg:mentionStart ?ss ; kg:mentionEnd ?se }
  OPTIONAL { ?ev kg:objectSpan ?om . ?om kg:mentionStart ?os ; kg:mentionEnd ?oe }
}
"""


@dataclass(frozen=True, slots=True)
class Node:
    """An entity: its CURIE, label, ``kg:`` class and the number of papers behind its edges."""

    id: str
    label: str
    category: str
    papers: int


@dataclass(frozen=True, slots=True)
class EvidenceView:
    """One evidence sentence of an edge, ready to show.

    :ivar marks: ``(start, end, role)`` of the subject and object mentions, as offsets
        into :attr:`text` (``role`` is ``"subject"`` or ``"object"``).
    """

    text: str
    paper: str
    url: str
    hedged: bool
    negated: bool
    inferred: bool
    cue: str
    marks: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True, slots=True)
class Edge:
    """A pooled assertion between two landscape entities.

    :ivar direction: ``sensitivity``, ``resistance`` or ``response`` for mutation → drug
        edges, ``context`` for the rest.
    :ivar holds: False when only negated evidence states it (shown, flagged).
    """

    id: str
    source: str
    target: str
    predicate: str
    direction: str
    confidence: float
    conflict: bool
    hedged: bool
    inferred: bool
    holds: bool
    papers: tuple[str, ...]
    evidence: tuple[EvidenceView, ...]


@dataclass(frozen=True, slots=True)
class Cell:
    """A drug × mutation cell: the response direction(s) stated and how much evidence."""

    drug: str
    mutation: str
    direction: str  # sensitivity, resistance, response, or "conflicting" when both are stated
    papers: int
    evidence: int
    edges: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Landscape:
    """Nodes and edges to draw, and the drug × mutation matrix."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def node(self, curie: str) -> Node:
        """The node with this CURIE (``KeyError`` naming it when absent)."""
        for node in self.nodes:
            if node.id == curie:
                return node
        raise KeyError(f"no node {curie!r} in the landscape")

    def matrix(self) -> tuple[list[str], list[str], list[Cell]]:
        """Rows (drug CURIEs), columns (mutation CURIEs) and the non-empty cells.

        Drugs and mutations are ordered by evidence, most first, then by label.
        """
        by_cell: dict[tuple[str, str], list[Edge]] = defaultdict(list)
        for edge in self.edges:
            if edge.direction != "context" and edge.holds:
                by_cell[(edge.target, edge.source)].append(edge)
        weight: dict[str, int] = defaultdict(int)
        cells = []
        for (drug, mutation), edges in sorted(by_cell.items()):
            directions = {e.direction for e in edges}
            direction = ("conflicting" if {"sensitivity", "resistance"} <= directions
                         else sorted(directions - {"response"})[0] if directions - {"response"} else "response")
            papers = {p for e in edges for p in e.papers}
            count = sum(len(e.evidence) for e in edges)
            cells.append(Cell(drug, mutation, direction, len(papers), count, tuple(e.id for e in edges)))
            weight[drug] += count
            weight[mutation] += count
        labels = {n.id: n.label.casefold() for n in self.nodes}

        def order(ids: set[str]) -> list[str]:
            return sorted(ids, key=lambda i: (-weight[i], labels.get(i, i), i))

        return order({c.drug for c in cells}), order({c.mutation for c in cells}), cells

    def to_json(self) -> dict[str, Any]:
        """Plain data for the HTML page (and for anyone who wants the view's content)."""
        rows, columns, cells = self.matrix()
        return {"nodes": [asdict(n) for n in self.nodes], "edges": [asdict(e) for e in self.edges],
                "matrix": {"drugs": rows, "mutations": columns, "cells": [asdict(c) for c in cells]}}


def paper_url(paper: str) -> str:
    """A link to a paper named ``PMID:…`` or ``DOI:…`` (empty for anything else).

    >>> paper_url("PMID:12181401"), paper_url("DOI:10.2165/00003495-200767050-00012")
    ('https://pubmed.ncbi.nlm.nih.gov/12181401/', 'https://doi.org/10.2165/00003495-200767050-00012')
    """
    kind, _, value = paper.partition(":")
    if kind == "PMID":
        return f"https://pubmed.ncbi.nlm.nih.gov/{value}/"
    if kind == "DOI":
        return f"https://doi.org/{value}"
    return ""


def landscape(graph: Graph, *, max_nodes: int = 300) -> Landscape:
    """Read the drug–mutation landscape out of a built graph.

    Drugs and mutations joined by a response edge are the core; their genes (mutationOf)
    and the targets and diseases linked to them are added as context. A graph with no
    response edge shows its drugs, targets, mutations and diseases with the edges between
    them. When there are more than ``max_nodes`` entities, they are chosen edge by edge
    (:func:`_within`): every entity drawn has an edge drawn, response edges come first, and
    the rest is filled with the best-cited context next to them.
    """
    classes: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for entity, cls, label in select_rows(graph, _NODES):
        node = compress(str(entity))
        classes[node].add(str(cls).rsplit("#", 1)[-1])
        labels[node] = min(labels.get(node, str(label)), str(label))
    summaries = _summaries(graph)
    candidates = [e for e in summaries if e.source in classes and e.target in classes]
    core = {n for e in candidates if e.direction != "context" for n in (e.source, e.target)}
    if core:
        genes = {e.target for e in candidates if e.predicate == "mutationOf" and e.source in core}
        keep = core | genes
        keep |= {other for e in candidates for end, other in ((e.source, e.target), (e.target, e.source))
                 if end in keep and e.direction == "context" and _category(classes[other]) in ("Target", "Disease")}
    else:
        keep = {n for e in candidates for n in (e.source, e.target)}
    papers: dict[str, set[str]] = defaultdict(set)
    for edge in candidates:
        if edge.source in keep and edge.target in keep:
            papers[edge.source].update(edge.papers)
            papers[edge.target].update(edge.papers)
    if len(keep) > max_nodes:
        keep = _within(max_nodes, keep, core, candidates, papers, labels)

    def place(n: str) -> tuple[int, str, str]:
        return CLASSES.index(_category(classes[n])), labels.get(n, n).casefold(), n

    nodes = tuple(Node(n, labels.get(n, n), _category(classes[n]), len(papers[n])) for n in sorted(keep, key=place))
    # Sentences are read for the edges drawn only (a large graph has tens of thousands).
    kept = [e for e in candidates if e.source in keep and e.target in keep]
    return Landscape(nodes, _edges(graph, kept))


def _within(budget: int, keep: set[str], core: set[str], edges: list[_Summary], papers: dict[str, set[str]],
            labels: dict[str, str]) -> set[str]:
    """At most ``budget`` of the entities ``keep``, taken with the edges that join them, strongest first.

    Ranking entities alone by papers filled the picture with well-cited drugs and left
    out every mutation (and so every drug–mutation edge) once there were more drugs than
    ``budget``. Edges are taken instead, both ends at a time while they fit: response
    edges first (those some evidence states before negated-only ones, then by papers and
    evidence), then context edges touching what is already taken, best first, round after
    round (a gene's disease comes after the gene). Without response edges every edge is
    ranked alike. A budget of one entity has no room for an edge: the best-cited one (of
    the core, if there is one).
    """
    def strength(edge: _Summary) -> tuple[bool, bool, int, int, str, str, str]:
        return (edge.direction == "context", not edge.holds, -len(edge.papers), -edge.evidence, edge.source,
                edge.predicate, edge.target)

    ranked = [e for e in sorted(edges, key=strength) if e.source in keep and e.target in keep]
    taken: dict[str, None] = {}

    def take(edge: _Summary) -> bool:
        new = [n for n in (edge.source, edge.target) if n not in taken]
        if not new or len(taken) + len(new) > budget:
            return False
        taken.update(dict.fromkeys(new))
        return True

    for edge in [e for e in ranked if e.direction != "context"] if core else ranked:
        take(edge)
    context = [e for e in ranked if e.direction == "context"] if core else []
    while context and len(taken) < budget:
        # Context next to what is drawn, best first; what an edge taken now reaches waits for the next round.
        added = False
        for edge in [e for e in context if (e.source in taken) != (e.target in taken)]:
            added |= take(edge)
        if not added:
            break
        context = [e for e in context if e.source not in taken or e.target not in taken]
    if not taken:
        return set(sorted(keep, key=lambda n: (n not in core, -len(papers[n]), labels.get(n, n), n))[:budget])
    return set(taken)


def _category(classes: set[str]) -> str:
    """The first of :data:`CLASSES` an entity has (a drug that is also an adverse event is a Drug)."""
    return next(c for c in CLASSES if c in classes)


@dataclass(frozen=True, slots=True)
class _Summary:
    """An assertion as :data:`_SUMMARY` gives it: what choosing the edges to draw needs.

    :ivar number: Its place among every landscape assertion, in (source, predicate,
        target) order: the drawn edge's id, the same whatever else is drawn.
    """

    assertion: str
    number: int
    source: str
    target: str
    predicate: str
    direction: str
    confidence: float
    conflict: bool
    papers: tuple[str, ...]
    evidence: int
    holds: bool


def _summaries(graph: Graph) -> list[_Summary]:
    rows: dict[str, dict[str, Any]] = {}
    for a, s, p, o, confidence, conflict, ev, negated, pub in select_rows(graph, _SUMMARY):
        item = rows.setdefault(str(a), {"source": compress(str(s)), "target": compress(str(o)),
                                        "predicate": str(p).rsplit("#", 1)[-1], "confidence": float(str(confidence)),
                                        "conflict": _bool(conflict), "evidence": {}})
        # PMID:…, DOI:… or kgr:…, read off the publication's IRI (no join: cheap on a large store).
        item["evidence"][str(ev)] = (compress(str(pub)), _bool(negated))
    ordered = sorted(rows, key=lambda k: (rows[k]["source"], rows[k]["predicate"], rows[k]["target"]))
    return [_Summary(key, number, item["source"], item["target"], item["predicate"],
                     RESPONSE.get(item["predicate"], "context"), item["confidence"], item["conflict"],
                     tuple(sorted({paper for paper, _ in item["evidence"].values()})), len(item["evidence"]),
                     not all(negated for _, negated in item["evidence"].values()))
            for number, key in enumerate(ordered) for item in (rows[key],)]


def _edges(graph: Graph, summaries: list[_Summary]) -> tuple[Edge, ...]:
    """The :class:`Edge` of each summary, with its evidence sentences and mention spans."""
    if not summaries:
        return ()
    named = " ".join(sorted(f"<{s.assertion}>" for s in summaries))
    evidence: dict[str, dict[str, EvidenceView]] = defaultdict(dict)
    for row in select_rows(graph, _EVIDENCE.replace("ASSERTIONS", named)):
        a, ev, text, start, negated, hedged, inferred, cue, pub, ss, se, os_, oe = row
        paper = compress(str(pub))
        offset, length = int(str(start)), len(str(text))
        # A mention outside the sentence (a drug named in the title, say) is not marked.
        spans = [(int(str(b)) - offset, int(str(e)) - offset, role)
                 for b, e, role in ((ss, se, "subject"), (os_, oe, "object")) if b is not None and e is not None]
        marks = tuple((b, e, role) for b, e, role in spans if 0 <= b < e <= length)
        # Oxigraph and rdflib may both give a row per span combination: key by evidence.
        evidence[str(a)][str(ev)] = EvidenceView(str(text), paper, paper_url(paper), _bool(hedged), _bool(negated),
                                                 _bool(inferred), str(cue) if cue is not None else "",
                                                 tuple(sorted(marks)))
    edges = []
    for summary in summaries:
        views = tuple(sorted(evidence[summary.assertion].values(), key=lambda e: (e.paper, e.text)))
        stating = [e for e in views if not e.negated]
        edges.append(Edge(
            id=f"e{summary.number}", source=summary.source, target=summary.target, predicate=summary.predicate,
            direction=summary.direction, confidence=summary.confidence, conflict=summary.conflict,
            hedged=bool(stating) and all(e.hedged for e in stating),
            inferred=bool(stating) and all(e.inferred for e in stating), holds=summary.holds,
            papers=summary.papers, evidence=views))
    return tuple(edges)


def _bool(term: object) -> bool:
    return bool(term.toPython()) if isinstance(term, Literal) else bool(term)


__all__ = ["CLASSES", "CONTEXT", "RESPONSE", "Cell", "Edge", "EvidenceView", "Landscape", "Node", "landscape",
           "paper_url"]
