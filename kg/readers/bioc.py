"""Read BioC collections, XML or JSON: documents made of passages with absolute offsets.

:attr:`Document.text` is the title passage, one space, then the abstract passage(s)
placed at their own offsets (so corpus offsets stay valid); annotations and relations
are kept for evaluation only. Metadata in document or passage infons (``journal``,
``year``, ``authors``, ``doi``, ``pmid``) is read when present. XML goes through
defusedxml with entities forbidden (a DOCTYPE line is allowed).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from kg.errors import ReaderError
from kg.model import Annotation, CorpusRelation, Document, Section
from kg.readers.citation import normalize_doi
from kg.readers.pubtator import split_ids
from kg.readers.text import SECTION_LABEL, without_surrogates
from kg.readers.xml import parse_xml

name = "bioc"

_XML = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)?<collection\b", re.DOTALL)


@dataclass
class _Passage:
    offset: int
    text: str
    kind: str
    #: The passage's part of the abstract ("RESULTS"), from its "section_type"; "" when none.
    section: str = ""
    annotations: list[Annotation] = field(default_factory=list)


#: What a section name keeps of its "section_type": words, not markup.
_SECTION_NAME = re.compile(r"[^\w /&-]")


def detect(text: str) -> bool:
    """Tell whether ``text`` is a BioC XML collection or a BioC JSON collection."""
    if _XML.match(text):
        return True
    head = text.lstrip()[:2000]
    return head.startswith(("{", "[")) and '"documents"' in head and '"passages"' in text[:20000]


def read(text: str, source: str) -> list[Document]:
    """Read every document of a BioC collection.

    :raises ReaderError: For malformed XML or JSON (with the line), forbidden entities,
        or a document without an id or passages.
    """
    if text.lstrip().startswith("<"):
        return [_document(doc, source) for doc in _from_xml(text, source)]
    return [_document(doc, source) for doc in _from_json(text, source)]


def _from_xml(text: str, source: str) -> list[dict[str, Any]]:
    root = parse_xml(text, source)
    documents = []
    for doc in root.iter("document"):
        passages = []
        for passage in doc.iter("passage"):
            annotations = []
            for ann in passage.iter("annotation"):
                infons = {i.get("key", ""): (i.text or "") for i in ann.findall("infon")}
                locations = [{"offset": loc.get("offset"), "length": loc.get("length")}
                             for loc in ann.findall("location")]
                annotations.append({"infons": infons, "locations": locations, "text": ann.findtext("text") or ""})
            passages.append({
                "infons": {i.get("key", ""): (i.text or "") for i in passage.findall("infon")},
                "offset": passage.findtext("offset"), "text": passage.findtext("text") or "",
                "annotations": annotations,
            })
        relations = [{"infons": {i.get("key", ""): (i.text or "") for i in rel.findall("infon")}}
                     for rel in doc.findall("relation")]
        infons = {i.get("key", ""): (i.text or "") for i in doc.findall("infon")}
        documents.append({"id": doc.findtext("id"), "infons": infons, "passages": passages, "relations": relations})
    return documents


def _from_json(text: str, source: str) -> list[dict[str, Any]]:
    try:
        data = without_surrogates(json.loads(text))
    except json.JSONDecodeError as exc:
        raise ReaderError(source, f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    collections = data if isinstance(data, list) else [data]
    documents: list[dict[str, Any]] = []
    for collection in collections:
        if not isinstance(collection, dict) or not isinstance(collection.get("documents"), list):
            raise ReaderError(source, "BioC JSON without a 'documents' list")
        documents.extend(d for d in collection["documents"] if isinstance(d, dict))
    return documents


def _int(value: Any, what: str, source: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ReaderError(source, f"{what} is not an integer: {value!r}") from None


def _document(doc: dict[str, Any], source: str) -> Document:
    doc_id = str(doc.get("id") or "").strip()
    if not doc_id:
        raise ReaderError(source, "BioC document without an <id>")
    passages = []
    for raw in doc.get("passages") or []:
        if not isinstance(raw, dict):
            raise ReaderError(source, f"document {doc_id}: a passage is not an object")
        infons = raw.get("infons") or {}
        passage = _Passage(_int(raw.get("offset"), f"document {doc_id}: passage offset", source),
                           str(raw.get("text") or ""), str(infons.get("type", "")).lower(),
                           # PubTator3's and PMC's BioC name an abstract passage's part in
                           # "section_type" (found by an oncology user: all were ABSTRACT)
                           _SECTION_NAME.sub("", str(infons.get("section_type") or "")).upper())
        for ann in raw.get("annotations") or []:
            annotation = _annotation(ann, doc_id, source)
            if annotation is not None:
                passage.annotations.append(annotation)
        passages.append(passage)
    if not passages:
        raise ReaderError(source, f"document {doc_id}: no passages")
    passages.sort(key=lambda p: p.offset)
    title_passage = next((p for p in passages if p.kind in ("title", "front")), passages[0])
    text = ""
    for passage in passages:
        if passage.offset < len(text):
            raise ReaderError(source, f"document {doc_id}: passage at offset {passage.offset} overlaps the one before")
        text += " " * (passage.offset - len(text)) + passage.text
    title = title_passage.text
    sections = [Section("TITLE", title_passage.offset, title_passage.offset + len(title))]
    for passage in passages:
        if passage is title_passage or not passage.text:
            continue
        sections.extend(_sections(passage))
    annotations = [a for p in passages for a in p.annotations]
    for annotation in annotations:
        if not (0 <= annotation.start < annotation.end <= len(text)):
            raise ReaderError(source, f"document {doc_id}: annotation {annotation.text!r} outside the text")
    relations = [_relation(r.get("infons") or {}) for r in doc.get("relations") or [] if isinstance(r, dict)]
    infons = doc.get("infons") or {}
    pmid = doc_id if doc_id.isdigit() else (str(infons.get("pmid") or "") or None)
    year = str(infons.get("year") or "")
    authors = infons.get("authors") or ""
    return Document(
        source=source, text=text, title=title, pmid=pmid, doi=normalize_doi(str(infons.get("doi") or "")),
        journal=str(infons.get("journal") or "") or None, year=int(year) if year.isdigit() else None,
        authors=tuple(a.strip() for a in str(authors).split(";") if a.strip()),
        sections=tuple(sections), annotations=tuple(annotations), relations=tuple(r for r in relations if r),
        local_id=None if pmid else doc_id,
    )


def _sections(passage: _Passage) -> list[Section]:
    labels = list(SECTION_LABEL.finditer(passage.text))
    if not labels or labels[0].start() != 0:
        first_end = labels[0].start() - 1 if labels else len(passage.text)
        kind = passage.kind.upper() if passage.kind not in ("", "abstract") else "ABSTRACT"
        out = [Section(passage.section or kind, passage.offset, passage.offset + first_end)]
    else:
        out = []
    for i, label in enumerate(labels):
        end = labels[i + 1].start() - 1 if i + 1 < len(labels) else len(passage.text)
        out.append(Section(label.group(1).upper(), passage.offset + label.start(), passage.offset + end))
    return out


def _annotation(ann: Any, doc_id: str, source: str) -> Annotation | None:
    if not isinstance(ann, dict):
        raise ReaderError(source, f"document {doc_id}: an annotation is not an object")
    infons = ann.get("infons") or {}
    # BC5CDR adds one annotation per part of a composite mention; the whole span is kept.
    if infons.get("CompositeRole") == "IndividualMention":
        return None
    locations = ann.get("locations") or []
    if not locations:
        raise ReaderError(source, f"document {doc_id}: annotation {ann.get('text')!r} has no location")
    starts = [_int(loc.get("offset"), f"document {doc_id}: location offset", source) for loc in locations]
    ends = [s + _int(loc.get("length"), f"document {doc_id}: location length", source)
            for s, loc in zip(starts, locations, strict=True)]
    ids = str(infons.get("identifier") or infons.get("MESH") or infons.get("Identifier") or "")
    return Annotation(min(starts), max(ends), str(ann.get("text") or ""), str(infons.get("type", "")),
                      split_ids(ids))


def _relation(infons: dict[str, Any]) -> CorpusRelation | None:
    if "entity1" in infons:
        return CorpusRelation(str(infons.get("type", "")), str(infons["entity1"]).strip(),
                              str(infons.get("entity2", "")).strip(), infons.get("novel"))
    if "Chemical" in infons:
        return CorpusRelation(str(infons.get("relation", "CID")), str(infons["Chemical"]).strip(),
                              str(infons.get("Disease", "")).strip())
    return None
