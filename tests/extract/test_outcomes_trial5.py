"""Outcome records a new user's trial found wrong (trial 5): shared-unit medians, significance,
relative reductions, absolute changes and threshold endpoints, the arm column."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


def _medians(sentence: str) -> list[tuple[object, ...]]:
    return [(o.endpoint, o.value, o.unit, o.drug, o.arm.label if o.arm else None,
             o.comparator_arm.label if o.comparator_arm else None)
            for o in run(sentence).outcomes if o.statistic == "median"]


PFS, OS = "kgr:endpoint-progression-free-survival", "kgr:endpoint-overall-survival"
NIVOLUMAB, DOCETAXEL, REGORAFENIB = "DRUGBANK:DB09035", "DRUGBANK:DB01248", "DRUGBANK:DB08896"


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a new user's trial: "median 3.9 vs 2.8 months" gave no median at all
    ("Progression-free survival was similar with nivolumab and docetaxel (median 3.9 vs 2.8 months; "
     "hazard ratio 0.93, 95% CI 0.71-1.22).",
     [(PFS, Decimal("3.9"), "months", NIVOLUMAB, "Nivolumab", "Docetaxel"),
      (PFS, Decimal("2.8"), "months", DOCETAXEL, "Docetaxel", "Nivolumab")]),
    ("Progression-free survival was longer with regorafenib than with placebo (median 8.4 vs 4.8 months; "
     "hazard ratio 0.27, 95% CI 0.19-0.39).",
     [(PFS, Decimal("8.4"), "months", REGORAFENIB, None, "placebo"),
      (PFS, Decimal("4.8"), "months", None, "placebo", None)]),
    # the arms named after both values are theirs in order, not the second value's alone
    ("Median overall survival was 12.2 versus 9.4 months with nivolumab and docetaxel.",
     [(OS, Decimal("12.2"), "months", NIVOLUMAB, "Nivolumab", "Docetaxel"),
      (OS, Decimal("9.4"), "months", DOCETAXEL, "Docetaxel", "Nivolumab")]),
    ("Median overall survival was 6.4 and 5.0 months, respectively, with regorafenib and placebo.",
     [(OS, Decimal("6.4"), "months", REGORAFENIB, "Regorafenib", "placebo"),
      (OS, Decimal("5.0"), "months", None, "placebo", "Regorafenib")]),
])
def test_medians_sharing_one_unit(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _medians(sentence) == expected


def test_a_range_of_treatment_times_is_not_two_medians() -> None:
    # near miss: "between 3 and 6 months" is a range, not a second arm's median
    assert _medians("Median overall survival was 11.2 months in patients treated for between 3 and 6 months "
                    "with nivolumab.") == [(OS, Decimal("11.2"), "months", NIVOLUMAB, None, None)]


def test_medians_with_their_own_units_are_unchanged() -> None:
    assert _medians("Progression-free survival was longer with regorafenib than with placebo (median 5.6 months "
                    "vs 4.5 months; hazard ratio 0.49).") == [
        (PFS, Decimal("5.6"), "months", REGORAFENIB, None, "placebo"),
        (PFS, Decimal("4.5"), "months", None, "placebo", None)]


def _significance(sentence: str) -> list[tuple[object, ...]]:
    return [(o.statistic, o.hazard_ratio if o.hazard_ratio is not None else o.value, o.significant)
            for o in run(sentence).outcomes if o.statistic in ("hazard ratio", "odds ratio", "difference")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a new user's trial: kg:significant was never true
    ("Sotorasib significantly improved progression-free survival compared with docetaxel (hazard ratio, 0.66; "
     "95% CI, 0.51 to 0.86; P=0.0017).", [("hazard ratio", Decimal("0.66"), True)]),
    ("Progression-free survival was longer with sotorasib than with docetaxel (hazard ratio, 0.63; 95% CI, 0.47 to "
     "0.86; P=0.002).", [("hazard ratio", Decimal("0.63"), True)]),
    # the sentence's word alone, and an interval alone
    ("Secukinumab produced a significant reduction in the primary outcome (hazard ratio 0.71).",
     [("hazard ratio", Decimal("0.71"), True)]),
    ("Clinical remission was more frequent with upadacitinib than with placebo (difference, 21.6 percentage points; "
     "95% CI, 15.8 to 27.4).", [("difference", Decimal("21.6"), True)]),
    # a CI spanning 1 is not significant
    ("Overall survival did not differ between groups (hazard ratio 1.01, 95% CI 0.77-1.33).",
     [("hazard ratio", Decimal("1.01"), False)]),
    # a denied word: not significant, not true
    ("Empagliflozin did not significantly reduce the risk of the primary outcome (hazard ratio 0.91).",
     [("hazard ratio", Decimal("0.91"), False)]),
    # each clause its own: the second says nothing
    ("Progression-free survival was significantly longer with ribociclib (hazard ratio 0.56), whereas overall "
     "survival was similar (hazard ratio 0.98).",
     [("hazard ratio", Decimal("0.56"), True), ("hazard ratio", Decimal("0.98"), None)]),
    # near misses: a p-value of another test, a 90% interval, nothing at all
    ("Apixaban reduced the risk of the primary outcome (hazard ratio 0.79; P=0.02 for interaction).",
     [("hazard ratio", Decimal("0.79"), None)]),
    ("Apixaban reduced the risk of the primary outcome (hazard ratio 0.79; 90% CI, 0.66 to 0.95).",
     [("hazard ratio", Decimal("0.79"), None)]),
    ("Apixaban reduced the risk of the primary outcome (hazard ratio 0.79).", [("hazard ratio", Decimal("0.79"), None)]),
])
def test_significance_said_or_shown(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _significance(sentence) == expected


def test_significance_reaches_the_graph() -> None:
    import kg
    from kg.iris import KG

    extraction = run("Sotorasib significantly improved progression-free survival compared with docetaxel (hazard "
                     "ratio, 0.66; 95% CI, 0.51 to 0.86; P=0.0017). Overall survival did not differ between groups "
                     "(hazard ratio 1.01, 95% CI 0.77-1.33).")
    graph = kg.export.union_graph(kg.to_dataset([extraction], kg.assemble([extraction])))
    assert sorted(str(o) for o in graph.objects(None, KG.significant)) == ["false", "true"]


def _relative(sentence: str) -> list[tuple[object, ...]]:
    return [(o.endpoint, o.statistic, o.value, o.percent, o.unit, o.effect, o.drug,
             o.comparator_arm.label if o.comparator_arm else None, o.evidence.hedged)
            for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a new user's trial: a rate of 55%, hedged on "likely"
    ("Patients receiving ivacaftor were 55% less likely than placebo recipients to have a pulmonary exacerbation.",
     [("kgr:endpoint-exacerbation-rate", "relative change", Decimal("55"), None, "percent", "reduced",
       "DRUGBANK:DB08820", "placebo", False)]),
    ("Patients given ocrelizumab were 46% less likely than those given interferon beta-1a to have a relapse.",
     [("kgr:endpoint-relapse", "relative change", Decimal("46"), None, "percent", "reduced",
       "DRUGBANK:DB11988", "interferon beta-1a", False)]),
    # near miss: "likely" alone still hedges, and a share of patients stays a rate
    ("Ivacaftor may be likely to reduce pulmonary exacerbations in 55% of patients.",
     [("kgr:endpoint-exacerbation-rate", "rate", None, Decimal("55"), None, None, "DRUGBANK:DB08820", None, True)]),
])
def test_less_likely_than_is_a_relative_reduction(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _relative(sentence) == expected


def _rates(sentence: str) -> list[tuple[object, ...]]:
    return [(o.endpoint, o.statistic, o.percent, o.value, o.unit, o.effect, o.drug) for o in run(sentence).outcomes]


HBV = "kgr:endpoint-hbv-dna-suppression"
TENOFOVIR, ADEFOVIR = "DRUGBANK:DB14126", "DRUGBANK:DB13868"


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a new user's trial: an absolute change with a spelled-out unit gave no record
    ("Sweat chloride decreased by 48.1 mmol per liter with ivacaftor.",
     [("kgr:endpoint-sweat-chloride", "change", None, Decimal("48.1"), "mmol/L", "reduced", "DRUGBANK:DB08820")]),
    ("LDL cholesterol was reduced by 58 mg per deciliter with evolocumab.",
     [("kgr:endpoint-ldl-cholesterol", "change", None, Decimal("58"), "mg/dL", "reduced", "DRUGBANK:DB09303")]),
    # … and a viral load under any threshold is the antiviral trial's endpoint
    ("HBV DNA below 400 copies per millilitre was achieved in 76% of patients receiving tenofovir and 13% "
     "receiving adefovir.",
     [(HBV, "rate", Decimal("76"), None, None, None, TENOFOVIR), (HBV, "rate", Decimal("13"), None, None, None, ADEFOVIR)]),
    ("After 48 weeks, 93% of patients receiving tenofovir and 63% receiving adefovir had serum HBV DNA levels of "
     "less than 60 IU/mL.",
     [(HBV, "rate", Decimal("93"), None, None, None, TENOFOVIR), (HBV, "rate", Decimal("63"), None, None, None, ADEFOVIR)]),
    ("HIV-1 RNA below 200 copies/mL was achieved in 91% of patients with dolutegravir.",
     [("kgr:endpoint-virologic-response", "rate", Decimal("91"), None, None, None, "DRUGBANK:DB08930")]),
    ("HIV-1 RNA below 50 copies per mL was achieved in 88% of patients with dolutegravir.",
     [("kgr:endpoint-hiv-rna-below-50", "rate", Decimal("88"), None, None, None, "DRUGBANK:DB08930")]),
    ("Undetectable HCV RNA was achieved in 95% of patients with sofosbuvir.",
     [("kgr:endpoint-virologic-response", "rate", Decimal("95"), None, None, None, "DRUGBANK:DB08934")]),
    # near miss: a viral load measured, no threshold, is no endpoint
    ("HBV DNA levels were measured in 76% of patients receiving tenofovir.", []),
])
def test_absolute_changes_and_viral_thresholds(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _rates(sentence) == expected


def test_a_viral_threshold_endpoint_is_labelled_in_the_graph() -> None:
    from rdflib import RDFS, URIRef

    import kg

    extraction = run("HBV DNA below 400 copies per millilitre was achieved in 76% of patients receiving tenofovir.")
    graph = kg.export.union_graph(kg.to_dataset([extraction], kg.assemble([extraction])))
    labels = {str(o) for s, o in graph.subject_objects(RDFS.label) if isinstance(s, URIRef)
              and str(s).endswith("endpoint-hbv-dna-suppression")}
    assert labels == {"HBV DNA suppression"}


def _arm_column(tmp_path: object, text: str) -> list[tuple[str, str, str, str]]:
    from pathlib import Path

    import kg
    from kg.export import union_graph
    from kg.query import run_query

    path = Path(str(tmp_path)) / "a.txt"
    path.write_text(text, encoding="utf-8")
    graph = union_graph(kg.build([path]).dataset)
    columns, result = run_query(graph, "outcomes", {})
    table = [dict(zip(columns, ("" if v is None else str(v) for v in row), strict=True)) for row in result]
    return [(r["endpointLabel"], r["drugLabel"], r["arm"], r["statistic"]) for r in table]


def test_the_arm_column_is_the_studies_arm(tmp_path: object) -> None:
    # found by a new user's trial: "Sotorasib", "sotorasib" or empty for one and the same arm
    assert _arm_column(tmp_path, (
        "Sotorasib versus docetaxel\n\nIn this phase 3 trial, 345 patients were randomly assigned to receive oral "
        "sotorasib 960 mg daily or intravenous docetaxel 75 mg per square meter every 3 weeks. The objective response "
        "rate was 28.1% with sotorasib and 13.2% with docetaxel. Median progression-free survival was 5.6 months "
        "with sotorasib vs 4.5 months with docetaxel. Diarrhoea occurred in 12% of patients given placebo.\n")) == [
        ("objective response", "Docetaxel", "75 mg/m² every 3 weeks", "rate"),
        ("objective response", "Sotorasib", "960 mg daily", "rate"),
        ("progression-free survival", "Docetaxel", "75 mg/m² every 3 weeks", "median"),
        ("progression-free survival", "Sotorasib", "960 mg daily", "median"),
        ("adverse-event rate", "", "placebo", "rate")]


def test_the_arm_column_never_repeats_the_drug(tmp_path: object) -> None:
    # near miss: no design sentence, so no arm to name; the drug stays in its own column
    assert _arm_column(tmp_path, (
        "Nivolumab versus docetaxel\n\nMedian overall survival was 9.2 months with nivolumab vs 6.0 months with "
        "docetaxel. The response rate was 20% with nivolumab and 9% with docetaxel.\n")) == [
        ("overall survival", "Docetaxel", "", "median"),
        ("overall survival", "Nivolumab", "", "median"),
        ("response", "Docetaxel", "", "rate"),
        ("response", "Nivolumab", "", "rate")]
