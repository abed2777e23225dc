"""KGX TSV and GraphML exports keep every edge property, negation included, and read back."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.kgx import EDGE_COLUMNS, NODE_COLUMNS
from kg.network import to_networkx
from tests.conftest import SEEDS

DENIAL = """---
reference_id: "PMID:99000009"
title: Imatinib and ABL1 in gastrointestinal stromal tumors
year: 2020
---

Imatinib did not inhibit ABL1 in gastrointestinal stromal tumor cells.
"""


@pytest.fixture(scope="module")
def graph_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    (folder / "denial.md").write_text(DENIAL)
    result = kg.build([SEEDS, folder / "denial.md"])
    return kg.write_graph(result.dataset, folder / "graph.ttl")


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_kgx_tsv(graph_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--format", "kgx", "-o", str(tmp_path / "kgx")])
    assert result.exit_code == 0, result.output
    nodes, edges = _tsv(tmp_path / "kgx" / "nodes.tsv"), _tsv(tmp_path / "kgx" / "edges.tsv")
    assert tuple(nodes[0]) == NODE_COLUMNS and tuple(edges[0]) == EDGE_COLUMNS
    imatinib = next(n for n in nodes if n["id"] == "CHEBI:45783")
    assert (imatinib["category"], imatinib["name"]) == ("biolink:Drug", "imatinib")
    assert "Gleevec" in imatinib["synonym"].split("|") and "DRUGBANK:DB00619" in imatinib["xref"].split("|")
    targets = {(e["subject"], e["kg_predicate"], e["object"]): e for e in edges}
    kit = targets[("CHEBI:45783", "kg:inhibits", "HGNC:6342")]
    assert (kit["predicate"], kit["negated"], kit["confidence"], kit["inferred"], kit["evidence_count"]) == (
        "biolink:directly_physically_interacts_with", "False", "0.542", "True", "2")
    assert kit["publications"] == "PMID:12181401"
    assert kit["evidence_text"].startswith("Constitutive activation of KIT receptor tyrosine kinase")
    denied = targets[("CHEBI:45783", "kg:inhibits", "HGNC:76")]
    assert (denied["negated"], denied["negated_evidence_count"], denied["publications"]) == ("True", "1", "PMID:99000009")
    exon9 = targets[("kgr:mutation-KIT-exon9-mutation", "kg:confersSensitivityTo", "CHEBI:45783")]
    assert (exon9["predicate"], exon9["hedged"]) == ("biolink:affects_response_to", "True")


def test_graphml_reads_back_in_networkx(graph_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    network = nx.read_graphml(out)
    assert network.nodes["CHEBI:45783"]["label"] == "imatinib"
    assert network.nodes["HGNC:6342"]["category"] == "Target"
    edge = network.get_edge_data("CHEBI:45783", "HGNC:6342")["inhibits"]
    assert (edge["confidence"], edge["inferred"], edge["negated"], edge["evidence_count"]) == (0.542, True, False, 2)
    assert network.get_edge_data("CHEBI:45783", "HGNC:76")["inhibits"]["negated"] is True


def test_walks_leave_negated_edges_out(graph_path: Path) -> None:
    network = to_networkx(kg.load_graph(graph_path))
    assert network.has_edge("CHEBI:45783", "HGNC:6342") and not network.has_edge("CHEBI:45783", "HGNC:76")
    assert nx.has_path(network.to_undirected(), "kgr:mutation-KIT-exon9-mutation", "MONDO:0011719")
