"""Lexicon matching: spellings, plurals, case-sensitive symbols, longest match, salts and brands."""

from __future__ import annotations

import pytest

from kg.extract.entities import find_entities
from kg.extract.lexicon import fold, variants
from kg.model import Document
from tests.extract.helpers import SHIPPED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("imatinib mesylate", [("imatinib mesylate", "CHEBI:45783")]),
        ("Gleevec and Glivec (STI571)", [("Gleevec", "CHEBI:45783"), ("Glivec", "CHEBI:45783"), ("STI571", "CHEBI:45783")]),
        ("gastrointestinal stromal tumours", [("gastrointestinal stromal tumours", "MONDO:0011719")]),
        ("oedema and diarrhoea", [("oedema", "kgr:ae-edema"), ("diarrhoea", "kgr:ae-diarrhea")]),
        ("the KIT receptor tyrosine kinase", [("KIT receptor tyrosine kinase", "HGNC:6342")]),
        ("a kit for testing", []),  # KIT is matched only as written
        ("c-KIT and CD117", [("c-KIT", "HGNC:6342"), ("CD117", "HGNC:6342")]),
        ("the gist of it", []),  # GIST only in capitals
        ("GISTs", [("GISTs", "MONDO:0011719")]),
        ("KITCHEN", []),  # word boundaries
        ("chronic myeloid leukaemia", [("chronic myeloid leukaemia", "MONDO:0011996")]),
    ],
)
def test_find(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.text, m.entity.curie) for m in SHIPPED.find(text) if m.entity.type != "DrugClass"]
    assert got == expected


def test_fold_keeps_length() -> None:
    text = "İSTANBUL ǅ KIT"
    assert len(fold(text)) == len(text)


def test_variants() -> None:
    assert variants("hemorrhage") == {"hemorrhage", "haemorrhage", "hemorrhages", "haemorrhages"}


def test_lookup_prefers_exact_forms() -> None:
    assert [e.curie for e in SHIPPED.lookup("KIT")] == ["HGNC:6342"]
    assert SHIPPED.lookup("kit") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("MEK1/2 and CDK4/6", [("MEK1/2", "MAP2K2"), ("MEK1", "MAP2K1"), ("CDK4/6", "CDK6"), ("CDK4", "CDK4")]),
    # "ERK1/2" is an alias of MAPK3 alone in HGNC: its siblings are read instead.
    ("ERK1/2", [("ERK1/2", "MAPK1"), ("ERK1", "MAPK3")]),
    ("NTRK1/2/3", [("NTRK1/2/3", "NTRK3"), ("NTRK1/2", "NTRK2"), ("NTRK1", "NTRK1")]),
    # Names, not single characters, after the slash: each is its own mention already.
    ("PD-1/PD-L1 and ALK/ROS1", [("PD-1", "PDCD1"), ("PD-L1", "CD274"), ("ALK", "ALK"), ("ROS1", "ROS1")]),
    # No siblings (found in review): a one-letter stem ("G2/M", "T1/2"), or genes of two
    # families ("CD4/8": CD4 and CD8A).
    ("G2/M arrest, T1/2 and CD4/8", [("G2", "PRRC2A"), ("T1", "SLC25A4"), ("CD4", "CD4")]),
])
def test_a_slashed_gene_symbol_is_each_gene(text: str, expected: list[tuple[str, str]]) -> None:
    doc = Document(source="x", title="t", text=text)
    assert [(m.text, m.entity.label) for m in find_entities(doc, SHIPPED)[0] if m.type == "Target"] == expected


def test_cox_1_and_cox_2_are_the_cyclooxygenases() -> None:
    """Found in review: HGNC's aliases made "COX-2" MT-CO2, so "celecoxib inhibits COX-2"
    named a mitochondrial gene; in pharmacology COX-1/2 are PTGS1/PTGS2."""
    doc = Document(source="x", title="t", text="Celecoxib inhibits COX-2, COX2 and COX-1/2.")
    assert [(m.text, m.entity.label) for m in find_entities(doc, SHIPPED)[0] if m.type == "Target"] == [
        ("COX-2", "PTGS2"), ("COX2", "PTGS2"), ("COX-1/2", "PTGS2"), ("COX-1", "PTGS1")]


@pytest.mark.parametrize(("text", "expected"), [
    # A hyphen before a symbol's number, Greek letters as letters, words and (where an
    # encoding lost them) Latin initials: how abstracts write what HGNC lists as MMP9,
    # PPARA, TGFB1, HNF4A.
    ("MMP-9, ADAM-10 and FGFR-4", [("MMP-9", "MMP9"), ("ADAM-10", "ADAM10"), ("FGFR-4", "FGFR4")]),
    ("PPARα, PPARalpha, PPAR-γ and PPARa", [("PPARα", "PPARA"), ("PPARalpha", "PPARA"), ("PPAR-γ", "PPARG"),
                                            ("PPARa", "PPARA")]),
    ("TGF-β1, TGF-beta1, HNF-4α, HIF-1α and TNF-α", [("TGF-β1", "TGFB1"), ("TGF-beta1", "TGFB1"),
                                                    ("HNF-4α", "HNF4A"), ("HIF-1α", "HIF1A"), ("TNF-α", "TNF")]),
    ("β-catenin, α-synuclein and β-actin", [("β-catenin", "CTNNB1"), ("α-synuclein", "SNCA"), ("β-actin", "ACTB")]),
    # One-word approved names that read as proteins'.
    ("transferrin, ceruloplasmin and vimentin", [("transferrin", "TF"), ("ceruloplasmin", "CP"), ("vimentin", "VIM")]),
    # "MMP-2" spells MMP2's symbol; another gene's alias of the same text loses.
    ("MMP-2", [("MMP-2", "MMP2")]),
])
def test_gene_names_as_papers_write_them(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.text, m.entity.label) for m in SHIPPED.find(text) if m.entity.type == "Target"]
    assert got == expected


def test_forms_that_name_no_one_gene_are_not_made() -> None:
    """An enzyme class ("β-lactamase", of bacteria, not LACTB), two letters and a number
    ("PI-3" kinase, not PI3; "PA-1" cells), a family's Greek name ("β-arrestin": ARRB1
    and ARRB2)."""
    for form in ("β-lactamase", "beta-lactamase", "PI-3", "PA-1", "β-arrestin"):
        assert [e.label for e in SHIPPED.lookup(form) if e.type == "Target"] == [], form
    assert [e.label for e in SHIPPED.lookup("β-arrestin-2")] == ["ARRB2"]


def test_gene_forms_leave_cell_lines_diseases_and_other_genes_alone() -> None:
    """Found in review of the gene forms: "THP-1" is a cell line (an alias of GLI2 hyphened),
    "SCA-3" a disease's subtype ("SCA" is hereditary ataxia), "ANG-1" angiopoietin 1 (from
    an alias of TM7SF2, while ANG is another gene's symbol), "β-casein" the milk protein
    (casein is a chemical), and "Insulin" of "Insulin-like growth factor" no insulin."""
    for form in ("THP-1", "SCA-3", "PARK-2", "ANG-1", "SRC-2", "β-casein"):
        assert [e.label for e in SHIPPED.lookup(form) if e.type == "Target"] == [], form
    assert [(m.text, m.entity.label) for m in SHIPPED.find("Insulin-like growth factor binding") if m.entity.type == "Target"] == []
    # A disease named before "-like" is still named: corpora annotate "seizure" in "seizure-like".
    assert [m.text for m in SHIPPED.find("seizure-like activity")] == ["seizure"]


def test_a_cytokine_s_greek_name_is_the_gene_not_the_product() -> None:
    """DrugBank's "Interferon Gamma" listed "IFN-γ": in an abstract that is the cytokine,
    IFNG; the product keeps its own name ("interferon gamma-1b")."""
    assert [e.label for e in SHIPPED.lookup("IFN-γ")] == ["IFNG"]
    assert [(m.text, m.entity.label) for m in SHIPPED.find("IFN-γ and interferon gamma-1b")] == [
        ("IFN-γ", "IFNG"), ("interferon gamma-1b", "interferon gamma-1b")]


def test_a_long_form_of_the_head_s_kind_still_rules_out_the_short_form_s_other_readings() -> None:
    """"New Delhi metallo-beta-lactamase (NDM)": the long form ends in a gene mention (the
    tagger's "beta-lactamase"), an enzyme as its head says, so NDM is still no neonatal
    diabetes; a long form read as another kind than its head ("… factor", a drug) gave the
    short form that reading, which stays."""
    from kg.extract.entities import drop_redefined
    from kg.model import Entity, Mention

    text = "New Delhi metallo-beta-lactamase (NDM) spread. NDM rose. Colony stimulating factor (CSF) was given."
    gene = Entity("kgr:entity-gene-beta-lactamase", "Target", "beta-lactamase")
    diabetes = Entity("MONDO:0016391", "Disease", "neonatal diabetes mellitus")
    drug = Entity("DRUGBANK:DB00099", "Drug", "Filgrastim")
    at = text.index
    mentions = [Mention(at("beta-lactamase"), at("beta-lactamase") + 14, "beta-lactamase", gene, how="tagger"),
                Mention(at("NDM"), at("NDM") + 3, "NDM", diabetes),
                Mention(at("NDM rose"), at("NDM rose") + 3, "NDM", diabetes),
                Mention(at("Colony"), at(" (CSF)"), "Colony stimulating factor", drug),
                Mention(at("CSF)"), at("CSF)") + 3, "CSF", drug, how="abbreviation")]
    assert [m.text for m in drop_redefined(text, mentions)] == ["beta-lactamase", "Colony stimulating factor", "CSF"]


@pytest.mark.parametrize(("text", "expected"), [
    # The corpora indexed these under another heading (Neutropenia, Tetany, AML, Bipolar
    # Disorder), and the lexicon had learned that as the name's reading, in lower case only
    # ("Febrile neutropenia" at a sentence's start was MeSH's Febrile Neutropenia).
    ("febrile neutropenia", "MESH:D064147"), ("Febrile neutropenia", "MESH:D064147"),
    ("tetanus", "MONDO:0005526"), ("acute leukemia", "MONDO:0010643"), ("mania", "MESH:D000087122"),
    ("tardive dyskinesia", "MONDO:0010096"), ("ischemic stroke", "MESH:D000083242"),
    # … but where MeSH names the corpora's heading with the same words, the corpora's reading
    # stands and the names stay together: "breast cancer" and "breast
    # tumors" are Breast Neoplasms' concept, as are "colorectal cancer" and "colon cancer".
    ("breast cancer", "MONDO:0021100"), ("breast tumors", "MONDO:0021100"),
    ("colorectal cancer", "MONDO:0005335"), ("colon cancer", "MONDO:0005335"),
])
def test_a_name_is_the_concept_it_is_the_label_of(text: str, expected: str) -> None:
    assert [m.entity.curie for m in SHIPPED.find(f"Patients had {text}.")] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # Found by an immunology user: binetrakin, no gene, MeSH's protein typed a drug, CD79A.
    ("interleukin-4, interleukin-13 and IL-4Rα", [("interleukin-4", "IL4"), ("interleukin-13", "IL13"),
                                                 ("IL-4Rα", "IL4R")]),
    ("tumor necrosis factor alpha (TNF-alpha) and IL-17A", [("tumor necrosis factor alpha", "TNF"),
                                                            ("TNF-alpha", "TNF"), ("IL-17A", "IL17A")]),
])
def test_the_cytokines_immunology_drugs_block(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.entity.label) for m in SHIPPED.find(text)] == expected


def test_undefined_abbreviations_of_hiv_and_tuberculosis_drugs() -> None:
    """Found by an infectious-disease user: TDF was SRY, DTG 1,3-ditolylguanidine, RIF the gene
    RHOF, IGA (Investigator's Global Assessment) CD79A and PA (influenza's polymerase) EPB42."""
    assert [(m.text, m.entity.label) for m in SHIPPED.find("TDF/FTC/EFV to TAF/FTC/DTG with RIF and PZA")] == [
        ("TDF", "tenofovir disoproxil"), ("FTC", "emtricitabine"), ("EFV", "efavirenz"),
        ("TAF", "tenofovir alafenamide"), ("FTC", "emtricitabine"), ("DTG", "dolutegravir"), ("RIF", "rifampin"),
        ("PZA", "pyrazinamide")]
    assert [m.text for m in SHIPPED.find("the PA I38T substitution and IGA scores") if m.entity.type == "Target"] == []


def test_neuroimmunology_targets_and_a_drug_s_unknown_long_form() -> None:
    """Found by a neurology user: NRF2 was GABPA, and DHODH, C5, S1PR1 and ITGA4 were not
    found by the names papers use; found in review: "azidothymidine (AZT)", a name kg lacks,
    is still the drug AZT, while "recurrent implantation failure (RIF)" is not rifampin."""
    assert [(m.text, m.entity.label) for m in SHIPPED.find(
        "nuclear factor erythroid 2-related factor 2 (NRF2), dihydroorotate dehydrogenase, complement protein C5, "
        "sphingosine 1-phosphate receptor 1 and alpha4-integrin") if m.entity.type == "Target"] == [
        ("nuclear factor erythroid 2-related factor 2", "NFE2L2"), ("NRF2", "NFE2L2"),
        ("dihydroorotate dehydrogenase", "DHODH"), ("complement protein C5", "C5"),
        ("sphingosine 1-phosphate receptor 1", "S1PR1"), ("alpha4-integrin", "ITGA4")]
    from kg.extract import extract
    from tests.extract.helpers import document

    def drugs(text: str) -> list[str]:
        return [m.text for m in extract(document(text, title="A study of patients."), SHIPPED).mentions
                if m.type == "Drug"]

    assert drugs("Uridine reduced azidothymidine (AZT)-induced toxicity. AZT was given.").count("AZT") == 2
    assert drugs("Women with recurrent implantation failure (RIF) were studied. RIF was common.") == []


def _rule_mentions(text: str) -> list[tuple[str, str]]:
    """``(text, curie)`` of each mention the rules find in ``text`` (no tagger)."""
    from kg.extract import extract
    from tests.extract.helpers import document

    return [(m.text, m.curie) for m in extract(document(text, title="A study of patients."), SHIPPED).mentions]


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with acute coronary syndrome (ACS) undergoing percutaneous coronary intervention (PCI) received "
     "ticagrelor. PCI succeeded.",
     [("acute coronary syndrome", "MONDO:0005542"), ("ACS", "MONDO:0005542"), ("ticagrelor", "DRUGBANK:DB08816")]),
    ("Natalizumab every 4 weeks (standard-interval dosing, SID) was given in multiple sclerosis.",
     [("Natalizumab", "DRUGBANK:DB00108"), ("multiple sclerosis", "MONDO:0005301")]),
    ("New Delhi metallo-beta-lactamase (NDM-1) producing isolates resisted meropenem.",
     [("meropenem", "DRUGBANK:DB00760")]),
    # Neighbours: deep brain stimulation is no gene MCF2L, and a scale's short form stays its endpoint.
    ("Deep brain stimulation (DBS) and the Expanded Disability Status Scale (EDSS) were used.",
     [("Expanded Disability Status Scale", "kgr:endpoint-edss"), ("EDSS", "kgr:endpoint-edss")]),
])
def test_a_short_form_defined_as_a_procedure_dosing_or_enzyme_names_nothing(
        text: str, expected: list[tuple[str, str]]) -> None:
    """Found by cardiology, neurology and infectious-disease users (2026-12-03): PCI was the
    gene SERPINA5 (associated with ACS), SID sudden infant death, NDM neonatal diabetes."""
    assert _rule_mentions(text) == expected


def test_a_symbol_glued_to_a_microbe_s_trait_or_an_instrument_is_no_disease() -> None:
    """Found by infectious-disease and neurology users (2026-12-03): "KPC-producing" was
    keratoconus and "MDS-UPDRS" myelodysplastic syndrome; "CML-CP" is still CML."""
    assert [c for _, c in _rule_mentions("Infections with KPC-producing Klebsiella pneumoniae were common.")
            ] == ["MESH:D007239", "MONDO:0030603"]
    assert _rule_mentions("We used the MDS-UPDRS Part II and III in Parkinson disease.") == [
        ("MDS-UPDRS", "kgr:endpoint-mds-updrs"), ("Parkinson disease", "MONDO:0005180")]
    assert ("CML", "MONDO:0011996") in _rule_mentions("Patients with CML-CP received imatinib.")


def test_amyloid_related_imaging_abnormalities_are_adverse_events() -> None:
    """Found by a neurology user (2026-12-03): ARIA was the gene ECSCR, and lecanemab interacted with it."""
    assert _rule_mentions("Amyloid-related imaging abnormalities with edema or effusions (ARIA-E) occurred "
                          "with lecanemab. ARIA-H and ARIA were rare.") == [
        ("Amyloid-related imaging abnormalities with edema or effusions", "kgr:ae-aria-e"),
        ("ARIA-E", "kgr:ae-aria-e"), ("lecanemab", "DRUGBANK:DB14580"), ("ARIA-H", "kgr:ae-aria-h"),
        ("ARIA", "kgr:ae-aria")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Factor Xa, thrombin, factor VIII and factor IX", [("Factor Xa", "HGNC:3528"), ("thrombin", "HGNC:3535"),
                                                        ("factor VIII", "HGNC:3546"), ("factor IX", "HGNC:3551")]),
    ("neprilysin, CGRP, the CGRP receptor and angiotensin II type 1 receptor",
     [("neprilysin", "HGNC:7154"), ("CGRP", "HGNC:1437"), ("CGRP receptor", "HGNC:16709"),
      ("angiotensin II type 1 receptor", "HGNC:336")]),
    ("BLyS and the SARS-CoV-2 main protease (Mpro, 3CLpro) and PBP2a",
     [("BLyS", "HGNC:11929"), ("SARS-CoV-2 main protease", "kgr:entity-gene-mpro"), ("Mpro", "kgr:entity-gene-mpro"),
      ("3CLpro", "kgr:entity-gene-mpro"), ("PBP2a", "kgr:entity-gene-meca")]),
    ("HFrEF, HFpEF and ATTR-CM", [("HFrEF", "MONDO:0006993"), ("HFpEF", "MONDO:0006727"),
                                  ("ATTR-CM", "MONDO:0007100")]),
    ("deep vein thrombosis (DVT) in Dravet syndrome with compensated cirrhosis",
     [("deep vein thrombosis", "MESH:D020246"), ("DVT", "MESH:D020246"), ("Dravet syndrome", "MONDO:0100135"),
      ("compensated cirrhosis", "MONDO:0005155")]),
])
def test_cardiology_haematology_and_infection_names(text: str, expected: list[tuple[str, str]]) -> None:
    """Found by cardiology, haematology, neurology and infectious-disease users (2026-12-03):
    Factor Xa was no gene, thrombin and factor VIII DrugBank's drugs, neprilysin a disease,
    CGRP a drug, ATTR-CM conjunctival melanoma, DVT the generic thrombotic disease, Dravet
    syndrome a gene-defined encephalopathy and cirrhosis MeSH's Fibrosis."""
    assert [(m.text, m.entity.curie) for m in SHIPPED.find(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Infections caused by Aspergillus fumigatus, Enterococcus faecium and K. pneumoniae were treated with "
     "isavuconazole.", [("Infections", "MESH:D007239"), ("isavuconazole", "DRUGBANK:DB11633")]),
    ("Creatine phosphokinase rose; ceftaroline binds penicillin-binding protein.",
     [("ceftaroline", "DRUGBANK:DB06590")]),
    ("HLA-B27 positive patients with ankylosing spondylitis received secukinumab.",
     [("HLA-B27", "HGNC:4932"), ("ankylosing spondylitis", "MONDO:0005306"), ("secukinumab", "DRUGBANK:DB09029")]),
    ("Inclisiran sodium lowered LDL cholesterol and lipoprotein(a) on maximally tolerated statin therapy.",
     [("Inclisiran sodium", "DRUGBANK:DB14901"), ("LDL cholesterol", "kgr:endpoint-ldl-cholesterol"),
      ("lipoprotein(a)", "kgr:endpoint-lipoprotein-a")]),
    ("Lecanemab binds amyloid-beta protofibrils.", [("Lecanemab", "DRUGBANK:DB14580"), ("amyloid-beta", "HGNC:620")]),
    ("Interferon alfa and Sodium oxybate were given.", [("Interferon alfa", "DRUGBANK:DB05258"),
                                                       ("Sodium oxybate", "DRUGBANK:DB09072")]),
    # "sodium-glucose" starts another name: no salt of empagliflozin.
    ("Empagliflozin sodium-glucose cotransport and naproxen sodium.", [
        ("Empagliflozin", "DRUGBANK:DB09038"), ("sodium", "MESH:D012964"), ("glucose", "DRUGBANK:DB01914"),
        ("naproxen sodium", "DRUGBANK:DB00788")]),
])
def test_organisms_antigens_analytes_salts_and_classes_are_no_drugs(text: str, expected: list[tuple[str, str]]) -> None:
    """Found by infectious-disease, immunology and cardiology users (2026-12-03): DrugBank's
    allergen extracts "treated" infections, creatine phosphokinase was creatine,
    penicillin-binding protein penicillins, HLA-B27 MeSH's antigen as a drug, "inclisiran
    sodium" two drugs, LDL cholesterol a drug, "statin" simvastatin and amyloid-beta amyloidosis."""
    assert _rule_mentions(text) == expected


def test_als_after_its_gene_is_the_disease() -> None:
    """Found by a neurology user (2026-12-03): "ALS" is an HGNC alias of SOD1, so "SOD1 ALS",
    "SOD1-ALS" and "C9orf72 ALS" named the gene twice and no disease."""
    assert _rule_mentions("Tofersen helped in SOD1 ALS and SOD1-ALS; C9orf72 ALS was excluded.") == [
        ("Tofersen", "DRUGBANK:DB14782"), ("SOD1", "HGNC:11179"), ("ALS", "MONDO:0004976"), ("SOD1", "HGNC:11179"),
        ("ALS", "MONDO:0004976"), ("C9orf72", "HGNC:28337"), ("ALS", "MONDO:0004976")]


def test_a_sponsor_s_code_in_brackets_after_a_named_drug_is_that_drug() -> None:
    """Found in review (2026-12-03): "acquired resistance to Dacomitinib (PF00299804)" minted a
    drug of its own for the code, which took the mutations' resistance from dacomitinib."""
    from kg.extract import extract, load_lexicon
    from tests.extract.helpers import document

    found = extract(document("In lung cancer patients with acquired resistance to Dacomitinib (PF00299804), MET "
                             "amplification and EGFR T790M were the primary drivers of resistance."), load_lexicon())
    assert {m.text: m.curie for m in found.mentions if m.type == "Drug"} == {
        "Dacomitinib": "DRUGBANK:DB11963", "PF00299804": "DRUGBANK:DB11963"}


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a precision-oncology user: "non-small-cell lung cancers" was the "small-cell
    # lung cancers" inside it; "non-X" is never X. (Its plural is no name of NSCLC yet: the
    # singular is a name matched only as written; letting such a plural match changed which
    # reading of "breast cancers" a document took, so it is left.)
    ("RET fusions occur in 1% to 2% of non-small-cell lung cancers (NSCLC).",
     [("RET", "HGNC:9967"), ("lung cancers", "MONDO:0008903"), ("NSCLC", "MONDO:0005233")]),
    ("Patients with Non-small-cell lung cancers.", [("lung cancers", "MONDO:0008903")]),
    ("non-Hodgkin lymphomas", [("non-Hodgkin lymphomas", "MONDO:0018908")]),
])
def test_a_non_name_is_not_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.entity.curie) for m in SHIPPED.find(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Found by an oncology user: "Hyperglycaemia" was no event and "hypertriglyceridaemia"
    # the tagger's hypercholesterolemia; the generated vocabularies list American names only.
    ("hypertriglyceridaemia (60%)", [("hypertriglyceridaemia", "MONDO:0005347")]),
    ("Hyperglycaemia was common.", [("Hyperglycaemia", "MONDO:0002909")]),
    ("hypokalaemia and hypokalemia", [("hypokalaemia", "MONDO:0003019"), ("hypokalemia", "MONDO:0003019")]),
])
def test_blood_words_match_in_either_spelling(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.entity.curie) for m in SHIPPED.find(text)] == expected
