"""The drug–mutation landscape: its content, the HTML page's data, the static figure, kg viz."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from defusedxml import ElementTree
from rdflib import Graph

from kg.cli import main
from kg.figure import figure, layout
from kg.iris import expand
from kg.landscape import Edge, EvidenceView, Landscape, Node, landscape
from kg.query import load_graph, select_rows
from kg.viz import _json_for_html, render_html
from tests.conftest import SEEDS

SENSITIVITY_SENTENCE = (
    "Imatinib dosages higher than 400 mg/day (up to 800 mg/day) may improve progression-free survival, with an "
    "increase in dosage benefiting some patients who show disease progression at the lower dosage, particularly in "
    "those with exon 9 mutation; however, there is also a dose-related increase in imatinib toxicity.")
DOI = "DOI:10.2165/00003495-200767050-00012"
MUTATION = "kgr:mutation-KIT-exon9-mutation"


@pytest.fixture(scope="module")
def view(graph: Graph) -> Landscape:
    return landscape(graph)


def test_seed_landscape_has_the_drug_the_mutation_its_gene_and_disease(view: Landscape) -> None:
    assert [(n.id, n.label, n.category, n.papers) for n in view.nodes] == [
        ("CHEBI:45783", "imatinib", "Drug", 2),
        (MUTATION, "KIT exon 9 mutation", "Mutation", 1),
        ("HGNC:6342", "KIT", "Target", 2),
        ("MONDO:0011719", "gastrointestinal stromal tumor", "Disease", 2),
    ]
    assert [(e.source, e.predicate, e.target, e.direction, e.confidence, e.hedged, e.inferred, len(e.papers))
            for e in view.edges] == [
        ("CHEBI:45783", "approvedFor", "MONDO:0011719", "context", 0.42, False, True, 1),
        ("CHEBI:45783", "inhibits", "HGNC:6342", "context", 0.542, False, True, 1),
        ("CHEBI:45783", "interactsWith", "HGNC:6342", "context", 0.42, False, True, 1),
        ("CHEBI:45783", "treats", "MONDO:0011719", "context", 0.994, False, False, 2),
        ("HGNC:6342", "associatedWith", "MONDO:0011719", "context", 0.768, False, False, 2),
        (MUTATION, "associatedWith", "MONDO:0011719", "context", 0.21, True, True, 1),
        (MUTATION, "confersSensitivityTo", "CHEBI:45783", "sensitivity", 0.3, True, False, 1),
        (MUTATION, "mutationOf", "HGNC:6342", "context", 0.42, False, True, 1),
    ]


def test_evidence_carries_the_sentence_the_mention_offsets_and_the_paper_link(view: Landscape) -> None:
    [edge] = [e for e in view.edges if e.direction == "sensitivity"]
    [evidence] = edge.evidence
    assert evidence.text == SENSITIVITY_SENTENCE
    assert (evidence.paper, evidence.url) == (DOI, "https://doi.org/10.2165/00003495-200767050-00012")
    assert (evidence.hedged, evidence.cue, evidence.negated) == (True, "may", False)
    assert evidence.marks == ((0, 8, "object"), (227, 242, "subject"))
    assert [evidence.text[s:e] for s, e, _ in evidence.marks] == ["Imatinib", "exon 9 mutation"]


def test_marks_never_point_outside_their_sentence(view: Landscape) -> None:
    # The main drug of a paper is often named in the title, not in the sentence: no mark then.
    [inhibits] = [e for e in view.edges if e.predicate == "inhibits"]
    assert {(ev.text[s:e], role) for ev in inhibits.evidence for s, e, role in ev.marks} == {
        ("KIT receptor tyrosine kinase", "object"), ("KIT", "object")}
    for edge in view.edges:
        for ev in edge.evidence:
            assert all(0 <= s < e <= len(ev.text) for s, e, _ in ev.marks)


def test_matrix_rows_are_drugs_columns_mutations(view: Landscape) -> None:
    drugs, mutations, cells = view.matrix()
    assert (drugs, mutations) == (["CHEBI:45783"], [MUTATION])
    assert [(c.drug, c.mutation, c.direction, c.papers, c.evidence) for c in cells] == [
        ("CHEBI:45783", MUTATION, "sensitivity", 1, 1)]


def test_matrix_marks_papers_that_disagree_as_conflicting() -> None:
    nodes = (Node("d", "drug", "Drug", 2), Node("m", "mut", "Mutation", 2))
    ev = EvidenceView("s", "PMID:1", "", False, False, False, "", ())
    edges = (Edge("e0", "m", "d", "confersResistanceTo", "resistance", 0.5, True, False, False, True, ("PMID:1",), (ev,)),
             Edge("e1", "m", "d", "confersSensitivityTo", "sensitivity", 0.5, True, False, False, True, ("PMID:2",), (ev,)))
    [cell] = Landscape(nodes, edges).matrix()[2]
    assert (cell.direction, cell.papers, cell.edges) == ("conflicting", 2, ("e0", "e1"))


#: Two drugs, each in three papers (two on its target), and a resistance mutation of each in one.
CITED_DRUGS = ("Imatinib inhibits KIT kinase activity in GIST cells.", "Imatinib potently inhibits KIT in vitro.",
               "The KIT D816V mutation confers resistance to imatinib.", "Gefitinib inhibits EGFR in lung cancer cells.",
               "Gefitinib inhibits EGFR phosphorylation.", "The EGFR T790M mutation confers resistance to gefitinib.")
GEFITINIB, T790M, D816V = "DRUGBANK:DB00317", "kgr:mutation-EGFR-T790M", "kgr:mutation-KIT-D816V"


@pytest.fixture(scope="module")
def cited(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    folder = tmp_path_factory.mktemp("cited")
    for number, text in enumerate(CITED_DRUGS, 1):
        (folder / f"p{number}.md").write_text(f'---\nreference_id: "PMID:9900000{number}"\ntitle: Paper {number}\n'
                                            f"year: 2020\n---\n\n{text}\n")
    assert CliRunner().invoke(main, ["build", str(folder), "-o", str(folder / "graph.nq")]).exit_code == 0
    return load_graph(folder / "graph.nq")


def test_a_small_budget_keeps_drug_mutation_edges_not_well_cited_drugs_alone(cited: Graph) -> None:
    # Found by a user: --max-nodes ranked entities by papers, so drugs (3 papers each here)
    # filled the picture and every mutation (1 paper), with every drug–mutation edge, was left out.
    whole = landscape(cited)
    # 7 entities: "KIT kinase" is KIT (until 2026-12-01 it was a ninth, minted target); lung
    # cancer has no edge since 2026-12-03 ("Gefitinib inhibits EGFR in lung cancer cells" names
    # EGFR as the drug's target, no disease gene: the pair classifier's EGFR–lung cancer is gone).
    assert len(whole.nodes) == 7 and {GEFITINIB, T790M, D816V} <= {n.id for n in whole.nodes}
    assert "HGNC:6342" in {n.id for n in whole.nodes} and not [n for n in whole.nodes if n.id.startswith("kgr:entity")]
    two = landscape(cited, max_nodes=2)
    assert [n.id for n in two.nodes] == [GEFITINIB, T790M]
    assert [(e.source, e.predicate, e.target) for e in two.edges] == [(T790M, "confersResistanceTo", GEFITINIB)]
    four = landscape(cited, max_nodes=4)
    assert {(e.source, e.target) for e in four.edges} == {(T790M, GEFITINIB), (D816V, "CHEBI:45783")}
    assert len(four.edges) == 2 and len(four.matrix()[2]) == 2
    # The fifth entity is context next to what is drawn: KIT, the target imatinib inhibits in two papers.
    assert {n.id for n in landscape(cited, max_nodes=5).nodes} - {n.id for n in four.nodes} == {"HGNC:6342"}
    for budget in range(2, 8):
        view = landscape(cited, max_nodes=budget)
        assert len(view.nodes) == budget
        assert {n.id for n in view.nodes} == {end for e in view.edges for end in (e.source, e.target)}, budget
        assert any(e.direction == "resistance" for e in view.edges)
    # One entity has no room for an edge: the best-cited of the drugs and mutations.
    assert [n.id for n in landscape(cited, max_nodes=1).nodes] == [GEFITINIB]


def test_sentences_are_read_for_the_edges_drawn_only(cited: Graph, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the 10k store the sentences of every edge took 17 s for a picture of 300 entities (now 8.7 s)."""
    import kg.landscape

    queries: list[str] = []

    def spy(graph: Graph, text: str) -> list[tuple[object, ...]]:
        queries.append(text)
        return select_rows(graph, text)

    monkeypatch.setattr(kg.landscape, "select_rows", spy)
    [edge] = landscape(cited, max_nodes=2).edges
    assert edge.evidence[0].text == CITED_DRUGS[5] and edge.evidence[0].paper == "PMID:99000006"
    [sentences] = [q for q in queries if "kg:text" in q]
    assert re.findall(r"VALUES \?a \{ (.*) \}", sentences) == [f"<{edge_iri(cited, edge)}>"]


def edge_iri(graph: Graph, edge: Edge) -> str:
    """The assertion IRI of a drawn edge (by its ends and predicate)."""
    [row] = select_rows(graph, f"""PREFIX kg: <https://w3id.org/kg-builder/onto#>
        SELECT ?a WHERE {{ ?a kg:assertedSubject <{expand(edge.source)}> ; kg:assertedObject <{expand(edge.target)}> ;
        kg:assertedPredicate kg:{edge.predicate} }}""")
    return str(row[0])


def test_store_and_file_give_the_same_landscape(view: Landscape, tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store)]).exit_code == 0
    assert landscape(load_graph(store)).to_json() == view.to_json()


def test_page_is_self_contained_and_embeds_the_landscape(view: Landscape) -> None:
    page = render_html(view, title="seeds <b>")
    assert "<title>seeds &lt;b&gt;</title>" in page
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|https?://[^\"' ]*\.js", page)   # nothing fetched
    assert "vis-network" in page and "@version 9" in page                                  # the bundle is inlined
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert data is not None
    assert json.loads(data.group(1)) == json.loads(json.dumps(view.to_json() | {"view": "network"}))


def test_embedded_json_cannot_close_its_script_element() -> None:
    text = "</script><script>alert(1)</script> & <!--"
    encoded = _json_for_html({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"t": text}


def _big(n_drugs: int = 25, n_mutations: int = 40, n_genes: int = 20, n_diseases: int = 15) -> Landscape:
    """A landscape of 100 entities with long labels and many edges."""
    nodes = [Node(f"d{i}", f"drug-{i} hydrochloride monohydrate", "Drug", 1) for i in range(n_drugs)]
    nodes += [Node(f"m{i}", f"GENE{i % n_genes} p.V{600 + i}E mutation", "Mutation", 1) for i in range(n_mutations)]
    nodes += [Node(f"g{i}", f"GENE{i}", "Target", 1) for i in range(n_genes)]
    nodes += [Node(f"x{i}", f"carcinoma of organ number {i} (adult onset)", "Disease", 1) for i in range(n_diseases)]
    ev = EvidenceView("s", "PMID:1", "", False, False, False, "", ())
    edges = []
    for i in range(n_mutations):
        direction = ("sensitivity", "resistance")[i % 2]
        edges.append(Edge(f"e{i}", f"m{i}", f"d{i % n_drugs}", f"confers{direction.title()}To", direction, 0.5,
                          False, i % 3 == 0, False, True, ("PMID:1",), (ev,)))
        edges.append(Edge(f"g{i}", f"m{i}", f"g{i % n_genes}", "mutationOf", "context", 0.4, False, False, True,
                          True, ("PMID:1",), (ev,)))
    for i in range(n_diseases):
        edges.append(Edge(f"t{i}", f"d{i}", f"x{i}", "treats", "context", 0.9, False, False, False, True,
                          ("PMID:1", "PMID:2"), (ev,)))
    return Landscape(tuple(nodes), tuple(edges))


def test_figure_labels_do_not_overlap_at_a_hundred_nodes() -> None:
    view = _big()
    assert len(view.nodes) == 100
    fig = figure(view)
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_bbox_patch().get_window_extent(renderer) for t in fig.axes[0].texts if t.get_label() == "kg-node"]
    assert len(boxes) == 100
    overlapping = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]
    assert overlapping == []
    # Every label is inside the figure.
    width, height = fig.canvas.get_width_height()
    assert all(0 <= b.x0 and b.x1 <= width and 0 <= b.y0 and b.y1 <= height for b in boxes)


def test_figure_arcs_stay_inside_the_plot() -> None:
    """Found by a new user: arcs from the bottom drug to the diseases bowed below the plot and
    were cut off. Every edge, parallel ones too, now lies inside the axes."""
    from matplotlib.patches import FancyArrowPatch

    view = _big(n_drugs=5, n_mutations=6, n_genes=3, n_diseases=4)
    ev = EvidenceView("s", "PMID:1", "", False, False, False, "", ())
    extra = [Edge(f"far{i}", "d4", f"x{i}", predicate, "context", 0.4, False, False, True, True, ("PMID:1",), (ev,))
             for i in range(4) for predicate in ("treats", "approvedFor")]
    extra += [Edge(f"top{i}", "d0", f"g{i}", "inhibits", "context", 0.4, False, False, True, True, ("PMID:1",), (ev,))
              for i in range(3)]
    fig = figure(Landscape(view.nodes, view.edges + tuple(extra)))
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    axes = fig.axes[0].get_window_extent(renderer)
    arcs = [p.get_window_extent(renderer) for p in fig.axes[0].patches if isinstance(p, FancyArrowPatch)]
    assert len(arcs) == len(view.edges) + len(extra)
    outside = [b for b in arcs if b.y0 < axes.y0 - 1 or b.y1 > axes.y1 + 1 or b.x0 < axes.x0 - 1 or b.x1 > axes.x1 + 1]
    assert outside == []


def test_a_claim_stated_only_as_negated_is_grey_and_dotted() -> None:
    """Found by a new user: a negated sensitivity drawn in green dashes read as a weak one."""
    from matplotlib.colors import to_hex
    from matplotlib.patches import FancyArrowPatch

    ev = EvidenceView("s", "PMID:1", "", True, False, False, "no", ())
    nodes = (Node("d", "sotorasib", "Drug", 1), Node("m", "KRAS G12D", "Mutation", 1))
    edges = (Edge("e", "m", "d", "confersSensitivityTo", "sensitivity", 0.0, False, False, False, False, ("PMID:1",),
                  (ev,)),)
    fig = figure(Landscape(nodes, edges))
    [arc] = [p for p in fig.axes[0].patches if isinstance(p, FancyArrowPatch)]
    assert (to_hex(arc.get_edgecolor()), arc.get_linestyle()) == ("#b0b0b0", ":")
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "stated only as negated" in labels and "hedged / inferred / conflicting" in labels


def test_layout_puts_classes_in_columns_and_neighbours_side_by_side() -> None:
    places = layout(_big())
    assert {places[f"d{i}"][0] for i in range(25)} == {0}
    assert {places[f"x{i}"][0] for i in range(15)} == {3}
    # m0 and m25 are both linked to d0 only, so they stand first in the mutation column.
    assert sorted(places[m][1] for m in ("m0", "m25")) == [0, 1]


def test_kg_viz_writes_page_matrix_png_and_svg(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(graph)]).exit_code == 0
    result = CliRunner().invoke(main, ["viz", "-g", str(graph), "-o", str(tmp_path / "views")])
    assert result.exit_code == 0, result.output
    names = ["drug_mutation.html", "matrix.html", "drug_mutation.png", "drug_mutation.svg"]
    assert result.output.splitlines() == [f"wrote {tmp_path / 'views' / n}" for n in names]
    png = (tmp_path / "views" / "drug_mutation.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    svg = ElementTree.parse(tmp_path / "views" / "drug_mutation.svg").getroot()
    texts = {"".join(t.itertext()) for t in svg.iter("{http://www.w3.org/2000/svg}text")}
    assert {"imatinib", "KIT exon 9 mutation", "KIT", "gastrointestinal stromal tumor", "confers sensitivity"} <= texts
    assert '"view": "matrix"' in (tmp_path / "views" / "matrix.html").read_text()
    # Same graph, same picture (no timestamps, fixed ids).
    again = CliRunner().invoke(main, ["viz", "-g", str(graph), "-o", str(tmp_path / "again")])
    assert again.exit_code == 0
    for name in names:
        assert (tmp_path / "again" / name).read_bytes() == (tmp_path / "views" / name).read_bytes(), name


def test_kg_viz_into_a_file_names_it(tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(graph)]).exit_code == 0
    result = CliRunner().invoke(main, ["viz", "-g", str(graph), "-o", str(graph)])
    assert result.exit_code == 1
    assert f"{graph} is a file; kg viz writes several files into a directory" in result.output


def test_kg_viz_on_a_missing_graph_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["viz", "-g", str(tmp_path / "nope.ttl"), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "nope.ttl" in result.output
