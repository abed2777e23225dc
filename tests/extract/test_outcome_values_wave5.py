"""Outcome records' values and endpoints found wrong in review (wave 5): composite and X-free
endpoints, numbers that are part of an endpoint's name, ratios "for time to" an event, levels
told as a share of normal, plural hazard ratios and event rates per patient-years."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


def _rows(sentence: str) -> list[tuple[object, ...]]:
    """(endpoint, statistic, drug, count, percent, hazard ratio) of each record."""
    return [(o.endpoint, o.statistic, o.drug, o.count, o.percent, o.hazard_ratio) for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a bare "death" is a composite's part, not lost to the other name
    ("Dapagliflozin reduced the risk of death or hospitalization for heart failure (hazard ratio, 0.74; 95% CI, "
     "0.65 to 0.85).",
     [("kgr:endpoint-death-or-heart-failure-hospitalization", "hazard ratio", "DRUGBANK:DB06292",
       None, None, Decimal("0.74"))]),
    # … and no adverse event heart failure
    ("Worsening heart failure or death occurred in 16.3% of patients receiving dapagliflozin.",
     [("kgr:endpoint-death-or-worsening-heart-failure", "rate", "DRUGBANK:DB06292", None,
       Decimal("16.3"), None)]),
    # an event after a named death is a part too, its "worsening" with it
    ("Cardiovascular death or worsening heart failure occurred in 10.8% with empagliflozin (hazard ratio, 0.79).",
     [("kgr:endpoint-cardiovascular-death-or-worsening-heart-failure", "rate", "DRUGBANK:DB09038", None,
       Decimal("10.8"), None),
      ("kgr:endpoint-cardiovascular-death-or-worsening-heart-failure", "hazard ratio", "DRUGBANK:DB09038", None,
       None, Decimal("0.79"))]),
    ("Hospitalization or death through day 28 occurred in 0.8% of patients receiving nirmatrelvir.",
     [("kgr:endpoint-death-or-hospitalization", "rate", "DRUGBANK:DB16691", None, Decimal("0.8"),
       None)]),
    # a part kg has no name for is minted with death, whole
    ("Tocilizumab reduced the risk of death or mechanical ventilation (hazard ratio, 0.56).",
     [("kgr:endpoint-death-or-mechanical-ventilation", "hazard ratio", "DRUGBANK:DB06273", None, None,
       Decimal("0.56"))]),
    ("Death or disability at 90 days occurred in 30% of patients given alteplase.",
     [("kgr:endpoint-death-or-disability", "rate", "DRUGBANK:DB00009", None, Decimal("30"), None)]),
    ("Hepatic decompensation or death occurred in 5% of patients given obeticholic acid.",
     [("kgr:endpoint-death-or-hepatic-decompensation", "rate", "DRUGBANK:DB05990", None, Decimal("5"), None)]),
    ("Obeticholic acid reduced the risk of liver transplantation or death (hazard ratio, 0.62).",
     [("kgr:endpoint-death-or-liver-transplantation", "hazard ratio", "DRUGBANK:DB05990", None, None,
       Decimal("0.62"))]),
    # a bare death's risk alone is mortality
    ("The risk of death was lower with tafamidis (hazard ratio, 0.70).",
     [("kgr:endpoint-all-cause-mortality", "hazard ratio", "DRUGBANK:DB11644", None, None, Decimal("0.70"))]),
    # near miss: a cause of death is no endpoint
    ("The cause of death or hospitalization was unknown in 3% of patients given placebo.",
     [("kgr:endpoint-hospitalization", "rate", None, None, Decimal("3"), None)]),
    # near miss: death alone is mortality, no composite
    ("Death occurred in 12% of patients receiving tafamidis.",
     [("kgr:endpoint-all-cause-mortality", "rate", "DRUGBANK:DB11644", None, Decimal("12"), None)]),
    # near miss: a named composite stays the lexicon's
    ("Major adverse cardiovascular events occurred in 6.5% of patients receiving semaglutide.",
     [("kgr:endpoint-mace", "rate", "DRUGBANK:DB13928", None, Decimal("6.5"), None)]),
])
def test_death_or_an_endpoint_is_a_composite(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Corticosteroid-free remission at week 52 was achieved in 31.4% of patients receiving vedolizumab.",
     ("kgr:endpoint-corticosteroid-free-remission", Decimal("31.4"))),
    ("Steroid-free clinical remission was reported in 24% of patients treated with upadacitinib.",
     ("kgr:endpoint-corticosteroid-free-remission", Decimal("24"))),
    ("Glucocorticoid-free remission was sustained in 56% of patients given tocilizumab.",
     ("kgr:endpoint-corticosteroid-free-remission", Decimal("56"))),
    # an X-free endpoint kg has no name for is an endpoint of its own, not plain remission
    ("Transfusion-free remission was achieved in 35% of patients receiving luspatercept.",
     ("kgr:endpoint-transfusion-free-remission", Decimal("35"))),
    ("Treatment-free survival at 3 years was 52% with nivolumab plus ipilimumab.",
     ("kgr:endpoint-treatment-free-survival", Decimal("52"))),
    ("Leukemia-free survival at 2 years was 61% with azacitidine maintenance.",
     ("kgr:endpoint-leukemia-free-survival", Decimal("61"))),
    # near misses: remission alone, and an X-free name the lexicon knows
    ("Relapse-free survival at 5 years was 70% with imatinib.", ("kgr:endpoint-recurrence-free-survival", Decimal("70"))),
    ("Clinical remission was achieved in 42% of patients receiving ustekinumab.",
     ("kgr:endpoint-remission", Decimal("42"))),
    ("Event-free survival at 3 years was 61% with blinatumomab.",
     ("kgr:endpoint-event-free-survival", Decimal("61"))),
])
def test_x_free_endpoints_are_their_own(sentence: str, expected: tuple[str, Decimal]) -> None:
    assert [(o.endpoint, o.percent) for o in run(sentence).outcomes] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the 20 of "ACR20" is no count of patients
    ("Patients receiving abatacept achieved ACR20 (68%), ACR50 (40%) and ACR70 (20%).",
     [("kgr:endpoint-acr20", "rate", "DRUGBANK:DB01281", None, Decimal("68"), None),
      ("kgr:endpoint-acr50", "rate", "DRUGBANK:DB01281", None, Decimal("40"), None),
      ("kgr:endpoint-acr70", "rate", "DRUGBANK:DB01281", None, Decimal("20"), None)]),
    # "ACR 50%" names the endpoint; its "responses" are ACR50's, no generic response
    ("ACR 50% responses were seen in 45% of patients receiving adalimumab.",
     [("kgr:endpoint-acr50", "rate", "DRUGBANK:DB00051", None, Decimal("45"), None)]),
    ("An ACR 20% response at week 24 occurred in 59% of patients treated with baricitinib.",
     [("kgr:endpoint-acr20", "rate", "DRUGBANK:DB11817", None, Decimal("59"), None)]),
    ("PASI 90 responses were achieved by 70% of patients with risankizumab.",
     [("kgr:endpoint-pasi90", "rate", "DRUGBANK:DB14762", None, Decimal("70"), None)]),
    ("At week 16, EASI-75 (51%) and IGA 0/1 (38%) responses were higher with dupilumab.",
     [("kgr:endpoint-easi75", "rate", "DRUGBANK:DB12159", None, Decimal("51"), None),
      ("kgr:endpoint-iga-0-1", "rate", "DRUGBANK:DB12159", None, Decimal("38"), None)]),
    # a list of them, in order, with "responses" after the last
    ("The proportions of patients with ACR20, ACR50, and ACR70 responses at week 24 were 70%, 45%, and 25% with "
     "sarilumab.",
     [("kgr:endpoint-acr20", "rate", "DRUGBANK:DB11767", None, Decimal("70"), None),
      ("kgr:endpoint-acr50", "rate", "DRUGBANK:DB11767", None, Decimal("45"), None),
      ("kgr:endpoint-acr70", "rate", "DRUGBANK:DB11767", None, Decimal("25"), None)]),
    # near miss: a real count before its percentage stays a count
    ("Of 120 patients receiving tocilizumab, 48 (40%) achieved ACR50.",
     [("kgr:endpoint-acr50", "count", "DRUGBANK:DB06273", 48, Decimal("40"), None)]),
])
def test_a_number_in_an_endpoint_s_name_is_no_value(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Anifrolumab reduced the risk of flare (hazard ratio for time to flare, 0.70; 95% CI, 0.52 to 0.94).",
     ("kgr:endpoint-flare", Decimal("0.70"))),
    ("The hazard ratio for time to first severe flare was 0.51 with belimumab.",
     ("kgr:endpoint-flare", Decimal("0.51"))),
    # near miss: a time-to endpoint the lexicon names whole keeps its name
    ("Time to progression was longer with enzalutamide (hazard ratio, 0.42).",
     ("kgr:endpoint-time-to-progression", Decimal("0.42"))),
])
def test_a_ratio_for_time_to_an_event_is_that_event_s(sentence: str, expected: tuple[str, Decimal]) -> None:
    assert [(o.endpoint, o.hazard_ratio) for o in run(sentence).outcomes if o.statistic == "hazard ratio"] == [expected]


def _ratios(sentence: str) -> list[tuple[object, ...]]:
    """(endpoint, hazard ratio, lower bound, upper bound, drug, comparator) of each hazard ratio."""
    return [(o.endpoint, o.hazard_ratio, o.ci_lower, o.ci_upper, o.drug,
             o.comparator_arm.label if o.comparator_arm else None)
            for o in run(sentence).outcomes if o.statistic == "hazard ratio"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The hazard ratios for progression-free survival and overall survival were 0.58 and 0.81, respectively, "
     "with osimertinib.",
     [("kgr:endpoint-progression-free-survival", Decimal("0.58"), None, None, "DRUGBANK:DB09330", None),
      ("kgr:endpoint-overall-survival", Decimal("0.81"), None, None, "DRUGBANK:DB09330", None)]),
    # each value its own interval
    ("Hazard ratios with dapagliflozin for cardiovascular death and hospitalization for heart failure were 0.82 "
     "(95% CI, 0.69 to 0.98) and 0.70 (95% CI, 0.59 to 0.83).",
     [("kgr:endpoint-cardiovascular-death", Decimal("0.82"), Decimal("0.69"), Decimal("0.98"), "DRUGBANK:DB06292",
       None),
      ("kgr:endpoint-heart-failure-hospitalization", Decimal("0.70"), Decimal("0.59"), Decimal("0.83"),
       "DRUGBANK:DB06292", None)]),
    # the endpoints before the ratios, and their comparator
    ("Progression-free and overall survival were longer with olaparib than with placebo (hazard ratios, 0.30 and "
     "0.55).",
     [("kgr:endpoint-progression-free-survival", Decimal("0.30"), None, None, "DRUGBANK:DB09074", "placebo"),
      ("kgr:endpoint-overall-survival", Decimal("0.55"), None, None, "DRUGBANK:DB09074", "placebo")]),
    # the endpoints after the ratios
    ("Nivolumab gave hazard ratios of 0.62 and 0.75 for PFS and OS, respectively.",
     [("kgr:endpoint-progression-free-survival", Decimal("0.62"), None, None, "DRUGBANK:DB09035", None),
      ("kgr:endpoint-overall-survival", Decimal("0.75"), None, None, "DRUGBANK:DB09035", None)]),
    ("HRs for relapse and confirmed disability progression were 0.42 (P<0.001) and 0.60 (P=0.01) with ofatumumab "
     "versus teriflunomide.",
     [("kgr:endpoint-relapse", Decimal("0.42"), None, None, "DRUGBANK:DB06650", "teriflunomide"),
      ("kgr:endpoint-confirmed-disability-progression", Decimal("0.60"), None, None, "DRUGBANK:DB06650",
       "teriflunomide")]),
    # intervals told bare, their level in a header
    ("The hazard ratios (95% CI) for progression-free survival and overall survival were 0.52 (0.41-0.66) and 0.73 "
     "(0.58-0.92) with sacituzumab govitecan.",
     [("kgr:endpoint-progression-free-survival", Decimal("0.52"), Decimal("0.41"), Decimal("0.66"), "DRUGBANK:DB12893",
       None),
      ("kgr:endpoint-overall-survival", Decimal("0.73"), Decimal("0.58"), Decimal("0.92"), "DRUGBANK:DB12893", None)]),
    # near misses: numbers that do not pair with the endpoints give no record, a single ratio stays one
    ("Hazard ratios for overall survival and progression-free survival were 0.70, 0.75 and 0.81 with atezolizumab.",
     []),
    ("Hazard ratios were similar across subgroups for overall survival with pembrolizumab.", []),
    ("Overall survival was longer with sotorasib (hazard ratio, 0.66; 95% CI, 0.51 to 0.86).",
     [("kgr:endpoint-overall-survival", Decimal("0.66"), Decimal("0.51"), Decimal("0.86"), "DRUGBANK:DB15569", None)]),
])
def test_plural_hazard_ratios_give_one_record_per_endpoint(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _ratios(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the threshold "5% of normal" defines the response, the 88% is its rate
    ("Response, defined as factor VIII activity above 5% of normal, occurred in 88% of patients given "
     "valoctocogene roxaparvovec.",
     [("kgr:endpoint-response", Decimal("88"))]),
    ("With fitusiran, antithrombin levels fell to 22% of normal and the annualized bleeding rate was 1.7.", []),
    ("Patients with an FEV1 of 40% to 80% predicted were randomized to tezepelumab.", []),
    ("Among patients with ALT above 40% of the upper limit of normal, sustained virologic response was 96% with "
     "sofosbuvir.",
     [("kgr:endpoint-svr", Decimal("96"))]),
    # near miss: a share of patients stays a rate
    ("Sustained virologic response was achieved in 95% of patients with normal ALT given sofosbuvir.",
     [("kgr:endpoint-svr", Decimal("95"))]),
])
def test_a_level_as_a_share_of_normal_is_no_rate(sentence: str, expected: list[tuple[str, Decimal]]) -> None:
    assert [(o.endpoint, o.percent) for o in run(sentence).outcomes] == expected


def _event_rates(sentence: str) -> list[tuple[object, ...]]:
    """(endpoint, adverse event, statistic, value, unit, percent, drug, arm) of each record."""
    return [(o.endpoint, o.adverse_event, o.statistic, o.value, o.unit, o.percent, o.drug,
             o.arm.label if o.arm else None) for o in run(sentence).outcomes]


AE_RATE = "kgr:endpoint-adverse-event-rate"
PER_100 = "per 100 patient-years"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Serious infections occurred at a rate of 3.2 events per 100 patient-years with tofacitinib.",
     [(AE_RATE, "MESH:D007239", "incidence rate", Decimal("3.2"), PER_100, None, "DRUGBANK:DB08895", None)]),
    # each arm its own rate, the control an arm of no drug
    ("The incidence of herpes zoster was 4.1 per 100 patient-years with baricitinib and 1.2 per 100 patient-years "
     "with placebo.",
     [(AE_RATE, "MONDO:0005609", "incidence rate", Decimal("4.1"), PER_100, None, "DRUGBANK:DB11817", None),
      (AE_RATE, "MONDO:0005609", "incidence rate", Decimal("1.2"), PER_100, None, None, "placebo")]),
    # the second rate, its unit left out, takes the first's, and its own drug
    ("Major bleeding occurred at 2.1 events per 100 patient-years with apixaban versus 3.1 with warfarin.",
     [(AE_RATE, "kgr:ae-hemorrhage", "incidence rate", Decimal("2.1"), PER_100, None, "DRUGBANK:DB06605", None),
      (AE_RATE, "kgr:ae-hemorrhage", "incidence rate", Decimal("3.1"), PER_100, None, "DRUGBANK:DB00682", None)]),
    ("Exposure-adjusted incidence of serious infections was 2.6/100 PY for upadacitinib and 1.9/100 PY for "
     "adalimumab.",
     [(AE_RATE, "MESH:D007239", "incidence rate", Decimal("2.6"), PER_100, None, "DRUGBANK:DB15091", None),
      (AE_RATE, "MESH:D007239", "incidence rate", Decimal("1.9"), PER_100, None, "DRUGBANK:DB00051", None)]),
    ("The incidence of malignancy was 1.1 events/1000 person-years with tofacitinib.",
     [(AE_RATE, "MONDO:0005070", "incidence rate", Decimal("1.1"), "per 1000 person-years", None,
       "DRUGBANK:DB08895", None)]),
    ("The rate of major adverse cardiovascular events was 0.98 per 100 person-years in the tofacitinib group.",
     [("kgr:endpoint-mace", None, "incidence rate", Decimal("0.98"), "per 100 person-years", None,
       "DRUGBANK:DB08895", None)]),
    # near miss: the percentage beside it stays a percentage
    ("Venous thromboembolism occurred in 2.3% of patients receiving tofacitinib (0.5 per 100 patient-years).",
     [(AE_RATE, "MONDO:0005399", "rate", None, None, Decimal("2.3"), "DRUGBANK:DB08895", None),
      (AE_RATE, "MONDO:0005399", "incidence rate", Decimal("0.5"), PER_100, None, "DRUGBANK:DB08895", None)]),
])
def test_events_per_patient_years_are_rates_with_their_unit(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _event_rates(sentence) == expected


def _times(sentence: str) -> list[tuple[object, ...]]:
    """(endpoint, percent or value, timepoint) of each record."""
    return [(o.endpoint, o.percent if o.percent is not None else o.value, o.timepoint) for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a time stated in an earlier clause is every later number's
    ("At week 52, clinical remission was achieved by 37% of patients receiving etrasimod, and 30% had endoscopic "
     "improvement.",
     [("kgr:endpoint-remission", Decimal("37"), "week 52"), ("kgr:endpoint-endoscopic-response", Decimal("30"), "week 52")]),
    ("At the end of 12 weeks, HbA1c decreased by 1.2% with tirzepatide, and 45% of patients reached an HbA1c below 7%.",
     [("kgr:endpoint-hba1c", Decimal("1.2"), "12 weeks"), ("kgr:endpoint-hba1c-below-7", Decimal("45"), "12 weeks")]),
    ("At the 52-week visit, 38% of patients receiving risankizumab were in clinical remission.",
     [("kgr:endpoint-remission", Decimal("38"), "week 52")]),
    ("Over 96 weeks, the annualized relapse rate was 0.14 with ofatumumab and 0.25 with teriflunomide.",
     [("kgr:endpoint-annualized-relapse-rate", Decimal("0.14"), "96 weeks"),
      ("kgr:endpoint-annualized-relapse-rate", Decimal("0.25"), "96 weeks")]),
    ("At one year, 62% of patients receiving ustekinumab were in remission.",
     [("kgr:endpoint-remission", Decimal("62"), "1 year")]),
    # a list of times, "respectively": each number its own
    ("At weeks 12 and 52, ACR20 was achieved by 60% and 70% of patients receiving upadacitinib, respectively.",
     [("kgr:endpoint-acr20", Decimal("60"), "week 12"), ("kgr:endpoint-acr20", Decimal("70"), "week 52")]),
    ("Clinical remission rates at weeks 8 and 52 were 24% and 45%, respectively, with ozanimod.",
     [("kgr:endpoint-remission", Decimal("24"), "week 8"), ("kgr:endpoint-remission", Decimal("45"), "week 52")]),
    # near misses: an age is no time, and a list without "respectively" pairs nothing
    ("Among patients aged over 65 years, remission occurred in 40% of those receiving vedolizumab.",
     [("kgr:endpoint-remission", Decimal("40"), None)]),
    ("At weeks 12 and 52, remission was 30% with vedolizumab.", [("kgr:endpoint-remission", Decimal("30"), None)]),
    ("In patients over 18 years, remission occurred in 40% of those receiving vedolizumab.",
     [("kgr:endpoint-remission", Decimal("40"), None)]),
])
def test_timepoints_told_in_other_ways(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _times(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "for time to X": X's ratio, not the sentence's other endpoint
    ("Sustained remission was more frequent with tocilizumab (hazard ratio for time to flare, 0.39; 95% CI, 0.22 to "
     "0.70).",
     [("kgr:endpoint-flare", Decimal("0.39"), Decimal("0.22"), Decimal("0.70"), "DRUGBANK:DB06273", None)]),
    # an X kg has no name for is a time-to endpoint of its own
    ("The hazard ratio for time to first exacerbation was 0.61 with dupilumab.",
     [("kgr:endpoint-time-to-exacerbation", Decimal("0.61"), None, None, "DRUGBANK:DB12159", None)]),
    ("Time to first seizure recurrence was longer with levetiracetam (HR 0.72; 95% CI, 0.58 to 0.90).",
     [("kgr:endpoint-time-to-seizure-recurrence", Decimal("0.72"), Decimal("0.58"), Decimal("0.90"),
       "DRUGBANK:DB01202", None)]),
    ("The hazard ratio for time to discontinuation was 0.70 with ustekinumab versus adalimumab.",
     [("kgr:endpoint-time-to-discontinuation", Decimal("0.70"), None, None, "DRUGBANK:DB05679", "adalimumab")]),
    # a known X keeps its name
    ("Remission rates were higher with rituximab, and the hazard ratio for time to relapse was 0.45.",
     [("kgr:endpoint-relapse", Decimal("0.45"), None, None, "DRUGBANK:DB00073", None)]),
    # another endpoint's ratio told on: "and that for X was", "and V for X"
    ("The hazard ratio for progression-free survival was 0.48 and that for overall survival was 0.72 with lenvatinib.",
     [("kgr:endpoint-progression-free-survival", Decimal("0.48"), None, None, "DRUGBANK:DB09078", None),
      ("kgr:endpoint-overall-survival", Decimal("0.72"), None, None, "DRUGBANK:DB09078", None)]),
    ("With zanubrutinib, the hazard ratio for progression-free survival was 0.42 (95% CI, 0.28 to 0.63) and 0.65 "
     "(95% CI, 0.40 to 1.05) for overall survival.",
     [("kgr:endpoint-progression-free-survival", Decimal("0.42"), Decimal("0.28"), Decimal("0.63"),
       "DRUGBANK:DB15035", None),
      ("kgr:endpoint-overall-survival", Decimal("0.65"), Decimal("0.40"), Decimal("1.05"), "DRUGBANK:DB15035", None)]),
    # near miss: a second endpoint with no number of its own gets no ratio
    ("The hazard ratio for progression-free survival was 0.42 with ibrutinib, and overall survival was similar.",
     [("kgr:endpoint-progression-free-survival", Decimal("0.42"), None, None, "DRUGBANK:DB09053", None)]),
])
def test_ratios_for_time_to_and_told_on(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _ratios(sentence) == expected


def test_a_time_to_with_no_ratio_mints_no_endpoint() -> None:
    outcomes = run("The median time to response was 2.1 months with brentuximab.").outcomes
    assert not any(o.endpoint.startswith("kgr:endpoint-time-to-") for o in outcomes)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the second value of "X in a% with A and Y in b% with B" is Y's, even a generic response
    ("Clinical remission was achieved in 35% with etrolizumab and clinical response in 60% with etrolizumab.",
     [("kgr:endpoint-remission", "rate", "DRUGBANK:DB12189", None, Decimal("35"), None),
      ("kgr:endpoint-response", "rate", "DRUGBANK:DB12189", None, Decimal("60"), None)]),
    ("Complete response was seen in 20% with nivolumab and response in 35% with ipilimumab.",
     [("kgr:endpoint-complete-response", "rate", "DRUGBANK:DB09035", None, Decimal("20"), None),
      ("kgr:endpoint-response", "rate", "DRUGBANK:DB06186", None, Decimal("35"), None)]),
    # "… achieved by a% with A and by b% with B": the second "by" repeats the verb, no change
    ("SVR12 was achieved by 97% in the glecaprevir group and by 90% in the sofosbuvir group.",
     [("kgr:endpoint-svr", "rate", "DRUGBANK:DB13879", None, Decimal("97"), None),
      ("kgr:endpoint-svr", "rate", "DRUGBANK:DB08934", None, Decimal("90"), None)]),
    ("Sustained virologic response was 98% with sofosbuvir-velpatasvir and 92% with ledipasvir.",
     [("kgr:endpoint-svr", "rate", "DRUGBANK:DB08934", None, Decimal("98"), None),
      ("kgr:endpoint-svr", "rate", "DRUGBANK:DB09027", None, Decimal("92"), None)]),
])
def test_the_second_value_of_a_pair_is_its_own(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(sentence) == expected


def test_a_change_by_a_percentage_stays_a_change() -> None:
    # near miss: "reduced … by 55% … and by 5%" is two changes, no rates
    outcomes = run("LDL cholesterol was reduced by 55% with evolocumab and by 5% with placebo.").outcomes
    assert [(o.statistic, o.value, o.percent) for o in outcomes] == [
        ("relative change", Decimal("55"), None), ("relative change", Decimal("5"), None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The hazard ratios for confirmed disability progression at 12 and 24 weeks were 0.60 and 0.62 with ocrelizumab.",
     [("kgr:endpoint-confirmed-disability-progression", Decimal("0.60"), "12 weeks"),
      ("kgr:endpoint-confirmed-disability-progression", Decimal("0.62"), "24 weeks")]),
    ("Hazard ratios for overall survival at months 12 and 24 were 0.70 and 0.75 with atezolizumab.",
     [("kgr:endpoint-overall-survival", Decimal("0.70"), "month 12"),
      ("kgr:endpoint-overall-survival", Decimal("0.75"), "month 24")]),
    # near miss: two endpoints at one time keep that time
    ("The hazard ratios for progression-free survival and overall survival at 24 months were 0.58 and 0.81, "
     "respectively, with osimertinib.",
     [("kgr:endpoint-progression-free-survival", Decimal("0.58"), "24 months"),
      ("kgr:endpoint-overall-survival", Decimal("0.81"), "24 months")]),
])
def test_plural_hazard_ratios_of_one_endpoint_at_listed_times(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.endpoint, o.hazard_ratio, o.timepoint) for o in run(sentence).outcomes] == expected


def test_an_arm_kg_has_no_name_for_keeps_its_rate() -> None:
    outcomes = run("Major adverse cardiovascular events occurred at 3.4 per 100 patient-years with tofacitinib versus 2.5 "
                   "per 100 patient-years with TNF inhibitors.").outcomes
    assert [(o.value, o.drug, o.arm.label if o.arm else None) for o in outcomes] == [
        (Decimal("3.4"), "DRUGBANK:DB08895", None), (Decimal("2.5"), None, "tnf inhibitors")]


def test_alive_without_relapse_is_relapse_free_survival() -> None:
    outcomes = run("Event-free survival at 2 years was 73% with tisagenlecleucel, and 60% were alive without "
                   "relapse.").outcomes
    assert [(o.endpoint, o.percent) for o in outcomes] == [
        ("kgr:endpoint-event-free-survival", Decimal("73")), ("kgr:endpoint-recurrence-free-survival", Decimal("60"))]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The odds ratios for remission and endoscopic response were 2.1 and 1.8 with ustekinumab.",
     [("kgr:endpoint-remission", "odds ratio", Decimal("2.1"), None), ("kgr:endpoint-endoscopic-response",
                                                                        "odds ratio", Decimal("1.8"), None)]),
    ("Relative risks of objective response and disease control were 1.45 (95% CI, 1.10 to 1.91) and 1.20 (95% CI, "
     "1.01 to 1.43) with nivolumab.",
     [("kgr:endpoint-objective-response", "relative risk", Decimal("1.45"), Decimal("1.10")),
      ("kgr:endpoint-disease-control", "relative risk", Decimal("1.20"), Decimal("1.01"))]),
    # near miss: a single odds ratio stays one
    ("The odds ratio for remission was 2.1 with ustekinumab.",
     [("kgr:endpoint-remission", "odds ratio", Decimal("2.1"), None)]),
])
def test_plural_odds_and_risk_ratios_give_one_per_endpoint(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert [(o.endpoint, o.statistic, o.value, o.ci_lower) for o in run(sentence).outcomes] == expected
