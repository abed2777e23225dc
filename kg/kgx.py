"""KGX TSV export: the entity network as ``nodes.tsv`` and ``edges.tsv`` with Biolink terms.

Written by hand (the kgx package pins heavily and fetches the Biolink model online).
Every edge property is kept as a column, negation included: an assertion that only
negated evidence supports is an edge with ``negated`` ``True``, as KGX expects.
Multi-valued cells are ``|``-joined, the KGX TSV convention.
"""

from __future__ import annotations

import csv
from pathlib import Path

from rdflib import Graph

from kg.network import to_networkx

#: kg class → Biolink category.
CATEGORIES = {
    "Drug": "biolink:Drug",
    "Target": "biolink:Gene",
    "Disease": "biolink:Disease",
    "Mutation": "biolink:SequenceVariant",
    "AdverseEvent": "biolink:PhenotypicFeature",
    "Endpoint": "biolink:ClinicalAttribute",
}
#: kg predicate → Biolink predicate; ``kg_predicate`` keeps the finer kg term.
PREDICATES = {
    "targets": "biolink:directly_physically_interacts_with",
    "inhibits": "biolink:directly_physically_interacts_with",
    "interactsWith": "biolink:interacts_with",
    "treats": "biolink:treats",
    "approvedFor": "biolink:treats",
    "causesAdverseEvent": "biolink:has_adverse_event",
    "associatedWith": "biolink:associated_with",
    "mutationOf": "biolink:is_sequence_variant_of",
    "affectsResponseTo": "biolink:affects_response_to",
    "confersSensitivityTo": "biolink:affects_response_to",
    "confersResistanceTo": "biolink:affects_response_to",
}
NODE_COLUMNS = ("id", "category", "name", "synonym", "xref", "provided_by")
EDGE_COLUMNS = (
    "id", "subject", "predicate", "object", "kg_predicate", "negated", "confidence", "has_conflict", "hedged",
    "inferred", "evidence_count", "negated_evidence_count", "publications", "evidence_text", "knowledge_level",
    "agent_type", "primary_knowledge_source",
)
_SOURCE = "infores:kg-builder"


def write_kgx(graph: Graph, directory: str | Path) -> tuple[Path, Path]:
    """Write ``nodes.tsv`` and ``edges.tsv`` into ``directory`` (created if needed).

    :returns: The two paths.
    """
    directory = Path(directory)
    # The projection first: it is the slow part (18 s on the 10k store), and a stopped or
    # failed export should not leave an empty directory behind.
    network = to_networkx(graph, include_negated=True)
    directory.mkdir(parents=True, exist_ok=True)
    nodes_path, edges_path = directory / "nodes.tsv", directory / "edges.tsv"
    with nodes_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(NODE_COLUMNS)
        for node, data in sorted(network.nodes(data=True)):
            categories = "|".join(CATEGORIES.get(c, "biolink:NamedThing") for c in data["category"].split("|") if c)
            writer.writerow((node, categories or "biolink:NamedThing", data["label"], data["synonyms"], data["xrefs"],
                             _SOURCE))
    with edges_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(EDGE_COLUMNS)
        for subject, obj, data in sorted(network.edges(data=True), key=lambda e: e[2]["assertion"]):
            writer.writerow((
                data["assertion"], subject, PREDICATES[data["predicate"]], obj, f"kg:{data['predicate']}",
                data["negated"], f"{data['confidence']:.3f}", data["has_conflict"], data["hedged"], data["inferred"],
                data["evidence_count"], data["negated_evidence_count"], data["publications"],
                _cell(data["evidence_text"]), "knowledge_assertion", "text_mining_agent", _SOURCE,
            ))
    return nodes_path, edges_path


def _cell(text: str) -> str:
    """A TSV cell: tabs and newlines inside a sentence become spaces."""
    return " ".join(text.split())


__all__ = ["CATEGORIES", "PREDICATES", "write_kgx"]
