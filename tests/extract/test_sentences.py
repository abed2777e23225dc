"""Sentence splitting keeps offsets, ignores abbreviations and keeps section labels out."""

from __future__ import annotations

from kg.extract.sentences import split_sentences
from tests.extract.helpers import document


def test_split_keeps_offsets_and_skips_labels() -> None:
    doc = document("BACKGROUND: Drugs work, e.g. imatinib. Dr. Smith et al. agreed. RESULTS: It (p < 0.05) helped.")
    sentences = split_sentences(doc)
    assert [(s.section, s.text) for s in sentences] == [
        ("TITLE", "A study."),
        ("BACKGROUND", "Drugs work, e.g. imatinib."),
        ("BACKGROUND", "Dr. Smith et al. agreed."),
        ("RESULTS", "It (p < 0.05) helped."),
    ]
    for sentence in sentences:
        assert doc.text[sentence.start:sentence.end] == sentence.text


def test_an_abstract_labelled_abstract_keeps_its_label_out() -> None:
    """Found by a new user: PubMed's ``<AbstractText Label="ABSTRACT">`` left "ABSTRACT: " in
    the first sentence and its offsets; an unlabelled abstract's opening stays whole."""
    doc = document("ABSTRACT: Osimertinib is an EGFR inhibitor. It helped.")
    sentences = split_sentences(doc)
    assert [(s.section, s.text) for s in sentences] == [
        ("TITLE", "A study."), ("ABSTRACT", "Osimertinib is an EGFR inhibitor."), ("ABSTRACT", "It helped.")]
    assert doc.text[sentences[1].start:sentences[1].end] == "Osimertinib is an EGFR inhibitor."
    unlabelled = split_sentences(document("Abstract thinking helped: imatinib worked. It ends."))
    assert [(s.section, s.text) for s in unlabelled][1] == ("ABSTRACT", "Abstract thinking helped: imatinib worked.")


def test_decimal_numbers_do_not_split() -> None:
    doc = document("Response was 53.7 percent. Survival was 2.5 years.")
    assert [s.text for s in split_sentences(doc)][1:] == ["Response was 53.7 percent.", "Survival was 2.5 years."]


def test_a_unit_before_a_capital_ends_the_sentence() -> None:
    """Found by a new user: "… 9 mg. Grade 3 hyperphosphatemia …" was one sentence."""
    from kg.extract.sentences import split_sentences
    from tests.extract.helpers import document

    got = split_sentences(document("Erdafitinib was given at 9 mg. Grade 3 hyperphosphatemia occurred. We gave 5 mg. "
                                   "daily doses."))
    assert [s.text for s in got[1:]] == ["Erdafitinib was given at 9 mg.", "Grade 3 hyperphosphatemia occurred.",
                                         "We gave 5 mg. daily doses."]
