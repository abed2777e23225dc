"""Validation: a graph → the list of its problems, by SHACL and by an offset check.

:func:`validate` runs pySHACL with ``ontology/shapes.ttl`` (SHACL core constraints
only) and adds what SHACL core cannot say: every offset lies inside the text of the
Publication it points into (the length of another node's string is beyond SHACL core).
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH, XSD
from rdflib.term import Node

from kg.iris import KG, compress

#: The name reported for the offset check, in the place of a SHACL constraint component.
OFFSET_CONSTRAINT = "kg:OffsetWithinSourceText"

_OFFSETS = """
PREFIX kg: <https://w3id.org/kg-builder/onto#>
SELECT ?node ?path ?value ?length WHERE {
  { ?node kg:fromPublication ?pub ; ?path ?value . VALUES ?path { kg:start kg:end kg:mentionStart kg:mentionEnd } }
  ?pub kg:sourceText ?text .
  BIND(STRLEN(?text) AS ?length)
  FILTER(isNumeric(?value) && (?value < 0 || ?value > ?length))
}
ORDER BY ?node ?path
"""


@dataclass(frozen=True, slots=True)
class Problem:
    """One violation: the focus node, the property path, the constraint and a message."""

    node: str
    path: str | None
    constraint: str
    message: str
    severity: str = "Violation"
    value: str | None = None

    def __str__(self) -> str:
        path = f" {self.path}" if self.path else ""
        value = f" (value {self.value})" if self.value is not None else ""
        return f"{self.severity}: {self.node}{path}: {self.message}{value} [{self.constraint}]"


def load_shapes() -> Graph:
    """The shipped SHACL shapes as an rdflib Graph."""
    from kg.resources import load_ontology

    return Graph().parse(data=load_ontology("shapes.ttl"), format="turtle")


def validate(graph: Graph, *, shapes: Graph | None = None) -> list[Problem]:
    """Validate a graph; an empty list means it conforms.

    :param graph: The data graph (a union of the document and assembly graphs, or a
        Dataset with ``default_union``).
    :param shapes: Defaults to :func:`load_shapes`.
    :returns: Problems sorted by node, path and constraint.
    """
    import pyshacl

    shapes = shapes if shapes is not None else load_shapes()
    data = Graph()
    for s, p, o in graph.triples((None, None, None)):
        data.add((s, p, _simple(o)))
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=False, meta_shacl=False)
    # Top-level results only: sh:detail holds nested results of sh:node checks, which
    # would otherwise be reported a second time against the value node.
    problems = [_problem(report, result) for result in report.objects(None, SH.result)]
    from kg.query import select_rows

    for node, path, value, length in select_rows(data, _OFFSETS):
        problems.append(Problem(
            node=_name(node), path=_name(path), constraint=OFFSET_CONSTRAINT, value=str(value),
            message=f"offset outside the publication's kg:sourceText (length {length})",
        ))
    return sorted(problems, key=lambda p: (p.node, p.path or "", p.constraint, p.value or ""))


def _simple(term: Node) -> Node:
    """A literal typed ``xsd:string`` as the simple literal it is in RDF 1.1.

    Oxigraph hands every plain string back typed ``xsd:string`` (oxrdflib keeps the
    datatype), and rdflib compares ``"lexicon"^^xsd:string`` unequal to the shapes'
    ``"lexicon"``: without this a store failed every ``sh:in`` a file passes (found by a
    new user: ``kg validate -g out/store`` gave 83 violations for a conforming build).

    >>> from rdflib.namespace import XSD
    >>> _simple(Literal("lexicon", datatype=XSD.string)) == Literal("lexicon")
    True
    """
    if isinstance(term, Literal) and term.datatype == XSD.string and term.language is None:
        return Literal(str(term))
    return term


def _problem(report: Graph, result: Node) -> Problem:
    def one(prop: URIRef) -> Node | None:
        return report.value(result, prop)

    severity = one(SH.resultSeverity)
    message = one(SH.resultMessage)
    value = one(SH.value)
    return Problem(
        node=_name(one(SH.focusNode)),
        path=_name(one(SH.resultPath)) if one(SH.resultPath) is not None else None,
        constraint=_name(one(SH.sourceConstraintComponent)),
        message=str(message) if message is not None else "",
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        value=_name(value) if value is not None else None,
    )


def _name(term: object) -> str:
    if isinstance(term, Literal):
        return str(term)
    text = str(term)
    if text.startswith(str(SH)):
        return "sh:" + text[len(str(SH)):]
    if text.startswith(str(KG)):
        return "kg:" + text[len(str(KG)):]
    return compress(text)


__all__ = ["OFFSET_CONSTRAINT", "Problem", "load_shapes", "validate"]
