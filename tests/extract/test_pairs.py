"""The document-level pair classifier: candidates, features, and what a model turns into assertions."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_lexicon
from kg.extract.pairs import PairModel, load_pair_model
from kg.model import Document, Span

TEXT = ("Carbamazepine was given to twenty patients with epilepsy for six months. "
        "Three of them developed hepatitis.")
#: A toy model: every chemical–disease pair is related, and none is a treatment.
CAUSES = PairModel(weights={"bias": -10.0, "pair=Chemical-Disease": 20.0}, threshold=0.5,
                   treats_weights={"bias": -5.0})


def _doc(text: str = TEXT) -> Document:
    return Document(source="t", title="", text=text, pmid="1")


def test_a_pair_above_threshold_becomes_an_inferred_assertion_with_its_best_sentence() -> None:
    lexicon = load_lexicon()
    rules = {(a.subject, a.predicate, a.object) for a in extract(_doc(), lexicon).assertions}
    got = [a for a in extract(_doc(), lexicon, pairs=CAUSES).assertions
           if a.evidence[0].rule == "causesAdverseEvent:pair-classifier"]
    labels = {m.curie: m.entity.label for m in extract(_doc(), lexicon).mentions}
    edges = sorted((labels[a.subject], a.predicate, labels[a.object]) for a in got)
    # Epilepsy is named with no word of harm near it, so the drug is not said to cause it.
    assert edges == [("carbamazepine", "causesAdverseEvent", "hepatitis")]
    assert not any((a.subject, a.predicate, a.object) in rules for a in got)
    hepatitis = next(a for a in got if labels[a.object] == "hepatitis")
    [evidence] = hepatitis.evidence
    # Never in one sentence: the evidence is the sentence that names the harm ("Three of
    # them developed hepatitis", after the first's 73 characters), flagged inferred.
    assert (evidence.inferred, evidence.sentence.start, evidence.subject_span) == (True, 73, None)
    assert evidence.object_span == Span(97, 106)


def test_below_threshold_nothing_is_added() -> None:
    silent = PairModel(weights={"bias": -10.0}, threshold=0.5, treats_weights={})
    lexicon = load_lexicon()
    assert extract(_doc(), lexicon, pairs=silent).assertions == extract(_doc(), lexicon).assertions


def test_a_population_comparison_is_never_a_drug_disease_link() -> None:
    text = "Imatinib was well absorbed, with pharmacokinetics similar to those reported in patients with CML."
    assert [a for a in extract(_doc(text), load_lexicon(), pairs=CAUSES).assertions
            if a.evidence[0].rule.endswith("pair-classifier")] == []


def test_treats_weights_pick_the_direction() -> None:
    treats = PairModel(weights=CAUSES.weights, threshold=0.5, treats_weights={"bias": 5.0})
    lexicon = load_lexicon()
    labels = {m.curie: m.entity.label for m in extract(_doc(), lexicon).mentions}
    got = {(labels[a.object], a.predicate) for a in extract(_doc(), lexicon, pairs=treats).assertions
           if a.evidence[0].rule.endswith("pair-classifier")}
    # Treating needs no word of harm; but a disease the patients "developed" is a harm,
    # whatever the direction model says.
    assert got == {("epilepsy", "treats"), ("hepatitis", "causesAdverseEvent")}


def test_shipped_model_links_gene_and_disease_across_sentences_and_never_calls_a_treatment_harm() -> None:
    model = load_pair_model()
    assert model is not None
    lexicon = load_lexicon()
    text = ("Gefitinib in non-small cell lung cancer with EGFR mutations. "
            "Patients with EGFR-mutant tumours had longer survival with gefitinib.")
    extraction = extract(_doc(text), lexicon, pairs=model)
    labels = {m.curie: m.entity.label for m in extraction.mentions}
    got = {(labels[a.subject], a.predicate, labels[a.object]) for a in extraction.assertions
           if a.evidence[0].rule.endswith("pair-classifier")}
    assert ("EGFR", "associatedWith", "non-small cell lung carcinoma") in got
    assert not any(p == "causesAdverseEvent" for _, p, _ in got)


def test_the_pair_classifier_never_has_a_drug_treat_death() -> None:
    """Found by a new user: "hazard ratio for death" became vemurafenib kg:treats Death."""
    from kg.extract import extract, load_lexicon
    from kg.extract.pairs import load_pair_model
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    abstract = ("BACKGROUND: Vemurafenib is a selective inhibitor of mutated BRAF. Melanomas harboring the BRAF V600E "
                "mutation are sensitive to vemurafenib. METHODS: We randomly assigned 675 patients with previously "
                "untreated metastatic melanoma with the BRAF V600E mutation to receive vemurafenib (960 mg twice daily) "
                "or dacarbazine. RESULTS: Vemurafenib improved overall survival (hazard ratio for death 0.37; "
                "P<0.001). Response rates were 48% for vemurafenib and 5% for dacarbazine. Cutaneous squamous-cell "
                "carcinoma developed in 18% of patients receiving vemurafenib.")
    extraction = extract(document(abstract, "Vemurafenib in melanoma with BRAF V600E mutation"), load_lexicon(),
                         load_tagger(), load_pair_model())
    [death] = {m.curie for m in extraction.mentions if m.text == "death"}
    assert [(a.subject, a.predicate) for a in extraction.assertions if a.object == death] == []


def test_the_pair_classifier_links_nothing_to_death() -> None:
    """Found by a third new user: "the risk of death" became vemurafenib
    kg:causesAdverseEvent Death (and "hazard ratio for death" EGFR kg:associatedWith Death)."""
    from kg.extract import extract, load_lexicon
    from kg.extract.pairs import load_pair_model
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    extraction = extract(document(
        "Vemurafenib was associated with a relative reduction of 63% in the risk of death and of 74% in the risk of "
        "either death or disease progression, as compared with dacarbazine (P<0.001 for both comparisons).",
        "Improved survival with vemurafenib in melanoma with BRAF V600E mutation"), load_lexicon(), load_tagger(),
        load_pair_model())
    assert [(a.subject, a.predicate) for a in extraction.assertions if a.object == "MESH:D003643"] == []
    # The classifier still links the rest of the document.
    assert ("HGNC:1097", "associatedWith", "MONDO:0005105") in {(a.subject, a.predicate, a.object)
                                                                 for a in extraction.assertions}


def test_the_pair_classifier_does_not_make_an_adverse_event_s_treatment_its_cause() -> None:
    """Found by a fourth new user: "Colitis was managed with corticosteroids; infliximab was
    required in … steroid-refractory colitis" made infliximab and steroids cause colitis."""
    from kg.extract import extract, load_lexicon
    from kg.extract.pairs import load_pair_model
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    extraction = extract(document(
        "Grade 3 or 4 immune-related colitis occurred in 38 of 198 patients (19%) receiving ipilimumab plus "
        "nivolumab. Colitis was managed with corticosteroids; infliximab was required in 12 patients with "
        "steroid-refractory colitis.", "Immune-related colitis with ipilimumab plus nivolumab"),
        load_lexicon(), load_tagger(), load_pair_model())
    names = {m.curie: m.text.lower() for m in extraction.mentions}
    causes = sorted(names[a.subject] for a in extraction.assertions
                    if a.predicate == "causesAdverseEvent" and names.get(a.object) == "colitis")
    assert causes == ["ipilimumab", "nivolumab"]


def test_an_adverse_event_is_never_a_disease_treated_or_associated() -> None:
    """Found by a fifth new user: the classifier made IDH1 associatedWith differentiation
    syndrome, a curated adverse event (no kg:Disease), and kg validate refused the graph."""
    from tests.extract.helpers import document

    linked = PairModel(weights={"bias": 10.0}, threshold=0.5, treats_weights={"bias": 5.0})
    extraction = extract(document(
        "IDH1 mutations block myeloid differentiation. Enasidenib was given. "
        "Differentiation syndrome occurred in 11% of patients."), load_lexicon(), pairs=linked)
    names = {m.curie: m.text.lower() for m in extraction.mentions}
    to_event = sorted((names[a.subject], a.predicate) for a in extraction.assertions
                      if names.get(a.object) == "differentiation syndrome")
    assert to_event == [("enasidenib", "causesAdverseEvent")]


@pytest.mark.parametrize(("text", "caused"), [
    # Since "tumour" names a disease, what a drug inhibits is no harm it does.
    ("Doxorubicin inhibited tumour growth but caused cardiotoxicity in mice.", ["cardiotoxicity"]),
    ("Doxorubicin reduced the incidence of breast cancer but caused cardiotoxicity.", ["cardiotoxicity"]),
    # Lessening words elsewhere leave the harm alone.
    ("Doxorubicin inhibited growth of cells but caused cardiotoxicity and breast cancer.",
     ["breast cancer", "cardiotoxicity"]),
])
def test_a_disease_the_drug_lessens_is_not_its_adverse_event(text: str, caused: list[str]) -> None:
    from tests.extract.helpers import document

    # A classifier that links every pair and reads every chemical–disease pair as harm, so
    # only the vetoes decide.
    harmful = PairModel(weights={"bias": 10.0}, threshold=0.5, treats_weights={"bias": -10.0})
    extraction = extract(document(text, "Doxorubicin"), load_lexicon(), pairs=harmful)
    names = {m.curie: m.text for m in extraction.mentions}
    assert sorted(names[a.object] for a in extraction.assertions if a.predicate == "causesAdverseEvent") == caused


def test_a_disease_patients_suffered_is_no_disease_the_drug_treats() -> None:
    """Found by a seventh new user: "one patient died of immune-mediated myocarditis" made
    pembrolizumab treat myocarditis, and "did not cause weight loss" sotorasib treat weight loss."""
    from tests.extract.helpers import document

    # A classifier that links every pair and reads every chemical–disease pair as a treatment.
    treating = PairModel(weights={"bias": 10.0}, threshold=0.5, treats_weights={"bias": 10.0})
    extraction = extract(document(
        "Pembrolizumab was given to patients with melanoma. Grade 3 adverse events occurred in 10% of patients; "
        "one patient died of immune-mediated myocarditis. The combination did not cause weight loss.",
        "Pembrolizumab"), load_lexicon(), pairs=treating)
    names = {m.curie: m.text for m in extraction.mentions}
    got = sorted((names[a.object], a.predicate, a.evidence[0].negated, a.evidence[0].text.split()[-1],
                  a.evidence[0].rule) for a in extraction.assertions
                 if names.get(a.object) in ("melanoma", "myocarditis", "weight loss"))
    # The harms are the drug's adverse events; with no sentence naming both, the evidence is
    # the sentence that names the harm, with its negation. "did not cause weight loss" is the
    # sentence rules' since "cause" before a disease makes it a harm (2026-12-02).
    assert got == [("melanoma", "treats", False, "melanoma.", "treats:population-received"),
                   ("myocarditis", "causesAdverseEvent", False, "myocarditis.", "causesAdverseEvent:pair-classifier"),
                   ("weight loss", "causesAdverseEvent", True, "loss.", "causesAdverseEvent:trigger:main-drug")]


def test_a_disease_qualified_by_its_treatment_or_risk_is_no_harm() -> None:
    """Found in review: "induction therapy for", "adverse-risk" and "grade 3" before a disease
    read as a harm the patients suffered, which turned a treatment into an adverse event."""
    from tests.extract.helpers import document

    treating = PairModel(weights={"bias": 10.0}, threshold=0.5, treats_weights={"bias": 10.0})
    for sentence in ("Patients had received induction therapy for acute myeloid leukemia.",
                     "Patients had adverse-risk acute myeloid leukemia.",
                     "Patients had grade 3 follicular lymphoma."):
        extraction = extract(document(f"Venetoclax was given to 40 patients. {sentence}", "Venetoclax"),
                             load_lexicon(), pairs=treating)
        drug = next(m.curie for m in extraction.mentions if m.text == "Venetoclax")
        assert {a.predicate for a in extraction.assertions if a.subject == drug
                and a.evidence[0].rule.endswith("pair-classifier")} == {"treats"}, sentence


def test_a_drug_does_not_cause_what_it_reduced_in_a_model_of_another_cause() -> None:
    """Found by an eighth new user: in "mice with diet-induced steatohepatitis, pioglitazone
    reduced serum ALT, hepatic inflammation and fibrosis", the classifier made pioglitazone
    cause all three: "diet-induced" is the diet's harm, and "reduced" governs the list."""
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    extraction = extract(document(
        "In mice with diet-induced steatohepatitis, pioglitazone reduced serum ALT, hepatic inflammation and "
        "fibrosis scores.", "Pioglitazone in a mouse model of steatohepatitis"), load_lexicon(), load_tagger(),
        load_pair_model())
    assert [(a.subject, a.object) for a in extraction.assertions if a.predicate == "causesAdverseEvent"] == []


def test_a_disease_caused_by_mutations_is_no_drug_s_harm() -> None:
    """Found by a respiratory user (2026-12-03): "Cystic fibrosis is caused by mutations in the
    CFTR gene" made the paper's ivacaftor and tezacaftor cause cystic fibrosis; a classifier
    linking every pair as a harm shows the sentence's "caused" no longer counts as harm."""
    from tests.extract.helpers import document

    harming = PairModel(weights={"bias": 10.0}, threshold=0.5, treats_weights={"bias": -10.0})
    text = ("Cystic fibrosis is caused by mutations in the CFTR gene. Ivacaftor is a CFTR potentiator. "
            "Rash was caused by ivacaftor in 3 patients.")
    extraction = extract(document(text, "Ivacaftor"), load_lexicon(), pairs=harming)
    assert sorted((a.object, a.evidence[0].rule) for a in extraction.assertions
                  if a.predicate == "causesAdverseEvent") == [("kgr:ae-rash", "causesAdverseEvent:trigger")]


def test_a_reduced_dose_is_no_treatment_of_the_harm_that_caused_it() -> None:
    """Found in review: "The dose of sunitinib was reduced in patients who developed
    hand-foot syndrome" became a treatment when "reduced" governed any words after it."""
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    extraction = extract(document("The dose of sunitinib was reduced in patients who developed hand-foot syndrome.",
                                  "Sunitinib in renal cell carcinoma"), load_lexicon(), load_tagger(), load_pair_model())
    assert ("DRUGBANK:DB01268", "treats", "kgr:ae-palmar-plantar-erythrodysesthesia") not in {
        (a.subject, a.predicate, a.object) for a in extraction.assertions}


@pytest.mark.parametrize(("text", "kept"), [
    ("Risdiplam is an oral SMN2 splicing modifier. "
     "Onasemnogene abeparvovec can cause acute liver injury and thrombotic microangiopathy.",
     {("onasemnogene abeparvovec", "hepatotoxicity"), ("onasemnogene abeparvovec", "thrombotic microangiopathy")}),
    ("Two patients in the secukinumab group developed new-onset inflammatory bowel disease. "
     "Ustekinumab was well tolerated.", {("secukinumab", "inflammatory bowel disease")}),
    ("Cabotegravir did not cause clinically meaningful weight gain. Rilpivirine was well tolerated.",
     {("cabotegravir", "weight gain")}),
    # An event no sentence gives to another drug stays the document's drug's.
    (TEXT, {("carbamazepine", "hepatitis")}),
])
def test_the_pair_classifier_gives_no_drug_an_event_a_sentence_gives_another(text: str, kept: set[tuple[str, str]]) -> None:
    """Found by a neurology user (2026-12-03): "Onasemnogene abeparvovec can cause acute liver
    injury" made Risdiplam causesAdverseEvent hepatotoxicity (pair-classifier); likewise
    ustekinumab's IBD from "the secukinumab group", rilpivirine's negated weight gain."""
    extraction = extract(_doc(text), load_lexicon(), pairs=CAUSES)
    labels = {m.curie: m.entity.label for m in extraction.mentions}
    got = {(labels[a.subject], labels[a.object]) for a in extraction.assertions if a.predicate == "causesAdverseEvent"}
    assert got == kept


def test_the_pair_classifier_needs_the_mutation_or_its_gene_in_the_response_sentence() -> None:
    """Found by an HIV user (2026-12-03): "Dolutegravir (DTG) is an integrase strand transfer
    inhibitor" beside "The M184V mutation confers resistance to lamivudine" tied M184V to
    dolutegravir; a sentence naming the mutation's gene with the drug still may."""
    variants = PairModel(weights={"bias": -10.0, "pair=Chemical-Variant": 20.0}, threshold=0.5, treats_weights={})

    def inferred(text: str) -> set[tuple[str, str, str]]:
        extraction = extract(_doc(text), load_lexicon(), pairs=variants)
        labels = {m.curie: m.entity.label for m in extraction.mentions}
        return {(labels[a.subject], a.predicate, labels[a.object]) for a in extraction.assertions
                if a.evidence[0].rule.endswith("pair-classifier")}

    assert inferred("The M184V mutation confers resistance to lamivudine. Dolutegravir (DTG) is an integrase strand "
                    "transfer inhibitor.") == set()
    assert inferred("A GIST patient harboring the KIT K642E mutation. Imatinib inhibits KIT.") == {
        ("KIT K642E", "affectsResponseTo", "imatinib")}


def test_the_pair_classifier_treats_no_disease_named_only_as_a_raised_risk() -> None:
    """Found by an immunology user (2026-12-03): "The TYK2 P1104A variant protects against
    psoriasis but increases susceptibility to tuberculosis" made deucravacitinib treat
    tuberculosis (pair-classifier)."""
    treats = PairModel(weights=CAUSES.weights, threshold=0.5, treats_weights={"bias": 5.0})

    def inferred(text: str) -> set[tuple[str, str, str]]:
        extraction = extract(_doc(text), load_lexicon(), pairs=treats)
        labels = {m.curie: m.entity.label for m in extraction.mentions}
        return {(labels[a.subject], a.predicate, labels[a.object]) for a in extraction.assertions
                if a.evidence[0].rule.endswith("pair-classifier")}

    assert inferred("Deucravacitinib is a selective TYK2 inhibitor. The TYK2 P1104A variant protects against "
                    "psoriasis but increases susceptibility to tuberculosis.") == {
        ("deucravacitinib", "treats", "psoriasis")}


def test_the_pair_classifier_gives_nothing_to_the_drug_that_sorts_the_patients() -> None:
    """Found by a neurology user (2026-12-03): "CBD did not reduce drop seizures in patients
    … not receiving clobazam" gave Clobazam treats seizures, negated (pair-classifier)."""
    model = load_pair_model()
    assert model is not None
    text = "CBD did not reduce drop seizures in patients with Lennox-Gastaut syndrome not receiving clobazam."
    extraction = extract(_doc(text), load_lexicon(), pairs=model)
    labels = {m.curie: m.entity.label for m in extraction.mentions}
    assert not any(labels[a.subject] == "Clobazam" for a in extraction.assertions)
    assert ("cannabidiol", "treats", "seizures") in {(labels[a.subject], a.predicate, labels[a.object])
                                                    for a in extraction.assertions}
