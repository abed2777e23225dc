"""Build a knowledge graph from files: read → extract → assemble → RDF.

The library entry point behind ``kg build``. Bad files are reported in
:attr:`BuildResult.failures` (and warned about) while the rest is built.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from kg import __version__
from kg.assemble import Assembly, applied_rules, assemble
from kg.errors import KGWarning
from kg.extract import BATCH, extract_many, failure_reason
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.pairs import PairModel, load_pair_model
from kg.extract.tagger import Tagger, load_tagger
from kg.model import Document, Extraction
from kg.rdf import BuildInfo, to_dataset
from kg.readers import ReadFailure, read_paths


@dataclass(frozen=True, slots=True)
class BuildResult:
    """A built graph, what it was built from, and the inputs that failed."""

    dataset: Dataset
    extractions: tuple[Extraction, ...]
    assembly: Assembly
    failures: tuple[ReadFailure, ...]
    #: Articles read more than once: (identifier, file kept, file skipped, whether the texts differ).
    duplicates: tuple[tuple[str, str, str, bool], ...] = ()


@dataclass(frozen=True, slots=True)
class Extracted:
    """The extraction of every distinct document under some paths, in reading order."""

    extractions: tuple[Extraction, ...]
    failures: tuple[ReadFailure, ...]
    #: Articles read more than once: (identifier, file kept, file skipped, whether the texts differ).
    duplicates: tuple[tuple[str, str, str, bool], ...]


def extract_paths(paths: Iterable[str | Path], lexicon: Lexicon, tagger: Tagger | None = None,
                  pairs: PairModel | None = None, *,
                  progress: Callable[[int, int, int], None] | None = None) -> Extracted:
    """Read every document under ``paths`` and extract each distinct article once.

    The same article read twice (same PMID or DOI, e.g. in two shapes) is extracted from
    the first file. A file that cannot be read, or a document whose extraction fails, is
    reported in :attr:`Extracted.failures` (and warned about); the rest is kept.
    """
    result = read_paths(paths)
    first: dict[str, Document] = {}
    duplicates = []
    failures = list(result.failures)
    for document in result.documents:
        if document.curie in first:
            kept = first[document.curie]
            duplicates.append((document.curie, kept.source, document.source, kept.text != document.text))
        else:
            first[document.curie] = document
    unique = list(first.values())
    extractions = []
    for start in range(0, len(unique), BATCH):
        chunk = unique[start:start + BATCH]
        for document, extraction in zip(chunk, extract_many(chunk, lexicon, tagger, pairs), strict=True):
            if isinstance(extraction, Exception):  # a bug on one document must not lose the batch
                reason = failure_reason(document, extraction)
                failures.append(ReadFailure(document.source, reason))
                warnings.warn(f"{document.source}: {reason}", KGWarning, stacklevel=2)
            else:
                extractions.append(extraction)
        if progress is not None:
            progress(start + len(chunk), len(unique), len(failures))
    return Extracted(tuple(extractions), tuple(failures), tuple(duplicates))


def build(paths: Iterable[str | Path], *, lexicon: Lexicon | None = None, models: bool = True,
          progress: Callable[[int, int, int], None] | None = None) -> BuildResult:
    """Read every document under ``paths`` and build the graph.

    The same article read twice (same PMID or DOI, e.g. in two shapes) is extracted once,
    from the first file; :attr:`BuildResult.duplicates` says which files were skipped.

    :param paths: Files and directories (walked recursively), as strings or paths.
    :param lexicon: Defaults to the shipped lexicon.
    :param models: Use the shipped trained models (span tagger, pair classifier); ``False``
        for the lexicon and rules only.
    :param progress: Called as ``progress(done, total, failures)`` as documents are extracted.
    """
    lexicon = lexicon or load_lexicon()
    tagger = load_tagger() if models else None
    pairs = load_pair_model() if models else None
    extracted = extract_paths(paths, lexicon, tagger, pairs, progress=progress)
    seen = {x.document.curie: x for x in extracted.extractions}
    extractions = tuple(seen[k] for k in sorted(seen))
    assembly = assemble(extractions)
    rules = sorted({rule for x in extractions for rule in applied_rules(x)})
    used = ((f"tagger-{tagger.version}",) if tagger is not None else ()) + (
        (f"pairs-{pairs.version}",) if pairs is not None else ())
    info = BuildInfo(__version__, lexicon.version, tuple(rules), tuple(sorted(seen)), used)
    return BuildResult(to_dataset(extractions, assembly, info), extractions, assembly, extracted.failures,
                       extracted.duplicates)
