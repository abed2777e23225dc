"""Grounding transparency: raw texts, how each mention was grounded, ambiguity and inference."""

from __future__ import annotations

from pathlib import Path

import yaml
from rdflib import Graph, URIRef

import kg
from kg.assemble import Grounding, groundings, merge_groundings
from kg.extract import extract
from kg.extract.lexicon import Lexicon, entries_from_yaml
from kg.model import Entity, Extraction, Mention
from kg.resources import load_lexicon_files
from tests.conftest import select
from tests.extract.helpers import document
from tests.test_queries import rows

#: "PDGFR" names two genes: an ambiguous surface form.
AMBIGUOUS = """
type: Target
entries:
  - {id: "HGNC:8803", label: PDGFRA, case_sensitive: [PDGFRA, PDGFR]}
  - {id: "HGNC:8804", label: PDGFRB, case_sensitive: [PDGFRB, PDGFR]}
"""


def _lexicon() -> Lexicon:
    texts = {k: v for k, v in load_lexicon_files().items()}
    texts["targets.yaml"] = texts["targets.yaml"].replace("  - id: HGNC:8803", "  - id: HGNC:8803-unused")
    texts["zz_ambiguous.yaml"] = AMBIGUOUS
    rows_ = []
    for name in sorted(texts):
        rows_.extend(entries_from_yaml(yaml.safe_load(texts[name]), name))
    return Lexicon(rows_)


def _graph() -> Graph:
    doc = document("Imatinib inhibits PDGFR. Exon 11 deletions of KIT respond. "
                   "Gastrointestinal stromal tumours (GISTs) were studied; GISTs respond to imatinib.",
                   title="Imatinib in gastrointestinal stromal tumors.")
    extraction = extract(doc, _lexicon())
    dataset = kg.to_dataset([extraction], kg.assemble([extraction]))
    return kg.export.union_graph(dataset)


def test_ambiguous_mentions_are_flagged_with_their_alternatives() -> None:
    graph = _graph()
    [(text, denotes, alternative)] = select(graph, """
        SELECT ?t ?d ?alt WHERE { ?m kg:ambiguous true ; kg:mentionText ?t ; kg:denotes ?d ; kg:alternativeGrounding ?alt }""")
    assert (text, str(denotes), str(alternative)) == (
        "PDGFR", "https://identifiers.org/hgnc:8803", "https://identifiers.org/hgnc:8804")


def test_groundings_query_counts_how_entities_were_grounded() -> None:
    got = {(r["label"], r["groundedBy"]): (r["mentions"], r["inferred"], r["ambiguous"], r["alternatives"])
           for r in rows(_graph(), "groundings")}
    assert got[("PDGFRA", "lexicon")] == ("1", "0", "1", "https://identifiers.org/hgnc:8804")
    assert got[("KIT exon 11 deletion", "pattern")] == ("1", "0", "0", "")
    assert got[("gastrointestinal stromal tumor", "lexicon")][0] == "4"


def test_inferred_gene_is_counted(graph: Graph) -> None:
    [row] = [r for r in rows(graph, "groundings", type="Mutation")]
    assert (row["label"], row["groundedBy"], row["mentions"], row["inferred"]) == ("KIT exon 9 mutation", "pattern", "1", "1")


def test_a_mention_with_two_alternatives_is_counted_once(graph: Graph) -> None:
    # "disease progression" in the trial names an endpoint, with a MeSH term and an adverse
    # event as alternatives: one mention, one ambiguous mention (the two rows once made it 2).
    [row] = [r for r in rows(graph, "groundings", type="Endpoint") if r["label"] == "disease progression"]
    assert (row["mentions"], row["inferred"], row["ambiguous"]) == ("1", "0", "1")
    assert set(row["alternatives"].split()) == {"https://identifiers.org/mesh:D018450",
                                                "https://w3id.org/kg-builder/id/ae-disease-progression"}


def test_groundings_of_one_entity(graph: Graph) -> None:
    got = [(r["label"], r["className"], r["groundedBy"], r["mentions"], set(r["texts"].split(" | ")))
           for r in rows(graph, "groundings", entity="KIT")]
    assert got == [("KIT", "Target", "lexicon", "4", {"KIT", "KIT receptor tyrosine kinase"})]


def test_such_tumors_is_the_disease_named_before_it(graph: Graph) -> None:
    # The trial: "… the pathogenesis of gastrointestinal stromal tumors. Imatinib mesylate …
    # has been shown … to have activity against such tumors": GIST, inferred, not neoplasm.
    got = [(r["groundedBy"], r["mentions"], r["inferred"], r["texts"])
           for r in rows(graph, "groundings", entity="MONDO:0011719") if r["groundedBy"] == "anaphor"]
    assert got == [("anaphor", "1", "1", "tumors")]
    assert not set(graph.triples((URIRef("http://purl.obolibrary.org/obo/MONDO_0005070"), None, None)))


def test_each_entity_keeps_the_raw_texts_it_was_matched_from(graph: Graph) -> None:
    texts = {r[0] for r in select(graph, "SELECT ?t WHERE { <http://purl.obolibrary.org/obo/CHEBI_45783> kg:mentionText ?t }")}
    assert texts == {"imatinib", "Imatinib", "imatinib mesylate", "Imatinib mesylate", "Gleevec", "Glivec"}


FROM_MENTIONS = str(Path(__file__).parent / "data" / "groundings_from_mentions.rq")


def test_grounding_summaries_give_what_the_mentions_give(graph: Graph) -> None:
    # The build's kg:GroundingSummary nodes against a count over every mention node, with
    # and without each parameter: the same rows, cell for cell.
    for params in ({}, {"type": "Endpoint"}, {"entity": "imatinib"}, {"entity": "KIT"}):
        assert rows(graph, "groundings", **params) == rows(graph, FROM_MENTIONS, **params), params
    assert len(rows(graph, "groundings")) == 23


def test_two_mentions_on_one_span_are_one_mention_node() -> None:
    # The RDF mints one kg:Mention per span, so two groundings of one span (a tagger and a
    # lexicon mention naming two entities) are one node with both; each entity counts it
    # once under each method, as a count over the mention nodes would.
    doc = document("Imatinib was given.")
    imatinib = Entity("CHEBI:45783", "Drug", "imatinib")
    other = Entity("CHEBI:1", "Drug", "other")
    start = doc.text.index("Imatinib")
    mentions = (Mention(start, start + 8, "Imatinib", imatinib),
                Mention(start, start + 8, "Imatinib", other, how="tagger", alternatives=("CHEBI:45783",)),
                Mention(start, start + 8, "Imatinib", imatinib, inferred=True))
    got = groundings(Extraction(doc, (), mentions, (), ()))
    assert [(g.entity, g.how, g.mentions, g.inferred, g.ambiguous, g.alternatives, g.texts) for g in got] == [
        ("CHEBI:1", "lexicon", 1, 1, 1, ("CHEBI:45783",), ("Imatinib",)),
        ("CHEBI:1", "tagger", 1, 1, 1, ("CHEBI:45783",), ("Imatinib",)),
        ("CHEBI:45783", "lexicon", 1, 1, 1, ("CHEBI:45783",), ("Imatinib",)),
        ("CHEBI:45783", "tagger", 1, 1, 1, ("CHEBI:45783",), ("Imatinib",)),
    ]
    graph = kg.export.union_graph(kg.to_dataset([Extraction(doc, (), mentions, (), ())],
                                                kg.assemble([Extraction(doc, (), mentions, (), ())])))
    assert rows(graph, "groundings") == rows(graph, FROM_MENTIONS)


def test_summaries_add_up_over_documents() -> None:
    a = Grounding("CHEBI:45783", "lexicon", 3, 1, 0, (), ("Imatinib", "imatinib"))
    b = Grounding("CHEBI:45783", "lexicon", 2, 0, 2, ("CHEBI:1",), ("STI571", "imatinib"))
    c = Grounding("CHEBI:45783", "abbreviation", 1, 0, 0, (), ("IM",))
    assert merge_groundings([a, c, b]) == [
        c, Grounding("CHEBI:45783", "lexicon", 5, 1, 2, ("CHEBI:1",), ("Imatinib", "STI571", "imatinib"))]


def test_a_name_the_lexicon_knows_in_another_case_is_not_minted_again() -> None:
    """Found by a user: "fever", "death", "kras" read by the tagger became kgr: entities of
    their own beside MESH:D005334, MESH:D003643 and HGNC:6407, which the lexicon matches
    only as written ("Fever", "Death", "KRAS"), splitting their papers and edges."""
    from kg.extract import load_lexicon, load_pair_model, load_tagger
    from kg.model import Document

    text = ("Fever and death after cisplatin. Patients developed fever after treatment with cisplatin, "
            "and two deaths occurred.")
    doc = Document(source="a.txt", text=text, title="Fever and death after cisplatin.", pmid="99800001")
    found = [(m.text, m.curie, m.how) for m in extract(doc, load_lexicon(), load_tagger(), load_pair_model()).mentions]
    assert ("death", "MESH:D003643", "tagger") in found and ("fever", "MESH:D005334", "tagger") in found
    assert not [curie for _, curie, _ in found if curie.startswith("kgr:entity-")]
