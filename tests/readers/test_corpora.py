"""The shared gold corpora read into exactly the documents their README counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Document
from kg.readers import read_file

#: File → (documents, mentions, relations), as the corpora's README counts them.
EXPECTED = {
    "BioRED/Train.PubTator": (400, 13351, 4178),
    "BioRED/Train.BioC.XML": (400, 13351, 4178),
    "BioRED/Dev.PubTator": (100, 3533, 1162),
    "BioRED/Dev.BioC.XML": (100, 3533, 1162),
    "BioRED/Dev.BioC.JSON": (100, 3533, 1162),
    "BC5CDR/CDR_TrainingSet.PubTator.txt": (490, 5024 + 4113, 1022),
    "BC5CDR/CDR_TrainingSet.BioC.xml": (490, 5024 + 4113, 1022),
    "BC5CDR/CDR_DevelopmentSet.PubTator.txt": (489, 5173 + 4161, 992),
    "BC5CDR/CDR_DevelopmentSet.BioC.xml": (489, 5173 + 4161, 992),
}
PAIRS = [
    ("BioRED/Train.PubTator", "BioRED/Train.BioC.XML"),
    ("BioRED/Dev.PubTator", "BioRED/Dev.BioC.XML"),
    ("BioRED/Dev.PubTator", "BioRED/Dev.BioC.JSON"),
    ("BC5CDR/CDR_TrainingSet.PubTator.txt", "BC5CDR/CDR_TrainingSet.BioC.xml"),
    ("BC5CDR/CDR_DevelopmentSet.PubTator.txt", "BC5CDR/CDR_DevelopmentSet.BioC.xml"),
]
_CACHE: dict[str, list[Document]] = {}


def _read(shared: Path, name: str) -> list[Document]:
    if name not in _CACHE:
        _CACHE[name] = read_file(shared / "corpora" / name)
    return _CACHE[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_counts(shared: Path, name: str) -> None:
    documents = _read(shared, name)
    assert (
        len({d.curie for d in documents}),
        sum(len(d.annotations) for d in documents),
        sum(len(d.relations) for d in documents),
    ) == EXPECTED[name]
    assert len(documents) == EXPECTED[name][0]
    for doc in documents:
        for annotation in doc.annotations:
            if not annotation.parts:  # BC5CDR composite spans are the whole coordination
                assert doc.text[annotation.start:annotation.end] == annotation.text


@pytest.mark.parametrize(("pubtator", "bioc"), PAIRS)
def test_pubtator_and_bioc_copies_are_the_same_publications_and_text(shared: Path, pubtator: str, bioc: str) -> None:
    left = {d.curie: d for d in _read(shared, pubtator)}
    right = {d.curie: d for d in _read(shared, bioc)}
    assert set(left) == set(right)
    assert all(left[k].text == right[k].text for k in left)
    assert all(left[k].title == right[k].title for k in left)
    spans = {k: sorted((a.start, a.end, a.type) for a in left[k].annotations) for k in left}
    assert all(spans[k] == sorted((a.start, a.end, a.type) for a in right[k].annotations) for k in right)
