"""Names found by users' trial reports (fifth wave): diseases, gene families and ranges, a
transporter, a virus's polymerase, an assay and a lab abnormality."""

from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract.helpers import SHIPPED, document, probed

_run = probed


def _mentions(sentence: str) -> set[tuple[str, str]]:
    return {(m.text, m.curie) for m in _run(sentence).mentions}


def _rule_mentions(sentence: str) -> set[tuple[str, str]]:
    """The lexicon's and the rules' mentions, without the tagger."""
    return {(m.text, m.curie) for m in extract(document(sentence, title="Probe title."), SHIPPED).mentions}


def _triples(sentence: str) -> set[tuple[str, str, str]]:
    return {(a.subject, a.predicate, a.object) for a in _run(sentence).assertions}


#: Metabolic dysfunction-associated steatohepatitis (MASH, formerly NASH).
MASH = "MONDO:0007027"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Resolution of steatohepatitis was achieved in 30% of patients receiving semaglutide.", "steatohepatitis"),
    ("Resmetirom was studied in adults with nonalcoholic steatohepatitis and fibrosis.", "nonalcoholic steatohepatitis"),
    ("Lanifibranor improved NASH activity in adults with fibrosis.", "NASH"),
    ("Semaglutide was studied in metabolic dysfunction-associated steatohepatitis with fibrosis.",
     "metabolic dysfunction-associated steatohepatitis"),
    ("Survodutide was studied in metabolic dysfunction–associated steatohepatitis with fibrosis.",
     "metabolic dysfunction–associated steatohepatitis"),
])
def test_steatohepatitis_is_mash(sentence: str, name: str) -> None:
    # Found by a hepatology user: "steatohepatitis" alone named nothing.
    assert (name, MASH) in _mentions(sentence)
    assert (name, MASH) in _rule_mentions(sentence)


def test_alcoholic_steatohepatitis_stays_alcoholic() -> None:
    sentence = "Prednisolone was studied in patients with severe alcoholic steatohepatitis."
    assert ("alcoholic steatohepatitis", "MONDO:0021104") in _mentions(sentence)
    assert not any(m.curie == MASH for m in _run(sentence).mentions)


#: Single genes the vocabularies gave a family's name to: PPARA, MAPK1, EPHB2, IFNA1, IFNB1.
_ONE_MEMBER = {"HGNC:9232", "HGNC:6871", "HGNC:3393", "HGNC:5417", "HGNC:5434"}


@pytest.mark.parametrize("sentence", [
    "Lanifibranor, a pan-PPAR agonist, improved fibrosis in patients with MASH.",
    "Trametinib inhibits MAPK and ERK signalling in patients with melanoma.",
    "Trametinib suppressed mitogen-activated protein kinase signalling in patients with melanoma.",
    "Anifrolumab blocks type I interferon signalling in patients with systemic lupus erythematosus.",
    "Baricitinib reduced IFN responses in patients with systemic lupus erythematosus.",
    "Agonists of PPAR improved insulin resistance in patients with MASH.",
])
def test_a_family_is_no_single_gene(sentence: str) -> None:
    # Found by hepatology and immunology users: lanifibranor targeted PPARA, anifrolumab
    # inhibited IFNB1 and trametinib MAPK1, each the one member a vocabulary gave the family's name.
    for found in (_mentions(sentence), _rule_mentions(sentence)):
        assert not {curie for _, curie in found} & _ONE_MEMBER
    assert not any(o in _ONE_MEMBER for _, _, o in _triples(sentence))


@pytest.mark.parametrize(("sentence", "name", "gene"), [
    ("Elafibranor activates PPAR alpha in patients with primary biliary cholangitis.", "PPAR alpha", "HGNC:9232"),
    ("Seladelpar, a selective PPAR-δ agonist, lowered alkaline phosphatase in primary biliary cholangitis.",
     "PPAR-δ", "HGNC:9235"),
    ("Pioglitazone activates peroxisome proliferator-activated receptor gamma in patients with MASH.",
     "peroxisome proliferator-activated receptor gamma", "HGNC:9236"),
    ("Saroglitazar activates PPARα in patients with MASH.", "PPARα", "HGNC:9232"),
    ("Trametinib inhibits MAPK1 in patients with melanoma.", "MAPK1", "HGNC:6871"),
])
def test_a_named_member_is_its_gene(sentence: str, name: str, gene: str) -> None:
    assert (name, gene) in _mentions(sentence)
    assert (name, gene) in _rule_mentions(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Erdafitinib, an inhibitor of FGFR1-4, was studied in patients with urothelial carcinoma.",
     {("FGFR1", "HGNC:3688"), ("1-4", "HGNC:3689"), ("-4", "HGNC:3690"), ("FGFR1-4", "HGNC:3691")}),
    ("Pemigatinib, a selective inhibitor of FGFR1–3, was studied in patients with cholangiocarcinoma.",
     {("FGFR1", "HGNC:3688"), ("1–3", "HGNC:3689"), ("FGFR1–3", "HGNC:3690")}),
    ("Axitinib inhibits VEGFR1-3 in patients with renal cell carcinoma.",
     {("VEGFR1", "HGNC:3763"), ("1-3", "HGNC:6307"), ("VEGFR1-3", "HGNC:3767")}),
])
def test_a_range_of_genes_names_each(sentence: str, expected: set[tuple[str, str]]) -> None:
    # Found by oncology users: "FGFR1-4" was a gene minted of its own, "FGFR1–3" FGFR1 alone.
    genes = {(text, curie) for text, curie in _mentions(sentence) if curie.startswith(("HGNC:", "kgr:entity-gene"))}
    assert genes == expected
    assert {(t, c) for t, c in _rule_mentions(sentence) if c.startswith("HGNC:")} == expected
    drug = next(m.curie for m in _run(sentence).mentions if m.type == "Drug")
    assert {(drug, "inhibits", c) for _, c in expected} <= _triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Patients with stage T1-3 tumors received nivolumab.",
    "Patients with HER2-3+ tumors received trastuzumab.",
    "Patients with CD4-8 counts received nivolumab.",
])
def test_no_range_of_genes_where_none_is_named(sentence: str) -> None:
    assert not any(m.how == "coordination" and m.type == "Target" for m in _run(sentence).mentions)


@pytest.mark.parametrize(("sentence", "alpha", "beta"), [
    ("Vedolizumab binds the alpha4beta7 integrin in patients with ulcerative colitis.",
     ("alpha4", "HGNC:6140"), ("alpha4beta7 integrin", "HGNC:6162")),
    ("Vedolizumab blocks α4β7 in patients with Crohn disease.", ("α4", "HGNC:6140"), ("α4β7", "HGNC:6162")),
    ("Bexotegrast inhibits integrin αvβ6 in idiopathic pulmonary fibrosis.",
     ("αv", "HGNC:6150"), ("integrin αvβ6", "HGNC:6161")),
    ("Eptifibatide blocks αIIbβ3 in patients with acute coronary syndrome.",
     ("αIIb", "HGNC:6138"), ("αIIbβ3", "HGNC:6156")),
])
def test_an_integrin_is_both_its_subunits(sentence: str, alpha: tuple[str, str], beta: tuple[str, str]) -> None:
    # Found by a gastroenterology user: vedolizumab's α4β7 was ITGB7 alone.
    for found in (_mentions(sentence), _rule_mentions(sentence)):
        assert {alpha, beta} <= found
    drug = next(m.curie for m in _run(sentence).mentions if m.type == "Drug")
    objects = {o for s, p, o in _triples(sentence) if s == drug and p in ("inhibits", "targets")}
    assert {alpha[1], beta[1]} <= objects


def test_an_alpha_subunit_alone_stays_one_gene() -> None:
    sentence = "Natalizumab binds the alpha4 integrin in patients with multiple sclerosis."
    genes = {c for _, c in _mentions(sentence) if c.startswith("HGNC:")}
    assert genes == {"HGNC:6140"}


#: SLC10A1, the sodium taurocholate cotransporting polypeptide (NTCP).
NTCP = "HGNC:10905"


@pytest.mark.parametrize(("sentence", "names"), [
    ("Bulevirtide blocks NTCP, the sodium taurocholate cotransporting polypeptide, in chronic hepatitis D.",
     {"NTCP", "sodium taurocholate cotransporting polypeptide"}),
    ("Bulevirtide binds the sodium taurocholate co-transporting polypeptide (NTCP) in chronic hepatitis D.",
     {"NTCP", "sodium taurocholate co-transporting polypeptide"}),
])
def test_ntcp_is_the_carrier_no_sodium(sentence: str, names: set[str]) -> None:
    # Found by a hepatology user: the carrier's name was the chemical sodium.
    for found in (_mentions(sentence), _rule_mentions(sentence)):
        assert {(name, NTCP) for name in names} <= found
    assert not any(m.type == "Drug" and "sodium" in m.text for m in _run(sentence).mentions)
    assert {("DRUGBANK:DB15248", p, NTCP) for p in ("inhibits", "targets")} & _triples(sentence)


def test_a_sodium_salt_stays_a_drug() -> None:
    sentence = "Patients with metabolic acidosis received sodium bicarbonate for chronic kidney disease."
    assert ("sodium bicarbonate", "DRUGBANK:DB01390") in _mentions(sentence)


def test_an_rt_change_is_hbv_polymerases() -> None:
    # Found by a hepatology user: "rtM204V" and "rtL180M" were changes of no gene, and could
    # take a human gene the abstract named.
    sentence = "Entecavir resistance required rtM204V and rtL180M substitutions; IL28B genotype was also studied."
    found = {(m.text, m.curie) for m in _run(sentence).mentions if m.type == "Mutation"}
    assert found == {("rtM204V", "kgr:mutation-HBV-RT-M204V"), ("rtL180M", "kgr:mutation-HBV-RT-L180M")}
    assert all(m.entity.gene == "HBV-RT" for m in _run(sentence).mentions if m.type == "Mutation")
    assert ("kgr:mutation-HBV-RT-M204V", "confersResistanceTo", "DRUGBANK:DB00442") in _triples(sentence)


def test_an_rt_change_is_a_mutation_of_the_named_polymerase() -> None:
    sentence = "In the HBV polymerase, the rtA181T mutation reduced susceptibility to tenofovir."
    assert ("HBV polymerase", "kgr:entity-gene-hbv-rt") in _mentions(sentence)
    assert ("kgr:mutation-HBV-RT-A181T", "mutationOf", "kgr:entity-gene-hbv-rt") in _triples(sentence)


@pytest.mark.parametrize(("sentence", "mutation"), [
    ("The HIV reverse transcriptase M184V mutation conferred resistance to lamivudine.", "kgr:mutation-RT-M184V"),
    ("Osimertinib overcame resistance due to EGFR T790M in lung cancer.", "kgr:mutation-EGFR-T790M"),
])
def test_a_change_without_rt_keeps_its_gene(sentence: str, mutation: str) -> None:
    assert mutation in {m.curie for m in _run(sentence).mentions}


#: The adverse event edema, whose synonym is "swelling"; cystic fibrosis.
EDEMA, CYSTIC_FIBROSIS = "kgr:ae-edema", "MONDO:0009061"


@pytest.mark.parametrize("sentence", [
    "Ivacaftor increased forskolin-induced organoid swelling in patients with cystic fibrosis.",
    "Forskolin-induced swelling of rectal organoids correlated with sweat chloride in patients receiving ivacaftor.",
    "Elexacaftor restored organoid swelling in intestinal organoids from patients with cystic fibrosis.",
    "Ivacaftor increased the swelling of patient-derived intestinal organoids in cystic fibrosis.",
    "CFTR function was measured with a swelling assay in patients receiving lumacaftor.",
])
def test_organoid_swelling_is_no_edema(sentence: str) -> None:
    # Found by a cystic-fibrosis user: CFTR's forskolin-induced swelling assay was the adverse
    # event edema, and forskolin, its reagent, caused it and then cystic fibrosis.
    assert not any(m.curie == EDEMA for m in _run(sentence).mentions)
    assert not any(c == EDEMA for _, c in _rule_mentions(sentence))
    assert not any(p == "causesAdverseEvent" for _, p, _ in _triples(sentence))


def test_peripheral_swelling_stays_edema() -> None:
    sentence = "Peripheral swelling occurred in 12% of patients receiving amlodipine for hypertension."
    assert ("swelling", EDEMA) in _mentions(sentence)
    assert ("DRUGBANK:DB00381", "causesAdverseEvent", EDEMA) in _triples(sentence)


def test_a_drugs_harm_before_the_patients_disease_stays() -> None:
    sentence = "Cisplatin-induced nephrotoxicity occurred in patients with lung cancer."
    triples = _triples(sentence)
    assert ("DRUGBANK:DB00515", "causesAdverseEvent", "MONDO:0005240") in triples
    assert not any(p == "causesAdverseEvent" and o != "MONDO:0005240" for _, p, o in triples)


#: CTCAE's "Blood bilirubin increased".
BILIRUBIN_UP = "kgr:ae-blood-bilirubin-increased"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Increased blood bilirubin was reported in 15% of patients receiving atazanavir for HIV infection.",
     "Increased blood bilirubin"),
    ("Blood bilirubin increased was reported in 12% of patients receiving atazanavir for HIV infection.",
     "Blood bilirubin increased"),
    ("Elevated serum bilirubin occurred in 8% of patients receiving pazopanib for renal cell carcinoma.",
     "Elevated serum bilirubin"),
])
def test_a_rise_of_bilirubin_is_an_adverse_event(sentence: str, name: str) -> None:
    # Found by a hepatology user: "increased blood bilirubin" was the chemical bilirubin.
    assert (name, BILIRUBIN_UP) in _mentions(sentence)
    assert (name, BILIRUBIN_UP) in _rule_mentions(sentence)
    assert not any(m.type == "Drug" and "bilirubin" in m.text.lower() for m in _run(sentence).mentions)
    drug = next(m.curie for m in _run(sentence).mentions if m.type == "Drug")
    assert (drug, "causesAdverseEvent", BILIRUBIN_UP) in _triples(sentence)


def test_bilirubin_measured_is_no_adverse_event() -> None:
    sentence = "Serum bilirubin levels were measured at baseline in patients receiving pazopanib."
    assert not any(m.curie == BILIRUBIN_UP for m in _run(sentence).mentions)
    assert not any(p == "causesAdverseEvent" for _, p, _ in _triples(sentence))


@pytest.mark.parametrize(("sentence", "wrong"), [
    ("Ruxolitinib reduced STAT signalling in patients with myelofibrosis.", "HGNC:11177"),    # SOAT1
    ("Roflumilast, a PDE inhibitor, reduced exacerbations in patients with COPD.", "HGNC:877"),  # ALDH7A1
    ("Vorinostat, an HDAC inhibitor, was studied in cutaneous T-cell lymphoma.", "HGNC:14065"),   # HDAC9
])
def test_more_families_are_no_single_gene(sentence: str, wrong: str) -> None:
    assert not any(c == wrong for _, c in _mentions(sentence) | _rule_mentions(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Saroglitazar, a dual PPARα/γ agonist, improved liver fat in patients with MASH.",
     {("PPARα", "HGNC:9232"), ("PPARα/γ", "HGNC:9236")}),
    ("Elafibranor is a PPARα/δ agonist used in primary biliary cholangitis.",
     {("PPARα", "HGNC:9232"), ("PPARα/δ", "HGNC:9235")}),
])
def test_greek_siblings_after_a_slash_are_genes(sentence: str, expected: set[tuple[str, str]]) -> None:
    # Found by a hepatology user: saroglitazar's PPARG was lost.
    assert expected <= _mentions(sentence)
    drug = next(m.curie for m in _run(sentence).mentions if m.type == "Drug")
    assert {(drug, "targets", c) for _, c in expected} <= _triples(sentence)


def test_a_ligands_greek_sibling_of_another_gene_is_none() -> None:
    # TNF-β is LTA, no sibling of TNF's symbol
    assert not any(c == "HGNC:6709" for _, c in _mentions("TNF-α/β signalling was measured in patients with psoriasis."))


def test_a_range_written_in_full_names_each_gene() -> None:
    sentence = "Futibatinib irreversibly inhibits FGFR1–FGFR4 in patients with cholangiocarcinoma."
    genes = {(t, c) for t, c in _mentions(sentence) if c.startswith("HGNC:")}
    assert genes == {("FGFR1", "HGNC:3688"), ("FGFR1–FGFR4", "HGNC:3689"), ("1–FGFR4", "HGNC:3690"),
                     ("FGFR4", "HGNC:3691")}


def test_the_type_i_interferon_receptor_is_ifnar1() -> None:
    # The family's "type I interferon" inside the receptor's name was IFNB1, the ligand.
    sentence = "Anifrolumab blocks the type I interferon receptor in patients with systemic lupus erythematosus."
    for found in (_mentions(sentence), _rule_mentions(sentence)):
        assert ("type I interferon receptor", "HGNC:5432") in found
    assert ("DRUGBANK:DB11976", "inhibits", "HGNC:5432") in _triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Varenicline is a partial agonist of the α4β2 nicotinic acetylcholine receptor in smokers.",
    "Cytisine binds alpha4beta2 receptors in adults who smoke.",
    "Zuranolone modulates α1β2γ2 GABA-A receptors in patients with postpartum depression.",
])
def test_another_receptors_subunits_are_no_integrin(sentence: str) -> None:
    # "α4β2" is a nicotinic receptor, no integrin: β2 integrins pair with αL, αM, αX, αD only.
    integrins = {"HGNC:6140", "HGNC:6155", "HGNC:6153"}    # ITGA4, ITGB2, ITGB1
    assert not {m.curie for m in _run(sentence).mentions} & integrins
    assert not {c for _, c in _rule_mentions(sentence)} & integrins
