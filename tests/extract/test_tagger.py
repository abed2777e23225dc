"""The CRF span tagger: merging its spans with the lexicon, the shipped models, and training one."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract import extract, load_lexicon, load_tagger, rule_mentions
from kg.extract.tagger import load_tagger as load_tagger_from
from kg.extract.tagger import retag, tokens
from kg.model import Document, Entity, Mention, Section

DRUG = Entity("CHEBI:1", "Drug", "curated drug")
GENERATED = Entity("MESH:D2", "Drug", "set")
GENE = Entity("HGNC:3", "Target", "BRAF")
V600E = Entity("kgr:mutation-BRAF-V600E", "Mutation", "BRAF V600E", gene="BRAF", hgvs="V600E")


def _lookup(name: str) -> list[Entity]:
    return [GENE] if name == "BRAF" else []


def test_retag_keeps_agreed_curated_and_pattern_mentions_and_drops_the_rest() -> None:
    text = "SET and drug X with BRAF p.V600E and HNF-6 in tumors."
    mentions = [
        Mention(0, 3, "SET", GENERATED),                           # generated name, tagger disagrees: dropped
        Mention(8, 12, "drug", DRUG),                              # curated: kept though untagged
        Mention(20, 24, "BRAF", GENE),                             # tagged the same: kept
        Mention(27, 32, "V600E", V600E, how="pattern"),            # tagger's span is wider: widened
    ]
    spans = [(20, 24, "Gene"), (25, 32, "Variant"), (37, 42, "Gene"), (46, 52, "Disease")]
    out = retag(text, mentions, spans, {"Chemical", "Disease", "Gene", "Variant"}, _lookup,
                lambda curie: curie == "CHEBI:1")
    got = sorted((m.start, m.end, m.text, m.entity.curie, m.how) for m in out)
    assert got == [
        (8, 12, "drug", "CHEBI:1", "lexicon"),
        (20, 24, "BRAF", "HGNC:3", "lexicon"),
        (25, 32, "p.V600E", "kgr:mutation-BRAF-V600E", "pattern"),
        # A gene no vocabulary knows becomes the document's own entity; "tumors" (a stop word) does not.
        (37, 42, "HNF-6", "kgr:entity-gene-hnf-6", "tagger"),
    ]
    assert [m.entity.type for m in out if m.how == "tagger"] == ["Target"]


def test_retag_grounds_a_new_span_through_the_lexicon_without_a_trailing_gene() -> None:
    text = "The BRAF gene."
    [mention] = retag(text, [], [(4, 13, "Gene")], {"Gene"}, _lookup, lambda curie: False)
    assert (mention.text, mention.entity.curie, mention.how) == ("BRAF gene", "HGNC:3", "tagger")


def test_retag_never_names_a_measurement_as_a_variant() -> None:
    text = "IC50 of 1.4nM for ETV6-NTRK3."
    assert retag(text, [], [(8, 13, "Variant")], {"Variant"}, _lookup, lambda curie: False) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("T790M-negative tumors.", []),
    ("T790M-wild-type tumors.", []),
    ("T790M-null cells.", []),
    ("T790M-positive tumors.", ["T790M"]),
])
def test_retag_never_names_a_change_said_absent(text: str, kept: list[str]) -> None:
    # The mutation patterns refuse "T790M-negative"; the tagger's span must not bring it back.
    out = retag(text, [], [(0, 5, "Variant")], {"Variant"}, _lookup, lambda curie: False)
    assert [m.text for m in out] == kept


def test_shipped_tagger_finds_a_gene_the_lexicon_does_not_know() -> None:
    lexicon, tagger = load_lexicon(), load_tagger()
    assert tagger is not None
    # In a context that says what it is: "Loss of gp78 …" alone was tagged by the models
    # trained before 2026-11-30, not by those trained on that day's lexicon and rules.
    doc = Document(source="t", title="", text="Expression of the gp78 gene was reduced.")
    rules = {(m.text, m.type) for m in extract(doc, lexicon).mentions}
    tagged = {(m.text, m.type, m.how, m.curie) for m in extract(doc, lexicon, tagger).mentions}
    assert ("gp78", "Target") not in rules
    assert ("gp78", "Target", "tagger", "kgr:entity-gene-gp78") in tagged


def test_shipped_tagger_takes_the_whole_protein_change() -> None:
    doc = Document(source="t", title="", text="Melanomas with BRAF p.V600E respond to vemurafenib.")
    mutations = [(m.text, m.curie) for m in extract(doc, load_lexicon(), load_tagger()).mentions
                 if m.type == "Mutation"]
    assert mutations == [("p.V600E", "kgr:mutation-BRAF-V600E")]


TINY = [
    ("1", "BRAF V600E in melanoma", "Vemurafenib treats melanoma with BRAF V600E."),
    ("2", "EGFR L858R in lung cancer", "Gefitinib inhibits EGFR L858R in lung cancer."),
    ("3", "KRAS G12C in colon cancer", "Sotorasib blocks KRAS G12C in colon cancer."),
]


def _pubtator(rows: list[tuple[str, str, str]]) -> str:
    """A PubTator corpus annotating the chemical, gene, variant and disease of each toy abstract."""
    out = []
    for pmid, title, abstract in rows:
        text = f"{title} {abstract}"
        out += [f"{pmid}|t|{title}", f"{pmid}|a|{abstract}"]
        gene, change = title.split()[:2]
        drug = abstract.split()[0]
        disease = title.split(" in ", 1)[1]
        for name, kind in ((drug, "ChemicalEntity"), (gene, "GeneOrGeneProduct"), (change, "SequenceVariant"),
                           (disease, "DiseaseOrPhenotypicFeature")):
            start = text.index(name, len(title) + 1)
            out.append(f"{pmid}\t{start}\t{start + len(name)}\t{name}\t{kind}\t-")
        out.append("")
    return "\n".join(out) + "\n"


def test_kg_train_tagger_writes_models_that_reproduce_their_training_labels(tmp_path: Path) -> None:
    corpus = tmp_path / "tiny.pubtator"
    corpus.write_text(_pubtator(TINY * 20))
    result = CliRunner().invoke(main, ["train", "tagger", "--corpus", str(corpus), "-o", str(tmp_path / "models")])
    assert result.exit_code == 0, result.output
    assert "genes-variants.crfsuite (60 training documents)" in result.output
    tagger = load_tagger_from(tmp_path / "models")
    assert tagger is not None and tagger.types == {"Chemical", "Disease", "Gene", "Variant"}
    text = "Sotorasib blocks KRAS G12C in colon cancer."
    hints, _ = rule_mentions(Document(source="t", title="", text=text), load_lexicon())
    found = {(text[s:e], kind) for s, e, kind in tagger.tag(text, hints)}
    assert found == {("Sotorasib", "Chemical"), ("KRAS", "Gene"), ("G12C", "Variant"), ("colon cancer", "Disease")}


def test_kg_train_tagger_names_the_missing_annotation(tmp_path: Path) -> None:
    corpus = tmp_path / "chemicals.pubtator"
    corpus.write_text("1|t|BRAF\n1|a|BRAF helps.\n1\t0\t4\tBRAF\tGeneOrGeneProduct\t673\n\n")
    result = CliRunner().invoke(main, ["train", "tagger", "--corpus", str(corpus), "-o", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert "no corpus annotates Chemical, Disease" in result.output


def test_tokens_keep_offsets() -> None:
    text = "HNF-6 (p.V600E)"
    assert all(text[s:e] == t for s, e, t in tokens(text))


@pytest.mark.parametrize("directory", ["empty"])
def test_no_model_files_means_rules_only(tmp_path: Path, directory: str) -> None:
    (tmp_path / directory).mkdir()
    assert load_tagger_from(tmp_path / directory) is None


def test_a_definition_in_the_text_wins_over_the_lexicon_s_reading_of_the_short_form() -> None:
    """BC5CDR dev 10840460: "Cyclophosphamide (CP)", then every CP read as captopril, the lexicon's CP."""
    text = "Cyclophosphamide (CP) causes cystitis. CP was given at 50 mg/kg, and CP-induced pain was scored."
    lexicon = load_lexicon()
    for tagger in (None, load_tagger()):
        mentions = extract(Document("t", text, ""), lexicon, tagger).mentions
        assert [(m.start, m.curie, m.how) for m in mentions if m.text == "CP"] == [
            (18, "DRUGBANK:DB00531", "abbreviation"), (39, "DRUGBANK:DB00531", "abbreviation"),
            (69, "DRUGBANK:DB00531", "abbreviation")]
    # Without a definition, the lexicon's reading stands: since 2026-12-01 the gene whose
    # approved symbol CP is (ceruloplasmin); DrugBank's "CP" for captopril is no drug name.
    assert [m.curie for m in extract(Document("t", "CP was given.", ""), lexicon).mentions] == ["HGNC:2295"]


def test_the_tagger_does_not_read_an_amino_acid_in_an_enzyme_s_name() -> None:
    """Retrained on the 2026-12-01 lexicon, the tagger read "tyrosine" in "inhibitor of
    tyrosine kinase" as the amino acid, which then "treated" GIST in the seed review."""
    from kg.extract import extract, load_lexicon
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    extraction = extract(document("Imatinib is a small molecule inhibitor of tyrosine kinase that has been evaluated "
                                  "for efficacy in GIST."), load_lexicon(), load_tagger())
    assert [(m.text, m.type) for m in extraction.mentions] == [("Imatinib", "Drug"), ("GIST", "Disease")]


def test_an_enzyme_s_whole_name_tagged_as_a_chemical_is_no_chemical() -> None:
    """The tagger read "alanine aminotransferase" as one chemical span, minted as a drug
    that then "caused" hypertension."""
    from kg.extract import extract, load_lexicon
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    extraction = extract(document("Increased alanine aminotransferase and hypertension were reported in 12% of "
                                  "patients."), load_lexicon(), load_tagger())
    # Since 2026-12-02 the rise is the adverse event it names (CTCAE's term), never a drug.
    assert [(m.text, m.type) for m in extraction.mentions if "alanine" in m.text] == [
        ("Increased alanine aminotransferase", "AdverseEvent")]


def test_a_trial_s_name_is_no_gene() -> None:
    """Left alone by an earlier session: the tagger read "SOLAR-1" as a gene's symbol and
    minted it as a target; a name no vocabulary has, followed by "trial" or "study", is none."""
    lexicon, tagger = load_lexicon(), load_tagger()
    doc = Document(source="t", title="", text=(
        "In the SOLAR-1 trial, alpelisib prolonged progression-free survival in PIK3CA-mutated breast cancer. "
        "In the KEYNOTE-024 study, pembrolizumab improved overall survival."))
    texts = {m.text for m in extract(doc, lexicon, tagger).mentions}
    assert {"alpelisib", "pembrolizumab", "PIK3CA-mutated"} <= texts
    assert not texts & {"SOLAR-1", "SOLAR", "KEYNOTE-024", "KEYNOTE"}
    # A gene the tagger finds in the same place without the word after it is still one.
    doc = Document(source="t", title="", text="Expression of the gp78 gene was reduced in the gp78 cohort.")
    assert "gp78" in {m.text for m in extract(doc, lexicon, tagger).mentions}


def test_a_trial_phase_an_assay_value_and_a_kinase_s_name_are_what_they_are() -> None:
    """Found by a third new user: "Phase 1" became a target, "IC50 > 1000" a mutation, and
    "BRAF kinase" a target minted beside BRAF's HGNC entry."""
    lexicon, tagger = load_lexicon(), load_tagger()
    doc = Document(source="t", title="", text=(
        "Phase 1 and phase 2 clinical trials of the BRAF kinase inhibitor vemurafenib showed responses. "
        "Cabozantinib lost activity against RET V804M (IC50 > 1000 nM)."))
    mentions = {(m.text, m.curie) for m in extract(doc, lexicon, tagger).mentions}
    assert ("BRAF kinase", "HGNC:1097") in mentions and ("V804M", "kgr:mutation-RET-V804M") in mentions
    assert not {text for text, _ in mentions} & {"Phase 1", "phase 2", "IC50 > 1000", "IC50"}
    assert not [curie for _, curie in mentions if curie.startswith(("kgr:entity-gene", "kgr:mutation-ic50"))]


def test_a_compound_mutation_stays_one_mention_under_the_tagger() -> None:
    """The tagger reads the changes of "G1202R/L1196M" apart (L1196M once as a gene): neither
    is a mention beside the compound's."""
    doc = Document(source="t", title="", text="Compound ALK G1202R/L1196M mutations conferred resistance to lorlatinib.")
    found = [(m.text, m.type, m.curie) for m in extract(doc, load_lexicon(), load_tagger()).mentions
             if m.start >= doc.text.index("G1202R")]
    assert ("G1202R/L1196M", "Mutation", "kgr:mutation-ALK-G1202R_L1196M") in found
    assert [f for f in found if "G1202R" in f[0] or "L1196M" in f[0]] == [
        ("G1202R/L1196M", "Mutation", "kgr:mutation-ALK-G1202R_L1196M")]


def test_a_drug_named_with_an_inn_stem_is_kept_whole_though_the_tagger_misses_it() -> None:
    """Found by a new user: the models dropped "trastuzumab deruxtecan", and its trial's
    numbers went to paclitaxel, a drug of the comparator arm."""
    doc = Document(source="t", title="", text="We randomly assigned patients to trastuzumab deruxtecan or to "
                   "chemotherapy (capecitabine or paclitaxel).")
    drugs = [(m.text, m.curie) for m in extract(doc, load_lexicon(), load_tagger()).mentions if m.type == "Drug"]
    assert drugs == [("trastuzumab deruxtecan", "DRUGBANK:DB14962"), ("capecitabine", "DRUGBANK:DB01101"),
                     ("paclitaxel", "DRUGBANK:DB01229")]


def test_a_drug_of_another_class_s_stem_is_kept_though_the_tagger_misses_it() -> None:
    """Found by a sixth new user: the models dropped "efavirenz" (and "ticagrelor" elsewhere),
    so the resistance of K103N named no drug."""
    doc = Document(source="t", title="", text="HIV isolates with the K103N mutation showed reduced "
                   "susceptibility to efavirenz.")
    extraction = extract(doc, load_lexicon(), load_tagger())
    assert [(m.text, m.curie, m.how) for m in extraction.mentions if m.type == "Drug"] == [
        ("efavirenz", "DRUGBANK:DB00625", "lexicon")]
    assert [(a.subject, a.predicate, a.object) for a in extraction.assertions] == [
        ("kgr:mutation-unknown-gene-K103N", "confersResistanceTo", "DRUGBANK:DB00625")]


@pytest.mark.parametrize(("title", "text", "expected"), [
    # "TRK" is TPM3's alias and NTRK1's: a paper naming NTRK1 means NTRK1.
    ("Selitrectinib", "Patients with TRK fusion cancers and NTRK1 G595R mutations responded.",
     [("TRK", "HGNC:8031"), ("cancers", "MONDO:0004992"), ("NTRK1", "HGNC:8031")]),
    ("Tropomyosin", "TRK was measured.", [("TRK", "HGNC:12012")]),
    # A long form the vocabularies lack takes its short form's entity, not a new gene's.
    ("Ivosidenib in cholangiocarcinoma", "Isocitrate dehydrogenase 1 (IDH1) mutations occur in 13% of "
     "cholangiocarcinomas.",
     [("Isocitrate dehydrogenase 1", "HGNC:5382"), ("IDH1", "HGNC:5382"),
      ("cholangiocarcinomas", "MONDO:0019087")]),
    # A gene's name before "-mutated" is no disease; adverse events are CTCAE's terms.
    ("Olaparib", "Olaparib is approved for BRCA-mutated ovarian cancer; pneumonitis, photosensitivity and QT "
     "prolongation were rare.", [("Olaparib", "DRUGBANK:DB09074"), ("ovarian cancer", "MONDO:0008170"),
                                 ("pneumonitis", "kgr:ae-pneumonitis"), ("photosensitivity", "kgr:ae-photosensitivity"),
                                 ("QT prolongation", "kgr:ae-qt-prolongation")]),
])
def test_names_a_fourth_new_user_found_misread(title: str, text: str, expected: list[tuple[str, str]]) -> None:
    doc = Document(source="t", title=title, text=f"{title} {text}",
                   sections=(Section("TITLE", 0, len(title)), Section("ABSTRACT", len(title) + 1, len(title) + 1 + len(text))))
    found = [(m.text, m.curie) for m in extract(doc, load_lexicon(), load_tagger()).mentions
             if m.start > len(title) and m.type != "Mutation"]
    assert found == expected


def test_no_name_runs_from_a_title_without_a_full_stop_into_the_abstract() -> None:
    """Found by a new user: "… fusion-positive cancers" + "Larotrectinib, a selective …" gave a
    disease "cancers Larotrectinib" that selitrectinib treated."""
    from kg.readers import read_text

    [doc] = read_text("Selitrectinib in TRK fusion-positive cancers\n\nLarotrectinib, a selective inhibitor of TRKA, "
                      "induces durable responses in patients with fusion-positive cancers.\n", "x.txt")
    names = [m.text for m in extract(doc, load_lexicon(), load_tagger()).mentions]
    assert "Larotrectinib" in names and not [n for n in names if "\n" in n or "cancers Larotrectinib" in n]


def test_a_drug_inside_a_gene_s_name_is_part_of_it() -> None:
    """Found by a clinical pharmacologist: "Sodium-glucose cotransporter 2" made sodium and
    glucose drugs that interact with SLC5A2; the corpora annotate the whole name only."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document("Sodium-glucose cotransporter 2 (SGLT2) inhibitors such as empagliflozin reduce "
                                  "heart failure hospitalisation."), SHIPPED, load_tagger())
    assert [(m.text, m.type) for m in extraction.mentions if m.type in ("Drug", "Target")] == [
        ("Sodium-glucose cotransporter 2", "Target"), ("SGLT2", "Target"), ("empagliflozin", "Drug")]


def test_the_tagger_makes_no_drug_of_an_antigen_or_a_measure_s_analyte() -> None:
    """Found by hepatology and cardiology users (2026-12-03): the tagger read "HBsAg" as the
    hepatitis B vaccine, "HBeAg" as a chemical of its own and the "lipoprotein" of
    "lipoprotein(a)" as a gene inclisiran interacted with."""
    text = ("HBsAg loss and HBeAg seroconversion occurred with tenofovir. Inclisiran lowered lipoprotein(a) "
            "in patients with hypercholesterolemia.")
    doc = Document(source="x", title="A study.", text=text)
    got = [(m.text, m.curie) for m in extract(doc, load_lexicon(), load_tagger()).mentions]
    assert ("tenofovir", "DRUGBANK:DB14126") in got and ("lipoprotein(a)", "kgr:endpoint-lipoprotein-a") in got
    assert not [t for t, _ in got if t in ("HBsAg", "HBeAg", "lipoprotein")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hydroxyurea did not modify the response to voxelotor.", ("Hydroxyurea", "DRUGBANK:DB01005")),
    ("Patients received apremilast 30 mg twice daily for psoriasis.", ("apremilast", "DRUGBANK:DB05676")),
    ("Apremilast, an oral PDE4 inhibitor, improved psoriasis in adults.", ("Apremilast", "DRUGBANK:DB05676")),
    ("Acne and elevated creatine phosphokinase were more common with upadacitinib.", ("Acne", "MONDO:0011438")),
    ("Gout flares were common with febuxostat in these patients.", ("Gout", "MONDO:0005393")),
    ("BIIB122 (DNL151) is a selective, brain-penetrant LRRK2 kinase inhibitor.", ("DNL151", "kgr:entity-chemical-biib122")),
    ("ABBV-951 is a subcutaneous infusion for Parkinson disease.", ("ABBV-951", "kgr:entity-chemical-abbv-951")),
])
def test_the_tagger_keeps_long_drug_labels_sentence_initial_names_and_drug_codes(
        text: str, expected: tuple[str, str]) -> None:
    """Found by haematology, dermatology, rheumatology and neurology users (2026-12-03): the
    tagger dropped hydroxyurea and apremilast, the lexicon missed "Acne" and "Gout" opening a
    sentence, and the sponsors' codes BIIB122, DNL151 and ABBV-951 named no drug."""
    doc = Document(source="x", title="A study.", text=text)
    assert expected in [(m.text, m.curie) for m in extract(doc, load_lexicon(), load_tagger()).mentions]


def test_the_tagger_keeps_an_approved_symbol_before_als() -> None:
    """Found by a neurology user (2026-12-03): with ALS the disease, the tagger dropped
    "C9orf72" in "…; C9orf72 ALS patients were excluded"; an approved symbol with a digit stays."""
    text = "Tofersen reduced neurofilament in SOD1 ALS and in SOD1-ALS; C9orf72 ALS patients were excluded."
    got = [(m.text, m.curie) for m in extract(Document(source="x", title="A study.", text=text), load_lexicon(),
                                              load_tagger()).mentions]
    assert got[1:] == [("SOD1", "HGNC:11179"), ("ALS", "MONDO:0004976"), ("SOD1", "HGNC:11179"),
                       ("ALS", "MONDO:0004976"), ("C9orf72", "HGNC:28337"), ("ALS", "MONDO:0004976")]


@pytest.mark.parametrize(("surface", "curie"), [
    # Found by a precision-oncology user: PIK3CA's p110α was PIK3CB, the vocabulary's
    # reading of the family's name "phosphatidylinositol 3-kinase".
    ("p110alpha catalytic subunit of phosphatidylinositol 3-kinase", "HGNC:8975"),
    ("p110δ subunit of PI3K", "HGNC:8977"),
    ("p110β", "HGNC:8976"),
])
def test_a_subunit_is_its_own_gene_not_its_complex(surface: str, curie: str) -> None:
    from kg.extract.tagger import _ground
    from tests.extract.helpers import SHIPPED

    entity = _ground(surface, "Gene", SHIPPED.lookup)
    assert entity is not None and entity.curie == curie


@pytest.mark.parametrize("text", [
    "Olaparib, an oral poly(ADP-ribose) polymerase (PARP) inhibitor, is approved for BRCA-mutated ovarian cancer.",
])
def test_a_substrate_in_brackets_inside_an_enzyme_s_name_is_no_drug(text: str) -> None:
    """Found by a precision-oncology user: "poly(ADP-ribose) polymerase" made ADP-ribose a
    drug approved for ovarian cancer, and olaparib lost its approval."""
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document(text), SHIPPED, load_tagger())
    assert [m.text for m in extraction.mentions if m.type == "Drug"] == ["Olaparib"]
    assert ("DRUGBANK:DB09074", "approvedFor", "MONDO:0008170") in {
        (a.subject, a.predicate, a.object) for a in extraction.assertions}


def test_the_gene_of_a_gene_level_event_stays_a_mention() -> None:
    """Found by a precision-oncology user: the tagger read no "MET" in "MET amplification was
    detected in two resistant organoid lines", and the amplification had no gene."""
    from tests.extract.helpers import SHIPPED, document

    text = ("The EGFR C797S mutation is a major mechanism of acquired resistance to osimertinib. MET amplification "
            "was detected in two resistant organoid lines and might represent an alternative bypass mechanism.")
    extraction = extract(document(text), SHIPPED, load_tagger())
    assert ("kgr:mutation-MET-amplification", "mutationOf", "HGNC:7029") in {
        (a.subject, a.predicate, a.object) for a in extraction.assertions}
