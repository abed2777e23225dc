"""Relation rules: drug–disease, drug–target and adverse-event findings of the second wave of trial users."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_lexicon
from kg.extract.tagger import load_tagger
from tests.extract.helpers import document

LEXICON, TAGGER = load_lexicon(), load_tagger()


def _full(text: str, title: str = "A study.") -> list[tuple[str, str, str, bool, str | None]]:
    """(subject, predicate, object, negated, cue) of each sentence-rule assertion, with the full
    lexicon and the shipped tagger (no pair model)."""
    return [(a.subject, a.predicate, a.object, a.evidence[0].negated, a.evidence[0].cue)
            for a in extract(document(text, title), LEXICON, TAGGER).assertions
            if a.predicate != "mutationOf"]


OCA, PBC, CIRRHOSIS = "DRUGBANK:DB05990", "MONDO:0005388", "MONDO:0005155"


@pytest.mark.parametrize(("text", "expected"), [
    # The patients of a harm clause ("but can precipitate … in patients with …") are no indication.
    ("Obeticholic acid is a second-line therapy for PBC but can precipitate hepatic decompensation in patients "
     "with advanced cirrhosis.",
     [(OCA, "treats", PBC, False, None)]),
])
def test_harm_clause_is_no_indication(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A gene the drug raised is not inhibited by the verb of the next predicate.
    ("Empagliflozin increased phosphorylation of PRKAA1 and suppressed NLRP3 activation in tubular cells.",
     [("DRUGBANK:DB09038", "inhibits", "HGNC:16400", False, None)]),
    # A change in a gene's expression is no drug–target edge.
    ("Semaglutide suppressed hepatic expression of Srebf1 and Col1a1 in treated mice.", []),
    # The drug in apposition with its class is the subject; "NR3C1-independent" is no target.
    ("Finerenone is a selective, nonsteroidal mineralocorticoid receptor antagonist that blocks NR3C1-independent, "
     "NR3C2-mediated inflammation and fibrosis in the kidney.",
     [("DRUGBANK:DB16165", "inhibits", "HGNC:7979", False, None)]),
    # The ligands of the receptor blocked are not the drug's targets.
    ("Dupilumab, a monoclonal antibody that blocks the shared receptor component for interleukin-4 and "
     "interleukin-13, was studied in asthma.", []),
])
def test_what_is_no_drug_target(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [a for a in _full(text) if a[1] in ("inhibits", "targets")] == expected


VOCLOSPORIN, INFECTIONS, LUPUS_NEPHRITIS = "DRUGBANK:DB11693", "MESH:D007239", "MONDO:0005556"


@pytest.mark.parametrize(("text", "expected"), [
    # "produced a reduction in X" is efficacy, no harm.
    ("Sparsentan produced a larger reduction in proteinuria than irbesartan.", []),
    # A patient treated with the drug who developed a disease had an adverse event.
    ("One patient treated with voretigene neparvovec developed chorioretinal atrophy at the injection site.",
     [("DRUGBANK:DB13932", "causesAdverseEvent", "kgr:entity-disease-chorioretinal-atrophy", False, None)]),
    # "were the most common serious adverse event"; ", and" after the disease studied starts a clause.
    ("Voclosporin was evaluated in lupus nephritis, and infections were the most common serious adverse event in "
     "each group.",
     [(VOCLOSPORIN, "causesAdverseEvent", INFECTIONS, False, None)]),
])
def test_treated_conditions_and_harms(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


def test_causality_doubt_hedges_the_event() -> None:
    [assertion] = extract(document("Guillain-Barre syndrome was reported in one recipient of RSVPreF3 OA, although a "
                                   "causal relationship could not be established."), LEXICON, TAGGER).assertions
    assert assertion.predicate == "causesAdverseEvent" and assertion.evidence[0].hedged


def test_presence_or_absence_denies_nothing() -> None:
    ex = extract(document("Dapagliflozin treated kidney failure regardless of the presence or absence of diabetes."),
                 LEXICON, TAGGER)
    # nor is the subgroup's disease treated
    assert [(a.predicate, a.object, a.evidence[0].negated) for a in ex.assertions] == [("treats", "MONDO:0001106", False)]


@pytest.mark.parametrize(("text", "expected"), [
    # "a dual X and Y antagonist" inhibits both.
    ("Sparsentan is a dual endothelin type A receptor (EDNRA) and angiotensin II type 1 receptor (AGTR1) antagonist.",
     [("DRUGBANK:DB12548", "inhibits", "HGNC:336", False, None), ("DRUGBANK:DB12548", "inhibits", "HGNC:3179", False, None)]),
    # Agonists, potentiators and correctors target their gene: after an unknown spelt name, "pan-", a plural copula.
    ("Obeticholic acid, a farnesoid X receptor (FXR) agonist, is a second-line therapy for primary biliary cholangitis.",
     [("DRUGBANK:DB05990", "targets", "HGNC:7967", False, None)]),
    ("Elexacaftor and tezacaftor are CFTR correctors and ivacaftor is a CFTR potentiator.",
     [("DRUGBANK:DB15444", "targets", "HGNC:1884", False, None), ("DRUGBANK:DB11712", "targets", "HGNC:1884", False, None),
      ("DRUGBANK:DB08820", "targets", "HGNC:1884", False, None)]),
    # "PPAR" is a family, no one gene: "a pan-PPAR agonist" targets no PPARA alone (fifth wave)
    ("The trial tested bezafibrate, a pan-PPAR agonist, in patients with PBC.", []),
    ("The trial tested seladelpar, a PPAR-delta agonist, in patients with PBC.",
     [("DRUGBANK:DB12390", "targets", "HGNC:9235", False, None)]),
    # a singular noun after a plural copula names no class of the drugs
    ("Patients were EGFR inhibitor-naive and received gefitinib.", []),
])
def test_named_class_gives_targets(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [a for a in _full(text) if a[1] in ("inhibits", "targets")]
    # (a spelt name the tagger mints may add its own entity: only the lexicon's genes are checked)
    assert [a for a in found if not a[2].startswith("kgr:")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients aged 12 to 80 years with severe uncontrolled asthma were randomly assigned to receive tezepelumab "
     "210 mg or placebo.",
     [("DRUGBANK:DB15090", "treats", "MONDO:0004979", False, None)]),
    ("Patients with severe asthma who received tezepelumab had fewer exacerbations than those who received placebo.",
     [("DRUGBANK:DB15090", "treats", "MONDO:0004979", False, None)]),
    ("A total of 357 patients with biopsy-proven class III, IV or V lupus nephritis were randomized to voclosporin "
     "23.7 mg twice daily or placebo.",
     [(VOCLOSPORIN, "treats", LUPUS_NEPHRITIS, False, None)]),
    ("Adults with biopsy-proven IgA nephropathy and proteinuria of at least 1.0 g/day were randomly assigned 1:1 to "
     "sparsentan 400 mg once daily or irbesartan 300 mg once daily.",
     [("DRUGBANK:DB12548", "treats", "MONDO:0005342", False, None), ("DRUGBANK:DB01029", "treats", "MONDO:0005342", False, None)]),
    ("We analyzed eyes with diabetic macular edema treated with intravitreal ranibizumab 0.3 mg or aflibercept 2 mg "
     "between 2015 and 2022.",
     [("DRUGBANK:DB01270", "treats", "MONDO:0004728", False, None), ("DRUGBANK:DB08885", "treats", "MONDO:0004728", False, None)]),
    # who they were, with nothing the drug did for them
    ("Patients with hepatitis who received isoniazid were excluded.", []),
])
def test_randomised_population_is_treated(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [a for a in _full(text) if a[1] == "treats"] == expected


def test_case_report_onset_is_an_adverse_event() -> None:
    ex = extract(document("Obeticholic acid 5 mg daily was added. Within 10 weeks she developed jaundice, ascites and "
                          "severe pruritus, with total bilirubin rising from 1.4 to 6.8 mg/dL.",
                          title="Hepatic decompensation after obeticholic acid: a case report."), LEXICON, TAGGER)
    caused = {(a.subject, a.object) for a in ex.assertions if a.predicate == "causesAdverseEvent"}
    assert caused == {(OCA, "MESH:D007565"), (OCA, "MESH:D001201"), (OCA, "MESH:D011537")}


def test_counted_patients_who_developed_a_disease_had_an_event() -> None:
    ex = extract(document("One patient developed chorioretinal atrophy at the injection site, and another had a "
                          "transient elevation of intraocular pressure.",
                          title="Five-year outcomes of voretigene neparvovec."), LEXICON, TAGGER)
    assert [(a.subject, a.predicate, a.object) for a in ex.assertions] == [
        ("DRUGBANK:DB13932", "causesAdverseEvent", "kgr:entity-disease-chorioretinal-atrophy")]
