"""The shipped models are what `kg train` makes from the training splits.

The CRFs come out byte for byte. The pair classifier's logistic regression runs on
numpy's BLAS, whose kernels differ by CPU: its weights agree to the 6th decimal and its
threshold (one of the cross-validated probabilities) to 1e-3, and everything else exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
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
    made, shipped = (json.loads(p.read_text()) for p in (tmp_path / "pairs.json", models_dir() / "pairs.json"))
    assert_same_model(made, shipped)


def assert_same_model(made: dict[str, object], shipped: dict[str, object]) -> None:
    """``made`` is ``shipped`` up to BLAS rounding: same keys and counts, numbers within tolerance."""
    assert made.keys() == shipped.keys()
    for key, value in shipped.items():
        if isinstance(value, dict):
            assert made[key].keys() == value.keys(), key  # type: ignore[attr-defined]
            for name, number in value.items():
                tolerance = 1e-3 if name == "cross_validated_f1" else 2e-6
                if isinstance(number, float):
                    assert abs(made[key][name] - number) <= tolerance, (key, name)  # type: ignore[index]
                else:
                    assert made[key][name] == number, (key, name)  # type: ignore[index]
        elif isinstance(value, float):
            assert abs(made[key] - value) <= 1e-3, key  # type: ignore[operator]
        else:
            assert made[key] == value, key


def test_model_comparison_catches_a_changed_model() -> None:
    shipped = json.loads((models_dir() / "pairs.json").read_text())
    assert_same_model(json.loads(json.dumps(shipped)), shipped)
    for change in ({"threshold": shipped["threshold"] + 0.01}, {"weights": {**shipped["weights"], "new": 1.0}}):
        with pytest.raises(AssertionError):
            assert_same_model({**shipped, **change}, shipped)
    weights = dict(shipped["weights"])
    name = next(iter(weights))
    weights[name] += 0.001
    with pytest.raises(AssertionError):
        assert_same_model({**shipped, "weights": weights}, shipped)
