"""One fixture per input shape: every metadata field, the sections and the text offsets.

The fixtures in ``tests/data/shapes`` are written after the real formats. Several hold
the seed-000 article, so the same article read from each shape must give the same
``Document.text`` and sections as the seed's Markdown.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.model import Annotation, CorpusRelation, Document
from kg.readers import read_file, read_paths
from tests.conftest import SEEDS, select

SHAPES = Path(__file__).resolve().parents[1] / "data" / "shapes"
SEED = read_file(SEEDS / "000_ab544946733a2db7.txt")[0]
AUTHORS_000 = SEED.authors


def _one(name: str, pmid: str) -> Document:
    return next(d for d in read_file(SHAPES / name) if d.pmid == pmid)


@pytest.mark.parametrize("name", ["pubmed.xml", "medline.nbib", "corpus.pubtator", "corpus.bioc.xml"])
def test_the_seed_article_reads_the_same_from_every_shape(name: str) -> None:
    doc = _one(name, "12181401")
    assert doc.text == SEED.text
    assert doc.sections == SEED.sections
    assert doc.curie == "PMID:12181401"


def test_pubmed_xml() -> None:
    trial, other = read_file(SHAPES / "pubmed.xml")
    assert (trial.pmid, trial.doi, trial.journal, trial.year, trial.date, trial.volume, trial.issue, trial.pages) == (
        "12181401", "10.1056/NEJMoa020461", "N Engl J Med", 2002, "2002 Aug 15", "347", "7", "472-80")
    assert trial.authors == AUTHORS_000
    assert trial.publication_types == ("Clinical Trial, Phase II", "Journal Article")
    assert other.title == "Adjuvant imatinib for KIT-mutant GIST: a randomized trial."  # <i> markup dropped
    assert other.authors == ("Dematteo RP", "American College of Surgeons Oncology Group (ACOSOG) Intergroup "
                                            "Adjuvant GIST Study Team")  # a collective author is an author
    assert (other.pmcid, other.year, other.date, other.pages, other.trial_ids) == (
        "PMC1234567", 2019, "2019 Mar-Apr", "e101-e109", ("NCT00041197",))
    assert [(r.journal, r.year, r.volume, r.pages, r.pmid) for r in other.references] == [
        ("N Engl J Med", 2002, "347", "472-80", "12181401"), ("Hum Pathol", 2008, "39", "1411-9", None)]
    assert [(s.label, other.text[s.start:s.end]) for s in other.sections] == [
        ("TITLE", other.title),
        ("ABSTRACT", "Adjuvant imatinib 400 mg daily was compared with placebo (NCT00041197) in 713 patients.")]


def test_pubmed_xml_gz(tmp_path: Path) -> None:
    packed = tmp_path / "batch.xml.gz"
    packed.write_bytes(gzip.compress((SHAPES / "pubmed.xml").read_bytes()))
    assert read_file(packed) == [
        d.__class__(**{**{f: getattr(d, f) for f in d.__dataclass_fields__}, "source": str(packed)})
        for d in read_file(SHAPES / "pubmed.xml")
    ]


def test_medline() -> None:
    trial, letter = read_file(SHAPES / "medline.nbib")
    assert (trial.pmid, trial.doi, trial.journal, trial.year, trial.date, trial.volume, trial.issue, trial.pages) == (
        "12181401", "10.1056/NEJMoa020461", "N Engl J Med", 2002, "2002 Aug 15", "347", "7", "472-80")
    assert trial.authors == AUTHORS_000 and trial.publication_types == ("Clinical Trial", "Journal Article")
    assert letter.authors == ("Smith J", "GIST Study Group")
    assert (letter.doi, letter.trial_ids, letter.issue, letter.publication_types) == (
        "10.9999/example.2021.10", ("NCT00009906",), None, ("Letter",))
    # continuation lines are joined with one space
    assert letter.text == ("A note on imatinib dosing in GIST. RESULTS: Imatinib 800 mg daily improved "
                           "progression-free survival in patients with KIT exon 9 mutations.")
    assert [(s.label, s.start) for s in letter.sections] == [("TITLE", 0), ("RESULTS", 35)]


def test_pubtator_keeps_the_corpus_text_and_annotations() -> None:
    seed, other = read_file(SHAPES / "corpus.pubtator")
    start = SEED.text.index("KIT")
    assert Annotation(start, start + 3, "KIT", "GeneOrGeneProduct", ("3815",)) in seed.annotations
    assert seed.relations == (CorpusRelation("Negative_Correlation", "D000068877", "D046152", "Novel"),)
    # Corpus text is exact: double spaces and tabs stay, so offsets stay valid.
    assert "  Two spaces  are kept as written.\tA tab too." in other.text
    assert [(a.text, other.text[a.start:a.end], a.identifiers) for a in other.annotations] == [
        ("Imatinib", "Imatinib", ("D000068877",)),
        ("PDGFRA D842V", "PDGFRA D842V", ("p|SUB|D|842|V",)),
        ("PDGFRA", "PDGFRA", ("5156", "5157")),
    ]


def test_bioc_xml_and_json_agree_with_pubtator() -> None:
    xml = _one("corpus.bioc.xml", "12181401")
    json_doc = _one("corpus.bioc.json", "99000103")
    pubtator = {d.pmid: d for d in read_file(SHAPES / "corpus.pubtator")}
    assert xml.text == pubtator["12181401"].text and xml.annotations == pubtator["12181401"].annotations
    assert xml.relations == pubtator["12181401"].relations
    assert json_doc.text == pubtator["99000103"].text and json_doc.annotations == pubtator["99000103"].annotations
    assert (xml.journal, xml.year, xml.doi, xml.authors) == ("N Engl J Med", 2002, "10.1056/NEJMoa020461",
                                                              ("Demetri GD", "von Mehren M"))


def test_plain_text() -> None:
    [doc] = read_file(SHAPES / "plain.txt")
    assert (doc.pmid, doc.doi, doc.trial_ids) == ("99000104", "10.9999/example.2020.0104", ("NCT00009906",))
    assert doc.title == "Imatinib dose escalation after progression in gastrointestinal stromal tumours"
    assert doc.text == (doc.title + " BACKGROUND: Patients progressing on imatinib 400 mg daily were escalated to "
                        "800 mg daily. RESULTS: Partial response occurred in 3 of 20 patients (15%). The trial was "
                        "registered as NCT00009906.")
    assert [(s.label, s.start, s.end) for s in doc.sections] == [("TITLE", 0, 78), ("BACKGROUND", 79, 168),
                                                                 ("RESULTS", 169, 271)]


@pytest.mark.parametrize("abstract", ["Sotorasib led to durable benefit in KRAS G12C NSCLC.",
                                      "Selpercatinib did not inhibit FGFR1 at up to 1 uM.",
                                      # a fourth's, ending in a number in brackets
                                      "The most common were nausea (80.2%), diarrhea and vomiting (56.9%)."])
def test_a_one_sentence_abstract_ending_in_capitals_or_a_unit_is_plain_text(tmp_path: Path, abstract: str) -> None:
    # Found by a new user: refused as "unrecognised document shape" (which names plain text).
    path = tmp_path / "one.txt"
    path.write_text(f"A title\n{abstract}\n", encoding="utf-8")
    [doc] = read_file(path)
    assert (doc.title, doc.text) == ("A title", f"A title {abstract}")


def test_the_same_article_in_several_shapes_is_one_publication(tmp_path: Path) -> None:
    result = kg.build([SEEDS, SHAPES / "pubmed.xml", SHAPES / "medline.nbib", SHAPES / "corpus.pubtator"])
    assert [c for c, *_ in result.duplicates].count("PMID:12181401") == 3
    assert not any(differ for *_, differ in result.duplicates), "every copy has the same text"
    graph = kg.load_graph(kg.write_graph(result.dataset, tmp_path / "g.ttl"))
    [(count,)] = select(graph, "SELECT (COUNT(?t) AS ?count) WHERE { ?p bibo:pmid '12181401' ; kg:sourceText ?t }")
    assert count == 1
    # The XML article's reference to the seed trial resolves by PMID.
    cited = {str(r[0]) for r in select(graph, "SELECT ?c WHERE { ?p bibo:pmid '99000101' ; kg:cites ?c }")}
    assert "https://identifiers.org/pubmed:12181401" in cited
    trials = {r[0] for r in select(graph, "SELECT ?t WHERE { ?p kg:trialRegistration ?t }")}
    assert trials == {"NCT00041197", "NCT00009906"}


def test_corpus_annotations_never_become_graph_facts(tmp_path: Path) -> None:
    result = kg.build([SHAPES / "corpus.pubtator"])
    graph = kg.load_graph(kg.write_graph(result.dataset, tmp_path / "g.ttl"))
    text = (tmp_path / "g.ttl").read_text()
    assert "D000068877" not in text.replace("mesh:D000068877", "")  # only as imatinib's lexicon xref
    assert "Negative_Correlation" not in text and "p|SUB|D|842|V" not in text
    assert select(graph, "SELECT ?x WHERE { ?x kg:mentionText 'D842V' ; rdfs:label 'PDGFRA D842V' }")  # kg's own patterns


def test_stdin(tmp_path: Path) -> None:
    out = tmp_path / "g.ttl"
    result = CliRunner().invoke(main, ["build", "-", "-o", str(out)], input=(SHAPES / "medline.nbib").read_bytes())
    assert result.exit_code == 0, result.output
    assert "built 2 document(s)" in result.output


def test_directory_of_every_shape_reads_each_file(tmp_path: Path) -> None:
    result = read_paths([SHAPES])
    assert not result.failures
    assert sorted({Path(d.source).name for d in result.documents}) == sorted(p.name for p in SHAPES.iterdir())


def test_an_abstract_whose_sentence_ends_with_a_number_is_plain_text() -> None:
    """Found in review: "… among noncarriers the OR was 1.3." was an unrecognised shape, the
    only full stop coming after a number; "1.3 mg" mid-sentence still ends nothing."""
    from kg.readers import plaintext

    assert plaintext.detect("Carbamazepine and HLA-A*31:01.\n\nAmong carriers of the HLA-A*31:01 allele, "
                            "carbamazepine was associated with rash (OR 12.4); among noncarriers the OR was 1.3.\n")
    assert not plaintext.detect("A title\n\nfive words and then 1.3 mg\n")


def test_an_abstract_whose_last_word_is_one_letter_is_plain_text() -> None:
    """Found in review (2026-12-03): "… 38.2 with no prophylaxis in hemophilia A." was an
    unrecognised shape; an initial inside the text ("J. Smith") still ends nothing."""
    from kg.readers import plaintext

    assert plaintext.detect("Emicizumab.\n\nThe annualized bleeding rate was 1.5 with emicizumab in hemophilia A.\n")
    assert not plaintext.detect("A title\n\nfive words by J. Smith and others\n")


def test_title_case_labels_and_bioc_section_types_open_sections(tmp_path: Path) -> None:
    """Found by an oncology user (2026-12-03): "Background:", "Results:" on their own lines
    stayed inside the sentences, and BioC passages' "section_type" was ignored: every
    sentence was ABSTRACT. A word that is no known label ("Note:") opens nothing."""
    from kg.extract.sentences import split_sentences

    plain = tmp_path / "labels.txt"
    plain.write_text("Sotorasib in lung cancer\n\nBackground: Sotorasib inhibits KRAS G12C.\n"
                     "Results: The response rate was 32%. Note: one was lost.\n", encoding="utf-8")
    [doc] = read_file(plain)
    assert [(s.section, s.text) for s in split_sentences(doc)] == [
        ("TITLE", "Sotorasib in lung cancer"), ("BACKGROUND", "Sotorasib inhibits KRAS G12C."),
        ("RESULTS", "The response rate was 32%."), ("RESULTS", "Note: one was lost.")]
    bioc = tmp_path / "sections.bioc.xml"
    bioc.write_text(
        '<?xml version="1.0"?><collection><source>x</source><document><id>39990001</id>'
        '<passage><infon key="type">title</infon><offset>0</offset><text>A trial.</text></passage>'
        '<passage><infon key="type">abstract</infon><infon key="section_type">PURPOSE</infon><offset>9</offset>'
        '<text>To test olaparib.</text></passage>'
        '<passage><infon key="type">abstract</infon><infon key="section_type">Results</infon><offset>27</offset>'
        '<text>It worked in 40%.</text></passage></document></collection>', encoding="utf-8")
    [doc] = read_file(bioc)
    assert [(s.label, doc.text[s.start:s.end]) for s in doc.sections] == [
        ("TITLE", "A trial."), ("PURPOSE", "To test olaparib."), ("RESULTS", "It worked in 40%.")]
