"""Read MEDLINE format (``.nbib`` from PubMed and reference managers): tagged lines.

Each record is a block of ``TAG - value`` lines (the tag padded to four characters),
continued on lines that start with six spaces; records are separated by blank lines.
"""

from __future__ import annotations

import re

from kg.errors import ReaderError
from kg.model import Document
from kg.readers.citation import parse_citation
from kg.readers.pubmed_xml import NCT
from kg.readers.text import assemble_text, join_lines

name = "medline"

_TAG = re.compile(r"^([A-Z][A-Z0-9]{1,3})\s*- (.*)$")


def detect(text: str) -> bool:
    """Tell whether ``text`` opens with a MEDLINE ``PMID- `` line."""
    return re.match(r"\A\s*PMID- ?\d+", text) is not None


def read(text: str, source: str) -> list[Document]:
    """Read every record of a MEDLINE file.

    :raises ReaderError: Naming the line of a record without a PMID or title.
    """
    documents = []
    record: list[tuple[str, str]] = []
    start = 1
    for number, line in enumerate(text.split("\n") + [""], 1):
        if not line.strip():
            if record:
                documents.append(_record(record, source, start))
                record = []
            continue
        tag = _TAG.match(line)
        if tag:
            if not record:
                start = number
            record.append((tag.group(1), tag.group(2).strip()))
        elif line.startswith(" ") and record:
            tag_name, value = record[-1]
            record[-1] = (tag_name, f"{value} {line.strip()}")
        else:
            raise ReaderError(source, f"line {number}: not a MEDLINE 'TAG - value' line: {line[:60]!r}")
    if not documents:
        raise ReaderError(source, "MEDLINE file without any record")
    return documents


def _record(record: list[tuple[str, str]], source: str, line: int) -> Document:
    fields: dict[str, list[str]] = {}
    for tag, value in record:
        fields.setdefault(tag, []).append(value)

    def one(tag: str) -> str | None:
        values = fields.get(tag)
        return values[0] if values else None

    pmid = one("PMID")
    title = join_lines(fields.get("TI", []))
    if not pmid or not title:
        raise ReaderError(source, f"line {line}: MEDLINE record without {'PMID' if not pmid else 'TI (title)'}")
    text, sections = assemble_text(title, join_lines(fields.get("AB", [])))
    doi = next((v.split(" ")[0] for v in fields.get("LID", []) + fields.get("AID", []) if v.endswith("[doi]")), None)
    authors = fields.get("AU", []) + fields.get("CN", [])  # a collective name (CN) is an author too
    date = one("DP")
    year = re.search(r"\b(1[89]|20)\d{2}\b", date or "")
    registry = [v.split("/")[-1] for v in fields.get("SI", []) if "ClinicalTrials.gov" in v]
    pages = one("PG")
    return Document(
        source=source, text=text, title=title, pmid=pmid, doi=doi, pmcid=one("PMC"), authors=tuple(authors),
        journal=one("TA") or one("JT"), year=int(year.group(0)) if year else None, date=date,
        volume=one("VI"), issue=one("IP"), pages=pages.split(" ")[0] if pages else None,
        publication_types=tuple(fields.get("PT", [])), sections=sections,
        references=tuple(parse_citation(v) for v in fields.get("RF", [])),
        trial_ids=tuple(dict.fromkeys([r for r in registry if NCT.fullmatch(r)] + NCT.findall(text))),
    )
