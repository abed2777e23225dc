"""Outcome records' arms and comparators new users' trial reports found wrong (wave 5)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction, StudyArm
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


def _label(arm: StudyArm | None) -> str | None:
    return arm.label if arm else None


def _arms(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (statistic, count, percent, drug, arm label, comparator label)."""
    return [(o.statistic, o.count, o.percent, o.drug, _label(o.arm), _label(o.comparator_arm))
            for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an infectious-disease user: 30% was remdesivir's
    ("Mortality at day 28 was 22% with remdesivir and 30% with standard of care.",
     [("rate", None, Decimal("22"), "DRUGBANK:DB14761", None, None),
      ("rate", None, Decimal("30"), None, "standard of care", None)]),
    # found by a cardiology user: 6.2% was apixaban's
    ("Major bleeding occurred in 4.1% of patients with apixaban and 6.2% with usual care.",
     [("rate", None, Decimal("4.1"), "DRUGBANK:DB06605", None, None),
      ("rate", None, Decimal("6.2"), None, "usual care", None)]),
    # a rheumatology trial's control
    ("The response rate was 45% with adalimumab compared with 20% with standard therapy.",
     [("rate", None, Decimal("45"), "DRUGBANK:DB00051", None, None),
      ("rate", None, Decimal("20"), None, "standard therapy", None)]),
    ("Death occurred in 12 of 200 patients (6.0%) receiving tocilizumab and in 25 of 198 patients (12.6%) "
     "receiving standard care.",
     [("count", 12, Decimal("6.0"), "DRUGBANK:DB06273", None, None),
      ("count", 25, Decimal("12.6"), None, "standard care", None)]),
    # the ratio's comparator is the usual-care group
    ("The 28-day mortality was 24.1% in the dexamethasone group and 29.2% in the usual care group "
     "(rate ratio 0.83; 95% CI 0.75 to 0.93).",
     [("rate", None, Decimal("24.1"), "DRUGBANK:DB01234", "dexamethasone", None),
      ("rate", None, Decimal("29.2"), None, "usual care", None),
      ("incidence rate ratio", None, None, "DRUGBANK:DB01234", None, "usual care")]),
    # near miss: standard therapy the drug is added to is the drug's arm, a combination
    ("Remission was achieved by 40% of patients receiving standard therapy plus rituximab.",
     [("rate", None, Decimal("40"), "DRUGBANK:DB00073", "standard therapy plus rituximab", None)]),
])
def test_standard_and_usual_care_are_controls(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _arms(sentence) == expected


def test_a_design_s_standard_of_care_is_the_ratio_s_comparator() -> None:
    x = run("Patients were randomized to baricitinib 4 mg once daily or standard of care. Mortality was lower "
            "with baricitinib (hazard ratio 0.57; 95% CI 0.41 to 0.78).")
    assert x.study is not None and [a.label for a in x.study.arms] == ["4 mg daily", "standard of care"]
    assert [(o.drug, _label(o.comparator_arm)) for o in x.outcomes] == [("DRUGBANK:DB11817", "standard of care")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a diabetes user: the placebo count was the drug's
    ("Hypoglycemia was reported in 14 of 210 patients given empagliflozin and in 12 of 150 patients in the "
     "placebo group.",
     [("count", 14, None, "DRUGBANK:DB09038", None, None), ("count", 12, None, None, "placebo", None)]),
    # found by a dermatology user: no record for placebo's count after "compared with"
    ("Injection-site reactions occurred in 25 of 200 patients treated with dupilumab, compared with 12 of 150 "
     "patients receiving placebo.",
     [("count", 25, None, "DRUGBANK:DB12159", None, None), ("count", 12, None, None, "placebo", None)]),
    ("Herpes zoster occurred in 11 of 150 patients on baricitinib versus 2 of 148 patients on placebo.",
     [("count", 11, None, "DRUGBANK:DB11817", None, None), ("count", 2, None, None, "placebo", None)]),
    # a slashed count with no people named
    ("Nausea was reported in 30/148 patients with semaglutide vs 8/140 with placebo.",
     [("count", 30, None, "DRUGBANK:DB13928", None, None), ("count", 8, None, None, "placebo", None)]),
    # the placebo's people named before the drug's (neurology)
    ("Relapse occurred in 12 of 150 placebo-treated patients and in 4 of 149 patients treated with ocrelizumab.",
     [("count", 12, None, None, "placebo", None), ("count", 4, None, "DRUGBANK:DB11988", None, None)]),
    ("Headache was reported by 21 of 160 (13.1%) patients receiving erenumab versus 14 of 158 (8.9%) placebo "
     "recipients.",
     [("count", 21, Decimal("13.1"), "DRUGBANK:DB14039", None, None),
      ("count", 14, Decimal("8.9"), None, "placebo", None)]),
    # near miss: two drugs' counts stay each drug's
    ("Pneumonia occurred in 7 of 120 patients receiving ceftriaxone and in 9 of 118 patients receiving azithromycin.",
     [("count", 7, None, "DRUGBANK:DB01212", None, None), ("count", 9, None, "DRUGBANK:DB00207", None, None)]),
])
def test_a_placebo_count_is_the_placebo_arm_s(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _arms(sentence) == expected


def _measures(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (endpoint, statistic, drug, value, arm label, comparator label)."""
    return [(o.endpoint, o.statistic, o.drug, o.value, _label(o.arm), _label(o.comparator_arm))
            for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cystic-fibrosis user: the change had no placebo comparator
    ("The mean change in sweat chloride was -48 mmol/L with ivacaftor vs placebo.",
     [("kgr:endpoint-sweat-chloride", "change", "DRUGBANK:DB08820", Decimal("-48"), None, "placebo")]),
    ("The mean change in LDL cholesterol was -52 mg/dL with inclisiran versus placebo.",
     [("kgr:endpoint-ldl-cholesterol", "change", "DRUGBANK:DB14901", Decimal("-52"), None, "placebo")]),
    ("The mean change in MADRS total score was -19.8 points with esketamine vs placebo.",
     [("kgr:endpoint-madrs", "change", "DRUGBANK:DB11823", Decimal("-19.8"), None, "placebo")]),
    # the control with its own value: the drug's is set against it, the control's against nothing
    ("The mean change in body weight was -14.9% with semaglutide versus -2.4% with placebo.",
     [("kgr:endpoint-body-weight", "change", "DRUGBANK:DB13928", Decimal("-14.9"), None, "placebo"),
      ("kgr:endpoint-body-weight", "change", None, Decimal("-2.4"), "placebo", None)]),
    # near misses: no comparison said, no comparator
    ("The mean change in MADRS total score was -19.8 points with esketamine.",
     [("kgr:endpoint-madrs", "change", "DRUGBANK:DB11823", Decimal("-19.8"), None, None)]),
    ("Sweat chloride changed by -48.1 mmol/L with ivacaftor and -0.8 mmol/L with placebo.",
     [("kgr:endpoint-sweat-chloride", "change", "DRUGBANK:DB08820", Decimal("-48.1"), None, None),
      ("kgr:endpoint-sweat-chloride", "change", None, Decimal("-0.8"), "placebo", None)]),
])
def test_a_measure_s_change_versus_placebo_has_the_placebo_comparator(
        sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _measures(sentence) == expected


def _compared(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (statistic, drug, arm label, comparator label, comparator drug)."""
    return [(o.statistic, o.drug, _label(o.arm), _label(o.comparator_arm),
             o.comparator_arm.drug if o.comparator_arm else None) for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an oncology user: the ratio was pembrolizumab's alone, against nothing
    ("Overall survival was longer with pembrolizumab plus chemotherapy than with chemotherapy alone (hazard ratio "
     "0.49; 95% CI 0.38 to 0.64).",
     [("hazard ratio", "DRUGBANK:DB09037", "pembrolizumab plus chemotherapy", "chemotherapy alone", None)]),
    # a combination against one of its drugs alone is a comparison (melanoma, "+")
    ("Progression-free survival was significantly longer with dabrafenib + trametinib than with dabrafenib alone "
     "(hazard ratio 0.67; 95% CI 0.53 to 0.84).",
     [("hazard ratio", "DRUGBANK:DB08912", "dabrafenib + trametinib", "dabrafenib monotherapy", "DRUGBANK:DB08912")]),
    ("Progression-free survival was longer with nivolumab in combination with ipilimumab than with nivolumab alone "
     "(hazard ratio 0.74).",
     [("hazard ratio", "DRUGBANK:DB09035", "nivolumab in combination with ipilimumab", "nivolumab monotherapy",
       "DRUGBANK:DB09035")]),
    # found by a cystic-fibrosis user: a three-drug regimen's arm lost its third drug
    ("The mean change from baseline in sweat chloride was -41.8 mmol/L with elexacaftor-tezacaftor-ivacaftor versus "
     "placebo.",
     [("change", "DRUGBANK:DB15444", "elexacaftor-tezacaftor-ivacaftor", "placebo", None)]),
    # the rates of a combination and of chemotherapy alone, chemotherapy named first
    ("The objective response rate was 48% with chemotherapy plus pembrolizumab and 19% with chemotherapy alone.",
     [("rate", "DRUGBANK:DB09037", "chemotherapy plus pembrolizumab", None, None),
      ("rate", None, "chemotherapy", None, None)]),
    # near miss: a drug alone has no combination arm
    ("Overall survival was longer with pembrolizumab than with chemotherapy (hazard ratio 0.60; 95% CI 0.41 to 0.89).",
     [("hazard ratio", "DRUGBANK:DB09037", None, "chemotherapy", None)]),
])
def test_a_combination_is_the_arm_of_its_records(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _compared(sentence) == expected


def _dosed(arm: StudyArm | None) -> tuple[object, ...] | None:
    return (arm.drug, arm.dose, arm.dose_unit, arm.schedule) if arm else None


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cardiology user: the comparator's 40 mg was lost
    ("Major adverse cardiovascular events occurred less often with rosuvastatin 10 mg than with atorvastatin 40 mg "
     "(hazard ratio 0.85; 95% CI 0.74 to 0.98).",
     [("hazard ratio", "DRUGBANK:DB01098", ("DRUGBANK:DB01098", Decimal("10"), "mg", None),
       ("DRUGBANK:DB01076", Decimal("40"), "mg", None))]),
    ("Cardiovascular death was less frequent with ticagrelor 90 mg twice daily than with clopidogrel 75 mg daily "
     "(hazard ratio 0.79; 95% CI 0.69 to 0.91).",
     [("hazard ratio", "DRUGBANK:DB08816", ("DRUGBANK:DB08816", Decimal("90"), "mg", "twice daily"),
       ("DRUGBANK:DB00758", Decimal("75"), "mg", "daily"))]),
    # found by a rheumatology user: methotrexate's 48% carried tofacitinib's id on its 20 mg arm
    ("The response rate was 62% with tofacitinib 10 mg twice daily versus 48% with methotrexate 20 mg weekly.",
     [("rate", "DRUGBANK:DB08895", ("DRUGBANK:DB08895", Decimal("10"), "mg", "twice daily"), None),
      ("rate", "DRUGBANK:DB00563", ("DRUGBANK:DB00563", Decimal("20"), "mg", "weekly"), None)]),
    ("Recurrent venous thromboembolism occurred in 2.3% of patients receiving apixaban 10 mg twice daily and 2.7% "
     "of patients receiving enoxaparin 1 mg/kg.",
     [("rate", "DRUGBANK:DB06605", ("DRUGBANK:DB06605", Decimal("10"), "mg", "twice daily"), None),
      ("rate", "DRUGBANK:DB01225", ("DRUGBANK:DB01225", Decimal("1"), "mg/kg", None), None)]),
    # near miss: a comparator with no dose stays the drug's name
    ("Major bleeding was less frequent with apixaban 5 mg twice daily than with warfarin (hazard ratio 0.69; "
     "95% CI 0.60 to 0.80).",
     [("hazard ratio", "DRUGBANK:DB06605", ("DRUGBANK:DB06605", Decimal("5"), "mg", "twice daily"),
       ("DRUGBANK:DB00682", None, None, None))]),
])
def test_each_arm_keeps_its_own_dose(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.statistic, o.drug, _dosed(o.arm), _dosed(o.comparator_arm)) for o in run(sentence).outcomes] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cardiology user: the ratio's comparator was warfarin with no dose
    ("Stroke occurred in 1.6% of patients receiving dabigatran 150 mg and 2.2% of patients receiving warfarin 5 mg "
     "(hazard ratio 0.66).",
     ("DRUGBANK:DB14726", ("DRUGBANK:DB14726", Decimal("150"), "mg", None),
      ("DRUGBANK:DB00682", Decimal("5"), "mg", None))),
    # an inflammatory-bowel-disease head-to-head trial
    ("Remission occurred in 40% of patients receiving ustekinumab 90 mg and 25% of patients receiving vedolizumab "
     "300 mg (odds ratio 2.0; 95% CI 1.3 to 3.1).",
     ("DRUGBANK:DB05679", ("DRUGBANK:DB05679", Decimal("90"), "mg", None),
      ("DRUGBANK:DB09033", Decimal("300"), "mg", None))),
])
def test_a_ratio_s_comparator_keeps_its_dose(sentence: str, expected: tuple[object, ...]) -> None:
    ratios = [o for o in run(sentence).outcomes if o.statistic.endswith("ratio")]
    assert [(o.drug, _dosed(o.arm), _dosed(o.comparator_arm)) for o in ratios] == [expected]


@pytest.mark.parametrize("sentence", [
    # found by a rheumatology user: methotrexate's 20 mg arm carried tofacitinib's id, and so the
    # ratio compared tofacitinib with tofacitinib
    "Response was 62% with tofacitinib 10 mg and 48% with methotrexate 20 mg (hazard ratio 1.3).",
    "Stroke occurred in 1.6% of patients receiving dabigatran 150 mg and 2.2% of patients receiving warfarin 5 mg "
    "(hazard ratio 0.66).",
    "Overall survival was longer with nivolumab than with nivolumab (hazard ratio 0.74).",
    "Remission rates did not differ between infliximab and infliximab (31% vs 27%; P=0.54).",
    "Bleeding was more frequent with aspirin plus clopidogrel than with clopidogrel alone (hazard ratio 1.4).",
])
def test_no_record_compares_a_drug_with_itself(sentence: str) -> None:
    for o in run(sentence).outcomes:
        assert o.arm is None or o.arm.drug in (None, o.drug)
        if o.comparator_arm is not None and o.comparator_arm.drug == o.drug:
            assert o.arm is not None and (o.arm.label, o.arm.dose) != (o.comparator_arm.label, o.comparator_arm.dose)


def test_a_drug_against_itself_in_another_regimen_or_dose_is_a_comparison() -> None:
    # near misses: a combination against one of its drugs alone, and two doses of one drug
    (ratio,) = run("Progression-free survival was longer with encorafenib plus binimetinib than with encorafenib "
                   "alone (hazard ratio 0.75; 95% CI 0.56 to 1.00).").outcomes
    assert (_label(ratio.arm), _label(ratio.comparator_arm)) == ("encorafenib plus binimetinib",
                                                                  "encorafenib monotherapy")
    x = run("Hyperkalemia occurred more often with finerenone 20 mg than with finerenone 10 mg (hazard ratio 1.9).")
    assert [(_dosed(o.arm), _dosed(o.comparator_arm)) for o in x.outcomes if o.statistic == "hazard ratio"] == [
        (("DRUGBANK:DB16165", Decimal("20"), "mg", None), ("DRUGBANK:DB16165", Decimal("10"), "mg", None))]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a rheumatology user: the class was no comparator
    ("The risk of major adverse cardiovascular events was higher with tofacitinib than with TNF inhibitors (hazard "
     "ratio 1.33; 95% CI 0.91 to 1.94).",
     [("hazard ratio", None, "DRUGBANK:DB08895", None, "tnf inhibitors")]),
    ("Serious infections were more frequent with rituximab vs. other DMARDs (hazard ratio 1.4).",
     [("hazard ratio", None, "DRUGBANK:DB00073", None, "other dmards")]),
    # cardiology: a class of anticoagulants
    ("Major bleeding occurred less often with apixaban compared with vitamin K antagonists (hazard ratio 0.69).",
     [("hazard ratio", None, "DRUGBANK:DB06605", None, "vitamin k antagonists")]),
    # a class's own rate is its arm's, of no drug, and the ratio's comparator
    ("Herpes zoster occurred in 4.0% of patients receiving baricitinib and in 1.2% of those receiving other DMARDs "
     "(hazard ratio 3.3).",
     [("rate", Decimal("4.0"), "DRUGBANK:DB11817", None, None),
      ("rate", Decimal("1.2"), None, "other dmards", None),
      ("hazard ratio", None, "DRUGBANK:DB11817", None, "other dmards")]),
    ("Serious infections occurred in 3.1% with tofacitinib and 2.5% with TNF inhibitors.",
     [("rate", Decimal("3.1"), "DRUGBANK:DB08895", None, None),
      ("rate", Decimal("2.5"), None, "tnf inhibitors", None)]),
    # near miss: patients naive to a class are no class arm
    ("Serious infections were more frequent with tocilizumab compared with TNF inhibitor-naive patients (hazard "
     "ratio 1.4).",
     [("hazard ratio", None, "DRUGBANK:DB06273", None, None)]),
])
def test_a_class_of_drugs_is_a_comparator_arm(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.statistic, o.percent, o.drug, _label(o.arm), _label(o.comparator_arm))
            for o in run(sentence).outcomes] == expected


def test_comparing_one_drug_with_another_is_no_combination() -> None:
    # a rheumatology head-to-head trial: "with" joins the two arms, not a regimen
    x = run("In a trial comparing tocilizumab with adalimumab, remission was achieved in 39.9% versus 10.5% of "
            "patients (difference 29.4 percentage points).")
    assert [(o.statistic, o.drug, _label(o.arm), _label(o.comparator_arm)) for o in x.outcomes] == [
        ("rate", "DRUGBANK:DB06273", None, None), ("rate", "DRUGBANK:DB00051", None, None),
        ("difference", "DRUGBANK:DB06273", None, "adalimumab")]
    # near miss: a drug given with another is their combination
    (ratio,) = run("Treatment of rivaroxaban with aspirin reduced major adverse cardiovascular events (hazard ratio "
                   "0.76).").outcomes
    assert (ratio.drug, _label(ratio.arm)) == ("DRUGBANK:DB06228", "rivaroxaban with aspirin")


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a neurology user: the reduction had no comparator
    ("Compared with placebo, erenumab 140 mg reduced monthly migraine days by 3.7 days (95% CI -4.3 to -3.1).",
     [("difference", "DRUGBANK:DB14039", "140 mg", "placebo")]),
    ("Compared with placebo, lecanemab reduced clinical decline on the CDR-SB (hazard ratio 0.73).",
     [("hazard ratio", "DRUGBANK:DB14580", None, "placebo")]),
    # a group's label is the group, not "patients in the …" (cardiology)
    ("The primary outcome occurred in 9.4% of the patients in the empagliflozin group and 12.1% of those receiving "
     "standard of care (hazard ratio 0.76; 95% CI 0.67 to 0.87).",
     [("rate", "DRUGBANK:DB09038", "empagliflozin", None), ("rate", None, "standard of care", None),
      ("hazard ratio", "DRUGBANK:DB09038", None, "standard of care")]),
])
def test_a_sentence_opening_on_its_control_compares_with_it(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.statistic, o.drug, _label(o.arm), _label(o.comparator_arm)) for o in run(sentence).outcomes] == expected


def test_a_sentence_opening_on_a_drug_comparison_keeps_the_drug_comparator() -> None:
    # near miss: the lead comparator a drug, as before
    (ratio,) = run("Compared with warfarin, apixaban reduced major bleeding (hazard ratio 0.69; 95% CI 0.60 to "
                   "0.80).").outcomes
    assert (ratio.drug, _label(ratio.comparator_arm)) == ("DRUGBANK:DB06605", "warfarin")


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cystic-fibrosis user: a change told net of placebo had no comparator
    ("The placebo-adjusted mean change in sweat chloride was -41.8 mmol/L with ivacaftor.",
     [("change", "DRUGBANK:DB08820", Decimal("-41.8"), None, "placebo")]),
    # … nor had a reduction told without its number
    ("Ivacaftor reduced sweat chloride concentration by a mean of 48 mmol/L versus placebo.",
     [("qualitative", "DRUGBANK:DB08820", None, "reduced", "placebo")]),
    # near miss: a reduction told of one arm, with no control
    ("Ivacaftor reduced sweat chloride concentration in children aged 2 to 5 years.",
     [("qualitative", "DRUGBANK:DB08820", None, "reduced", None)]),
])
def test_a_measure_net_of_placebo_is_against_placebo(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.statistic, o.drug, o.value, o.effect, _label(o.comparator_arm))
            for o in run(sentence).outcomes] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by an oncology user: the combination's ratio was lenvatinib's alone
    ("Progression-free survival was longer with the combination of lenvatinib and pembrolizumab than with sunitinib "
     "(hazard ratio 0.39; 95% CI 0.32 to 0.49).",
     [("hazard ratio", "DRUGBANK:DB09078", "lenvatinib and pembrolizumab", "sunitinib")]),
    # an add-on trial in epilepsy
    ("Seizure frequency decreased by 40% with cannabidiol added to clobazam versus 15% with placebo.",
     [("relative change", "DRUGBANK:DB09061", "cannabidiol added to clobazam", "placebo"),
      ("relative change", None, "placebo", None)]),
    # near miss: two drugs joined by "and" with no combination word are two arms
    ("Response rates with rituximab and with obinutuzumab were 65% and 72%, respectively.",
     [("rate", "DRUGBANK:DB00073", None, None), ("rate", "DRUGBANK:DB08935", None, None)]),
])
def test_a_combination_told_in_words_is_one_arm(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.statistic, o.drug, _label(o.arm), _label(o.comparator_arm)) for o in run(sentence).outcomes] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a diabetes cohort: the class's users, named by their people
    ("Mortality was lower among users of dapagliflozin than among users of DPP-4 inhibitors (hazard ratio 0.80).",
     ("DRUGBANK:DB06292", "dpp-4 inhibitors", None)),
    # a class the lexicon knows keeps its id
    ("Mortality was lower in patients treated with dapagliflozin compared with patients receiving sulfonylureas "
     "(hazard ratio 0.7).",
     ("DRUGBANK:DB06292", "sulfonylureas", "MESH:D013453")),
])
def test_a_class_s_users_are_the_comparator(sentence: str, expected: tuple[object, ...]) -> None:
    (ratio,) = run(sentence).outcomes
    assert ratio.comparator_arm is not None
    assert (ratio.drug, ratio.comparator_arm.label, ratio.comparator_arm.drug) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a rheumatology user: the placebo count was tofacitinib's
    ("Serious infections occurred in 18 of 152 patients (11.8%) and 12 of 150 patients (8.0%) receiving tofacitinib "
     "and placebo, respectively.",
     [("count", 18, Decimal("11.8"), "DRUGBANK:DB08895", None, None),
      ("count", 12, Decimal("8.0"), None, "placebo", None)]),
    # found by a hepatology user: the second regimen's count was ribavirin's
    ("Sustained virologic response was achieved by 120 of 124 patients (96.8%) and 101 of 118 patients (85.6%) with "
     "sofosbuvir-velpatasvir and with sofosbuvir plus ribavirin, respectively.",
     [("count", 120, Decimal("96.8"), "DRUGBANK:DB08934", "sofosbuvir-velpatasvir", None),
      ("count", 101, Decimal("85.6"), "DRUGBANK:DB08934", "sofosbuvir plus ribavirin", None)]),
    # near miss: with no "respectively" each count keeps its own arm
    ("Serious infections occurred in 18 of 152 patients (11.8%) receiving tofacitinib and in 12 of 150 patients "
     "(8.0%) receiving placebo.",
     [("count", 18, Decimal("11.8"), "DRUGBANK:DB08895", None, None),
      ("count", 12, Decimal("8.0"), None, "placebo", None)]),
])
def test_counts_told_respectively_are_their_arms(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _arms(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a rheumatology user: the placebo group's count went to the paper's drug
    ("Among patients receiving placebo, 12 of 150 (8.0%) had a serious infection.", (None, "placebo")),
    ("In the placebo group, serious infections occurred in 8.0% of patients.", (None, "placebo")),
    ("In placebo-treated patients, nausea occurred in 5%.", (None, "placebo")),
    # near miss: a drug's group is the drug's
    ("Among patients receiving tofacitinib, 18 of 152 (11.8%) had a serious infection.", ("DRUGBANK:DB08895", None)),
])
def test_a_sentence_opening_on_the_placebo_group_is_placebo_s(sentence: str, expected: tuple[object, ...]) -> None:
    (outcome,) = extract(document(sentence, "Tofacitinib in rheumatoid arthritis."), SHIPPED).outcomes
    assert (outcome.drug, _label(outcome.arm)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a gastroenterology user: the two schedules' rates had no arm
    ("Clinical remission at week 52 occurred in 31% of patients receiving vedolizumab every 8 weeks, 45% receiving "
     "vedolizumab every 4 weeks, and 16% receiving placebo.",
     [(Decimal("31"), "DRUGBANK:DB09033", "every 8 weeks"), (Decimal("45"), "DRUGBANK:DB09033", "every 4 weeks"),
      (Decimal("16"), None, "placebo")]),
    ("Relapse occurred in 20% with adalimumab weekly and 30% with adalimumab every other week.",
     [(Decimal("20"), "DRUGBANK:DB00051", "weekly"), (Decimal("30"), "DRUGBANK:DB00051", "every other week")]),
    # near miss: one drug with no dose or schedule has no arm
    ("Relapse occurred in 20% of patients receiving adalimumab.", [(Decimal("20"), "DRUGBANK:DB00051", None)]),
])
def test_each_schedule_of_a_drug_is_its_own_arm(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.percent, o.drug, _label(o.arm)) for o in run(sentence).outcomes] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a cardiology user: the ratio had no comparator
    ("The rate of stroke was 1.1% per year with dabigatran 150 mg and 1.7% per year with warfarin (relative risk "
     "0.66).",
     ("relative risk", "DRUGBANK:DB14726", "warfarin", "DRUGBANK:DB00682")),
    # a diabetes trial of two insulins
    ("Hypoglycemia occurred in 2.1% of patients with glargine and 1.4% with degludec (rate ratio 0.6).",
     ("incidence rate ratio", "DRUGBANK:DB00047", "degludec", "DRUGBANK:DB09564")),
])
def test_a_ratio_beside_two_drugs_numbers_is_against_the_other(sentence: str, expected: tuple[object, ...]) -> None:
    (ratio,) = [o for o in run(sentence).outcomes if o.statistic in ("relative risk", "incidence rate ratio")]
    assert ratio.comparator_arm is not None
    assert (ratio.statistic, ratio.drug, ratio.comparator_arm.label, ratio.comparator_arm.drug) == expected


def test_a_lone_dose_is_the_drug_s_named_before_it() -> None:
    # found by a cardiology user: warfarin's rate carried apixaban's 5 mg
    x = run("Major bleeding occurred in 3.6% of patients receiving warfarin versus 2.1% of those receiving apixaban "
            "5 mg twice daily.")
    assert [(o.percent, o.drug, _dosed(o.arm)) for o in x.outcomes] == [
        (Decimal("3.6"), "DRUGBANK:DB00682", None),
        (Decimal("2.1"), "DRUGBANK:DB06605", ("DRUGBANK:DB06605", Decimal("5"), "mg", "twice daily"))]
    # near miss: a dose before its drug is still that drug's
    (rate,) = run("Nausea occurred in 12% of patients given 400 mg of imatinib daily.").outcomes
    assert _dosed(rate.arm) == ("CHEBI:45783", Decimal("400"), "mg", None)
