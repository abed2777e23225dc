"""Mutations found by the fourth wave of trial users (2026-12-03): a virus's proteins, lists and compounds."""

from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract.helpers import SHIPPED, document


def rule_found(abstract: str, title: str = "A study.") -> list[tuple[str, str, bool]]:
    """The mutation mentions the shipped lexicon's rules find: (text, CURIE, inferred)."""
    extraction = extract(document(abstract, title), SHIPPED)
    return [(m.text, m.curie, m.inferred) for m in extraction.mentions if m.type == "Mutation"]


def genes_of(abstract: str, title: str = "A study.") -> set[tuple[str, str, str]]:
    extraction = extract(document(abstract, title), SHIPPED)
    return {(a.subject, a.object, a.evidence[0].rule) for a in extraction.assertions if a.predicate == "mutationOf"}


@pytest.mark.parametrize(("abstract", "expected"), [
    ("Nirmatrelvir targets Mpro in SARS-CoV-2, whereas the spike substitutions E484A and Q493R abolished "
     "bamlanivimab neutralization.",
     [("E484A", "kgr:mutation-S-E484A", False), ("Q493R", "kgr:mutation-S-Q493R", False)]),
    ("Emergent nsp12 substitutions such as V792I and E802D have been reported during remdesivir therapy for COVID-19.",
     [("V792I", "kgr:mutation-nsp12-V792I", False), ("E802D", "kgr:mutation-nsp12-E802D", False)]),
    ("In HIV-1, testing revealed the integrase substitutions Q148R and N155H together with the rilpivirine-associated "
     "mutations K101E and E138K in reverse transcriptase.",
     [("Q148R", "kgr:mutation-IN-Q148R", False), ("N155H", "kgr:mutation-IN-N155H", False),
      ("K101E", "kgr:mutation-RT-K101E", False), ("E138K", "kgr:mutation-RT-E138K", False)]),
    ("Emergent capsid substitutions M66I or Q67H were seen with lenacapavir in HIV-1.",
     [("M66I", "kgr:mutation-CA-M66I", False), ("Q67H", "kgr:mutation-CA-Q67H", False)]),
    ("In influenza, the neuraminidase H275Y substitution confers oseltamivir resistance, and PA I38T reduces "
     "baloxavir susceptibility.",
     [("H275Y", "kgr:mutation-NA-H275Y", False), ("I38T", "kgr:mutation-PA-I38T", False)]),
    # a gene kg knows before the protein's name is the gene
    ("In HCV, the NS5B RdRp S282T substitution reduced sofosbuvir activity.",
     [("S282T", "kgr:mutation-NS5B-S282T", False)]),
    # a drug class after "in" is no protein the change is in
    ("HIV-1 K103N was common in reverse transcriptase inhibitor-treated patients.",
     [("K103N", "kgr:mutation-unknown-gene-K103N", False)]),
    # outside a text about microbes a protein's symbol or word names nothing ("spike" of an EEG)
    ("Interictal spike Q12 counts and PA R132H tumours were studied.", [("R132H", "kgr:mutation-unknown-gene-R132H", False)]),
])
def test_a_viral_protein_named_with_a_change_is_its_gene(abstract: str, expected: list[tuple[str, str, bool]]) -> None:
    """Found by an infectious-disease user: "the spike substitutions E484A and Q493R" and "nsp12
    substitutions such as V792I" became Mpro's; "integrase Q148H", "capsid substitutions M66I",
    "the neuraminidase H275Y substitution", "PA I38T" and "K101E and E138K in reverse
    transcriptase" were changes of no gene. kg grounds none of these proteins: the change's
    gene is the protein's symbol, as a microbe's gene symbol is ("rpoB S450L")."""
    assert rule_found(abstract) == expected


def test_a_pathogen_s_other_proteins_keep_its_bare_changes_from_its_known_gene() -> None:
    """Found by an infectious-disease user: in a review of antibodies against spike, "owing to
    F486S" and "treatment-emergent P337L" became Mpro changes, the one protein of the virus kg
    knows. An abstract naming the virus's other proteins more often than Mpro gives its bare
    changes no gene, and a sentence naming such a protein gives its own none; an abstract about
    Mpro, in its title, keeps it."""
    review = ("Bamlanivimab lost activity against SARS-CoV-2 because of the spike substitutions E484A and Q493R. "
              "Sotrovimab retained activity, but treatment-emergent P337L substitutions were described. "
              "Remdesivir and nirmatrelvir retain activity because their targets, the RNA-dependent RNA polymerase "
              "and Mpro, are conserved. Emergent nsp12 substitutions such as V792I were rare.")
    assert rule_found(review, "Antibodies and antivirals against SARS-CoV-2.") == [
        ("E484A", "kgr:mutation-S-E484A", False), ("Q493R", "kgr:mutation-S-Q493R", False),
        ("P337L", "kgr:mutation-unknown-gene-P337L", False), ("V792I", "kgr:mutation-nsp12-V792I", False)]
    assert genes_of(review, "Antibodies and antivirals against SARS-CoV-2.") == set()
    mpro = ("Nirmatrelvir inhibits the SARS-CoV-2 main protease (Mpro). E166V reduced susceptibility. "
            "All variants remained susceptible to remdesivir, which targets the RNA-dependent RNA polymerase (nsp12).")
    assert genes_of(mpro, "Resistance of SARS-CoV-2 main protease substitutions to nirmatrelvir.") == {
        ("kgr:mutation-Mpro-E166V", "kgr:entity-gene-mpro", "mutationOf:document-gene")}
    # a sentence naming spike gives its bare change no gene, though the abstract is Mpro's
    assert rule_found("SARS-CoV-2 Mpro E166V reduced nirmatrelvir activity. Against spike, F486S reduced it.",
                      "Mpro in SARS-CoV-2.") == [
        ("E166V", "kgr:mutation-Mpro-E166V", False), ("F486S", "kgr:mutation-unknown-gene-F486S", False)]


@pytest.mark.parametrize(("abstract", "expected"), [
    ("Rifampicin resistance was conferred predominantly by rpoB S450L (68%), followed by rpoB D435V (11%) and H445Y (7%).",
     [("S450L", "kgr:mutation-rpoB-S450L", False), ("D435V", "kgr:mutation-rpoB-D435V", False),
      ("H445Y", "kgr:mutation-rpoB-H445Y", False)]),
    ("EGFR L858R (n = 12), T790M (n=3) and BRAF V600E (12 of 40) were found.",
     [("L858R", "kgr:mutation-EGFR-L858R", False), ("T790M", "kgr:mutation-EGFR-T790M", False),
      ("V600E", "kgr:mutation-BRAF-V600E", False)]),
    ("Participants with HIV-1 integrase Q148H plus G140S responded to lenacapavir.",
     [("Q148H", "kgr:mutation-IN-Q148H", False), ("G140S", "kgr:mutation-IN-G140S", False)]),
    ("The inhA promoter mutation c.-15C>T conferred low-level isoniazid resistance in tuberculosis.",
     [("c.-15C>T", "kgr:mutation-inhA-c.-15C_T", False)]),
])
def test_a_change_listed_after_its_gene_s_change_past_a_bracket_or_plus(
        abstract: str, expected: list[tuple[str, str, bool]]) -> None:
    """Found by an infectious-disease user: "rpoB D435V (11%) and H445Y (7%)" made H445Y a change
    of no gene, the bracketed share breaking the list, and so did "plus" in "integrase Q148H plus
    G140S"; "the inhA promoter mutation c.-15C>T" was a DNA change of no gene (a microbe's gene
    symbol before the noun of its change names a protein change's gene, and now a DNA change's)."""
    assert rule_found(abstract) == expected


@pytest.mark.parametrize(("abstract", "expected"), [
    ("The combination L50F/E166V conferred 80-fold resistance to nirmatrelvir.",
     [("L50F/E166V", "kgr:mutation-unknown-gene-L50F_E166V", False)]),
    ("Mpro L50F/E166V combination conferred resistance to nirmatrelvir.",
     [("L50F/E166V", "kgr:mutation-Mpro-L50F_E166V", False)]),
    # a therapy's combination is no mark of the pair
    ("In combination with fulvestrant, ESR1 Y537S/D538G mutations were found.",
     [("Y537S", "kgr:mutation-ESR1-Y537S", False), ("D538G", "kgr:mutation-ESR1-D538G", True)]),
])
def test_a_combination_of_changes_is_one_compound_allele(abstract: str, expected: list[tuple[str, str, bool]]) -> None:
    """Found by an infectious-disease user: "The combination L50F/E166V conferred 80-fold
    resistance" split the pair, so L50F got the resistance the next sentence denies it alone."""
    assert rule_found(abstract) == expected
    if "conferred" in abstract:
        extraction = extract(document(abstract), SHIPPED)
        assert {(a.subject, a.predicate) for a in extraction.assertions if a.predicate.startswith("confers")} == {
            (expected[0][1], "confersResistanceTo")}
