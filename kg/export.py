"""Write a built Dataset to a file, the format chosen by the extension, deterministically.

Turtle and N-Triples hold one graph, so they get the union of the document and
assembly graphs; N-Quads, TriG and JSON-LD keep every named graph, the build graph
included. N-Triples and N-Quads are written line-sorted, so two builds of the same
input give the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import KGError
from kg.iris import NAMESPACES
from kg.rdf import BUILD_GRAPH

#: File extension → rdflib format name.
FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}


def format_for(path: Path) -> str:
    """The rdflib format for a file name.

    :raises KGError: For an extension kg does not write, naming the valid ones.

    >>> format_for(Path("out/graph.nq"))
    'nquads'
    """
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise KGError(
            f"cannot write {path.name!r}: unknown extension {path.suffix!r}; use one of {', '.join(FORMATS)}"
        ) from None


def union_graph(dataset: Dataset, *, with_build: bool = False) -> Graph:
    """One Graph with the triples of every named graph (the build graph only if asked)."""
    graph = Graph()
    for prefix, iri in NAMESPACES.items():
        graph.bind(prefix, iri)
    for context in dataset.graphs():
        if context.identifier == BUILD_GRAPH and not with_build:
            continue
        for triple in context:
            graph.add(triple)
    return graph


def serialize(dataset: Dataset, fmt: str) -> str:
    """Serialise a dataset in one of the :data:`FORMATS` values."""
    if fmt == "turtle":
        return union_graph(dataset).serialize(format="turtle")
    if fmt == "nt":
        return _sorted_lines(union_graph(dataset).serialize(format="nt"))
    if fmt == "nquads":
        return _sorted_lines(dataset.serialize(format="nquads"))
    if fmt == "json-ld":
        data = json.loads(dataset.serialize(format="json-ld", context=dict(NAMESPACES)))
        return json.dumps(_sorted_json(data), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if fmt == "trig":
        return _trig(dataset)
    raise KGError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS.values())}")


def write_graph(dataset: Dataset, path: str | Path) -> Path:
    """Write ``dataset`` to ``path`` in the format its extension names; parents are created."""
    path = Path(path)
    text = serialize(dataset, format_for(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _trig(dataset: Dataset) -> str:
    """TriG with the named graphs in IRI order (rdflib's own order follows hashing)."""
    parts: list[str] = []
    prefixes: set[str] = set()
    for context in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(context) == 0:
            continue
        graph = Graph()
        for prefix, iri in NAMESPACES.items():
            graph.bind(prefix, iri)
        for triple in context:
            graph.add(triple)
        lines = graph.serialize(format="turtle").splitlines()
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        body = "\n".join(
            "    " + line if line else "" for line in lines if not line.startswith("@prefix")
        ).strip("\n")
        parts.append(f"<{context.identifier}> {{\n{body}\n}}\n")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n".join(parts)


def _sorted_json(value: object) -> object:
    """JSON-LD with every list of nodes sorted by ``@id`` (and values by their text)."""
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _sorted_lines(text: str) -> str:
    lines = sorted({line for line in text.splitlines() if line.strip()})
    return "\n".join(lines) + "\n"
