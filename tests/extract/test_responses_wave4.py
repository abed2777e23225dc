"""Mutation–drug response rules found by infectious-disease and neurology users (2026-12-03, wave 4)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract.helpers import document, response_claims, shipped_models

LEXICON, TAGGER, PAIRS = shipped_models()
_responses = response_claims


def _rules(text: str, title: str = "A study.") -> set[tuple[str, str, str, bool, bool, str]]:
    return {r for r in _responses(text, title) if not r[5].endswith("pair-classifier")}


@pytest.mark.parametrize("text", [
    "Cilgavimab lost neutralizing activity against the variant owing to the spike substitution F486S.",
    "Cilgavimab lost its neutralizing activity because of the spike substitution F486S.",
])
def test_a_lost_neutralizing_activity_is_resistance(text: str) -> None:
    """Found by an infectious-disease user: "lost neutralizing activity against XBB.1.5 owing to
    F486S" was read as sensitivity ("activity against")."""
    assert _rules(text) == {
        ("kgr:mutation-unknown-gene-F486S", "confersResistanceTo", "DRUGBANK:DB16393", False, False,
         "confersResistanceTo:trigger")}


@pytest.mark.parametrize(("title", "text"), [
    ("Dolutegravir plus lamivudine in HIV-1.",
     "Among 41 participants with baseline K103N, virologic response did not differ between groups."),
    ("Fenfluramine for Dravet syndrome caused by SCN1A variants such as R1407X.",
     "Among 48 patients carrying truncating SCN1A variants, response to fenfluramine was similar to that of "
     "patients with missense variants."),
])
def test_a_response_no_different_from_the_others_is_none(title: str, text: str) -> None:
    """Found by infectious-disease and neurology users: "virologic response did not differ" made
    K103N sensitive to dolutegravir (sentence rule), and "response to fenfluramine was similar
    to that of …" R1407X to fenfluramine (document rule)."""
    assert _rules(text, title) == set()


@pytest.mark.parametrize("text", [
    "Patients in whom an NS5A inhibitor has failed frequently harbour NS5A resistance-associated substitutions such "
    "as Y93H and L31M.",
    "After failure of a prior NS5A inhibitor, resistance to treatment was associated with Y93H.",
])
def test_a_failed_drug_class_keeps_its_resistance_from_the_main_drug(text: str) -> None:
    """Found by an infectious-disease user: Y93H and L31M resisted sofosbuvir, the paper's main
    drug, for the NS5A inhibitor the patients had failed."""
    assert {r for r in _rules(text, "Sofosbuvir, velpatasvir and voxilaprevir in hepatitis C.")
            if r[2] == "DRUGBANK:DB08934"} == set()


def test_without_a_failed_class_the_main_drug_still_takes_the_resistance() -> None:
    assert _rules("Y93H conferred resistance and lowered SVR rates.",
                  "Sofosbuvir, velpatasvir and voxilaprevir in hepatitis C.") == {
        ("kgr:mutation-unknown-gene-Y93H", "confersResistanceTo", "DRUGBANK:DB08934", False, False,
         "confersResistanceTo:trigger:main-drug")}


def test_a_mixed_trial_result_denies_no_response_of_the_population_s_mutations() -> None:
    """Found by a neurology user: "did not significantly improve clinical endpoints … but lowered
    SOD1 protein" denied SOD1 A4V and the SOD1 mutation a sensitivity to tofersen (document rule)."""
    assert _rules("Tofersen did not significantly improve clinical endpoints at 28 weeks but lowered SOD1 protein.",
                  "Tofersen in ALS with SOD1 mutations including A4V.") == set()


@pytest.mark.parametrize("text", [
    "Seizures in patients with POLG variants responded poorly to carbamazepine and phenytoin.",
    "Seizures in patients with POLG variants responded poorly to sodium valproate, carbamazepine and phenytoin, "
    "whereas the ketogenic diet may reduce seizure burden.",
])
def test_a_poor_response_to_drugs_is_no_treatment(text: str) -> None:
    """Found by a neurology user: carbamazepine, phenytoin and valproate treated the seizures
    that responded poorly to them (the rule, then the pair classifier)."""
    extraction = extract(document(text), LEXICON, TAGGER, PAIRS)
    assert {(a.subject, a.object) for a in extraction.assertions if a.predicate == "treats"} == set()


@pytest.mark.parametrize(("text", "denied"), [
    ("In contrast, the S144A substitution conferred resistance to ensitrelvir but did not reduce susceptibility to "
     "nirmatrelvir.", ("kgr:mutation-unknown-gene-S144A", "DRUGBANK:DB16691")),
    ("I1171T conferred resistance to alectinib but did not confer resistance to ceritinib.",
     ("kgr:mutation-unknown-gene-I1171T", "DRUGBANK:DB09063")),
])
def test_a_resistance_the_next_clause_denies_another_drug_is_negated(text: str, denied: tuple[str, str]) -> None:
    """Found by an infectious-disease user: "… but did not reduce susceptibility to nirmatrelvir"
    gave nothing of nirmatrelvir."""
    responses = _rules(text)
    assert (denied[0], "confersResistanceTo", denied[1], True, False, "confersResistanceTo:trigger") in responses
    assert not any(r[2] == denied[1] and not r[3] for r in responses)


def test_a_resistance_told_first_and_caused_by_a_mutation_after_is_the_mutation_s() -> None:
    """Found by an infectious-disease user: "Resistance to ceftazidime-avibactam … was caused by
    the blaKPC-3 D179Y substitution" gave only the clause's meropenem sensitivity."""
    assert _rules("Resistance to ceftazidime-avibactam emerged in 4 patients (3.6%) and was caused by the blaKPC-3 "
                  "D179Y substitution, which restored susceptibility to meropenem.") == {
        ("kgr:mutation-blaKPC-3-D179Y", "confersResistanceTo", "DRUGBANK:DB00438", False, False,
         "confersResistanceTo:trigger"),
        ("kgr:mutation-blaKPC-3-D179Y", "confersResistanceTo", "DRUGBANK:DB09060", False, False,
         "confersResistanceTo:trigger"),
        ("kgr:mutation-blaKPC-3-D179Y", "confersSensitivityTo", "DRUGBANK:DB00760", False, False,
         "confersSensitivityTo:trigger")}


@pytest.mark.parametrize("text", [
    "Retigabine restored current amplitude in the KCNQ2 loss-of-function variants R213W and R207W.",
    "The KCNQ2 loss-of-function variants R213W and R207W reduced current density by 68% and 54%, respectively, and "
    "retigabine 10 uM restored current amplitude to wild-type levels.",
])
def test_a_drug_that_restored_the_variants_function_tells_their_sensitivity(text: str) -> None:
    """Found by a neurology user: no response of R213W and R207W to retigabine (ezogabine)."""
    responses = _rules(text)
    for variant in ("kgr:mutation-KCNQ2-R213W", "kgr:mutation-KCNQ2-R207W"):
        assert (variant, "confersSensitivityTo", "DRUGBANK:DB04953", False, False,
                "confersSensitivityTo:trigger") in responses
    assert all(r[1] == "confersSensitivityTo" for r in responses)


def test_a_mutation_that_restored_function_is_no_drug_s_sensitivity() -> None:
    assert _rules("A secondary reversion mutation restored BRCA2 function in a patient with BRCA2 5946delT treated "
                  "with olaparib.") == set()
