"""Every row of DESIGN §8, checked on the seeds' graph in the shape DESIGN gives it.

The graph is the Turtle a user gets from ``kg build seeds``, parsed back.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, URIRef

from tests.conftest import SEED_000, SEED_003, ask, select

IMATINIB = URIRef("http://purl.obolibrary.org/obo/CHEBI_45783")
KIT = URIRef("https://identifiers.org/hgnc:6342")
GIST = URIRef("http://purl.obolibrary.org/obo/MONDO_0011719")
CML = URIRef("http://purl.obolibrary.org/obo/MONDO_0011996")
EXON9 = URIRef("https://w3id.org/kg-builder/id/mutation-KIT-exon9-mutation")
P000, P003 = URIRef(SEED_000), URIRef(SEED_003)
AUTHORS_000 = [
    "Demetri GD", "von Mehren M", "Blanke CD", "Van den Abbeele AD", "Eisenberg B", "Roberts PJ",
    "Heinrich MC", "Tuveson DA", "Singer S", "Janicek M", "Fletcher JA", "Silverman SG", "Silberman SL",
    "Capdeville R", "Kiese B", "Peng B", "Dimitrijevic S", "Druker BJ", "Corless C", "Fletcher CD", "Joensuu H",
]


def evidence_of(graph: Graph, s: URIRef, p: str, o: URIRef) -> list[tuple[object, ...]]:
    """(text, section, negated, hedged, cue, inferred, publication) of each evidence of one assertion."""
    return select(graph, f"""
        SELECT ?text ?section ?negated ?hedged ?cue ?inferred ?pub WHERE {{
          ?a a kg:Assertion ; kg:assertedSubject ?s ; kg:assertedPredicate kg:{p} ; kg:assertedObject ?o ;
             kg:evidence ?e .
          ?e kg:text ?text ; kg:section ?section ; kg:negated ?negated ; kg:hedged ?hedged ;
             kg:inferred ?inferred ; kg:fromPublication ?pub .
          OPTIONAL {{ ?e kg:cue ?cue }}
        }} ORDER BY ?pub ?text""", s=s, o=o)


def outcome(graph: Graph, pub: URIRef, endpoint: str, **extra: str) -> list[dict[str, object]]:
    """Every outcome of ``pub`` with an endpoint labelled ``endpoint``, as dicts of its fields."""
    rows = select(graph, """
        SELECT ?o ?p ?v WHERE {
          ?o a kg:OutcomeMeasurement ; kg:reportedIn ?pub ; kg:endpoint/rdfs:label ?label ; ?p ?v .
        } ORDER BY ?o ?p ?v""", pub=pub, label=_lit(endpoint))
    records: dict[object, dict[str, object]] = {}
    for node, prop, value in rows:
        key = str(prop).split("#")[-1]
        records.setdefault(node, {"node": node}).setdefault(key, value)
    return list(records.values())


def _lit(text: str) -> object:
    from rdflib import Literal

    return Literal(text)


def arm_label(graph: Graph, arm: object) -> str:
    return select(graph, "SELECT ?l WHERE { ?arm kg:label ?l }", arm=arm)[0][0]


# --- seed 000: the NEJM trial ------------------------------------------------------------

def test_seed000_publication_record(graph: Graph) -> None:
    row = select(graph, """
        SELECT ?pmid ?doi ?journal ?year ?volume ?issue ?pages ?list WHERE {
          ?pub a kg:Publication ; bibo:pmid ?pmid ; bibo:doi ?doi ; kg:journal ?journal ; kg:year ?year ;
               bibo:volume ?volume ; bibo:issue ?issue ; bibo:pages ?pages ; bibo:authorList ?list }""", pub=P000)
    assert row == [("12181401", "10.1056/NEJMoa020461", "N Engl J Med", 2002, "347", "7", "472-80",
                    "; ".join(AUTHORS_000))]
    creators = {r[0] for r in select(graph, "SELECT ?c WHERE { ?pub dcterms:creator ?c }", pub=P000)}
    assert creators == set(AUTHORS_000) and len(AUTHORS_000) == 21


def test_imatinib_inhibits_kit_from_the_mechanism_sentences(graph: Graph) -> None:
    assert ask(graph, "ASK { ?d kg:inhibits ?t . ?d kg:targets ?t }", d=IMATINIB, t=KIT)
    evidence = evidence_of(graph, IMATINIB, "inhibits", KIT)
    texts = [e[0] for e in evidence]
    assert [t.split(" ")[0:2] for t in texts] == [["Constitutive", "activation"], ["Inhibition", "of"]]
    assert all(e[5] is True for e in evidence), "no single sentence names both: every evidence is inferred"
    assert {e[1] for e in evidence} == {"BACKGROUND", "CONCLUSIONS"}


def test_imatinib_treats_gist_from_the_conclusion(graph: Graph) -> None:
    assert ask(graph, "ASK { ?d kg:treats ?x }", d=IMATINIB, x=GIST)
    conclusion = [e for e in evidence_of(graph, IMATINIB, "treats", GIST) if e[1] == "CONCLUSIONS"]
    assert conclusion == [(
        "Imatinib induced a sustained objective response in more than half of patients with an advanced "
        "unresectable or metastatic gastrointestinal stromal tumor.",
        "CONCLUSIONS", False, False, None, False, P000,
    )]


def test_kit_activation_associated_with_gist(graph: Graph) -> None:
    assert ask(graph, "ASK { ?t kg:associatedWith ?x . ?t a kg:Target }", t=KIT, x=GIST)
    stated, classified = sorted(evidence_of(graph, KIT, "associatedWith", GIST), key=lambda e: e[5])
    assert stated[0].startswith("Constitutive activation of KIT receptor tyrosine kinase is critical in the pathogenesis")
    assert (stated[1], stated[2], stated[5], stated[6]) == ("BACKGROUND", False, False, P000)
    # The review (seed 003) relates KIT and GIST across its sentences: the pair classifier's
    # link is inferred, and its evidence is the sentence naming both ("KIT-positive GIST").
    assert "KIT-positive GIST" in classified[0] and (classified[2], classified[5]) == (False, True)
    assert str(classified[6]).startswith("https://doi.org/10.2165/")


def test_study_size_design_and_arms(graph: Graph) -> None:
    [(size,)] = select(graph, "SELECT ?n WHERE { ?s a kg:Study ; kg:reportedIn ?pub ; kg:sampleSize ?n }", pub=P000)
    assert size == 147
    designs = {r[0] for r in select(graph, "SELECT ?d WHERE { ?s kg:reportedIn ?pub ; kg:design ?d }", pub=P000)}
    assert designs == {"open-label", "randomized", "multicenter"}
    arms = select(graph, """
        SELECT ?dose ?unit ?schedule ?drug WHERE {
          ?s a kg:Study ; kg:reportedIn ?pub ; kg:hasArm ?a .
          ?a a kg:StudyArm ; kg:dose ?dose ; kg:doseUnit ?unit ; kg:schedule ?schedule ; kg:drug ?drug }
        ORDER BY ?dose""", pub=P000)
    assert arms == [(Decimal("400"), "mg", "daily", IMATINIB), (Decimal("600"), "mg", "daily", IMATINIB)]


@pytest.mark.parametrize(
    ("endpoint", "count", "percent"),
    [
        ("partial response", 79, Decimal("53.7")),
        ("stable disease", 41, Decimal("27.9")),
        ("response not evaluable", 7, Decimal("4.8")),
        ("early resistance", 20, Decimal("13.6")),
    ],
)
def test_counted_outcomes(graph: Graph, endpoint: str, count: int, percent: Decimal) -> None:
    [record] = outcome(graph, P000, endpoint)
    assert (record["count"], record["percent"], record["denominator"]) == (count, percent, 147)
    assert record["drug"] == IMATINIB and record["negated"] is False


def test_no_complete_response_is_a_negated_zero(graph: Graph) -> None:
    [record] = outcome(graph, P000, "complete response")
    assert (record["count"], record["negated"]) == (0, True)
    [(text, negated, cue)] = select(graph, """
        SELECT ?t ?n ?c WHERE { ?o kg:evidence ?e . ?e kg:text ?t ; kg:negated ?n ; kg:cue ?c }""", o=record["node"])
    assert (text, negated, cue) == ("No patient had a complete response to the treatment.", True, "no")


def test_duration_of_response_not_reached(graph: Graph) -> None:
    [record] = outcome(graph, P000, "duration of response")
    assert (record["qualifier"], record["statistic"], record["timepoint"]) == ("not reached", "median", "24 weeks")
    assert "count" not in record and "value" not in record


def test_no_significant_difference_between_the_doses(graph: Graph) -> None:
    records = [r for r in outcome(graph, P000, "response") + outcome(graph, P000, "adverse-event rate")
               if r.get("significant") is False]
    assert len(records) == 2  # toxic effects and response, each 400 mg vs 600 mg
    for record in records:
        assert arm_label(graph, record["arm"]) == "400 mg daily"
        assert arm_label(graph, record["comparatorArm"]) == "600 mg daily"


@pytest.mark.parametrize("event", ["edema", "diarrhea", "fatigue", "hemorrhage"])
def test_adverse_events_of_the_main_drug(graph: Graph, event: str) -> None:
    [(node,)] = select(graph, "SELECT ?x WHERE { ?x a kg:AdverseEvent ; rdfs:label ?l }", l=_lit(event))
    assert ask(graph, "ASK { ?d kg:causesAdverseEvent ?x }", d=IMATINIB, x=node)
    evidence = evidence_of(graph, IMATINIB, "causesAdverseEvent", node)
    assert [(e[5], e[2], e[6]) for e in evidence] == [(True, False, P000)]


def test_hemorrhage_rate_is_approximately_five_percent(graph: Graph) -> None:
    [record] = [r for r in outcome(graph, P000, "adverse-event rate") if "percent" in r]
    assert (record["percent"], record["qualifier"]) == (Decimal("5"), "approximately")
    assert select(graph, "SELECT ?l WHERE { ?ae rdfs:label ?l }", ae=record["adverseEvent"]) == [("hemorrhage",)]


def test_cml_is_mentioned_but_not_treated(graph: Graph) -> None:
    assert ask(graph, "ASK { ?pub kg:mentions ?cml . ?cml a kg:Disease }", pub=P000, cml=CML)
    assert not ask(graph, "ASK { ?d kg:treats ?cml }", cml=CML)
    assert not ask(graph, "ASK { ?d kg:approvedFor ?cml }", cml=CML)
    assert not ask(graph, "ASK { ?a kg:assertedObject ?cml }", cml=CML)


# --- seed 003: the Drugs review ------------------------------------------------------------

def test_seed003_is_keyed_by_its_doi_and_is_a_review(graph: Graph) -> None:
    row = select(graph, """
        SELECT ?doi ?type ?journal ?year ?volume ?issue ?pages WHERE {
          ?pub a kg:Publication ; bibo:doi ?doi ; kg:publicationType ?type ; kg:journal ?journal ;
               kg:year ?year ; bibo:volume ?volume ; bibo:issue ?issue ; bibo:pages ?pages }""", pub=P003)
    assert row == [("10.2165/00003495-200767050-00012", "Review", "Drugs", 2007, "67", "5", "805-20")]
    assert not ask(graph, "ASK { ?pub bibo:pmid ?p }", pub=P003)
    assert select(graph, "SELECT ?c WHERE { ?pub dcterms:creator ?c }", pub=P003) == [("M Asif A Siddiqui",)]


def test_one_imatinib_with_brand_names_and_drug_class(graph: Graph) -> None:
    assert select(graph, "SELECT ?d WHERE { ?d a kg:Drug }") == [(IMATINIB,)]
    alt = {r[0] for r in select(graph, "SELECT ?a WHERE { ?d skos:altLabel ?a }", d=IMATINIB)}
    assert {"Gleevec", "Glivec", "imatinib mesylate", "STI571"} <= alt
    assert select(graph, "SELECT ?c WHERE { ?d kg:drugClass ?c }", d=IMATINIB) == [("tyrosine kinase inhibitor",)]
    xrefs = {str(r[0]) for r in select(graph, "SELECT ?x WHERE { ?d skos:exactMatch ?x }", d=IMATINIB)}
    assert "https://identifiers.org/drugbank:DB00619" in xrefs


def test_approved_for_gist(graph: Graph) -> None:
    assert ask(graph, "ASK { ?d kg:approvedFor ?x . ?d kg:treats ?x }", d=IMATINIB, x=GIST)
    [(text, _, negated, _, _, inferred, pub)] = evidence_of(graph, IMATINIB, "approvedFor", GIST)
    assert text.startswith("The drug is approved for the treatment of unresectable and/or metastatic, KIT-positive GIST")
    assert (negated, inferred, pub) == (False, True, P003)  # "The drug" resolved to the main drug


def test_objective_response_up_to_two_thirds_at_400_to_800_mg(graph: Graph) -> None:
    [record] = outcome(graph, P003, "objective response")
    assert (record["qualifier"], record["percent"]) == ("up to", Decimal("66.7"))
    arm = select(graph, "SELECT ?d ?m ?u ?s WHERE { ?a kg:dose ?d ; kg:doseMax ?m ; kg:doseUnit ?u ; kg:schedule ?s }",
                 a=record["arm"])
    assert arm == [(Decimal("400"), Decimal("800"), "mg", "daily")]


@pytest.mark.parametrize("endpoint", ["progression-free survival", "overall survival"])
def test_survival_improvements_without_numbers(graph: Graph, endpoint: str) -> None:
    records = [r for r in outcome(graph, P003, endpoint) if r.get("effect") == "prolonged"]
    assert len(records) == 1
    assert not {"count", "percent", "value", "hazardRatio"} & set(records[0])
    assert records[0]["qualifier"] == "substantially"


def test_exon9_mutation_of_kit_confers_hedged_sensitivity(graph: Graph) -> None:
    assert select(graph, "SELECT ?l WHERE { ?m a kg:Mutation ; rdfs:label ?l }", m=EXON9) == [("KIT exon 9 mutation",)]
    assert ask(graph, "ASK { ?m kg:mutationOf ?kit . ?m kg:confersSensitivityTo ?d . ?m kg:affectsResponseTo ?d }",
               m=EXON9, kit=KIT, d=IMATINIB)
    assert [e[5] for e in evidence_of(graph, EXON9, "mutationOf", KIT)] == [True]
    [(text, _, negated, hedged, cue, inferred, pub)] = evidence_of(graph, EXON9, "confersSensitivityTo", IMATINIB)
    assert (negated, hedged, cue, pub) == (False, True, "may", P003)
    assert "particularly in those with exon 9 mutation" in text


def test_pfs_outcome_in_the_exon9_stratum(graph: Graph) -> None:
    [record] = [r for r in outcome(graph, P003, "progression-free survival") if "mutationStratum" in r]
    assert (record["mutationStratum"], record["stratumHasMutation"], record["effect"]) == (EXON9, True, "improved")
    [(hedged, cue)] = select(graph, "SELECT ?h ?c WHERE { ?o kg:evidence ?e . ?e kg:hedged ?h ; kg:cue ?c }",
                             o=record["node"])
    assert (hedged, cue) == (True, "may")


def test_dose_related_increase_in_toxicity(graph: Graph) -> None:
    [record] = outcome(graph, P003, "adverse-event rate")
    assert (record["effect"], record["qualifier"], record["statistic"]) == ("increased", "dose-related", "qualitative")


def test_five_parsed_references(graph: Graph) -> None:
    rows = select(graph, """
        SELECT ?journal ?year ?volume ?issue ?pages WHERE {
          ?pub kg:cites ?c . ?c a kg:Publication ; kg:journal ?journal ; kg:year ?year ; bibo:volume ?volume ;
                                bibo:issue ?issue ; bibo:pages ?pages }
        ORDER BY ?year ?journal""", pub=P003)
    assert rows == [
        ("Ann Surg", 2000, "231", "1", "51-58"),
        ("Oncogene", 2001, "20", "36", "5054-5058"),
        ("Cancer Chemother Pharmacol", 2004, "53", "2", "102-106"),
        ("J Clin Oncol", 2006, "24", "29", "4764-4774"),
        ("N Engl J Med", 2006, "354", "19", "2006-2013"),
    ]
    assert not ask(graph, "ASK { ?pub kg:cites ?c }", pub=P000), "'Comment in' lines are not references"
