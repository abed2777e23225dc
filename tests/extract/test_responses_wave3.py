"""Mutation–drug response rules found by cardiology and pharmacogenomics users (2026-12-03, wave 3)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import response_claims, shipped_models

LEXICON, TAGGER, PAIRS = shipped_models()
_responses = response_claims


@pytest.mark.parametrize("text", [
    "Irinotecan at 260 mg/m2 was tolerated in UGT1A1*1/*1 patients, and genotype-guided dosing did not compromise "
    "efficacy.",
    "No T-cell response to abacavir was detected in 10 HLA-B*57:01-negative donors.",
])
def test_a_reference_allele_or_its_non_carriers_have_no_response(text: str) -> None:
    """Found by a pharmacogenomics user: UGT1A1*1 (the reference allele) was sensitive to
    irinotecan, and HLA-B*57:01 was denied a sensitivity to abacavir by its non-carriers."""
    assert _responses(text) == set()


def test_a_variant_beside_the_reference_allele_keeps_its_response() -> None:
    assert _responses("Patients with CYP2C19*1/*1 responded well to clopidogrel, whereas CYP2C19*2 carriers "
                      "responded poorly to clopidogrel.") == {
        ("kgr:mutation-CYP2C19-star2", "confersResistanceTo", "DRUGBANK:DB00758", False, False,
         "confersResistanceTo:trigger")}


@pytest.mark.parametrize("text", [
    "Genotype-guided dosing improved the safety of capecitabine treatment in DPYD*2A carriers.",
    "The SLCO1B1 c.521T>C variant reduces transporter function. Whether SLCO1B1 genotyping improves adherence to "
    "simvastatin therapy has not been established.",
    "The SLCO1B1 c.521T>C variant reduces transporter function. Pre-emptive genetic testing improved outcomes with "
    "simvastatin.",
])
def test_what_a_testing_strategy_did_is_no_variant_s_sensitivity(text: str) -> None:
    """Found by a pharmacogenomics user: "Genotype-guided dosing improved the safety of
    capecitabine …" made DPYD*2A sensitive to it (sentence rule), and "Whether SLCO1B1
    genotyping improves adherence to statin therapy …" SLCO1B1 c.521T>C (document rule)."""
    assert {r for r in _responses(text) if not r[5].endswith("pair-classifier")} == set()


def test_a_drug_that_improved_survival_in_carriers_still_tells_their_sensitivity() -> None:
    assert _responses("Capecitabine improved survival in DPYD*2A carriers.") == {
        ("kgr:mutation-DPYD-star2A", "confersSensitivityTo", "DRUGBANK:DB01101", False, False,
         "confersSensitivityTo:trigger")}


@pytest.mark.parametrize("text", [
    "Reductions in LVOT gradient were similar in patients carrying MYH7 R403Q and in genotype-negative patients, and "
    "sarcomere genotype was not associated with response to mavacamten.",
    "Mavacamten improved LVOT obstruction in carriers of MYH7 R719W irrespective of sarcomere genotype.",
    "Sarcomere gene sequencing found MYH7 R719W in 14 patients. Mavacamten improved LVOT obstruction and symptoms "
    "irrespective of sarcomere genotype.",
])
def test_a_response_that_does_not_depend_on_genotype_is_no_variant_s(text: str) -> None:
    """Found by a cardiology user: "similar in patients carrying MYH7 R403Q and in
    genotype-negative patients" and "irrespective of sarcomere genotype" gave R403Q and R719W
    sensitivity to mavacamten (sentence and document rules, and the pair classifier)."""
    assert _responses(text, "Mavacamten in obstructive hypertrophic cardiomyopathy.") == set()


def test_a_variant_told_only_as_a_marker_of_harm_takes_no_document_response() -> None:
    """Found by a pharmacogenomics user: NUDT15 R139C ("a markedly higher risk of leukopenia")
    and ITPA c.94C>A ("not associated with leukopenia") took sensitivity to azathioprine and
    mercaptopurine from "Thiopurines such as azathioprine and mercaptopurine are widely used to
    maintain remission …" (document rule)."""
    text = ("Thiopurines such as azathioprine and mercaptopurine are widely used to maintain remission in Crohn's "
            "disease, but severe myelosuppression limits their use. Carriers of NUDT15 R139C had a markedly higher "
            "risk of leukopenia than non-carriers (OR 9.5). By contrast, the ITPA c.94C>A variant was not associated "
            "with leukopenia (OR 1.1).")
    assert {r for r in _responses(text) if r[5].endswith(":document")} == set()


def test_a_case_report_s_mutation_still_takes_the_document_response() -> None:
    text = ("A patient with gastrointestinal stromal tumour harbouring the KIT K642E mutation was referred. "
            "Treatment with imatinib was started and after six months all nodules had disappeared.")
    assert ("kgr:mutation-KIT-K642E", "confersSensitivityTo", "CHEBI:45783", False, False,
            "confersSensitivityTo:document") in _responses(text)


def test_a_denied_harm_is_no_denied_response_of_the_allele() -> None:
    """Found by a pharmacogenomics user: "HLA-B*15:02 was not associated with
    carbamazepine-induced maculopapular eruption or DRESS" denied HLA-B*15:02's response to
    carbamazepine, against the paper's stated SJS/TEN risk (OR 178)."""
    assert _responses(
        "HLA-B*15:02 was present in 98 of 112 patients with carbamazepine-induced SJS/TEN (OR 178). HLA-B*15:02 was "
        "not associated with carbamazepine-induced maculopapular eruption or drug reaction with eosinophilia and "
        "systemic symptoms (DRESS).") == {
        ("kgr:mutation-HLA-B-star15-02", "affectsResponseTo", "DRUGBANK:DB00564", False, False,
         "affectsResponseTo:risk-allele")}


def test_a_hedge_before_the_main_drug_s_response_word_doubts_it() -> None:
    """Found by a cardiology user: "… and may reduce warfarin sensitivity" made CYP4F2 V433M
    resist warfarin (the paper's drug), stated: "may" was another predicate's for the rule."""
    claims = _responses("In contrast, CYP4F2 V433M (rs2108622) was associated with modestly higher dose requirements "
                        "and may reduce warfarin sensitivity.", "Warfarin dosing by genotype: a cohort study.")
    assert ("kgr:mutation-CYP4F2-V433M", "confersResistanceTo", "DRUGBANK:DB00682", False, True,
            "confersResistanceTo:trigger:main-drug") in claims
    assert not any(c[1] == "confersResistanceTo" and not c[4] for c in claims)


def test_drugs_compared_in_carriers_tell_no_response_of_the_variant() -> None:
    """Found by a pharmacogenomics user: "Among CYP2C19 loss-of-function carriers undergoing
    PCI, ticagrelor reduced ischemic events compared with clopidogrel" made the variant affect
    the response to ticagrelor (pair classifier)."""
    assert _responses("Among CYP2C19 loss-of-function carriers undergoing PCI, ticagrelor reduced ischemic events "
                      "compared with clopidogrel without a significant increase in major bleeding.",
                      "Ticagrelor versus clopidogrel after PCI.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("TPMT*3A heterozygotes treated with azathioprine had an increased risk of leukopenia (OR 3.2).",
     ("kgr:mutation-TPMT-star3A", "affectsResponseTo", "DRUGBANK:DB00993", False, False,
      "affectsResponseTo:risk-allele")),
    ("Codeine caused fatal respiratory depression in a child who was a CYP2D6*2xN ultrarapid metabolizer.",
     ("kgr:mutation-CYP2D6-star2xN", "affectsResponseTo", "DRUGBANK:DB00318", False, False,
      "affectsResponseTo:risk-allele")),
])
def test_a_carrier_s_harm_from_a_drug_is_the_allele_s_response(text: str, expected: tuple) -> None:
    """Found by a pharmacogenomics user: "TPMT*3A heterozygotes treated with azathioprine had an
    increased risk of leukopenia" and "Codeine caused fatal respiratory depression in a child who
    was a CYP2D6*2xN ultrarapid metabolizer" gave the allele no link to the drug."""
    assert _responses(text) == {expected}


@pytest.mark.parametrize(("text", "predicate"), [
    ("Carriers of CYP2C9*2 required lower warfarin maintenance doses than noncarriers.", "confersSensitivityTo"),
    ("Carriers of CYP2C9*2 required higher doses of warfarin than noncarriers.", "confersResistanceTo"),
])
def test_a_lower_dose_required_is_a_sensitivity(text: str, predicate: str) -> None:
    """Found by a cardiology user: "required lower warfarin maintenance doses" gave CYP2C9*2
    only the pair classifier's undirected link to warfarin."""
    assert _responses(text) == {("kgr:mutation-CYP2C9-star2", predicate, "DRUGBANK:DB00682", False, False,
                                 f"{predicate}:trigger")}


def test_a_similar_clause_leaves_the_next_clause_s_response() -> None:
    """Found in review of the wave-3 fixes: "were similar in" ended every response of the
    sentence, C481S's "pirtobrutinib was active in patients with BTK C481S" too."""
    claims = _responses("Responses were similar in patients with and without BTK C481 mutations, and pirtobrutinib was "
                        "active in patients with BTK C481S.")
    assert {(c[0], c[1]) for c in claims if c[5].endswith(":trigger")} == {
        ("kgr:mutation-BTK-C481S", "confersSensitivityTo")}


def test_what_genotyping_revealed_still_tells_its_resistance() -> None:
    """Found in review of the wave-3 fixes: "plasma genotyping revealed an acquired MET D1228N
    mutation" lost the main drug's resistance to the testing-strategy check."""
    claims = _responses("After 11 months, the disease progressed, and plasma genotyping revealed an acquired MET D1228N "
                        "mutation.", "Capmatinib in MET exon 14 skipping NSCLC: a case report.")
    assert any(c[0] == "kgr:mutation-MET-D1228N" and c[1] == "confersResistanceTo" for c in claims)


def test_a_denied_harm_stands_unless_the_paper_links_the_allele_and_drug_elsewhere() -> None:
    """Found in review of the wave-3 fixes: dropping every denied risk-allele edge lost
    "Lamotrigine-induced cutaneous reactions were not associated with HLA-B*15:02"; only
    carbamazepine, whose SJS risk another sentence states, loses its one-phenotype denial."""
    claims = _responses("HLA-B*15:02 was present in 89 of 92 patients with carbamazepine-induced SJS. HLA-B*15:02 was "
                        "not associated with carbamazepine-induced DRESS. Lamotrigine-induced cutaneous reactions were "
                        "not associated with HLA-B*15:02.")
    assert {(c[2], c[3]) for c in claims if c[1] == "affectsResponseTo"} == {
        ("DRUGBANK:DB00564", False), ("DRUGBANK:DB00555", True)}
