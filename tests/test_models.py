"""The shipped models are what `kg train` makes from the training splits, byte for byte."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.extract.tagger import models_dir


def test_kg_train_reproduces_the_shipped_models(shared: Path, tmp_path: Path) -> None:
    corpora = ["--corpus", str(shared / "corpora/BioRED/Train.PubTator"),
               "--corpus", str(shared / "corpora/BC5CDR/CDR_TrainingSet.PubTator.txt")]
    result = CliRunner().invoke(main, ["train", "tagger", *corpora, "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for name in ("chemicals-diseases.crfsuite", "genes-variants.crfsuite"):
        assert (tmp_path / name).read_bytes() == (models_dir() / name).read_bytes(), name
    result = CliRunner().invoke(main, ["train", "pairs", *corpora, "-o", str(tmp_path / "pairs.json")])
    assert result.exit_code == 0, result.output
    assert "cross-validated pair F1" in result.output
    assert (tmp_path / "pairs.json").read_text() == (models_dir() / "pairs.json").read_text()
