"""Inputs a user may well have, found in review to break a build or the graph's shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.errors import KGWarning, ReaderError
from kg.readers import read_file
from kg.validate import validate
from tests.conftest import SEEDS, select
from tests.test_queries import rows

NOTE = """---
title: Haemorrhage and oedema with imatinib in gastrointestinal stromal tumours
year: "2003 Mar"
doi: https://doi.org/10.9999/Example.2003.1
---

Haemorrhage occurred in 4% of patients and oedema in 60%. Imatinib inhibits KIT.
"""
LOCAL = """---
title: My notes on imatinib
---

Imatinib inhibits KIT in gastrointestinal stromal tumours.
"""


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    (tmp_path / "note.md").write_text(NOTE)
    (tmp_path / "local.md").write_text(LOCAL)
    return tmp_path


def test_front_matter_values_as_people_write_them(notes: Path) -> None:
    [doc] = read_file(notes / "note.md")
    assert (doc.year, doc.doi, doc.curie) == (2003, "10.9999/Example.2003.1", "DOI:10.9999/example.2003.1")
    bad = notes / "bad.md"
    bad.write_text("---\ntitle: T\nauthors: {a: 1}\n---\nImatinib inhibits KIT in GIST cells today.\n")
    with pytest.raises(ReaderError, match="front matter 'authors' must be a list or a string, not dict"):
        read_file(bad)


def test_a_document_without_identifiers_is_queryable_and_valid(notes: Path, tmp_path: Path) -> None:
    result = kg.build([notes])
    graph = kg.load_graph(kg.write_graph(result.dataset, tmp_path / "g.ttl"))
    assert validate(graph) == []
    local = next(x.document.curie for x in result.extractions if x.document.pmid is None and x.document.doi is None)
    assert local.startswith("kgr:publication-")
    [row] = [r for r in rows(graph, "drug_targets")]
    # Papers are named by their canonical CURIE (DOIs are case-insensitive; kg lower-cases them).
    assert sorted(row["papers"].split()) == sorted(["DOI:10.9999/example.2003.1", local])


def test_implied_adverse_event_rate_is_a_typed_endpoint(notes: Path, tmp_path: Path) -> None:
    graph = kg.load_graph(kg.write_graph(kg.build([notes / "note.md"]).dataset, tmp_path / "g.ttl"))
    assert validate(graph) == []
    got = [(r["endpointLabel"], r["adverseEvent"], r["percent"]) for r in rows(graph, "outcomes")]
    assert got == [("adverse-event rate", "hemorrhage", "4.0"), ("adverse-event rate", "edema", "60.0")]


def test_one_citation_written_two_ways_is_one_cited_work(tmp_path: Path) -> None:
    """Found in review: "5054-8" and "5054-5058" gave one cited node two bibo:pages."""
    page = (SEEDS / "003_7a8e39a43c66ccb0.txt").read_text()
    (tmp_path / "a.txt").write_text(page.replace("1. Oncogene. 2001 Aug 16;20(36):5054-8", "1. Oncogene. 2001;20(36):5054-8"))
    (tmp_path / "b.txt").write_text(page.replace("doi: 10.2165/00003495-200767050-00012", "doi: 10.2165/other")
                                     .replace("5054-8", "5054-5058"))
    result = kg.build([tmp_path / "a.txt", tmp_path / "b.txt"])
    graph = kg.load_graph(kg.write_graph(result.dataset, tmp_path / "g.ttl"))
    assert validate(graph) == []
    [(pages,)] = select(graph, "SELECT DISTINCT ?p WHERE { ?c kg:journal 'Oncogene' ; bibo:pages ?p }")
    assert pages == "5054-5058"


def _flaky(monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    """Make one extraction stage raise on the seed of PMID 12181401 only."""
    import importlib

    from kg.extract.tagger import Tagger

    extract_module = importlib.import_module("kg.extract")   # kg.extract is also the function

    def bad(document: kg.model.Document) -> bool:
        return document.pmid == "12181401"

    if stage == "tagging":
        real_many = Tagger.tag_many

        def tag_many(self, inputs):  # type: ignore[no-untyped-def]
            # The whole batch raises when it holds the bad text (then each text is tagged alone).
            if any(text.startswith("Efficacy and safety of imatinib mesylate") for text, _ in inputs):
                raise IndexError("simulated bug")
            return real_many(self, inputs)

        monkeypatch.setattr(Tagger, "tag_many", tag_many)
        return
    name, pick = {"matching": ("rule_mentions", lambda args: args[0]),
                  "relations": ("extract_relations", lambda args: args[0].document)}[stage]
    real = getattr(extract_module, name)

    def flaky(*args):  # type: ignore[no-untyped-def]
        if bad(pick(args)):
            raise IndexError("simulated bug")
        return real(*args)

    monkeypatch.setattr(extract_module, name, flaky)


@pytest.mark.parametrize("stage", ["matching", "tagging", "relations"])
def test_an_extraction_bug_loses_one_document_not_the_batch(stage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # Documents are extracted together (their tagging decoded in one batch): a bug in any
    # stage, the batch's tagging included, must cost the one document it strikes.
    _flaky(monkeypatch, stage)
    with pytest.warns(KGWarning, match="internal error while extracting PMID:12181401"):
        result = kg.build([SEEDS])
    assert [x.document.curie for x in result.extractions] == ["DOI:10.2165/00003495-200767050-00012"]
    [failure] = result.failures
    assert failure.reason.startswith("internal error while extracting PMID:12181401 (IndexError: simulated bug)")


@pytest.mark.parametrize("stage", ["tagging", "rendering"])
def test_a_streaming_build_loses_one_document_to_a_bug_in_its_batch(stage: str, monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    import kg.stream
    from kg.stream import NQuadsSink, stream_build

    if stage == "rendering":
        real = kg.stream.render_extraction

        def render(extraction, cited):  # type: ignore[no-untyped-def]
            if extraction.document.pmid == "12181401":
                raise IndexError("simulated bug")
            return real(extraction, cited)

        monkeypatch.setattr(kg.stream, "render_extraction", render)
    else:
        _flaky(monkeypatch, stage)
    out = tmp_path / "g.nq"
    with pytest.warns(KGWarning, match="internal error while extracting PMID:12181401"):
        result = stream_build([SEEDS], NQuadsSink(out))
    assert result.documents == 1
    [failure] = result.failures
    assert failure.reason.startswith("internal error while extracting PMID:12181401 (IndexError: simulated bug)")
    graphs = {line.rsplit(" ", 2)[-2] for line in out.read_text().splitlines()}
    assert "<https://doi.org/10.2165/00003495-200767050-00012>" in graphs
    assert "<https://identifiers.org/pubmed:12181401>" not in graphs


