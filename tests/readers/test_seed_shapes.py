"""The two seed shapes: every metadata field, the sections and Document.text."""

from __future__ import annotations

import pytest

from kg.model import Document, Reference
from kg.readers import read_file, read_text
from tests.conftest import SEEDS

SEED_000 = SEEDS / "000_ab544946733a2db7.txt"
SEED_003 = SEEDS / "003_7a8e39a43c66ccb0.txt"


@pytest.fixture(scope="module")
def trial() -> Document:
    [doc] = read_file(SEED_000)
    return doc


@pytest.fixture(scope="module")
def review() -> Document:
    [doc] = read_file(SEED_003)
    return doc


def test_frontmatter_metadata(trial: Document) -> None:
    assert (trial.pmid, trial.doi, trial.journal, trial.year) == ("12181401", "10.1056/NEJMoa020461", "N Engl J Med", 2002)
    # Volume, issue, pages and date come only from the citation line of the body.
    assert (trial.volume, trial.issue, trial.pages, trial.date) == ("347", "7", "472-80", "2002 Aug 15")
    assert trial.authors[:3] == ("Demetri GD", "von Mehren M", "Blanke CD") and len(trial.authors) == 21
    assert trial.title == "Efficacy and safety of imatinib mesylate in advanced gastrointestinal stromal tumors."
    assert trial.references == ()  # "Comment in" lines point to this article; they are not its references


def test_frontmatter_sections_and_offsets(trial: Document) -> None:
    got = [(s.label, trial.text[s.start:s.start + 25]) for s in trial.sections]
    assert got == [
        ("TITLE", "Efficacy and safety of im"),
        ("BACKGROUND", "BACKGROUND: Constitutive "),
        ("METHODS", "METHODS: We conducted an "),
        ("RESULTS", "RESULTS: A total of 147 p"),
        ("CONCLUSIONS", "CONCLUSIONS: Imatinib ind"),
    ]
    assert [(s.start, s.end) for s in trial.sections] == [(0, 85), (86, 387), (388, 683), (684, 1623), (1624, 1951)]
    assert trial.text[85] == " " and len(trial.text) == 1951


def test_pubmed_page_metadata(review: Document) -> None:
    assert review.pmid is None and review.doi == "10.2165/00003495-200767050-00012"
    assert (review.journal, review.year, review.volume, review.issue, review.pages) == ("Drugs", 2007, "67", "5", "805-20")
    assert review.authors == ("M Asif A Siddiqui",)  # the page shows only "et al." after the first author
    assert review.publication_types == ("Review",)
    assert review.title == "Imatinib: a review of its use in the management of gastrointestinal stromal tumours"
    assert review.curie == "DOI:10.2165/00003495-200767050-00012"


def test_pubmed_page_text_drops_the_site_boilerplate(review: Document) -> None:
    assert review.text.startswith(review.title + " Imatinib (Gleevec, Glivec is a small molecule inhibitor")
    assert review.text.endswith("the most effective treatment option in the management of advanced GIST.")
    for boilerplate in ("Skip to main", ".gov", "PubMed Disclaimer", "Similar articles", "Cited by", "LinkOut"):
        assert boilerplate not in review.text
    assert [(s.label, s.start, s.end) for s in review.sections] == [("TITLE", 0, 83), ("ABSTRACT", 84, len(review.text))]


def test_pubmed_page_references(review: Document) -> None:
    assert review.references == (
        Reference("Oncogene. 2001 Aug 16;20(36):5054-8", "Oncogene", 2001, "20", "36", "5054-8"),
        Reference("Ann Surg. 2000 Jan;231(1):51-8", "Ann Surg", 2000, "231", "1", "51-8"),
        Reference("N Engl J Med. 2006 May 11;354(19):2006-13", "N Engl J Med", 2006, "354", "19", "2006-13"),
        Reference("Cancer Chemother Pharmacol. 2004 Feb;53(2):102-6", "Cancer Chemother Pharmacol", 2004, "53", "2", "102-6"),
        Reference("J Clin Oncol. 2006 Oct 10;24(29):4764-74", "J Clin Oncol", 2006, "24", "29", "4764-74"),
    )


def test_shape_is_detected_by_content_not_name(tmp_path) -> None:
    renamed = tmp_path / "whatever.dat"
    renamed.write_bytes(SEED_003.read_bytes())
    [doc] = read_file(renamed)
    assert doc.doi == "10.2165/00003495-200767050-00012"


def test_crlf_and_bom_read_the_same(trial: Document, tmp_path) -> None:
    windows = tmp_path / "crlf.md"
    windows.write_bytes(b"\xef\xbb\xbf" + SEED_000.read_bytes().replace(b"\n", b"\r\n"))
    [doc] = read_file(windows)
    assert doc.text == trial.text and doc.sections == trial.sections


def test_frontmatter_without_pubmed_export() -> None:
    text = "---\ntitle: A short note.\nreference_id: 'PMID:1'\nyear: 2020\n---\n\n# A short note.\n\nImatinib helps.\n"
    [doc] = read_text(text, "note.md")
    assert (doc.text, doc.pmid, doc.year) == ("A short note. Imatinib helps.", "1", 2020)
