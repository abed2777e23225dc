"""Mutation patterns, normalised so one change written two ways is one node."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.mutations import compound_parts
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document, run


def mutations(text: str, title: str = "A study.") -> list[tuple[str, str, bool]]:
    return [(m.text, m.curie, m.inferred) for m in run(text, title).mentions if m.type == "Mutation"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BRAF V600E was found.", [("V600E", "kgr:mutation-BRAF-V600E", False)]),
        ("BRAF p.Val600Glu was found.", [("p.Val600Glu", "kgr:mutation-BRAF-V600E", False)]),
        ("KIT exon 11 deletion was found.", [("KIT exon 11 deletion", "kgr:mutation-KIT-exon11-deletion", False)]),
        ("KIT exon 9 duplication was found.", [("KIT exon 9 duplication", "kgr:mutation-KIT-exon9-duplication", False)]),
        ("PDGFRA Asp842Val was found.", [("Asp842Val", "kgr:mutation-PDGFRA-D842V", False)]),
        ("EGFR T790M and rs121434569 were found.", [("T790M", "kgr:mutation-EGFR-T790M", False),
                                                    ("rs121434569", "kgr:mutation-rs121434569", False)]),
        ("EGFR c.2369C>T was found.", [("c.2369C>T", "kgr:mutation-EGFR-c.2369C_T", False)]),
        ("Patients with an EGFR mutation responded.", [("EGFR mutation", "kgr:mutation-EGFR-mutation", False)]),
        ("EGFR-mutant tumours responded.", [("EGFR-mutant", "kgr:mutation-EGFR-mutation", False)]),
        ("BRAF is common. Exon 11 deletions of KIT respond.", [("Exon 11 deletions", "kgr:mutation-KIT-exon11-deletion", False)]),
    ],
)
def test_patterns(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert mutations(text) == expected


def test_kit_exon11_deletion_is_one_mention() -> None:
    """A gene, an exon and an event make one mention, not a gene plus a mutation (DESIGN §5)."""
    extraction = run("KIT exon 11 deletion was found.")
    start = extraction.document.text.index("KIT")
    found = [m for m in extraction.mentions if m.start == start]
    assert [(m.type, m.text) for m in found] == [("Mutation", "KIT exon 11 deletion"), ("Target", "KIT")]


def test_exon_mutation_without_a_gene_takes_the_document_gene() -> None:
    found = mutations("KIT is activated in GIST. Deletions in exon 11 predict response.")
    assert found == [("Deletions in exon 11", "kgr:mutation-KIT-exon11-deletion", True)]


def test_exon_mutation_without_any_gene_stays_ungrounded() -> None:
    assert mutations("Exon 9 mutations predict response.") == [
        ("Exon 9 mutations", "kgr:mutation-unknown-gene-exon9-mutation", False)
    ]


def test_a_change_written_without_its_gene_takes_the_gene_it_has_elsewhere() -> None:
    """Found in review: a later bare "T315I" became a node shared by every paper."""
    assert mutations("Resistance arises with ABL1 T315I. Patients with T315I progressed.") == [
        ("T315I", "kgr:mutation-ABL1-T315I", False), ("T315I", "kgr:mutation-ABL1-T315I", True)]


def test_changes_listed_after_a_gene_are_that_gene_s() -> None:
    """Found by a new user: "mutations in PLCG2 (R665W, L845F and S707Y)" took the paper's
    gene, BTK, named in its title."""
    found = mutations("BRAF V600E confers sensitivity. We found mutations in KIT (V559D, W557R and L576P) too.",
                      "The BRAF inhibitor vemurafenib.")
    assert [f for f in found if f[0] in ("V559D", "W557R", "L576P")] == [
        ("V559D", "kgr:mutation-KIT-V559D", False), ("W557R", "kgr:mutation-KIT-W557R", False),
        ("L576P", "kgr:mutation-KIT-L576P", False)]
    # A change in parentheses far from any gene still takes the document's gene.
    assert mutations("KIT is activated in GIST. Responses (V559D) were durable.")[-1] == (
        "V559D", "kgr:mutation-KIT-V559D", True)


@pytest.mark.parametrize(("text", "expected"), [
    ("PDGFRA D842V-mutant tumours resist imatinib.", ("D842V", "kgr:mutation-PDGFRA-D842V", False)),
    ("Patients with KIT exon 9-mutant GIST benefit.", ("KIT exon 9-mutant", "kgr:mutation-KIT-exon9-mutation", False)),
])
def test_mutant_suffixes(text: str, expected: tuple[str, str, bool]) -> None:
    assert mutations(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Patients with an ERBB2 amplification responded.", ("ERBB2 amplification", "kgr:mutation-ERBB2-amplification")),
    ("EML4-ALK fusion was found.", ("ALK fusion", "kgr:mutation-ALK-fusion")),
    ("Cells with mutant BRAF were studied.", ("mutant BRAF", "kgr:mutation-BRAF-mutation")),
    ("Tumours with PTEN loss resisted trastuzumab.", ("PTEN loss", "kgr:mutation-PTEN-loss")),
    ("Loss of PTEN was seen in half.", ("Loss of PTEN", "kgr:mutation-PTEN-loss")),
    ("A CDKN2A homozygous deletion was found.", ("CDKN2A homozygous deletion", "kgr:mutation-CDKN2A-loss")),
])
def test_gene_level_events(text: str, expected: tuple[str, str]) -> None:
    from kg.extract import extract, load_lexicon
    from tests.extract.helpers import document

    found = [(m.text, m.curie) for m in extract(document(text), load_lexicon()).mentions if m.type == "Mutation"]
    assert found == [expected]


def test_a_gene_loss_is_a_copy_number_loss() -> None:
    from kg.extract.mutations import mutation_entity

    entity = mutation_entity("PTEN", gene_event="loss")
    assert (entity.label, entity.variant_type) == ("PTEN loss", "SO:0001743")


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a new user: split, the compound's resistance to lorlatinib was G1202R's,
    # which the same paper showed lorlatinib overcomes: a false conflict.
    ("Compound KIT V560G/D816V mutations resisted imatinib.",
     [("V560G/D816V", "kgr:mutation-KIT-V560G_D816V", False)]),
    ("EGFR L858R/T790M/C797S triple-mutant cells grew.",
     [("L858R/T790M/C797S", "kgr:mutation-EGFR-L858R_T790M_C797S", False)]),
    # Without a word that makes them one allele, a slash lists hotspots (found in review).
    ("EGFR L858R/T790M mutations were found.", [("L858R", "kgr:mutation-EGFR-L858R", False),
                                                ("T790M", "kgr:mutation-EGFR-T790M", True)]),
    # One residue changed two ways is two alleles; spaces around the slash, a list.
    ("BRAF V600E/V600K tumours responded.", [("V600E", "kgr:mutation-BRAF-V600E", False),
                                             ("V600K", "kgr:mutation-BRAF-V600K", True)]),
    ("KIT V560G / D816V were found.", [("V560G", "kgr:mutation-KIT-V560G", False),
                                       ("D816V", "kgr:mutation-KIT-D816V", True)]),
    # Only the new residue after the slash: each a change at the same residue (found by a
    # sixth new user: "T215Y/F" lost T215F).
    ("EGFR G719S/A/C mutations were found.", [("G719S", "kgr:mutation-EGFR-G719S", False),
                                              ("A", "kgr:mutation-EGFR-G719A", False),
                                              ("C", "kgr:mutation-EGFR-G719C", False)]),
    ("EGFR T790M/C tumours.", [("T790M", "kgr:mutation-EGFR-T790M", False), ("C", "kgr:mutation-EGFR-T790C", False)]),
    ("EGFR V600E/K-mutant tumours.", [("V600E", "kgr:mutation-EGFR-V600E", False),
                                   ("K", "kgr:mutation-EGFR-V600K", False)]),
    # Found in review: an intronic position is no coding change ("IVS5+12A>G" is no c.12A>G).
    ("EGFR IVS5+12A>G and IVS7-11del4 were found.", []),
    # A letter that starts a word is no residue.
    ("EGFR G719S/DNA damage.", [("G719S", "kgr:mutation-EGFR-G719S", False)]),
])
def test_changes_joined_by_a_slash_are_one_compound_mutation(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert mutations(text) == expected


def test_a_compound_mutation_names_its_gene_and_scores_as_its_parts() -> None:
    [mention] = [m for m in run("Compound KIT V560G/D816V mutations resisted imatinib.").mentions
                 if m.type == "Mutation"]
    assert (mention.entity.label, mention.entity.gene, mention.entity.hgvs) == ("KIT V560G/D816V", "KIT",
                                                                                "V560G/D816V")
    assert [(p.start - mention.start, p.end - mention.start, p.text, p.entity.curie)
            for p in compound_parts(mention)] == [(0, 5, "V560G", "kgr:mutation-KIT-V560G"),
                                                  (6, 11, "D816V", "kgr:mutation-KIT-D816V")]


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a new user: FLT3-ITD was no mutation; BRCA1's was lost from "BRCA1 or BRCA2 mutation".
    ("KIT-ITD and KIT internal tandem duplications were found.",
     [("KIT-ITD", "kgr:mutation-KIT-ITD", False), ("KIT internal tandem duplications", "kgr:mutation-KIT-ITD", False)]),
    # A shared status's mutation spans from its gene to the status (found in review: on the
    # gene's own span it made one kg:Mention denote the gene and the mutation).
    ("A germline EGFR or BRAF mutation was found.",
     [("EGFR or BRAF mutation", "kgr:mutation-EGFR-mutation", False),
      ("BRAF mutation", "kgr:mutation-BRAF-mutation", False)]),
    ("KIT, EGFR and BRAF mutations were rare.",
     [("KIT, EGFR and BRAF mutations", "kgr:mutation-KIT-mutation", False),
      ("EGFR and BRAF mutations", "kgr:mutation-EGFR-mutation", False),
      ("BRAF mutations", "kgr:mutation-BRAF-mutation", False)]),
    ("EGFR and BRAF were measured.", []),
])
def test_gene_level_events_itd_and_shared_status(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert mutations(text) == expected


def test_in_frame_changes_of_a_run_of_residues() -> None:
    """EGFR exon 19 deletions and exon 20 insertions, ERBB2 duplications, KIT exon 11
    deletions as HGVS writes them were read as nothing (found in CIViC's statements)."""
    extraction = run("EGFR E746_A750del, EGFR p.Glu746_Ala750del, EGFR D770_N771insSVD, "
                     "EGFR A767_V769dupASV, KIT W557_K558del and EGFR L747_P753delinsS were found.")
    assert [(m.text, m.entity.label, m.entity.variant_type) for m in extraction.mentions if m.type == "Mutation"] == [
        ("E746_A750del", "EGFR E746_A750del", "SO:0000159"),
        ("p.Glu746_Ala750del", "EGFR E746_A750del", "SO:0000159"),
        ("D770_N771insSVD", "EGFR D770_N771insSVD", "SO:0000667"),
        ("A767_V769dupASV", "EGFR A767_V769dupASV", "SO:1000035"),
        ("W557_K558del", "KIT W557_K558del", "SO:0000159"),
        ("L747_P753delinsS", "EGFR L747_P753delinsS", "SO:1000032")]


def test_a_run_of_residues_in_brackets_leaves_the_bracket() -> None:
    """"insertions (A767_V769dup) are" took the closing bracket (found in review); "p.(…)" keeps its own."""
    extraction = run("EGFR exon 20 insertions (A767_V769dup) and EGFR p.(Glu746_Ala750del) were found.")
    assert [m.text for m in extraction.mentions if m.type == "Mutation" and "_" in m.text] == [
        "A767_V769dup", "p.(Glu746_Ala750del)"]


def test_chromosomal_abnormalities_are_variants() -> None:
    """Found by a haematology user (2026-12-03): del(17p) was MONDO's disease "chromosome 17p
    deletion" (so a mutation query refused it, and bortezomib "treated" it) and t(11;14)
    nothing; the ";" of "t(11;14)" also ended a clause."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document("In patients with del(17p), the response rate to bortezomib was 27% compared with 41% "
                                  "in patients without del(17p). Patients with t(11;14) responded to venetoclax. The "
                                  "17p deletion was rare."), SHIPPED, load_tagger())
    assert [(m.text, m.curie, m.entity.label) for m in extraction.mentions if m.type == "Mutation"] == [
        ("del(17p)", "kgr:mutation-chr17p-deletion", "del(17p)"),
        ("del(17p)", "kgr:mutation-chr17p-deletion", "del(17p)"),
        ("t(11;14)", "kgr:mutation-t-11-14", "t(11;14)"),
        ("17p deletion", "kgr:mutation-chr17p-deletion", "del(17p)")]
    assert not any(m.type in ("Disease", "Target") and "17p" in m.text for m in extraction.mentions)
    claims = {(a.subject, a.predicate, a.object) for a in extraction.assertions if a.predicate.startswith("confers")}
    assert claims == {("kgr:mutation-chr17p-deletion", "confersResistanceTo", "DRUGBANK:DB00188"),
                      ("kgr:mutation-t-11-14", "confersSensitivityTo", "DRUGBANK:DB11581")}
    assert [(o.mutation, o.stratum_has_mutation, str(o.percent)) for o in extraction.outcomes] == [
        ("kgr:mutation-chr17p-deletion", True, "27"), ("kgr:mutation-chr17p-deletion", False, "41")]


def test_aneuploidies_gains_and_inversions_are_variants() -> None:
    """Left alone at the haematology trial, taken up after: "trisomy 12", "gain of 1q21",
    "inv(16)" and "monosomy 7" were nothing, so a drug's resistance in their carriers was
    lost; the syndromes one is born with stay the vocabularies' diseases."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document(
        "Patients with trisomy 12 had a lower response rate to ibrutinib than those without. Gain of 1q21 was "
        "associated with shorter progression-free survival after daratumumab. Patients with inv(16) benefited "
        "from gemtuzumab ozogamicin. Monosomy 7 predicted resistance to azacitidine. Children with trisomy 21 "
        "were excluded."), SHIPPED, load_tagger())
    assert [(m.text, m.curie, m.entity.label, m.entity.variant_type) for m in extraction.mentions
            if m.type == "Mutation"] == [
        ("trisomy 12", "kgr:mutation-trisomy-12", "trisomy 12", "SO:0000055"),
        ("Gain of 1q21", "kgr:mutation-chr1q-gain", "gain(1q)", "SO:0001742"),
        ("inv(16)", "kgr:mutation-inv-16", "inv(16)", "SO:1000030"),
        ("Monosomy 7", "kgr:mutation-monosomy-7", "monosomy 7", "SO:0000056")]
    assert [(m.text, m.curie) for m in extraction.mentions if m.text.endswith(" 21")] == [("trisomy 21", "MONDO:0700126")]
    claims = {(a.subject, a.predicate, a.object) for a in extraction.assertions if a.predicate.startswith("confers")}
    assert claims == {("kgr:mutation-trisomy-12", "confersResistanceTo", "DRUGBANK:DB09053"),
                      ("kgr:mutation-chr1q-gain", "confersResistanceTo", "DRUGBANK:DB09331"),
                      ("kgr:mutation-inv-16", "confersSensitivityTo", "DRUGBANK:DB00056"),
                      ("kgr:mutation-monosomy-7", "confersResistanceTo", "DRUGBANK:DB00928")}


def shipped(text: str) -> Extraction:
    """Extract with the shipped lexicon, which has every HGNC gene (ALK, HLA-B, VKORC1 …)."""
    return extract(document(text), SHIPPED)


def shipped_mutations(text: str) -> list[tuple[str, str, bool]]:
    return [(m.text, m.curie, m.inferred) for m in shipped(text).mentions if m.type == "Mutation"]


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a precision-oncology user: a rearranged kinase's "positive" tumours gave no
    # mutation; they are the node "ALK-rearranged" names.
    ("Patients with ALK-positive NSCLC responded.", [("ALK-positive", "kgr:mutation-ALK-fusion", False)]),
    ("ALK-rearranged NSCLC responded.", [("ALK-rearranged", "kgr:mutation-ALK-fusion", False)]),
    ("ALK rearrangements were found.", [("ALK rearrangements", "kgr:mutation-ALK-fusion", False)]),
    ("ROS1-positive tumours responded.", [("ROS1-positive", "kgr:mutation-ROS1-fusion", False)]),
    ("RET positive tumours responded.", [("RET positive", "kgr:mutation-RET-fusion", False)]),
    # "NTRK" is no gene's symbol: the family's fusion, one node however it is written.
    ("NTRK fusion-positive tumours responded.", [("NTRK fusion-positive", "kgr:mutation-NTRK-fusion", False)]),
    ("NTRK gene fusions were found.", [("NTRK gene fusions", "kgr:mutation-NTRK-fusion", False)]),
    # MET's exon 14 skipping written as one word is the node of its long form.
    ("METex14-positive tumours responded.", [("METex14", "kgr:mutation-MET-exon14-mutation", False)]),
    ("METex14 skipping was found.", [("METex14", "kgr:mutation-MET-exon14-mutation", False)]),
    ("MET exon 14 skipping was found.", [("MET exon 14 skipping", "kgr:mutation-MET-exon14-mutation", False)]),
    # A "positive" that is expression, not a rearrangement, is no mutation.
    ("HER2-positive and EGFR-positive tumours responded.", []),
])
def test_fusion_positive_tumours_carry_the_fusion(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert shipped_mutations(text) == expected


def test_alk_positive_tumours_sensitivity_is_the_fusion_s() -> None:
    extraction = shipped("Patients with ALK-positive NSCLC responded to crizotinib.")
    claims = {(a.subject, a.predicate) for a in extraction.assertions if a.subject.startswith("kgr:mutation")}
    assert ("kgr:mutation-ALK-fusion", "confersSensitivityTo") in claims
    assert ("kgr:mutation-ALK-fusion", "mutationOf") in claims


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a pharmacogenomics user: HLA alleles in the notation before 2010 were no alleles.
    ("Carriers of HLA-B*5801, HLA-B*1502 or HLA-A*3101 reacted.",
     [("HLA-B*5801", "kgr:mutation-HLA-B-star58-01", False), ("HLA-B*1502", "kgr:mutation-HLA-B-star15-02", False),
      ("HLA-A*3101", "kgr:mutation-HLA-A-star31-01", False)]),
    ("Carriers of HLA-B*58:01 reacted.", [("HLA-B*58:01", "kgr:mutation-HLA-B-star58-01", False)]),
    # Only HLA's: another gene's four digits name no allele.
    ("CYP2D6*10 and CYP2D6*1000 were typed.", [("CYP2D6*10", "kgr:mutation-CYP2D6-star10", False)]),
    # A diplotype with a space after its gene, and a duplication.
    ("CYP2C19 *2/*2 carriers and CYP2D6*1xN carriers were typed.",
     [("CYP2C19 *2", "kgr:mutation-CYP2C19-star2", False), ("*2", "kgr:mutation-CYP2C19-star2", False),
      ("CYP2D6*1xN", "kgr:mutation-CYP2D6-star1xN", False)]),
])
def test_star_alleles(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert shipped_mutations(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a pharmacogenomics user: "-1639A" was a mutation of no gene, "1639G>A" another node.
    ("The VKORC1 -1639G>A, VKORC1 -1639A and VKORC1 1639G>A variants were typed.",
     [("-1639G>A", "kgr:mutation-VKORC1-c.-1639G_A", False), ("-1639A", "kgr:mutation-VKORC1-c.-1639G_A", False),
      ("1639G>A", "kgr:mutation-VKORC1-c.-1639G_A", False)]),
    # Another gene's upstream base takes its reference from the text, else none.
    ("The CYP3A4 -392A>G and CYP3A4 -392G variants were typed.",
     [("-392A>G", "kgr:mutation-CYP3A4-c.-392A_G", False), ("-392G", "kgr:mutation-CYP3A4-c.-392A_G", False)]),
    ("The CYP3A4 -392G variant was typed.", [("-392G", "kgr:mutation-CYP3A4-c.-392N_G", False)]),
])
def test_dna_changes_without_their_c(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert shipped_mutations(text) == expected


@pytest.mark.parametrize(("text", "gene"), [
    ("The DPYD c.1905+1G>A (rs3918290) variant was typed.", "DPYD"),
    ("The CYP2B6 516G>T (rs3745274) variant was typed.", "CYP2B6"),
    ("The VKORC1 -1639G>A (rs9923231) variant was typed.", "VKORC1"),
    ("The CYP2C19*2 allele (rs4244285) was typed.", "CYP2C19"),
])
def test_an_rs_id_in_brackets_after_a_change_is_its_gene_s(text: str, gene: str) -> None:
    """Found by a pharmacogenomics user: only a star allele gave its rs id its gene."""
    [rs] = [m for m in shipped(text).mentions if m.type == "Mutation" and m.text.startswith("rs")]
    assert rs.entity.gene == gene
    assert rs.curie == f"kgr:mutation-{rs.text}"


def test_loss_of_function_carriers_are_no_copy_number_loss() -> None:
    """Found by a pharmacogenomics user: "CYP2C19 loss-of-function carriers" made "CYP2C19
    loss", a copy-number loss; loss-of-function alleles are SO's loss_of_function_variant."""
    extraction = shipped("CYP2C19 loss-of-function carriers had reduced response to clopidogrel. PTEN loss was rare.")
    assert [(m.text, m.curie, m.entity.label, m.entity.variant_type)
            for m in extraction.mentions if m.type == "Mutation"] == [
        ("CYP2C19 loss-of-function", "kgr:mutation-CYP2C19-loss-of-function", "CYP2C19 loss-of-function", "SO:0002054"),
        ("PTEN loss", "kgr:mutation-PTEN-loss", "PTEN loss", "SO:0001743")]


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a precision-oncology user: the second of two listed compounds was split.
    ("Compound ALK G1202R/L1196M and G1202R/G1269A mutations resisted lorlatinib.",
     [("G1202R/L1196M", "kgr:mutation-ALK-G1202R_L1196M", False),
      ("G1202R/G1269A", "kgr:mutation-ALK-G1202R_G1269A", False)]),
    ("Compound ALK I1171N plus G1202R mutations resisted lorlatinib.",
     [("I1171N plus G1202R", "kgr:mutation-ALK-I1171N_G1202R", False)]),
    # Without a word that makes them one allele, "plus" lists two, the second of the listing gene.
    ("ALK I1171N plus G1202R were found.", [("I1171N", "kgr:mutation-ALK-I1171N", False),
                                            ("G1202R", "kgr:mutation-ALK-G1202R", False)]),
])
def test_listed_compounds(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert shipped_mutations(text) == expected


def test_compound_mutations_listed_together_each_resist() -> None:
    extraction = shipped("Compound ALK G1202R/L1196M and G1202R/G1269A mutations conferred resistance to lorlatinib.")
    claims = {(a.subject, a.predicate) for a in extraction.assertions if a.predicate.startswith("confers")}
    assert claims == {("kgr:mutation-ALK-G1202R_L1196M", "confersResistanceTo"),
                      ("kgr:mutation-ALK-G1202R_G1269A", "confersResistanceTo")}
    [_, second] = [m for m in extraction.mentions if m.type == "Mutation"]
    assert [(p.text, p.curie) for p in compound_parts(second)] == [("G1202R", "kgr:mutation-ALK-G1202R"),
                                                                  ("G1269A", "kgr:mutation-ALK-G1269A")]


def test_a_trial_name_is_no_mutation() -> None:
    """Found by a precision-oncology user: the tagger's "CodeBreaK 300L" became the mutation
    kgr:mutation-codebreak-300l."""
    from kg.extract import load_tagger

    extraction = extract(document("In the KRAS G12C trial (CodeBreaK 300L) sotorasib was given to patients. "
                                  "The VKORC1 -1639A allele lowered the warfarin dose."), SHIPPED, load_tagger())
    assert [(m.text, m.curie) for m in extraction.mentions if m.type == "Mutation"] == [
        ("G12C", "kgr:mutation-KRAS-G12C"), ("-1639A", "kgr:mutation-VKORC1-c.-1639G_A")]


def test_rare_disease_notations() -> None:
    """Found by a rare-disease user: nonsense changes written X ("G542X", "R227X") had no gene
    (W1282X was missed); "non-V30M variants" counted as V30M; "not amenable to exon 51
    skipping" made eteplirsen's own exon a mutation it failed; "nonresponsive" told nothing."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document(
        "CFTR nonsense mutations G542X and W1282X were not rescued by ivacaftor. Patients with TTR V30M and those "
        "with non-V30M variants improved. Patients with deletions not amenable to exon 51 skipping did not respond "
        "to eteplirsen. Patients homozygous for the PAH variant R408W were nonresponsive to sapropterin."),
        SHIPPED, load_tagger())
    assert [(m.text, m.curie) for m in extraction.mentions if m.type == "Mutation"] == [
        ("G542X", "kgr:mutation-CFTR-G542ter"), ("W1282X", "kgr:mutation-CFTR-W1282ter"),
        ("V30M", "kgr:mutation-TTR-V30M"), ("R408W", "kgr:mutation-PAH-R408W")]
    assert {(a.subject, a.predicate, a.object) for a in extraction.assertions if a.predicate.startswith("confers")} >= {
        ("kgr:mutation-PAH-R408W", "confersResistanceTo", "DRUGBANK:DB00360")}


def test_a_change_joined_to_its_gene_by_a_hyphen() -> None:
    """Found by a rare-disease user: "G551D-CFTR" was a gene-less variant the tagger minted and
    "F508del-CFTR" a gene of its own."""
    from kg.extract import extract, load_tagger
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document("Ivacaftor potentiates G551D-CFTR channel gating and rescues F508del-CFTR function."),
                         SHIPPED, load_tagger())
    assert [(m.text, m.curie) for m in extraction.mentions if m.type in ("Mutation", "Target")] == [
        ("G551D", "kgr:mutation-CFTR-G551D"), ("CFTR", "HGNC:1884"),
        ("F508del", "kgr:mutation-CFTR-F508del"), ("CFTR", "HGNC:1884")]


def test_x_is_any_residue_at_a_hotspot_and_a_stop_elsewhere() -> None:
    """Found in review: "BRAF V600X", "KRAS G12X" (any residue, as oncology writes them) had
    become stop changes when "G542X" (CFTR's nonsense change) was read as one."""
    from kg.extract import extract
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document("BRAF V600X and KRAS G12X were found; CFTR G542X and W1282X were not rescued."),
                         SHIPPED)
    assert [(m.text, m.curie, m.entity.label) for m in extraction.mentions if m.type == "Mutation"] == [
        ("V600X", "kgr:mutation-BRAF-V600X", "BRAF V600X"), ("G12X", "kgr:mutation-KRAS-G12X", "KRAS G12X"),
        ("G542X", "kgr:mutation-CFTR-G542ter", "CFTR G542*"), ("W1282X", "kgr:mutation-CFTR-W1282ter", "CFTR W1282*")]


def rule_found(abstract: str, title: str = "A study.") -> list[tuple[str, str, bool]]:
    """The mutation mentions the shipped lexicon's rules find: (text, CURIE, inferred)."""
    extraction = extract(document(abstract, title), SHIPPED)
    return [(m.text, m.curie, m.inferred) for m in extraction.mentions if m.type == "Mutation"]


def test_a_gene_introducing_a_list_of_changes_is_theirs() -> None:
    """Found by a dermatology user (2026-12-03): in a dupilumab abstract about IL13, "filaggrin
    (FLG) loss-of-function mutations, such as R501X and 2282del4" were IL13's; found by a
    neurology user (2026-12-03): "Variants in GBA1, including N370S and L444P" were LRRK2's."""
    assert rule_found("Patients with filaggrin (FLG) loss-of-function mutations, such as R501X and 2282del4, responded.",
                   "Dupilumab blocks IL13 signalling in atopic dermatitis.") == [
        ("R501X", "kgr:mutation-FLG-R501ter", False), ("2282del4", "kgr:mutation-FLG-c.2282del4", False)]
    assert rule_found("Variants in GBA1, including N370S and L444P, reduce glucocerebrosidase activity. "
                   "G2019S is common.", "LRRK2 kinase inhibitors in Parkinson disease.") == [
        ("N370S", "kgr:mutation-GBA1-N370S", False), ("L444P", "kgr:mutation-GBA1-L444P", False),
        ("G2019S", "kgr:mutation-LRRK2-G2019S", True)]


@pytest.mark.parametrize(("title", "abstract", "expected"), [
    # an HIV user: "CD4 cell count" made K103N CD4's
    ("Efavirenz in treatment-naive adults.",
     "Median CD4 cell count increase was 230 cells per microL. Resistance mutations K103N emerged.",
     ("K103N", "kgr:mutation-unknown-gene-K103N", False)),
    # a virology user: "inhibits CYP3A4" made the Mpro change E166V CYP3A4's
    ("Nirmatrelvir for patients at risk.",
     "Ritonavir strongly inhibits CYP3A4. The Mpro substitution E166V reduced nirmatrelvir activity.",
     # (its viral gene since Mpro is curated, 2026-12-03)
     ("E166V", "kgr:mutation-Mpro-E166V", False)),
    # an HIV user: "HIV-1 subtype A6/A1" read A6 as TWF1, whose E138A it became
    ("HIV-1 subtype diversity in Eastern Europe.", "HIV-1 subtype A6/A1 viruses carried E138A.",
     ("E138A", "kgr:mutation-unknown-gene-E138A", False)),
    # a pathogen's own gene stays the document's
    ("Daclatasvir in hepatitis C.", "NS5A inhibitors select Y93H in most patients.",
     ("Y93H", "kgr:mutation-NS5A-Y93H", True)),
    # a drug's target that mutates is still the document's gene
    ("Imatinib in CML.", "Imatinib inhibits ABL1. T315I confers resistance to it.",
     ("T315I", "kgr:mutation-ABL1-T315I", True)),
])
def test_no_document_gene_from_a_cell_marker_a_drug_enzyme_or_a_pathogen_s_host(
        title: str, abstract: str, expected: tuple[str, str, bool]) -> None:
    """Found by an HIV user and a virology user (2026-12-03): a change named with no gene took a
    gene named elsewhere only as a cell count, a drug's enzyme or a misread subtype."""
    assert rule_found(abstract, title) == [expected]


def test_hbv_reverse_transcriptase_changes() -> None:
    """Found by a hepatology user (2026-12-03): "rtM204V", "rtL180M", "rtA181T", "rtN236T" (HBV's
    polymerase changes, named with their domain) were not found at all."""
    assert rule_found("Resistance to lamivudine involved rtM204V/I and rtL180M, rtA181T or rtN236T in most patients.",
                      "Lamivudine in chronic hepatitis B.") == [
        ("rtM204V", "kgr:mutation-HBV-RT-M204V", False), ("I", "kgr:mutation-HBV-RT-M204I", False),
        ("rtL180M", "kgr:mutation-HBV-RT-L180M", False), ("rtA181T", "kgr:mutation-HBV-RT-A181T", False),
        ("rtN236T", "kgr:mutation-HBV-RT-N236T", False)]
    # HBV's polymerase (HBV-RT, fifth wave), no human gene the abstract names
    assert rule_found("Lamivudine resistance involved rtM204V.", "SOD1 in ALS.") == [
        ("rtM204V", "kgr:mutation-HBV-RT-M204V", False)]


def test_a_change_at_a_one_digit_position_needs_a_gene_or_a_list() -> None:
    """Found by a neurology user (2026-12-03): "SOD1 A4V" and the A4V of "Mutations in SOD1,
    including A4V and G93A" were missed; "T1D", "E2F" or "S1P" alone stay no change."""
    assert rule_found("SOD1 A4V carriers progress fast. Mutations in SOD1, including A4V and G93A, cause ALS.",
                      "Tofersen in ALS.") == [
        ("A4V", "kgr:mutation-SOD1-A4V", False), ("Mutations in SOD1", "kgr:mutation-SOD1-mutation", False),
        ("A4V", "kgr:mutation-SOD1-A4V", False), ("G93A", "kgr:mutation-SOD1-G93A", False)]
    assert rule_found("Patients with T1D had E2F targets and S1P receptor signals in the G2M phase.", "SOD1 in ALS.") == []


@pytest.mark.parametrize(("abstract", "expected"), [
    ("Isolates with rpoB S450L and katG S315T were resistant.",
     [("S450L", "kgr:mutation-rpoB-S450L"), ("S315T", "kgr:mutation-katG-S315T")]),
    ("FKS1 hot-spot mutations, most frequently S639F, conferred echinocandin resistance.",
     [("S639F", "kgr:mutation-FKS1-S639F")]),
    ("ERG11 substitutions Y132F and mprF S295L were common.",
     [("Y132F", "kgr:mutation-ERG11-Y132F"), ("S295L", "kgr:mutation-mprF-S295L")]),
    ("We found blaKPC-3 variants with the D179Y substitution in the isolates.", [("D179Y", "kgr:mutation-blaKPC-3-D179Y")]),
    ("Aspergillus isolates with cyp51A TR34/L98H and gyrA S83L or D87N grew.",
     [("L98H", "kgr:mutation-cyp51A-L98H"), ("S83L", "kgr:mutation-gyrA-S83L"), ("D87N", "kgr:mutation-gyrA-D87N")]),
    # ordinary words and a trial's name are no gene
    ("Patients treated in NCT01 with V600E mutations and other E545K changes responded.",
     [("V600E", "kgr:mutation-unknown-gene-V600E"), ("E545K", "kgr:mutation-unknown-gene-E545K")]),
])
def test_a_microbe_s_gene_symbol_before_a_change_is_its_gene(abstract: str, expected: list[tuple[str, str]]) -> None:
    """Found by an infectious-disease user (2026-12-03): "rpoB S450L", "katG S315T", "FKS1 hot-spot
    mutations, most frequently S639F", "blaKPC-3 variants with the D179Y substitution" were changes
    of no gene, since no lexicon knows a microbe's genes."""
    assert [(text, curie) for text, curie, _ in rule_found(abstract, "Resistance in clinical isolates.")] == expected


def test_a_cell_line_before_a_change_is_no_microbe_s_gene() -> None:
    """Found in review of the infectious-disease user's fix (2026-12-03): outside a text about
    microbes, "PC9 T790M" and "MOLM13 D835Y" name a cell line, no gene."""
    assert rule_found("PC9 T790M cells and MOLM13 D835Y cells grew.", "Resistance in cell lines.") == [
        ("T790M", "kgr:mutation-unknown-gene-T790M", False), ("D835Y", "kgr:mutation-unknown-gene-D835Y", False)]


def test_apoe_e4_is_an_allele_of_apoe() -> None:
    """Found by a neurology user (2026-12-03): "APOE e4 homozygotes", "APOE ε4 carriers", "APOE4
    homozygosity" and "the ε4 allele" were no variant, so no stratum could name them."""
    assert rule_found("ARIA was common in APOE e4 homozygotes, APOE ε4 carriers and with APOE4 homozygosity; "
                      "the ε4 allele and APOE ε3/ε4 too.", "Lecanemab in early Alzheimer disease.") == [
        ("APOE e4", "kgr:mutation-APOE-e4", False), ("APOE ε4", "kgr:mutation-APOE-e4", False),
        ("APOE4", "kgr:mutation-APOE-e4", False), ("ε4", "kgr:mutation-APOE-e4", False),
        ("APOE ε3", "kgr:mutation-APOE-e3", False), ("ε4", "kgr:mutation-APOE-e4", False)]
    # a Latin "e2" with no APOE in the abstract is no allele
    assert rule_found("Stage e2 carriers and E4 levels were measured.", "A study of tumours.") == []


def test_factor_v_leiden_and_prothrombin_g20210a() -> None:
    """Found by a haematology user (2026-12-03): "Factor V Leiden" was no mutation and "prothrombin
    G20210A" a change of F5, named in the sentence, or of no gene; MTHFR's "C677T" is named the same way."""
    assert rule_found("Factor V Leiden and prothrombin G20210A were tested in F5 and F2 studies. "
                      "FVL carriers and those with C677T were excluded.", "Venous thrombosis risk.") == [
        ("Factor V Leiden", "kgr:mutation-F5-R506Q", False), ("G20210A", "kgr:mutation-F2-G20210A", False),
        ("FVL", "kgr:mutation-F5-R506Q", False), ("C677T", "kgr:mutation-MTHFR-C677T", False)]


def test_a_change_s_other_numbering_in_brackets_is_the_same_variant() -> None:
    """Found by a cardiology user (2026-12-03): "TTR V122I (p.Val142Ile)", legacy and HGVS numbering,
    made two entities; the written one stands. A bracketed change of other residues stays."""
    found = rule_found("TTR V122I (p.Val142Ile) carriers and EGFR L858R (L861Q) carriers were enrolled.",
                       "Tafamidis in transthyretin amyloid cardiomyopathy.")
    assert found[:2] == [("V122I", "kgr:mutation-TTR-V122I", False), ("L858R", "kgr:mutation-EGFR-L858R", False)]
    assert [text for text, _, _ in found] == ["V122I", "L858R", "L861Q"]


def test_a_gene_whose_changes_the_text_names_stays_the_document_s_in_a_pathogen_s_abstract() -> None:
    """Found in review of the HIV user's fix (2026-12-03): "EGFR-mutant lung cancer in people with
    HIV" is about EGFR's changes, so a bare T790M there stays EGFR's."""
    assert rule_found("EGFR-mutant tumours progressed on erlotinib. T790M emerged in most patients.",
                      "EGFR-mutant lung cancer in people with HIV.")[-1] == ("T790M", "kgr:mutation-EGFR-T790M", True)


def shipped_mutations_titled(text: str, title: str = "A study.") -> list[tuple[str, str, bool]]:
    """Mutation mentions read with the shipped lexicon, which knows BTK, ALK, BCR and ESR1."""
    return [(m.text, m.curie, m.inferred) for m in extract(document(text, title), SHIPPED).mentions if m.type == "Mutation"]


@pytest.mark.parametrize(("text", "title", "expected"), [
    # Found by a haematology user: T315I took the paper's gene, BTK; a fusion's change is its
    # 3' kinase partner's, and the same change bare later in the text is that gene's too.
    ("The BTK C481S mutation conferred resistance to ibrutinib. In BCR-ABL1-driven cells, the T315I "
     "gatekeeper mutation conferred resistance to imatinib, whereas ponatinib retained activity against T315I.",
     "BTK inhibitors in leukaemia.",
     [("C481S", "kgr:mutation-BTK-C481S", False), ("T315I", "kgr:mutation-ABL1-T315I", True),
      ("T315I", "kgr:mutation-ABL1-T315I", True)]),
    ("The BTK C481S mutation was found. In EML4-ALK cells, G1202R conferred resistance to crizotinib.",
     "BTK inhibitors.",
     [("C481S", "kgr:mutation-BTK-C481S", False), ("G1202R", "kgr:mutation-ALK-G1202R", True)]),
    # A gene named for its expression owns no change; two genes in the sentence give none of
    # theirs, and the document's gene stands.
    ("EGFR T790M was found. Patients with C797S had high PD-L1 expression.", "EGFR inhibitors.",
     [("T790M", "kgr:mutation-EGFR-T790M", False), ("C797S", "kgr:mutation-EGFR-C797S", True)]),
    ("EGFR T790M was found. C797S was seen with MET and KRAS.", "EGFR inhibitors.",
     [("T790M", "kgr:mutation-EGFR-T790M", False), ("C797S", "kgr:mutation-EGFR-C797S", True)]),
])
def test_a_bare_change_takes_the_one_gene_its_sentence_names(text: str, title: str,
                                                            expected: list[tuple[str, str, bool]]) -> None:
    assert shipped_mutations_titled(text, title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a haematology and a precision-oncology user: "Compound" opened the phrase
    # more than 30 characters before the pair, which was split (E255V even became BCR's).
    ("Compound mutations such as BCR-ABL1 T315I/E255V were resistant to ponatinib.",
     [("T315I/E255V", "kgr:mutation-ABL1-T315I_E255V", False)]),
    ("Compound ALK mutations such as G1202R/L1196M were detected at progression.",
     [("ALK mutations", "kgr:mutation-ALK-mutation", False), ("G1202R/L1196M", "kgr:mutation-ALK-G1202R_L1196M", False)]),
    # Without the mark a slash still lists hotspots.
    ("ESR1 mutations such as Y537S/D538G were detected at progression.",
     [("ESR1 mutations", "kgr:mutation-ESR1-mutation", False), ("Y537S", "kgr:mutation-ESR1-Y537S", False),
      ("D538G", "kgr:mutation-ESR1-D538G", True)]),
])
def test_a_compound_introduced_by_compound_mutations_such_as(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert shipped_mutations(text) == expected


def test_flt3_tkd_is_a_variant_as_flt3_itd_is() -> None:
    """Found by a haematology user: "FLT3-ITD and FLT3-TKD mutations" lost FLT3-TKD."""
    extraction = extract(document("Gilteritinib has activity against both FLT3-ITD and FLT3-TKD mutations in acute "
                                  "myeloid leukemia."), SHIPPED)
    assert [(m.text, m.curie) for m in extraction.mentions if m.type == "Mutation"] == [
        ("FLT3-ITD", "kgr:mutation-FLT3-ITD"), ("FLT3-TKD", "kgr:mutation-FLT3-TKD")]
    assert ("kgr:mutation-FLT3-TKD", "mutationOf", "HGNC:3765") in {
        (a.subject, a.predicate, a.object) for a in extraction.assertions}


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a precision-oncology user: "del19" after "EGFR exon 19 deletion" was a variant
    # of no gene, minted by the tagger.
    ("Cells expressed EGFR exon 19 deletion or L858R. The triple-mutant (del19/T790M/C797S) xenografts grew.",
     [("EGFR exon 19 deletion", "kgr:mutation-EGFR-exon19-deletion", False),
      ("L858R", "kgr:mutation-EGFR-L858R", True),
      ("del19", "kgr:mutation-EGFR-exon19-deletion", True),
      ("T790M/C797S", "kgr:mutation-EGFR-T790M_C797S", True)]),
    ("EGFR Ex20ins tumours responded.", [("EGFR Ex20ins", "kgr:mutation-EGFR-exon20-insertion", False)]),
    # A chromosome arm's deletion is no exon's.
    ("CLL with del13q or del(17p) progressed.", [("del13q", "kgr:mutation-chr13q-deletion", False),
                                                 ("del(17p)", "kgr:mutation-chr17p-deletion", False)]),
])
def test_an_exon_s_event_in_one_word(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert shipped_mutations(text) == expected
