"""Names found by new users' trial reports (second wave): what a name is, and what it is not."""

from __future__ import annotations

import functools

import pytest

from kg.extract import extract, load_lexicon, load_tagger
from kg.extract.pairs import load_pair_model
from kg.model import Extraction

from .helpers import document


@functools.lru_cache(maxsize=1)
def _models() -> tuple:
    return load_lexicon(), load_tagger(), load_pair_model()


def _run(sentence: str) -> Extraction:
    lexicon, tagger, pairs = _models()
    return extract(document(sentence, title="Probe title."), lexicon, tagger, pairs)


def _mentions(sentence: str) -> set[tuple[str, str]]:
    return {(m.text, m.curie) for m in _run(sentence).mentions}


@pytest.mark.parametrize(("sentence", "absent"), [
    ("Adults with nonalcoholic steatohepatitis (NASH) and fibrosis stage F2 or F3 received resmetirom 80 mg daily.",
     {"F2", "F3"}),
    ("Patients had stage F3 fibrosis or F1B fibrosis at baseline in the trial.", {"F3", "F1B"}),
    ("Patients with F2-F4 fibrosis were enrolled in the trial.", {"F2", "F4"}),
])
def test_a_fibrosis_stage_is_no_gene(sentence: str, absent: set[str]) -> None:
    # Found by a respiratory/hepatology user: "F2" was prothrombin, associated with NASH.
    extraction = _run(sentence)
    assert not {m.text for m in extraction.mentions if m.type == "Target"} & absent
    assert not any(a.subject == "HGNC:3535" or a.object == "HGNC:3535" for a in extraction.assertions)


def test_a_coagulation_factor_s_symbol_stays_a_gene() -> None:
    assert ("F2", "HGNC:3535") in _mentions("F2 and F3 levels were reduced by warfarin in these patients.")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Adults with nonalcoholic steatohepatitis (NASH) and fibrosis stage F2 or F3 received resmetirom 80 mg daily.",
     {("nonalcoholic steatohepatitis", "MONDO:0007027"), ("NASH", "MONDO:0007027")}),
    ("Patients with metabolic dysfunction-associated steatohepatitis (MASH) and liver fibrosis were enrolled.",
     {("metabolic dysfunction-associated steatohepatitis", "MONDO:0007027"), ("MASH", "MONDO:0007027"),
      ("liver fibrosis", "kgr:entity-disease-liver-fibrosis")}),
    ("Retinitis pigmentosa is a heterogeneous inherited retinal disease caused by RHO mutations.",
     {("Retinitis pigmentosa", "MONDO:0019200")}),
])
def test_a_disease_s_name_is_the_disease_it_labels(sentence: str, expected: set[tuple[str, str]]) -> None:
    # Found by respiratory and nephrology users: NASH was MASLD and MASH another entity, liver
    # fibrosis cirrhosis, retinitis pigmentosa the numbered "retinitis pigmentosa 1".
    got = {(text, curie) for text, curie in _mentions(sentence) if curie.startswith(("MONDO", "MESH", "kgr:entity-disease"))}
    assert expected <= got
    assert not {c for _, c in got} & {"MONDO:0013209", "MONDO:0005155", "MONDO:0008377"}


def test_a_numbered_subtype_named_with_its_number_keeps_it() -> None:
    assert ("retinitis pigmentosa 1", "MONDO:0008377") in _mentions("Patients with retinitis pigmentosa 1 were studied here.")


@pytest.mark.parametrize(("sentence", "endpoint"), [
    ("Patients with a urinary albumin-to-creatinine ratio of 200 to 5000 mg/g were randomized to finerenone or placebo.",
     "kgr:endpoint-urine-albumin-creatinine-ratio"),
    ("Sparsentan reduced the urine protein-to-creatinine ratio by 49.8% compared with 15.1% with irbesartan.",
     "kgr:endpoint-urine-protein-creatinine-ratio"),
    ("The sodium-to-potassium ratio and the lactate/pyruvate ratio rose after metformin.", None),
])
def test_a_chemical_in_a_lab_ratio_is_measured_no_drug(sentence: str, endpoint: str | None) -> None:
    # Found by a nephrology user: creatinine was a drug, with an arm and CKD as its harm.
    extraction = _run(sentence)
    drugs = {m.text.lower() for m in extraction.mentions if m.type == "Drug"}
    assert not drugs & {"creatinine", "sodium", "potassium", "lactate", "pyruvate", "albumin"}
    if endpoint is not None:
        assert endpoint in {m.curie for m in extraction.mentions}
    assert not any(a.subject == "DRUGBANK:DB11846" for a in extraction.assertions)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Empagliflozin increased phosphorylation of PRKAA1 (AMPK alpha 1) in proximal tubular cells.",
     {("PRKAA1", "HGNC:9376"), ("AMPK alpha 1", "HGNC:9376")}),
    ("Sparsentan is a dual endothelin type A receptor (EDNRA) and angiotensin II type 1 receptor (AGTR1) antagonist.",
     {("endothelin type A receptor", "HGNC:3179"), ("EDNRA", "HGNC:3179"), ("AGTR1", "HGNC:336")}),
])
def test_a_gene_s_name_beside_its_symbol_in_brackets_is_that_gene(sentence: str, expected: set[tuple[str, str]]) -> None:
    # Found by a nephrology user: kgr:entity-gene-ampk-alpha-1 and -endothelin-type-a-receptor were minted.
    got = _mentions(sentence)
    assert expected <= got
    assert not any(curie.startswith("kgr:entity-gene") for _, curie in got)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vedolizumab, a gut-selective antibody against alpha4beta7 integrin, and ustekinumab, which binds the shared p40 "
     "subunit of interleukin-12 and interleukin-23, are used in Crohn's disease.",
     {("alpha4beta7 integrin", "HGNC:6162"), ("p40 subunit of interleukin-12 and interleukin-23", "HGNC:5970")}),
    ("Vedolizumab is a monoclonal antibody that targets the α4β7 integrin.", {("α4β7 integrin", "HGNC:6162")}),
    ("Ustekinumab is an IL-12/23 p40 antagonist; interleukin-12 levels fell.",
     {("IL-12/23 p40", "HGNC:5970"), ("interleukin-12", "HGNC:5969")}),
])
def test_a_heterodimer_is_named_by_its_own_subunit(sentence: str, expected: set[tuple[str, str]]) -> None:
    # Found by a respiratory user: interleukin-12 was minted beside IL12A/IL12B, α4β7 named no gene.
    got = _mentions(sentence)
    assert expected <= got
    assert not any(curie.startswith("kgr:entity-gene") for _, curie in got)


def test_vedolizumab_targets_its_integrin() -> None:
    triples = {(a.subject, a.predicate, a.object) for a in
               _run("Vedolizumab is a monoclonal antibody that targets the α4β7 integrin.").assertions}
    assert ("DRUGBANK:DB09033", "targets", "HGNC:6162") in triples


@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    ("Full-field light sensitivity threshold improved by more than 2 log units in treated eyes.", set(),
     {"MESH:D020795"}),
    ("Chorioretinal atrophy and intraocular inflammation were observed in two patients.",
     {("Chorioretinal atrophy", "kgr:entity-disease-chorioretinal-atrophy"),
      ("intraocular inflammation", "kgr:entity-disease-intraocular-inflammation")},
     {"MONDO:0007176", "MESH:D007249"}),
    ("Patients reported light sensitivity and pain after the injection.", {("light sensitivity", "MESH:D020795")}, set()),
])
def test_an_eye_finding_is_what_it_says(sentence: str, expected: set[tuple[str, str]], absent: set[str]) -> None:
    # Found by a nephrology/ophthalmology user: a threshold was photophobia, chorioretinal
    # atrophy a rare inherited degeneration, intraocular inflammation the generic inflammation.
    got = _mentions(sentence)
    assert expected <= got
    assert not {curie for _, curie in got} & absent


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Common variants in MUC5B, especially the promoter polymorphism rs35705950, are associated with increased risk "
     "of idiopathic pulmonary fibrosis.", ("kgr:mutation-rs35705950", "HGNC:7516")),
    ("The MUC5B promoter polymorphism rs35705950 was associated with survival in these patients.",
     ("kgr:mutation-rs35705950", "HGNC:7516")),
    ("Carriage of the NOD2 frameshift variant 1007fs was not associated with response to ustekinumab.",
     ("kgr:mutation-NOD2-1007fs", "HGNC:5331")),
    ("The NOD2 L1007fs and 3020insC variants were genotyped in 300 patients with Crohn's disease.",
     ("kgr:mutation-NOD2-c.3020insC", "HGNC:5331")),
])
def test_a_variant_a_gene_introduces_is_that_gene_s(sentence: str, expected: tuple[str, str]) -> None:
    # Found by a respiratory user: rs35705950 had no gene, 1007fs and 3020insC were no mutations.
    triples = {(a.subject, a.object) for a in _run(sentence).assertions if a.predicate == "mutationOf"}
    assert expected in triples


def test_a_number_with_fs_alone_is_no_frameshift() -> None:
    assert not [m for m in _run("Patients received 1000 mg and 20fs were noted in all.").mentions if m.type == "Mutation"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The adenoviral vector vaccine Ad26.COV2.S had lower efficacy against COVID-19.",
     {("Ad26.COV2.S", "DRUGBANK:DB15857")}),
    ("The mRNA-1273 and BNT162b2 vaccines were compared with Ad26.COV2.S in adults.",
     {("mRNA-1273", "DRUGBANK:DB15654"), ("BNT162b2", "DRUGBANK:DB15696"), ("Ad26.COV2.S", "DRUGBANK:DB15857")}),
    ("The vaccine reduced RSV-associated lower respiratory tract disease by 82.6% in adults.",
     {("RSV-associated lower respiratory tract disease", "MONDO:0001577")}),
    ("Respiratory syncytial virus infection and RSV disease are common in older adults.",
     {("Respiratory syncytial virus infection", "MONDO:0001577"), ("RSV disease", "MONDO:0001577")}),
])
def test_a_vaccine_s_code_name_and_rsv_disease_are_named(sentence: str, expected: set[tuple[str, str]]) -> None:
    # Found by a nephrology/infectious-disease user: Ad26.COV2.S named no drug, RSV disease no disease.
    assert expected <= _mentions(sentence)


def test_a_curated_reading_stays_in_a_paper_that_names_another() -> None:
    # Found by a respiratory user's corpus: "cirrhosis" became MeSH's Fibrosis once the paper named fibrosis.
    got = _mentions("Fibrosis improvement by at least one stage occurred in 24.2%. Whether these benefits translate "
                    "into reduced progression to cirrhosis remains unknown.")
    assert ("cirrhosis", "MONDO:0005155") in got
