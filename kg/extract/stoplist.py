"""Words that look like names but, alone, name nothing: kept out of the lexicon and the tagger's new entities.

Used by :mod:`kg.lexicon_build` (no generated name is one of these) and
:mod:`kg.extract.tagger` (a span the tagger finds but no vocabulary knows becomes an
entity only if it is not one of these).
"""

from __future__ import annotations

import re

#: Names never matched: generic words that vocabularies list as synonyms.
STOP_NAMES = frozenset(
    """protein proteins gene genes dna rna cell cells patient patients human humans mouse mice rat rats
    disease diseases syndrome disorder disorders tumor tumors tumour tumours cancer risk control controls
    group groups level levels treatment therapy drug drugs agent agents compound compounds acid acids
    factor factors receptor receptors enzyme enzymes kinase kinases complex type i ii iii iv can was
    not all set cat max was has had lead impact rest large small cell-cell for and the with type
    water salt sugar alcohol mass light face hand heart blood plasma serum liver kidney brain bone
    common rare normal abnormal positive negative lesion lesions neoplasm neoplasms acquired
    milestone milestones success balance program programme patrol""".split()
) | {"not rare"}
# Pesticides' brand names DrugBank lists are everyday words: "motor milestone response" was the
# herbicide azafenidin ("Milestone"), and "success", "balance", "program", "patrol" name
# spinosad, isoxaflutole, lufenuron, fenpropidin (found by a neurology user). The lexicon drops
# these from generated names when it loads, too, so no rebuild of the TSV is needed.
#: Case-sensitive symbols too common as abbreviations in abstracts to mean a gene.
STOP_SYMBOLS = frozenset(
    """CI OR HR RR OS PFS DFS RFS EFS TTP ORR CR PR SD PD AE AEs SAE ICU BMI CT MRI PET ECG EEG PCR RT
    ALL AML CML CLL MDS HIV HCV HBV DNA RNA mRNA miRNA ATP ADP GTP NO II III IV VI MS SE SD SEM USA UK
    WHO FDA NIH IQR NS ND NA PS AUC CNS GI IV IM SC PO ID IL ER PR HER IgG IgM IgE TH SH CD MAP SET
    CAT MAX IMPACT REST LARGE CELL FOR AND THE WAS HAS IGA PA CAR COPD ICS LAMA LABA U100 U300 PKC""".split()
)
# COPD is the lung disease, not ARCN1; ICS inhaled corticosteroids, not primary ciliary
# dyskinesia; LAMA and LABA long-acting bronchodilators, not LAMA1 (a respiratory user);
# U100 and U300 insulin strengths, not SCARNA14 (an endocrinology user).
# PKC is protein kinase C, a family, not PRRT2 (found by a haematology user).
# CAR is the chimeric antigen receptor of CAR T cells, not SPG7 (found by a haematology user).
# IGA is the Investigator's Global Assessment of immunology trials, not CD79A; PA the
# influenza polymerase acidic protein, pulmonary artery or Pseudomonas aeruginosa, not EPB42
# (found by immunology and infectious-disease users).


#: Cell lines whose names a gene symbol's hyphened form would take ("THP-1" is no GLI2 alias
#: here; found in review of the gene forms, :mod:`kg.gene_forms`).
CELL_LINES = frozenset(
    """THP-1 LLC-1 HFL-1 HSC-3 HSC-2 HSC-4 TIG-3 SCC-1 SCC-4 SCC-9 SCC-15 SCC-25 MEC-1 ACH-2 TPC-1 REC-1 KPL-1
    NOMO-1 PSN-1 PEO-1 PEO-4 CEM-1 HL-60 HT-29 PC-3 PC-9 MCF-7 K-562 A-549 HEK-293 COS-1 COS-7 U-937 HCT-116
    SW-480 SW-620 MOLT-4 RAW-264 HUH-7 HEP-3 CAL-27 CAL-51 KG-1 NB-4 MV-4 OCI-3 SK-1 SH-4 MDA-231 TE-1 TE-8
    KYSE-30 HSC-39 IEC-6 IEC-18 PAN-1 PANC-1 CFPAC-1 BXPC-3 CAPAN-1 CAPAN-2 LNCAP-1 EL-4 CTLL-2 NK-92 YT-1
    MOLM-13 MOLM-14 OCI-2 SKM-1 KMS-11 KMS-12 RPMI-8226 MM-1 TF-1 UT-7 HEL-1 BAF-3 NIH-3 CHO-1 VERO-6""".split()
)


#: Words that name a family of proteins, each made by several genes: alone, "actin" is no ACTB
#: and "myosin" no gene of its own (found by a cardiology user: mavacamten "inhibited" ACTB
#: through "actin-myosin cross-bridge formation", and a gene "myosin" was minted beside MYH7).
PROTEIN_FAMILIES = frozenset("""actin actins myosin myosins tubulin tubulins keratin keratins cytokeratin
    cytokeratins collagen collagens histone histones integrin integrins troponin troponins tropomyosin cadherin
    cadherins laminin laminins globin globins kinesin kinesins dynein dyneins spectrin claudin claudins connexin
    connexins immunoglobulin immunoglobulins""".split())

#: Names of a family of genes that a vocabulary lists as one member's alias (lower-cased): "MAPK"
#: and "mitogen-activated protein kinase" were MAPK1, "ERK" EPHB2 or MAPK1, "PPAR" (of "a pan-PPAR
#: agonist") PPARA, "IFN" IFNA1 and "type I interferon" IFNB1 (found by hepatology and immunology
#: users: lanifibranor targeted PPARA alone, anifrolumab inhibited IFNB1). A family is no gene:
#: the lexicon drops these from generated genes when it loads, so no rebuild of the TSV is needed.
GENE_FAMILIES = frozenset(name.strip() for name in """mapk, mapks, map kinase, map kinases, mitogen-activated protein kinase,
    mitogen-activated protein kinases, erk, erks, ppar, ppars, ifn, ifns, type i interferon, type i interferons,
    type i ifn, interferon, interferons, stat, pde, pdes, hdac, hdacs, cdk, cdks, jnk, jnks""".split(","))
# STAT was SOAT1, PDE ALDH7A1, HDAC HDAC9, CDK CDK1 and JNK MAPK8 (found in review of the above).

#: After a chemical's or disease's name, the word that makes it part of a protein's name:
#: "alanine aminotransferase", "anaplastic lymphoma kinase", "dopamine receptor" (found by
#: a new user: alanine "caused" hypertension).
PROTEIN_HEAD = re.compile(
    r"[\s-]+(?:amino)?(?:transferase|transaminase|dehydrogenase|kinase|phosphatase|synthase|synthetase|oxidase|"
    r"reductase|hydroxylase|carboxylase|decarboxylase|esterase|lipase|protease|peptidase|deaminase|isomerase|"
    r"ligase|polymerase|cyclase|mutase|receptor|transporter|channel|phosphokinase|binding\s+protein)s?\b", re.IGNORECASE)
# "creatine phosphokinase" and "penicillin-binding protein" are proteins too (found by immunology
# and infectious-disease users: creatine "caused" a lab abnormality, and ceftaroline bound penicillins).

#: After the ions or molecules a carrier moves, the carrier's name: "sodium-glucose cotransporter
#: 2", "sodium-hydrogen exchanger NHE1", "proton pump", "sodium channel" (found by a cardiology
#: user: sodium and hydrogen were drugs, and sodium "inhibited" SLC9A1). One more carried
#: word may come between ("sodium-glucose"); a process ("sodium-glucose cotransport") is none.
CARRIER_AFTER = re.compile(r"(?:[-/–][a-z]+)?[\s-]+(?:co|sym|anti)?(?:transporters?|porters?|exchangers?|pumps?|"
                           r"channels?|ATPases?)\b", re.IGNORECASE)

#: A name that ends in such a word is a protein's ("alanine aminotransferase" as one span).
PROTEIN_NAME = re.compile(PROTEIN_HEAD.pattern + r"$", re.IGNORECASE)

#: After a name: the word that makes it a trial's or a study's ("the SOLAR-1 trial",
#: "KEYNOTE-024 study"), which the tagger reads as a gene's symbol.
STUDY_AFTER = re.compile(r"[\s-]+(?:trials?|study|studies|investigators|cohorts?|programm?e?)\b", re.IGNORECASE)

#: After a short symbol, a lineage's or a version's number: "Omicron BA.1", "BA.2.86", "XBB.1.5",
#: "JN.1" name a virus's lineage, no drug or disease (found by an infectious-disease user: "BA"
#: of BA.1 was the drug barium). A tagger's span of the whole lineage is none either.
LINEAGE_AFTER = re.compile(r"\.\d")
LINEAGE = re.compile(r"[A-Z]{1,5}(?:\.\d{1,3})+")

__all__ = ["CARRIER_AFTER", "GENE_FAMILIES", "LINEAGE", "LINEAGE_AFTER", "PROTEIN_FAMILIES", "PROTEIN_HEAD", "PROTEIN_NAME", "STOP_NAMES", "STOP_SYMBOLS", "STUDY_AFTER"]

#: Chemicals that abstracts mostly name as a lab value ("serum creatinine", "glutathione
#: levels"), lower-cased labels: next to a word of measurement they are no agent given
#: (:func:`kg.extract.relations.measured`). Drugs measured as levels ("digoxin
#: concentrations", "serum lithium") stay agents: their levels are what harms.
ANALYTES = frozenset(name.strip() for name in """creatinine, urea, blood urea nitrogen, glucose, cholesterol,
    triglycerides, triglyceride, bilirubin, albumin, glutathione, malondialdehyde, uric acid, lactate, lactic acid,
    potassium, sodium, calcium, magnesium, phosphate, phosphorus, chloride, bicarbonate, hemoglobin, haemoglobin,
    insulin, cortisol, nitric oxide, nitrite, nitrate, homocysteine, ferritin, iron, ammonia, hydrogen peroxide,
    superoxide, testosterone, estradiol, progesterone, prolactin, thyroxine, triiodothyronine, creatine,
    catecholamines, norepinephrine, epinephrine, dopamine, serotonin, histamine, cyclic amp, reactive oxygen species,
    nitrogen, oxygen, carbon dioxide""".split(","))

#: Chemical elements and the ions of the body's fluids, lower-cased, as abstracts name them:
#: measured ("sweat chloride", "serum potassium") or describing a disease's or a regimen's kind
#: ("platinum-sensitive", "platinum-based") far more often than given as a drug
#: (:func:`kg.extract.entities.drop_unadministered_elements`).
ELEMENTS = frozenset("""sodium potassium calcium magnesium chloride bicarbonate phosphate phosphorus sulfate
    sulphate nitrate bromide iodide fluoride ammonium hydrogen carbonate chlorine iodine fluorine bromine iron
    copper zinc selenium manganese cobalt chromium nickel molybdenum lithium platinum gold silver arsenic lead
    mercury cadmium aluminium aluminum bismuth gallium strontium barium boron silicon titanium vanadium
    thallium gadolinium""".split())
