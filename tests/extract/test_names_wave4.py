"""Names found by new users' trial reports (fourth wave): what a name is, and what it is not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import probed

_run = probed


def _mentions(sentence: str) -> set[tuple[str, str]]:
    return {(m.text, m.curie) for m in _run(sentence).mentions}


def _triples(sentence: str) -> set[tuple[str, str, str]]:
    return {(a.subject, a.predicate, a.object) for a in _run(sentence).assertions}


@pytest.mark.parametrize("sentence", [
    "Vaccine effectiveness against Omicron BA.1 and BA.5 infection was lower than against BA.2 in adults.",
    "Neutralizing titers against XBB.1.5 and JN.1 were lower after the bivalent booster in adults.",
])
def test_a_viral_lineage_is_no_drug(sentence: str) -> None:
    # Found by an infectious-disease user: "BA" of "Omicron BA.1" was the drug barium.
    assert not any(m.type == "Drug" for m in _run(sentence).mentions)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Nusinersen improved motor milestone response in infants with spinal muscular atrophy.", "milestone"),
    ("Clinical success was achieved with ceftriaxone in most adults with pneumonia.", "success"),
    ("Fluid balance was monitored daily in adults receiving furosemide for heart failure.", "balance"),
])
def test_everyday_words_are_no_pesticides(sentence: str, word: str) -> None:
    # Found by a neurology user: "milestone" was the herbicide azafenidin (DrugBank's "Milestone"),
    # which then treated spinal muscular atrophy.
    assert not any(m.text.lower() == word and m.type == "Drug" for m in _run(sentence).mentions)
    assert ("DRUGBANK:DB19031", "treats", "MONDO:0001516") not in _triples(sentence)


@pytest.mark.parametrize("sentence", [
    "Cefiderocol was active against isolates producing both KPC and a metallo-beta-lactamase such as NDM-1 in patients.",
    "Meropenem-vaborbactam was active against KPC-3 and OXA-48 isolates from patients with pneumonia.",
])
def test_carbapenemases_are_no_diseases(sentence: str) -> None:
    # Found by an infectious-disease user: NDM was neonatal diabetes mellitus (MONDO:0016391) and
    # KPC keratoconus posticus circumscriptus (MONDO:0009488), both "treated" by the antibiotic.
    curies = {m.curie for m in _run(sentence).mentions}
    assert not curies & {"MONDO:0016391", "MONDO:0009488"}
    assert not any(o in ("MONDO:0016391", "MONDO:0009488") for _, _, o in _triples(sentence))


def test_neonatal_diabetes_short_form_stays_without_resistance_words() -> None:
    assert ("NDM", "MONDO:0016391") in _mentions("Insulin treated NDM in infants with KCNJ11 mutations.")


@pytest.mark.parametrize("sentence", [
    "Donanemab targets the N-terminal pyroglutamate amyloid-beta epitope in patients with Alzheimer disease.",
    "Donanemab binds pyroglutamate-modified amyloid-beta in plaques of patients with Alzheimer disease.",
])
def test_a_chemical_in_an_epitope_is_no_drug(sentence: str) -> None:
    # Found by a neurology user: "pyroglutamate" was pidolic acid, which then targeted APP.
    assert not any(m.curie == "DRUGBANK:DB03088" for m in _run(sentence).mentions)
    assert ("DRUGBANK:DB16647", "targets", "HGNC:620") in _triples(sentence)
    assert not any(s == "DRUGBANK:DB03088" for s, _, _ in _triples(sentence))


def test_a_ligands_bracketed_receptor_is_the_receptor() -> None:
    # Found by a neurology user: "the calcitonin gene-related peptide (CGRP) receptor" was CALCA, the ligand.
    sentence = "Erenumab blocks the calcitonin gene-related peptide (CGRP) receptor in patients with migraine."
    assert ("calcitonin gene-related peptide (CGRP) receptor", "HGNC:16709") in _mentions(sentence)
    assert not any(m.curie == "HGNC:1437" for m in _run(sentence).mentions)
    assert ("DRUGBANK:DB14039", "inhibits", "HGNC:16709") in _triples(sentence)


def test_the_ligand_alone_stays_the_ligand() -> None:
    sentence = "Fremanezumab binds calcitonin gene-related peptide (CGRP) in patients with migraine."
    assert ("calcitonin gene-related peptide", "HGNC:1437") in _mentions(sentence)


def test_a_receptor_named_by_its_ligand_is_no_drug() -> None:
    # Found by a neurology user: "N-methyl-D-aspartate (NMDA) receptor" minted the drug N-methyl-D-aspartate.
    sentence = "Esketamine blocks the N-methyl-D-aspartate (NMDA) receptor in patients with depression."
    assert [m.curie for m in _run(sentence).mentions if m.type == "Drug"] == ["DRUGBANK:DB11823"]


@pytest.mark.parametrize(("sentence", "minted"), [
    ("Nusinersen is an antisense oligonucleotide that binds SMN2 pre-mRNA in infants.", "kgr:entity-chemical-oligonucleotide"),
    ("Fenfluramine is a serotonin-releasing agent that acts on the 5-HT2C receptor (HTR2C) in patients.",
     "kgr:entity-chemical-serotonin-releasing-agent"),
])
def test_a_kind_of_drug_is_no_drug(sentence: str, minted: str) -> None:
    # Found by a neurology user: both kinds were minted as drugs; the oligonucleotide targeted SMN2.
    curies = {m.curie for m in _run(sentence).mentions}
    assert minted not in curies
    assert not any(minted in (s, o) for s, _, o in _triples(sentence))


def test_nusinersen_keeps_its_target() -> None:
    sentence = "Nusinersen is an antisense oligonucleotide that binds SMN2 pre-mRNA in infants."
    assert ("DRUGBANK:DB13161", "targets", "HGNC:11118") in _triples(sentence)


def test_a_receptors_bracketed_symbol_grounds_its_long_form() -> None:
    # Found by a neurology user: "the 5-HT2C receptor (HTR2C)" minted kgr:entity-gene-5-ht2c-receptor.
    sentence = "Fenfluramine is a serotonin-releasing agent that acts on the 5-HT2C receptor (HTR2C) in patients."
    assert ("5-HT2C receptor", "HGNC:5295") in _mentions(sentence)
    assert not any(m.curie.startswith("kgr:entity-gene") for m in _run(sentence).mentions)


@pytest.mark.parametrize(("sentence", "name", "curie"), [
    ("Sofosbuvir was given to patients with HCV genotype 1 infection for 12 weeks.",
     "HCV genotype 1 infection", "MONDO:0005231"),
    ("Ledipasvir-sofosbuvir cured most adults with HCV infection.", "HCV infection", "MONDO:0005231"),
    ("Dolutegravir was given to adults with HIV-1 infection for 48 weeks.", "HIV-1 infection", "MONDO:0005109"),
])
def test_a_viruss_infection_is_its_disease(sentence: str, name: str, curie: str) -> None:
    # Found by an infectious-disease user: "HCV genotype 1 infection" was MeSH's generic Infections.
    mentions = _mentions(sentence)
    assert (name, curie) in mentions
    assert not any(c == "MESH:D007239" for _, c in mentions)


def test_a_bloodstream_infection_is_bacteremia() -> None:
    # Found by an infectious-disease user: "bloodstream infection" was Sepsis (MeSH's entry term).
    assert ("bloodstream infection", "MESH:D016470") in _mentions(
        "Ceftriaxone was given to adults with bloodstream infection for 14 days.")


def test_a_numbered_instrument_is_no_gene() -> None:
    # Found by a neurology user: "SF-36" was HGF (its alias "SF", scatter factor).
    sentence = "The change in the SF-36 physical component summary score did not differ significantly between groups."
    assert not any(m.type == "Target" for m in _run(sentence).mentions)


def test_a_numbered_gene_name_stays_the_gene() -> None:
    assert ("IL-6", "HGNC:6018") in _mentions("Tocilizumab blocks IL-6 in adults with rheumatoid arthritis.")


@pytest.mark.parametrize(("name", "curie"), [
    ("Rv0678", "kgr:entity-gene-rv0678"), ("rrl", "kgr:entity-gene-rrl"), ("rplC", "kgr:entity-gene-rplc"),
    ("ddn", "kgr:entity-gene-ddn"), ("fbiA", "kgr:entity-gene-fbia"), ("pncA", "kgr:entity-gene-pnca"),
])
def test_tuberculosis_resistance_genes_are_genes(name: str, curie: str) -> None:
    # Found by an infectious-disease user: the WHO catalogue's genes named no gene (no HGNC).
    sentence = ("Bedaquiline resistance was linked to Rv0678 mutations, and rrl, rplC, ddn, fbiA and pncA variants "
                "were found in isolates.")
    assert (name, curie) in _mentions(sentence)


def test_a_resistance_mutation_has_its_microbes_gene() -> None:
    sentence = "Isolates with rpoB S450L mutations were resistant to rifampicin."
    assert ("kgr:mutation-rpoB-S450L", "mutationOf", "kgr:entity-gene-rpob") in _triples(sentence)
