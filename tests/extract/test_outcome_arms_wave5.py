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
    # near miss: standard therapy the drug is added to is the drug's arm
    ("Remission was achieved by 40% of patients receiving standard therapy plus rituximab.",
     [("rate", None, Decimal("40"), "DRUGBANK:DB00073", None, None)]),
])
def test_standard_and_usual_care_are_controls(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _arms(sentence) == expected


def test_a_design_s_standard_of_care_is_the_ratio_s_comparator() -> None:
    x = run("Patients were randomized to baricitinib 4 mg once daily or standard of care. Mortality was lower "
            "with baricitinib (hazard ratio 0.57; 95% CI 0.41 to 0.78).")
    assert x.study is not None and [a.label for a in x.study.arms] == ["4 mg daily", "standard of care"]
    assert [(o.drug, _label(o.comparator_arm)) for o in x.outcomes] == [("DRUGBANK:DB11817", "standard of care")]
