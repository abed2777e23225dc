"""Outcome measurements and studies from sentences in shapes the seeds do not use."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.model import OutcomeMeasurement
from tests.extract.helpers import run


def fields(outcome: object) -> dict[str, object]:
    keep = {}
    for name in outcome.__dataclass_fields__:  # type: ignore[attr-defined]
        value = getattr(outcome, name)
        if name in ("publication", "evidence", "disease") or value is None or value is False:
            continue
        keep[name] = getattr(value, "label", value)
    return keep


def test_hazard_ratio_with_ci_and_p_value() -> None:
    [outcome] = run(
        "Progression-free survival was longer with gefitinib (hazard ratio for progression, 0.48; "
        "95% CI, 0.36 to 0.64; P<0.001).", title="Gefitinib in NSCLC.").outcomes
    assert fields(outcome) == {
        "endpoint": "kgr:endpoint-progression-free-survival", "statistic": "hazard ratio", "drug": "CHEBI:49668",
        "hazard_ratio": Decimal("0.48"), "ci_lower": Decimal("0.36"), "ci_upper": Decimal("0.64"), "p_value": "<0.001",
        "significant": True,
    }


def test_median_with_unit() -> None:
    [outcome] = run("The median overall survival was 18.2 months.", title="Gefitinib in NSCLC.").outcomes
    assert (outcome.statistic, outcome.value, outcome.unit, outcome.endpoint) == (
        "median", Decimal("18.2"), "months", "kgr:endpoint-overall-survival")
    assert outcome.drug == "CHEBI:49668" and outcome.evidence.inferred  # the title's drug


def test_count_of_denominator_in_a_stratum_without_the_mutation() -> None:
    [outcome] = run("Among patients without an EGFR mutation, an objective response occurred in 1 of 10 patients (10%).",
                    title="Gefitinib in NSCLC.").outcomes
    assert (outcome.count, outcome.denominator, outcome.percent) == (1, 10, Decimal("10"))
    assert (outcome.mutation, outcome.stratum_has_mutation) == ("kgr:mutation-EGFR-mutation", False)


def test_percent_with_qualifier_and_adverse_event() -> None:
    [outcome] = run("Cardiotoxicity occurred in nearly 12% of patients.", title="Doxorubicin in breast cancer.").outcomes
    assert fields(outcome) == {
        "endpoint": "kgr:endpoint-adverse-event-rate", "statistic": "rate", "drug": "CHEBI:31590",
        "adverse_event": "kgr:ae-cardiotoxicity", "percent": Decimal("12"), "qualifier": "nearly",
    }


def test_study_with_phase_design_sample_size_and_mg_per_m2_arms() -> None:
    extraction = run(
        "In this phase III, double-blind, placebo-controlled trial, 320 patients were randomized to "
        "doxorubicin 60 mg/m2 or 75 mg/m2 every 3 weeks.", title="Doxorubicin in breast cancer.")
    study = extraction.study
    assert study is not None
    assert (study.sample_size, study.phase, study.design) == (320, "III", ("double-blind", "placebo-controlled", "randomized"))
    assert [(a.dose, a.dose_unit, a.schedule, a.drug) for a in study.arms] == [
        (Decimal("60"), "mg/m²", "every 3 weeks", "CHEBI:31590"), (Decimal("75"), "mg/m²", "every 3 weeks", "CHEBI:31590")]


def test_study_sizes_said_as_trials_say_them() -> None:
    """Found by two new users: no study or no sample size for "In this randomized, open-label
    phase 3 trial, 389 patients with relapsed CLL were assigned to …", "In an 18-month phase
    3 trial, 1795 participants … received", "We analysed 15,408 patients who started …",
    "sequencing on samples from 112 patients"; arms' "(n=157)" sizes were lost and add up
    to the trial's when it gives none; a dose reduction was an arm; "twice weekly" was
    "weekly"; "to intranasal placebo" was no arm."""
    def study(abstract: str) -> tuple[object, ...] | None:
        found = run(abstract, title="A trial.").study
        return found and (found.sample_size, [(a.label, a.drug, a.size) for a in found.arms])

    assert study("In this randomized, open-label phase 3 trial, 389 patients with relapsed or refractory breast "
                 "cancer were assigned to gefitinib 250 mg daily (n=194) or doxorubicin 60 mg/m2 every 3 weeks (n=195).") == (
        389, [("250 mg daily", "CHEBI:49668", 194), ("60 mg/m² every 3 weeks", "CHEBI:31590", 195)])
    assert study("In an 18-month phase 3 trial, 1,795 participants with melanoma received intravenous vemurafenib "
                 "10 mg/kg every 2 weeks or placebo.") == (
        1795, [("10 mg/kg every 2 weeks", "CHEBI:63637", None), ("placebo", None, None)])
    assert study("We analysed 15,408 patients who started gefitinib between 2008 and 2018.") == (15408, [])
    assert study("We performed targeted sequencing on serial blood samples from 112 patients treated with "
                 "gefitinib 250 mg daily.") == (112, [("250 mg daily", "CHEBI:49668", None)])
    assert study("Patients were randomized 2:1 to gefitinib 40 mg twice daily (n=157) or vemurafenib 500 mg once "
                 "daily (n=76).") == (233, [("40 mg twice daily", "CHEBI:49668", 157), ("500 mg daily", "CHEBI:63637", 76)])
    assert study("In this randomized phase 2 trial, 283 patients were assigned to gefitinib at starting doses of "
                 "45 mg (n=94), 30 mg (n=95) or 15 mg (n=94) daily, with reduction to 15 mg upon response.") == (
        283, [("45 mg daily", "CHEBI:49668", 94), ("30 mg daily", "CHEBI:49668", 95), ("15 mg daily", "CHEBI:49668", 94)])
    assert study("We randomized 227 adults with melanoma to intranasal vemurafenib 56 mg or 84 mg twice weekly, or "
                 "to intranasal placebo.") == (
        227, [("56 mg twice weekly", "CHEBI:63637", None), ("84 mg twice weekly", "CHEBI:63637", None),
              ("placebo", None, None)])


def test_review_reports_no_study() -> None:
    from dataclasses import replace

    from kg.extract import extract
    from tests.extract.helpers import LEXICON, document

    doc = replace(document("We conducted a search. 300 patients were enrolled in trials."), publication_types=("Review",))
    assert extract(doc, LEXICON).study is None


def test_negated_claim_keeps_its_hazard_ratio() -> None:
    """Found by a new user: "did not improve" was recorded as an improvement."""
    [outcome] = run("Imatinib did not improve overall survival (HR 0.95; 95% CI 0.70-1.30; P=0.74).",
                    title="Imatinib in GIST.").outcomes
    assert fields(outcome) == {
        "endpoint": "kgr:endpoint-overall-survival", "statistic": "hazard ratio", "drug": "CHEBI:45783",
        "hazard_ratio": Decimal("0.95"), "ci_lower": Decimal("0.70"), "ci_upper": Decimal("1.30"), "p_value": "0.74",
        "effect": "improved", "negated": True,
    }
    assert outcome.evidence.cue == "did not"


def test_median_comparison_with_placebo_and_the_ci_level_is_not_a_rate() -> None:
    outcomes = run("The median progression-free survival was 18.2 months (95% CI, 14.1 to 22.3) with imatinib "
                   "versus 9.1 months with placebo (HR, 0.52; 95% CI, 0.40 to 0.68; P<0.001).",
                   title="Imatinib in GIST.").outcomes
    assert [fields(o) for o in outcomes] == [
        {"endpoint": "kgr:endpoint-progression-free-survival", "statistic": "median", "drug": "CHEBI:45783",
         "arm": "imatinib", "comparator_arm": "placebo", "value": Decimal("18.2"), "unit": "months",
         "ci_lower": Decimal("14.1"), "ci_upper": Decimal("22.3")},
        {"endpoint": "kgr:endpoint-progression-free-survival", "statistic": "median", "arm": "placebo",
         "comparator_arm": "imatinib", "value": Decimal("9.1"), "unit": "months"},
        {"endpoint": "kgr:endpoint-progression-free-survival", "statistic": "hazard ratio", "drug": "CHEBI:45783",
         "comparator_arm": "placebo", "hazard_ratio": Decimal("0.52"), "ci_lower": Decimal("0.40"), "ci_upper": Decimal("0.68"), "p_value": "<0.001",
         "significant": True},
    ]


def test_each_number_goes_to_its_own_endpoint() -> None:
    outcomes = run("The objective response rate was 45% (18/40) and 3 patients (7.5%) developed grade 3 rash.",
                   title="Imatinib in GIST.").outcomes
    got = sorted((o.endpoint, o.adverse_event, o.count, o.denominator, o.percent) for o in outcomes)
    assert got == [
        ("kgr:endpoint-adverse-event-rate", "kgr:ae-rash", 3, None, Decimal("7.5")),
        ("kgr:endpoint-objective-response", None, 18, 40, Decimal("45")),
    ]


def test_median_age_is_not_an_outcome() -> None:
    """Found in review: the first duration after any "median" went to the endpoint."""
    [outcome] = run("The median age was 58 years, and the median overall survival was 72.7 weeks.",
                    title="Imatinib in GIST.").outcomes
    assert (outcome.endpoint, outcome.value, outcome.unit) == ("kgr:endpoint-overall-survival", Decimal("72.7"), "weeks")


def test_a_percent_s_confidence_interval_is_not_three_rates() -> None:
    [outcome] = run("Overall survival at 2 years was 68% (95% CI, 57%–77%).", title="Imatinib in GIST.").outcomes
    assert (outcome.percent, outcome.ci_lower, outcome.ci_upper) == (Decimal("68"), Decimal("57"), Decimal("77"))


def test_medians_do_not_borrow_the_hazard_ratio_s_interval() -> None:
    outcomes = run("The median overall survival was 20.1 months vs. 18.4 months (HR 0.89, 95% CI 0.79-1.01).",
                   title="Imatinib in GIST.").outcomes
    assert [(o.statistic, o.value, o.hazard_ratio, o.ci_lower, o.ci_upper) for o in outcomes] == [
        ("median", Decimal("20.1"), None, None, None), ("median", Decimal("18.4"), None, None, None),
        ("hazard ratio", None, Decimal("0.89"), Decimal("0.79"), Decimal("1.01"))]


def test_thousands_separator_and_restated_dose() -> None:
    study = run("In this trial 100 patients were randomly assigned to imatinib 1,000 mg/m2 daily or 800 mg "
                "(i.e. 400 mg twice daily).", title="Imatinib in GIST.").study
    assert study is not None and study.design == ("randomized",)
    assert [(a.dose, a.dose_unit) for a in study.arms] == [(Decimal("1000"), "mg/m²"), (Decimal("800"), "mg")]


def test_relative_change_and_symbol_qualifiers() -> None:
    [change] = run("Toxicity increased by 150%.", title="Imatinib in GIST.").outcomes
    assert (change.statistic, change.value, change.unit, change.percent) == ("relative change", Decimal("150"),
                                                                            "percent", None)
    events = run("Haemorrhage occurred in ∼4% of patients and oedema in ≥60%.", title="Imatinib in GIST.").outcomes
    assert [(o.adverse_event, o.percent, o.qualifier) for o in events] == [
        ("kgr:ae-hemorrhage", Decimal("4"), "approximately"), ("kgr:ae-edema", Decimal("60"), "at least")]


def test_each_arm_s_number_goes_to_the_drug_it_names() -> None:
    """Found by a new user: "48% for vemurafenib and 5% for dacarbazine" gave vemurafenib both numbers."""
    from kg.extract import extract, load_lexicon
    from tests.extract.helpers import document

    for sentence in ("Response rates were 48% for vemurafenib and 5% for dacarbazine.",
                     "Vemurafenib gave a response rate of 48%, versus 5% with dacarbazine."):
        got = extract(document(sentence, "Vemurafenib in melanoma."), load_lexicon()).outcomes
        assert [(o.endpoint, o.percent, o.drug) for o in got] == [
            ("kgr:endpoint-response", Decimal(48), "DRUGBANK:DB08881"),
            ("kgr:endpoint-response", Decimal(5), "DRUGBANK:DB00851")], sentence


def test_a_trial_we_randomly_assigned_has_each_arm_s_drug_and_schedule() -> None:
    """Found by a new user: "We randomly assigned 675 patients …" made no study; the comparator's
    dose then went to the trial drug with the trial drug's schedule."""
    from kg.extract import extract, load_lexicon
    from tests.extract.helpers import document

    study = extract(document(
        "We randomly assigned 675 patients with metastatic melanoma with the BRAF V600E mutation to receive "
        "vemurafenib (960 mg twice daily) or dacarbazine (1000 mg per square meter of body-surface area every "
        "3 weeks).", "Vemurafenib in melanoma."), load_lexicon()).study
    assert study is not None
    assert (study.sample_size, study.design) == (675, ("randomized",))
    assert [(a.drug, a.dose, a.dose_unit, a.schedule) for a in study.arms] == [
        ("DRUGBANK:DB08881", Decimal(960), "mg", "twice daily"), ("DRUGBANK:DB00851", Decimal(1000), "mg/m²", "every 3 weeks")]


def test_a_drug_of_the_patients_history_takes_no_number() -> None:
    """Found in review: "61% of patients with gefitinib-resistant NSCLC" gave the 61% to gefitinib."""
    from kg.extract import extract, load_lexicon
    from tests.extract.helpers import document

    for sentence in ("Osimertinib achieved responses in 61% of patients with gefitinib-resistant NSCLC.",
                     "The response rate with osimertinib was 61% in the gefitinib-pretreated cohort."):
        got = extract(document(sentence), load_lexicon()).outcomes
        assert [(o.percent, o.drug) for o in got] == [(Decimal(61), "DRUGBANK:DB09330")], sentence


def test_a_count_followed_by_who_had_takes_the_endpoint_after_it() -> None:
    """Found by a new user: "42 (33.9%) who had a partial response" was a complete response."""
    from kg.extract import extract, load_lexicon, load_tagger
    from tests.extract.helpers import document

    outcomes = extract(document(
        "An objective response was observed in 46 patients (37.1%), including in 4 (3.2%) who had a complete "
        "response and in 42 (33.9%) who had a partial response.", "Sotorasib in NSCLC."), load_lexicon(),
        load_tagger()).outcomes
    assert [(o.endpoint, o.count, o.percent) for o in outcomes] == [
        ("kgr:endpoint-objective-response", 46, Decimal("37.1")), ("kgr:endpoint-complete-response", 4, Decimal("3.2")),
        ("kgr:endpoint-partial-response", 42, Decimal("33.9"))]


def test_a_control_arm_s_rate_is_no_drug_s() -> None:
    """Found by a new user: "34% with olaparib and 12% with placebo" gave olaparib both."""
    got = [(o.drug, o.arm.label if o.arm else None, o.percent) for o in run(
        "The objective response rate was 34% with gefitinib and 12% with placebo.", title="Gefitinib in NSCLC.").outcomes]
    assert got == [("CHEBI:49668", None, Decimal("34")), (None, "placebo", Decimal("12"))]


def test_numbers_in_parentheses_after_an_event_are_its_own_and_the_second_is_the_comparator_s() -> None:
    """Found by a new user: "neutropenia (5% vs 4%) and fatigue (4% vs 2%)" gave fatigue the
    5% and 4%, and every second number (the placebo arm's) went to the drug."""
    extraction = run("In this phase 3 trial, 295 patients were randomly assigned to gefitinib 250 mg daily or placebo. "
                     "The most common adverse events were anemia (19% vs 2%), nausea (5% vs 4%) and fatigue "
                     "(4% vs 2%).", title="Gefitinib in NSCLC.")
    got = [(o.adverse_event, o.percent, o.drug, o.arm.label, o.comparator_arm.label) for o in extraction.outcomes]
    anemia, nausea, fatigue = (extraction.mentions[i].curie for i in range(len(extraction.mentions))
                               if extraction.mentions[i].text in ("anemia", "nausea", "fatigue"))
    assert got == [
        (anemia, Decimal("19"), "CHEBI:49668", "250 mg daily", "placebo"), (anemia, Decimal("2"), None, "placebo", "250 mg daily"),
        (nausea, Decimal("5"), "CHEBI:49668", "250 mg daily", "placebo"), (nausea, Decimal("4"), None, "placebo", "250 mg daily"),
        (fatigue, Decimal("4"), "CHEBI:49668", "250 mg daily", "placebo"), (fatigue, Decimal("2"), None, "placebo", "250 mg daily"),
    ]


def test_a_disease_listed_among_adverse_events_is_an_event_with_its_own_rate() -> None:
    """Found by a new user: each listed immune-related event was a disease pembrolizumab treats,
    and every rate went to the first of them."""
    from kg.extract import extract
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document(
        "Immune-mediated adverse events occurred in 34.4% of pembrolizumab-treated patients and included "
        "hypothyroidism (9.1%), pneumonitis (7.8%) and colitis (2.6%). QT prolongation of any grade was reported "
        "in 9.5% of pembrolizumab-treated patients.", "Pembrolizumab in NSCLC"), SHIPPED)
    label = {m.curie: m.text for m in extraction.mentions}
    assert sorted((a.predicate, label[a.object]) for a in extraction.assertions) == [
        ("causesAdverseEvent", "QT prolongation"), ("causesAdverseEvent", "colitis"),
        ("causesAdverseEvent", "hypothyroidism"), ("causesAdverseEvent", "pneumonitis")]
    assert [(o.endpoint, label.get(o.adverse_event or ""), o.percent) for o in extraction.outcomes] == [
        ("kgr:endpoint-adverse-event-rate", None, Decimal("34.4")),
        ("kgr:endpoint-adverse-event-rate", "hypothyroidism", Decimal("9.1")),
        ("kgr:endpoint-adverse-event-rate", "pneumonitis", Decimal("7.8")),
        ("kgr:endpoint-adverse-event-rate", "colitis", Decimal("2.6")),
        ("kgr:endpoint-adverse-event-rate", "QT prolongation", Decimal("9.5"))]


def test_medians_that_each_name_their_arm_are_compared_and_death_is_no_disease() -> None:
    """Found by a new user: "10.1 months with trastuzumab deruxtecan and 5.4 months with
    chemotherapy" kept only the first, a hazard ratio 34 characters after its words was
    lost, and every row's disease was "death"."""
    outcomes = run("Median progression-free survival was 10.1 months with gefitinib and 5.4 months with chemotherapy "
                   "(hazard ratio for disease progression or death, 0.51; 95% CI, 0.40 to 0.64).",
                   title="Gefitinib in NSCLC.").outcomes
    assert [(o.statistic, o.value or o.hazard_ratio, o.drug, o.arm and o.arm.label, o.disease) for o in outcomes] == [
        ("median", Decimal("10.1"), "CHEBI:49668", "gefitinib", "MONDO:0005233"),
        ("median", Decimal("5.4"), None, "chemotherapy", "MONDO:0005233"),
        ("hazard ratio", Decimal("0.51"), "CHEBI:49668", None, "MONDO:0005233")]


def test_a_hazard_ratio_said_not_significant_and_a_dose_per_kilogram() -> None:
    """Found by a new user: "which was not statistically significant" left `significant`
    empty, and "5.4 mg per kilogram" was a dose of 5.4 mg."""
    [outcome] = run("Overall survival was longer with gefitinib (hazard ratio, 0.79; 95% CI, 0.56 to 1.12), which "
                    "was not statistically significant.", title="Gefitinib in NSCLC.").outcomes
    assert (outcome.hazard_ratio, outcome.significant) == (Decimal("0.79"), False)
    study = run("We randomly assigned 557 patients to gefitinib 5.4 mg per kilogram every 3 weeks or placebo.",
                title="Gefitinib in NSCLC.").study
    assert study is not None and [(a.dose, a.dose_unit) for a in study.arms if a.dose] == [(Decimal("5.4"), "mg/kg")]


def test_disease_control_is_its_own_endpoint() -> None:
    """Found by a new user: "the disease control rate was 79.5%" was an objective response."""
    got = [(o.endpoint, o.percent) for o in run("The objective response rate was 42.9% and the disease control rate "
                                                "was 79.5%.", title="Gefitinib in NSCLC.").outcomes]
    assert got == [("kgr:endpoint-objective-response", Decimal("42.9")), ("kgr:endpoint-disease-control", Decimal("79.5"))]


def test_a_number_in_a_segment_that_names_nothing_is_the_last_named_endpoint_s() -> None:
    """Found by a new user: "grade 3 or higher in 44.8%; the most common were nausea" gave
    nausea the 44.8%."""
    got = [(o.adverse_event, o.percent) for o in run(
        "Adverse events occurred in 97.4% of patients, grade 3 or higher in 44.8%; the most common were nausea "
        "(80.2%) and fatigue (56.9%).", title="Gefitinib in NSCLC.").outcomes]
    assert [(e and e.split("-")[-1], p) for e, p in got] == [
        (None, Decimal("97.4")), (None, Decimal("44.8")), ("nausea", Decimal("80.2")), ("fatigue", Decimal("56.9"))]


def test_outcome_rules_found_too_eager_in_review() -> None:
    """The sentence's own drugs order a "16% vs 33%" pair; "chemotherapy-naive" names no arm;
    "not significant" of another endpoint past "whereas" says nothing of the hazard ratio;
    "HR-positive" is no hazard ratio."""
    from kg.extract import extract
    from tests.extract.helpers import SHIPPED, document

    def outcomes(text: str) -> list[OutcomeMeasurement]:
        return list(extract(document(text, "A study."), SHIPPED).outcomes)

    [first, second] = outcomes("Fatigue (16% vs 33%) was less frequent with nivolumab than with docetaxel.")
    assert (first.percent, first.drug, second.percent, second.drug) == (
        Decimal("16"), "DRUGBANK:DB09035", Decimal("33"), "DRUGBANK:DB01248")
    [naive] = outcomes("The objective response rate to cabozantinib was 40% in chemotherapy-naive patients.")
    assert (naive.drug, naive.arm) == ("DRUGBANK:DB08875", None)
    [hazard] = [o for o in outcomes("The hazard ratio for progression was 0.45 (95% CI, 0.30 to 0.60), whereas the "
                                    "difference in overall survival was not significant.") if o.hazard_ratio]
    # (not the other result's "not significant"; its own interval, clear of 1, says significant)
    assert (hazard.hazard_ratio, hazard.significant) == (Decimal("0.45"), True)
    assert [o.hazard_ratio for o in outcomes("Among HR-positive patients aged 65 years, median progression-free "
                                             "survival with ribociclib was 20.1 months.")] == [None]


def test_disease_and_event_free_survival_are_endpoints() -> None:
    """Found by a seventh new user: an adjuvant trial's disease-free survival hazard ratio was lost."""
    outcomes = run(
        "Disease-free survival did not differ with gefitinib (hazard ratio, 1.02; 95% CI, 0.85 to 1.23; P=0.80). "
        "Median EFS was 24.1 months.", title="Adjuvant gefitinib in NSCLC.").outcomes
    assert [(o.endpoint, o.statistic, o.hazard_ratio, o.value) for o in outcomes] == [
        ("kgr:endpoint-disease-free-survival", "hazard ratio", Decimal("1.02"), None),
        ("kgr:endpoint-event-free-survival", "median", None, Decimal("24.1"))]


def test_a_phrase_s_without_denies_no_measured_effect() -> None:
    """Found by an oncology user: "patients without a BRCA mutation … HR 0.62" and "alive
    without disease progression … 75.8%" were negated, the second also read as progression."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document(
        "Olaparib prolonged PFS in patients with BRCA-mutated ovarian cancer. In patients without a BRCA mutation, "
        "olaparib provided a smaller PFS benefit (HR 0.62; 95% CI 0.44-0.87). The percentage of patients alive "
        "without disease progression at 12 months was 75.8% with olaparib. Olaparib did not improve overall "
        "survival (HR 0.95)."), SHIPPED, load_tagger())
    assert [(o.endpoint, o.statistic, str(o.hazard_ratio or o.percent), o.evidence.negated)
            for o in extraction.outcomes if o.statistic != "qualitative"] == [
        ("kgr:endpoint-progression-free-survival", "hazard ratio", "0.62", False),
        ("kgr:endpoint-progression-free-survival", "rate", "75.8", False),
        ("kgr:endpoint-overall-survival", "hazard ratio", "0.95", True)]


def test_odds_ratios_and_relative_risks_are_recorded() -> None:
    """Found by a pharmacovigilance user: no odds ratio was stored (2.8, 6.2, 16.9 …), the
    effect size of most safety studies. "OR" counts in capitals only."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document(
        "Carriers of the HLA-DQB1 126Q variant had a higher risk of agranulocytosis on clozapine (OR 16.9; 95% CI "
        "4.2-68.0; P<0.001). Vancomycin plus piperacillin-tazobactam increased the risk of acute kidney injury "
        "(relative risk 1.8, 95% CI 1.3-2.5). Complete response or partial response was seen in 30%."),
        SHIPPED, load_tagger())
    assert [(o.statistic, o.adverse_event, str(o.value), str(o.ci_lower), str(o.ci_upper), o.p_value)
            for o in extraction.outcomes if o.statistic in ("odds ratio", "relative risk")] == [
        ("odds ratio", "MONDO:0001609", "16.9", "4.2", "68.0", "<0.001"),
        ("relative risk", "MONDO:0002492", "1.8", "1.3", "2.5", None)]


def test_review_of_the_ratios() -> None:
    """Found in review: each ratio is its own event's, below 1 a reduction; "OR" in running
    text ("returned to the OR 2 days later") is no statistic; "adjusted risk ratio" is a
    relative risk; mid-dot decimals."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def ratios(text: str) -> list[tuple[object, ...]]:
        return [(o.statistic, o.adverse_event, str(o.value), o.effect)
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes if o.value is not None]

    assert ratios("Fluoroquinolone exposure was associated with aortic aneurysm (OR, 2.43; 95% CI, 1.56-3.79) and "
                  "with aortic dissection (OR, 1.66; 95% CI, 1.12-2.46).") == [
        ("odds ratio", "MONDO:0005160", "2.43", "increased"), ("odds ratio", "MESH:D000784", "1.66", "increased")]
    assert ratios("After anastomotic leak, patients receiving gemcitabine returned to the OR 2 days later.") == []
    assert ratios("Statin use was associated with dementia (adjusted risk ratio 0.79).") == [
        ("relative risk", "MONDO:0001627", "0.79", "reduced")]
    assert ratios("Tamoxifen was associated with endometrial cancer (OR 0·45).") == [
        ("odds ratio", "MONDO:0021251", "0.45", "reduced")]


def test_a_ratio_names_what_it_measures_before_its_value() -> None:
    """Found in review: "the odds ratio for hepatotoxicity with isoniazid was 2.3" recorded
    nothing, the event standing between the statistic and its number."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def ratios(text: str) -> list[tuple[object, ...]]:
        return [(o.statistic, o.drug, o.adverse_event, str(o.value), str(o.ci_lower), str(o.ci_upper), o.p_value)
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes if o.value is not None]

    assert ratios("The odds ratio for hepatotoxicity with isoniazid was 2.3 (95% CI 1.4-3.8).") == [
        ("odds ratio", "DRUGBANK:DB00951", "kgr:ae-hepatotoxicity", "2.3", "1.4", "3.8", None)]
    assert ratios("Rash was common, but the adjusted odds ratio for major bleeding with warfarin was 1.8 "
                  "(95% CI 1.2-2.7; P = 0.004).") == [
        ("odds ratio", "DRUGBANK:DB00682", "kgr:ae-hemorrhage", "1.8", "1.2", "2.7", "0.004")]
    assert ratios("The relative risk of hepatotoxicity was 0.6 with isoniazid.") == [
        ("relative risk", "DRUGBANK:DB00951", "kgr:ae-hepatotoxicity", "0.6", "None", "None", None)]


def test_arms_differences_and_rates_as_trials_report_them() -> None:
    """Found by two new users: a dose-ranging trial's per-arm rates had no arm; "1.7% of
    placebo recipients" and "with bosutinib (21.1%)" went to the first drug; "was reached by
    40.8%" was a relative change; "difference, 12.2 percentage points" was a 12.2% rate and
    a difference below zero lost its interval."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def outcomes(text: str) -> list[tuple[object, ...]]:
        return [(o.statistic, o.drug, o.arm and o.arm.label, o.arm and o.arm.size, str(o.percent or o.value), o.unit,
                 o.ci_lower and str(o.ci_lower), o.ci_upper and str(o.ci_upper), o.p_value)
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    ponatinib, asciminib, bosutinib, lecanemab = ("DRUGBANK:DB08901", "DRUGBANK:DB12597", "DRUGBANK:DB06616",
                                                  "DRUGBANK:DB14580")
    assert outcomes("In this randomized phase 2 trial, 283 patients were assigned to ponatinib at doses of 45 mg "
                    "(n=94) or 15 mg (n=94) daily. Nausea occurred in 5.3% of patients in the 45 mg arm and 3.2% in "
                    "the 15 mg arm.") == [
        ("rate", ponatinib, "45 mg daily", 94, "5.3", None, None, None, None),
        ("rate", ponatinib, "15 mg daily", 94, "3.2", None, None, None, None)]
    assert outcomes("Nausea occurred in 12.6% of lecanemab recipients and 1.7% of placebo recipients.") == [
        ("rate", lecanemab, None, None, "12.6", None, None, None, None),
        ("rate", None, "placebo", None, "1.7", None, None, None, None)]
    assert outcomes("Rash was less frequent with asciminib (5.8%) than with bosutinib (21.1%).") == [
        ("rate", asciminib, None, None, "5.8", None, None, None, None),
        ("rate", bosutinib, None, None, "21.1", None, None, None, None)]
    assert outcomes("Complete response was reached by 40.8% of patients on asciminib.") == [
        ("rate", asciminib, None, None, "40.8", None, None, None, None)]
    assert outcomes("The response rate was 25.5% with asciminib and 13.2% with bosutinib (difference, 12.2 "
                    "percentage points; 95% CI, 2.19-22.30; P=0.029).") == [
        ("rate", asciminib, None, None, "25.5", None, None, None, None),
        ("rate", bosutinib, None, None, "13.2", None, None, None, None),
        ("difference", asciminib, None, None, "12.2", "percentage points", "2.19", "22.30", "0.029")]
    assert outcomes("Overall survival was longer with asciminib (difference, −4.0 months; 95% CI, −7.3 to −0.6; "
                    "P=0.02).") == [
        ("difference", asciminib, None, None, "-4.0", "months", "-7.3", "-0.6", "0.02")]


def test_endpoints_beyond_oncology() -> None:
    """Found by new users in neurology, psychiatry and haematology: their trials' primary
    results had no endpoint, and "hospitalization for heart failure" made the drug cause
    heart failure."""
    from kg.extract import extract, load_pair_model, load_tagger
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document(
        "Hospitalization for heart failure occurred in 5.2% with dapagliflozin and 7.1% with placebo. "
        "All-cause mortality was 12.1% with dapagliflozin. Remission was reached by 36.0% with esketamine. "
        "Major molecular response (MMR) at 12 months was 25.5% with asciminib; MMR was durable in 90%. "
        "Undetectable minimal residual disease was achieved in 62.4% with venetoclax. "
        "Discontinuation because of adverse events was less frequent with asciminib (5.8%) than with bosutinib (21.1%)."),
        SHIPPED, load_tagger(), load_pair_model())
    assert [(o.endpoint.removeprefix("kgr:endpoint-"), o.drug, str(o.percent)) for o in extraction.outcomes] == [
        ("heart-failure-hospitalization", "DRUGBANK:DB06292", "5.2"), ("heart-failure-hospitalization", None, "7.1"),
        ("all-cause-mortality", "DRUGBANK:DB06292", "12.1"), ("remission", "DRUGBANK:DB11823", "36.0"),
        ("major-molecular-response", "DRUGBANK:DB12597", "25.5"), ("major-molecular-response", "DRUGBANK:DB12597", "90"),
        ("mrd-negativity", "DRUGBANK:DB11581", "62.4"), ("ae-discontinuation", "DRUGBANK:DB12597", "5.8"),
        ("ae-discontinuation", "DRUGBANK:DB06616", "21.1")]
    assert not [a for a in extraction.assertions if a.predicate == "causesAdverseEvent"]


def test_changes_in_a_measure_per_arm() -> None:
    """Found by a neurology user: "Monthly migraine days were reduced by 3.1 days with
    erenumab 70 mg …, compared with 1.7 days with placebo" and "the mean change in MADRS
    score was -19.8 with esketamine 84 mg … and -15.8 with placebo plus escitalopram" gave
    nothing; "a 50% or greater reduction" was a 50% rate, "a 27% slowing" a 27% rate;
    "Remission, defined as a MADRS score of 12 or less, was reached by 36.0%" was MADRS's;
    "odds ratio for 140 mg, 2.51" was lost."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def outcomes(text: str) -> list[tuple[object, ...]]:
        return [(o.endpoint.removeprefix("kgr:endpoint-"), o.statistic, o.drug, o.arm and o.arm.label,
                 str(o.percent or o.value), o.unit) for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    erenumab, esketamine = "DRUGBANK:DB14039", "DRUGBANK:DB11823"
    assert outcomes("We randomly assigned 912 adults with migraine to erenumab 70 mg monthly (n=304), erenumab 140 mg "
                    "monthly (n=305), or placebo (n=303). Monthly migraine days were reduced by 3.1 days with "
                    "erenumab 70 mg and by 3.6 days with erenumab 140 mg, compared with 1.7 days with placebo. A 50% "
                    "or greater reduction in monthly migraine days was achieved by 41.8% of patients in the 70 mg "
                    "group (odds ratio for 140 mg, 2.51).") == [
        ("monthly-migraine-days", "change", erenumab, "70 mg monthly", "3.1", "days"),
        ("monthly-migraine-days", "change", erenumab, "140 mg monthly", "3.6", "days"),
        ("monthly-migraine-days", "change", None, "placebo", "1.7", "days"),
        # the responder rate is an endpoint of its own (2026-12-03)
        ("migraine-50-responder", "rate", erenumab, "70 mg monthly", "41.8", None),
        ("migraine-50-responder", "odds ratio", erenumab, None, "2.51", None)]
    assert outcomes("The mean change in MADRS score was -19.8 with esketamine 84 mg and -15.8 with placebo plus "
                    "escitalopram. Remission, defined as a MADRS score of 12 or less, was reached by 36.0% with "
                    "esketamine. Esketamine slowed decline on the MADRS by 0.45 points, a 27% slowing.") == [
        ("madrs", "change", esketamine, "84 mg", "-19.8", None),
        ("madrs", "change", None, "placebo", "-15.8", None),
        ("remission", "rate", esketamine, None, "36.0", None),
        ("madrs", "relative change", esketamine, None, "27", "percent"),
        ("madrs", "change", esketamine, None, "0.45", "points")]


def test_review_of_differences_sizes_and_arms() -> None:
    """Found in review: a difference took the number of its time point ("from baseline to day
    28 was -4.0" gave 28, "at week 8 was 12%" gave 8); "In a previous trial, 40 patients" and
    "the literature on 45 patients" were the paper's size and "12 patients … underwent" beat
    "This study included 148 patients"; "sertraline titrated to 200 mg" lost its arm."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def differences(text: str) -> list[tuple[object, ...]]:
        return [(str(o.value), o.unit, o.ci_lower and str(o.ci_lower)) for o in
                extract(document(text), SHIPPED, load_tagger()).outcomes if o.statistic in ("difference", "rate")]

    assert differences("The mean difference in MADRS score from baseline to day 28 was -4.0 points.") == [
        ("-4.0", "points", None)]
    assert differences("The difference in remission rate at week 8 was 12% (95% CI, 3 to 21).") == [
        ("12", "percentage points", "3")]

    def study(abstract: str) -> tuple[object, ...] | None:
        found = run(abstract, title="A trial.").study
        return found and (found.sample_size, [(a.label, a.drug) for a in found.arms])

    assert study("In a previous trial, 40 patients with melanoma received vemurafenib. We report the results of "
                 "gefitinib in melanoma.") == (None, [])
    assert study("We report a new case and review the literature on 45 patients with melanoma.") == (None, [])
    assert study("This study included 148 patients; 12 patients with melanoma underwent surgery.") == (148, [])
    assert study("Patients were randomized to placebo or gefitinib titrated to 200 mg daily for 12 weeks.") == (
        None, [("200 mg daily", "CHEBI:49668"), ("placebo", None)])


def test_cardiometabolic_trials() -> None:
    """Found by a cardiometabolic user: body weight, LDL-C and worsening heart failure had no
    endpoint ("Semaglutide produced dose-dependent reductions in body weight in type 2
    diabetes" made it cause the diabetes), "(adjusted OR, 2.84" and "(aRR 1.5)" were lost or
    an odds ratio, "2950 patients hospitalized for … were assigned" no size, the background
    statin an arm; "oral escitalopram" was citalopram. Found in review: "body weight gain"
    is the harm, a threshold ("body weight ≤60 kg", "above 100 mg/dL") no change, "mg/dL"
    no dose."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document(
        "Semaglutide produced dose-dependent reductions in body weight in type 2 diabetes. Body weight was reduced "
        "by 4.1 kg with semaglutide 0.5 mg and by 1.0 kg with placebo. Worsening heart failure events were "
        "reduced with dapagliflozin (hazard ratio, 0.77; 95% CI, 0.65 to 0.91). LDL-C was lowered by 61.3% with "
        "evolocumab. Empagliflozin was associated with genital infection (adjusted OR, 2.84; 95% CI, 2.10 to 3.84) "
        "and with ketoacidosis (aRR 1.5). Oral escitalopram was added."), SHIPPED, load_tagger())
    assert [(o.endpoint.removeprefix("kgr:endpoint-"), o.statistic, o.drug, str(o.value or o.hazard_ratio))
            for o in extraction.outcomes] == [
        ("body-weight", "change", "DRUGBANK:DB13928", "4.1"), ("body-weight", "change", None, "1.0"),
        ("worsening-heart-failure", "hazard ratio", "DRUGBANK:DB06292", "0.77"),
        ("ldl-cholesterol", "relative change", "DRUGBANK:DB09303", "61.3"),
        ("adverse-event-rate", "odds ratio", "DRUGBANK:DB09038", "2.84"),
        ("adverse-event-rate", "relative risk", "DRUGBANK:DB09038", "1.5")]
    assert not [a for a in extraction.assertions if a.predicate == "causesAdverseEvent"
                and a.object in ("MONDO:0005148", "MONDO:0005252")]
    assert [m.curie for m in extraction.mentions if m.text == "escitalopram"] == ["DRUGBANK:DB01175"]
    review = extract(document(
        "Olanzapine caused body weight gain in 30% of patients. Patients with body weight ≤60 kg had reduced "
        "bleeding. Baseline LDL-C above 100 mg/dL was reduced with evolocumab."), SHIPPED, load_tagger())
    assert [(o.adverse_event or o.endpoint, o.statistic, str(o.percent or o.value), o.arm) for o in review.outcomes] == [
        ("MESH:D015430", "rate", "30", None)]

    found = run("In this trial, 2950 patients hospitalized for acute myocardial infarction and receiving gefitinib "
                "80 mg daily were assigned to vemurafenib 140 mg every 2 weeks or placebo.", title="A trial.").study
    assert found is not None
    assert (found.sample_size, [(a.label, a.drug) for a in found.arms]) == (
        2950, [("140 mg every 2 weeks", "CHEBI:63637"), ("placebo", None)])


def test_a_comparison_names_its_comparator() -> None:
    """Found by a cardiometabolic user: no record named its comparator ("less frequent with
    apixaban than with warfarin (hazard ratio, 0.69)"), and a hazard ratio in brackets after
    the comparator went to it."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def compared(text: str) -> list[tuple[object, ...]]:
        return [(o.statistic, o.drug, o.comparator_arm and (o.comparator_arm.label, o.comparator_arm.drug),
                 str(o.hazard_ratio or o.value or o.percent)) for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    apixaban, warfarin = "DRUGBANK:DB06605", "DRUGBANK:DB00682"
    assert compared("Major bleeding was less frequent with apixaban than with warfarin (hazard ratio, 0.69).") == [
        ("hazard ratio", apixaban, ("warfarin", warfarin), "0.69")]
    assert compared("Progression-free survival was longer with olaparib than with placebo (hazard ratio 0.30).") == [
        ("hazard ratio", "DRUGBANK:DB09074", ("placebo", None), "0.30")]
    assert compared("Major bleeding occurred in 2.3% with apixaban and 3.9% with warfarin (hazard ratio, 0.59).") == [
        # the arms the numbers name are the ratio's (2026-12-03)
        ("rate", apixaban, None, "2.3"), ("rate", warfarin, None, "3.9"),
        ("hazard ratio", apixaban, ("warfarin", warfarin), "0.59")]


def test_review_of_comparators_qualified_rates_and_times() -> None:
    """Found in review: a qualified rate in brackets ("with warfarin (approximately 3%)") went
    to the other drug; "versus placebo added to metformin" made metformin the comparator and
    "over 12 weeks with aspirin" aspirin; "the median time to response was 7 days" was a
    change; "12 patients receiving rescue insulin were analyzed separately" the trial's size."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def outcomes(text: str) -> list[tuple[object, ...]]:
        return [(o.statistic, o.drug, o.comparator_arm and o.comparator_arm.label, str(o.percent or o.hazard_ratio))
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    assert outcomes("Nausea was less frequent with apixaban (<1%) than with warfarin (approximately 3%).") == [
        ("rate", "DRUGBANK:DB06605", None, "1"), ("rate", "DRUGBANK:DB00682", None, "3")]
    assert outcomes("Dapagliflozin added to metformin versus placebo added to metformin reduced mortality "
                    "(hazard ratio, 0.8).") == [("hazard ratio", "DRUGBANK:DB06292", "placebo", "0.8")]
    assert outcomes("Rivaroxaban was given over 12 weeks with aspirin and reduced mortality (hazard ratio, 0.8).") == [
        ("hazard ratio", "DRUGBANK:DB06228", None, "0.8")]
    assert outcomes("The median time to response was 7 days with esketamine, which improved response.") == [
        ("qualitative", "DRUGBANK:DB11823", None, "None")]
    found = run("In this trial, 12 patients receiving rescue insulin were analyzed separately. A total of 620 patients "
                "were randomly assigned to gefitinib or placebo.", title="A trial.").study
    assert found is not None and found.sample_size == 620


def test_immunology_and_infectious_disease_users_arms_strata_and_endpoints() -> None:
    """Found by immunology and infectious-disease users (2026-12-03): "2% of dolutegravir
    recipients and 10% of efavirenz recipients" gave both rates to dolutegravir; "21.5%
    among patients receiving placebo" and "37.2% of those who received placebo" were the
    drug's; "69.4% of patients who received 5 mg …" had no arm; "86.1% of patients without
    M184V" counted carriers, as did "97.1% of those without"; "and PASI 90 by 54.2%" was a
    relative change; PASI 75, PASI 90, ACR20, IGA 0/1 and SVR12 were no endpoints."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def rates(text: str) -> list[tuple[object, ...]]:
        return [(o.endpoint.removeprefix("kgr:endpoint-"), o.statistic, o.drug, o.arm and o.arm.label,
                 o.mutation and o.mutation.rsplit("-", 1)[-1], o.stratum_has_mutation, str(o.percent or o.value))
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    dolutegravir, efavirenz = "DRUGBANK:DB08930", "DRUGBANK:DB00625"
    assert rates("Discontinuation due to adverse events occurred in 2% of dolutegravir recipients and 10% of "
                 "efavirenz recipients.") == [("ae-discontinuation", "rate", dolutegravir, None, None, None, "2"),
                                             ("ae-discontinuation", "rate", efavirenz, None, None, None, "10")]
    assert rates("Serious infections occurred in 1.7% of adalimumab-treated patients and 0.8% of "
                 "ustekinumab-treated patients.") == [
        ("adverse-event-rate", "rate", "DRUGBANK:DB00051", None, None, None, "1.7"),
        ("adverse-event-rate", "rate", "DRUGBANK:DB05679", None, None, None, "0.8")]
    infliximab = "DRUGBANK:DB00065"
    assert rates("Clinical response at week 8 occurred in 69.4% of patients who received 5 mg of infliximab per "
                 "kilogram and 61.5% of those who received 10 mg per kilogram, as compared with 37.2% of those who "
                 "received placebo.") == [("response", "rate", infliximab, "5 mg", None, None, "69.4"),
                                          ("response", "rate", infliximab, "10 mg/kg", None, None, "61.5"),
                                          ("response", "rate", None, "placebo", None, None, "37.2")]
    assert rates("Clinical response rates with ustekinumab were 34.3%, as compared with 21.5% among patients "
                 "receiving placebo.")[1] == ("response", "rate", None, "placebo", None, None, "21.5")
    assert rates("Virologic response occurred in 78.4% of patients with M184V and in 86.1% of patients without "
                 "M184V (p=0.04).") == [("virologic-response", "rate", None, None, "M184V", True, "78.4"),
                                        ("virologic-response", "rate", None, None, "M184V", False, "86.1")]
    assert rates("SVR12 was achieved by 84.2% (32/38) of patients with Y93H and 97.1% of those without.") == [
        ("svr", "rate", None, None, "Y93H", True, "84.2"), ("svr", "rate", None, None, "Y93H", False, "97.1")]
    secukinumab = "DRUGBANK:DB09029"
    assert rates("At week 12, PASI 75 was achieved by 77.1% of patients receiving secukinumab 300 mg and 4.5% of "
                 "patients receiving placebo, and PASI 90 by 54.2%.") == [
        ("pasi75", "rate", secukinumab, "300 mg", None, None, "77.1"),
        ("pasi75", "rate", None, "placebo", None, None, "4.5"),
        ("pasi90", "rate", secukinumab, "300 mg", None, None, "54.2")]
    # … while a change measured "by" stays a change.
    assert rates("Semaglutide reduced body weight by 15%.") == [
        ("body-weight", "relative change", "DRUGBANK:DB13928", None, None, None, "15")]
    assert rates("ACR20 was achieved by 64% of patients receiving upadacitinib 15 mg and 36% receiving placebo.") == [
        ("acr20", "rate", "DRUGBANK:DB15091", "15 mg", None, None, "64"),
        ("acr20", "rate", None, "placebo", None, None, "36")]
    assert [r[0] for r in rates("IGA 0/1 was achieved by 38% with dupilumab; sputum culture conversion occurred "
                                "in 54.1% with bedaquiline.")] == ["iga-0-1", "culture-conversion"]


def test_when_a_result_was_measured_and_the_study_s_phase_and_size() -> None:
    """Found by immunology and infectious-disease users (2026-12-03): no record had its
    timepoint ("At week 16", "at week 52"), "phase 3b" no phase, "We retrospectively studied
    286 patients" no size."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def timed(text: str) -> list[tuple[object, ...]]:
        return [(o.statistic, str(o.percent or o.hazard_ratio), o.timepoint)
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    assert timed("Clinical remission at week 8 occurred in 18% with vedolizumab, and at week 52 in 42%.") == [
        ("rate", "18", "week 8"), ("rate", "42", "week 52")]
    assert timed("The objective response rate was 45% with imatinib at 12 months.") == [("rate", "45", "12 months")]
    # a follow-up's length, or people counted, is no timepoint
    assert timed("Progression-free survival was longer with gefitinib (hazard ratio 0.48) after a median follow-up "
                 "of 24 months.") == [("hazard ratio", "0.48", None)]
    assert timed("In 12 patients, the response rate was 50% with imatinib.") == [("rate", "50", None)]
    study = run("A total of 158 patients with chronic hepatitis B were enrolled in this phase 3b trial.",
                title="A trial.").study
    assert study is not None and (study.sample_size, study.phase) == (158, "3")
    study = run("We retrospectively studied 286 patients with rifampicin-resistant tuberculosis.", title="A cohort.").study
    assert study is not None and study.sample_size == 286


def test_review_of_the_immunology_and_infectious_disease_rules() -> None:
    """Found in review (2026-12-03): "70% in those without" after "those with prior
    immunotherapy" was read as non-carriers of the sentence's mutation; "… and sacubitril-
    valsartan reduced hospitalization by 21%" as a rate after an earlier "achieved by"; "17%
    in patients who had been treated with sunitinib" as sunitinib's; a list of endpoints
    ("ACR 20, ACR 50 and ACR 70 … 60%, 40% and 20%") gave every number to the last; and
    "treatment failure … 12%" was treatment success's."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def rates(text: str) -> list[tuple[object, ...]]:
        return [(o.endpoint.removeprefix("kgr:endpoint-"), o.statistic, o.drug, o.stratum_has_mutation,
                 str(o.percent or o.value)) for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    assert rates("Among patients with BRAF V600E, the response rate was 60% in those with prior immunotherapy and "
                 "70% in those without.") == [("response", "rate", None, True, "60"), ("response", "rate", None, True, "70")]
    assert rates("Target dose was achieved by 80% of patients, and sacubitril-valsartan reduced hospitalization for "
                 "heart failure by 21%.") == [    # (80%, of a target dose kg does not know, is no hospitalization's)
        ("heart-failure-hospitalization", "relative change", "DRUGBANK:DB09292", None, "21")]
    assert rates("Objective response with cabozantinib was 17% in patients who had been treated with sunitinib.") == [
        ("objective-response", "rate", "DRUGBANK:DB08875", None, "17")]
    tofacitinib = "DRUGBANK:DB08895"
    assert rates("ACR 20, ACR 50 and ACR 70 responses were achieved by 60%, 40% and 20% of patients receiving "
                 "tofacitinib.") == [("acr20", "rate", tofacitinib, None, "60"), ("acr50", "rate", tofacitinib, None, "40"),
                                     ("acr70", "rate", tofacitinib, None, "20")]
    assert [r[0] for r in rates("ACR50 and ACR70 responses were 45% and 25% with upadacitinib and 15% and 5% with "
                                "placebo.")] == ["acr50", "acr70", "acr50", "acr70"]
    assert [r[0] for r in rates("Treatment failure occurred in 12% of patients and clinical cure in 85% with "
                                "ceftazidime.")] == ["treatment-failure", "treatment-success"]
    # an abbreviation the text defines as something kg does not know is not kg's reading of it
    assert rates("Nitroprusside lowered systemic vascular resistance (SVR) by 25%.") == []


def test_second_review_of_the_session_s_outcomes() -> None:
    """Found in a second review (2026-12-03): "than with docetaxel plus placebo (16% vs. 10%)"
    gave 10% to ramucirumab; an age range ("aged 18 to 75 years") and a treatment's length
    ("for up to 5 years") were timepoints; "4% at week 24 and 9% at week 48" gave the 9% week
    24; "At 24 months after randomization" and "After 12 weeks of treatment" none."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def rates(text: str) -> list[tuple[object, ...]]:
        return [(o.drug, o.arm and o.arm.label, str(o.percent), o.timepoint)
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    assert rates("Rates of febrile neutropenia were higher with docetaxel plus ramucirumab than with docetaxel plus "
                 "placebo (16% vs. 10%).") == [("DRUGBANK:DB05578", None, "16", None), (None, "placebo", "10", None)]
    assert [r[3] for r in rates("Patients aged 18 to 75 years had a response rate of 45% with imatinib.")] == [None]
    assert [r[3] for r in rates("Patients received tofacitinib for up to 5 years; the response rate was 45%.")] == [None]
    assert [r[3] for r in rates("Remission occurred in 4% at week 24 and 9% at week 48 with vedolizumab.")] == [
        "week 24", "week 48"]
    assert [r[3] for r in rates("At 24 months after randomization, the response rate was 45% with imatinib.")] == [
        "24 months"]
    assert [r[3] for r in rates("After 12 weeks of treatment, the response rate was 45% with imatinib.")] == ["12 weeks"]


def test_neurology_user_s_endpoints_ratios_and_rates() -> None:
    """Found by a neurology user (2026-12-03): no multiple sclerosis endpoint was known, the
    disability hazard ratio went to the relapse rate named first, "44 (68%) of 65" lost its
    denominator and the placebo's "19 (30%) of 64" went to efgartigimod, and "Autoimmune
    thyroid disease developed in 16% and immune thrombocytopenia in 1%" gave 16% to the
    thrombocytopenia."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def found(text: str) -> list[tuple[object, ...]]:
        return [(o.endpoint.removeprefix("kgr:endpoint-"), o.statistic, o.arm and o.arm.label, o.adverse_event,
                 o.count, o.denominator, str(o.percent or o.hazard_ratio or o.value))
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    assert [(r[0], r[1], r[6]) for r in found(
        "Ocrelizumab reduced the annualized relapse rate by 46% relative to interferon beta-1a (rate ratio 0.54; 95% "
        "CI 0.40 to 0.72) and the risk of 12-week confirmed disability progression (hazard ratio 0.60; 95% CI 0.45 to "
        "0.81).")] == [("annualized-relapse-rate", "relative change", "46"),
                       ("confirmed-disability-progression", "hazard ratio", "0.60"),
                       ("annualized-relapse-rate", "incidence rate ratio", "0.54")]
    assert found("44 (68%) of 65 AChR antibody-positive patients in the efgartigimod group versus 19 (30%) of 64 in "
                 "the placebo group were MG-ADL responders.") == [
        ("mg-adl-response", "count", None, None, 44, 65, "68"),
        ("mg-adl-response", "count", "placebo", None, 19, 64, "30")]
    assert [r[3] for r in found("Autoimmune thyroid disease developed in 16% and immune thrombocytopenia in 1% of "
                                "patients treated with alemtuzumab.")] == ["MONDO:0005623", "MESH:D016553"]
    assert [m.entity.label for m in extract(document(
        "The EDSS score and gadolinium-enhancing lesions were lower with siponimod."), SHIPPED, load_tagger()).mentions
        if m.type == "Endpoint"] == ["Expanded Disability Status Scale", "gadolinium-enhancing lesions"]


def test_respectively_gives_each_arm_its_number() -> None:
    """Found by neurology and haematology users (2026-12-03): "2.5% and 1.8% of patients
    receiving ofatumumab and teriflunomide, respectively" gave both to ofatumumab; the
    placebo's rate of "with vedolizumab and placebo were 42% and 16%, respectively" went to
    the drug; "lower … than those without (8% vs 24%)" counted the 24% as carriers'."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def rates(text: str) -> list[tuple[object, ...]]:
        return [(o.drug, o.arm and o.arm.label, o.stratum_has_mutation, str(o.percent))
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    assert rates("Serious infections occurred in 2.5% and 1.8% of patients receiving ofatumumab and teriflunomide, "
                 "respectively.") == [("DRUGBANK:DB06650", None, None, "2.5"), ("DRUGBANK:DB08880", None, None, "1.8")]
    assert rates("Remission rates with vedolizumab and placebo were 42% and 16%, respectively.") == [
        ("DRUGBANK:DB09033", None, None, "42"), (None, "placebo", None, "16")]
    assert [r[2] for r in rates("Patients with TP53 mutation had a lower complete remission rate with azacitidine "
                                "than those without (8% vs 24%).")] == [True, False]


def test_third_review_of_respectively() -> None:
    """Found in a third review (2026-12-03): "respectively" split a combination ("nivolumab
    plus ipilimumab … 58% and 19%" of two endpoints), took a dose arm for the wrong number
    ("5% and 2% of patients treated with tofacitinib 10 mg and 5 mg") and a drug the patients
    were refractory to as an arm."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def rates(text: str) -> list[tuple[object, ...]]:
        return [(o.endpoint.removeprefix("kgr:endpoint-"), o.drug, o.arm and o.arm.label, str(o.percent))
                for o in extract(document(text), SHIPPED, load_tagger()).outcomes]

    nivolumab = "DRUGBANK:DB09035"
    assert rates("With nivolumab plus ipilimumab, the objective response and complete response rates were 58% and "
                 "19%, respectively.") == [("objective-response", nivolumab, "nivolumab plus ipilimumab", "58"),
                                          ("complete-response", nivolumab, "nivolumab plus ipilimumab", "19")]
    assert [r[2] for r in rates("Herpes zoster occurred in 5% and 2% of patients treated with tofacitinib 10 mg and "
                                "5 mg, respectively.")] == ["10 mg", "5 mg"]     # (wave 4: the doses, in order)
    assert [r[1] for r in rates("Among patients refractory to lenalidomide, response rates with daratumumab and "
                                "pomalidomide were 31% and 45%, respectively.")] == ["DRUGBANK:DB09331", "DRUGBANK:DB08910"]


def _records(text: str) -> list[dict[str, object]]:
    """The outcomes of ``text`` with the shipped lexicon and tagger, as :func:`fields`."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    return [fields(o) for o in extract(document(text), SHIPPED, load_tagger()).outcomes]


ORR, DOR, PFS = ("kgr:endpoint-objective-response", "kgr:endpoint-duration-of-response",
                 "kgr:endpoint-progression-free-survival")
CAPMATINIB, TEPOTINIB, SOTORASIB, DOCETAXEL = ("DRUGBANK:DB11791", "DRUGBANK:DB15133", "DRUGBANK:DB15569",
                                               "DRUGBANK:DB01248")


def test_an_interval_open_above_is_no_median_not_reached() -> None:
    """Found by a precision-oncology user (2026-12-04): "11.1 months (95% CI, 6.9 to not
    reached)" gave a median not reached and lost 11.1; the open bound has no number to store."""
    assert _records("The median duration of response (DOR) was 11.1 months (95% CI, 6.9 to not reached).") == [
        {"endpoint": DOR, "statistic": "median", "value": Decimal("11.1"), "unit": "months", "ci_lower": Decimal("6.9")}]
    assert _records("Median overall survival was not reached (95% CI, 20.1 to NR) with osimertinib.") == [
        {"endpoint": "kgr:endpoint-overall-survival", "statistic": "median", "drug": "DRUGBANK:DB09330",
         "ci_lower": Decimal("20.1"), "qualifier": "not reached"}]


def test_plural_orrs_respectively_of_this_or_the_last_sentence_s_drugs() -> None:
    """Found by a precision-oncology user (2026-12-04): "the ORRs were 41.0% and 45.8% …,
    respectively" gave no record ("ORRs" was no endpoint), and after a sentence naming the two
    drugs both rates would have been the first's."""
    expected = [{"endpoint": ORR, "statistic": "rate", "drug": CAPMATINIB, "percent": Decimal("41.0")},
                {"endpoint": ORR, "statistic": "rate", "drug": TEPOTINIB, "percent": Decimal("45.8")}]
    assert _records("In the phase 2 trials, the ORRs were 41.0% and 45.8% with capmatinib and tepotinib, "
                    "respectively.") == expected
    assert _records("Capmatinib and tepotinib were studied in MET exon 14 NSCLC. The ORRs were 41.0% and 45.8%, "
                    "respectively.") == expected


def test_a_listing_of_drug_and_rate_gives_each_rate_the_drug_before_it() -> None:
    """Found by a precision-oncology user (2026-12-04): "(capmatinib 51%, tepotinib 63%)" gave
    63% to capmatinib."""
    edema = {"endpoint": "kgr:endpoint-adverse-event-rate", "statistic": "rate", "adverse_event": "kgr:ae-edema"}
    assert _records("Peripheral edema occurred frequently (capmatinib 51%, tepotinib 63%).") == [
        {**edema, "drug": CAPMATINIB, "percent": Decimal("51")}, {**edema, "drug": TEPOTINIB, "percent": Decimal("63")}]
    assert _records("Peripheral edema occurred frequently (capmatinib: 51%; tepotinib: 63%).") == [
        {**edema, "drug": CAPMATINIB, "percent": Decimal("51")}, {**edema, "drug": TEPOTINIB, "percent": Decimal("63")}]


def test_a_clause_after_whereas_takes_its_own_drug_and_a_combination_is_an_arm() -> None:
    """Found by a precision-oncology user (2026-12-04): "…, whereas amivantamab plus
    lazertinib produced an ORR of 36%" gave 36% to osimertinib, and "19% with adagrasib
    monotherapy and 46% with adagrasib plus cetuximab" gave both to adagrasib with no arm. A
    drug the patients had before opens no clause's arm."""
    assert _records("Osimertinib plus savolitinib had an ORR of 49% in this setting, whereas amivantamab plus "
                    "lazertinib produced an ORR of 36%.") == [
        {"endpoint": ORR, "statistic": "rate", "drug": "DRUGBANK:DB09330", "arm": "osimertinib plus savolitinib",
         "percent": Decimal("49")},
        {"endpoint": ORR, "statistic": "rate", "drug": "DRUGBANK:DB16695", "arm": "amivantamab plus lazertinib",
         "percent": Decimal("36")}]
    kras = {"endpoint": ORR, "statistic": "rate", "drug": "DRUGBANK:DB15568", "mutation": "kgr:mutation-KRAS-G12C",
            "stratum_has_mutation": True}
    assert _records("In patients with KRAS G12C-mutated colorectal cancer, the ORR was 19% with adagrasib "
                    "monotherapy and 46% with adagrasib plus cetuximab.") == [
        {**kras, "arm": "adagrasib monotherapy", "percent": Decimal("19")},
        {**kras, "arm": "adagrasib plus cetuximab", "percent": Decimal("46")}]
    assert [r["drug"] for r in _records("Lorlatinib had an ORR of 60% in treatment-naive patients, whereas in "
                                        "patients previously treated with crizotinib the ORR was 30%.")] == [
        "DRUGBANK:DB12130", "DRUGBANK:DB12130"]


def test_each_median_with_its_own_endpoint_and_arm() -> None:
    """Found by a precision-oncology user (2026-12-04): "(median 5.6 months vs 4.5 months; HR
    0.66 …)" kept only the hazard ratio, and a sentence with a rate lost its medians ("the
    ORR was 37.1%, the median DOR was …, and the median PFS was …")."""
    medians = [
        {"endpoint": PFS, "statistic": "median", "drug": SOTORASIB, "arm": "sotorasib", "comparator_arm": "docetaxel",
         "value": Decimal("5.6"), "unit": "months"},
        {"endpoint": PFS, "statistic": "median", "drug": DOCETAXEL, "arm": "docetaxel", "comparator_arm": "sotorasib",
         "value": Decimal("4.5"), "unit": "months"}]
    hazard = {"endpoint": PFS, "statistic": "hazard ratio", "drug": SOTORASIB, "comparator_arm": "docetaxel", "hazard_ratio": Decimal("0.66"),
              "ci_lower": Decimal("0.51"), "ci_upper": Decimal("0.86"), "significant": True}
    # (the ratio's comparator is the arm the second median names, since 2026-12-03)
    assert _records("Median PFS was 5.6 months with sotorasib vs 4.5 months with docetaxel (HR 0.66; 95% CI, 0.51 "
                    "to 0.86).") == [*medians, {**hazard, "comparator_arm": "docetaxel"}]
    assert _records("Sotorasib improved PFS over docetaxel (median 5.6 months vs 4.5 months; HR 0.66; 95% CI, 0.51 "
                    "to 0.86).") == [*medians, {**hazard, "effect": "improved"}]
    assert _records("With sotorasib, the ORR was 37.1%, the median duration of response was 11.1 months, and the "
                    "median PFS was 6.8 months.") == [
        {"endpoint": ORR, "statistic": "rate", "drug": SOTORASIB, "percent": Decimal("37.1")},
        {"endpoint": DOR, "statistic": "median", "drug": SOTORASIB, "value": Decimal("11.1"), "unit": "months"},
        {"endpoint": PFS, "statistic": "median", "drug": SOTORASIB, "value": Decimal("6.8"), "unit": "months"}]
    assert _records("Median overall survival was not reached (95% CI, 20.1 months to NR) with osimertinib.") == [
        {"endpoint": "kgr:endpoint-overall-survival", "statistic": "median", "drug": "DRUGBANK:DB09330",
         "qualifier": "not reached"}]


def test_intracranial_endpoints_are_their_own() -> None:
    """Found by a precision-oncology user (2026-12-04): "the intracranial ORR was 80%" and
    "median intracranial duration of response" were the systemic endpoints."""
    lorlatinib = "DRUGBANK:DB12130"
    assert _records("With lorlatinib, the intracranial ORR was 80% and the ORR was 57%.") == [
        {"endpoint": "kgr:endpoint-intracranial-objective-response", "statistic": "rate", "drug": lorlatinib,
         "percent": Decimal("80")},
        {"endpoint": ORR, "statistic": "rate", "drug": lorlatinib, "percent": Decimal("57")}]
    assert _records("The intracranial objective response rate was 64% and the median intracranial duration of "
                    "response was 12.4 months with lorlatinib.") == [
        {"endpoint": "kgr:endpoint-intracranial-objective-response", "statistic": "rate", "drug": lorlatinib,
         "percent": Decimal("64")},
        {"endpoint": "kgr:endpoint-intracranial-duration-of-response", "statistic": "median", "drug": lorlatinib,
         "value": Decimal("12.4"), "unit": "months"}]
    assert [r["endpoint"] for r in _records("Median CNS PFS was not reached with osimertinib.")] == [
        "kgr:endpoint-intracranial-progression-free-survival"]


def test_hyphenated_ctcae_events_are_events() -> None:
    """Found by an oncology user: CTCAE writes "Infusion related reaction", abstracts
    "infusion-related reactions (66%)", which was no event, so the 66% went to paronychia."""
    from kg.extract import extract
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document("Infusion-related reactions occurred in 66% of patients and injection-site reactions "
                                  "in 12% with amivantamab."), SHIPPED)
    assert [(o.adverse_event, str(o.percent)) for o in extraction.outcomes] == [
        ("kgr:ae-infusion-related-reaction", "66"), ("kgr:ae-injection-site-reaction", "12")]
MEPOLIZUMAB, PLACEBO_ARM = "DRUGBANK:DB06612", {"arm": "placebo"}


def test_annualized_rates_told_as_bare_numbers_per_arm() -> None:
    """Found by a respiratory user (2026-12-05): "The annualized exacerbation rate was 0.83 with
    subcutaneous mepolizumab … as compared with 1.74 with placebo" gave nothing. Bare numbers
    are rates only of endpoints counted per patient-year."""
    rate = {"endpoint": "kgr:endpoint-exacerbation-rate", "statistic": "annualized rate"}
    assert _records("The annualized exacerbation rate was 0.83 with subcutaneous mepolizumab and 0.93 with "
                    "intravenous mepolizumab, as compared with 1.74 with placebo.") == [
        {**rate, "drug": MEPOLIZUMAB, "arm": "subcutaneous mepolizumab", "comparator_arm": "placebo",
         "value": Decimal("0.83")},
        {**rate, "drug": MEPOLIZUMAB, "arm": "intravenous mepolizumab", "comparator_arm": "placebo",
         "value": Decimal("0.93")},
        {**rate, **PLACEBO_ARM, "value": Decimal("1.74")}]
    # an active comparator is the control named last
    arr = {"endpoint": "kgr:endpoint-annualized-relapse-rate", "statistic": "annualized rate"}
    assert _records("The annualized relapse rate was 0.16 with ocrelizumab and 0.29 with interferon beta-1a.") == [
        {**arr, "drug": "DRUGBANK:DB11988", "arm": "ocrelizumab", "comparator_arm": "interferon beta-1a",
         "value": Decimal("0.16")},
        {**arr, "drug": "DRUGBANK:DB00060", "arm": "interferon beta-1a", "value": Decimal("0.29")}]
    # no bare number of any other endpoint, nor of one arm alone
    assert _records("The objective response was 12 with ocrelizumab and 10 with placebo.") == []
    assert _records("The annualized relapse rate was 0.16 with ocrelizumab.") == []


def test_a_rate_lower_in_one_group_than_in_the_other_with_its_rate_ratio() -> None:
    """Found by a respiratory user (2026-12-05): "The rate of pulmonary exacerbations was 63%
    lower in the ivacaftor group than in the placebo group (rate ratio, 0.37 …)" gave nothing
    (no endpoint) and "than in the placebo group" named no comparator. A relative change is
    stored unsigned, as everywhere ("reduced by 46%")."""
    base = {"endpoint": "kgr:endpoint-exacerbation-rate", "drug": "DRUGBANK:DB08820", "comparator_arm": "placebo"}
    assert _records("The rate of pulmonary exacerbations was 63% lower in the ivacaftor group than in the placebo "
                    "group (rate ratio, 0.37; 95% CI, 0.25 to 0.55).") == [
        {**base, "statistic": "relative change", "value": Decimal("63"), "unit": "percent",
         "effect": "reduced"},
        {**base, "statistic": "incidence rate ratio", "value": Decimal("0.37"), "ci_lower": Decimal("0.25"),
         "ci_upper": Decimal("0.55"), "effect": "reduced", "significant": True}]


def test_measured_endpoints_per_arm_with_their_units_and_differences() -> None:
    """Found by respiratory and transplant users (2026-12-05): "100 ml greater with mepolizumab
    than with placebo" was only an increase, "-114.7 ml with nintedanib and -239.9 ml with
    placebo (difference, 125.3 ml …)" lost the arms and the difference's unit, "64.2 ml/min/1.73
    m2 with belatacept versus 50.5 with cyclosporine" gave nothing."""
    assert _records("In the trial, the mean increase in prebronchodilator FEV1 was 100 ml greater with mepolizumab "
                    "than with placebo.") == [
        {"endpoint": "kgr:endpoint-fev1", "statistic": "difference", "drug": MEPOLIZUMAB, "comparator_arm": "placebo",
         "value": Decimal("100"), "unit": "mL"}]
    fvc, nintedanib = {"endpoint": "kgr:endpoint-fvc", "unit": "mL"}, "DRUGBANK:DB09079"
    assert _records("The annual rate of decline in FVC was -114.7 ml with nintedanib and -239.9 ml with placebo "
                    "(difference, 125.3 ml; 95% CI, 77.7 to 172.8).") == [
        {**fvc, "statistic": "difference", "drug": nintedanib, "comparator_arm": "placebo", "value": Decimal("125.3"),
         "ci_lower": Decimal("77.7"), "ci_upper": Decimal("172.8"), "significant": True},
        {**fvc, "statistic": "change", "drug": nintedanib, "arm": "nintedanib", "comparator_arm": "placebo",
         "value": Decimal("-114.7")},
        {**fvc, "statistic": "change", **PLACEBO_ARM, "value": Decimal("-239.9")}]
    egfr = {"endpoint": "kgr:endpoint-egfr", "statistic": "value", "unit": "mL/min/1.73 m²", "timepoint": "12 months"}
    assert _records("The eGFR at 12 months was 64.2 ml/min/1.73 m2 with belatacept versus 50.5 with "
                    "cyclosporine.") == [
        {**egfr, "drug": "DRUGBANK:DB06681", "arm": "belatacept", "comparator_arm": "cyclosporine",
         "value": Decimal("64.2")},
        {**egfr, "drug": "DRUGBANK:DB00091", "arm": "cyclosporine", "value": Decimal("50.5")}]
    # a threshold is no arm's value
    assert _records("Patients with an eGFR above 30 ml/min with belatacept or 45 ml/min with cyclosporine were "
                    "included.") == []


TAFAMIDIS, MORTALITY = "DRUGBANK:DB11644", "kgr:endpoint-all-cause-mortality"


def test_death_and_composites_of_death_per_arm_with_the_hazard_ratio() -> None:
    """Found by a rare-disease user (2026-12-05): "The risk of death or the use of permanent
    assisted ventilation was 47% lower …" gave nothing (death is a disease), "(78 of 264 [29.5%]
    vs. 76 of 177 [42.9%]" gave placebo's 42.9% to tafamidis and lost the counts, and "Death
    occurred in 78 of 264 patients (29.5%) …" gave nothing."""
    composite = {"endpoint": "kgr:endpoint-death-or-permanent-ventilation", "drug": "DRUGBANK:DB13161",
                 "comparator_arm": "control"}
    assert _records("The risk of death or the use of permanent assisted ventilation was 47% lower in the nusinersen "
                    "group than in the control group (hazard ratio, 0.53; 95% CI, 0.32 to 0.89; P=0.005).") == [
        {**composite, "statistic": "relative change", "value": Decimal("47"), "unit": "percent",
         "effect": "reduced"},
        {**composite, "statistic": "hazard ratio", "hazard_ratio": Decimal("0.53"), "ci_lower": Decimal("0.32"),
         "ci_upper": Decimal("0.89"), "p_value": "0.005", "significant": True}]
    counts = [{"endpoint": MORTALITY, "statistic": "count", "drug": TAFAMIDIS, "count": 78, "denominator": 264,
               "percent": Decimal("29.5")},
              {"endpoint": MORTALITY, "statistic": "count", **PLACEBO_ARM, "count": 76, "denominator": 177,
               "percent": Decimal("42.9")}]
    assert _records("All-cause mortality was lower among the 264 patients who received tafamidis than among the 177 "
                    "patients who received placebo (78 of 264 [29.5%] vs. 76 of 177 [42.9%]; hazard ratio, 0.70; 95% "
                    "CI, 0.51 to 0.96).") == [
        *counts, {"endpoint": MORTALITY, "statistic": "hazard ratio", "drug": TAFAMIDIS, "comparator_arm": "placebo",
                  "hazard_ratio": Decimal("0.70"), "ci_lower": Decimal("0.51"), "ci_upper": Decimal("0.96"),
                  "significant": True}]
    assert _records("Death occurred in 78 of 264 patients (29.5%) in the tafamidis group and in 76 of 177 patients "
                    "(42.9%) in the placebo group.") == [{**counts[0], "arm": "tafamidis"}, counts[1]]
    # death in a composite no endpoint names is no mortality
    assert MORTALITY not in [r["endpoint"] for r in _records(
        "Death or hospitalization occurred in 78 of 264 patients (29.5%) in the tafamidis group.")]


def test_acute_rejection_more_frequent_with_one_drug_than_another() -> None:
    """Found by a transplant user (2026-12-05): each rate of "(7.9% vs. 3.6%; hazard ratio, 2.24 …)"
    is its drug's, the hazard ratio the first drug's against the second."""
    bpar = {"endpoint": "kgr:endpoint-biopsy-proven-acute-rejection"}
    belatacept, cyclosporine = "DRUGBANK:DB06681", "DRUGBANK:DB00091"
    assert _records("Biopsy-proven acute rejection was more frequent with belatacept than with cyclosporine (7.9% vs. "
                    "3.6%; hazard ratio, 2.24; 95% CI, 1.25 to 4.01).") == [
        {**bpar, "statistic": "rate", "drug": belatacept, "percent": Decimal("7.9")},
        {**bpar, "statistic": "rate", "drug": cyclosporine, "percent": Decimal("3.6")},
        {**bpar, "statistic": "hazard ratio", "drug": belatacept, "comparator_arm": "cyclosporine",
         "hazard_ratio": Decimal("2.24"), "ci_lower": Decimal("1.25"), "ci_upper": Decimal("4.01"),
         "significant": True}]


def test_pharmacogenomic_strata_and_carrier_frequencies() -> None:
    """Found by a pharmacogenomics user (2026-12-05): "14.8% of *1/*1 patients" were given the
    UGT1A1*28 stratum (they lack it), and "HLA-B*15:02 was present in 59 of 62 patients with
    SJS/TEN (95.2%)" was an adverse-event rate (a carrier frequency, for which the model has no
    statistic: no record; the odds ratio stays)."""
    neutropenia = {"endpoint": "kgr:endpoint-adverse-event-rate", "statistic": "rate", "adverse_event": "MONDO:0001475",
                   "mutation": "kgr:mutation-UGT1A1-star28"}
    assert _records("In patients with UGT1A1*28, grade 4 neutropenia occurred in 24.1% of *1/*28 heterozygotes and "
                    "14.8% of *1/*1 patients.") == [
        {**neutropenia, "stratum_has_mutation": True, "percent": Decimal("24.1")},
        {**neutropenia, "percent": Decimal("14.8")}]      # stratum_has_mutation False, which fields() leaves out
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    assert [o.stratum_has_mutation for o in extract(document(
        "In patients with UGT1A1*28, grade 4 neutropenia occurred in 24.1% of *1/*28 heterozygotes and 14.8% of "
        "*1/*1 patients."), SHIPPED, load_tagger()).outcomes] == [True, False]
    assert [r["statistic"] for r in _records(
        "HLA-B*15:02 was present in 59 of 62 patients with SJS/TEN (95.2%) compared with 4.2% of "
        "carbamazepine-tolerant controls (odds ratio, 895; 95% CI, 120 to 6600).")] == ["odds ratio"]
    assert _records("HLA-B*15:02 was present in 59 of 62 patients with Stevens-Johnson syndrome (95.2%) compared "
                    "with 4.2% of tolerant controls.") == []


def test_measures_in_percent_are_levels_and_changes_not_shares_of_patients() -> None:
    """Left alone since a cardiometabolic user (2026-12-05), closed 2026-12-03: HbA1c had no
    endpoint because its percentages read as shares of patients, and "a 75% improvement in
    PASI" was a relative change of 75%. A target ("an HbA1c below 7%") names an endpoint of
    its own, whose rates are shares of patients."""
    hba1c, tirzepatide, semaglutide = "kgr:endpoint-hba1c", "DRUGBANK:DB15171", "DRUGBANK:DB13928"
    change = {"endpoint": hba1c, "statistic": "change", "unit": "percentage points"}
    assert _records("Tirzepatide reduced HbA1c by 2.30% from baseline, compared with 1.86% with semaglutide "
                    "(estimated treatment difference -0.45 percentage points; 95% CI -0.57 to -0.32).") == [
        {**change, "drug": tirzepatide, "value": Decimal("2.30"), "effect": "reduced"},
        {**change, "drug": semaglutide, "value": Decimal("1.86")},
        {**change, "statistic": "difference", "drug": tirzepatide, "value": Decimal("-0.45"),
         "comparator_arm": "semaglutide", "ci_lower": Decimal("-0.57"), "ci_upper": Decimal("-0.32"),
         "significant": True}]
    assert _records("The mean change from baseline in HbA1c at week 26 was -1.1% with dapagliflozin and -0.2% with "
                    "placebo.") == [
        {**change, "drug": "DRUGBANK:DB06292", "value": Decimal("-1.1"), "timepoint": "week 26"},
        {**change, **PLACEBO_ARM, "value": Decimal("-0.2"), "timepoint": "week 26"}]
    # levels, before and after; a baseline
    lvef = {"endpoint": "kgr:endpoint-lvef", "statistic": "value", "unit": "%", "drug": "DRUGBANK:DB09292"}
    assert _records("LVEF improved from 28% to 35% with sacubitril/valsartan.") == [
        {**lvef, "value": Decimal("28")}, {**lvef, "arm": "sacubitril/valsartan", "value": Decimal("35")}]
    # a target is its own endpoint, and its percentages are shares of patients
    assert _records("An HbA1c below 7% was reached by 86% of patients with tirzepatide and 79% of patients with "
                    "semaglutide.") == [
        {"endpoint": "kgr:endpoint-hba1c-below-7", "statistic": "rate", "drug": drug, "percent": Decimal(pct)}
        for drug, pct in ((tirzepatide, "86"), (semaglutide, "79"))]
    assert _records("Patients with an HbA1c of 7.5% to 10.5% were randomly assigned to tirzepatide.") == []
    assert _records("A 75% improvement in PASI was achieved by 80% of patients with secukinumab.") == [
        {"endpoint": "kgr:endpoint-pasi75", "statistic": "rate", "drug": "DRUGBANK:DB09029", "percent": Decimal("80")}]


def test_a_composite_endpoint_is_one_endpoint_whatever_the_order_of_its_parts() -> None:
    """Left alone since a cardiometabolic user (2026-12-05), closed 2026-12-03: "the combined
    risk of cardiovascular death or hospitalization for heart failure (hazard ratio 0.75)" gave
    the ratio to the hospitalization alone, and a qualitative reduction to cardiovascular death."""
    hf = {"endpoint": "kgr:endpoint-cardiovascular-death-or-heart-failure-hospitalization",
          "statistic": "hazard ratio", "drug": "DRUGBANK:DB09038",
          "hazard_ratio": Decimal("0.75"), "ci_lower": Decimal("0.65"), "ci_upper": Decimal("0.86"), "effect": "reduced",
          "significant": True}
    assert _records("Empagliflozin reduced the combined risk of cardiovascular death or hospitalization for heart "
                    "failure (hazard ratio 0.75; 95% CI 0.65 to 0.86) in patients with heart failure.") == [hf]
    assert _records("Empagliflozin reduced the risk of hospitalization for heart failure or death from cardiovascular "
                    "causes (hazard ratio 0.75; 95% CI 0.65 to 0.86) in patients with heart failure.") == [hf]
    # joined by "and" only when named a composite; a part's qualifier is its own
    mace = "kgr:endpoint-cardiovascular-death-or-nonfatal-myocardial-infarction-or-nonfatal-stroke-disorder"
    assert [(r["endpoint"], r["statistic"]) for r in _records(
        "The composite of cardiovascular death, nonfatal myocardial infarction, and nonfatal stroke occurred in "
        "6.6% of patients with semaglutide and 8.9% with placebo (hazard ratio 0.74).")] == [
        (mace, "rate"), (mace, "rate"), (mace, "hazard ratio")]
    # the events progression-free survival counts
    assert [(r["endpoint"], r["statistic"], r.get("hazard_ratio")) for r in _records(
        "Olaparib reduced the risk of disease progression or death (hazard ratio, 0.30; 95% CI, 0.23 to 0.41).")] == [
        ("kgr:endpoint-progression-free-survival", "hazard ratio", Decimal("0.30"))]
    # death joins its composite, and is no disease a record is of
    assert _records("Olaparib reduced the risk of death or hospitalization for heart failure (HR 0.7).") == [
        {"endpoint": "kgr:endpoint-death-or-heart-failure-hospitalization", "statistic": "hazard ratio",
         "drug": "DRUGBANK:DB09074", "hazard_ratio": Decimal("0.7"), "effect": "reduced"}]
    # a run of diseases with no endpoint in it is no composite ("patients with diabetes or
    # hypertension") … unless their verb tells them as one event (since 2026-12-03: the rate is
    # of either, neither alone)
    assert "-or-" not in str([r["endpoint"] for r in _records(
        "Among patients with stroke or myocardial infarction, bleeding occurred in 3.1% of patients with aspirin.")])
    assert [(r["endpoint"], r["adverse_event"]) for r in _records(
        "Stroke or myocardial infarction occurred in 3.1% of patients with aspirin.")] == [
        ("kgr:endpoint-adverse-event-rate", "kgr:ae-myocardial-infarction-or-stroke-disorder")]


def test_a_composite_endpoint_is_an_endpoint_node_with_a_label() -> None:
    """The composite's entity, implied by its outcome, is described in the graph."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    found = extract(document("Empagliflozin reduced the combined risk of cardiovascular death or hospitalization for "
                             "heart failure (hazard ratio 0.75)."), SHIPPED, load_tagger())
    assert ("kgr:endpoint-cardiovascular-death-or-heart-failure-hospitalization", "Endpoint",
            "cardiovascular death or heart failure hospitalization") in [
        (e.curie, e.type, e.label) for e in found.referenced]


def test_a_sentence_that_opens_on_its_comparator() -> None:
    """Found by a cardiology user (2026-12-03): "Compared with dabigatran, rivaroxaban was
    associated with a lower risk …" gave the hazard ratio to dabigatran, with no comparator."""
    rivaroxaban, apixaban, warfarin = "DRUGBANK:DB06228", "DRUGBANK:DB06605", "DRUGBANK:DB00682"
    assert [(r["drug"], r.get("comparator_arm"), r["hazard_ratio"]) for r in _records(
        "Compared with dabigatran, rivaroxaban was associated with a lower risk of stroke or systemic embolism "
        "(HR 0.84; 95% CI 0.72-0.98).")] == [(rivaroxaban, "dabigatran", Decimal("0.84"))]
    assert [(r["drug"], r.get("comparator_arm"), r["statistic"], r.get("percent") or r.get("hazard_ratio"))
            for r in _records("Compared with warfarin, apixaban reduced major bleeding (2.1% vs 3.1%; HR 0.69).")] == [
        (apixaban, None, "rate", Decimal("2.1")), (warfarin, None, "rate", Decimal("3.1")),
        (apixaban, "warfarin", "hazard ratio", Decimal("0.69"))]
    # one drug only: no comparator to take
    assert [r["drug"] for r in _records("Compared with baseline, apixaban reduced major bleeding (HR 0.69).")] == [
        apixaban]


def test_definitions_unknown_list_items_and_the_direction_of_a_change() -> None:
    """Found by dermatology, neurology and cardiology users (2026-12-03): "at least 75%
    improvement in the Eczema Area and Severity Index (EASI-75)" was a 75% relative change;
    "Decreased appetite (36%), diarrhea (23%)" gave 36% to diarrhea (an unknown name since then:
    "vivid dreams"); "Headache (14%)" had no
    record; "reduced by 47.9% … and increased by 8.2%" had no direction; "The primary outcome
    occurred in 512 of 3,131 patients" had no record."""
    assert _records("The primary endpoint was achievement of at least 75% improvement in the Eczema Area and Severity "
                    "Index (EASI-75) at week 16 with upadacitinib.") == []
    fenfluramine = "DRUGBANK:DB00574"
    assert [(r["adverse_event"], r["percent"]) for r in _records(
        "Vivid dreams (36%), diarrhea (23%), and fatigue (19%) were the most common adverse events with "
        "fenfluramine.")] == [("kgr:ae-diarrhea", Decimal("23")), ("kgr:ae-fatigue", Decimal("19"))]
    assert [r["drug"] for r in _records("Vivid dreams (36%), diarrhea (23%), and fatigue (19%) were the most "
                                        "common adverse events with fenfluramine.")] == [fenfluramine] * 2
    inclisiran = "DRUGBANK:DB14901"
    assert [(r.get("drug"), r.get("arm"), r["value"], r["effect"]) for r in _records(
        "LDL-C was reduced by 47.9% with inclisiran and increased by 8.2% with placebo.")] == [
        (inclisiran, None, Decimal("47.9"), "reduced"), (None, "placebo", Decimal("8.2"), "increased")]
    assert [(r["endpoint"], r["statistic"], r.get("count")) for r in _records(
        "The primary outcome occurred in 512 of 3,131 patients (16.4%) in the dapagliflozin group and in 610 of 3,132 "
        "patients (19.5%) in the placebo group (hazard ratio, 0.82).")] == [
        ("kgr:endpoint-primary-outcome", "count", 512), ("kgr:endpoint-primary-outcome", "count", 610),
        ("kgr:endpoint-primary-outcome", "hazard ratio", None)]


def test_a_disease_with_its_rate_in_brackets_in_a_sentence_about_harms_is_an_event() -> None:
    """Found by a neurology user (2026-12-03): "Headache (14%) and nausea (9%) were reported"
    gave nausea both rates; headache, a disease in the lexicon, is an event here."""
    from kg.extract import extract, load_lexicon, load_tagger
    from tests.extract.helpers import document

    found = extract(document("Headache (14%) and nausea (9%) were reported with ambroxol."), load_lexicon(),
                    load_tagger()).outcomes
    assert [(o.adverse_event, o.percent) for o in found] == [("MESH:D006261", Decimal("14")),
                                                             ("kgr:ae-nausea", Decimal("9"))]


def test_groups_named_after_numbers_are_their_arms_and_the_ratio_s_comparator() -> None:
    """Found by infectious-disease and neurology users (2026-12-03): "10% in the combination
    group and 18% in the vancomycin group (relative risk 0.56)" gave all to vancomycin; "5.6%
    with ofatumumab and 8.2% with teriflunomide (hazard ratio, 0.66)" had no comparator."""
    vancomycin, ofatumumab, teriflunomide = "DRUGBANK:DB00512", "DRUGBANK:DB06650", "DRUGBANK:DB08880"
    assert [(r["statistic"], r.get("drug"), r.get("arm")) for r in _records(
        "Mortality at 60 days was 10% in the combination group and 18% in the vancomycin group.")] == [
        ("rate", None, "combination"), ("rate", vancomycin, "vancomycin")]
    assert [(r["statistic"], r.get("drug"), r.get("comparator_arm")) for r in _records(
        "Relapses occurred in 5.6% with ofatumumab and 8.2% with teriflunomide (hazard ratio, 0.66).")] == [
        ("rate", ofatumumab, None), ("rate", teriflunomide, None), ("hazard ratio", ofatumumab, "teriflunomide")]
    # a cohort named by its history is no arm
    assert [r.get("arm") for r in _records("The response rate with osimertinib was 61% in the gefitinib-pretreated "
                                          "cohort.")] == [None]


def test_a_control_named_after_the_numbers_and_a_group_that_names_its_drug() -> None:
    """Found by infectious-disease and dermatology users (2026-12-03): "Dysgeusia (5.6% vs
    0.3%) … were more common with nirmatrelvir-ritonavir than with placebo" gave 0.3% to
    ritonavir; "PASI 90 in 66.0% versus 21.4% of those continuing adalimumab" swapped the two
    drugs; "The relative risk reduction was 89.1%" was a rate; "weight gain of more than 10%"
    a rate of 10%."""
    assert [(r.get("drug"), r.get("arm"), r["percent"]) for r in _records(
        "Dysgeusia (5.6% vs 0.3%) was more common with nirmatrelvir-ritonavir than with placebo.")] == [
        ("DRUGBANK:DB16691", None, Decimal("5.6")), (None, "placebo", Decimal("0.3"))]
    assert [(r["drug"], r["percent"]) for r in _records(
        "Among adalimumab intermediate responders, switching to risankizumab resulted in PASI 90 in 66.0% versus "
        "21.4% of those continuing adalimumab.")] == [("DRUGBANK:DB14762", Decimal("66.0")),
                                                     ("DRUGBANK:DB00051", Decimal("21.4"))]
    assert [(r["endpoint"], r["statistic"], r["value"], r["effect"]) for r in _records(
        "The relative risk reduction was 89.1% for hospitalization or death with nirmatrelvir.")] == [
        ("kgr:endpoint-death-or-hospitalization", "relative change", Decimal("89.1"), "reduced")]
    assert [r.get("percent") for r in _records("An LDL-C reduction of more than 50% was reached by 40% of patients with "
                                               "inclisiran.")] == [Decimal("40")]


def test_study_sizes_past_a_short_form_arms_without_doses_and_hyphened_dose_groups() -> None:
    """Found by neurology, infectious-disease and cardiology users (2026-12-03): "1795
    participants with early Alzheimer's disease (AD) received …" had no size; "randomized to
    donanemab (n=860) or placebo (n=876)" no arms; "every 8 hours" was "daily"; "33% of the
    900-mg group" was the 1500 mg arm's."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    def study(text: str) -> tuple[object, ...]:
        found = extract(document(text), SHIPPED, load_tagger()).study
        assert found is not None
        return found.sample_size, [(a.label, a.drug, a.size, a.schedule) for a in found.arms]

    assert study("In an 18-month phase 3 trial, 1795 participants with early Alzheimer's disease (AD) received "
                 "intravenous lecanemab or placebo.")[0] == 1795
    assert study("In this phase 3 trial, patients with early Alzheimer's disease were randomized to donanemab (n=860) "
                 "or placebo (n=876).") == (1736, [("donanemab", "DRUGBANK:DB16647", 860, None),
                                                   ("placebo", None, 876, None)])
    assert study("Patients were randomly assigned to ceftaroline 600 mg every 8 hours or vancomycin.")[1] == [
        ("600 mg every 8 hours", "DRUGBANK:DB06590", None, "every 8 hours")]
    assert [(r.get("arm"), r["percent"]) for r in _records(
        "Injection-site reactions occurred in 51% of the 1500-mg group and 33% of the 900-mg group with "
        "ziltivekimab.")] == [("1500 mg", Decimal("51")), ("900 mg", Decimal("33"))]


def test_paired_rates_of_a_list_of_events_and_a_comparator_told_by_its_class() -> None:
    """Found by a dermatology user (2026-12-03): "the incidences of major adverse cardiovascular
    events (MACE) and cancer were higher with the combined tofacitinib doses (3.4% and 4.2%)
    than with a TNF inhibitor (2.5% and 2.9%)" gave all four numbers to cancer and tofacitinib;
    and "There were no significant differences in toxic effects or response" is no composite."""
    got = [(r["endpoint"].removeprefix("kgr:endpoint-"), r.get("drug"), r.get("arm"), r["percent"]) for r in _records(
        "The incidences of major adverse cardiovascular events (MACE) and cancer were higher with tofacitinib (3.4% "
        "and 4.2%) than with a TNF inhibitor (2.5% and 2.9%).")]
    tofacitinib = "DRUGBANK:DB08895"
    assert [(e, d, a, p) for e, d, a, p in got] == [
        ("mace", tofacitinib, None, Decimal("3.4")), ("adverse-event-rate", tofacitinib, None, Decimal("4.2")),
        ("mace", None, "tnf inhibitor", Decimal("2.5")), ("adverse-event-rate", None, "tnf inhibitor", Decimal("2.9"))]
    assert "or" not in " ".join(r["endpoint"] for r in _records(
        "There were no significant differences in toxic effects or response between the two doses of imatinib."))


def test_a_score_s_bare_numbers_per_arm() -> None:
    """Found by a neurology user (2026-12-03): "the CDR-SB score increased by 1.21 with
    lecanemab and 1.66 with placebo" gave only the difference."""
    cdr = {"endpoint": "kgr:endpoint-cdr-sb", "statistic": "change", "timepoint": "18 months"}
    assert _records("At 18 months, the CDR-SB score increased by 1.21 with lecanemab and 1.66 with placebo.") == [
        {**cdr, "drug": "DRUGBANK:DB14580", "arm": "lecanemab", "comparator_arm": "placebo", "value": Decimal("1.21")},
        {**cdr, **PLACEBO_ARM, "value": Decimal("1.66")}]


def test_an_arm_without_a_drug() -> None:
    """Found by an infectious-disease user (2026-12-03): "SVR12 was 84% without ribavirin and
    96% with ribavirin" gave both rates to ribavirin."""
    assert [(r["drug"], r.get("arm"), r["percent"]) for r in _records(
        "With sofosbuvir, SVR12 was 84% without ribavirin and 96% with ribavirin.")] == [
        ("DRUGBANK:DB08934", "without ribavirin", Decimal("84")), ("DRUGBANK:DB00811", None, Decimal("96"))]


def test_haemophilia_and_sickle_cell_rates_per_arm() -> None:
    """Found by a cardiology/haematology user (2026-12-03): "Zero treated bleeds were reported in
    56% of participants" was a bleeding adverse event; the annualized bleeding and crisis rates
    had no record; "with no prophylaxis" was no arm."""
    assert [(r["endpoint"], r.get("percent")) for r in _records(
        "Zero treated bleeds were reported in 56% of participants receiving emicizumab.")] == [
        ("kgr:endpoint-zero-bleeds", Decimal("56"))]
    assert [(r["statistic"], r.get("arm"), r["value"]) for r in _records(
        "The annualized bleeding rate was 1.5 with emicizumab and 38.2 with no prophylaxis.")] == [
        ("annualized rate", "emicizumab", Decimal("1.5")), ("annualized rate", "no prophylaxis", Decimal("38.2"))]
    assert [(r["statistic"], r.get("arm"), r["value"]) for r in _records(
        "The annualized rate of vaso-occlusive crises was 1.63 with crizanlizumab and 2.98 with placebo.")] == [
        ("annualized rate", "crizanlizumab", Decimal("1.63")), ("annualized rate", "placebo", Decimal("2.98"))]


def test_review_of_the_outcome_rules_2026_12_03() -> None:
    """Found in review (2026-12-03) of this session's outcome rules, each against the rule
    before it: a crash when two arms the numbers name are one drug's; "led to discontinuation in
    4.5%" took the diarrhea rates; HbA1c told as a threshold took the event's numbers, counts
    and baselines; a group of no drug dropped the drug; an arm compared with itself; "10% or
    more" gave a reduction's direction; "from 8.44% to 7.12% with glargine" gave 8.44% to the
    first drug; a placebo's relative change was a rate; arms by size lost their regimens."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    olanzapine = "DRUGBANK:DB00334"
    records = _records("The mean percent change in body weight was 4.21% with OLZ/SAM and 6.59% with olanzapine "
                       "(difference, -2.38%).")
    assert [(r["statistic"], r.get("value")) for r in records] == [
        ("relative change", Decimal("4.21")), ("relative change", Decimal("6.59")), ("difference", Decimal("-2.38"))]
    assert records[1]["drug"] == olanzapine
    nintedanib = "DRUGBANK:DB09079"
    assert [(r["endpoint"], r.get("adverse_event"), r["percent"]) for r in _records(
        "Diarrhea was the most frequent adverse event in the nintedanib group (61.5% vs 18.6% with placebo) and led "
        "to discontinuation in 4.5%.")] == [
        ("kgr:endpoint-adverse-event-rate", "kgr:ae-diarrhea", Decimal("61.5")),
        ("kgr:endpoint-adverse-event-rate", "kgr:ae-diarrhea", Decimal("18.6")),
        ("kgr:endpoint-ae-discontinuation", None, Decimal("4.5"))]
    assert _records("Diarrhea led to discontinuation in 4.5% with nintedanib.")[-1]["drug"] == nintedanib
    hba1c = "kgr:endpoint-hba1c"
    assert hba1c not in [r["endpoint"] for r in _records(
        "Severe hypoglycaemia (HbA1c < 6%) occurred in 3% with insulin degludec.")]
    assert _records("Mean HbA1c at baseline was 8.1%; 312 patients (38%) were treated with metformin.") == [
        {"endpoint": hba1c, "statistic": "value", "value": Decimal("8.1"), "unit": "%", "timepoint": "baseline"}]
    assert [(r["drug"], r["value"]) for r in _records(
        "HbA1c decreased from 8.50% to 6.93% with icodec and from 8.44% to 7.12% with glargine.")][2:] == [
        ("DRUGBANK:DB00047", Decimal("8.44")), ("DRUGBANK:DB00047", Decimal("7.12"))]
    assert [(r["drug"], r["arm"]) for r in _records(
        "Injection-site reactions occurred in 8 participants (1.5%) in the every-2-months arm of cabotegravir.")] == [
        ("DRUGBANK:DB11751", "every-2-months")]
    placebo = _records("LDL-C was reduced by 47.9% with inclisiran and increased by 8.2% with placebo.")[1]
    assert (placebo.get("arm"), placebo.get("comparator_arm")) == ("placebo", None)
    assert _records("Nintedanib reduced the proportion of patients with a decline of 10% or more in FVC by "
                    "47.9%.")[-1]["effect"] == "reduced"
    assert [(r.get("arm"), r["statistic"]) for r in _records(
        "Seizure frequency decreased by 62.3% with fenfluramine compared with 1.2% with placebo.")] == [
        (None, "relative change"), ("placebo", "relative change")]
    study = extract(document("In this randomized trial, 312 patients were treated with ceftazidime-avibactam (n=165) "
                             "or colistin-based combination therapy (n=147)."), SHIPPED, load_tagger()).study
    assert study is not None and [(a.label, a.size) for a in study.arms] == [
        ("ceftazidime-avibactam", 165), ("colistin-based combination therapy", 147)]
    composite = "kgr:endpoint-cardiovascular-death-or-heart-failure-hospitalization"
    assert {r["endpoint"] for r in _records(
        "The primary outcome, death from cardiovascular causes or hospitalization for heart failure, occurred in 914 "
        "patients (21.8%) in the sacubitril-valsartan group (hazard ratio 0.80).")} == {composite}


def test_a_signed_number_in_brackets_after_a_drug_is_its_own_and_bone_mineral_density() -> None:
    """Found in review (2026-12-03): "smaller with TAF (-0.16%) than with TDF (-1.72%)" gave
    both to TAF (the sign broke the bracket rule) and both to eGFR (bone mineral density had
    no endpoint); a drug is no comparator of its own number."""
    assert [(r["endpoint"], r["drug"], r.get("comparator_arm"), r["value"]) for r in _records(
        "Mean percentage decrease in hip bone mineral density was smaller with tenofovir alafenamide (-0.16%) than "
        "with tenofovir disoproxil fumarate (-1.72%).")] == [
        ("kgr:endpoint-bone-mineral-density", "DRUGBANK:DB09299", "tenofovir disoproxil fumarate", Decimal("0.16")),
        ("kgr:endpoint-bone-mineral-density", "DRUGBANK:DB00300", None, Decimal("1.72"))]


def test_respectively_after_a_sentence_naming_a_drug_and_its_control() -> None:
    """Found by a cardiology user (2026-12-03): "… with evolocumab than with placebo.
    Neurocognitive adverse events were reported in 1.6% and 1.5% of patients, respectively"
    gave both rates to evolocumab."""
    assert [(r.get("drug"), r.get("arm"), r["percent"]) for r in _records(
        "Muscle symptoms were not more frequent with evolocumab than with placebo. Neurocognitive adverse events "
        "were reported in 1.6% and 1.5% of patients, respectively.")][-2:] == [
        ("DRUGBANK:DB09303", None, Decimal("1.6")), (None, "placebo", Decimal("1.5"))]


def test_another_dose_of_the_same_drug_stays_the_comparator() -> None:
    """Found on the seeds (2026-12-03): the rule that a drug is no comparator of its own number
    dropped "between the two doses" (400 mg against 600 mg of imatinib)."""
    assert [(r["arm"], r["comparator_arm"]) for r in _records(
        "Patients were randomly assigned to imatinib 400 mg or 600 mg daily. There were no significant differences "
        "in toxic effects or response between the two doses.")] == [("400 mg daily", "600 mg daily")] * 2


def _titled(text: str, title: str) -> list[dict[str, object]]:
    """The outcomes of ``text`` under ``title`` with the shipped lexicon and tagger, as :func:`fields`."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    return [fields(o) for o in extract(document(text, title), SHIPPED, load_tagger()).outcomes]


LORLATINIB, CRIZOTINIB, SELPERCATINIB = "DRUGBANK:DB12130", "DRUGBANK:DB08865", "DRUGBANK:DB15685"


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Among 105 patients with RET fusion-positive NSCLC previously treated with platinum-based chemotherapy, the "
     "objective response rate was 64%.", "Selpercatinib in RET fusion-positive lung cancer.",
     [(ORR, SELPERCATINIB, Decimal("64"))]),
    ("Among 55 patients with RET-mutant medullary thyroid cancer previously treated with vandetanib or "
     "cabozantinib, 69% had a response to selpercatinib.", "Selpercatinib in RET-altered cancers.",
     [("kgr:endpoint-response", SELPERCATINIB, Decimal("69"))]),
    ("Among patients with at least one previous ALK inhibitor other than crizotinib, an objective response was "
     "achieved in 39 (66.1%).", "Lorlatinib in ALK-positive lung cancer.", [(ORR, LORLATINIB, Decimal("66.1"))]),
    ("Responses occurred in 13 of 21 crizotinib-naive patients (62%) and 9 of 26 crizotinib-pretreated patients "
     "(35%).", "Lorlatinib in ALK-positive lung cancer.",
     [("kgr:endpoint-response", LORLATINIB, Decimal("62")), ("kgr:endpoint-response", LORLATINIB, Decimal("35"))]),
])
def test_a_drug_the_patients_had_before_takes_no_result(text: str, title: str, expected: list[object]) -> None:
    """Found by an oncology user (2026-12-03): the prior line ("previously treated with
    platinum-based chemotherapy", "other than crizotinib", "crizotinib-pretreated") took the
    rates of the paper's own drug."""
    assert [(r["endpoint"], r.get("drug"), r.get("percent")) for r in _titled(text, title)] == expected


OS, EFS = "kgr:endpoint-overall-survival", "kgr:endpoint-event-free-survival"


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("The median progression-free survival was significantly longer with osimertinib than with "
     "platinum-pemetrexed (10.1 months vs. 4.4 months; hazard ratio, 0.30).", "Osimertinib in lung cancer.",
     [(PFS, "DRUGBANK:DB09330", Decimal("10.1")), (PFS, "DRUGBANK:DB12257", Decimal("4.4")),
      (PFS, "DRUGBANK:DB09330", None)]),
    ("Midostaurin 50 mg twice daily prolonged overall survival compared with placebo (hazard ratio for death, "
     "0.78), with a median overall survival of 74.7 months versus 25.6 months.", "Midostaurin in AML.",
     [(OS, "DRUGBANK:DB06595", Decimal("74.7")), (OS, None, Decimal("25.6")), (OS, "DRUGBANK:DB06595", None)]),
    ("With trastuzumab deruxtecan, the median progression-free survival was 8.5 months versus 2.9 months.",
     "Trastuzumab deruxtecan in breast cancer.",
     [(PFS, "DRUGBANK:DB14962", Decimal("8.5")), (PFS, None, Decimal("2.9"))]),
    ("Median event-free survival was 2.8 months versus 0.7 months.", "Gilteritinib in AML.",
     [(EFS, "DRUGBANK:DB12141", Decimal("2.8")), (EFS, None, Decimal("0.7"))]),
    ("Median overall survival was 9.3 months with gilteritinib and 5.6 months with salvage chemotherapy "
     "(hazard ratio for death, 0.64).", "Gilteritinib in AML.",
     [(OS, "DRUGBANK:DB12141", Decimal("9.3")), (OS, None, Decimal("5.6")), (OS, "DRUGBANK:DB12141", None)]),
])
def test_the_second_median_of_a_pair_is_the_comparator_s(text: str, title: str, expected: list[object]) -> None:
    """Found by haematology and oncology users (2026-12-03): "longer with osimertinib than with
    platinum-pemetrexed (10.1 months vs. 4.4 months" swapped the medians; "74.7 months versus
    25.6 months" with the control unnamed, or named elsewhere, gave both to the drug; "5.6
    months with salvage chemotherapy" was lost."""
    records = _titled(text, title)
    assert [(r["endpoint"], r.get("drug"), r.get("value")) for r in records] == expected
    arms = {r.get("value"): (r.get("arm"), r.get("comparator_arm")) for r in records}
    if "placebo" in text:
        assert arms[Decimal("25.6")] == ("placebo", None)
    if "platinum" in text:
        assert arms[None] == (None, "platinum-pemetrexed")    # the hazard ratio's comparator, whole
    if "salvage" in text:
        assert arms[Decimal("5.6")][0] == "salvage chemotherapy"
        assert arms[None] == (None, "salvage chemotherapy")    # the hazard ratio's comparator


VENETOCLAX, ACALABRUTINIB, IBRUTINIB = "DRUGBANK:DB11581", "DRUGBANK:DB11703", "DRUGBANK:DB09053"


@pytest.mark.parametrize(("text", "expected"), [
    ("Febrile neutropenia occurred in 42% of patients in the venetoclax group and 19% in the placebo group, and "
     "thrombocytopenia in 45% and 38%, respectively.",
     [(VENETOCLAX, None, Decimal("42")), (None, "placebo", Decimal("19")), (VENETOCLAX, None, Decimal("45")),
      (None, "placebo", Decimal("38"))]),
    ("Hypertension occurred in 9.4% of acalabrutinib-treated patients and 23.2% of ibrutinib-treated patients, and "
     "bleeding events in 38.0% and 51.3%, respectively.",
     [(ACALABRUTINIB, None, Decimal("9.4")), (IBRUTINIB, None, Decimal("23.2")),
      (ACALABRUTINIB, None, Decimal("38.0")), (IBRUTINIB, None, Decimal("51.3"))]),
    ("Adverse events of grade 3 or higher occurred in 52.6% of the patients who received trastuzumab deruxtecan "
     "and 67.4% of those who received the physician's choice of chemotherapy.",
     [("DRUGBANK:DB14962", None, Decimal("52.6")), (None, "physician's choice of chemotherapy", Decimal("67.4"))]),
])
def test_respectively_over_and_over_and_a_chemotherapy_of_choice(text: str, expected: list[object]) -> None:
    """Found by haematology and oncology users (2026-12-03): "…, and thrombocytopenia in 45% and
    38%, respectively" after two named arms gave both to the first drug, and "67.4% of those who
    received the physician's choice of chemotherapy" was the drug's."""
    assert [(r.get("drug"), r.get("arm"), r["percent"]) for r in _records(text)] == expected


def test_a_regimen_s_short_form_is_its_arm() -> None:
    """Found by a haematology user (2026-12-03): "92.5% with DRd and 79.3% with Rd", the short
    forms defined earlier, gave both rates to daratumumab."""
    records = _titled(
        "We studied 412 patients treated with daratumumab plus lenalidomide and dexamethasone (DRd; n=228) or "
        "lenalidomide and dexamethasone alone (Rd; n=184). The overall response rate was 92.5% with DRd and 79.3% "
        "with Rd.", "Daratumumab in myeloma.")
    assert [(r.get("drug"), r.get("arm"), r["percent"]) for r in records] == [
        ("DRUGBANK:DB09331", "DRd", Decimal("92.5")), ("DRUGBANK:DB00480", "Rd", Decimal("79.3"))]


@pytest.mark.parametrize(("text", "statistic", "significant"), [
    ("Overall survival did not differ significantly between the groups (hazard ratio, 0.87; 95% CI, 0.67 to 1.12; "
     "P=0.277).", "hazard ratio", False),
    ("The final overall survival difference of 7.9 months with alpelisib did not reach statistical significance.",
     "difference", False),
    ("Progression-free survival was significantly longer with alpelisib (hazard ratio, 0.65; P<0.001).",
     "hazard ratio", True),
    ("Overall survival did not differ significantly in the first year; progression-free survival was longer with "
     "alpelisib (hazard ratio, 0.65).", "hazard ratio", None),
])
def test_a_result_said_not_significant_before_it(text: str, statistic: str, significant: bool | None) -> None:
    """Found by an oncology user (2026-12-03): "did not differ significantly between the groups
    (hazard ratio, 0.87 …)" and "… difference of 7.9 months … did not reach statistical
    significance" were stored as significant."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    [outcome] = [o for o in extract(document(text, "Alpelisib in breast cancer."), SHIPPED, load_tagger()).outcomes
                 if o.statistic == statistic]
    assert outcome.significant is significant


def test_two_events_joined_by_or_and_told_as_one_are_one_event() -> None:
    """Found by an oncology user (2026-12-03): "Myelodysplastic syndrome or acute myeloid
    leukemia occurred in 1.5% … and in 0.8% …" gave 1.5% to MDS and 0.8% to AML; both are rates
    of either. Since the review (2026-12-03) the two are one adverse event, so the rows carry
    kg:adverseEvent like a single harm's (they had none)."""
    rate, either = "kgr:endpoint-adverse-event-rate", "kgr:ae-acute-myeloid-leukemia-or-myelodysplastic-syndrome"
    assert [(r["endpoint"], r.get("adverse_event"), r.get("drug"), r.get("arm"), r["percent"]) for r in _titled(
        "Myelodysplastic syndrome or acute myeloid leukemia occurred in 1.5% of patients in the olaparib group and in "
        "0.8% of those in the placebo group.", "Olaparib in ovarian cancer.")] == [
        (rate, either, "DRUGBANK:DB09074", "olaparib", Decimal("1.5")), (rate, either, None, "placebo", Decimal("0.8"))]


def test_a_composite_harm_is_described_as_an_adverse_event() -> None:
    """The composite harm's node is typed and labelled (SHACL needs one label) though no text
    names it alone."""
    from kg.extract import extract, load_tagger
    from kg.model import Entity
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document("MDS or AML occurred in 1.5% of patients receiving olaparib.",
                                  "Olaparib in ovarian cancer."), SHIPPED, load_tagger())
    assert Entity("kgr:ae-acute-myeloid-leukemia-or-myelodysplastic-syndrome", "AdverseEvent",
                  "acute myeloid leukemia or myelodysplastic syndrome") in extraction.referenced


def test_the_incidence_of_a_disease_is_an_event_rate() -> None:
    """Found by a haematology user (2026-12-03): "The incidence of any-grade atrial fibrillation
    was lower with acalabrutinib than with ibrutinib (9.4% vs. 16.0%" gave no record."""
    af = "MONDO:0004981"
    assert [(r.get("adverse_event"), r.get("drug"), r["percent"]) for r in _records(
        "The incidence of any-grade atrial fibrillation was lower with acalabrutinib than with ibrutinib (9.4% vs. "
        "16.0%; P=0.02).")] == [(af, ACALABRUTINIB, Decimal("9.4")), (af, IBRUTINIB, Decimal("16.0"))]


@pytest.mark.parametrize(("text", "title", "size", "design", "phase"), [
    ("In this phase 1/2 trial, patients received selpercatinib 160 mg twice daily.", "Selpercatinib in RET cancers.",
     None, (), "1/2"),
    ("We retrospectively studied 412 patients with multiple myeloma treated with daratumumab.",
     "Daratumumab in myeloma: a retrospective multicenter cohort study.", 412, ("retrospective", "multicenter"), None),
    ("We enrolled 275 patients; all patients received lorlatinib 100 mg once daily.",
     "Lorlatinib in lung cancer: results of a multicentre, single-arm phase 2 study", 275,
     ("multicenter", "single-arm"), "2"),
    ("We analysed 179 patients with IDH1-mutated AML and 176 patients with IDH2-mutated AML.", "IDH inhibitors in AML.",
     355, (), None),
])
def test_study_designs_of_the_title_retrospective_and_groups_that_add_up(
        text: str, title: str, size: int | None, design: tuple[str, ...], phase: str | None) -> None:
    """Found by haematology and oncology users (2026-12-03): "In this phase 1/2 trial" gave no
    study, "single-arm" and "retrospective" in titles and "We retrospectively studied" were not
    recorded, and "179 patients with IDH1-mutated AML and 176 patients with IDH2-mutated AML"
    gave 179."""
    study = run(text, title=title).study
    assert study is not None
    assert (study.sample_size, study.design, study.phase) == (size, design, phase)


@pytest.mark.parametrize(("text", "expected"), [
    ("In the ivosidenib cohort, the rate of complete remission or complete remission with partial hematologic "
     "recovery was 30.4% and the overall response rate was 41.6%.",
     [("kgr:endpoint-cr-crh", Decimal("30.4")), (ORR, Decimal("41.6"))]),
    ("The complete remission rate was 36.7% and the composite complete remission rate was 66.4% with venetoclax "
     "plus azacitidine.",
     [("kgr:endpoint-complete-response", Decimal("36.7")),
      ("kgr:endpoint-composite-complete-remission", Decimal("66.4"))]),
])
def test_remission_endpoints_of_leukaemia_and_the_subject_of_was(text: str, expected: list[object]) -> None:
    """Found by a haematology user (2026-12-03): CR/CRh was filed as objective response and
    composite complete remission as complete response; "The complete remission rate was 36.7%
    and the composite … rate was 66.4%" gave 36.7% to the nearer endpoint after it."""
    assert [(r["endpoint"], r["percent"]) for r in _records(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At 7 years, 67.0% of olaparib patients versus 46.5% of placebo patients were alive.",
     [(OS, "DRUGBANK:DB09074", None, Decimal("67.0"), "7 years"), (OS, None, "placebo", Decimal("46.5"), "7 years")]),
    ("At 5 years, 80% of patients were alive and free of progression.", []),
])
def test_shares_of_patients_alive_are_overall_survival(text: str, expected: list[object]) -> None:
    """Found by an oncology user (2026-12-03): "67.0% of olaparib patients versus 46.5% of
    placebo patients were alive" gave no record (and "of placebo patients" named no arm)."""
    assert [(r["endpoint"], r.get("drug"), r.get("arm"), r["percent"], r.get("timepoint"))
            for r in _titled(text, "Olaparib in ovarian cancer.")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Median overall survival was not reached in the nivolumab group and was 10.2 months in the placebo group.",
     [("nivolumab", None), ("placebo", Decimal("10.2"))]),
    ("Median overall survival was not reached at 24 months in the nivolumab group.", [(None, None)]),  # no median of 24
])
def test_a_median_after_another_arm_s_not_reached(text: str, expected: list[object]) -> None:
    """Found by a haematology user (2026-12-03): "Median progression-free survival was not
    reached with DRd and was 31.8 months with Rd" lost the 31.8 months."""
    assert [(r.get("arm"), r.get("value")) for r in _records(text)] == expected
