"""kg annotate: our mentions in PubTator and BioC JSON, read back and annotated again, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.readers import read_file
from tests.conftest import SEEDS

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"


def _annotate(args: list[str]) -> str:
    result = CliRunner().invoke(main, ["annotate", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("fmt", ["pubtator", "bioc-json"])
def test_round_trip_is_byte_identical(tmp_path: Path, fmt: str) -> None:
    first, second = tmp_path / f"first.{fmt}", tmp_path / f"second.{fmt}"
    _annotate([str(SEEDS), str(SHAPES / "pubmed.xml"), "--format", fmt, "-o", str(first)])
    _annotate([str(first), "--format", fmt, "-o", str(second)])
    assert first.read_bytes() == second.read_bytes()


def test_pubtator_lines_point_into_the_document_text(tmp_path: Path) -> None:
    out = tmp_path / "seeds.pubtator"
    assert "annotated 2 document(s)" in _annotate([str(SEEDS), "-o", str(out)])
    documents = {d.curie: d for d in read_file(out)}
    trial = documents["PMID:12181401"]
    assert trial.text == read_file(SEEDS / "000_ab544946733a2db7.txt")[0].text
    kit = [a for a in trial.annotations if a.text == "KIT receptor tyrosine kinase"]
    assert [(a.start, a.end, a.type, a.identifiers) for a in kit] == [(125, 153, "GeneOrGeneProduct", ("HGNC:6342",))]
    review = documents["DOI:10.2165/00003495-200767050-00012"]  # no PMID: the DOI is the id
    assert {a.type for a in review.annotations} >= {"ChemicalEntity", "DiseaseOrPhenotypicFeature", "SequenceVariant"}
    for doc in documents.values():
        for a in doc.annotations:
            assert doc.text[a.start:a.end] == a.text


def test_bioc_json_collection(tmp_path: Path) -> None:
    out = tmp_path / "seeds.json"
    _annotate([str(SEEDS / "000_ab544946733a2db7.txt"), "--format", "bioc-json", "-o", str(out)])
    collection = json.loads(out.read_text())
    [doc] = collection["documents"]
    title, abstract = doc["passages"]
    assert (doc["id"], title["offset"], abstract["offset"]) == ("12181401", 0, 86)
    assert doc["infons"] == {"pmid": "12181401", "doi": "10.1056/NEJMoa020461", "journal": "N Engl J Med",
                             "year": "2002", "authors": "; ".join(read_file(SEEDS / "000_ab544946733a2db7.txt")[0].authors)}
    first = title["annotations"][0]
    assert (first["text"], first["infons"]["type"], first["infons"]["identifier"], first["locations"]) == (
        "imatinib mesylate", "ChemicalEntity", "CHEBI:45783", [{"offset": 23, "length": 17}])


def test_unreadable_input_is_named_and_the_rest_annotated(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.pubtator"
    result = CliRunner().invoke(main, ["annotate", str(SEEDS), str(tmp_path / "empty.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'empty.txt'}: empty file" in result.output and out.exists()
