"""Write the entity mentions kg finds in the corpus formats: PubTator and BioC JSON.

Offsets point into :attr:`Document.text` (title, one space, abstract), as in the
corpora, so the output can be scored against them and read by other tools. Types are
written with BioRED's names; the identifier column holds kg's CURIE.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import datetime, timezone

from kg.model import Document, Extraction, Mention

#: kg entity type → the corpus type written (BioRED's names; Endpoint has none there).
CORPUS_TYPES = {
    "Drug": "ChemicalEntity",
    "Target": "GeneOrGeneProduct",
    "Disease": "DiseaseOrPhenotypicFeature",
    "AdverseEvent": "DiseaseOrPhenotypicFeature",
    "Mutation": "SequenceVariant",
    "Endpoint": "Endpoint",
}
#: Output formats of :func:`write_annotations`.
ANNOTATION_FORMATS = ("pubtator", "bioc-json")


def document_id(document: Document) -> str:
    """The id written for a document: its PMID, else its corpus id, else its CURIE."""
    return document.pmid or document.local_id or document.curie


def _split(document: Document) -> tuple[str, str]:
    """Title and abstract such that ``title + " " + abstract == document.text``."""
    title_end = document.sections[0].end if document.sections else len(document.title)
    return document.text[:title_end], document.text[title_end + 1:]


def _mentions(extraction: Extraction) -> list[Mention]:
    return sorted(extraction.mentions, key=lambda m: (m.start, m.end, m.curie))


def to_pubtator(extractions: Iterable[Extraction]) -> str:
    """PubTator text: title and abstract lines, then one line per mention.

    >>> from kg.extract import extract, load_lexicon
    >>> from kg.model import Document
    >>> doc = Document(source="x", text="Imatinib. KIT.", title="Imatinib.", pmid="1")
    >>> print(to_pubtator([extract(doc, load_lexicon())]).replace(chr(9), " | "), end="")
    1|t|Imatinib.
    1|a|KIT.
    1 | 0 | 8 | Imatinib | ChemicalEntity | CHEBI:45783
    1 | 10 | 13 | KIT | GeneOrGeneProduct | HGNC:6342
    <BLANKLINE>
    """
    blocks = []
    for extraction in extractions:
        doc = extraction.document
        ident = document_id(doc)
        title, abstract = _split(doc)
        lines = [f"{ident}|t|{title}", f"{ident}|a|{abstract}"]
        for m in _mentions(extraction):
            lines.append(f"{ident}\t{m.start}\t{m.end}\t{m.text}\t{CORPUS_TYPES[m.type]}\t{m.curie}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks) + ("\n" if blocks else "")


def to_bioc_json(extractions: Iterable[Extraction]) -> str:
    """A BioC JSON collection with a title and an abstract passage per document."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    date = datetime.fromtimestamp(int(epoch), tz=timezone.utc).strftime("%Y-%m-%d") if epoch else ""
    documents = []
    for extraction in extractions:
        doc = extraction.document
        title, abstract = _split(doc)
        passages = []
        for kind, offset, text in (("title", 0, title), ("abstract", len(title) + 1, abstract)):
            annotations = [
                {"id": f"{m.start}-{m.end}-{m.curie}",
                 "infons": {"type": CORPUS_TYPES[m.type], "identifier": m.curie, "grounded_by": m.how},
                 "text": m.text, "locations": [{"offset": m.start, "length": m.end - m.start}]}
                for m in _mentions(extraction) if offset <= m.start < offset + len(text) + (kind == "title")
            ]
            passages.append({"infons": {"type": kind}, "offset": offset, "text": text, "annotations": annotations})
        infons = {k: v for k, v in (("pmid", doc.pmid), ("doi", doc.doi), ("journal", doc.journal),
                                    ("year", str(doc.year) if doc.year else None),
                                    ("authors", "; ".join(doc.authors) or None)) if v}
        documents.append({"id": document_id(doc), "infons": infons, "passages": passages, "relations": []})
    collection = {"source": "kg", "date": date, "key": "kg.key", "documents": documents}
    return json.dumps(collection, indent=1, ensure_ascii=False) + "\n"


def write_annotations(extractions: Iterable[Extraction], fmt: str) -> str:
    """The annotations of ``extractions`` in format ``fmt``, one of :data:`ANNOTATION_FORMATS`."""
    from kg.errors import KGError

    if fmt == "pubtator":
        return to_pubtator(extractions)
    if fmt == "bioc-json":
        return to_bioc_json(extractions)
    raise KGError(f"unknown annotation format {fmt!r}; valid: {', '.join(ANNOTATION_FORMATS)}")


__all__ = ["ANNOTATION_FORMATS", "CORPUS_TYPES", "document_id", "to_bioc_json", "to_pubtator", "write_annotations"]
