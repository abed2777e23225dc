"""Leftovers of the fifth session's trials, fixed at the start of the sixth."""

from __future__ import annotations

import pytest

from tests.extract.helpers import probed


def _mentions(sentence: str) -> set[tuple[str, str]]:
    return {(m.text, m.curie) for m in probed(sentence).mentions}


@pytest.mark.parametrize(("sentence", "gene"), [
    ("Germline BRCA-1 mutations were found in 12% of patients with ovarian cancer.", ("BRCA-1", "HGNC:1100")),
    ("Patients with BRCA-2 mutated breast cancer responded to olaparib.", ("BRCA-2", "HGNC:1101")),
])
def test_a_hyphened_gene_symbol_is_no_disease(sentence: str, gene: tuple[str, str]) -> None:
    # "BRCA" alone is breast carcinoma in the vocabulary; glued to its number it is the gene.
    found = _mentions(sentence)
    assert gene in found
    assert not any(curie == "MONDO:0006256" for _, curie in found)


@pytest.mark.parametrize(("sentence", "disease"), [
    # the joined symbol names a disease too: the disease stays
    ("Patients with SCA-3 and ALS-2 were enrolled in the natural history study.", ("SCA", "MONDO:0100309")),
    ("Patients with SCA-3 and ALS-2 were enrolled in the natural history study.", ("ALS", "MONDO:0004976")),
])
def test_a_hyphened_symbol_that_names_a_disease_stays_one(sentence: str, disease: tuple[str, str]) -> None:
    assert disease in _mentions(sentence)


def test_gastrointestinal_bleeding_is_its_own_event() -> None:
    # Two hazard ratios in one sentence, for major and for gastrointestinal bleeding, were both
    # "hemorrhage": one event's two ratios.
    sentence = ("Major bleeding occurred in 2.1% with apixaban versus 3.4% with warfarin (HR 0.62, 95% CI 0.50-0.77), "
                "and gastrointestinal bleeding in 0.8% versus 1.5% (HR 0.55, 95% CI 0.40-0.76).")
    ratios = {(o.adverse_event, str(o.hazard_ratio)) for o in probed(sentence).outcomes if o.statistic == "hazard ratio"}
    assert ratios == {("kgr:ae-hemorrhage", "0.62"), ("kgr:ae-gastrointestinal-hemorrhage", "0.55")}


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("Donanemab slowed decline on the iADRS by 22% versus placebo.", "kgr:endpoint-iadrs"),
    ("Fampridine improved the timed 25-foot walk in 35% of patients with multiple sclerosis.",
     "kgr:endpoint-timed-25-foot-walk"),
    ("Esketamine reduced the HAM-D score compared with placebo.", "kgr:endpoint-hamd"),
])
def test_neurology_scales_are_endpoints(sentence: str, endpoint: str) -> None:
    # Left over from the neurology user: these scales named nothing, so no record held the number.
    assert endpoint in {o.endpoint for o in probed(sentence).outcomes}


@pytest.mark.parametrize("sentence", [
    "Palmar-plantar erythrodysaesthesia was reported in 8.6% of patients given sorafenib.",
    "Hand-foot skin reaction occurred in 17% of patients given sorafenib.",
])
def test_hand_foot_syndrome_is_an_adverse_event(sentence: str) -> None:
    # Found by a hepatology user: the kinase inhibitors' skin toxicity named nothing.
    claims = {(a.subject, a.predicate, a.object) for a in probed(sentence).assertions}
    assert ("DRUGBANK:DB00398", "causesAdverseEvent", "kgr:ae-palmar-plantar-erythrodysesthesia") in claims


def test_a_cell_line_is_no_gene() -> None:
    # Found by a hepatology user: HGNC lists "Huh7" as an alias of MIR7-3HG, which became a
    # gene associated with liver cancer.
    mentions = probed("We used a CRISPR-Cas9 screen in Huh7 and Hep3B hepatocellular carcinoma cells.").mentions
    assert [m.text for m in mentions if m.entity.type == "Target"] == []


def test_a_specific_and_a_general_site_of_one_harm_are_the_general_harm() -> None:
    # "intraabdominal hemorrhage" is hemorrhage in the lexicon, gastrointestinal bleeding its own
    # event: the coordination is one harm with one rate, the general one (the seed's sentence).
    extraction = probed("Imatinib was given. Gastrointestinal or intraabdominal hemorrhage occurred in approximately "
                        "5 percent of patients.")
    assert [(m.text, m.curie) for m in extraction.mentions if m.type == "AdverseEvent"] == [
        ("Gastrointestinal or intraabdominal hemorrhage", "kgr:ae-hemorrhage")]
    assert [(o.adverse_event, o.percent) for o in extraction.outcomes] == [("kgr:ae-hemorrhage", 5)]
