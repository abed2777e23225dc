"""Names found by new users' trial reports (third wave): what a name is, and what it is not."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_lexicon
from tests.extract.helpers import probed

_run = probed


def _mentions(sentence: str) -> set[tuple[str, str]]:
    return {(m.text, m.curie) for m in _run(sentence).mentions}


def _triples(sentence: str) -> set[tuple[str, str, str]]:
    return {(a.subject, a.predicate, a.object) for a in _run(sentence).assertions}


SIMVASTATIN = "DRUGBANK:DB00641"


@pytest.mark.parametrize("sentence", [
    "Patients with homozygous familial hypercholesterolemia respond poorly to statins.",
    "Statin-associated muscle symptoms are the most common reason for discontinuation of statin therapy.",
    "LDL-C remained above 70 mg/dL despite maximally tolerated statin therapy in patients with atherosclerosis.",
])
def test_the_statin_class_is_no_simvastatin(sentence: str) -> None:
    # Found by cardiology and pharmacogenomics users: "statin(s)" was simvastatin, which then
    # treated familial hypercholesterolemia in a paper that never named it.
    extraction = _run(sentence)
    assert not any(m.curie == SIMVASTATIN for m in extraction.mentions)
    assert not any(SIMVASTATIN in (a.subject, a.object) for a in extraction.assertions)


def test_simvastatin_named_is_still_simvastatin() -> None:
    assert ("Simvastatin", SIMVASTATIN) in _mentions("Simvastatin reduced LDL cholesterol in patients with hypercholesterolemia.")


@pytest.mark.parametrize("sentence", [
    "Genotype-guided dosing improved the safety of fluoropyrimidine treatment in DPYD*2A carriers.",
    "Dose reduction of fluoropyrimidines is advised in DPYD carriers receiving capecitabine.",
])
def test_fluoropyrimidines_are_a_class(sentence: str) -> None:
    # Found by a pharmacogenomics user: two minted drugs, kgr:entity-chemical-fluoropyrimidine(s).
    extraction = _run(sentence)
    assert not any("fluoropyrimidine" in m.curie for m in extraction.mentions)
    assert not any("fluoropyrimidine" in a.object or "fluoropyrimidine" in a.subject for a in extraction.assertions)


CHOLESTEROL, EZETIMIBE, NPC1L1 = "DRUGBANK:DB04540", "DRUGBANK:DB00973", "HGNC:7898"


def test_cholesterol_absorbed_is_no_inhibitor() -> None:
    # Found by a cardiology user: "Cholesterol inhibits NPC1L1", and ezetimibe lost its target.
    triples = _triples("Ezetimibe inhibits intestinal cholesterol absorption by blocking NPC1L1.")
    assert (EZETIMIBE, "inhibits", NPC1L1) in triples
    assert not any(CHOLESTEROL in t for t in triples)


@pytest.mark.parametrize(("sentence", "substance"), [
    ("Empagliflozin reduced left ventricular hypertrophy and preserved LVEF (52% vs 38% with vehicle, P<0.01), "
     "without changing blood glucose.", "MESH:D001786"),
    ("These findings suggest that SGLT2 inhibitors may protect the heart through myocardial sodium handling.",
     "MESH:D012964"),
    ("Dapagliflozin increased glucose uptake and lowered serum cholesterol in these patients.", CHOLESTEROL),
])
def test_the_body_s_own_substance_is_no_agent(sentence: str, substance: str) -> None:
    # Found by a cardiology user: Blood Glucose took the vehicle arm's LVEF, sodium targeted SLC5A2.
    extraction = _run(sentence)
    assert not any(substance in (a.subject, a.object) for a in extraction.assertions)
    assert not any(o.drug == substance for o in extraction.outcomes)


@pytest.mark.parametrize(("sentence", "drugs"), [
    ("Sodium-glucose cotransporter 2 inhibitors such as dapagliflozin reduce the risk of hospitalization for "
     "heart failure in patients with reduced ejection fraction.", {"DRUGBANK:DB06292"}),
    ("Empagliflozin inhibited the sodium-hydrogen exchanger NHE1 (SLC9A1) in cardiomyocytes.", {"DRUGBANK:DB09038"}),
    ("Omeprazole is a proton pump inhibitor; lidocaine blocks sodium channels.",
     {"DRUGBANK:DB00338", "DRUGBANK:DB00281"}),
])
def test_what_a_carrier_carries_is_no_drug(sentence: str, drugs: set[str]) -> None:
    # Found by a cardiology user: "Sodium" took the SGLT2 inhibitors' outcome and inhibited SLC9A1.
    extraction = _run(sentence)
    assert {m.curie for m in extraction.mentions if m.type == "Drug"} == drugs
    assert {o.drug for o in extraction.outcomes} <= drugs


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Mice subjected to transverse aortic constriction (TAC) were treated with empagliflozin for 6 weeks.",
     "MONDO:0018072"),
    ("Patients who underwent percutaneous coronary intervention received ticagrelor. Among CYP2C19 carriers "
     "undergoing PCI, ticagrelor reduced events.", "HGNC:8723"),
])
def test_a_short_form_the_text_spells_out_keeps_no_other_reading(sentence: str, absent: str) -> None:
    # Found by cardiology and pgx users: TAC was persistent truncus arteriosus (treated by
    # empagliflozin), PCI the gene SERPINA5.
    extraction = _run(sentence)
    assert not any(m.curie == absent for m in extraction.mentions)
    assert not any(absent in (a.subject, a.object) for a in extraction.assertions)


def test_a_short_form_spelt_as_its_entity_stays() -> None:
    assert ("ACS", "MONDO:0005542") in _mentions(
        "Patients with acute coronary syndrome (ACS) received ticagrelor. ACS recurred in 5%.")


def test_a_short_form_one_undergoes_is_a_procedure() -> None:
    # Found by a pgx user: "carriers undergoing PCI" was the gene SERPINA5, associated with ischemia.
    extraction = _run("Among CYP2C19 loss-of-function carriers undergoing PCI, ticagrelor reduced ischemic events "
                      "compared with clopidogrel.")
    assert not any(m.curie == "HGNC:8723" for m in extraction.mentions)


@pytest.mark.parametrize("sentence", [
    "Among CYP2C19 loss-of-function carriers undergoing PCI, ticagrelor reduced ischemic events compared with clopidogrel.",
    "He was switched to ticagrelor and had no further ischemic events over 12 months of follow-up.",
])
def test_an_adjective_alone_is_no_disease(sentence: str) -> None:
    # Found by cardiology and pgx users: kgr:entity-disease-ischemic, which ticagrelor "treated".
    extraction = _run(sentence)
    assert not any(m.curie.startswith("kgr:entity-disease-") for m in extraction.mentions)


P2RY12 = "HGNC:18124"


@pytest.mark.parametrize("sentence", [
    "Ticagrelor, a direct-acting P2Y12 receptor antagonist, does not require metabolic activation.",
    "Ticagrelor is a direct-acting P2Y12 (P2RY12) inhibitor.",
])
def test_the_p2y12_receptor_is_p2ry12(sentence: str) -> None:
    # Found by pgx and cardiology users: kgr:entity-gene-p2y12-receptor was minted beside P2RY12.
    extraction = _run(sentence)
    assert ("DRUGBANK:DB08816", "inhibits", P2RY12) in _triples(sentence)
    assert not any(m.curie.startswith("kgr:entity-gene-") for m in extraction.mentions)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Mavacamten is a first-in-class, selective, allosteric inhibitor of cardiac myosin (MYH7) that reduces "
     "actin-myosin cross-bridge formation.", {("DRUGBANK:DB14921", "inhibits", "HGNC:7577")}),
    ("Mavacamten is an allosteric inhibitor of cardiac myosin that reduces actin-myosin cross-bridge formation.", set()),
])
def test_a_protein_family_s_word_is_no_gene(sentence: str, expected: set[tuple[str, str, str]]) -> None:
    # Found by a cardiology user: mavacamten inhibited ACTB, and a gene "myosin" was minted beside MYH7.
    extraction = _run(sentence)
    assert {t for t in _triples(sentence) if t[1] == "inhibits"} == expected
    assert not any(m.curie == "HGNC:132" or m.curie.startswith("kgr:entity-gene-") for m in extraction.mentions)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Tirzepatide produced greater weight loss than semaglutide in adults with obesity.", "weight loss"),
    ("The mean weight reduction was 15.0% with semaglutide and 2.4% with placebo.", "weight reduction"),
])
def test_weight_loss_compared_is_the_efficacy_endpoint(sentence: str, text: str) -> None:
    # Found by a cardiology user: "Tirzepatide causesAdverseEvent Weight Loss".
    extraction = _run(sentence)
    assert (text, "kgr:endpoint-body-weight") in _mentions(sentence)
    assert not any(a.predicate == "causesAdverseEvent" for a in extraction.assertions)


def test_weight_loss_as_a_harm_stays_a_harm() -> None:
    assert ("weight loss", "MESH:D015431") in _mentions("Sotorasib did not cause weight loss.")


def test_opioid_alone_is_a_class_and_the_case_report_s_drug_takes_the_harm() -> None:
    """Found in review of the wave-3 fixes: "Fatal opioid toxicity after codeine" made "opioid" a
    minted drug, the main drug, which took the harm the case report tells of codeine."""
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    extraction = extract(document("On the second postoperative day he was found unresponsive with respiratory "
                                  "depression, and he died despite resuscitation.",
                                  "Fatal opioid toxicity after codeine in a child."), load_lexicon(), load_tagger())
    assert not any(m.type == "Drug" and "opioid" in m.text.lower() for m in extraction.mentions)
    assert [(a.subject, a.predicate, a.object) for a in extraction.assertions if a.predicate == "causesAdverseEvent"] == [
        ("DRUGBANK:DB00318", "causesAdverseEvent", "MESH:D012131")]
