"""Names and grounding found by a new user's trial (fifth): a disease over its susceptibility
locus, one node per drug named as a salt or prodrug and then by its parent, ions and elements
that are no drug given, lower-case labels, lab-abnormality events and coordinated targets."""

from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract.helpers import SHIPPED, document, probed, response_claims


def _mentions(sentence: str) -> set[tuple[str, str]]:
    return {(m.text, m.curie) for m in probed(sentence).mentions}


def _rule_mentions(sentence: str) -> set[tuple[str, str]]:
    """The lexicon's and the rules' mentions, without the tagger."""
    return {(m.text, m.curie) for m in extract(document(sentence, title="Probe title."), SHIPPED).mentions}


def _triples(sentence: str) -> set[tuple[str, str, str]]:
    return {(a.subject, a.predicate, a.object) for a in probed(sentence).assertions}


#: MONDO's atopic eczema, the common disease; MONDO:0011292 "dermatitis, atopic" is OMIM's locus.
ATOPIC_ECZEMA = "MONDO:0004980"


@pytest.mark.parametrize(("sentence", "name", "disease"), [
    ("Dupilumab improved itch in adults with moderate-to-severe atopic dermatitis.", "atopic dermatitis", ATOPIC_ECZEMA),
    ("Atopic dermatitis improved in 38% of adolescents receiving lebrikizumab.", "Atopic dermatitis", ATOPIC_ECZEMA),
    ("Toripalimab plus gemcitabine prolonged survival in recurrent nasopharyngeal carcinoma.",
     "nasopharyngeal carcinoma", "MONDO:0015459"),
    ("Erenumab reduced monthly headache days in adults with common migraine.", "common migraine", "MONDO:0100431"),
    ("Mavacamten reduced symptoms in adults with aortic valve stenosis.", "aortic valve stenosis", "MONDO:0042981"),
])
def test_a_disease_is_no_susceptibility_locus(sentence: str, name: str, disease: str) -> None:
    # Found by a new user: "atopic dermatitis" was "dermatitis, atopic", the OMIM locus MONDO
    # lists beside the disease, with the disease only an alternative.
    assert (name, disease) in _mentions(sentence)
    assert (name, disease) in _rule_mentions(sentence)


@pytest.mark.parametrize(("sentence", "name", "entry"), [
    ("Somatrogon was studied in children with Noonan syndrome 1.", "Noonan syndrome 1", "MONDO:0008104"),
    ("Tralokinumab was studied in ATOD patients.", "ATOD", "MONDO:0011292"),
])
def test_a_name_of_the_locus_keeps_it(sentence: str, name: str, entry: str) -> None:
    assert (name, entry) in _rule_mentions(sentence)


@pytest.mark.parametrize(("text", "bare", "form"), [
    ("Patients with chronic hepatitis B received tenofovir disoproxil fumarate (TDF) or entecavir. "
     "Renal impairment occurred in 3% of patients receiving tenofovir.", "tenofovir", "DRUGBANK:DB00300"),
    ("Adefovir dipivoxil was given to 185 patients with HBeAg-negative chronic hepatitis B. "
     "HBV DNA was undetectable in 51% of patients treated with adefovir.", "adefovir", "DRUGBANK:DB00718"),
    ("Patients with atrial fibrillation received dabigatran etexilate 150 mg twice daily. "
     "Major bleeding occurred in 3.1% of patients receiving dabigatran.", "dabigatran", "DRUGBANK:DB06695"),
])
def test_a_parent_name_is_the_form_the_paper_gave(text: str, bare: str, form: str) -> None:
    # Found by a new user: "tenofovir" after "tenofovir disoproxil fumarate (TDF)" was a second
    # drug (DB14126), and the paper's harms and outcomes went to it.
    for found in (_mentions(text), _rule_mentions(text)):
        assert (bare, form) in found
        assert {curie for name, curie in found if name.lower() == bare} == {form}


def test_a_parent_of_two_forms_stays_the_parent() -> None:
    text = ("Patients switched from tenofovir disoproxil fumarate to tenofovir alafenamide. "
            "Plasma tenofovir concentrations fell by 90%.")
    assert ("tenofovir", "DRUGBANK:DB14126") in _mentions(text)


def test_a_conjugate_is_no_form_of_its_antibody() -> None:
    text = "Trastuzumab deruxtecan improved survival in patients previously treated with trastuzumab."
    assert {("Trastuzumab deruxtecan", "DRUGBANK:DB14962"), ("trastuzumab", "DRUGBANK:DB00072")} <= _mentions(text)


@pytest.mark.parametrize(("sentence", "element"), [
    ("Sweat-chloride concentration decreased by 40 mmol/L with ivacaftor in children with cystic fibrosis.", "chloride"),
    ("Vanzacaftor lowered chloride concentrations in sweat of patients with cystic fibrosis.", "chloride"),
    ("Patients with platinum-resistant ovarian cancer received mirvetuximab soravtansine.", "platinum"),
    ("Olaparib was given as maintenance after platinum-based chemotherapy in ovarian cancer.", "platinum"),
])
def test_an_element_measured_or_describing_is_no_drug(sentence: str, element: str) -> None:
    # Found by a new user: Chloride ion and Platinum were drugs of the paper.
    for found in (_mentions(sentence), _rule_mentions(sentence)):
        assert not any(name.lower() == element for name, _ in found)


def test_the_sweat_chloride_endpoint_hyphenated() -> None:
    sentence = "Sweat-chloride concentration decreased by 40 mmol/L with ivacaftor in children with cystic fibrosis."
    assert ("Sweat-chloride concentration", "kgr:endpoint-sweat-chloride") in _rule_mentions(sentence)


@pytest.mark.parametrize(("sentence", "drug"), [
    ("Patients with iron-deficiency anaemia and heart failure received intravenous iron.", ("iron", "DRUGBANK:DB01592")),
    ("Cisplatin-based chemotherapy was given to patients with bladder cancer.", ("Cisplatin", "DRUGBANK:DB00515")),
    ("Patients received potassium chloride 40 mmol daily.", ("potassium chloride", "DRUGBANK:DB00761")),
    # blood's ions are chemicals as the corpora mark them (BC5CDR's "serum potassium")
    ("Serum potassium was monitored in patients receiving finerenone.", ("potassium", "DRUGBANK:DB14500")),
])
def test_an_element_or_drug_given_stays(sentence: str, drug: tuple[str, str]) -> None:
    assert drug in _mentions(sentence)


@pytest.mark.parametrize("text", [
    "Patients with ovarian cancer with a germline BRCA2 mutation who were in response after platinum-containing "
    "chemotherapy were randomly assigned to niraparib or placebo.",
    "Patients with a BRCA1 mutation who had responded to prior chemotherapy received rucaparib maintenance.",
])
def test_a_response_to_a_regimen_no_drug_names_is_history(text: str) -> None:
    # With "platinum" no drug given, the history rule had no drug to read the phrase by: the
    # BRCA mutations were sensitive to the maintenance drug.
    assert response_claims(text, "Maintenance in ovarian cancer.") == set()


@pytest.mark.parametrize(("sentence", "name", "label"), [
    ("Sotorasib improved progression-free survival compared with docetaxel.", "Sotorasib", "sotorasib"),
    ("Sotorasib improved progression-free survival compared with docetaxel.", "docetaxel", "docetaxel"),
    ("Headache occurred in 12% of patients receiving erenumab.", "erenumab", "erenumab"),
    ("Patients with chronic hepatitis B received tenofovir disoproxil fumarate.", "tenofovir disoproxil fumarate",
     "tenofovir disoproxil"),
    ("Lecanemab slowed decline in patients with early Alzheimer's disease.", "Lecanemab", "lecanemab"),
])
def test_labels_write_common_nouns_in_lower_case(sentence: str, name: str, label: str) -> None:
    # Found by a new user: DrugBank's "Sotorasib", "Docetaxel" beside ChEBI's "imatinib".
    labels = {m.text: m.entity.label for m in probed(sentence).mentions}
    assert labels[name] == label


@pytest.mark.parametrize(("curie", "label"), [
    ("MESH:D006261", "headache"),
    ("MESH:D064420", "drug-related side effects and adverse reactions"),
    ("MESH:D020961", "Lewy body disease"),
    ("DRUGBANK:DB00072", "trastuzumab"),
    ("DRUGBANK:DB14547", "chloride ion"),
])
def test_a_vocabulary_s_title_case_is_read_in_lower_case(curie: str, label: str | None) -> None:
    entity = SHIPPED.entities.get(curie)
    assert (entity.label if entity else None) == label


@pytest.mark.parametrize(("label", "expected"), [
    ("Alzheimer Disease", "Alzheimer disease"),
    ("Crohn Disease", "Crohn disease"),
    ("Pseudomonas Infections", "Pseudomonas infections"),
    ("HER2", "HER2"),
    ("mRNA-1273", "mRNA-1273"),
    ("Vitamin D", "vitamin D"),
    ("Ado-trastuzumab emtansine", "ado-trastuzumab emtansine"),
])
def test_proper_nouns_acronyms_and_symbols_keep_their_case(label: str, expected: str) -> None:
    from kg.extract.lexicon import common_case, proper_nouns

    proper = proper_nouns(["Alzheimer disease", "Crohn disease", "Pseudomonas aeruginosa infection", "atopic eczema"])
    assert common_case(label, proper) == expected


@pytest.mark.parametrize(("sentence", "drug", "event"), [
    ("Blood bilirubin increased in 12% of patients receiving sotorasib.", "DRUGBANK:DB15569",
     "kgr:ae-blood-bilirubin-increased"),
    ("ALT increased in 20% of patients given elafibranor.", "DRUGBANK:DB05187", "kgr:ae-alanine-aminotransferase-increased"),
    ("Neutrophil count decreased in 31% of patients treated with trastuzumab deruxtecan.", "DRUGBANK:DB14962",
     "kgr:ae-neutrophil-count-decreased"),
])
def test_a_lab_abnormality_with_its_rate_is_the_drug_s_event(sentence: str, drug: str, event: str) -> None:
    # Found by a new user: the event's name holds the verb, and the event had no drug.
    assert (drug, "causesAdverseEvent", event) in _triples(sentence)
    assert (drug, "causesAdverseEvent", event) in {
        (a.subject, a.predicate, a.object) for a in extract(document(sentence, title="Probe title."), SHIPPED).assertions}


def test_a_condition_present_at_baseline_is_no_event() -> None:
    sentence = "Anemia was present at baseline in 12% of patients receiving luspatercept."
    assert not any(p == "causesAdverseEvent" for _, p, _ in _triples(sentence))


@pytest.mark.parametrize(("sentence", "drug", "genes"), [
    ("Elafibranor activates PPAR alpha and PPAR delta in patients with primary biliary cholangitis.",
     "DRUGBANK:DB05187", {"HGNC:9232", "HGNC:9235"}),
    ("Lanifibranor activates PPARα, PPARδ and PPARγ in patients with MASH.",
     "DRUGBANK:DB14801", {"HGNC:9232", "HGNC:9235", "HGNC:9236"}),
    ("Ibrutinib bound BTK and ITK covalently in lymphoma cells.", "DRUGBANK:DB09053", {"HGNC:1133", "HGNC:6171"}),
])
def test_each_gene_of_a_list_a_drug_activates_is_its_target(sentence: str, drug: str, genes: set[str]) -> None:
    # Found by a new user: only the first gene of the list, PPARA, was elafibranor's target.
    assert {(drug, "targets", g) for g in genes} <= _triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Empagliflozin activated AMPK and SIRT1 signalling in isolated cardiomyocytes.",
    "Venetoclax activated caspase-3 and BAX in leukaemia cells.",
])
def test_a_list_of_activated_signals_or_effectors_is_no_target(sentence: str) -> None:
    assert not any(p == "targets" for _, p, _ in {
        (a.subject, a.predicate, a.object) for a in extract(document(sentence, title="Probe title."), SHIPPED).assertions})
