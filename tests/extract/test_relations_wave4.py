"""Relation rules and the pair classifier: drug–disease, drug–target and drug–event findings of the
fourth wave of trial users (infectious disease and neurology)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract.helpers import document, paired_claims, rule_claims, shipped_models

LEXICON, TAGGER, PAIRS = shipped_models()
_full, _paired = rule_claims, paired_claims


LEDIPASVIR, DACLATASVIR = "DRUGBANK:DB09027", "DRUGBANK:DB09102"
SOFOSBUVIR, VELPATASVIR, VOXILAPREVIR = "DRUGBANK:DB08934", "DRUGBANK:DB11613", "DRUGBANK:DB12026"
CHC = "MONDO:0005354"


@pytest.mark.parametrize(("text", "expected"), [
    # What the patients had before treats nothing here; the drugs they "were treated with" do.
    ("In this study, 118 patients with chronic hepatitis C who had previously received ledipasvir or daclatasvir "
     "were treated with sofosbuvir, velpatasvir and voxilaprevir.",
     [(SOFOSBUVIR, "treats", CHC, False, None), (VELPATASVIR, "treats", CHC, False, None),
      (VOXILAPREVIR, "treats", CHC, False, None)]),
    ("Patients with chronic hepatitis C who have already taken daclatasvir were treated with sofosbuvir.",
     [(SOFOSBUVIR, "treats", CHC, False, None)]),
])
def test_history_drugs_treat_nothing(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


CARBAMAZEPINE, TRIGEMINAL_NEURALGIA, SJS, RASH = "DRUGBANK:DB00564", "MONDO:0008599", "MONDO:0018229", "kgr:ae-rash"
ISONIAZID, HEPATITIS = "DRUGBANK:DB00951", "MONDO:0002251"


@pytest.mark.parametrize(("text", "expected"), [
    # "A woman with <disease> developed …": the disease is her condition, the verb hers.
    ("A woman with trigeminal neuralgia developed Stevens-Johnson syndrome after starting carbamazepine.",
     [(CARBAMAZEPINE, "causesAdverseEvent", SJS, False, None)]),
    ("A woman with trigeminal neuralgia developed a rash after starting carbamazepine.",
     [(CARBAMAZEPINE, "causesAdverseEvent", RASH, False, None)]),
    # the disease's own verb still tells its incidence
    ("In patients treated with isoniazid, hepatitis developed in 10%.",
     [(ISONIAZID, "causesAdverseEvent", HEPATITIS, False, None)]),
])
def test_person_with_disease_developed(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


NIRMATRELVIR, ENSITRELVIR, MPRO = "DRUGBANK:DB16691", "DRUGBANK:DB18834", "kgr:entity-gene-mpro"


@pytest.mark.parametrize(("text", "expected"), [
    # Several drugs and "their targets, A and B": which drug has which is not said.
    ("The small-molecule antivirals remdesivir, nirmatrelvir and molnupiravir retain activity because their "
     "targets, the RNA-dependent RNA polymerase and Mpro, are highly conserved.", []),
    # one target, shared by all, is said of each
    ("Nirmatrelvir and ensitrelvir retain activity because their target, Mpro, is highly conserved.",
     [(NIRMATRELVIR, "targets", MPRO, False, None), (ENSITRELVIR, "targets", MPRO, False, None)]),
])
def test_their_targets_pair_nothing(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


BEDAQUILINE, LINEZOLID, OPTIC = "DRUGBANK:DB08903", "DRUGBANK:DB00601", "MONDO:0002135"
BPAL_TITLE = "Bedaquiline, pretomanid and linezolid at two linezolid doses for tuberculosis."


@pytest.mark.parametrize(("text", "expected"), [
    # A dose with no drug is the drug the document gives at that dose, not the main drug.
    ("Participants were randomly assigned to bedaquiline and pretomanid plus linezolid 1200 mg or 600 mg daily. "
     "Optic neuropathy was reported in 4 participants receiving 1200 mg and in none receiving 600 mg.",
     [(LINEZOLID, "causesAdverseEvent", OPTIC)]),
    # a dose no drug of the document is given at: unsure, no event
    ("Optic neuropathy was reported in 4 participants receiving 1200 mg and in none receiving 600 mg.", []),
    # no dose: the main drug's, as before
    ("Optic neuropathy was reported in 4 participants.", [(BEDAQUILINE, "causesAdverseEvent", OPTIC)]),
])
def test_dose_names_its_drug(text: str, expected: list) -> None:
    found = [(s, p, o) for s, p, o, _, _ in _full(text, BPAL_TITLE) if p == "causesAdverseEvent"]
    assert sorted(found) == sorted(expected)


VALPROATE, LEVETIRACETAM, HEPATOTOXICITY = "DRUGBANK:DB00313", "DRUGBANK:DB01202", "kgr:ae-hepatotoxicity"


def test_another_drugs_denial_is_not_the_title_drugs() -> None:
    # The title names valproate's event; the body's only sentence naming the event denies it
    # of levetiracetam, which says nothing of valproate.
    ex = extract(document("Valproic acid was administered to 87 patients, of whom 24 developed acute liver failure. "
                          "Levetiracetam was not associated with hepatotoxicity in this cohort.",
                          "Valproate-induced hepatotoxicity in patients with POLG variants."), LEXICON, TAGGER, PAIRS)
    found = {(a.subject, a.object): a.evidence[0].negated for a in ex.assertions if a.predicate == "causesAdverseEvent"}
    assert found[(LEVETIRACETAM, HEPATOTOXICITY)] is True
    assert found[(VALPROATE, HEPATOTOXICITY)] is False


TOFERSEN, ALS = "DRUGBANK:DB14782", "MONDO:0004976"
EZOGABINE, KCNQ2_DEE = "DRUGBANK:DB04953", "MONDO:0100455"
BALOXAVIR, INFLUENZA = "DRUGBANK:DB15675", "MONDO:0005812"

TOFERSEN_DOC = (
    "Tofersen in amyotrophic lateral sclerosis with SOD1 mutations: results of a phase 3 trial.",
    "Mutations in SOD1, including A4V, cause a rapidly progressive form of amyotrophic lateral sclerosis (ALS). "
    "Tofersen is an antisense oligonucleotide that mediates RNase H-dependent degradation of SOD1 mRNA. "
    "Adults with SOD1 ALS were randomly assigned 2:1 to receive intrathecal tofersen 100 mg (n=72) or placebo "
    "(n=36) for 28 weeks. Tofersen reduced the concentration of neurofilament light chain in plasma by 60%. "
    "Myelitis occurred in 2 patients and aseptic meningitis in 3 patients receiving tofersen.")
KCNQ2_DOC = (
    "Variant-specific effects of the KCNQ2/3 opener retigabine on KCNQ2 developmental and epileptic "
    "encephalopathy variants.",
    "KCNQ2 encodes the Kv7.2 potassium channel subunit, and de novo variants in KCNQ2 cause neonatal-onset "
    "developmental and epileptic encephalopathy. Retigabine (ezogabine) is a positive allosteric modulator of "
    "Kv7.2/Kv7.3 channels. The loss-of-function variants R213W and R207W reduced current density by 68% and 54%, "
    "respectively, and retigabine 10 uM restored current amplitude to wild-type levels. In contrast, the "
    "gain-of-function variants R201C and R201H were insensitive to retigabine.")
BALOXAVIR_DOC = (
    "Baloxavir marboxil for uncomplicated influenza in high-risk outpatients.",
    "Baloxavir marboxil is a single-dose inhibitor of the influenza cap-dependent endonuclease. In this "
    "double-blind, phase 3 trial, 2184 outpatients with influenza were randomly assigned to baloxavir, "
    "oseltamivir or placebo. In patients with influenza B, baloxavir shortened symptoms more than oseltamivir "
    "(74.6 vs 101.6 hours). Adverse events occurred in 25.1% of baloxavir recipients and 28.0% of oseltamivir "
    "recipients; diarrhea was the most common.")


@pytest.mark.parametrize(("doc", "wrong"), [
    # the disease the patients given the drug have is no harm of it
    (TOFERSEN_DOC, (TOFERSEN, "causesAdverseEvent", ALS)),
    (BALOXAVIR_DOC, (BALOXAVIR, "causesAdverseEvent", INFLUENZA)),
    # a disease the gene's variants cause is no drug's harm
    (KCNQ2_DOC, (EZOGABINE, "causesAdverseEvent", KCNQ2_DEE)),
])
def test_pair_classifier_no_harm_of_the_population_or_the_gene(doc: tuple[str, str], wrong: tuple) -> None:
    title, abstract = doc
    assert wrong not in _paired(abstract, title)


DOLUTEGRAVIR, HEADACHE, INSOMNIA = "DRUGBANK:DB08930", "MESH:D006261", "MONDO:0013600"
LENACAPAVIR, ERYTHEMA = "DRUGBANK:DB15673", "MESH:D004890"
DR_TB = "MONDO:0041806"

DOLUTEGRAVIR_DOC = (
    'Dolutegravir plus lamivudine versus dolutegravir plus tenofovir disoproxil fumarate/emtricitabine in '
    'treatment-naive adults with HIV-1 infection: 96-week results of a randomised non-inferiority trial',
    'Two-drug regimens may reduce cumulative toxicity in people with HIV-1, but their activity in the '
    'presence of transmitted nucleoside reverse transcriptase inhibitor resistance is uncertain. In this '
    'multicentre, open-label, non-inferiority trial, 612 treatment-naive adults with HIV-1 infection were '
    'randomly assigned (1:1) to dolutegravir 50 mg plus lamivudine 300 mg once daily (n=306) or '
    'dolutegravir 50 mg plus tenofovir disoproxil fumarate 300 mg/emtricitabine 200 mg once daily '
    '(n=306). The primary endpoint was the proportion of participants with HIV-1 RNA below 50 copies/mL '
    'at week 48 (FDA snapshot algorithm). At week 48, HIV-1 RNA below 50 copies/mL was achieved in 91.2% '
    'of participants in the dolutegravir plus lamivudine group and 92.8% in the three-drug group '
    '(difference, -1.6 percentage points; 95% CI, -5.9 to 2.7), meeting the non-inferiority margin. Among '
    '41 participants with baseline K103N, virologic response did not differ between groups. In the '
    'subgroup with the M184V mutation detected by baseline proviral DNA genotyping (n=23), virologic '
    'failure occurred in 3 of 11 participants receiving dolutegravir plus lamivudine and in 0 of 12 '
    'receiving the three-drug regimen. No participant developed treatment-emergent integrase resistance '
    'mutations. Mean weight gain at week 96 was 2.1 kg with dolutegravir plus lamivudine and 1.4 kg with '
    'the three-drug regimen. Decreases in estimated glomerular filtration rate and bone mineral density '
    'were smaller with dolutegravir plus lamivudine. Drug-related adverse events occurred in 17% and 24% '
    'of participants, respectively; the most common were headache, nausea and insomnia. These results '
    'suggest that dolutegravir plus lamivudine may be less robust in participants with archived M184V, '
    'and genotyping before initiation should be considered.')
LENACAPAVIR_DOC = (
    'Lenacapavir in heavily treatment-experienced people with multidrug-resistant HIV-1: 52-week outcomes '
    'of a phase 2/3 study',
    'Lenacapavir is a first-in-class inhibitor of the HIV-1 capsid protein administered subcutaneously '
    'every 6 months. In this phase 2/3 study, 72 heavily treatment-experienced participants with '
    'resistance to at least two drugs from each of three antiretroviral classes received oral lenacapavir '
    'followed by subcutaneous lenacapavir 927 mg every 26 weeks plus an optimized background regimen. At '
    'week 52, 78% of participants had HIV-1 RNA below 50 copies/mL, and the mean CD4 count increased by '
    '83 cells/uL. Emergent capsid substitutions M66I or Q67H were detected in 8 participants (11%), all '
    'of whom had inadequate background regimen activity; M66I conferred a more than 200-fold reduction in '
    'lenacapavir susceptibility. Q67H caused only a 6-fold reduction. Injection-site reactions, mostly '
    'swelling and erythema, were reported in 63% of participants, and nodules persisted in some. No '
    'participant discontinued lenacapavir because of injection-site reactions. Lenacapavir did not show '
    'cross-resistance with existing antiretroviral classes, including in participants with integrase '
    'Q148H plus G140S. These findings support lenacapavir for multidrug-resistant HIV-1 when combined '
    'with at least one other fully active drug.')
BPAL_DOC = (
    "Bedaquiline, pretomanid and linezolid at two linezolid doses and durations for highly drug-resistant "
    "tuberculosis: a randomised trial.",
    "Linezolid toxicity limits the BPaL regimen for drug-resistant tuberculosis. In this partially blinded trial, "
    "181 participants with extensively drug-resistant tuberculosis were randomly assigned to bedaquiline and "
    "pretomanid plus linezolid 1200 mg or 600 mg daily for 26 or 9 weeks. Peripheral neuropathy occurred in 38% "
    "of participants receiving linezolid 1200 mg for 26 weeks and in 24% of those receiving 600 mg for 26 weeks. "
    "Linezolid 600 mg for 26 weeks had the most favourable risk-benefit ratio.")


@pytest.mark.parametrize(("doc", "wrong"), [
    # a disease listed among "the most common (adverse events) were …" is an event, no indication
    (DOLUTEGRAVIR_DOC, (DOLUTEGRAVIR, "treats", HEADACHE)),
    (DOLUTEGRAVIR_DOC, (DOLUTEGRAVIR, "treats", INSOMNIA)),
    # … as is one of "Injection-site reactions, mostly swelling and erythema, were reported in 63%"
    (LENACAPAVIR_DOC, (LENACAPAVIR, "treats", ERYTHEMA)),
    # what a regimen is "for" is its indication, no harm
    (BPAL_DOC, (LINEZOLID, "causesAdverseEvent", DR_TB)),
])
def test_pair_classifier_events_and_indications(doc: tuple[str, str], wrong: tuple) -> None:
    title, abstract = doc
    assert wrong not in _paired(abstract, title)
