"""Relation rules and the pair classifier: drug–disease, drug–target and gene–disease findings of the
third wave of trial users (cardiology and pharmacogenomics)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract.helpers import document, paired_claims, rule_claims, shipped_models

LEXICON, TAGGER, PAIRS = shipped_models()
_full, _paired = rule_claims, paired_claims


AZATHIOPRINE, MERCAPTOPURINE = "DRUGBANK:DB00993", "DRUGBANK:DB01033"
CROHN, UC, LEUKOPENIA = "MONDO:0005011", "MONDO:0005101", "MONDO:0003785"
ITPA, ITPA_C94 = "HGNC:6176", "kgr:mutation-ITPA-c.94C_A"


@pytest.mark.parametrize(("text", "expected"), [
    # A toxicity that "limits their use" is the drugs' harm, never their indication.
    ("Thiopurines such as azathioprine and mercaptopurine are widely used to maintain remission in Crohn's disease "
     "and ulcerative colitis, but severe myelosuppression limits their use.",
     [(AZATHIOPRINE, "treats", CROHN, False, None), (MERCAPTOPURINE, "treats", CROHN, False, None),
      (AZATHIOPRINE, "treats", UC, False, None), (MERCAPTOPURINE, "treats", UC, False, None)]),
    # A variant's association with a disease in patients on a drug: the drug treats nothing.
    ("The ITPA c.94C>A variant was not associated with leukopenia in patients treated with azathioprine.",
     [(ITPA, "associatedWith", LEUKOPENIA, True, "was not"), (ITPA_C94, "associatedWith", LEUKOPENIA, True, "was not")]),
    ("Carriers of the SLCO1B1 variant had higher rates of myopathy when treated with simvastatin.",
     [("HGNC:10959", "associatedWith", "MONDO:0003939", False, None)]),
])
def test_harms_and_associations_are_not_treated(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A cue in the relative clause "whose activity does not depend on …" denies only that clause.
    ("Ticagrelor is a direct-acting P2Y12 (P2RY12) inhibitor whose activity does not depend on CYP2C19.",
     [("DRUGBANK:DB08816", "inhibits", "HGNC:18124", False, None)]),
    # A gene in the relative clause after the trigger's object is that clause's verb's.
    # (bare "myosin" is no gene since the names fix of the same wave, so the member is named)
    ("Mavacamten is an allosteric inhibitor of cardiac myosin (MYH7) that reduces actin-myosin cross-bridge "
     "formation.", [("DRUGBANK:DB14921", "inhibits", "HGNC:7577", False, None)]),
    # … unless that verb is itself an inhibitor's.
    ("Dasatinib is an inhibitor of ABL1 which blocks SRC and KIT.",
     [("DRUGBANK:DB01254", "inhibits", "HGNC:76", False, None), ("DRUGBANK:DB01254", "inhibits", "HGNC:11283", False, None),
      ("DRUGBANK:DB01254", "inhibits", "HGNC:6342", False, None)]),
    # "regardless of LDLR genotype" is a subgroup of the patients, no target.
    ("Evinacumab, a monoclonal antibody against ANGPTL3, lowers LDL-C regardless of LDLR genotype.",
     [("DRUGBANK:DB15354", "targets", "HGNC:491", False, None)]),
])
def test_drug_targets_in_relative_clauses_and_subgroups(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [a for a in _full(text) if a[1] in ("inhibits", "targets")] == expected


WEIGHT_LOSS = "MESH:D015431"


@pytest.mark.parametrize(("text", "expected"), [
    # Weight loss produced in obese patients is the drug's efficacy: no harm, nothing treated.
    ("Tirzepatide produced greater weight loss than semaglutide in adults with obesity.", []),
    # … where the patients are not obese it is still a harm.
    ("Topiramate caused weight loss in adults with epilepsy.",
     [("DRUGBANK:DB00273", "causesAdverseEvent", WEIGHT_LOSS, False, None)]),
])
def test_weight_loss_in_obesity_is_efficacy(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [a for a in _full(text) if a[2] == WEIGHT_LOSS] == expected


def test_the_pair_classifier_treats_no_weight_loss_in_obesity() -> None:
    # the whole abstract of the cardiology user's trial (one or two sentences do not reproduce it)
    text = ('Semaglutide is a glucagon-like peptide-1 receptor (GLP-1R) agonist, and tirzepatide is a dual agonist of the'
            ' GIP receptor (GIPR) and GLP-1R. We compared their effects on body weight and glycaemic control in people '
            'with obesity and type 2 diabetes. In this phase 3b trial, 938 adults with a BMI of 30 kg/m2 or greater and '
            'type 2 diabetes were randomly assigned (1:1) to subcutaneous semaglutide 2.4 mg once weekly (n=469) or '
            'tirzepatide 15 mg once weekly (n=469) for 72 weeks. At week 72, mean body weight change was -9.8% with '
            'semaglutide and -14.1% with tirzepatide (estimated treatment difference, 4.3 percentage points; 95% CI, 3.2 '
            'to 5.4; p<0.0001). HbA1c decreased by 1.8 percentage points with semaglutide and by 2.2 percentage points '
            'with tirzepatide. Weight reduction of 15% or more was achieved by 28.4% of patients receiving semaglutide '
            'and 45.0% of patients receiving tirzepatide. Nausea, diarrhoea and vomiting occurred more frequently with '
            'tirzepatide than with semaglutide, and discontinuation because of adverse events was 6.2% with tirzepatide '
            'and 5.1% with semaglutide. Acute pancreatitis was reported in two patients receiving semaglutide. '
            'Semaglutide was not associated with an increased risk of diabetic retinopathy complications in this trial. '
            'Tirzepatide produced greater weight loss than semaglutide in adults with obesity and type 2 diabetes, with a'
            ' similar safety profile.')
    assert [a for a in _paired(text, "Once-weekly semaglutide 2.4 mg versus tirzepatide 15 mg in adults with obesity and "
                                     "type 2 diabetes.") if a[2] == WEIGHT_LOSS] == []


FH, HMGCR = "MONDO:0005439", "HGNC:5006"


@pytest.mark.parametrize(("text", "expected"), [
    # A drug class's target is no disease gene, whatever "heterozygous FH" says.
    ("Familial hypercholesterolemia (FH) is an autosomal dominant disorder. Statins inhibit HMG-CoA reductase (HMGCR) "
     "and upregulate hepatic LDL receptors, and remain first-line therapy in heterozygous FH.", []),
    # … where a gene the patients carry still is.
    ("Familial hypercholesterolemia (FH) is caused by mutations in LDLR. Patients with homozygous FH who carry two null "
     "LDLR alleles respond poorly to statins.",
     [("HGNC:6547", "associatedWith", FH), ("kgr:mutation-LDLR-mutation", "associatedWith", FH),
      ("HGNC:6547", "associatedWith", FH)]),
])
def test_a_drugs_target_is_no_disease_gene(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(a.subject, a.predicate, a.object) for a in extract(document(text, "A review."), LEXICON, TAGGER, PAIRS).assertions
           if a.predicate == "associatedWith"]
    assert got == expected


def test_a_gene_genotyped_in_the_patients_is_not_their_disease_gene() -> None:
    text = ("We retrospectively studied 1,482 patients with atrial fibrillation or venous thromboembolism who started "
            "warfarin at a single academic anticoagulation clinic between 2012 and 2020 and had been genotyped for "
            "CYP2C9 and VKORC1. Warfarin is a vitamin K antagonist that inhibits VKORC1. Carriers of CYP2C9*2 or *3 "
            "required lower maintenance doses than noncarriers (median 3.6 mg vs 5.1 mg per day, P<0.001).")
    assert [a for a in _paired(text, "CYP2C9 and VKORC1 genotypes and the risk of major bleeding during warfarin "
                                     "initiation: a retrospective cohort study") if a[1] == "associatedWith"] == []


DAPAGLIFLOZIN, DKA, T2DM = "DRUGBANK:DB06292", "MONDO:0800077", "MONDO:0005148"


@pytest.mark.parametrize(("title", "text", "absent"), [
    # how rare a disease was, and where it occurred, tells an event of the trial
    ("A trial.", "In this trial, 6212 patients with heart failure were randomly assigned to dapagliflozin 10 mg or placebo. "
     "Volume depletion was reported in 1.4% of dapagliflozin recipients and 1.1% of placebo recipients; diabetic "
     "ketoacidosis was rare and occurred only in patients with diabetes.", "ketoacidosis"),
    # a subgroup "with and without" the disease is had either way (the whole abstract: a shorter text does
    # not reproduce it)
    ('Dapagliflozin versus placebo in heart failure with mildly reduced or preserved ejection fraction: '
     'results of a randomized, double-blind trial',
     'BACKGROUND: Sodium-glucose cotransporter 2 (SGLT2) inhibitors reduce the risk of hospitalization for'
     ' heart failure in patients with reduced ejection fraction, but their effect in patients with a left '
     'ventricular ejection fraction above 40% is less certain. METHODS: In this phase 3 trial, 6212 '
     'patients with heart failure and a left ventricular ejection fraction greater than 40% were randomly '
     'assigned to receive dapagliflozin 10 mg once daily (n=3108) or matching placebo (n=3104), in '
     'addition to usual therapy. The primary outcome was a composite of worsening heart failure events or '
     'cardiovascular death. RESULTS: Over a median follow-up of 2.3 years, the primary outcome occurred in'
     ' 16.2% of patients in the dapagliflozin group and in 19.7% of patients in the placebo group (hazard '
     'ratio, 0.81; 95% CI, 0.72 to 0.91; P<0.001). Worsening heart failure events occurred in 11.6% with '
     'dapagliflozin and 14.3% with placebo (hazard ratio, 0.78; 95% CI, 0.68 to 0.90). Cardiovascular '
     'death did not differ significantly between the groups (hazard ratio, 0.89; 95% CI, 0.74 to 1.07). '
     'All-cause mortality was 11.3% in the dapagliflozin group and 11.9% in the placebo group (hazard '
     'ratio, 0.94; 95% CI, 0.83 to 1.07). Results were consistent in patients with and without type 2 '
     'diabetes mellitus. Volume depletion was reported in 1.4% of dapagliflozin recipients and 1.1% of '
     'placebo recipients; diabetic ketoacidosis was rare and occurred only in patients with diabetes. '
     'Dapagliflozin did not increase the incidence of acute kidney injury. CONCLUSIONS: Dapagliflozin '
     'reduced the combined risk of worsening heart failure or cardiovascular death among patients with '
     'heart failure and a mildly reduced or preserved ejection fraction.', "diabetes"),
    # an event compared between arms ("was also lower with apixaban"), the whole abstract
    ('Apixaban, rivaroxaban and warfarin in older adults with nonvalvular atrial fibrillation and chronic '
     'kidney disease: a nationwide cohort study',
     'Background: Comparative data on direct oral anticoagulants in patients with atrial fibrillation and '
     'advanced chronic kidney disease are limited. Methods: Using nationwide claims data, we identified '
     '24,108 patients aged 65 years or older with nonvalvular atrial fibrillation and stage 4 or 5 chronic'
     ' kidney disease who initiated apixaban, rivaroxaban or warfarin. Propensity score overlap weighting '
     'was used. Results: Stroke or systemic embolism was similar with apixaban and warfarin (hazard ratio,'
     ' 0.95; 95% CI, 0.78-1.16). Major bleeding was less frequent with apixaban than with warfarin (hazard'
     ' ratio, 0.69; 95% CI, 0.59-0.81), and intracranial hemorrhage was also lower with apixaban (hazard '
     'ratio, 0.53; 95% CI, 0.35-0.80). Compared with apixaban, rivaroxaban was associated with a higher '
     'risk of major bleeding (hazard ratio, 1.42; 95% CI, 1.16-1.74) and gastrointestinal bleeding (hazard'
     ' ratio, 1.61; 95% CI, 1.23-2.10). Reduced-dose apixaban 2.5 mg twice daily was not associated with a'
     ' higher rate of stroke than the standard 5 mg dose. All-cause mortality did not differ between '
     'rivaroxaban and warfarin (hazard ratio, 1.03; 95% CI, 0.90-1.18). Conclusions: In older patients '
     'with atrial fibrillation and advanced chronic kidney disease, apixaban was associated with lower '
     'bleeding risk than warfarin or rivaroxaban, with similar effectiveness.', "intracranial"),
])
def test_the_pair_classifier_treats_no_event_or_subgroup(title: str, text: str, absent: str) -> None:
    doc = document(text, title)
    extraction = extract(doc, LEXICON, TAGGER, PAIRS)
    labels = {m.curie: m.entity.label.lower() for m in extraction.mentions}
    assert [a.object for a in extraction.assertions if a.predicate == "treats" and absent in labels[a.object]] == []


def test_the_setting_of_another_drugs_trials_is_not_the_drugs_indication() -> None:
    # the whole abstract (a shorter text does not reproduce it)
    text = ('Upadacitinib, an oral selective Janus kinase 1 (JAK1) inhibitor, and dupilumab, a monoclonal antibody '
            'that blocks the interleukin-4 receptor alpha subunit (IL-4Rα), are approved for atopic dermatitis. In '
            'this phase 3b, double-blind, double-dummy trial (NCT09999801), 692 adults with moderate-to-severe atopic'
            ' dermatitis were randomized 1:1 to oral upadacitinib 30 mg once daily (n=348) or subcutaneous dupilumab '
            '300 mg every other week (n=344) for 24 weeks. At week 16, EASI-75 was achieved by 71.0% of patients '
            'receiving upadacitinib and 61.1% of patients receiving dupilumab (P=0.006). EASI-90 at week 16 was '
            'achieved by 60.6% with upadacitinib and 38.7% with dupilumab (P<0.001). Improvement in itch was observed'
            ' as early as week 1 with upadacitinib. Acne occurred in 15.8% of upadacitinib-treated patients and 2.6% '
            'of dupilumab-treated patients. Conjunctivitis was more frequent with dupilumab (10.2%) than with '
            'upadacitinib (1.4%). Eczema herpeticum and herpes zoster were more common with upadacitinib. One death '
            'occurred in the upadacitinib group due to influenza-associated bronchopneumonia. Upadacitinib did not '
            'increase the incidence of venous thromboembolism in this trial. Upadacitinib showed superior efficacy to'
            ' dupilumab in atopic dermatitis, with no new safety signals. Patients with a history of venous '
            'thromboembolism were excluded, and the JAK inhibitor safety warnings derived from rheumatoid arthritis '
            'trials of tofacitinib may apply.')
    assert [a for a in _paired(text, 'Upadacitinib versus dupilumab in adults with moderate-to-severe atopic dermatitis: a randomized clinical trial.') if a[1] == "treats"] == []


def test_the_pair_classifier_takes_no_target_from_a_relative_clause() -> None:
    # the whole abstract (a shorter text does not reproduce it)
    text = ('BACKGROUND: Mavacamten is a first-in-class, selective, allosteric inhibitor of cardiac myosin (MYH7) '
            'that reduces actin-myosin cross-bridge formation. METHODS: We enrolled 64 adults with obstructive '
            'hypertrophic cardiomyopathy and a resting or provoked left ventricular outflow tract (LVOT) gradient of '
            'at least 50 mm Hg. Patients received mavacamten starting at 5 mg daily, titrated to 2.5 to 15 mg based '
            'on echocardiographic LVOT gradient and LVEF. Sarcomere gene sequencing was performed at baseline. '
            'RESULTS: At week 30, the mean post-exercise LVOT gradient fell from 86 mm Hg to 19 mm Hg (change, -67 mm'
            ' Hg; P<0.001). An improvement of at least one NYHA functional class occurred in 41 of 64 patients (64%).'
            ' Pathogenic sarcomere variants were found in 38 patients, most commonly MYBPC3 truncating variants '
            '(n=21) and MYH7 missense variants (n=14), including R403Q and R719W. Reductions in LVOT gradient were '
            'similar in patients carrying MYH7 R403Q and in genotype-negative patients, and sarcomere genotype was '
            'not associated with response to mavacamten. Four patients (6%) had a transient reduction in LVEF below '
            '50%, which resolved after treatment interruption. Atrial fibrillation occurred in 3 patients (5%). '
            'CONCLUSIONS: Mavacamten improved LVOT obstruction and symptoms irrespective of sarcomere genotype. These'
            ' data suggest that myosin inhibition may also benefit patients with nonobstructive disease, which '
            'warrants a randomized trial.')
    title = "Mavacamten in symptomatic obstructive hypertrophic cardiomyopathy"
    # neither the rules nor the pair classifier give mavacamten actin
    assert [a.predicate for a in extract(document(text, title), LEXICON, TAGGER, PAIRS).assertions
            if a.object == "HGNC:132"] == []
