"""Build a knowledge graph from files: read → extract → assemble → RDF.

The library entry point behind ``kg build``. Bad files are reported in
:attr:`BuildResult.failures` (and warned about) while the rest is built.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from kg import __version__
from kg.assemble import Assembly, assemble
from kg.extract import extract
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.model import Extraction
from kg.rdf import BuildInfo, to_dataset
from kg.readers import ReadFailure, read_paths


@dataclass(frozen=True, slots=True)
class BuildResult:
    """A built graph, what it was built from, and the inputs that failed."""

    dataset: Dataset
    extractions: tuple[Extraction, ...]
    assembly: Assembly
    failures: tuple[ReadFailure, ...]


def build(paths: Iterable[Path], *, lexicon: Lexicon | None = None) -> BuildResult:
    """Read every document under ``paths`` and build the graph.

    The same article read twice (same PMID or DOI, e.g. in two shapes) is extracted once.

    :param paths: Files and directories (walked recursively).
    :param lexicon: Defaults to the shipped lexicon.
    """
    lexicon = lexicon or load_lexicon()
    result = read_paths(paths)
    seen: dict[str, Extraction] = {}
    for document in result.documents:
        if document.curie not in seen:
            seen[document.curie] = extract(document, lexicon)
    extractions = tuple(seen[k] for k in sorted(seen))
    assembly = assemble(extractions)
    rules = sorted({e.rule for x in extractions for a in x.assertions for e in a.evidence}
                   | {o.evidence.rule for x in extractions for o in x.outcomes})
    info = BuildInfo(__version__, lexicon.version, tuple(rules), tuple(sorted(seen)))
    return BuildResult(to_dataset(extractions, assembly, info), extractions, assembly, result.failures)
