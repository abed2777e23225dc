"""Each named query parses, documents itself, and returns the expected rows on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from kg.errors import KGError, QueryNotFoundError, QueryParameterError
from kg.iris import KG, KGR, NAMESPACES
from kg.query import (
    cell,
    format_rows,
    lateral,
    list_columns,
    query_info,
    query_text,
    resolve_entity,
    run_query,
    sorted_lists,
)
from kg.resources import list_queries, load_query

REQUIRED = {"drug_targets", "drug_disease", "drug_mutation", "outcomes", "adverse_events", "evidence", "publications"}


def rows(graph: Graph, name: str, **params: str) -> list[dict[str, str]]:
    columns, result = run_query(graph, name, params)
    return [dict(zip(columns, (cell(v) for v in row), strict=True)) for row in result]


def test_the_issue_s_queries_exist() -> None:
    assert REQUIRED <= set(list_queries())


@pytest.mark.parametrize("name", list_queries())
def test_query_parses_and_has_a_header(name: str) -> None:
    info = query_info(name)
    assert info.title and info.purpose and info.columns
    prepared = prepareQuery(load_query(name), initNs=NAMESPACES)
    assert list(info.columns) == [str(v) for v in prepared.algebra["PV"]]


def test_drug_targets(graph: Graph) -> None:
    assert rows(graph, "drug_targets") == [{
        "drug": "CHEBI:45783", "drugLabel": "imatinib", "predicate": "kg:inhibits", "target": "HGNC:6342",
        "targetLabel": "KIT", "confidence": "0.542", "inferred": "true", "evidence": "2", "papers": "PMID:12181401",
    }]


def test_drug_disease(graph: Graph) -> None:
    got = [(r["predicate"], r["diseaseLabel"], r["evidence"], r["hedged"], r["conflict"]) for r in rows(graph, "drug_disease")]
    assert got == [
        ("kg:approvedFor", "gastrointestinal stromal tumor", "1", "0", "false"),
        ("kg:treats", "gastrointestinal stromal tumor", "8", "3", "false"),
    ]
    papers = rows(graph, "drug_disease", disease="GIST")[1]["papers"].split()
    assert sorted(papers) == ["DOI:10.2165/00003495-200767050-00012", "PMID:12181401"]


def test_drug_mutation_with_citation(graph: Graph) -> None:
    [row] = rows(graph, "drug_mutation", drug="Gleevec")
    assert {k: row[k] for k in ("mutationLabel", "geneLabel", "predicate", "drugLabel", "hedged", "negated", "cue", "paper")} == {
        "mutationLabel": "KIT exon 9 mutation", "geneLabel": "KIT", "predicate": "kg:confersSensitivityTo",
        "drugLabel": "imatinib", "hedged": "true", "negated": "false", "cue": "may",
        "paper": "DOI:10.2165/00003495-200767050-00012",
    }


def test_outcomes_with_numbers_and_arms(graph: Graph) -> None:
    [partial] = rows(graph, "outcomes", endpoint="partial response")
    assert (partial["count"], partial["denominator"], partial["percent"], partial["paper"]) == ("79", "147", "53.7", "PMID:12181401")
    # The sentence, to check the row against (a new user asked for it): the one starting at ``start``.
    assert (partial["start"], partial["sentence"][:45]) == ("787", "Overall, 79 patients (53.7 percent) had a par")
    # The sentence names no drug: imatinib is the paper's (a new user asked to see that).
    assert partial["inferred"] == "true"
    compared = [r for r in rows(graph, "outcomes", drug="imatinib") if r["significant"] == "false"]
    assert [(r["endpointLabel"], r["arm"], r["comparator"]) for r in compared] == [
        ("adverse-event rate", "400 mg daily", "600 mg daily"), ("response", "400 mg daily", "600 mg daily")]
    assert len(rows(graph, "outcomes")) == 15


def test_adverse_events(graph: Graph) -> None:
    got = [(r["eventLabel"], r["inferred"], r["papers"]) for r in rows(graph, "adverse_events", drug="imatinib")]
    assert got == [(e, "true", "PMID:12181401") for e in ("diarrhea", "edema", "fatigue", "hemorrhage")]


def test_evidence_for_one_edge(graph: Graph) -> None:
    got = rows(graph, "evidence", subject="imatinib", object="KIT")
    # The review also relates imatinib and KIT at document level (the pair classifier): a
    # weaker kg:interactsWith edge, inferred, from the sentence naming both closest.
    [classified] = [r for r in got if r["predicate"] == "kg:interactsWith"]
    assert (classified["section"], classified["objectStart"], classified["objectEnd"]) == ("ABSTRACT", "621", "624")
    got = [r for r in got if r["predicate"] != "kg:interactsWith"]
    assert [(r["predicate"], r["section"], r["start"], r["end"], r["objectStart"], r["objectEnd"], r["hedged"], r["cue"])
            for r in got] == [
        ("kg:inhibits", "BACKGROUND", "98", "221", "125", "153", "false", ""),
        ("kg:inhibits", "CONCLUSIONS", "1791", "1951", "1809", "1812", "true", "promising"),
    ]
    assert all(r["inferred"] == "true" and r["confidence"] == "0.542" for r in got)


def test_pair_classifier_evidence_is_the_sentence_naming_both_closest(graph: Graph) -> None:
    """The review relates KIT and GIST at document level too: the pair classifier's edge,
    inferred, has as evidence the sentence where the two are named closest, with both offsets."""
    got = rows(graph, "evidence", subject="KIT", object="GIST")
    [classified] = [r for r in got if r["rule"] == "associatedWith:pair-classifier"]
    assert (classified["paper"], classified["section"], classified["start"], classified["end"],
            classified["subjectStart"], classified["subjectEnd"], classified["objectStart"], classified["objectEnd"],
            classified["inferred"]) == ("DOI:10.2165/00003495-200767050-00012", "ABSTRACT", "254", "389",
                                        "328", "331", "341", "345", "true")


def test_publications_with_references(graph: Graph) -> None:
    review = rows(graph, "publications", publication="DOI:10.2165/00003495-200767050-00012")
    assert [(r["citedJournal"], r["citedYear"], r["citedVolume"], r["citedPages"]) for r in review] == [
        ("Ann Surg", "2000", "231", "51-58"), ("Oncogene", "2001", "20", "5054-5058"),
        ("Cancer Chemother Pharmacol", "2004", "53", "102-106"), ("J Clin Oncol", "2006", "24", "4764-4774"),
        ("N Engl J Med", "2006", "354", "2006-2013"),
    ]
    [trial] = rows(graph, "publications", publication="PMID:12181401")
    assert (trial["journal"], trial["year"], trial["volume"], trial["issue"], trial["pages"], trial["cited"]) == (
        "N Engl J Med", "2002", "347", "7", "472-80", "")


def test_studies(graph: Graph) -> None:
    got = [(r["sampleSize"], r["design"], r["arm"], r["dose"], r["doseUnit"]) for r in rows(graph, "studies")]
    assert got == [("147", "multicenter, open-label, randomized", "400 mg daily", "400.0", "mg"),
                   ("147", "multicenter, open-label, randomized", "600 mg daily", "600.0", "mg")]


def test_conflicts_are_empty_on_the_seeds(graph: Graph) -> None:
    assert rows(graph, "conflicts") == []


def test_entities_by_type(graph: Graph) -> None:
    got = rows(graph, "entities", type="Mutation")
    assert [(r["label"], r["mentionTexts"], r["papers"]) for r in got] == [("KIT exon 9 mutation", "exon 9 mutation", "1")]


def test_unknown_query_suggests_the_closest() -> None:
    with pytest.raises(QueryNotFoundError, match=r"unknown query 'drug_target' \(did you mean 'drug_targets'\?\); available: adverse_events"):
        load_query("drug_target")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("drug_mutatoin", "unknown query 'drug_mutatoin' (did you mean 'drug_mutation'?); available: adverse_events, "),
        # Nothing close: no guess, but every valid name.
        ("zzz", "unknown query 'zzz'; available: " + ", ".join(list_queries())),
    ],
)
def test_mistyped_query_name(name: str, message: str) -> None:
    with pytest.raises(QueryNotFoundError) as error:
        query_info(name)
    assert str(error.value).startswith(message)


@pytest.mark.parametrize("name", ["missing.rq", "sub/dir/mine.rq"])
def test_a_missing_query_file_is_named_as_a_file(name: str) -> None:
    with pytest.raises(QueryNotFoundError, match=rf"^no query file {re.escape(name)} \(the current directory is .*\); "
                                                 "named queries: adverse_events, "):
        query_info(name)


def test_unknown_parameter_lists_the_valid_ones(graph: Graph) -> None:
    with pytest.raises(QueryParameterError, match="query 'drug_targets' has no parameter 'gene'; valid: drug"):
        run_query(graph, "drug_targets", {"gene": "KIT"})


def test_unknown_entity_suggests_labels(graph: Graph) -> None:
    with pytest.raises(QueryParameterError, match="no entity named 'imatinb' in the graph; did you mean 'imatinib'"):
        run_query(graph, "drug_targets", {"drug": "imatinb"})


def test_an_entity_of_two_other_classes_is_named_with_both() -> None:
    # Found by a user: "'Parkinson's disease' is a AdverseEvent and Disease, not a Drug".
    graph = Graph()
    entity = URIRef("http://example.org/pd")
    graph.add((entity, RDF.type, KG.AdverseEvent))
    graph.add((entity, RDF.type, KG.Disease))
    with pytest.raises(QueryParameterError, match="^.http://example.org/pd. is an AdverseEvent and a Disease, not a Drug$"):
        resolve_entity(graph, "http://example.org/pd", "Drug")


def test_a_bare_accession_names_its_vocabulary(graph: Graph) -> None:
    # Found by a new user: the README's `drug=DB00619` was "no entity named 'DB00619'".
    imatinib = URIRef("http://purl.obolibrary.org/obo/CHEBI_45783")
    assert resolve_entity(graph, "DB00619") == imatinib
    assert resolve_entity(graph, "DB00619", "Drug") == imatinib
    with pytest.raises(QueryParameterError, match="^no entity DRUGBANK:DB99999 in the graph$"):
        resolve_entity(graph, "DB99999")
    assert resolve_entity(graph, "KIT") != imatinib       # a symbol is still a name


def test_another_vocabularys_identifier_names_the_entity_it_matches(graph: Graph) -> None:
    # Found by a user: DRUGBANK:DB00619, listed as imatinib's cross-reference in the KGX
    # export, was "no entity in the graph".
    assert resolve_entity(graph, "DOID:8552") == URIRef("http://purl.obolibrary.org/obo/MONDO_0011996")
    assert resolve_entity(graph, "meddra:10016256", "AdverseEvent") == URIRef(f"{KGR}ae-fatigue")
    with pytest.raises(QueryParameterError, match="^'MEDDRA:10016256' is an AdverseEvent, not a Drug$"):
        resolve_entity(graph, "meddra:10016256", "Drug")
    twice = Graph()
    for name in ("a", "b"):
        twice.add((URIRef(f"http://example.org/{name}"), SKOS.exactMatch, URIRef("https://identifiers.org/mesh:D1")))
    with pytest.raises(QueryParameterError, match="^MESH:D1 is an identifier of several entities: http://example.org/a, "
                                                  "http://example.org/b; pass one of them$"):
        resolve_entity(twice, "MESH:D1")
    twice.add((URIRef("http://example.org/b"), RDF.type, KG.Drug))       # a class asked for may leave one
    assert resolve_entity(twice, "MESH:D1", "Drug") == URIRef("http://example.org/b")


def test_a_name_several_entities_share_goes_to_the_one_it_labels() -> None:
    # Found by a user: "KRAS" named HGNC's KRAS and a tagger-minted "kras"; "cancer" named
    # the disease so labelled and another whose mention text it was.
    graph = Graph()
    hgnc, minted = URIRef("https://identifiers.org/hgnc:6407"), URIRef(f"{KGR}entity-gene-kras")
    cancer, neoplasm = URIRef("http://purl.obolibrary.org/obo/MONDO_0004992"), URIRef("http://example.org/neo")
    disease, event = URIRef("https://identifiers.org/mesh:D005221"), URIRef(f"{KGR}ae-fatigue")
    for entity, cls, label in ((hgnc, KG.Target, "KRAS"), (minted, KG.Target, "kras"), (cancer, KG.Disease, "cancer"),
                               (neoplasm, KG.Disease, "neoplasm"), (disease, KG.Disease, "Fatigue"),
                               (event, KG.AdverseEvent, "fatigue")):
        graph.add((entity, RDF.type, cls))
        graph.add((entity, RDFS.label, Literal(label)))
    graph.add((neoplasm, KG.mentionText, Literal("cancer")))
    assert resolve_entity(graph, "KRAS") == resolve_entity(graph, "kras") == hgnc
    assert resolve_entity(graph, "Cancer") == cancer
    # Found by a seventh user: "colorectal cancer" is the mention text of the neoplasm the
    # edges are on, and the label of the other reading of that ambiguous mention, which
    # nothing denotes: the one the text names.
    crc, neo, mention = (URIRef("http://purl.obolibrary.org/obo/MONDO_0005575"),
                         URIRef("http://purl.obolibrary.org/obo/MONDO_0005335"), URIRef(f"{KGR}mention-1"))
    for entity, label in ((crc, "colorectal cancer"), (neo, "colorectal neoplasm")):
        graph.add((entity, RDF.type, KG.Disease))
        graph.add((entity, RDFS.label, Literal(label)))
    graph.add((neo, KG.mentionText, Literal("colorectal cancer")))
    graph.add((mention, KG.alternativeGrounding, crc))
    assert resolve_entity(graph, "colorectal cancer") == neo
    graph.add((crc, KG.mentionText, Literal("colorectal cancer")))     # named in another paper: its label wins
    assert resolve_entity(graph, "colorectal cancer") == crc
    # A vocabulary's drug with the name as a synonym, and a drug kg minted with it as label: the vocabulary's.
    drug, minted_drug = URIRef("https://identifiers.org/drugbank:DB00305"), URIRef(f"{KGR}entity-chemical-mitomycin-c")
    graph.add((drug, RDF.type, KG.Drug))
    graph.add((drug, RDFS.label, Literal("Mitomycin")))
    graph.add((drug, SKOS.altLabel, Literal("mitomycin C")))
    graph.add((minted_drug, RDF.type, KG.Drug))
    graph.add((minted_drug, RDFS.label, Literal("mitomycin C")))
    assert resolve_entity(graph, "mitomycin C") == drug
    # A reviewer's finding: a minted entity of another class whose label it is must not win silently.
    minted_disease = URIRef(f"{KGR}entity-disease-mitomycin-c")
    graph.add((minted_disease, RDF.type, KG.Disease))
    for entity in (drug, minted_drug, minted_disease):      # a class outside kg: makes them no one kind
        graph.add((entity, RDF.type, OWL.Thing))
    graph.add((minted_disease, RDFS.label, Literal("mitomycin C")))
    with pytest.raises(QueryParameterError, match="'mitomycin C' names several entities: Mitomycin"):
        resolve_entity(graph, "mitomycin C")
    assert resolve_entity(graph, "mitomycin C", "Drug") == drug
    # Of different classes, neither gives way: both are listed with their labels.
    with pytest.raises(QueryParameterError) as error:
        resolve_entity(graph, "fatigue")
    assert str(error.value) == ("'fatigue' names several entities: Fatigue (MESH:D005221), fatigue (kgr:ae-fatigue); "
                                "pass a CURIE")
    assert resolve_entity(graph, "fatigue", "AdverseEvent") == event


@pytest.mark.parametrize(
    ("value", "message"),
    [
        # Ends two endpoints' labels: no guess between them, both named (a user's "parkinson"
        # was offered look-alike words, not the four entities it is part of).
        ("survival", "no entity named 'survival' in the graph; it is part of the names of overall survival "
                     "(kgr:endpoint-overall-survival), progression-free survival "
                     "(kgr:endpoint-progression-free-survival): give a whole name or a CURIE"),
        # Inside several entities' names (a synonym's, for the adverse-event rate).
        ("side", "no entity named 'side' in the graph; it is part of the names of adverse-event rate "
                 "(kgr:endpoint-adverse-event-rate), drug-related side effects and adverse reactions (MESH:D064420): "
                 "give a whole name or a CURIE"),
        # Spaces around a name and curly apostrophes are not part of it.
        ("  overall survival ", None),
        # Whole words only: "exon" is not "exo".
        ("exo", "no entity named 'exo' in the graph"),
        ("", "an empty name names no entity; give a label, synonym or CURIE"),
    ],
)
def test_partial_names_that_do_not_resolve(graph: Graph, value: str, message: str | None) -> None:
    if message is None:
        assert resolve_entity(graph, value) == URIRef("https://w3id.org/kg-builder/id/endpoint-overall-survival")
        return
    with pytest.raises(QueryParameterError) as error:
        resolve_entity(graph, value)
    assert str(error.value) == message


@pytest.mark.parametrize("value", ["CHEBI:45783", "chebi:45783", "Chebi:45783", "imatinib", "STI571",
                                   "http://purl.obolibrary.org/obo/CHEBI_45783"])
def test_curies_resolve_whatever_the_prefix_case(graph: Graph, value: str) -> None:
    assert resolve_entity(graph, value, "Drug") == URIRef("http://purl.obolibrary.org/obo/CHEBI_45783")


def test_table_fits_the_width(graph: Graph) -> None:
    columns, result = run_query(graph, "evidence")
    table = format_rows(columns, result, "table", width=100)
    assert all(len(line) <= 100 for line in table.splitlines())
    assert table.splitlines()[-1] == f"({len(result)} rows)"


def test_a_narrow_table_cuts_no_column_below_sixteen_characters() -> None:
    """Found by a new user: at their terminal's width the columns came out as "kgr:mutat…"
    and "kg:confer…"; the widest gives way first, none below 16, else a record per row."""
    from rdflib import Literal

    columns = ("mutation", "predicate", "drug", "sentence")
    rows = [(Literal("kgr:mutation-NRAS-Q61K"), Literal("kg:confersResistanceTo"), Literal("Vemurafenib"),
             Literal("NRAS Q61K mutation confers resistance to vemurafenib in melanoma cells."))]
    table = format_rows(columns, rows, "table", width=90).splitlines()
    assert table[2].split(" | ") == ["kgr:mutation-NRAS-Q61K", "kg:confersResistanceTo", "Vemurafenib",
                                     "NRAS Q61K mutation confer…"]
    narrow = format_rows(columns, rows, "table", width=60).splitlines()
    assert narrow[:2] == ["-[ row 1 ]-------------------", " mutation | kgr:mutation-NRAS-Q61K"]


@pytest.mark.parametrize(
    ("name", "params", "message"),
    [
        ("drug_targets", {"drug": "CHEBI:99999"}, "no entity CHEBI:99999 in the graph"),
        ("drug_targets", {"drug": "KIT"}, "'KIT' is a Target, not a Drug"),
        ("outcomes", {"endpoint": "HGNC:6342"}, "'HGNC:6342' is a Target, not an Endpoint"),
        ("evidence", {"predicate": "inhibit"}, "unknown predicate 'inhibit'; valid: targets, inhibits, interactsWith, treats"),
        ("entities", {"type": "gene"}, "unknown class 'gene'; valid: Drug, Target, Disease"),
        ("evidence", {"subject": "PMID:12181401"},
         "'PMID:12181401' is a Publication; --param subject takes an entity (Drug, Target, Disease, Mutation, "
         "AdverseEvent or Endpoint); queries that take a publication: publications"),
        ("groundings", {"entity": "12181401"}, "'12181401' is a Publication; --param entity takes an entity"),
    ],
)
def test_parameter_values_are_checked(graph: Graph, name: str, params: dict[str, str], message: str) -> None:
    """Found by a new user: these returned zero rows instead of saying what was wrong."""
    with pytest.raises(QueryParameterError) as error:
        run_query(graph, name, params)
    assert message in str(error.value)


def test_an_untyped_entity_parameter_refuses_a_node_that_is_no_entity(graph: Graph) -> None:
    """A study, like a paper, named by its IRI had listed nothing and said nothing."""
    study = next(iter(graph.subjects(RDF.type, KG.Study)))
    with pytest.raises(QueryParameterError) as error:
        run_query(graph, "conflicts", {"subject": str(study)})
    assert str(error.value) == (f"{str(study)!r} is a Study; --param subject takes an entity (Drug, Target, Disease, "
                                "Mutation, AdverseEvent or Endpoint)")


@pytest.mark.parametrize(
    ("name", "params", "expected"),
    [
        ("publications", {"publication": "12181401"}, ("publication", "PMID:12181401")),
        ("entities", {"type": "mutation"}, ("label", "KIT exon 9 mutation")),
        ("drug_mutation", {"mutation": "exon 9 mutation"}, ("mutationLabel", "KIT exon 9 mutation")),
        # Whole words inside one entity's label: "exon 9" of "KIT exon 9 mutation".
        ("drug_mutation", {"mutation": "exon 9"}, ("mutationLabel", "KIT exon 9 mutation")),
        # An IRI the graph holds only as a cross-reference: the entity it is an exact match of.
        ("drug_targets", {"drug": "https://identifiers.org/drugbank:DB00619"}, ("drugLabel", "imatinib")),
        ("drug_targets", {"drug": "DRUGBANK:DB00619"}, ("targetLabel", "KIT")),
    ],
)
def test_parameter_values_resolve_generously(graph: Graph, name: str, params: dict[str, str],
                                            expected: tuple[str, str]) -> None:
    key, value = expected
    assert [r[key] for r in rows(graph, name, **params)] == [value]


def test_own_query_file_with_parameters(graph: Graph, tmp_path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("# title: Mine\n# param drug: entity Drug.\n# columns: label\n"
                    "SELECT ?label WHERE { ?drug rdfs:label ?label }\n")
    columns, result = run_query(graph, str(path), {"drug": "Glivec"})
    assert columns == ("label",) and [cell(r[0]) for r in result] == ["imatinib"]
    with pytest.raises(QueryParameterError, match="needs --param drug"):
        run_query(graph, str(path), {})


#: Every ``# when`` line but those of conflicts, which has no rows on the seeds
#: (tests/test_extra_documents.py tests its lines on a graph with conflicts).
WHEN = [(name, p.name) for name in list_queries() for p in query_info(name).params if p.when and name != "conflicts"]


def test_when_lines_are_read_as_the_parameter_s_pattern() -> None:
    assert ("outcomes", "drug") in WHEN and ("studies", "drug") in WHEN and ("evidence", "object") in WHEN
    assert {p.name: p.when for p in query_info("conflicts").params} == {
        "subject": "?a kg:assertedSubject ?subject", "object": "?a kg:assertedObject ?object"}
    assert {p.name: p.when for p in query_info("outcomes").params} == {"drug": "?o kg:drug ?drug", "endpoint": None}


@pytest.mark.parametrize(("name", "param"), WHEN)
def test_when_patterns_do_not_change_the_rows(graph: Graph, name: str, param: str) -> None:
    # The pattern only narrows where the engine starts: the query's FILTER gives the same rows without it.
    info = query_info(name)
    kind = next(p.kind for p in info.params if p.name == param)
    value, term = ("Drug", KG.Drug) if kind == "class" else ("imatinib", resolve_entity(graph, "imatinib", "Drug"))
    bound = {param: term}
    result = graph.query(info.text, initNs=NAMESPACES, initBindings=bound)
    plain = sorted_lists(tuple(map(str, result.vars or ())), [tuple(r) for r in result], list_columns(info.text))
    narrowed = run_query(graph, name, {param: value})[1]
    assert plain == narrowed and narrowed
    when = next(p.when for p in info.params if p.name == param)
    assert query_text(info, bound, oxigraph=False).split("WHERE {", 1)[1].startswith(f" {{ {when} }}\n")


def test_when_naming_no_parameter_is_refused(tmp_path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("# title: Mine\n# param drug: entity Drug, optional.\n# when drog: ?x kg:drug ?drog\n"
                    "# columns: x\nSELECT ?x WHERE { ?x kg:drug ?drug }\n")
    with pytest.raises(KGError, match=r"'# when drog' names no parameter; parameters: drug"):
        query_info(str(path))


def test_optionals_are_made_lateral_for_oxigraph_and_braces_in_terms_are_skipped() -> None:
    text = 'SELECT * WHERE { ?a <urn:p> ?b OPTIONAL { ?b <urn:q> "}" } FILTER(true) OPTIONAL { ?b <urn:r{> ?c } }'
    assert lateral(text) == ('SELECT * WHERE { ?a <urn:p> ?b LATERAL { OPTIONAL { ?b <urn:q> "}" } } FILTER(true) '
                             'LATERAL { OPTIONAL { ?b <urn:r{> ?c } } }')
    # OPTIONALs one after another share one LATERAL (Oxigraph plans many LATERALs slowly).
    assert lateral(text.replace(" FILTER(true)", "")) == (
        'SELECT * WHERE { ?a <urn:p> ?b LATERAL { OPTIONAL { ?b <urn:q> "}" } OPTIONAL { ?b <urn:r{> ?c } } }')
    # A comment inside the OPTIONAL may hold a brace or a quote: comments go first.
    assert lateral("SELECT * WHERE { ?a <urn:p> ?b OPTIONAL { ?b <urn:q> ?c  # don't } close\n } }") == (
        "SELECT * WHERE { ?a <urn:p> ?b LATERAL { OPTIONAL { ?b <urn:q> ?c  \n } } }")
    sent = query_text(query_info("evidence"), {}, oxigraph=True)
    assert "LATERAL { OPTIONAL { ?ev kg:cue ?cue }\n  OPTIONAL { ?ev kg:subjectSpan ?ss ." in sent
    assert sent.count("LATERAL {") == 1 and sent.count("OPTIONAL {") == 3
    # outcomes: the drug's OPTIONAL, a FILTER, then 23 OPTIONALs in a row (the arm's four first).
    sent = query_text(query_info("outcomes"), {}, oxigraph=True)
    assert sent.count("LATERAL {") == 2 and sent.count("OPTIONAL {") == 24


def test_conflicts_take_a_subject_or_an_object() -> None:
    assert [(p.name, p.kind, p.optional) for p in query_info("conflicts").params] == [
        ("subject", "entity", True), ("object", "entity", True)]


def test_a_paper_of_two_publication_types_is_one_row_with_both(tmp_path: Path) -> None:
    """Found by a new user: `publications` listed each paper once per publication type."""
    import kg

    (tmp_path / "trial.xml").write_text(
        "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>39000111</PMID><Article>"
        "<ArticleTitle>Olaparib in ovarian cancer.</ArticleTitle><Abstract><AbstractText>Olaparib improved "
        "progression-free survival in patients with ovarian cancer.</AbstractText></Abstract>"
        "<PublicationTypeList><PublicationType>Clinical Trial, Phase III</PublicationType>"
        "<PublicationType>Randomized Controlled Trial</PublicationType></PublicationTypeList>"
        "</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>", encoding="utf-8")
    graph = Graph()
    graph.parse(kg.write_graph(kg.build([tmp_path]).dataset, tmp_path / "g.ttl"), format="turtle")
    assert [(r["publication"], r["types"]) for r in rows(graph, "publications")] == [
        ("PMID:39000111", "Clinical Trial, Phase III | Randomized Controlled Trial")]


def test_outcomes_say_hedging_and_studies_arm_sizes(tmp_path: Path) -> None:
    """Found by a cardiometabolic user: a hedged outcome ("may reduce …") looked stated in
    `kg query outcomes`, and the arms' sizes ("(n=157)") were in the graph but in no query."""
    import kg
    from kg.export import union_graph

    (tmp_path / "a.txt").write_text(
        "Asciminib versus bosutinib\n\nPatients were randomized 2:1 to asciminib 40 mg twice daily (n=157) or "
        "bosutinib 500 mg once daily (n=76). Asciminib may reduce progression-free survival events "
        "(hazard ratio, 0.60).\n")
    graph = union_graph(kg.build([tmp_path / "a.txt"]).dataset)
    assert [(r["arm"], r["drugLabel"], r["armSize"], r["sampleSize"]) for r in rows(graph, "studies")] == [
        ("40 mg twice daily", "asciminib", "157", "233"), ("500 mg daily", "bosutinib", "76", "233")]
    assert [(r["statistic"], r["hazardRatio"], r["hedged"], r["negated"]) for r in rows(graph, "outcomes")] == [
        ("hazard ratio", "0.60", "true", "false")]


def test_drug_mutation_lists_risk_alleles(tmp_path: Path) -> None:
    """Found by a pharmacogenomics user: `drug_mutation` kept only sensitivity and resistance,
    so `--param mutation=HLA-B*57:01` and `--param drug=abacavir` answered no rows."""
    import kg

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "hla.txt").write_text(
        "HLA-B*57:01 and abacavir.\n\nAbacavir hypersensitivity is strongly associated with HLA-B*57:01 in "
        "patients with HIV infection.\n", encoding="utf-8")
    graph = Graph().parse(kg.write_graph(kg.build([tmp_path / "docs"], models=False).dataset, tmp_path / "g.ttl"),
                          format="turtle")
    found = [(r["mutationLabel"], r["geneLabel"], r["predicate"], r["drugLabel"], r["negated"])
             for r in rows(graph, "drug_mutation", mutation="HLA-B*57:01")]
    assert found == [("HLA-B*57:01", "HLA-B", "kg:affectsResponseTo", "abacavir", "false")] * len(found) and found
    assert rows(graph, "drug_mutation", drug="abacavir") == rows(graph, "drug_mutation", mutation="HLA-B*57:01")
