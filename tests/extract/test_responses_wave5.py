"""Mutation–drug response rules for negation, hedging and scope (2026-12-04, wave 5)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import response_claims

_Claim = tuple[str, str, str, bool, bool]


def _rules(text: str, title: str = "A study.") -> set[_Claim]:
    """(subject, predicate, object, negated, hedged) of each response the sentence rules tell."""
    return {r[:5] for r in response_claims(text, title) if not r[5].endswith("pair-classifier")}


@pytest.mark.parametrize(("text", "expected"), [
    ("BCR-ABL T315I was not inhibited by imatinib.",
     {("kgr:mutation-ABL1-T315I", "confersResistanceTo", "CHEBI:45783", False, False)}),
    ("The T315I mutant was not inhibited by nilotinib or dasatinib.",
     {("kgr:mutation-unknown-gene-T315I", "confersResistanceTo", "DRUGBANK:DB04868", False, False),
      ("kgr:mutation-unknown-gene-T315I", "confersResistanceTo", "DRUGBANK:DB01254", False, False)}),
    ("KIT D816V was not effectively inhibited by imatinib at clinically achievable concentrations.",
     {("kgr:mutation-KIT-D816V", "confersResistanceTo", "CHEBI:45783", False, False)}),
    ("After 8 months, tumours with EGFR T790M no longer responded to gefitinib.",
     {("kgr:mutation-EGFR-T790M", "confersResistanceTo", "DRUGBANK:DB00317", False, False)}),
])
def test_a_mutant_not_inhibited_by_a_drug_resists_it(text: str, expected: set[_Claim]) -> None:
    """"X was not inhibited by <drug>" was a denied sensitivity: it is a stated resistance."""
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("BCR-ABL T315I was inhibited by ponatinib.",
     {("kgr:mutation-ABL1-T315I", "confersSensitivityTo", "DRUGBANK:DB08901", False, False)}),
    ("BCR-ABL T315I was not resistant to ponatinib.",
     {("kgr:mutation-ABL1-T315I", "confersResistanceTo", "DRUGBANK:DB08901", True, False)}),
])
def test_an_inhibition_or_a_denied_resistance_keeps_its_reading(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with KRAS G12D are unlikely to benefit from cetuximab.",
     {("kgr:mutation-KRAS-G12D", "confersResistanceTo", "DRUGBANK:DB00002", False, True)}),
    ("Tumours with EGFR exon 20 insertions are unlikely to respond to gefitinib.",
     {("kgr:mutation-EGFR-exon20-insertion", "confersResistanceTo", "DRUGBANK:DB00317", False, True)}),
    ("Patients carrying HIV K103N are unlikely to benefit from efavirenz.",
     {("kgr:mutation-unknown-gene-K103N", "confersResistanceTo", "DRUGBANK:DB00625", False, True)}),
])
def test_unlikely_to_benefit_is_a_hedged_resistance(text: str, expected: set[_Claim]) -> None:
    """"unlikely to benefit" was told as a stated resistance."""
    assert _rules(text) == expected


def test_unlikely_hedges_only_its_own_clause() -> None:
    assert _rules("Patients with KRAS G12D are unlikely to benefit from cetuximab, whereas BRAF V600E confers "
                  "resistance to vemurafenib.") == {
        ("kgr:mutation-KRAS-G12D", "confersResistanceTo", "DRUGBANK:DB00002", False, True),
        ("kgr:mutation-BRAF-V600E", "confersResistanceTo", "DRUGBANK:DB08881", False, False)}


def test_a_stated_lack_of_benefit_stays_a_denied_sensitivity() -> None:
    assert _rules("Patients with KRAS G12D did not benefit from cetuximab.") == {
        ("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB00002", True, False)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Lorlatinib may be considered for patients with ALK G1202R.",
     {("kgr:mutation-ALK-G1202R", "confersSensitivityTo", "DRUGBANK:DB12130", False, True)}),
    ("Lorlatinib could be considered in patients whose tumours harbour ALK G1202R.",
     {("kgr:mutation-ALK-G1202R", "confersSensitivityTo", "DRUGBANK:DB12130", False, True)}),
    ("Ponatinib should be considered for patients with BCR-ABL T315I.",
     {("kgr:mutation-ABL1-T315I", "confersSensitivityTo", "DRUGBANK:DB08901", False, False)}),
    ("Patients with EGFR T790M are candidates for osimertinib.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Patients harbouring KRAS G12C may be candidates for sotorasib.",
     {("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", False, True)}),
    ("Patients with KIT exon 11 mutations are good candidates for imatinib.",
     {("kgr:mutation-KIT-exon11-mutation", "confersSensitivityTo", "CHEBI:45783", False, False)}),
    ("The FDA approved osimertinib for patients with EGFR T790M.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Osimertinib was approved for the treatment of patients with EGFR T790M-positive NSCLC.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Ivacaftor is approved for use in patients aged 2 years and older carrying CFTR G551D.",
     {("kgr:mutation-CFTR-G551D", "confersSensitivityTo", "DRUGBANK:DB08820", False, False)}),
])
def test_a_treatment_advised_or_approved_for_carriers_is_their_sensitivity(text: str, expected: set[_Claim]) -> None:
    """"may be considered for", "candidates for" and some shapes of "approved for patients
    carrying X" told nothing; the hedge is the verb's."""
    assert _rules(text) == expected


@pytest.mark.parametrize("text", [
    "Patients with EGFR T790M were considered for enrolment and received osimertinib.",
    "Patients with ALK G1202R were candidates for inclusion in the lorlatinib trial.",
])
def test_a_candidate_for_a_trial_is_no_sensitivity(text: str) -> None:
    assert _rules(text) == set()


@pytest.mark.parametrize("text", [
    "Progression-free survival with cetuximab did not differ between KRAS G12D mutant and wild-type patients.",
    "Response rates to erlotinib did not differ significantly between patients with and without EGFR T790M.",
    "Sensitivity to imatinib did not differ between KIT K642E mutant and wild-type cells.",
    "The IC50 of lorlatinib was not significantly different between ALK G1202R and wild-type cells.",
    "There was no significant difference in response to sotorasib between patients with KRAS G12C and those with "
    "other mutations.",
])
def test_a_result_no_different_between_mutant_and_wild_type_is_no_response(text: str) -> None:
    """"did not differ between mutant and wild-type" was a denied sensitivity of the mutation."""
    assert response_claims(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with EGFR L858R responded to erlotinib, and toxicity did not differ between the groups.",
     {("kgr:mutation-EGFR-L858R", "confersSensitivityTo", "DRUGBANK:DB00530", False, False)}),
    ("EGFR T790M conferred resistance to gefitinib, whereas sensitivity to osimertinib did not differ between "
     "mutant and wild-type cells.",
     {("kgr:mutation-EGFR-T790M", "confersResistanceTo", "DRUGBANK:DB00317", False, False)}),
])
def test_no_difference_in_another_clause_leaves_the_response(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize("text", [
    "Patients without EGFR T790M did not respond to osimertinib.",
    "Patients negative for EGFR T790M derived no benefit from osimertinib.",
    "Patients with no detectable EGFR T790M did not respond to osimertinib.",
    "Erlotinib improved survival in patients without EGFR L858R.",
    "Tumours negative for BRAF V600E did not respond to vemurafenib.",
    "Patients without KRAS G12D or G13D responded to cetuximab.",
    "Lamivudine suppressed HBV DNA in patients without rtM204V.",
])
def test_who_lacks_the_mutation_tells_no_response_of_it(text: str) -> None:
    """"patients without X" made X's (denied) sensitivity."""
    assert _rules(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Osimertinib improved survival in patients with L858R without T790M.",
     {("kgr:mutation-unknown-gene-L858R", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("No KRAS G12D-mutant tumour responded to sotorasib.",
     {("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB15569", True, False)}),
])
def test_the_carriers_beside_the_non_carriers_keep_their_response(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with KIT D816V progressed despite imatinib.",
     {("kgr:mutation-KIT-D816V", "confersResistanceTo", "CHEBI:45783", False, False)}),
    ("Despite treatment with imatinib, patients with BCR-ABL T315I progressed.",
     {("kgr:mutation-ABL1-T315I", "confersResistanceTo", "CHEBI:45783", False, False)}),
    ("Patients with BRCA1 mutations relapsed despite olaparib maintenance.",
     {("kgr:mutation-BRCA1-mutation", "confersResistanceTo", "DRUGBANK:DB09074", False, False)}),
    ("Viral load rebounded in patients with HBV rtM204V despite continued lamivudine.",
     {("kgr:mutation-HBV-RT-M204V", "confersResistanceTo", "DRUGBANK:DB00709", False, False)}),
    ("Despite initial responses to crizotinib, ALK G1202R emerged in all patients.",
     {("kgr:mutation-ALK-G1202R", "confersResistanceTo", "DRUGBANK:DB08865", False, False)}),
])
def test_a_disease_that_went_on_despite_the_drug_resists_it(text: str, expected: set[_Claim]) -> None:
    """"progressed despite imatinib" told nothing, and "Despite initial responses to
    crizotinib, G1202R emerged" a sensitivity."""
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Despite the EGFR T790M mutation, the tumour responded to osimertinib.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Despite the PIK3CA H1047R mutation, patients benefited from alpelisib.",
     {("kgr:mutation-PIK3CA-H1047R", "confersSensitivityTo", "DRUGBANK:DB12015", False, False)}),
    ("Despite progression on gefitinib, patients with EGFR T790M responded to osimertinib.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Patients with KIT D816V who progressed despite imatinib responded to avapritinib.",
     {("kgr:mutation-KIT-D816V", "confersSensitivityTo", "DRUGBANK:DB15233", False, False)}),
])
def test_a_response_despite_the_mutation_is_its_sensitivity(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "title"), [
    ("T790M-positive tumours are resistant to first-generation EGFR tyrosine kinase inhibitors, and osimertinib was "
     "active.", "A study."),
    ("ALK G1202R confers resistance to second-generation ALK inhibitors in patients treated with lorlatinib.",
     "A study."),
    ("BCR-ABL T315I is resistant to other tyrosine kinase inhibitors, and ponatinib is the only approved option.",
     "A study."),
    ("K103N confers resistance to first-generation NNRTIs.", "Doravirine in HIV-1."),
    ("K103N confers resistance to first-generation NNRTIs, but doravirine retains activity.", "A study."),
    ("EGFR T790M mediates resistance to first- and second-generation EGFR TKIs.", "Osimertinib in NSCLC."),
])
def test_a_resistance_to_an_older_class_is_not_the_named_or_main_drug_s(text: str, title: str) -> None:
    """"resistant to first-generation EGFR inhibitors, and osimertinib was active" made T790M
    resist osimertinib; "first-generation NNRTIs" the main drug doravirine."""
    assert {r for r in _rules(text, title) if r[1] == "confersResistanceTo"} == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("K103N confers resistance to first-generation NNRTIs such as efavirenz.",
     {("kgr:mutation-unknown-gene-K103N", "confersResistanceTo", "DRUGBANK:DB00625", False, False)}),
    ("T315I confers resistance to second-generation TKIs including dasatinib and nilotinib.",
     {("kgr:mutation-unknown-gene-T315I", "confersResistanceTo", "DRUGBANK:DB01254", False, False),
      ("kgr:mutation-unknown-gene-T315I", "confersResistanceTo", "DRUGBANK:DB04868", False, False)}),
    ("T790M confers resistance to gefitinib and erlotinib.",
     {("kgr:mutation-unknown-gene-T790M", "confersResistanceTo", "DRUGBANK:DB00317", False, False),
      ("kgr:mutation-unknown-gene-T790M", "confersResistanceTo", "DRUGBANK:DB00530", False, False)}),
])
def test_a_class_named_with_its_drugs_keeps_their_resistance(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("G1202R confers resistance to crizotinib, and lorlatinib was active.",
     {("kgr:mutation-unknown-gene-G1202R", "confersResistanceTo", "DRUGBANK:DB08865", False, False)}),
    ("T790M confers resistance to gefitinib, erlotinib, and afatinib.",
     {("kgr:mutation-unknown-gene-T790M", "confersResistanceTo", "DRUGBANK:DB00317", False, False),
      ("kgr:mutation-unknown-gene-T790M", "confersResistanceTo", "DRUGBANK:DB00530", False, False),
      ("kgr:mutation-unknown-gene-T790M", "confersResistanceTo", "DRUGBANK:DB08916", False, False)}),
])
def test_a_response_reaches_the_drugs_of_its_list_not_the_next_clause(text: str, expected: set[_Claim]) -> None:
    """", and lorlatinib was active" took the resistance to crizotinib."""
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with KRAS G12C responded to sotorasib, but those with KRAS G12D did not.",
     {("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", False, False),
      ("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB15569", True, False)}),
    ("Tumours with BRAF V600E responded to vemurafenib and dabrafenib, but those with BRAF V600K did not.",
     {("kgr:mutation-BRAF-V600E", "confersSensitivityTo", "DRUGBANK:DB08881", False, False),
      ("kgr:mutation-BRAF-V600E", "confersSensitivityTo", "DRUGBANK:DB08912", False, False),
      ("kgr:mutation-BRAF-V600K", "confersSensitivityTo", "DRUGBANK:DB08881", True, False),
      ("kgr:mutation-BRAF-V600K", "confersSensitivityTo", "DRUGBANK:DB08912", True, False)}),
    ("T315I resisted imatinib, but E255K did not.",
     {("kgr:mutation-unknown-gene-T315I", "confersResistanceTo", "CHEBI:45783", False, False),
      ("kgr:mutation-unknown-gene-E255K", "confersResistanceTo", "CHEBI:45783", True, False)}),
])
def test_an_elided_denial_takes_the_response_before_it(text: str, expected: set[_Claim]) -> None:
    """"…, but those with KRAS G12D did not" told nothing of G12D (and "resisted" was no word
    of resistance)."""
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with KRAS G12C responded to sotorasib, but those with KRAS G12D did not respond to adagrasib.",
     {("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", False, False),
      ("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB15568", True, False)}),
    ("Patients with KRAS G12C responded to sotorasib, but KRAS G12D was not detected.",
     {("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", False, False)}),
])
def test_a_denial_with_its_own_drug_or_verb_is_not_elided(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with KRAS G12C or G12D did not respond to sotorasib.",
     {("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", True, False),
      ("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB15569", True, False)}),
    ("Sotorasib did not produce responses in patients with KRAS G12C or G12D mutations.",
     {("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", True, False),
      ("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB15569", True, False)}),
    ("Neither KRAS G12D nor G12V mutant tumours responded to sotorasib.",
     {("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB15569", True, False),
      ("kgr:mutation-KRAS-G12V", "confersSensitivityTo", "DRUGBANK:DB15569", True, False)}),
    ("Entecavir did not suppress HBV DNA in patients with rtM204V, rtL180M or rtA181T.",
     {("kgr:mutation-HBV-RT-M204V", "confersSensitivityTo", "DRUGBANK:DB00442", True, False),
      ("kgr:mutation-HBV-RT-L180M", "confersSensitivityTo", "DRUGBANK:DB00442", True, False),
      ("kgr:mutation-HBV-RT-A181T", "confersSensitivityTo", "DRUGBANK:DB00442", True, False)}),
    ("Ivacaftor did not improve FEV1 in patients homozygous for F508del or heterozygous for G542X.",
     {("kgr:mutation-unknown-gene-F508del", "confersSensitivityTo", "DRUGBANK:DB08820", True, False),
      ("kgr:mutation-unknown-gene-G542ter", "confersSensitivityTo", "DRUGBANK:DB08820", True, False)}),
])
def test_a_coordinated_denial_reaches_every_mutation(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("KIT D816V could not be inhibited by imatinib.",
     {("kgr:mutation-KIT-D816V", "confersResistanceTo", "CHEBI:45783", False, False)}),
    ("EGFR C797S-mutant cells were not suppressed by osimertinib.",
     {("kgr:mutation-EGFR-C797S", "confersResistanceTo", "DRUGBANK:DB09330", False, False)}),
    ("Sotorasib is unlikely to be effective against KRAS G12D.",
     {("kgr:mutation-KRAS-G12D", "confersResistanceTo", "DRUGBANK:DB15569", False, True)}),
    ("Patients with EGFR T790M should receive osimertinib.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Osimertinib is the treatment of choice for patients with EGFR T790M.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Patients with KRAS G12C are eligible for treatment with sotorasib.",
     {("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", False, False)}),
    # near misses: a denial stays a denial
    ("Patients with KRAS G12D are not expected to benefit from cetuximab.",
     {("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB00002", True, False)}),
    ("Patients with KRAS G12D should not receive cetuximab.",
     {("kgr:mutation-KRAS-G12D", "confersSensitivityTo", "DRUGBANK:DB00002", True, False)}),
])
def test_more_shapes_of_advice_and_of_a_denied_inhibition(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


def test_who_lacks_the_mutation_is_not_its_hedged_resistance() -> None:
    assert _rules("Patients lacking EGFR T790M were unlikely to benefit from osimertinib.") == set()


def test_a_mutant_not_inhibited_by_one_drug_but_responding_to_another() -> None:
    assert _rules("Crizotinib-resistant tumours harbouring ALK G1202R were not inhibited by alectinib but responded "
                  "to lorlatinib.") == {
        ("kgr:mutation-ALK-G1202R", "confersResistanceTo", "DRUGBANK:DB11363", False, False),
        ("kgr:mutation-ALK-G1202R", "confersSensitivityTo", "DRUGBANK:DB12130", False, False)}


def test_who_lacks_a_coordinated_gene_s_mutations_tells_no_response() -> None:
    assert _rules("Patients with GIST lacking KIT or PDGFRA mutations derived little benefit from imatinib.") == set()


def test_little_benefit_is_a_resistance() -> None:
    assert _rules("Patients with KIT exon 11 mutations derived little benefit from sunitinib.") == {
        ("kgr:mutation-KIT-exon11-mutation", "confersResistanceTo", "DRUGBANK:DB01268", False, False)}


def test_a_resistance_to_first_line_therapies_is_not_the_main_drug_s() -> None:
    assert _rules("PIK3CA H1047R conferred resistance to first-line endocrine therapies.",
                  "Alpelisib in PIK3CA-mutant breast cancer.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Osimertinib is active in EGFR T790M-positive tumours that are resistant to first-generation EGFR inhibitors.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("In patients with EGFR T790M resistant to earlier-generation TKIs, osimertinib produced a response rate of 71%.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}),
    ("Doravirine retains activity against K103N, a mutation that confers resistance to first-generation NNRTIs.",
     {("kgr:mutation-unknown-gene-K103N", "confersSensitivityTo", "DRUGBANK:DB12301", False, False)}),
    # near miss: a class the sentence does not call older keeps its resistance's place
    ("Pirtobrutinib was active in patients with BTK C481S who were resistant to covalent BTK inhibitors.",
     {("kgr:mutation-BTK-C481S", "confersSensitivityTo", "DRUGBANK:DB17472", False, False)}),
])
def test_the_drug_that_overcomes_an_older_class_s_resistance_is_the_sensitivity(
        text: str, expected: set[_Claim]) -> None:
    """"In patients with T790M resistant to earlier-generation TKIs, osimertinib produced a
    response rate of 71%" made T790M resist osimertinib."""
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gefitinib had no effect on cells expressing EGFR T790M or C797S.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB00317", True, False),
      ("kgr:mutation-EGFR-C797S", "confersSensitivityTo", "DRUGBANK:DB00317", True, False)}),
    ("Lamivudine did not reduce HBV DNA in patients with rtM204V and/or rtL180M.",
     {("kgr:mutation-HBV-RT-M204V", "confersSensitivityTo", "DRUGBANK:DB00709", True, False),
      ("kgr:mutation-HBV-RT-L180M", "confersSensitivityTo", "DRUGBANK:DB00709", True, False)}),
    ("Tenofovir reduced HBV DNA in patients with rtM204V.",
     {("kgr:mutation-HBV-RT-M204V", "confersSensitivityTo", "DRUGBANK:DB14126", False, False)}),
    # near miss: the mutation's effect on a drug's pharmacokinetics is no response
    ("EGFR T790M had no effect on the pharmacokinetics of osimertinib.", set()),
])
def test_a_denied_effect_on_mutant_cells_or_viral_load_reaches_every_mutation(
        text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "title"), [
    ("Patients without the mutation did not respond to osimertinib.", "Osimertinib in EGFR T790M-positive NSCLC."),
    ("Patients lacking these mutations did not respond to osimertinib.", "Osimertinib in EGFR T790M-positive NSCLC."),
    ("Progression-free survival did not differ between the two genotypes.", "Cetuximab in KRAS G12D colorectal cancer."),
    ("Olaparib efficacy was comparable between BRCA1 and BRCA2 mutation carriers.", "A study."),
])
def test_non_carriers_and_no_difference_tell_no_response_by_anaphor_document_or_pair_model(
        text: str, title: str) -> None:
    """The anaphor rule, the document rule and the pair classifier read these as responses."""
    assert response_claims(text, title) == set()


def test_an_anaphor_of_the_carriers_keeps_its_response() -> None:
    assert _rules("Osimertinib retained potent activity against this mutant.",
                  "Osimertinib in EGFR T790M-positive NSCLC.") == {
        ("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, False)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Lamivudine was ineffective in patients with HBV rtM204V or rtM204I.",
     {("kgr:mutation-HBV-RT-M204V", "confersResistanceTo", "DRUGBANK:DB00709", False, False),
      ("kgr:mutation-HBV-RT-M204I", "confersResistanceTo", "DRUGBANK:DB00709", False, False)}),
    ("Imatinib was inactive against KIT D816V.",
     {("kgr:mutation-KIT-D816V", "confersResistanceTo", "CHEBI:45783", False, False)}),
    ("Dolutegravir did not achieve virological suppression in patients with Q148H or N155H.",
     {("kgr:mutation-unknown-gene-Q148H", "confersSensitivityTo", "DRUGBANK:DB08930", True, False),
      ("kgr:mutation-unknown-gene-N155H", "confersSensitivityTo", "DRUGBANK:DB08930", True, False)}),
    ("Dolutegravir achieved virological suppression in patients with N155H.",
     {("kgr:mutation-unknown-gene-N155H", "confersSensitivityTo", "DRUGBANK:DB08930", False, False)}),
    # near miss: the non-carriers' inactivity is still no response
    ("Osimertinib was inactive in patients without EGFR T790M.", set()),
])
def test_an_ineffective_drug_resists_and_viral_suppression_is_sensitivity(text: str, expected: set[_Claim]) -> None:
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with L858R but without T790M responded to erlotinib.",
     {("kgr:mutation-unknown-gene-L858R", "confersSensitivityTo", "DRUGBANK:DB00530", False, False)}),
    ("Patients with EGFR L858R but no T790M responded to gefitinib.",
     {("kgr:mutation-EGFR-L858R", "confersSensitivityTo", "DRUGBANK:DB00317", False, False)}),
    ("Patients with no EGFR T790M did not respond to osimertinib.", set()),
    # near miss: "but not to" still denies the next drug's response
    ("EGFR L858R conferred sensitivity to gefitinib but not to osimertinib.",
     {("kgr:mutation-EGFR-L858R", "confersSensitivityTo", "DRUGBANK:DB00317", False, False),
      ("kgr:mutation-EGFR-L858R", "confersSensitivityTo", "DRUGBANK:DB09330", True, False)}),
])
def test_a_but_without_adds_what_the_carriers_lack(text: str, expected: set[_Claim]) -> None:
    """"with L858R but without T790M responded" told nothing of L858R, the "but" cutting its clause."""
    assert _rules(text) == expected


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Patients with this mutation are unlikely to benefit from cetuximab.", "KRAS G12D in colorectal cancer.",
     {("kgr:mutation-KRAS-G12D", "confersResistanceTo", "DRUGBANK:DB00002", False, True)}),
    ("Such patients are unlikely to benefit from cetuximab.", "Cetuximab in KRAS G12D colorectal cancer.",
     {("kgr:mutation-KRAS-G12D", "confersResistanceTo", "DRUGBANK:DB00002", False, True)}),
    ("This mutant was not inhibited by imatinib.", "KIT D816V in systemic mastocytosis.",
     {("kgr:mutation-KIT-D816V", "confersResistanceTo", "CHEBI:45783", False, False)}),
    ("Patients with the mutation progressed despite imatinib.", "KIT D816V in systemic mastocytosis.",
     {("kgr:mutation-KIT-D816V", "confersResistanceTo", "CHEBI:45783", False, False)}),
])
def test_the_anaphor_and_document_rules_read_hedges_and_denials_as_the_sentence_rule_does(
        text: str, title: str, expected: set[_Claim]) -> None:
    """"This mutant was not inhibited by imatinib" was a denied resistance, "unlikely to
    benefit" a stated one, when the mutation was named in another sentence."""
    assert _rules(text, title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with KRAS G12C may be considered for sotorasib.",
     {("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", False, True)}),
    ("Patients with BRAF V600E, but not those with V600K, responded to vemurafenib.",
     {("kgr:mutation-BRAF-V600E", "confersSensitivityTo", "DRUGBANK:DB08881", False, False),
      ("kgr:mutation-BRAF-V600K", "confersSensitivityTo", "DRUGBANK:DB08881", True, False)}),
])
def test_an_aside_of_who_is_left_out_leaves_the_carriers_their_response(text: str, expected: set[_Claim]) -> None:
    """"Patients with BRAF V600E, but not those with V600K, responded" told nothing of V600E."""
    assert _rules(text) == expected
