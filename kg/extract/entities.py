"""Find entity mentions in a document: lexicon names, coordinations, abbreviations.

Consumes a :class:`~kg.model.Document` and a :class:`~kg.extract.lexicon.Lexicon`;
produces :class:`~kg.model.Mention` objects in reading order. Drug classes are
returned separately, since they describe a drug rather than name an entity.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.lexicon import Lexicon, Match, fold
from kg.extract.stoplist import (
    ANALYTES,
    CARRIER_AFTER,
    ELEMENTS,
    LINEAGE_AFTER,
    PROTEIN_FAMILIES,
    PROTEIN_HEAD,
    STOP_NAMES,
)
from kg.model import ENTITY_TYPES, Document, Entity, Mention

_COORDINATED = re.compile(r"([\w-]+)\s*(?:,\s*|\s+)(?:and/or|or|and)\s+$")
# The short form may be followed by more in its bracket: "dexrazoxane (DEX, 25 mg/kg)",
# "olanzapine/samidorphan (OLZ/SAM; 10 mg …)" (found by a psychiatry user: DEX was
# dexamethasone and SAM ademetionine, which took the trial's arms).
_PAREN = re.compile(r"\(([^()\s,;][^()\s,;]{0,9}(?: [^()\s,;]{1,8})?)(?:[,;]\s[^()]{0,80})?\)")
#: After a name, what makes it a gene's: "BRCA-mutated ovarian cancer", "IDH-mutant", "an IDH
#: inhibitor" (found by a new user: BRCA was read as breast carcinoma, IDH as a dermatitis).
_GENE_AFTER = re.compile(r"[\s-](?:mutated|mutant|mutations?|rearranged|amplified|deficient|proficient|wild-type|"
                         r"inhibitors?|inhibition|fusions?)\b", re.IGNORECASE)

#: After a symbol, what makes it a microbe's trait or part of an instrument's name, no disease:
#: "KPC-producing Klebsiella pneumoniae", "NDM-positive isolates", "MDS-UPDRS Part II" (found by
#: infectious-disease and neurology users: KPC was keratoconus, MDS myelodysplastic syndrome).
#: An instrument's part is an acronym of four or more capitals; shorter ones name a disease's
#: phase or subtype ("CML-CP", "ALS-FTD") and keep the disease.
_MICROBE_TRAIT_AFTER = re.compile(r"-(?:producing|positive\s+(?:isolates|strains|organisms|bacteria|infections?))\b",
                                  re.IGNORECASE)
_INSTRUMENT_AFTER = re.compile(r"-[A-Z]{4,}\b")
_SYMBOL = re.compile(r"[A-Z][A-Z0-9]{1,5}")


#: In a symbol's sentence, words of bacterial resistance: "isolates producing both KPC and a
#: metallo-beta-lactamase such as NDM-1", "OXA-48-like carbapenemases". There "KPC", "NDM-1",
#: "VIM-2" are enzymes, no diseases (found by an infectious-disease user: NDM was neonatal
#: diabetes mellitus and KPC keratoconus posticus circumscriptus, both "treated" by cefiderocol).
_RESISTANCE_CONTEXT = re.compile(r"lactamases?\b|carbapenemases?\b|\bESBLs?\b|\bproduc(?:ing|ers?)\b|\bisolates\b|"
                                 r"\bharbou?r(?:ing|ed)\b|Enterobacter(?:ales|iaceae)\b|\bcarbapenem-resistant\b",
                                 re.IGNORECASE)
#: A numbered member of an enzyme's family: "NDM-1", "KPC-3", "OXA-48", "VIM-2".
_MEMBER_NUMBER = re.compile(r"-\d{1,3}(?![\w.-])")


def _no_disease_after(text: str, match: Match) -> bool:
    """Whether a disease's symbol is glued to a word that makes it no disease (:data:`_MICROBE_TRAIT_AFTER`),
    or is an enzyme's in a sentence about bacterial resistance (:data:`_RESISTANCE_CONTEXT`)."""
    if _SYMBOL.fullmatch(match.text) is None:
        return False
    if _MICROBE_TRAIT_AFTER.match(text, match.end) is not None or _INSTRUMENT_AFTER.match(text, match.end) is not None:
        return True
    start = max(text.rfind(". ", 0, match.start), text.rfind("\n", 0, match.start), 0)
    end = min(i for i in (text.find(". ", match.end), text.find("\n", match.end), len(text)) if i >= 0)
    return _RESISTANCE_CONTEXT.search(text, start, end) is not None and (
        _MEMBER_NUMBER.match(text, match.end) is not None or re.search(
            r"lactamase|carbapenemase|ESBL|produc", text[start:end], re.IGNORECASE) is not None)


#: A number glued to a symbol: "SF-36", "PHQ-9", "KPC-3".
_NUMBER_AFTER = re.compile(r"-(\d{1,3})(?![\w-])")


def _numbered_other(text: str, match: Match, lexicon: Lexicon) -> bool:
    """Whether a gene's symbol is glued to a number that makes it another name: "SF-36" is a
    health survey, no HGF ("SF", scatter factor; found by a neurology user). Where the
    symbol with its number names a gene ("IL-6") the lexicon matched the whole."""
    number = _NUMBER_AFTER.match(text, match.end) if _SYMBOL.fullmatch(match.text) else None
    return number is not None and not any(
        e.type == "Target" for name in (text[match.start:number.end()], match.text + number.group(1))
        for e in lexicon.lookup(name))


def _gene_numbered(text: str, match: Match, lexicon: Lexicon) -> Mention | None:
    """The gene a disease's symbol names when glued to a number, its symbol written with a
    hyphen: "BRCA-1 mutations" name BRCA1, no breast carcinoma ("BRCA") (a leftover of the
    fifth session's trials). The lexicon leaves "BRCA-1" out because its stem names a disease.
    Only where every reading of the joined symbol is a gene: "SCA-3" and "ALS-2" stay the
    diseases (SCA3 and ALS2 name a gene and a disease).

    >>> from kg.extract.lexicon import load_lexicon
    >>> lexicon = load_lexicon()
    >>> text = "BRCA-1 carriers"
    >>> _gene_numbered(text, next(m for m in lexicon.find(text) if m.text == "BRCA"), lexicon).entity.label
    'BRCA1'
    """
    number = _NUMBER_AFTER.match(text, match.end) if _SYMBOL.fullmatch(match.text) else None
    if number is None:
        return None
    readings = lexicon.lookup(match.text + number.group(1))
    if not readings or any(e.type != "Target" for e in readings):
        return None
    return Mention(match.start, number.end(), text[match.start:number.end()], readings[0])


def find_entities(document: Document, lexicon: Lexicon) -> tuple[list[Mention], list[Match]]:
    """Find the entity mentions and drug-class phrases of a document.

    :returns: ``(mentions, drug_class_matches)``, each in reading order.

    >>> from kg.extract.lexicon import load_lexicon
    >>> doc = Document(source="x", title="t", text="progression-free and overall survival")
    >>> [(m.text, m.entity.label) for m in find_entities(doc, load_lexicon())[0]]
    [('progression-free and overall survival', 'progression-free survival'), ('overall survival', 'overall survival')]
    """
    text = document.text
    matches = lexicon.find(text)
    classes = [m for m in matches if m.entity.type == "DrugClass"]
    mentions = [
        Mention(m.start, m.end, m.text, m.entity, alternatives=tuple(a.curie for a in m.alternatives))
        for m in matches
        if m.entity.type in ENTITY_TYPES
        and not (m.entity.type in ("Drug", "Disease") and PROTEIN_HEAD.match(text, m.end))
        and not (m.entity.type == "Drug" and CARRIER_AFTER.match(text, m.end))
        and not (m.entity.type == "Disease" and (_GENE_AFTER.match(text, m.end) or _no_disease_after(text, m)))
        and not (m.entity.type in ("Drug", "Disease") and _SYMBOL.fullmatch(m.text) and LINEAGE_AFTER.match(text, m.end))
        and not (m.entity.type == "Target" and _numbered_other(text, m, lexicon))
    ]
    numbered = {(m.start, m.end): gene for m in matches if m.entity.type == "Disease"
                and (gene := _gene_numbered(text, m, lexicon)) is not None}
    if numbered:
        mentions = [m for m in mentions if (m.start, m.end) not in numbered] + list(numbered.values())
    mentions = _no_drugs(text, mentions, lexicon)
    mentions = _bracketed_receptors(text, mentions, lexicon)
    mentions = _virus_infections(text, mentions, lexicon)
    mentions = _weight_as_efficacy(text, mentions, lexicon)
    mentions = _code_names(text, mentions)
    mentions = _coordinations(text, mentions, lexicon)
    mentions = _slashed(text, mentions, lexicon)
    mentions = _ranges(text, mentions, lexicon)
    mentions = _integrins(text, mentions, lexicon)
    mentions = _abbreviations(text, mentions)
    mentions = _by_document(mentions, lexicon)
    mentions.sort(key=lambda m: (m.start, -m.end, m.entity.curie))
    return mentions, classes


#: A microbe's binomial ("Aspergillus fumigatus", "Enterococcus faecium", "K. pneumoniae"), which
#: DrugBank lists as an allergen extract: the organism, no drug given (found by an
#: infectious-disease user: the fungus "treated" the infections it caused). The genus ends as
#: microbes' genera do and the epithet as a Latin one, so "Interferon alfa" or "Sodium oxybate"
#: are no binomials.
ORGANISM = re.compile(r"(?:[A-Z][a-z]{2,}(?:us|um|a|es|as|er|myces|is)|[A-Z]\.)\s[a-z]{3,}(?:us|um|a|ae|is|ii|i|es|ans|ens)")
#: A drug's name read in an antigen's: MeSH's "HLA-B27 Antigen", "HBsAg" (found by immunology and
#: hepatology users: HLA-B27 "treated" ankylosing spondylitis). An HLA type is its gene's allele group.
_ANTIGEN_LABEL = re.compile(r".*\b(?i:antigens?)|.*[a-z]Ag")
_HLA_GROUP = re.compile(r"(HLA-(?:D[A-Z]{1,2}[0-9]|[A-Z]{1,3}))\*?[0-9]{1,4}")
#: A salt after a drug's name is part of it: "inclisiran sodium", "warfarin sodium", "rosuvastatin
#: calcium" (found by a cardiology user: sodium was a second drug given).
_SALT = re.compile(r"\s+(?:sodium|potassium|calcium|magnesium|hydrochloride|mesylate|maleate|besylate|tartrate|"
                   r"citrate|succinate|fumarate|sulfate|sulphate|phosphate|acetate|bromide|chloride)(?![\w-])", re.IGNORECASE)


def organism_or_antigen(name: str) -> bool:
    """Whether a name is a microbe's binomial or an antigen's, no drug's (:data:`ORGANISM`).

    >>> [organism_or_antigen(n) for n in ("Aspergillus fumigatus", "HBsAg", "Interferon alfa", "Silver")]
    [True, True, False, False]
    """
    return ORGANISM.fullmatch(name) is not None or _ANTIGEN_LABEL.fullmatch(name) is not None


def _no_drugs(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Drop drug readings of organisms and antigens (an HLA type becomes its gene) and join a
    drug's salt to its name (:data:`ORGANISM`, :data:`_ANTIGEN_LABEL`, :data:`_SALT`)."""
    out: list[Mention] = []
    salts: set[tuple[int, int]] = set()
    for mention in mentions:
        if mention.type != "Drug" or (mention.start, mention.end) in salts:
            if (mention.start, mention.end) not in salts:
                out.append(mention)
            continue
        if ORGANISM.fullmatch(mention.text):
            continue
        if _ANTIGEN_LABEL.fullmatch(mention.entity.label) or _ANTIGEN_LABEL.fullmatch(mention.text):
            group = _HLA_GROUP.fullmatch(mention.text)
            gene = next((e for e in lexicon.lookup(group.group(1)) if e.type == "Target"), None) if group else None
            if gene is not None:
                out.append(Mention(mention.start, mention.end, mention.text, gene, how=mention.how))
            continue
        salt = _SALT.match(text, mention.end)
        if salt is not None:
            salts |= {(m.start, m.end) for m in mentions
                      if m.type == "Drug" and salt.start() < m.start and m.end == salt.end()}
            mention = Mention(mention.start, salt.end(), text[mention.start:salt.end()], mention.entity,
                              how=mention.how, alternatives=mention.alternatives)
        out.append(mention)
    return out


#: A short form in brackets and then "receptor": "calcitonin gene-related peptide (CGRP) receptor",
#: "N-methyl-D-aspartate (NMDA) receptor".
_BRACKET_RECEPTOR = re.compile(r"\s*\(\s*([^()\s]{1,12})\s*\)[\s-]+receptors?\b", re.IGNORECASE)


def _bracketed_receptors(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Read "<ligand> (<short>) receptor" as the receptor, never as its ligand or a chemical.

    "blocks the calcitonin gene-related peptide (CGRP) receptor" is CALCRL, not CALCA, the
    ligand; "the N-methyl-D-aspartate (NMDA) receptor" is no drug N-methyl-D-aspartate (found by
    neurology users). The whole span takes the gene the lexicon names "<long> receptor" or
    "<short> receptor" by; with none, neither the ligand nor its short form is a mention.

    >>> from kg.extract.lexicon import load_lexicon
    >>> doc = Document(source="x", title="t", text="It blocks the calcitonin gene-related peptide (CGRP) receptor.")
    >>> [(m.text, m.entity.label) for m in find_entities(doc, load_lexicon())[0]]
    [('calcitonin gene-related peptide (CGRP) receptor', 'CALCRL')]
    """
    out: list[Mention] = []
    inside: set[tuple[int, int]] = set()
    for mention in mentions:
        if (mention.start, mention.end) in inside:
            continue
        found = _BRACKET_RECEPTOR.match(text, mention.end) if mention.type in ("Target", "Drug", "Disease") else None
        if found is None:
            out.append(mention)
            continue
        inside |= {(m.start, m.end) for m in mentions if found.start(1) <= m.start and m.end <= found.end(1)}
        out = [m for m in out if not (found.start(1) <= m.start and m.end <= found.end(1))]
        gene = next((e for name in (f"{mention.text} receptor", f"{found.group(1)} receptor")
                     for e in lexicon.lookup(name) if e.type == "Target"), None)
        if gene is not None:
            out.append(Mention(mention.start, found.end(), text[mention.start:found.end()], gene, how="pattern"))
    return out


#: A virus's short name, its genotype or strain after it, then "infection": "HCV genotype 1
#: infection", "chronic HBV infection", "CMV infections".
_VIRUS_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,4}V(?:-[12])?)(?:\s+(?:genotypes?|GT|subtypes?|serotypes?)\s*"
                           r"[0-9][0-9a-z]?(?:\s*(?:/|,|or|and)\s*[0-9][0-9a-z]?)*)?[\s-]+$")
#: The short names of viruses the vocabularies name their infection by in full only (a closed class).
_VIRUSES = {"HCV": "hepatitis C virus", "HBV": "hepatitis B virus", "HDV": "hepatitis D virus", "HEV": "hepatitis E virus",
            "EBV": "Epstein-Barr virus", "HPV": "human papillomavirus", "VZV": "varicella zoster virus",
            "CMV": "cytomegalovirus", "RSV": "respiratory syncytial virus", "HIV": "HIV"}


def _virus_infections(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Read "<virus> … infection" as the virus's disease, not the generic infection: "patients with
    HCV genotype 1 infection" is hepatitis C virus infection, not MeSH's Infections (found by an
    infectious-disease user). The virus's short name, then its name in full, must make a disease's
    name of the lexicon with "infection"; else the mention stands.

    >>> from kg.extract.lexicon import load_lexicon
    >>> doc = Document(source="x", title="t", text="patients with HCV genotype 1 infection")
    >>> [(m.text, m.entity.label) for m in find_entities(doc, load_lexicon())[0]]
    [('HCV genotype 1 infection', 'hepatitis C virus infection')]
    """
    out: list[Mention] = []
    for mention in mentions:
        virus = (_VIRUS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                 if mention.type == "Disease" and mention.text.lower() in ("infection", "infections") else None)
        if virus is not None:
            short = virus.group(1)
            names = (f"{short} infection", f"{_VIRUSES.get(short.split('-')[0], short)} infection")
            disease = next((e for name in names for e in lexicon.lookup(name) if e.type == "Disease"), None)
            if disease is not None:
                out = [m for m in out if not (virus.start() <= m.start and m.end <= mention.start)]
                mention = Mention(virus.start(1), mention.end, text[virus.start(1):mention.end], disease, how="pattern")
        out.append(mention)
    return out


#: A change of weight, which vocabularies list as a harm (MeSH's "Weight Loss") and obesity
#: trials measure as their efficacy: "produced greater weight loss than semaglutide", "mean
#: weight reduction of 15%" (found by a cardiology user: tirzepatide caused Weight Loss).
_WEIGHT_CHANGE = re.compile(r"(?:body[\s-]+)?weight[\s-]+(?:loss|reduction|decrease|change)(?:es|s)?", re.IGNORECASE)
#: What makes it the measure compared or counted, not a harm had.
_EFFICACY_BEFORE = re.compile(r"\b(?:greater|more|less|larger|smaller|superior|inferior|additional|mean|median|average|"
                              r"significant|substantial|placebo-adjusted|sustained|clinically\s+meaningful|relative|"
                              r"percent(?:age)?|\d+(?:\.\d+)?\s*%)\s+(?:\w+\s+)?$", re.IGNORECASE)
_EFFICACY_AFTER = re.compile(r"\s*(?:\(\s*[-–−]?\d|(?:of|was|were)\s+[-–−]?\d|than\b|from\s+baseline\b|of\s+at\s+least\b)",
                             re.IGNORECASE)


def _weight_as_efficacy(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Read a change of weight compared or counted as a measure of efficacy, the body-weight
    endpoint, not a harm or a disease (:data:`_WEIGHT_CHANGE`); "did not cause weight loss"
    stays the harm.

    >>> from kg.extract.lexicon import load_lexicon
    >>> doc = Document(source="x", title="t", text="Tirzepatide produced greater weight loss than semaglutide.")
    >>> [(m.text, m.curie) for m in find_entities(doc, load_lexicon())[0] if m.text == "weight loss"]
    [('weight loss', 'kgr:endpoint-body-weight')]
    """
    endpoint = lexicon.entities.get("kgr:endpoint-body-weight")
    if endpoint is None:
        return mentions
    return [Mention(m.start, m.end, m.text, endpoint, how=m.how)
            if (m.type in ("Disease", "AdverseEvent") and _WEIGHT_CHANGE.fullmatch(m.text)
                and (_EFFICACY_BEFORE.search(text, max(0, m.start - 40), m.start) or _EFFICACY_AFTER.match(text, m.end)))
            else m for m in mentions]


#: A company's code for a drug in development: its sponsor's prefix and a number ("BIIB122",
#: "DNL151", "ABBV-951", "LY3298176", "AZD9291", "PF-06463922"), which no vocabulary lists
#: yet (found by a neurology user: "BIIB122 (DNL151) is a selective … LRRK2 kinase inhibitor"
#: named no drug). Only sponsors' prefixes: cell lines ("HCT116", "SW480") and registrations
#: ("NCT01234567") have the same shape.
DRUG_CODE = re.compile(r"(?<![\w-])(?:ABBV|ABT|AMG|ARQ|ARRY|AZD|BAY|BGB|BIIB|BLU|BMS|CC|DNL|GDC|GSK|INCB|JNJ|LOXO|"
                       r"LY|MEDI|MK|PF|REGN|RO|SAR|TAK|ONO|IMGN|SGN|CPI|BI)-?\d{3,8}(?![\w-])")


def _code_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Add a mention of each drug code (:data:`DRUG_CODE`) no other mention covers, as a drug
    of the document's own (``kgr:entity-chemical-biib122``); a code in brackets right after
    another ("BIIB122 (DNL151)") or after a named drug ("Dacomitinib (PF00299804)", found in
    review: a drug of its own took the drug's resistance) is the same drug's.

    >>> [(m.text, m.curie) for m in _code_names("BIIB122 (DNL151) and HCT116 cells", [])]
    [('BIIB122', 'kgr:entity-chemical-biib122'), ('DNL151', 'kgr:entity-chemical-biib122')]
    """
    added: list[Mention] = []
    drugs = [m for m in mentions if m.type == "Drug"]
    for code in DRUG_CODE.finditer(text):
        if any(m.start < code.end() and code.start() < m.end for m in mentions):
            continue
        before = next((m for m in reversed(added + drugs) if text[m.end:code.start()] in (" (", "(")), None)
        entity = before.entity if before is not None else Entity(
            f"kgr:entity-chemical-{code.group().lower()}", "Drug", code.group())
        added.append(Mention(code.start(), code.end(), code.group(), entity, how="pattern"))
    return sorted(mentions + added, key=lambda m: (m.start, -m.end, m.entity.curie)) if added else mentions


def _by_document(mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Read an ambiguous name as the one of its entities the document names unambiguously.

    "TRK" is an alias of both TPM3 and NTRK1; in a paper that names NTRK1 it is NTRK1
    (found by a new user: "TRK fusion" was a TPM3 fusion). With none or several of its
    readings named elsewhere, the lexicon's first reading stands.
    """
    sure = {m.curie for m in mentions if not m.alternatives}
    out = []
    for mention in mentions:
        if mention.alternatives and mention.curie not in sure:
            named = [c for c in mention.alternatives if c in sure]
            entity = lexicon.entities.get(named[0]) if len(named) == 1 else None
            # A curated reading (checked by hand) does not give way to a generated one: "cirrhosis"
            # stays cirrhosis of liver in a paper that names fibrosis (found by a respiratory user).
            if entity is not None and lexicon.is_curated(mention.curie) and not lexicon.is_curated(entity.curie):
                entity = None
            if entity is not None and entity.type == mention.type:
                others = tuple(c for c in (mention.curie, *mention.alternatives) if c != entity.curie)
                mention = Mention(mention.start, mention.end, mention.text, entity, how=mention.how,
                                  inferred=mention.inferred, alternatives=others)
        out.append(mention)
    return out


#: The generic diseases ("tumour", "cancer"), which a demonstrative makes a reference back.
GENERIC_DISEASES = frozenset({"MONDO:0005070", "MONDO:0004992"})
#: How far back (characters: about two sentences) an antecedent must be the only disease named.
_ANTECEDENT_WINDOW = 300
_DEMONSTRATIVE = re.compile(r"\b(?:such|these|this|those|the\s+same)\s+$", re.IGNORECASE)


#: After a drug's name, a word that makes it a class named after the drug.
_ANALOGUE_AFTER = re.compile(r"[\s-]+analog(?:ue)?s?\b", re.IGNORECASE)


def drop_analogues(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a drug named only as the root of a class: "thymidine analogue mutations" are
    mutations selected by zidovudine and stavudine, not by thymidine (found by a new user).

    >>> drug = Entity("CHEBI:17748", "Drug", "thymidine")
    >>> drop_analogues("thymidine analogue mutations", [Mention(0, 9, "thymidine", drug)])
    []
    """
    return [m for m in mentions if not (m.type == "Drug" and _ANALOGUE_AFTER.match(text, m.end))]


#: After a chemical's name, words that make it the root of a class of other drugs: "a vitamin K
#: antagonist", "dopamine agonists", "urate-lowering therapy". The corpora annotate the
#: chemical, so it stays a mention; it is no agent of the sentence (found by a
#: pharmacogenomics user: vitamin K inhibited VKORC1 and uric acid treated gout).
_CLASS_ROOT_AFTER = re.compile(r"[\s-]+(?:receptor\s+)?(?:antagonists?|agonists?|blockers?)\b|-lowering\b|"
                               # "a serotonin-releasing agent", "serotonin reuptake inhibitors" (a neurology user)
                               r"[\s-]+(?:releasing|reuptake)\b", re.IGNORECASE)


#: After a body's own substance (:data:`~kg.extract.stoplist.ANALYTES`), a word of its physiology
#: or its measure: "intestinal cholesterol absorption", "myocardial sodium handling", "glucose
#: uptake", "cholesterol levels". The substance is what a drug acts on or is measured by, no
#: agent (found by a cardiology user: cholesterol inhibited NPC1L1, ezetimibe's target, and
#: sodium targeted SLC5A2).
_PHYSIOLOGY_AFTER = re.compile(r"[\s-]+(?:absorption|reabsorption|handling|homeostasis|metabolism|transport|uptake|"
                               r"efflux|influx|excretion|synthesis|biosynthesis|balance|secretion|turnover|flux|"
                               r"levels?|concentrations?)\b", re.IGNORECASE)
#: Before a body's own substance, or opening a name (MeSH's "Blood Glucose"): the fluid it is
#: measured in ("without changing blood glucose", found by a cardiology user: Blood Glucose
#: was a drug that took a trial's control arm's LVEF).
_FLUID_BEFORE = re.compile(r"\b(?:serum|plasma|blood|urine|urinary|fasting|circulating)\s+$", re.IGNORECASE)
_FLUID_NAME = re.compile(r"(?:serum|plasma|blood|urine|urinary)\s", re.IGNORECASE)


def class_root(text: str, mention: Mention) -> bool:
    """Whether a drug mention only names the class of other drugs (:data:`_CLASS_ROOT_AFTER`), or
    the body's own substance as physiology or a measure (:data:`_PHYSIOLOGY_AFTER`,
    :data:`_FLUID_BEFORE`): either way a mention, no agent of the sentence.

    >>> class_root("Warfarin is a vitamin K antagonist", Mention(14, 23, "vitamin K", Entity("x", "Drug", "vitamin K")))
    True
    >>> chol = Entity("DRUGBANK:DB04540", "Drug", "Cholesterol")
    >>> class_root("inhibits cholesterol absorption", Mention(9, 20, "cholesterol", chol))
    True
    >>> class_root("cholesterol was given", Mention(0, 11, "cholesterol", chol))
    False
    """
    if mention.type != "Drug":
        return False
    if _CLASS_ROOT_AFTER.match(text, mention.end) is not None or _FLUID_NAME.match(mention.text) is not None:
        return True
    return (mention.entity.label.lower() in ANALYTES or mention.text.lower() in ANALYTES) and (
        _PHYSIOLOGY_AFTER.match(text, mention.end) is not None
        or _FLUID_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None)


#: A genotype of two alleles ("CC homozygotes", "the TT genotype"), which the lexicon reads as a
#: drug's short form (found by a pharmacogenomics user: "CC" was cholecalciferol, with an odds
#: ratio of myopathy).
_GENOTYPE = re.compile(r"[ACGT]{2}|[ACGT]/[ACGT]")
_GENOTYPE_AFTER = re.compile(r"\s+(?:genotypes?|homozyg\w*|heterozyg\w*|carriers?|alleles?|variants?)\b", re.IGNORECASE)
_GENOTYPE_BEFORE = re.compile(r"\b(?:genotypes?|alleles?)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: An amino acid named with its position is a protein's residue, no chemical given ("irreversibly
#: binds cysteine 797", found by an oncology user: cysteine took osimertinib's mutations).
_AMINO_ACIDS = frozenset("""alanine arginine asparagine aspartate glutamate glutamine glycine histidine isoleucine leucine
    lysine methionine phenylalanine proline serine threonine tryptophan tyrosine valine cysteine""".split())
# (not a dose: "glycine 0.8 g/kg", "cysteine 15 mg/kg", found in review)
_RESIDUE_AFTER = re.compile(r"[\s-]?\d{1,4}\b(?![.,]\d)(?!\s*(?:[mµnk]?g|mcg|m?mol|mM|%|m?[lL]|IU|units?|times)\b)")
#: A liver fibrosis stage ("F2 or F3", "stage F3", "F1B", "F2-F4"), which the lexicon reads as the
#: gene symbols F2 (prothrombin) and F3 (found by a respiratory/hepatology user: "fibrosis stage F2
#: or F3" was prothrombin associated with NASH). Only with a stage's context: a staging word
#: before it or "fibrosis" after it ("F2 and F3 levels" are the coagulation factors).
_FIBROSIS_STAGE = re.compile(r"F[0-4][a-cA-C]?")
_STAGE_BEFORE = re.compile(r"\b(?:stages?|fibrosis|METAVIR|Kleiner|Ishak|NASH\s+CRN)\b[^.;)]{0,25}$", re.IGNORECASE)
_STAGE_AFTER = re.compile(r"(?:\s*(?:,|or|and|to|-|–|/)\s*F[0-4][a-cA-C]?\b)*\)?\s+(?:liver\s+)?fibrosis\b", re.IGNORECASE)

#: A chemical in a lab ratio ("sodium-to-potassium ratio", "lactate/pyruvate ratio") is measured,
#: no drug given (found by a nephrology user: the creatinine of "albumin-to-creatinine ratio of
#: 200 to 5000 mg/g" took a trial's arm and caused CKD).
_RATIO_AFTER = re.compile(r"(?:-to-|\s*[/:]\s*)[\w-]+\s+ratios?\b", re.IGNORECASE)     # the first of the two
_RATIO_BEFORE = re.compile(r"[\w-]+(?:-to-|\s*[/:]\s*)$")                                 # the second
_RATIO = re.compile(r"\s+ratios?\b", re.IGNORECASE)
#: A symptom's threshold is a measure, no symptom had: "full-field light sensitivity threshold",
#: "pain threshold" (found by a nephrology/ophthalmology user: light sensitivity was Photophobia).
_THRESHOLD_AFTER = re.compile(r"[\s-]+thresholds?\b", re.IGNORECASE)
#: A chemical that names a protein's modification or a part of it, no drug given: "the N-terminal
#: pyroglutamate amyloid-beta epitope", "pyroglutamate-modified Aβ" (found by a neurology user:
#: pidolic acid targeted APP). A gene's mention may come between the chemical and the epitope.
_EPITOPE_AFTER = re.compile(r"[\s-]+(?:neo-?)?epitopes?\b|-modified\b|[\s-]+(?:modifications?|adducts?)\b", re.IGNORECASE)
_TERMINAL_BEFORE = re.compile(r"\b[NC]-terminal(?:ly)?[\s-]+$")
#: Before "swelling", what makes it an assay's read-out of cells, no harm had: CFTR's
#: forskolin-induced swelling of intestinal organoids ("increased organoid swelling",
#: "forskolin-induced swelling (FIS)"), cells' or mitochondria's swelling in vitro (found by a
#: cystic-fibrosis user: ivacaftor's organoid swelling was the adverse event edema).
_ASSAY_SWELLING_BEFORE = re.compile(r"\b(?:organoids?|organoid[\s-]+(?:culture|model)s?|cells?|cellular|"
                                    r"mitochondrial|forskolin[\s-]*(?:-|\s)induced|FIS)[\s-]+$", re.IGNORECASE)
_SWELLING = re.compile(r"swellings?", re.IGNORECASE)
#: After "swelling", the organoids it is of: "swelling of patient-derived intestinal organoids".
_ASSAY_SWELLING_AFTER = re.compile(r"\s+(?:assays?\b|of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}organoids?\b)", re.IGNORECASE)


#: Before an element or ion: the fluid or compartment it is measured in ("sweat chloride",
#: "serum potassium", "intracellular calcium").
#: Before an element or ion: sweat, whose chloride is an endpoint's name ("sweat chloride").
#: Blood's ions ("serum potassium") stay chemicals, as the corpora mark them.
_ELEMENT_MEASURED_BEFORE = re.compile(r"\bsweat[\s-]+$", re.IGNORECASE)
#: After an element or ion: a measure of it in sweat ("chloride concentrations in sweat"), or
#: the trait of a disease or regimen it names ("platinum-based chemotherapy", "platinum-free
#: interval", "platinum-sensitive ovarian cancer").
_ELEMENT_MEASURED_AFTER = re.compile(
    r"[\s-]+(?:levels?|concentrations?|values?|secretion|transport|conductance)\s+(?:in|of)\s+(?:the\s+)?sweat\b"
    r"|-(?:based|containing|free|doublets?|pre-?treated|na[iï]ve|eligible|ineligible|exposed|intolerant)\b"
    # a kind of disease only before what it qualifies ("platinum-sensitive recurrent ovarian
    # cancer"): "BRCA1 mutations make tumours platinum-sensitive" is a response to platinum
    r"|-(?:sensitive|resistant|refractory)\s+(?!(?:and|or|but|to|in|when|after)\b)[a-z]", re.IGNORECASE)
_ELEMENTS_JOINED = re.compile(r"\s*(?:,\s*)?(?:and/or|and|or|,)\s*")


def drop_unadministered_elements(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the drug mentions of elements and ions (:data:`~kg.extract.stoplist.ELEMENTS`)
    that are sweat's measure or name a kind of disease or regimen, not a drug given.

    "Sweat-chloride concentration decreased", "platinum-sensitive ovarian cancer" and
    "platinum-based chemotherapy" made Chloride ion and Platinum drugs of the paper (found
    by a new user). "Patients received intravenous iron" still gives iron, and "serum
    potassium" potassium: a chemical the corpora mark (dropping blood's ions cost 0.005 F1
    of chemicals on BC5CDR). Applied after the tagger, which may read the same span again.

    >>> cl = Entity("DRUGBANK:DB14547", "Drug", "Chloride ion")
    >>> [m.text for m in drop_unadministered_elements("sweat chloride fell", [Mention(6, 14, "chloride", cl)])]
    []
    """
    elements = [m for m in mentions if m.type == "Drug" and m.how != "pattern" and _element(m)]
    dropped = {m for m in elements if _ELEMENT_MEASURED_BEFORE.search(text, max(0, m.start - 16), m.start) is not None
               or _ELEMENT_MEASURED_AFTER.match(text, m.end) is not None}
    # The ions of one measure, coordinated: "serum potassium and sodium", "sodium and potassium levels".
    for _ in range(2):
        for first, second in zip(elements, elements[1:], strict=False):
            if (first in dropped) != (second in dropped) and _ELEMENTS_JOINED.fullmatch(text, first.end, second.start):
                dropped |= {first, second}
    return [m for m in mentions if m not in dropped]


def _element(mention: Mention) -> bool:
    """Whether a drug mention names an element or ion ("Chloride ion", "platinum", "Potassium")."""
    label = mention.entity.label.lower().removesuffix(" ion").removesuffix(" cation").removesuffix(" anion")
    return label in ELEMENTS or mention.text.lower() in ELEMENTS


def drop_sequence_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a drug or disease read in a genotype's letters (:data:`_GENOTYPE`) or a residue, and a
    gene read in a fibrosis stage (:data:`_FIBROSIS_STAGE`), a drug read in a lab ratio (:data:`_RATIO_AFTER`), a symptom's threshold (:data:`_THRESHOLD_AFTER`), a chemical of an epitope (:data:`_EPITOPE_AFTER`), a protein family's word read as one gene
    (:data:`~kg.extract.stoplist.PROTEIN_FAMILIES`: "actin" of "actin-myosin cross-bridge"), and an assay's
    swelling of organoids or cells read as a harm (:data:`_ASSAY_SWELLING_BEFORE`).

    >>> drug = Entity("DRUGBANK:DB00169", "Drug", "Cholecalciferol")
    >>> drop_sequence_words("among CC homozygotes", [Mention(6, 8, "CC", drug)])
    []
    >>> drop_sequence_words("binds cysteine 797", [Mention(6, 14, "cysteine", Entity("x", "Drug", "Cysteine"))])
    []
    """
    return [m for m in mentions if not (
        (m.type in ("Drug", "Disease") and _GENOTYPE.fullmatch(m.text)
         and (_GENOTYPE_AFTER.match(text, m.end) or _GENOTYPE_BEFORE.search(text, max(0, m.start - 30), m.start)))
        or (m.type == "Drug" and m.text.lower() in _AMINO_ACIDS and _RESIDUE_AFTER.match(text, m.end))
        or (m.type == "Target" and _FIBROSIS_STAGE.fullmatch(m.text)
            and (_STAGE_BEFORE.search(text, max(0, m.start - 40), m.start) or _STAGE_AFTER.match(text, m.end)))
        or (m.type == "Drug" and (_RATIO_AFTER.match(text, m.end) or (
            _RATIO.match(text, m.end) and _RATIO_BEFORE.search(text, max(0, m.start - 40), m.start))))
        or (m.type in ("Disease", "AdverseEvent") and _THRESHOLD_AFTER.match(text, m.end))
        or (m.type == "Drug" and (_EPITOPE_AFTER.match(text, m.end) or _epitope_of_gene(text, m, mentions)
                                  or _TERMINAL_BEFORE.search(text, max(0, m.start - 20), m.start)))
        or (m.type == "Target" and m.text.lower() in PROTEIN_FAMILIES and not _defined_as(text, m, mentions))
        or (m.type in ("Disease", "AdverseEvent") and _SWELLING.fullmatch(m.text)
            and (_ASSAY_SWELLING_BEFORE.search(text, max(0, m.start - 40), m.start)
                 or _ASSAY_SWELLING_AFTER.match(text, m.end))))]


def _epitope_of_gene(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a chemical is followed by a gene's mention and then an epitope's word ("pyroglutamate amyloid-beta epitope")."""
    gene = next((g for g in mentions if g.type == "Target" and g.start > mention.end
                 and re.fullmatch(r"[\s-]+", text[mention.end:g.start])), None)
    return gene is not None and _EPITOPE_AFTER.match(text, gene.end) is not None


def _defined_as(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a mention is followed by a bracket holding a mention of its own entity ("cardiac
    myosin (MYH7)"), which says which member of a family it is."""
    bracket = re.compile(r"\s*\(\s*").match(text, mention.end)
    return bracket is not None and any(m.start == bracket.end() and m.entity == mention.entity for m in mentions)


#: Last words of a long form that name a protein (an enzyme's "-ase" too): its short form is no drug or disease.
_PROTEIN_HEADS = frozenset("protein receptor ligand factor kinase enzyme antigen transporter channel gene".split())
#: Last words of a long form that name a measurement: its short form is no entity but an endpoint.
_MEASURE_HEADS = frozenset("concentration concentrations ratio score index level levels rate time dose area count "
                           "value interval volume clearance".split())
#: An enzyme's name: "carbapenemase", "metallo-beta-lactamase", "kinases" (not "disease", "increase").
_ENZYME = re.compile(r"(?![\w-]*(?:disease|crease|lease|phase|chase|phrase)s?$)[\w-]{3,}ases?")
#: The kinds a long form's head leaves its short form.
_HEAD_KINDS = {"protein": frozenset({"Target", "Mutation"}), "measure": frozenset({"Endpoint"})}
#: Last words of a long form that name a procedure, a dosing, a rating instrument or an imaging
#: finding: its short form is no entity at all (found by cardiology and neurology users:
#: "percutaneous coronary intervention (PCI)" was the gene SERPINA5, "standard-interval dosing,
#: SID" sudden infant death).
_NOTHING_HEADS = frozenset("""intervention interventions procedure procedures surgery surgeries bypass grafting
    implantation transplantation replacement ablation angioplasty stenting dosing regimen regimens schedule
    scale scales questionnaire inventory assessment examination abnormalities abnormality imaging findings
    effusions effusion stimulation therapy radiotherapy ventilation dialysis monitoring""".split())
#: Last words of a long form that name a part of a protein: "myristoyl pocket", "binding site".
_PART_HEADS = frozenset("pocket pockets site sites domain domains region regions loop motif".split())
#: A bracket that gives the long form before its short form: "(standard-interval dosing, SID)".
_LONG_THEN_SHORT = re.compile(r"\(([A-Za-z][\w\s-]{4,80}?),\s*([A-Z][\w-]{1,9})\)")
#: A numbered member of a family the long form names without its number: "New Delhi
#: metallo-beta-lactamase (NDM-1)", "KPC-2" (found by an infectious-disease user: NDM was
#: neonatal diabetes, since the lexicon reads "NDM" of "NDM-1").
_NUMBERED = re.compile(r"([A-Z][A-Za-z]{1,8})-\d{1,3}")


def _defined_long_form(text: str, short: str, before: int) -> str | None:
    """The words right before ``before`` that ``short`` abbreviates (Schwartz–Hearst): the
    shortest run of at most ``len(short) + 5`` words whose first word starts with the short
    form's first letter and holds its letters in order."""
    words = re.findall(r"[\w-]+", text[max(0, before - 200):before])[-(len(short) + 5):]
    for i in range(len(words) - 1, -1, -1):
        long = " ".join(words[i:])
        if words[i][:1].lower() == short[:1].lower() and schwartz_hearst(short, long):
            return long
    return None


#: Two or more words of letters, none ending as a chemical's name does.
_PLAIN_WORDS = re.compile(r"(?!.*(?:ine|ol|ate|ide|one|yl|ium|ane|ene|acid|ester|mab|nib|vir|cin|lin)\b)"
                          r"[A-Za-z]+(?:[\s-][A-Za-z]+)+", re.IGNORECASE)


def drop_redefined(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the lexicon's reading of a short form the text defines as another kind of thing.

    "Klebsiella pneumoniae carbapenemase (KPC)" names an enzyme: KPC is not keratoconus
    posticus circumscriptus here; "minimum inhibitory concentration (MIC)" a measurement, not
    methyl isocyanate (found by a new user). Only a long form that no mention covers and
    whose last word says what it is (an enzyme's "-ase", "receptor", "concentration" …)
    counts, so "programmed death-ligand 1 (PD-L1)" keeps its gene.

    :param mentions: The document's mentions; those of the short form whose type the long
        form's head rules out are dropped, wherever they are in the document.
    """
    mentions = _spelt_out(text, mentions)
    refused: set[tuple[str, str]] = set()      # (short form, entity type) the text rules out
    diseases: dict[str, Mention] = {}           # short form -> the disease its long form's head names
    for short, long, end, bracket in _definitions(text, mentions):
        head_disease = next((m for m in mentions if m.type == "Disease" and m.end == end
                             and m.start > end - len(long)), None)
        if head_disease is not None and " " in long:
            # "treatment-resistant depression (TRD)", "clozapine-induced agranulocytosis (CIA)":
            # a disease's kind, no gene or drug of the lexicon's (found by a psychiatry user:
            # TRD was the T-cell receptor locus, CIA NCOA5); the head's disease stands for it.
            refused |= {(short, "Target"), (short, "Drug"), (short, "Mutation")}
            diseases.setdefault(short, head_disease)
            continue
        head = long.split()[-1].lower()
        kind = ("protein" if head in _PROTEIN_HEADS or _ENZYME.fullmatch(head)
                else "measure" if head in _MEASURE_HEADS else None)
        # A long form that is a mention of another kind than its head says ("granulocyte
        # colony-stimulating factor (G-CSF)", the drug) gave the short form its reading
        # (_abbreviations); one of the head's kind ("metallo-beta-lactamase" ending in the
        # tagger's gene "beta-lactamase") still rules out NDM's other readings.
        if kind is not None and not any(m.start < bracket <= m.end + 1 and m.type not in _HEAD_KINDS[kind]
                                        for m in mentions):
            refused |= {(short, t) for t in ENTITY_TYPES if t not in _HEAD_KINDS[kind]}
        elif head in _PART_HEADS and " " in long and not any(m.start < bracket <= m.end + 1 for m in mentions):
            # A part of a protein names no entity: "specifically targeting the ABL myristoyl
            # pocket (STAMP)" is no TTLL5 (found by a haematology user).
            refused |= {(short, t) for t in ("Drug", "Target", "Disease")}
        elif (head in _NOTHING_HEADS and _PLAIN_WORDS.fullmatch(long)
              and not any(m.start < bracket <= m.end + 1 for m in mentions)):
            # A procedure, dosing, scale or imaging finding is no drug, gene, disease or
            # variant: "PCI", "SID" name nothing; a scale may be an endpoint ("Expanded
            # Disability Status Scale (EDSS)") and a finding an adverse event ("ARIA-E").
            refused |= {(short, t) for t in ("Drug", "Target", "Disease", "Mutation")}
        elif _PLAIN_WORDS.fullmatch(long) and not any(m.start < bracket <= m.end + 1 for m in mentions):
            # A long form of plain words that names nothing kg knows is no drug's and no
            # endpoint's name: "recurrent implantation failure (RIF)" is not rifampin,
            # "systemic vascular resistance (SVR)" no sustained virologic response (found in
            # review); "azidothymidine (AZT)", a chemical's name kg lacks, still is AZT.
            refused |= {(short, "Drug"), (short, "Endpoint")}
    if not refused:
        return mentions
    kept = [m for m in mentions if (m.text, m.type) not in refused]
    taken = [(m.start, m.end) for m in kept]
    for short, disease in diseases.items():
        for use in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            if not any(s < use.end() and use.start() < e for s, e in taken):
                kept.append(Mention(use.start(), use.end(), short, disease.entity, how="abbreviation"))
    return sorted(kept, key=lambda m: (m.start, -m.end, m.entity.curie))


#: A short form of capitals, and the words no long form's initial stands for.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_FUNCTION_WORDS = frozenset("the and for with than that this from into was were are has had not".split())
_CONTENT_WORD = re.compile(r"[a-z]{4,}")
#: What one undergoes is a procedure: "carriers undergoing PCI" (found by a pgx user: SERPINA5).
_UNDERGONE = re.compile(r"\bunder(?:go|goes|going|went|gone)\s+$", re.IGNORECASE)


def _spelt_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop the lexicon's alias reading of a short form the document spells out as something else.

    "transverse aortic constriction (TAC)" is no persistent truncus arteriosus; "PCI" in a paper
    that writes "percutaneous coronary intervention" (in brackets or not, before or after) is no
    SERPINA5 (found by cardiology and pharmacogenomics users); nor is a short form one undergoes
    ("carriers undergoing PCI"), a procedure. The spelt-out phrase has one word
    per capital, each starting with it, and shares no word with the reading's names. Only an
    alias reading gives way: a gene's approved symbol ("ALK", "MET") stays the gene.

    >>> truncus = Entity("MONDO:0018072", "Disease", "persistent truncus arteriosus", synonyms=("truncus arteriosus",))
    >>> text = "mice after transverse aortic constriction (TAC). TAC worsened it."
    >>> [m.text for m in _spelt_out(text, [Mention(43, 46, "TAC", truncus), Mention(49, 52, "TAC", truncus)])]
    []
    """
    drop: set[tuple[str, str]] = set()
    for short, entity in {(m.text, m.entity) for m in mentions if m.how in ("lexicon", "tagger")
                          and m.type in ("Target", "Disease", "AdverseEvent", "Drug")}:
        if not _ACRONYM.fullmatch(short) or short == entity.label or (short, entity.curie) in drop:
            continue
        if any(m.text == short and m.entity == entity and _UNDERGONE.search(text, max(0, m.start - 20), m.start)
               for m in mentions):
            drop.add((short, entity.curie))     # "undergoing PCI": a procedure, no gene or disease
            continue
        words = r"[\s-]+".join(rf"[{c}{c.lower()}][a-z]{{2,}}" for c in short)
        phrase = next((p for p in re.finditer(rf"(?<![\w-]){words}(?![\w-])", text)
                       if not _FUNCTION_WORDS & set(re.split(r"[\s-]+", p.group().lower()))), None)
        if phrase is None or any(m.entity == entity and m.start <= phrase.start() < m.end for m in mentions):
            continue
        names = {w for n in (entity.label, *entity.synonyms) for w in _CONTENT_WORD.findall(fold(n))}
        if not names & set(_CONTENT_WORD.findall(phrase.group().lower())):
            drop.add((short, entity.curie))
    if not drop:
        return mentions
    return [m for m in mentions if (m.text, m.curie) not in drop or m.how not in ("lexicon", "tagger")]


def _definitions(text: str, mentions: list[Mention]) -> list[tuple[str, str, int, int]]:
    """``(short form, long form, end of the long form, start of the bracket)`` of each
    definition :func:`drop_redefined` weighs: "long form (SF)" and "(long form, SF)".

    A numbered short form ("NDM-1") is weighed by its family's symbol ("NDM"), which the
    long form spells and the lexicon reads.
    """
    by_span = {(m.start, m.end) for m in mentions}
    found: list[tuple[str, str, int, int]] = []
    for paren in _PAREN.finditer(text):
        short = paren.group(1).strip()
        if len(short) < 2 or not any(c.isupper() for c in short) or (paren.start() - 1, paren.start()) in by_span:
            continue
        numbered = _NUMBERED.fullmatch(short)
        long = _defined_long_form(text, numbered.group(1) if numbered else short, paren.start())
        if long is None:
            continue
        end = len(text[:paren.start()].rstrip())
        found.append((numbered.group(1) if numbered else short, long, end, paren.start()))
    for inside in _LONG_THEN_SHORT.finditer(text):
        long, short = inside.group(1).strip(), inside.group(2)
        if schwartz_hearst(short, long) and long[:1].lower() == short[:1].lower():
            found.append((short, long, inside.start(1) + len(long), inside.start(1) + len(long) + 1))
    return found


def name_long_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give a gene's spelt-out name the gene its symbol in brackets names.

    "Isocitrate dehydrogenase 1 (IDH1) mutations": HGNC's name of IDH1 is "isocitrate
    dehydrogenase (NADP(+)) 1", so no vocabulary knows the long form, and the tagger did
    not always take it (found when its models were retrained). The long form is the
    Schwartz–Hearst one: at least two words, ending right before the bracket, named by no
    other mention.

    :returns: The mentions with the long forms added, in reading order.
    """
    added: list[Mention] = []
    inside: set[int] = set()      # ids of mentions a long form replaces
    for mention in mentions:
        # The bracket may hold a second symbol: "Human epidermal growth factor receptor 2
        # (HER2; ERBB2)" (found by an oncology user: the long form was a gene of its own).
        if (mention.type != "Target" or not text.startswith("(", mention.start - 1)
                or not text.startswith((")", ";", ","), mention.end)):
            continue
        long = _defined_long_form(text, mention.text, mention.start - 1)
        end = len(text[:mention.start - 1].rstrip())
        if long is None or len(long.split()) < 2 or not text[:end].endswith(long):
            continue    # the long form as written ("-" joins words the regex split)
        start = end - len(long)
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        # Words of the long form read as something else give way ("death" of "Programmed
        # death-ligand 1 (PD-L1)" was a disease); a gene's own name, or one running past
        # the long form, does not.
        if any((m.type == "Target" and not m.curie.startswith("kgr:")) or m.start < start or m.end > end
               for m in overlapping) or (
                long.lower().split()[-1] in STOP_NAMES):
            continue
        inside |= {id(m) for m in overlapping}
        added.append(Mention(start, end, long, mention.entity, how="abbreviation"))
    if not added:
        return mentions
    return sorted([m for m in mentions if id(m) not in inside] + added, key=lambda m: (m.start, -m.end, m.entity.curie))


def unify_short_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give every use of a short form the entity of the long form its bracket follows.

    The tagger may ground the two apart after :func:`_abbreviations` joined them: "acute
    lymphoblastic leukemia (ALL)" was MeSH's leukemia-lymphoma and "ALL" MONDO's leukemia,
    two nodes for one disease in one paper (found by a pharmacogenomics user).

    >>> dis = lambda curie: Entity(curie, "Disease", curie)
    >>> text = "acute leukemia (AL). In AL, x."
    >>> [m.curie for m in unify_short_forms(text, [Mention(0, 14, "acute leukemia", dis("A")),
    ...                                          Mention(16, 18, "AL", dis("B")), Mention(24, 26, "AL", dis("B"))])]
    ['A', 'A', 'A']
    """
    by_end = {m.end: m for m in mentions}
    defined: dict[str, Entity] = {}
    for mention in mentions:
        long = by_end.get(mention.start - 2) if text[mention.start - 2:mention.start] == " (" else None
        if (long is not None and text.startswith(")", mention.end) and long.type == mention.type
                and long.entity != mention.entity and mention.text not in defined
                and len(mention.text) >= 2 and schwartz_hearst(mention.text, long.text)):
            defined[mention.text] = long.entity
    if not defined:
        return mentions
    return [replace(m, entity=defined[m.text]) if m.text in defined and m.type == defined[m.text].type else m
            for m in mentions]


#: The words after a drug's parent name that make its salt, ester or prodrug form: "tenofovir
#: disoproxil fumarate", "adefovir dipivoxil", "dabigatran etexilate", "olmesartan medoxomil".
_FORM_WORDS = re.compile(
    r"(?:\s+(?:di|mono|hemi|tri)?(?:sodium|potassium|calcium|magnesium|hydrochloride|hydrobromide|mesylate|mesilate|"
    r"besylate|besilate|tosylate|maleate|fumarate|succinate|tartrate|bitartrate|citrate|acetate|sulfate|sulphate|"
    r"phosphate|bromide|chloride|malate|lactate|gluconate|meglumine|hydrate|disoproxil|alafenamide|dipivoxil|"
    r"pivoxil|marboxil|medoxomil|etexilate|mofetil|axetil|proxetil|cilexetil|propionate|dipropionate|valerate|"
    r"palmitate|decanoate|enanthate|cypionate|undecanoate|furoate|xinafoate|pamoate|embonate|hyclate|"
    r"trometamol|tromethamine|esylate|edisylate|napsylate|oxalate|nitrate|carbonate))+", re.IGNORECASE)


def unify_salt_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give a drug's bare parent name the entity of the one salt or prodrug form of it the
    document names.

    DrugBank keeps "Tenofovir disoproxil" (DB00300) apart from tenofovir (DB14126), and
    adefovir dipivoxil from adefovir; a paper names the form given once ("tenofovir
    disoproxil fumarate (TDF)") and then the parent, and its outcomes and harms went to a
    second node (found by a new user). A paper that names two forms of the parent (TDF and
    tenofovir alafenamide) leaves the bare name as it is: it may mean either.

    >>> drug = lambda curie: Entity(curie, "Drug", curie)
    >>> text = "adefovir dipivoxil, then adefovir"
    >>> [m.curie for m in unify_salt_forms(text, [Mention(0, 18, "adefovir dipivoxil", drug("DB00718")),
    ...                                          Mention(25, 33, "adefovir", drug("DB13868"))])]
    ['DB00718', 'DB00718']
    """
    forms: dict[str, set[Entity]] = {}
    for mention in mentions:
        if mention.type != "Drug":
            continue
        # The parent's name is the form's first words, the rest salt or ester words only.
        for split in (i for i, c in enumerate(mention.text) if c == " "):
            # (not an element's salt: "potassium chloride" is no form of the potassium measured)
            if _FORM_WORDS.fullmatch(mention.text, split) and fold(mention.text[:split]) not in ELEMENTS:
                forms.setdefault(fold(mention.text[:split]), set()).add(mention.entity)
                break
    if not forms:
        return mentions
    out = []
    for mention in mentions:
        named = forms.get(fold(mention.text), set()) if mention.type == "Drug" else set()
        if len(named) == 1 and mention.entity not in named:
            (form,) = named
            # Grounded by the document, not the span: inferred, and no second node for the parent.
            mention = replace(mention, entity=form, inferred=True,
                              alternatives=tuple(c for c in mention.alternatives if c != form.curie))
        out.append(mention)
    return out


def resolve_anaphors(text: str, mentions: list[Mention]) -> list[Mention]:
    """Ground "such tumors", "these cancers" as the disease named last before them.

    Alone, "tumour" and "cancer" are the generic neoplasm and cancer; after a demonstrative
    they refer back ("… gastrointestinal stromal tumors. Imatinib … has activity against
    such tumors" is about GIST). The mention keeps its span and takes the nearest earlier
    specific disease, ``how="anaphor"`` and ``inferred``. With none before it, or several
    within the last :data:`_ANTECEDENT_WINDOW` characters ("melanoma and breast cancer …
    these cancers" are both), it stays generic.

    :param mentions: The document's mentions in reading order.
    :returns: The same mentions, the resolved ones replaced.
    """
    out: list[Mention] = []
    for mention in mentions:
        if mention.curie in GENERIC_DISEASES and _DEMONSTRATIVE.search(text, max(0, mention.start - 20), mention.start):
            before = [m for m in out if m.type == "Disease" and m.end <= mention.start and m.curie not in GENERIC_DISEASES]
            near = {m.curie for m in before if mention.start - m.end <= _ANTECEDENT_WINDOW}
            if before and len(near) <= 1:
                mention = Mention(mention.start, mention.end, mention.text, before[-1].entity, how="anaphor",
                                  inferred=True)
        out.append(mention)
    return out


def _coordinations(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Expand "progression-free and overall survival" to the elided "progression-free survival".

    The modifier before ``and``/``or`` plus the mention's head must itself be a lexicon
    name of the same type; the new mention spans from the modifier to the head.
    """
    out: list[Mention] = []
    for mention in mentions:
        words = mention.text.split(" ", 1)
        # Only a name of two or more words has a head to share; most mentions are one word.
        before = (_COORDINATED.search(text, max(0, mention.start - 60), mention.start)
                  if len(words) == 2 and _after_conjunction(text, mention.start) else None)
        if before is not None:
            candidate = f"{before.group(1)} {words[1]}"
            found = [e for e in lexicon.lookup(candidate) if e.type == mention.type]
            # Harms of a specific site and of one the vocabulary files under the general event
            # ("Gastrointestinal or intraabdominal hemorrhage": intraabdominal hemorrhage is
            # hemorrhage) are the general event, one harm with one rate.
            if found and mention.type == "AdverseEvent" and any(
                    e == mention.entity for e in lexicon.lookup(words[1]) if e.type == mention.type):
                found = [mention.entity]
            if found:
                span = (before.start(1), mention.end)
                expanded = Mention(span[0], span[1], text[span[0]:span[1]], found[0], how="coordination")
                if found[0] == mention.entity:
                    out.append(expanded)
                    continue
                out.append(expanded)
        out.append(mention)
    return out


#: A gene symbol's last character, then others after slashes: "MEK1/2", "NTRK1/2/3", "TRKA/B/C",
#: and a Greek letter: "PPARα/γ" (found by a hepatology user: saroglitazar's PPARG was lost).
_SYMBOL_END = re.compile(r"[0-9A-Zα-ω]$")
_SLASH_MORE = re.compile(r"/([0-9A-Zα-ω])(?!\w)")
#: A symbol the lexicon lists with its sibling ("ERK1/2" is an alias of MAPK3 alone).
_SLASHED_NAME = re.compile(r"(\w+?[0-9A-Zα-ω])((?:/[0-9A-Zα-ω])+)")


def _slashed(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Expand "BRCA1/2" to the genes it names: "BRCA1" is BRCA1, and the whole "BRCA1/2" is
    BRCA2, as "progression-free and overall survival" names both endpoints (found in review:
    "BRCA1/2 mutations" gave no mention, "MEK1/2" only MAP2K1).

    Each sibling ("BRCA" + "2") must be a gene symbol of the lexicon, of the first gene's
    family (their approved symbols differ in the last character only: MAPK3 and MAPK1 for
    "ERK1/2"), after a stem of two characters or more: "G2/M arrest", "T1/2" and "COX-1/2"
    (PTGS1, and MT-CO2 by a lexicon alias) name no siblings (found in review). Its mention
    spans from the first symbol to its own character (``how="coordination"``), so each gene
    has a span of its own. The lexicon's reading of the whole ("ERK1/2", an alias of MAPK3
    alone) gives way to the first symbol and its siblings.

    >>> from kg.extract.lexicon import load_lexicon
    >>> doc = Document(source="x", title="t", text="MEK1/2 and ERK1/2")
    >>> [(m.text, m.entity.label) for m in find_entities(doc, load_lexicon())[0]]
    [('MEK1/2', 'MAP2K2'), ('MEK1', 'MAP2K1'), ('ERK1/2', 'MAPK1'), ('ERK1', 'MAPK3')]
    """
    def gene(name: str) -> Entity | None:
        return next((e for e in lexicon.lookup(name) if e.type == "Target"), None)

    out: list[Mention] = []
    for mention in mentions:
        if mention.type != "Target":
            out.append(mention)
            continue
        first, end = mention, mention.end
        whole = _SLASHED_NAME.fullmatch(mention.text)
        if whole is not None and (entity := gene(whole.group(1))) is not None:
            # The lexicon's name ends in the siblings: read them as if it had stopped before.
            first = Mention(mention.start, mention.start + whole.end(1), whole.group(1), entity, how=mention.how)
            end = first.end
        elif not _SYMBOL_END.search(mention.text):
            out.append(mention)
            continue
        stem = first.text[:-1]
        siblings = []
        while len(stem.rstrip("-")) >= 2 and (more := _SLASH_MORE.match(text, end)) is not None:
            entity = gene(stem + more.group(1))
            if entity is None or entity == first.entity or entity.label[:-1] != first.entity.label[:-1]:
                break
            end = more.end()
            siblings.append(Mention(first.start, end, text[first.start:end], entity, how="coordination"))
        if whole is not None and (not siblings or end != mention.end):
            out.append(mention)     # not all the whole name's siblings are genes: the lexicon's reading stands
            continue
        out.append(first)
        out.extend(siblings)
    return out


#: A range of numbered genes: "FGFR1-4", "FGFR1–3", "VEGFR1-3", "JAK1-3", "FGFR1–FGFR4" (one digit
#: each side; "HER2-3+" is a score).
_GENE_RANGE = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,7}?)([1-9])\s?[-–]\s?(?:\1)?([2-9])(?![\w+-])")
#: The most genes a range may name: "FGFR1-4" (a longer one is rarely a range of genes).
_RANGE_MAX = 4


def _ranges(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Expand a range of numbered genes ("FGFR1-4", "VEGFR1–3") to each gene it names, as
    :func:`_slashed` does "NTRK1/2/3" (found by oncology users: "FGFR1-4" was a gene minted
    of its own, "FGFR1–3" FGFR1 alone).

    Every member (stem and number, "VEGFR2") must be a gene of the lexicon, a different
    one each, with a plain symbol (no RNA gene's "TRK-TTT3-5"). Each takes a span of its
    own (``how="coordination"``): the first its own symbol ("FGFR1"), the last the whole
    range (or its own symbol, written in full: "FGFR1–FGFR4"), those between the range's
    numbers ("1-4", then "-4"; the whole first, if free), so one span denotes one gene. The lexicon's and the tagger's readings inside the range give way.

    >>> from kg.extract.lexicon import load_lexicon
    >>> doc = Document(source="x", title="t", text="VEGFR1-3 inhibitors")
    >>> [(m.text, m.entity.label) for m in find_entities(doc, load_lexicon())[0]]
    [('VEGFR1-3', 'FLT4'), ('VEGFR1', 'FLT1'), ('1-3', 'KDR')]
    """
    added: list[Mention] = []
    for found in _GENE_RANGE.finditer(text):
        stem, low, high = found.group(1), int(found.group(2)), int(found.group(3))
        if not 0 < high - low < _RANGE_MAX:
            continue
        genes = [next((e for e in lexicon.lookup(f"{stem}{n}") if e.type == "Target"), None) for n in range(low, high + 1)]
        if (any(g is None or not g.label.isalnum() for g in genes)
                or len({g.curie for g in genes if g is not None}) != len(genes)):
            continue
        start, end, numbers = found.start(), found.end(), found.start(2)
        # "FGFR1–FGFR4": the last written in full has its own symbol's span, and the whole is free
        last = found.start(3) - len(stem)
        full = last > numbers and text.startswith(stem, last)
        between = [(start, end)] if full else []
        between += [(numbers + i, end) for i in range(len(genes))]
        spans = [(start, numbers + 1), *between[:len(genes) - 2], (last, end) if full else (start, end)]
        mentions = [m for m in mentions if not (m.type == "Target" and m.start < end and start < m.end)]
        added += [Mention(s, e, text[s:e], gene, how="coordination") for (s, e), gene in zip(spans, genes, strict=True)
                  if gene is not None]
    return sorted(mentions + added, key=lambda m: (m.start, -m.end, m.entity.curie)) if added else mentions


#: An integrin heterodimer by its subunits: "α4β7", "alpha4beta7 integrin", "integrin αvβ6",
#: "αIIbβ3", "alpha-4 beta-7". The alpha subunit's number or letter, then the beta's.
_INTEGRIN = re.compile(r"(?<![\w-])(?:integrin[\s-]+)?((?:α|alpha)[\s-]?(\d{1,2}|v|V|IIb|L|M|X|D|E))"
                       r"\s?/?\s?(?:β|beta)[\s-]?(\d)(?:[\s-]+integrins?)?(?![\w-])", re.IGNORECASE)
#: The alpha subunits whose gene symbol is no copy of their name.
_INTEGRIN_ALPHA = {"iib": "2B"}
#: The integrins there are, beta subunit → its alpha partners (gene symbols' suffixes): a pair
#: not here is another receptor's subunits ("α4β2" nicotinic receptors, varenicline's target).
_INTEGRIN_PAIRS = {"1": {*(str(n) for n in range(1, 12)), "V"}, "2": {"L", "M", "X", "D"}, "3": {"2B", "V"},
                   "4": {"6"}, "5": {"V"}, "6": {"V"}, "7": {"4", "E"}, "8": {"V"}}
#: After the subunits, a word of another receptor's: "α1β1 nicotinic receptors", "GABA-A".
_OTHER_RECEPTOR_AFTER = re.compile(r"[\s-]+(?:nicotinic|nAChRs?|acetylcholine|GABA|subunits?|receptors?)\b", re.IGNORECASE)


def _integrins(text: str, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """Read an integrin heterodimer as both its subunits' genes: "α4β7" is ITGA4 and ITGB7,
    "αvβ6" ITGAV and ITGB6 (found by a gastroenterology user: vedolizumab's "alpha4beta7
    integrin" was ITGB7 alone). The alpha subunit takes its own span ("α4", ``how="coordination"``),
    the beta subunit the whole name; the pair must be an integrin (:data:`_INTEGRIN_PAIRS`:
    "α4β2" is a nicotinic receptor), both genes the lexicon's ("ITGA4", "ITGB7"), and the
    lexicon's or the tagger's readings inside the name give way.

    >>> from kg.extract.lexicon import load_lexicon
    >>> doc = Document(source="x", title="t", text="the alpha4beta7 integrin")
    >>> [(m.text, m.entity.label) for m in find_entities(doc, load_lexicon())[0]]
    [('alpha4beta7 integrin', 'ITGB7'), ('alpha4', 'ITGA4')]
    """
    def gene(symbol: str) -> Entity | None:
        return next((e for e in lexicon.lookup(symbol) if e.type == "Target" and e.label == symbol), None)

    added: list[Mention] = []
    for found in _INTEGRIN.finditer(text):
        suffix = _INTEGRIN_ALPHA.get(found.group(2).lower(), found.group(2).upper())
        if suffix not in _INTEGRIN_PAIRS.get(found.group(3), ()) or _OTHER_RECEPTOR_AFTER.match(text, found.end()):
            continue
        alpha, beta = gene("ITGA" + suffix), gene("ITGB" + found.group(3))
        if alpha is None or beta is None:
            continue
        start, end = found.span()
        mentions = [m for m in mentions if not (m.type == "Target" and m.start < end and start < m.end)]
        added += [Mention(found.start(1), found.end(1), found.group(1), alpha, how="coordination"),
                  Mention(start, end, found.group(), beta, how="coordination")]
    return sorted(mentions + added, key=lambda m: (m.start, -m.end, m.entity.curie)) if added else mentions


def _after_conjunction(text: str, start: int) -> bool:
    """Whether ``text[:start]`` ends with ``and`` or ``or`` and whitespace, as :data:`_COORDINATED` needs.

    A cheap test first: the pattern, searched over the 60 characters before a mention,
    tries every start in them.

    >>> _after_conjunction("progression-free and overall", 21), _after_conjunction("median overall", 7)
    (True, False)
    """
    before = text[max(0, start - 60):start]
    stripped = before.rstrip()
    return len(stripped) < len(before) and stripped.endswith(("and", "or"))


def _abbreviations(text: str, mentions: list[Mention]) -> list[Mention]:
    """Apply abbreviations defined in the text ("stromal tumours (GISTs)") to later uses.

    A Schwartz–Hearst style check: the short form in brackets must start with the first
    letter of a word of the long form, which must be an entity mention ending right
    before the bracket. Later occurrences of the short form, matched case-sensitively,
    become mentions of the same entity; where the lexicon read the short form as another
    entity, the text's own definition wins ("Cyclophosphamide (CP)": CP is not captopril
    here), but not inside a longer name the lexicon found.
    """
    by_end = {m.end: m for m in mentions}
    taken = {(m.start, m.end) for m in mentions}
    added: list[Mention] = []
    redefined: set[tuple[int, int]] = set()
    for paren in _PAREN.finditer(text):
        for short, long_mention in _defined(text, paren, by_end, mentions):
            _apply(text, paren, short, long_mention, mentions, taken, added, redefined)
    return [m for m in mentions if (m.start, m.end) not in redefined] + added


#: Generic words after a disease's name and before its short form's bracket.
_DISEASE_TAIL = re.compile(r"\s(?:spectrum\s)?(?:disorders?|diseases?|syndromes?|spectrum)\s?$")
#: Between two names of a list a slashed short form abbreviates: "A or B (SJS/TEN)".
_LISTED = re.compile(r"\s*(?:,|or|and|and/or|/)\s*")


def _defined(text: str, paren: re.Match[str], by_end: dict[int, Mention],
             mentions: list[Mention]) -> list[tuple[str, Mention]]:
    """``(short form, the mention it abbreviates)`` of each short form a bracket defines.

    One short form after one name, or a slashed pair after a list of as many names:
    "Stevens-Johnson syndrome or toxic epidermal necrolysis (SJS/TEN)" defines SJS and TEN
    (found by a new user: SJS was Schwartz-Jampel syndrome, TEN a drug).
    """
    short = paren.group(1).strip()
    long_mention = by_end.get(paren.start() - 1) or by_end.get(paren.start())
    long_text = long_mention.text if long_mention is not None else ""
    if long_mention is None:
        # A disease named with a generic tail no vocabulary has: "neuromyelitis optica
        # spectrum disorder (NMOSD)" abbreviates the disease (found by a neurology user).
        tail = _DISEASE_TAIL.search(text, max(0, paren.start() - 40), paren.start())
        long_mention = by_end.get(tail.start()) if tail is not None else None
        if long_mention is None or long_mention.type != "Disease" or tail is None:
            return []
        long_text = text[long_mention.start:tail.end()]
    parts = short.split("/")
    if len(parts) in (2, 3) and all(len(part) >= 2 and any(c.isupper() for c in part) for part in parts):
        named = [long_mention]
        while len(named) < len(parts):
            before = [m for m in mentions if m.end <= named[0].start and _LISTED.fullmatch(text, m.end, named[0].start)]
            if not before:
                break
            named.insert(0, max(before, key=lambda m: (m.end, m.end - m.start)))
        if len(named) == len(parts) and all(schwartz_hearst(part, m.text) for part, m in zip(parts, named, strict=True)):
            return list(zip(parts, named, strict=True))
    if not any(c.isupper() for c in short) or len(short) < 2 or not schwartz_hearst(short, long_text):
        return []
    return [(short, long_mention)]


def _apply(text: str, paren: re.Match[str], short: str, long_mention: Mention, mentions: list[Mention],
           taken: set[tuple[int, int]], added: list[Mention], redefined: set[tuple[int, int]]) -> None:
    """Make each later use of ``short`` a mention of ``long_mention``'s entity (see :func:`_abbreviations`)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")
    # The lexicon's own matches of the short form count too ("CP-induced").
    uses = sorted({(u.start(), u.end()) for u in pattern.finditer(text, paren.start(1))}
                  | {(m.start, m.end) for m in mentions if m.text == short and m.start >= paren.start(1)})
    for span in uses:
        if span in taken:
            same = [m for m in mentions if (m.start, m.end) == span]
            if (span in redefined or not same or any(m.entity == long_mention.entity for m in same)
                    or any(m.start <= span[0] < m.end and (m.start, m.end) != span for m in mentions)):
                continue
            redefined.add(span)
        elif any(m.start <= span[0] < m.end for m in mentions):
            continue
        taken.add(span)
        added.append(Mention(span[0], span[1], short, long_mention.entity, how="abbreviation"))


def schwartz_hearst(short: str, long: str) -> bool:
    """Whether every letter of ``short`` appears, in order, in ``long`` (S&H 2003).

    >>> schwartz_hearst("GIST", "gastrointestinal stromal tumor")
    True
    >>> schwartz_hearst("CML", "gastrointestinal stromal tumor")
    False
    """
    s, j = len(short) - 1, len(long) - 1
    short, long = short.lower(), long.lower()
    while s >= 0:
        char = short[s]
        if not char.isalnum():
            s -= 1
            continue
        while j >= 0 and (long[j] != char or (s == 0 and j > 0 and long[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        s -= 1
        j -= 1
    return True
