"""Find mutation mentions by pattern and normalise them to one key per change.

Protein changes (``V600E``, ``p.Val600Glu``, ``Asp842Val``), exon-level events
(``exon 11 deletion``, ``exon 9 mutation``, ``deletions in exon 11``), rs ids, c./g.
HGVS and gene-level status (``EGFR mutation``, ``KIT-mutant``). A mutation that names
no gene is given the gene the document is about and flagged ``inferred``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.sentences import split_sentences
from kg.model import Document, Entity, Mention

_AA3 = {
    "Ala": "A", "Arg": "R", "Asn": "N", "Asp": "D", "Cys": "C", "Gln": "Q", "Glu": "E",
    "Gly": "G", "His": "H", "Ile": "I", "Leu": "L", "Lys": "K", "Met": "M", "Phe": "F",
    "Pro": "P", "Ser": "S", "Thr": "T", "Trp": "W", "Tyr": "Y", "Val": "V", "Ter": "*",
}
_AA3_RE = "|".join(_AA3)
#: A star allele's name: "2", "2A", "57:01", "1xN" (a duplication, CYP2D6's ultrarapid
#: alleles), or HLA's digits without colons, "5801" (a pharmacogenomics user: "HLA-B*5801",
#: "HLA-B*1502", "HLA-A*3101" were no alleles; :func:`_allele` gives them their colons).
_STAR_ALLELE = r"\d{1,3}[A-Z]?(?::\d{2,3}){0,3}(?:[x×](?:N|\d))?|\d{4}(?:\d{2}){0,2}"
#: Sequence Ontology variant types by the event a text names.
VARIANT_TYPES = {
    "deletion": "SO:0000159", "insertion": "SO:0000667", "duplication": "SO:1000035",
    "missense": "SO:0001583", "frameshift": "SO:0001589", "nonsense": "SO:0001587",
    "mutation": "SO:0001059",
}
_EVENTS = (
    r"deletions?|insertions?|duplications?|mutations?|mutants?|mutated|alterations?|"
    r"substitutions?|internal tandem duplications?|skipping"
)
PATTERNS = (
    ("protein3", re.compile(rf"\b(?:p\.\s?\(?)?(?P<ref>{_AA3_RE})(?P<pos>\d{{1,5}})(?P<alt>{_AA3_RE}|fs|del)\b\)?")),
    # "D842V", "D842V-mutant" and "T790M-mediated", but not "D842V-like", "D842Vx", "T790M-negative"
    # (its absence) or "T47D-resistant" (a cell line).
    # ("G542X", "R227X": a stop written X, found by a rare-disease user)
    # HBV's reverse-transcriptase changes carry its domain: "rtM204V", "rtA181T" (a hepatology user).
    # A position of one digit ("SOD1 A4V") only where a gene or another change names it a change:
    # see :func:`_single_digit_change`.
    ("protein1", re.compile(r"\b(?:p\.\s?|rt)?(?P<ref>[ACDEFGHIKLMNPQRSTVWY])(?P<pos>\d{1,5})(?P<alt>stop|[ACDEFGHIKLMNPQRSTVWY*X]|fs|del)"
                            r"(?!\w)(?!-(?!mutant|mutated|mutation|positive|mediated|driven|induced|associated|"
                            r"related|dependent|specific|selective|bearing|harbou?ring|carrying|expressing|"
                            r"containing|transformed|transfected|transduced|engineered|knock-in|"
                            # its gene after the hyphen: "G551D-CFTR" (found by a rare-disease user)
                            r"(?-i:[A-Z][A-Z0-9]{1,9}\b))\w)")),
    # An in-frame change of a run of residues: "E746_A750del", "D770_N771insSVD",
    # "L747_P753delinsS", "Y772_A775dupYVMA", "p.Glu746_Ala750del" (EGFR exon 19 and 20,
    # ERBB2 exon 20, KIT exon 11: found in CIViC's statements, which kg read as nothing).
    ("protein_range", re.compile(
        rf"\b(?:p\.\s?(?P<open>\()?)?(?P<ref>[ACDEFGHIKLMNPQRSTVWY]|{_AA3_RE})(?P<pos>\d{{2,5}})_"
        rf"(?P<ref2>[ACDEFGHIKLMNPQRSTVWY]|{_AA3_RE})(?P<pos2>\d{{2,5}})"
        rf"(?P<alt>delins(?:[ACDEFGHIKLMNPQRSTVWY]|{_AA3_RE})+|del|ins(?:[ACDEFGHIKLMNPQRSTVWY]|{_AA3_RE})+|"
        rf"dup(?:[ACDEFGHIKLMNPQRSTVWY]|{_AA3_RE})*)(?!\w)(?(open)\))")),
    # A codon-level change with no new residue: "Q61 mutation", "R882 mutations".
    ("codon", re.compile(r"\b(?P<ref>[ACDEFGHIKLMNPQRSTVWY])(?P<pos>\d{2,4})(?=\s+(?:mutations?|mutants?|mutated|variants?)\b)")),
    ("exon", re.compile(rf"\bexons?\s+(?P<exon>\d{{1,2}})[\s-]*(?P<event>{_EVENTS})\b", re.IGNORECASE)),
    ("exon_after", re.compile(rf"\b(?P<event>{_EVENTS})\s+(?:in|of|within|at)\s+exons?\s+(?P<exon>\d{{1,2}})\b", re.IGNORECASE)),
    # An exon's deletion or insertion in one word: "del19", "ex19del", "Ex20ins" (found by a
    # precision-oncology user: "del19" after "EGFR exon 19 deletion" was a variant of no gene).
    # Not a chromosome arm's: "del13q", "del(17p)" are :data:`CYTOGENETIC`'s.
    ("exon_word", re.compile(r"\b(?:(?P<event>del|ins)(?P<exon>\d{1,2})|[Ee]x(?:on)?[\s-]?(?P<exon2>\d{1,2})[\s-]?"
                             r"(?P<event2>del|ins))(?![\w(])")),
    ("rsid", re.compile(r"\brs\d{3,12}\b")),
    # Right after a gene: a star allele ("CYP2C19*2", "HLA-B*57:01") and a DNA change written
    # without its "c." ("VKORC1 -1639G>A"); found by a new user, pharmacogenomics papers.
    # An HLA allele in the notation before 2010 ("HLA-B*5801") and a gene duplication
    # ("CYP2D6*1xN") too; see :data:`_STAR_ALLELE`.
    ("star", re.compile(rf"\*(?P<allele>{_STAR_ALLELE})(?![\w*])")),
    # Right after a gene, an upstream position's base without the reference ("VKORC1 -1639A").
    ("bare_upstream", re.compile(r"(?<![\w.+-])-(?P<pos>\d{2,6})(?P<alt>[ACGT])(?![\w>])")),
    # Not inside an intronic position: "IVS5+12A>G" is no c.12A>G (found in review).
    ("bare_dna", re.compile(r"(?<![\w.+-])-?\d{2,6}[ACGT]>[ACGT](?!\w)")),
    # A deletion by its length or bases, without its "c.": "657del5", "912delTA".
    ("bare_del", re.compile(r"(?<![\w.+-])\d{2,6}del(?:\d{1,3}|[ACGT]{1,12})(?!\w)")),
    ("hgvs", re.compile(r"\b[cg]\.[-*]?\d+(?:[+-]\d+)?(?:_[-*]?\d+(?:[+-]\d+)?)?(?:[ACGT]+>[ACGT]+|del[ACGT]*|ins[ACGT]+|dup[ACGT]*|delins[ACGT]+)")),
    # An insertion by its bases without its "c." ("NOD2 3020insC"), and a frameshift by its
    # position alone ("the NOD2 frameshift variant 1007fs"), found by a respiratory user; the
    # latter only with its gene or the word "frameshift" (see find_mutations).
    ("bare_ins", re.compile(r"(?<![\w.+-])\d{2,6}ins[ACGT]{1,12}(?!\w)")),
    ("bare_fs", re.compile(r"(?<![\w.+-])(?P<pos>\d{2,5})fs(?:\*?\d{1,4}|X\d{1,4})?(?!\w)")),
)
#: Before a frameshift written by its position alone, the word that says so.
_FRAMESHIFT_BEFORE = re.compile(r"\bframe-?shift\b[^.;]{0,30}$", re.IGNORECASE)


#: Between a star allele and an rs id that names its SNP: "CYP2C19*2 (rs4244285)", "*2 allele (rs4244285".
_RS_AFTER_ALLELE = re.compile(r"\s*(?:alleles?|variants?|polymorphisms?)?\s*\(\s*", re.IGNORECASE)
#: After a star allele, another of the gene's: the "/*3" of "CYP2C19*2/*3", the "and *3" of "CYP2C9*2 and *3".
_OTHER_ALLELE = re.compile(rf"(\s*(?:/|,|\band\b|\bor\b)\s*)\*({_STAR_ALLELE})(?![\w*])")
#: After a one-letter change, another new residue at its position: the "/F" of "T215Y/F".
#: The symbol of hepatitis B virus's polymerase, whose reverse-transcriptase domain the "rt" of
#: "rtM204V", "rtL180M", "rtA181T" names (ontology/lexicon/microbial_genes.yaml): a change so
#: written is the virus's, never a human gene's nor a change of no gene (found by a hepatology
#: user: entecavir's resistance changes were kgr:mutation-unknown-gene-M204V).
HBV_RT = "HBV-RT"

_OTHER_RESIDUE = re.compile(r"/([ACDEFGHIKLMNPQRSTVWY])(?!\w)(?!-(?!mutant|mutated|mutation|positive)\w)")

#: Gene-level status after a gene: "EGFR mutation", "KRAS-mutant", "ERBB2 amplification", "ALK fusion".
GENE_STATUS = re.compile(
    r"[\s-](?:gene\s+)?(mutations?|mutants?|mutated|mutation-positive|amplifications?|amplified|"
    # "loss-of-function" before "loss", which would end at its hyphen ("CYP2C19 loss-of-function
    # carriers" was "CYP2C19 loss", a copy-number loss: found by a pharmacogenomics user)
    r"fusions?|rearrangements?|rearranged|loss-of-function|loss|deletions?|deleted|homozygous deletion|"
    # "FLT3-ITD", the internal tandem duplication (found by a new user: never a mutation)
    r"ITDs?|internal tandem duplications?|"
    # "FLT3-TKD", its tyrosine kinase domain's point mutations (D835, I836; found by a
    # haematology user: "FLT3-ITD and FLT3-TKD mutations" lost the second)
    r"TKDs?)\b",
    re.IGNORECASE)
#: Between two genes that share the status after the second: "a germline BRCA1 or BRCA2 mutation".
_SHARED_STATUS = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|/|(?:and/or|or|and)\s+)")
#: "mutant BRAF", "activating mutations in KIT": the status before the gene.
MUTANT_BEFORE = re.compile(r"\b(?:mutant|mutated|(?:activating\s+)?mutations?\s+(?:in|of)|(?P<loss>loss|deletion)\s+of)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
#: Gene-level events and their names; anything else is a "mutation".
GENE_EVENTS = {"amplification": "amplification", "amplified": "amplification", "fusion": "fusion",
               "rearrangement": "fusion", "rearranged": "fusion", "loss": "loss", "loss-of-function": "loss-of-function",
               "deletion": "loss", "deleted": "loss", "homozygous deletion": "loss", "itd": "ITD",
               "internal tandem duplication": "ITD", "tkd": "TKD"}
#: Sequence Ontology types of gene-level events.
GENE_EVENT_TYPES = {"mutation": "SO:0001059", "amplification": "SO:0001019", "fusion": "SO:0001565",
                    "loss": "SO:0001743", "loss-of-function": "SO:0002054", "ITD": "SO:1000173",
                    "TKD": "SO:0001583"}
#: Kinases whose "positive" tumours carry a rearrangement of them: "ALK-positive NSCLC" is
#: ALK-rearranged (a precision-oncology user: no mutation was found). Not a gene whose
#: "positive" is its expression: "HER2-positive", "ER-positive", "PD-L1-positive".
FUSION_KINASES = frozenset({"ALK", "ROS1", "RET", "NTRK1", "NTRK2", "NTRK3"})
#: After a gene of :data:`FUSION_KINASES`, its rearrangement's "positive".
_FUSION_POSITIVE = re.compile(r"[\s-](positive)\b")
#: Rearrangements named by no single gene's symbol: "NTRK fusion-positive tumours", "NTRK gene
#: fusions" (NTRK1, NTRK2 or NTRK3; no vocabulary has "NTRK", so the node's gene is the
#: family's name), and MET's exon 14 skipping written as one word,
#: "METex14-positive", "METex14 skipping", the node of "MET exon 14 skipping" (all found
#: by a precision-oncology user).
GENE_WORDS = re.compile(
    r"\b(?:(?P<ntrk>NTRK)(?:[\s-](?:gene\s+)?(?:fusions?|rearrangements?|rearranged)(?:-positive)?|-positive)"
    r"|(?P<met>MET)[\s-]?ex(?P<exon>14))\b")


def _allele(gene: str | None, name: str) -> str | None:
    """A star allele's name as :func:`mutation_entity` keys it, or ``None`` if it names none.

    HLA's four, six or eight digits without colons are its fields of two ("5801" is
    "58:01"); any other gene's are no allele.

    >>> _allele("HLA-B", "5801"), _allele("HLA-B", "58:01"), _allele("CYP2D6", "1xN"), _allele("CYP2D6", "1000")
    ('58:01', '58:01', '1xN', None)
    """
    if ":" in name or not name.isdigit() or len(name) < 4:
        return name.replace("×", "x")
    if gene is None or not gene.startswith("HLA-"):
        return None
    return ":".join(name[i:i + 2] for i in range(0, len(name), 2))


#: Positions upstream of a gene's coding sequence that pharmacogenomics papers name without
#: "c." and often without the minus ("VKORC1 1639G>A" is c.-1639G>A: VKORC1's coding
#: sequence is 492 bases), with their reference base, for "VKORC1 -1639A" (a
#: pharmacogenomics user: it was a mutation of no gene, and "1639G>A" another node).
UPSTREAM = {"VKORC1": {1639: "G"}}


def _dna_change(gene: str | None, match: re.Match[str], kind: str, known: dict[tuple[str | None, str], str]) -> str:
    r"""The c. name of a DNA change written without it: "-1639G>A", "657del5", "-1639A".

    A base with no reference ("-1639A") takes the one :data:`UPSTREAM` or another change of
    the text at that position gives, else ``N``.

    >>> import re
    >>> _dna_change("VKORC1", re.match(r"(?P<pos>\d+)(?P<alt>A)", "1639A"), "bare_upstream", {})
    'c.-1639G>A'
    >>> _dna_change("VKORC1", re.match(r".*", "1639G>A"), "bare_dna", {})
    'c.-1639G>A'
    >>> _dna_change("CYP3A4", re.match(r"(?P<pos>\d+)(?P<alt>G)", "392G"), "bare_upstream", {})
    'c.-392N>G'
    """
    upstream = UPSTREAM.get(gene or "", {})
    if kind == "bare_upstream":
        position, alt = int(match.group("pos")), match.group("alt")
        ref = upstream.get(position) or known.get((gene, f"-{position}"), "N")
        return f"c.-{position}{ref}>{alt}"
    written = match.group(0)
    dna = re.fullmatch(r"(\d+)([ACGT])>[ACGT]", written)
    if dna is not None and upstream.get(int(dna.group(1))) == dna.group(2):
        return f"c.-{written}"
    return f"c.{written}"


def _event(word: str) -> str:
    word = word.lower()
    for key in ("deletion", "insertion", "duplication"):
        if key in word:
            return key
    return "mutation"


def _one_letter(residues: str) -> str:
    """Residues written with three letters each in one-letter code: "GluAla" → "EA"; one-letter ones kept."""
    return re.sub(_AA3_RE, lambda m: _AA3[m.group()], residues)


def _range_change(match: re.Match[str]) -> str:
    """The normalised change of a :data:`PATTERNS` ``protein_range`` match, in one-letter code.

    >>> _range_change(PATTERNS[2][1].search("p.Glu746_Ala750del"))
    'E746_A750del'
    >>> _range_change(PATTERNS[2][1].search("D770_N771insSVD"))
    'D770_N771insSVD'
    """
    alt = match.group("alt")
    kind = next(k for k in ("delins", "del", "ins", "dup") if alt.startswith(k))
    return (f"{_one_letter(match.group('ref'))}{match.group('pos')}_{_one_letter(match.group('ref2'))}"
            f"{match.group('pos2')}{kind}{_one_letter(alt[len(kind):])}")


#: Sequence Ontology types of in-frame changes by their HGVS word.
_RANGE_TYPES = (("delins", "SO:1000032"), ("del", "SO:0000159"), ("ins", "SO:0000667"), ("dup", "SO:1000035"))


def _change_type(change: str) -> str:
    """The Sequence Ontology type of a normalised protein change.

    >>> [_change_type(c) for c in ("V600E", "R1441fs", "E746_A750del", "D770_N771insSVD", "Q61")]
    ['SO:0001583', 'SO:0001589', 'SO:0000159', 'SO:0000667', 'SO:0001059']
    """
    if "_" in change:
        tail = re.sub(r"^[A-Z*]\d+_[A-Z*]\d+", "", change)
        return next((so for word, so in _RANGE_TYPES if tail.startswith(word)), "SO:0001059")
    return ("SO:0001589" if change.endswith("fs") else "SO:0001587" if change.endswith("*")
            else "SO:0000159" if change.endswith("del") else "SO:0001059" if change[-1].isdigit() else "SO:0001583")


def mutation_entity(gene: str | None, *, change: str | None = None, exon: int | None = None,
                    event: str = "mutation", hgvs: str | None = None, gene_event: str = "mutation",
                    allele: str | None = None) -> Entity:
    """The Mutation entity for a change, keyed so one change written two ways is one node.

    :param gene: The HGNC symbol, or ``None`` when unknown.

    >>> mutation_entity("KIT", exon=9).curie
    'kgr:mutation-KIT-exon9-mutation'
    >>> mutation_entity("BRAF", change="V600E").label
    'BRAF V600E'
    >>> mutation_entity("HLA-B", allele="57:01").curie
    'kgr:mutation-HLA-B-star57-01'
    """
    prefix = gene or "unknown-gene"
    if allele is not None:      # a star allele, "CYP2C19*2", "HLA-B*57:01" (SO allele)
        key, label, vtype = f"{prefix}-star{allele.replace(':', '-')}", f"{gene or ''}*{allele}", "SO:0001023"
    elif change is not None:
        key, label, vtype = f"{prefix}-{change}", f"{gene or ''} {change}".strip(), _change_type(change)
    elif exon is not None:
        key = f"{prefix}-exon{exon}-{event}"
        label = f"{gene + ' ' if gene else ''}exon {exon} {event}"
        vtype = VARIANT_TYPES.get(event, "SO:0001059")
    elif hgvs is not None:
        key, label, vtype = f"{prefix}-{hgvs}", f"{gene or ''} {hgvs}".strip(), "SO:0001059"
    else:
        key, label, vtype = f"{prefix}-{gene_event}", f"{gene} {gene_event}", GENE_EVENT_TYPES[gene_event]
    safe = re.sub(r"[^A-Za-z0-9.*_-]", "_", key).replace("*", "ter")
    return Entity(
        curie=f"kgr:mutation-{safe}", type="Mutation", label=label, gene=gene,
        exon=exon, hgvs=change or hgvs, event=event if exon is not None else None,
        variant_type=vtype,
    )


#: Chromosomal abnormalities that haematology papers stratify by: "del(17p)", "17p deletion",
#: "del17p", "t(11;14)" (found by a haematology user: del(17p) was a disease, which a
#: mutation query refused). The arm's band ("del(17p13.1)") is part of the name. Whole
#: chromosomes gained or lost ("trisomy 12", "monosomy 7"), arms gained ("gain(1q)", "1q
#: gain", "gain of 1q", "amp(1q)", "1q21 gain") and inversions ("inv(16)") too.
_CHROMOSOME = r"(?:\d{1,2}|X|Y)"
_BAND = r"\d{1,2}(?:\.\d{1,2})?"
CYTOGENETIC = re.compile(
    rf"(?<![\w(])(?:del\s?\((?P<c1>{_CHROMOSOME})(?P<a1>[pq])(?P<b1>{_BAND})?\)"
    r"|del(?P<c2>\d{1,2})(?P<a2>[pq])(?![\w])"
    rf"|(?P<c3>\d{{1,2}})(?P<a3>[pq])(?P<b3>{_BAND})?[\s-](?:deletion|del)(?![\w])"
    rf"|t\((?P<t1>{_CHROMOSOME});(?P<t2>{_CHROMOSOME})\)(?:\([pq][\d.]+;[pq][\d.]+\))?"
    rf"|(?P<ploidy>[Tt]risomy|[Mm]onosomy)[\s-]?(?P<c4>{_CHROMOSOME})(?![\w])"
    rf"|(?:gain|amp)\s?\((?P<c5>\d{{1,2}})(?P<a5>[pq])(?:{_BAND})?\)"
    rf"|(?:[Gg]ain|[Aa]mplification) of (?:chromosome )?(?P<c6>\d{{1,2}})(?P<a6>[pq])(?:{_BAND})?(?![\w])"
    rf"|(?P<c7>\d{{1,2}})(?P<a7>[pq])(?:{_BAND})?[\s-](?:gain|amplification)s?(?![\w])"
    rf"|inv\s?\((?P<c8>{_CHROMOSOME})\)(?:\([pq][\d.]+;?[pq][\d.]+\))?)")


#: Whole-chromosome changes that are syndromes a person is born with (Down, Edwards, Patau,
#: Turner), which the vocabularies' diseases name, not variants a tumour acquired.
_SYNDROMES = frozenset({("trisomy", "21"), ("trisomy", "18"), ("trisomy", "13"), ("monosomy", "X")})


def _cytogenetic_entity(match: re.Match[str]) -> Entity:
    """The gene-less Mutation a CYTOGENETIC match names, one node however it is written."""
    if match.group("t1"):
        first, second = match.group("t1"), match.group("t2")
        return Entity(f"kgr:mutation-t-{first}-{second}", "Mutation", f"t({first};{second})",
                      event="translocation", variant_type="SO:0000199")
    if match.group("c4"):
        kind, chromosome = match.group("ploidy").lower(), match.group("c4")
        return Entity(f"kgr:mutation-{kind}-{chromosome}", "Mutation", f"{kind} {chromosome}",
                      event=kind, variant_type="SO:0000055" if kind == "trisomy" else "SO:0000056")
    if match.group("c8"):
        return Entity(f"kgr:mutation-inv-{match.group('c8')}", "Mutation", f"inv({match.group('c8')})",
                      event="inversion", variant_type="SO:1000030")
    gained = next((match.group(f"c{n}") + match.group(f"a{n}") for n in (5, 6, 7) if match.group(f"c{n}")), None)
    if gained is not None:
        return Entity(f"kgr:mutation-chr{gained}-gain", "Mutation", f"gain({gained})",
                      event="gain", variant_type="SO:0001742")
    arm = next(match.group(f"c{n}") + match.group(f"a{n}") for n in (1, 2, 3) if match.group(f"c{n}"))
    return Entity(f"kgr:mutation-chr{arm}-deletion", "Mutation", f"del({arm})",
                  event="deletion", variant_type="SO:1000029")


def find_cytogenetic(text: str) -> list[Mention]:
    """Chromosomal deletions, gains, translocations, inversions and aneuploidies, as Mutation
    mentions of no gene.

    >>> [(m.text, m.curie) for m in find_cytogenetic("del(17p) and t(11;14) or 17p deletion")]
    [('del(17p)', 'kgr:mutation-chr17p-deletion'), ('t(11;14)', 'kgr:mutation-t-11-14'), ('17p deletion', 'kgr:mutation-chr17p-deletion')]
    >>> [(m.text, m.entity.label) for m in find_cytogenetic("trisomy 12, gain of 1q21, 1q gain and inv(16)")]
    [('trisomy 12', 'trisomy 12'), ('gain of 1q21', 'gain(1q)'), ('1q gain', 'gain(1q)'), ('inv(16)', 'inv(16)')]
    >>> find_cytogenetic("children with trisomy 21")
    []
    """
    return [Mention(match.start(), match.end(), match.group(), _cytogenetic_entity(match), how="pattern")
            for match in CYTOGENETIC.finditer(text)
            if not (match.group("c4") and (match.group("ploidy").lower(), match.group("c4")) in _SYNDROMES)]


#: Oncogenes' hotspots, where "X" is any residue ("BRAF V600X", "KRAS G12X") rather than the stop
#: it is elsewhere ("CFTR G542X", "GLA R227X"). A change of no gene yet goes by its residue.
ANY_RESIDUE_HOTSPOTS = frozenset({
    ("BRAF", "V600"), ("KRAS", "G12"), ("KRAS", "G13"), ("KRAS", "Q61"), ("KRAS", "A146"), ("NRAS", "G12"),
    ("NRAS", "G13"), ("NRAS", "Q61"), ("HRAS", "G12"), ("HRAS", "G13"), ("HRAS", "Q61"), ("EGFR", "G719"),
    ("EGFR", "S768"), ("EGFR", "L861"), ("KIT", "D816"), ("KIT", "N822"), ("IDH1", "R132"), ("IDH2", "R140"),
    ("IDH2", "R172"), ("PIK3CA", "E542"), ("PIK3CA", "E545"), ("PIK3CA", "H1047"), ("FLT3", "D835"),
    ("PDGFRA", "D842"), ("AKT1", "E17"), ("GNAQ", "Q209"), ("GNA11", "Q209"), ("SF3B1", "R625"), ("SF3B1", "K700"),
    ("ESR1", "Y537"), ("ESR1", "D538"), ("MAP2K1", "K57"), ("CTNNB1", "S45"), ("U2AF1", "S34"), ("DNMT3A", "R882"),
    ("JAK2", "V617"),
})
_HOTSPOT_RESIDUES = frozenset(residue for _, residue in ANY_RESIDUE_HOTSPOTS)
#: Before a change: the patients without it ("those with non-V30M variants", found by a
#: rare-disease user: V30M was counted twice).
_NOT_THIS_CHANGE_BEFORE = re.compile(r"\bnon-$", re.IGNORECASE)
#: Before an exon's skipping: a drug makes the cell skip it, the therapy, not a variant ("not
#: amenable to exon 51 skipping", found by a rare-disease user: eteplirsen's own exon was a
#: mutation it failed); "MET exon 14 skipping" alone is the variant.
_AMENABLE_BEFORE = re.compile(r"\bamenable\s+to\s+(?:an?\s+)?$", re.IGNORECASE)


def find_mutations(document: Document, genes: list[Mention], main_gene: Mention | None) -> list[Mention]:
    """Find the mutation mentions of a document.

    :param genes: The document's Target mentions; a gene right before a mutation
        (``"KIT exon 11 deletion"``) or in ``"<gene> mutation"`` names its gene.
    :param main_gene: The gene the document is about, used (and flagged ``inferred``)
        when a mutation names no gene.
    :returns: Mentions in reading order; overlapping matches keep the longest.
    """
    text = document.text
    found: list[Mention] = []
    # A change after "IDH1/2" is not IDH2's: a slashed symbol's later genes name no change.
    named = [g for g in genes if g.how != "coordination"]
    # The reference bases of upstream changes the text writes in full ("-1639G>A"), for the
    # same positions written with their new base alone ("-1639A").
    references: dict[tuple[str | None, str], str] = {}
    for dna in re.finditer(r"(?<![\w.+-])(-\d{2,6})([ACGT])>[ACGT]", text):
        gene_mention = _gene_before(text, dna.start(), named)
        references.setdefault((gene_mention.entity.label if gene_mention else None, dna.group(1)), dna.group(2))
    # "ERG11", "FKS1", "PB2" are a microbe's genes only in a text about microbes: "PC9 T790M",
    # "MOLM13 D835Y" name a cell line and its change.
    microbial = _PATHOGEN.search(text) is not None or _MICROBIAL_WORDS.search(text) is not None
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            if _NOT_THIS_CHANGE_BEFORE.search(text, max(0, match.start() - 20), match.start()) or (
                    kind.startswith("exon") and "skipping" in match.group().lower()
                    and _AMENABLE_BEFORE.search(text, max(0, match.start() - 30), match.start())):
                continue
            gene_mention = _gene_before(text, match.start(), named)
            if kind in ("star", "bare_upstream") and (
                    gene_mention is None or text[gene_mention.end:match.start()] not in ("", " ")):
                continue    # only right after its gene ("CYP2C19 *2/*2" too): "*2" alone names nothing
            naming = (gene_mention or _gene_after(text, match.end(), named) or _gene_listing(text, match.start(), named)
                      or _gene_introducing(text, match.start(), named))
            if kind == "protein1" and len(match.group("pos")) == 1 and not _single_digit_change(text, match, naming):
                continue
            if kind == "bare_fs" and naming is None and not _FRAMESHIFT_BEFORE.search(
                    text, max(0, match.start() - 40), match.start()):
                continue
            gene = naming.entity.label if naming is not None else None
            if kind == "protein1" and match.group().startswith("rt"):
                gene = HBV_RT
            # "the inhA promoter mutation c.-15C>T" too (found by an infectious-disease user)
            if gene is None and (kind.startswith("protein") or kind in ("codon", "hgvs")):
                microbe = _MICROBE_GENE_BEFORE.search(text, max(0, match.start() - 80), match.start())
                if microbe is not None and (not microbe.group("gene")[0].isupper() or microbial):
                    gene = microbe.group("gene")
                if gene is None and kind != "hgvs":
                    gene = _viral_gene(text, match, microbial, named)
            inferred = False
            if gene is None and kind == "exon_word":
                # the gene of the same exon's event written in full: "EGFR exon 19 deletion … del19"
                exon_no = int(match.group("exon") or match.group("exon2"))
                event = "deletion" if (match.group("event") or match.group("event2")) == "del" else "insertion"
                full = next((m for m in found if m.entity.exon == exon_no and m.entity.event == event and m.entity.gene
                             and not m.inferred), None)
                if full is not None:
                    gene, inferred = full.entity.gene, True
            if gene is None and main_gene is not None and kind in ("exon", "exon_after", "exon_word"):
                gene, inferred = main_gene.entity.label, True
            if kind == "codon":
                entity = mutation_entity(gene, change=f"{match.group('ref')}{match.group('pos')}")
            elif kind == "protein_range":
                entity = mutation_entity(gene, change=_range_change(match))
            elif kind.startswith("protein"):
                ref = _AA3.get(match.group("ref"), match.group("ref"))
                alt = match.group("alt")
                # "BRAF V600X" is any residue at an oncogene's hotspot, "CFTR G542X" a stop (found in review)
                residue = f"{ref}{match.group('pos')}"
                if not (alt == "X" and ((gene, residue) in ANY_RESIDUE_HOTSPOTS
                                        or (gene is None and residue in _HOTSPOT_RESIDUES))):
                    alt = "*" if alt in ("stop", "X") else _AA3.get(alt, alt)
                entity = mutation_entity(gene, change=f"{ref}{match.group('pos')}{alt}")
                owner = GENE_NAMED_DNA_CHANGES.get(match.group()) if naming is None else None
                if owner is not None:
                    entity = replace(mutation_entity(owner, change=match.group()), variant_type="SO:0001483")
            elif kind == "exon_word":
                word = match.group("event") or match.group("event2")
                entity = mutation_entity(gene, exon=int(match.group("exon") or match.group("exon2")),
                                         event="deletion" if word == "del" else "insertion")
            elif kind.startswith("exon"):
                entity = mutation_entity(gene, exon=int(match.group("exon")), event=_event(match.group("event")))
            elif kind == "star":
                allele = _allele(gene, match.group("allele"))
                if allele is None:
                    continue
                entity = apoe_allele(allele) if gene == "APOE" and allele in ("2", "3", "4") else mutation_entity(gene, allele=allele)
            elif kind == "bare_fs":
                entity = mutation_entity(gene, change=f"{match.group('pos')}fs")
            elif kind in ("bare_dna", "bare_del", "bare_upstream", "bare_ins"):
                entity = mutation_entity(gene, hgvs=_dna_change(gene, match, kind, references))
            elif kind == "rsid":
                entity = Entity(curie=f"kgr:mutation-{match.group(0)}", type="Mutation", label=match.group(0),
                                gene=gene, hgvs=None, variant_type="SO:0001059")
            else:
                entity = mutation_entity(gene, hgvs=match.group(0))
            # An exon-level event reads as one phrase with its gene ("KIT exon 11 deletion");
            # a protein or DNA change is its own span ("V600E"), as the corpora annotate it,
            # and the gene before it stays a mention of its own.
            whole = (kind.startswith("exon") or kind == "star") and gene_mention is not None and not inferred
            start = gene_mention.start if whole and gene_mention is not None else match.start()
            found.append(Mention(start, match.end(), text[start:match.end()], entity, how="pattern", inferred=inferred))
            if kind == "protein1":
                # "T215Y/F", "G12C/D/V": other new residues at one position, each a change of
                # its own on its letter (found by a new user: T215F was lost).
                at = match.end()
                while (other := _OTHER_RESIDUE.match(text, at)) is not None:
                    change = f"{match.group('ref')}{match.group('pos')}{other.group(1)}"
                    found.append(Mention(other.start(1), other.end(1), other.group(1), mutation_entity(gene, change=change),
                                         how="pattern", inferred=inferred))
                    at = other.end()
            if kind == "star":
                # "CYP2C9*2 and *3", "CYP2C19*2/*3": the gene's other alleles, each on its own span.
                at = match.end()
                while (other := _OTHER_ALLELE.match(text, at)) is not None and (
                        allele := _allele(gene, other.group(2))) is not None:
                    found.append(Mention(other.start(2) - 1, other.end(), text[other.start(2) - 1:other.end()],
                                         mutation_entity(gene, allele=allele), how="pattern"))
                    at = other.end()
    # An rs id in brackets after a star allele or a change of a gene is its SNP, of its gene:
    # "CYP2C19*2 (rs4244285)" (found by a new user: the rs id had no gene), "DPYD
    # c.1905+1G>A (rs3918290)", "CYP2B6 516G>T (rs3745274)" (a pharmacogenomics user).
    changes = [m for m in found if m.entity.gene and not m.entity.curie.startswith("kgr:mutation-rs")]
    for i, mention in enumerate(found):
        if mention.entity.curie.startswith("kgr:mutation-rs") and mention.entity.gene is None:
            carrier = next((c for c in changes if _RS_AFTER_ALLELE.fullmatch(text, c.end, mention.start)), None)
            if carrier is not None:
                found[i] = replace(mention, entity=replace(mention.entity, gene=carrier.entity.gene))
    # A slashed symbol's genes ("BRCA1" and "BRCA1/2" for BRCA2, one start) share the status
    # that follows the widest: each gets the mutation, made with the widest.
    slashed: dict[int, list[Mention]] = {}
    for gene_mention in genes:
        slashed.setdefault(gene_mention.start, []).append(gene_mention)
    slashed = {start: sorted(members, key=lambda m: m.end) for start, members in slashed.items()
               if any(m.how == "coordination" for m in members)}
    for i, gene_mention in enumerate(genes):
        members = slashed.get(gene_mention.start, [gene_mention])
        if gene_mention is not members[-1] or text.startswith("-like", gene_mention.end):
            continue    # "mutations of FMS-like tyrosine kinase 3" are FLT3's, not FMS's (a haematology user)
        later = [g for g in genes[i + 1:i + 13] if g.start >= gene_mention.end][:6]
        status = GENE_STATUS.match(text, gene_mention.end) or _shared_status(text, gene_mention, later)
        if status is None and gene_mention.entity.label in FUSION_KINASES and len(members) == 1:
            status = _FUSION_POSITIVE.match(text, gene_mention.end)
        before = None if status else MUTANT_BEFORE.search(text, max(0, gene_mention.start - 30), gene_mention.start)
        if status is not None:
            event = "fusion" if status.re is _FUSION_POSITIVE else _gene_event(status.group(1))
            if event in ("ITD", "TKD") and status.start() != gene_mention.end:
                continue    # an ITD or a TKD is FLT3's own event, never shared
        elif before is not None:
            event = "loss" if before.group("loss") else "mutation"
        else:
            continue
        # A gene's own status is the pattern's; one it shares, or shares out, is a coordination's.
        how = "pattern" if len(members) == 1 and (status is None or status.start() == gene_mention.end) else "coordination"
        for k, member in enumerate(members):
            if status is not None:
                # "BRCA2 mutations"; "BRCA1 or BRCA2 mutations" for BRCA1 (its own span: one
                # span names one entity, and "BRCA1" names the gene); in "BRCA1/2 mutations"
                # BRCA1's is the whole phrase and BRCA2's "2 mutations", from its own character.
                first, last = member.start if k == 0 else member.end - 1, status.end()
            else:
                assert before is not None   # one of the two, or the loop went on above
                first, last = before.start(), member.end     # "mutations in BRCA1/2"
            entity = mutation_entity(member.entity.label, gene_event=event)
            found.append(Mention(first, last, text[first:last], entity, how=how))
    for match in GENE_WORDS.finditer(text):
        entity = (mutation_entity("NTRK", gene_event="fusion") if match.group("ntrk")
                  else mutation_entity("MET", exon=int(match.group("exon")), event="mutation"))
        # "METex14" without its "-positive" or "skipping": the tagger reads the word as a
        # name, which on another span it would mint as a gene of its own
        found.append(Mention(match.start(), match.end(), match.group(), entity, how="pattern"))
    found.extend(_apoe_alleles(text))
    found.extend(Mention(match.start(), match.end(), match.group(), mutation_entity("F5", change="R506Q"), how="pattern")
                 for match in _FACTOR_V_LEIDEN.finditer(text))
    found = _listed_changes(text, _other_numbering(text, found))
    mutated = {m.entity.gene for m in found if m.entity.gene and not m.inferred}
    sentence_genes = None if _about_pathogen(document) else _sentence_genes(document, named)
    # A sentence naming a virus's protein kg does not know gives a change that names none no gene.
    viral_sentences = [(s.start, s.end) for s in split_sentences(document)
                       if _VIRAL_WORD.search(text, s.start, s.end)] if microbial else []
    document_gene = _kinase_partner(text, named, _document_gene(document, named, main_gene, mutated))
    found = _resolve_genes(found, document_gene, sentence_genes, viral_sentences)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    # Mutations that share a status overlap by design ("BRCA1 or BRCA2 mutations" holds
    # "BRCA2 mutations"); the other matches keep the longest of overlapping ones.
    shared = [m for m in found if m.how == "coordination"]
    chosen: list[Mention] = []
    for mention in found:
        if mention.how == "coordination" or (chosen and mention.start < chosen[-1].end):
            continue
        chosen.append(mention)
    found = _compounds(text, chosen)
    return sorted(found + shared, key=lambda m: (m.start, -(m.end - m.start))) if shared else found


#: A protein change as :func:`mutation_entity` normalises it: "G1202R", "E746del", "R1441fs".
_CHANGE = re.compile(r"([A-Z*])(\d+)(?:[A-Z*]|fs|del)")


def _compounds(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join protein changes written with a slash ("G1202R/L1196M") into one compound mutation.

    Two changes at different residues joined by "/" are one allele carrying both (a
    double mutant), not two alleles: "Compound G1202R/L1196M mutations conferred
    resistance to lorlatinib" says nothing of G1202R alone, which lorlatinib inhibits
    (found by a new user: the split made a false conflict). It takes a word that says so
    (:data:`_COMPOUND_MARK`): "Y537S/D538G mutations" lists hotspots; a pair listed right
    after a compound is one too ("compound G1202R/L1196M and G1202R/G1269A", found by a
    precision-oncology user: the second was split). With the mark, "plus" joins them as
    "/" does ("compound I1171N plus G1202R"). Changes at one residue ("V600E/V600K") are
    alternatives and stay apart; so do exon-level events. :func:`compound_parts` gives
    the single changes back, for scoring against corpora that annotate each.

    >>> from kg.model import Document
    >>> text = "compound G1202R/L1196M and G1202R/G1269A, V600E/V600K and Y537S/D538G"
    >>> [m.entity.label for m in find_mutations(Document("x", text, "x"), [], None)]
    ['G1202R/L1196M', 'G1202R/G1269A', 'V600E', 'V600K', 'Y537S', 'D538G']
    """
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        # The compound this pair is listed after: "compound G1202R/L1196M and G1202R/G1269A".
        listed = (len(out) >= 2 and previous is not None and "/" in str(out[-2].entity.hgvs) and _protein_change(out[-2])
                  and _CHANGE_JOINER.fullmatch(text, out[-2].end, previous.start) is not None)
        if (previous is not None and _COMPOUND_JOIN.fullmatch(text, previous.end, mention.start)
                and _protein_change(previous) and _protein_change(mention)
                and not {_residue(c) for c in str(previous.entity.hgvs).split("/")} & {_residue(str(mention.entity.hgvs))}
                and (listed or _marked_compound(text, previous.start, mention.end))):
            gene = previous.entity.gene or mention.entity.gene
            inferred = previous.inferred or (previous.entity.gene is None and mention.inferred)
            if listed and previous.inferred and out[-2].entity.gene is not None:
                gene, inferred = out[-2].entity.gene, out[-2].inferred     # the listed compound's gene
            change = f"{previous.entity.hgvs}/{mention.entity.hgvs}"
            out[-1] = Mention(previous.start, mention.end, text[previous.start:mention.end],
                              mutation_entity(gene, change=change), how="pattern", inferred=inferred)
        else:
            out.append(mention)
    return out


#: Between the changes of a compound: "G1202R/L1196M", "I1171N plus G1202R".
_COMPOUND_JOIN = re.compile(r"/|\s+plus\s+")
#: What says a slash joins changes of one allele: "compound", "double mutant", "in cis".
#: Without it "ESR1 Y537S/D538G mutations" lists hotspots (found in review).
_COMPOUND_MARK = re.compile(r"\b(?:compound|double|triple|dual|co-?occurring|concurrent|cis)\b", re.IGNORECASE)


#: "Compound" that opens the phrase introducing the pair, a gene or a fusion and "such as"
#: between: "Compound mutations such as BCR-ABL1 T315I/E255V", "Compound ALK mutations such
#: as G1202R/L1196M" (found by a haematology and a precision-oncology user: more than 30
#: characters before, the pair was split). Not past a sentence's or a clause's end.
_COMPOUND_INTRODUCED = re.compile(
    r"\b(?:compound|double|triple)(?:[\s-]+[\w-]+){0,3}?\s+(?:mutations?|mutants?|variants?|alleles?)"
    r"\s*,?\s*\(?(?:such\s+as|including|e\.g\.,?|like|namely)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: "Combination" right before a pair or right after it: "The combination L50F/E166V conferred
#: 80-fold resistance" (found by an infectious-disease user: L50F got the resistance its
#: sentence gives the pair, which the next denies to L50F alone), "the L50F/E166V
#: combination". Not farther: "in combination with nirmatrelvir, Y537S/D538G" is a therapy's.
_COMBINATION_BEFORE = re.compile(r"\bcombinations?\s+(?:of\s+)?(?:(?:the\s+)?(?:substitutions?|mutations?)\s+)?$",
                                 re.IGNORECASE)
_COMBINATION_AFTER = re.compile(r"\s+(?:(?:substitutions?|mutations?)\s+)?combinations?\b(?!\s+(?:with|therapy))",
                                re.IGNORECASE)


def _marked_compound(text: str, start: int, end: int) -> bool:
    return (_COMPOUND_MARK.search(text, max(0, start - 30), start) is not None
            or _COMBINATION_BEFORE.search(text, max(0, start - 40), start) is not None
            or _COMBINATION_AFTER.match(text, end) is not None
            or _COMPOUND_MARK.search(text, end, end + 30) is not None
            or _COMPOUND_INTRODUCED.search(text, max(0, start - 80), start) is not None)


def _protein_change(mention: Mention) -> bool:
    hgvs = mention.entity.hgvs
    return (mention.how == "pattern" and hgvs is not None and mention.entity.exon is None
            and all(_CHANGE.fullmatch(c) for c in hgvs.split("/")))


def _residue(change: str) -> str:
    """The residue a change is at: "L858" for L858R, L858fs and L858del."""
    return re.sub(r"(?:fs|del|[A-Z*])$", "", change)


def compound_parts(mention: Mention) -> list[Mention]:
    """The single changes of a compound mutation mention, each with its own span and entity.

    >>> from kg.model import Document
    >>> [m] = find_mutations(Document("x", "EGFR T790M/C797S double mutant", "x"), [], None)
    >>> [(p.start, p.end, p.entity.label) for p in compound_parts(m)]
    [(5, 10, 'T790M'), (11, 16, 'C797S')]
    >>> [m] = find_mutations(Document("x", "ALK I1171N plus G1202R compound mutations", "x"), [], None)
    >>> [(p.start, p.end, p.entity.label) for p in compound_parts(m)]
    [(4, 10, 'I1171N'), (16, 22, 'G1202R')]
    """
    hgvs = mention.entity.hgvs
    joins = list(_COMPOUND_JOIN.finditer(mention.text))
    if (mention.entity.type != "Mutation" or hgvs is None or "/" not in hgvs or mention.entity.exon is not None
            or len(joins) != hgvs.count("/")):
        return [mention]
    bounds = [0] + [b for join in joins for b in join.span()] + [len(mention.text)]
    return [Mention(mention.start + first, mention.start + last, mention.text[first:last],
                    mutation_entity(mention.entity.gene, change=change), how=mention.how, inferred=mention.inferred)
            for first, last, change in zip(bounds[::2], bounds[1::2], hgvs.split("/"), strict=True)]


def _gene_event(word: str) -> str:
    word = word.lower()
    return GENE_EVENTS.get(word) or GENE_EVENTS.get(word.removesuffix("s"), "mutation")


def _shared_status(text: str, gene: Mention, later: list[Mention]) -> re.Match[str] | None:
    """The gene-level status a gene shares with the genes coordinated after it ("BRCA1 or
    BRCA2 mutation", "KIT, PDGFRA or BRAF mutations"), if it does: the status's match.

    A comma before "and"/"or" ends the list: "an inhibitor of ALK, and EGFR mutations
    predict …" joins two clauses (found in review).
    """
    current = gene
    for other in later[:6]:
        joiner = _SHARED_STATUS.fullmatch(text, current.end, other.start)
        if joiner is None or re.search(r",\s*(?:and|or)\b", joiner.group()):
            return None
        status = GENE_STATUS.match(text, other.end)
        if status is not None:
            return status
        current = other
    return None


#: Between two changes of one list: "R140Q or R172K", "R140Q, R172K and R172S".
_CHANGE_JOINER = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and/or|or|and)\s+)")


#: Between two changes of one list as :func:`_listed_changes` reads it: :data:`_CHANGE_JOINER`,
#: after the first's share or count in brackets ("rpoB D435V (11%) and H445Y (7%)", found by an
#: infectious-disease user: H445Y was a change of no gene), or "plus" ("integrase Q148H plus
#: G140S", the same user).
_LIST_JOINER = re.compile(r"(?:\s*\((?:n\s*=\s*)?\d[\d.,]*\s*%?(?:\s*(?:of|/)\s*\d+)?\))?" + _CHANGE_JOINER.pattern
                          + r"|\s+plus\s+")


def _listed_changes(text: str, found: list[Mention]) -> list[Mention]:
    """Give a protein change that names no gene the gene of the change it is listed after.

    "IDH2 R140Q or R172K mutations": R172K is IDH2's (found by a new user: it took the
    paper's first gene, IDH1, as a change of no gene does). A DNA change listed with them is
    the gene's too: "FLG … mutations, such as R501X and 2282del4" (a dermatology user).
    """
    changes = sorted((m for m in found if m.entity.hgvs and m.entity.exon is None), key=lambda m: m.start)
    gene_of: dict[int, str] = {}
    previous: Mention | None = None
    for mention in changes:
        gene = mention.entity.gene
        if gene is None and previous is not None and _LIST_JOINER.fullmatch(text, previous.end, mention.start):
            gene = gene_of.get(id(previous))
            if gene is not None:
                gene_of[id(mention)] = gene
        elif gene is not None:
            gene_of[id(mention)] = gene
        previous = mention
    return [replace(m, entity=_with_gene(m.entity, gene_of[id(m)]))
            if m.entity.gene is None and id(m) in gene_of else m for m in found]


def _with_gene(entity: Entity, gene: str) -> Entity:
    """A protein or DNA change's entity, made again with ``gene``."""
    hgvs = str(entity.hgvs)
    if hgvs.startswith(("c.", "g.")):
        return mutation_entity(gene, hgvs=hgvs)
    return mutation_entity(gene, change=hgvs)


def _resolve_genes(found: list[Mention], main_gene: Mention | None,
                   sentence_genes: list[tuple[int, int, str | None]] | None = None,
                   viral_sentences: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Give a protein or DNA change that names no gene the gene it has elsewhere in the text.

    "ABL1 T315I … T315I" is one mutation; a change never written with a gene takes the one
    gene its sentence names (:func:`_sentence_genes`), else the document's gene. All are
    flagged ``inferred``; with no gene at all it stays as it is. A change written with
    HBV's "rt" ("rtM204V") is its polymerase's, never a human gene's. In a sentence naming a
    viral protein kg cannot ground (``viral_sentences``, "spike", "integrase") a change takes
    no sentence's or document's gene: it may be that protein's.
    """
    known = {m.entity.hgvs: m.entity.gene for m in found if m.entity.gene and m.entity.hgvs}
    # A change given its sentence's gene is that gene's where the text writes it again bare:
    # "In BCR-ABL1-driven cells, the T315I … ponatinib retained activity against T315I".
    from_sentence: dict[str, str] = {}
    out = []
    for mention in sorted(found, key=lambda m: m.start):
        entity = mention.entity
        if entity.gene is None and entity.hgvs and entity.exon is None and not entity.curie.startswith("kgr:mutation-rs"):
            gene = known.get(entity.hgvs)
            if gene is None and any(first <= mention.start < last for first, last in viral_sentences or ()):
                out.append(mention)
                continue
            if gene is None and sentence_genes is not None and not mention.text.startswith("rt"):
                gene = next((g for first, last, g in sentence_genes if first <= mention.start < last), None)
                if gene is not None:
                    from_sentence.setdefault(entity.hgvs, gene)
            gene = gene or from_sentence.get(entity.hgvs) or (main_gene.entity.label if main_gene is not None else None)
            if mention.text.startswith("rt") and not known.get(entity.hgvs):
                gene = None
            if gene is not None:
                dna = entity.hgvs.startswith(("c.", "g."))
                resolved = mutation_entity(gene, hgvs=entity.hgvs) if dna else mutation_entity(gene, change=entity.hgvs)
                mention = Mention(mention.start, mention.end, mention.text, resolved, how=mention.how, inferred=True)
        out.append(mention)
    return out


#: Between the genes of a fusion: "BCR-ABL1", "EML4-ALK", "CD74-ROS1", "EML4::ALK".
_FUSION_JOIN = re.compile(r"-|::")
#: After a gene, words that name its expression, not its sequence: "PD-L1 expression", "HER2
#: staining", "ERBB2-positive": no change of the sentence is that gene's for them.
_EXPRESSION_AFTER = re.compile(
    r"(?:\s+|-)(?:expression|expressing|levels?|staining|immunohistochemistry|IHC|protein\s+levels?|"
    r"positive|negative|positivity|negativity|high|low|status|score)\b", re.IGNORECASE)


def _sentence_genes(document: Document, genes: list[Mention]) -> list[tuple[int, int, str | None]]:
    """Each sentence's span and the one gene it names, if it names exactly one, for its changes that name none.

    Found by a haematology user: "In BCR-ABL1-driven cells, the T315I gatekeeper mutation …"
    made T315I the paper's gene's (BTK, in a paper on BTK C481S). A fusion's 5' partner is
    no owner of a change: the kinase domain is the 3' gene's ("BCR-ABL1", "EML4-ALK",
    "CD74-ROS1" are ABL1's, ALK's, ROS1's). A gene named for its expression ("PD-L1
    expression"), as a cell marker or as a drug's enzyme is not counted; a sentence naming
    two genes gives none, and its changes go on to the document's gene.
    """
    text = document.text
    out = []
    for sentence in split_sentences(document):
        inside = sorted((g for g in genes if sentence.start <= g.start and g.end <= sentence.end), key=lambda g: g.start)
        owners = set()
        for i, gene in enumerate(inside):
            partner = inside[i + 1] if i + 1 < len(inside) else None
            if partner is not None and _FUSION_JOIN.fullmatch(text, gene.end, partner.start):
                continue        # the 5' partner of a fusion
            # "EML4-ALK cells" are cells carrying the fusion, "CD4 cells" ones marked by CD4.
            marker = _incidental(text, gene) and (re.match(r"CD\d", gene.entity.label or "") is not None
                                                  or _CELL_MARKER_AFTER.match(text, gene.end) is None)
            if marker or (gene.entity.label not in FUSION_KINASES and _EXPRESSION_AFTER.match(text, gene.end)):
                continue
            owners.add(gene.entity.label)
        out.append((sentence.start, sentence.end, owners.pop() if len(owners) == 1 else None))
    return out


#: From a gene to a change listed in parentheses after it: "mutations in PLCG2 (R665W, L845F
#: and S707Y)", "KIT mutations (V559D".
_LISTED_AFTER = re.compile(r"\s*(?:(?:gain|loss)-of-function\s+)?(?:mutations?|variants?|alterations?|substitutions?)?"
                           r"\s*\([^()]{0,60}")


def _gene_listing(text: str, start: int, genes: list[Mention]) -> Mention | None:
    """The gene whose parenthesised list of changes holds ``start`` (found by a new user: the
    PLCG2 changes of "mutations in PLCG2 (R665W, L845F and S707Y)" took the paper's gene, BTK)."""
    before = [g for g in genes if g.end <= start and start - g.end <= 80]
    if before:
        gene = max(before, key=lambda g: g.end)
        if _LISTED_AFTER.fullmatch(text, gene.end, start):
            return gene
    return None


def _gene_after(text: str, end: int, genes: list[Mention]) -> Mention | None:
    """A gene named right after an exon-level event, "exon 11 deletions of KIT", or joined to a
    change by a hyphen, "G551D-CFTR"."""
    for gene in genes:
        if 0 < gene.start - end <= 12 and re.fullmatch(r"\s+(?:of|in|within)\s+(?:the\s+)?|-", text[end:gene.start]):
            return gene
    return None


#: Between a gene and its change, the noun of a variant: "the PAH variant R408W", "TTR mutation
#: V30M" (found by a rare-disease user: R408W took the paper's other gene).
_VARIANT_NOUN = re.compile(r"[\s-]+(?:variants?|mutations?|alleles?|substitutions?|mutants?)\s+(?:p\.\s?)?$", re.IGNORECASE)
#: Between a gene and its rs id, a polymorphism's noun and one word of where it lies: "the MUC5B
#: promoter polymorphism rs35705950", "IFNL3 SNP rs12979860" (found by a respiratory user).
#: "the NOD2 frameshift variant 1007fs" too.
_RS_OR_FRAMESHIFT = re.compile(r"rs\d|\d{2,5}fs")
_POLYMORPHISM_NOUN = re.compile(r"[\s-]+(?:[a-z][\w-]*\s+)?(?:polymorphisms?|SNPs?|variants?|alleles?)\s+$", re.IGNORECASE)


def _gene_before(text: str, start: int, genes: list[Mention]) -> Mention | None:
    """A gene mention ending just before ``start`` (``"KIT exon 11"``, ``"BRAF V600E"``,
    ``"PAH variant R408W"``)."""
    for gene in genes:
        if 0 <= start - gene.end <= 2 and text[gene.end:start].strip(" -") == "":
            return gene
    return next((g for g in genes if 0 < start - g.end <= 16 and _VARIANT_NOUN.fullmatch(text, g.end, start)), None) or (
        next((g for g in genes if 0 < start - g.end <= 40 and _POLYMORPHISM_NOUN.fullmatch(text, g.end, start)), None)
        if _RS_OR_FRAMESHIFT.match(text, start) else None)


#: From a gene to the first change of a list it introduces: "Variants in GBA1, including N370S",
#: "filaggrin (FLG) loss-of-function mutations, such as R501X" (a dermatology user: R501X took
#: the abstract's gene, IL13; a neurology user: GBA1's N370S was LRRK2's). A few words may name
#: the kind of change between; no sentence end may.
_INTRODUCED = re.compile(
    r"\)?(?:\s+(?!inhibitors?\b|antibod|therap|treatment)[\w-]+){0,3}?(?:\s+(?:mutations?|variants?|alleles?|substitutions?|alterations?))?\s*,?\s*\(?"
    r"(?:such\s+as|including|e\.g\.,?|notably|in\s+particular|especially|namely|most\s+(?:frequently|commonly|often))"
    # "MUC5B, especially the promoter polymorphism rs35705950" (found by a respiratory user)
    r"\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+)?(?:polymorphisms?|SNPs?|variants?)\s+)?(?:p\.\s?)?", re.IGNORECASE)


def _gene_introducing(text: str, start: int, genes: list[Mention]) -> Mention | None:
    """The gene whose changes a list holding ``start`` is introduced by ("GENE …, such as X")."""
    before = [g for g in genes if g.end <= start and start - g.end <= 60]
    if before:
        gene = max(before, key=lambda g: g.end)
        if _INTRODUCED.fullmatch(text, gene.end, start):
            return gene
    return None


#: A gene named as a cell marker or a cell count, not for its sequence: "CD4 cell count",
#: "CD4+ T cells", "CD8+ lymphocytes" (an HIV user: K103N became a mutation of CD4).
_CELL_MARKER_AFTER = re.compile(
    r"\+?(?:\s*/\s*CD\d+\+?)*[\s-]+(?:(?:T|B|NK)[\s-]?)?(?:cells?|lymphocytes?|counts?|cell\s+counts?|T-cells?)\b",
    re.IGNORECASE)
#: Drug-metabolising enzymes and drug transporters, named in abstracts for interactions.
_DRUG_HANDLING_GENE = re.compile(r"(?:CYP\d\w*|UGT\d\w*|ABCB1|ABCG2|SLCO1B\d|SLC22A\d)")
#: Around such a gene, its role in a drug's handling: "Ritonavir strongly inhibits CYP3A4" (a
#: virology user: nirmatrelvir's Mpro change E166V became CYP3A4's), "CYP3A4 inhibitors",
#: "metabolised by CYP2C8", "CYP3A4-mediated".
_DRUG_HANDLING_BEFORE = re.compile(
    r"\b(?:inhibit\w*|induc\w*|substrates?\s+(?:of|for)|metaboli[sz]\w*\s+(?:by|via)|by|via|through)"
    r"\s+(?:the\s+)?(?:(?:strong|potent|moderate|weak)\s+)?$", re.IGNORECASE)
_DRUG_HANDLING_AFTER = re.compile(
    r"(?:\s+|-)(?:inhibit\w*|induc\w*|substrates?|mediated|metabolism|activity|interactions?|enzymes?)\b", re.IGNORECASE)
#: A pathogen an abstract may be about: its changes are the pathogen's, never a human gene's
#: named elsewhere ("HIV-1 subtype A6/A1" read A6 as TWF1, and E138A became TWF1's: an HIV user).
_PATHOGEN = re.compile(
    r"\b(?:HIV(?:-[12])?|HBV|HCV|HDV|SARS-CoV-2|COVID-19|hepatitis\s+[BCD]|influenza|cytomegalovirus|CMV|RSV|"
    r"tuberculosis|Mycobacteri\w+|Staphylococc\w+|MRSA|Streptococc\w+|Enterococc\w+|Candida|Aspergillus|"
    r"Klebsiella|Pseudomonas|Escherichia|Acinetobacter|Enterobacter\w*|Plasmodium|malaria)\b")


def _incidental(text: str, gene: Mention) -> bool:
    """Whether a gene mention names a cell marker or a drug's enzyme, not a gene that mutates."""
    if _CELL_MARKER_AFTER.match(text, gene.end):
        return True
    return (_DRUG_HANDLING_GENE.fullmatch(gene.entity.label or "") is not None
            and (_DRUG_HANDLING_BEFORE.search(text, max(0, gene.start - 40), gene.start) is not None
                 or _DRUG_HANDLING_AFTER.match(text, gene.end) is not None))


def _about_pathogen(document: Document) -> bool:
    """Whether an abstract is about a pathogen: one named in its title, or three times."""
    text = document.text
    title_end = document.sections[0].end if document.sections else 0
    pathogens = [m.group() for m in _PATHOGEN.finditer(text)]
    return bool(pathogens) and (_PATHOGEN.search(text, 0, title_end) is not None
                                or max(pathogens.count(p) for p in pathogens) >= 3)


def _document_gene(document: Document, genes: list[Mention], main_gene: Mention | None,
                   mutated: set[str]) -> Mention | None:
    """The gene a change that names none belongs to, if any: the document's, unless that is no gene a change is of.

    An abstract about a pathogen (named in its title, or three times) gives its changes the
    viral gene it names ("NS5A", a ``kgr:entity-gene-…``), else none: a human gene named there
    is the host's, unless the text names a change of it (``mutated``: "EGFR-mutant lung cancer
    in people with HIV"). A gene named only as a cell marker ("CD4 cell count") or a drug's enzyme
    ("inhibits CYP3A4") is never the document's gene for a change.
    """
    text = document.text
    if _about_pathogen(document) and (main_gene is None or main_gene.entity.label not in mutated):
        viral = next((g for g in genes if g.curie.startswith("kgr:entity-gene-")), None)
        return viral if viral is None or _viral_gene_stands(document, genes, viral) else None
    if main_gene is None:
        return None
    same = [g for g in genes if g.curie == main_gene.curie]
    return None if same and all(_incidental(text, g) for g in same) else main_gene


def _kinase_partner(text: str, genes: list[Mention], gene: Mention | None) -> Mention | None:
    """The document's gene for a change that names none: ``gene``, or, when every mention of
    it is a fusion's 5' partner ("BCR-ABL", "EML4-ALK"), the 3' gene it is joined to.

    The kinase domain, where such changes lie, is the 3' gene's, as :func:`_sentence_genes`
    reads a sentence (found by a new user: "T315I confers resistance to nilotinib" after
    "BCR-ABL" made T315I BCR's, where "BCR-ABL T315I" was ABL1's).
    """
    if gene is None:
        return None
    ordered = sorted(genes, key=lambda g: g.start)
    partners = []
    for i, mention in enumerate(ordered):
        if mention.curie != gene.curie:
            continue
        after = ordered[i + 1] if i + 1 < len(ordered) else None
        if after is None or after.curie == gene.curie or not _FUSION_JOIN.fullmatch(text, mention.end, after.start):
            return gene
        partners.append(after)
    return partners[0] if partners else gene


def _viral_gene_stands(document: Document, genes: list[Mention], viral: Mention) -> bool:
    """Whether a pathogen's gene kg knows (Mpro, NS5A) is the one its abstract's bare changes
    are of, when the abstract also names proteins kg does not know (:data:`_VIRAL_WORD`):
    only if its title names it, or the text names it more often than them all (found by an
    infectious-disease user: in a review of antibodies against spike, the F486S, P337L and
    E340K named with no protein became Mpro's, the one protein kg knew)."""
    others = sum(1 for _ in _VIRAL_WORD.finditer(document.text))
    if others == 0:
        return True
    title_end = document.sections[0].end if document.sections else 0
    same = [g for g in genes if g.curie == viral.curie]
    return any(g.start < title_end for g in same) or len(same) > others


#: A change with a position of two digits or more, listed right before or after another.
_MULTI_DIGIT = r"[ACDEFGHIKLMNPQRSTVWY]\d{2,5}(?:[ACDEFGHIKLMNPQRSTVWY*X]|fs|del)"
_LISTED_CHANGE_AFTER = re.compile(rf"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and/or|or|and)\s+|/){_MULTI_DIGIT}\b")
_LISTED_CHANGE_BEFORE = re.compile(rf"\b{_MULTI_DIGIT}\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and/or|or|and)\s+|/)$")


def _single_digit_change(text: str, match: re.Match[str], naming: Mention | None) -> bool:
    """Whether a one-letter change at a position of one digit is a change: "SOD1 A4V", "SOD1,
    including A4V and G93A" (found by a neurology user: A4V was missed). Alone, such a word is
    mostly something else: "T1D", "E2F", "S1P", "G2M"; so a gene must name it, or it is listed
    with a change at a longer position.
    """
    return (naming is not None or _LISTED_CHANGE_AFTER.match(text, match.end()) is not None
            or _LISTED_CHANGE_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None)


#: A microbe's gene symbol, which no human vocabulary has: three lowercase letters and an
#: uppercase one ("rpoB", "katG", "gyrA", "mprF", "cyp51A"), uppercase letters and digits
#: ("FKS1", "ERG11", "PB2") or a beta-lactamase ("blaKPC-3"). Not a virus's or a trial's name.
_MICROBE_SYMBOL = r"(?:[a-z]{3}\d{0,2}[A-Z]\d{0,2}|(?!HIV|HBV|HCV|HDV|HPV|COVID|SARS|NCT)[A-Z]{2,5}\d{1,2}|bla[A-Z]{2,6}(?:-\d{1,3})?)"
#: A microbial gene symbol right before a change, or before the noun of its changes: "rpoB S450L",
#: "FKS1 hot-spot mutations, most frequently S639F", "ERG11 substitutions Y132F", "blaKPC-3
#: variants with the D179Y substitution", "cyp51A TR34/L98H" (its promoter's tandem repeat
#: with the change). Found by an infectious-disease user: each was a change of no gene.
_MICROBE_GENE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<gene>{_MICROBE_SYMBOL})(?:\s+(?:[a-z][a-z-]*\s+){{0,2}}?(?:mutations?|substitutions?|variants?|alterations?)"
    r"(?:\s+with\s+the|\s*,\s*(?:most\s+(?:frequently|commonly|often)|such\s+as|including|e\.g\.,?|notably))?)?"
    r"\s+(?:TR\d{2,3}/)?(?:p\.\s?)?$")



#: A virus's proteins by the names its papers give them, which no vocabulary of kg grounds, and
#: the symbol a change of each is minted with (as :data:`_MICROBE_SYMBOL`'s are): "spike" (S),
#: "nsp12" and RdRp, HIV's integrase (IN), reverse transcriptase (RT) and capsid (CA),
#: influenza's neuraminidase (NA), haemagglutinin (HA) and polymerase acidic protein (PA). A
#: closed class. Not TERT's "telomerase reverse transcriptase", nor RT-PCR's.
_VIRAL_PROTEIN_NAMES = (
    (r"spike(?:\s+(?:glyco)?protein)?", "S"),
    (r"nsp(?P<nsp>\d{1,2})", "nsp"),
    (r"RdRp|RNA-dependent\s+RNA\s+polymerase", "RdRp"),
    (r"integrase", "IN"),
    (r"(?<!telomerase\s)reverse\s+transcriptase(?![\s-]+(?:polymerase|PCR))", "RT"),
    (r"capsid(?:\s+protein)?", "CA"),
    (r"neuraminidase", "NA"),
    (r"ha?emagglutinin", "HA"),
    (r"polymerase\s+acidic(?:\s+\(PA\))?(?:\s+protein)?", "PA"),
)
_VIRAL_PROTEIN = "|".join(f"(?P<v{i}>{name})" for i, (name, _) in enumerate(_VIRAL_PROTEIN_NAMES))
#: Their symbols as papers write them right before a change ("PA I38T", "RT K103N"), only in a
#: text about microbes: alone each is as often something else.
_VIRAL_SYMBOL = r"(?-i:(?P<sym>RT|IN|CA|PA|NA|HA))"
#: A viral protein right before a change or before the noun of its changes, as
#: :data:`_MICROBE_GENE_BEFORE` ("the spike substitutions E484A and Q493R", "Emergent nsp12
#: substitutions such as V792I", "integrase Q148H", "The neuraminidase H275Y substitution",
#: "PA I38T"); found by an infectious-disease user: spike's and nsp12's changes became the
#: paper's Mpro's, and the others changes of no gene.
_VIRAL_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:HIV(?:-[12])?|SARS-CoV-2|influenza|viral)\s+)?(?:{_VIRAL_PROTEIN}|{_VIRAL_SYMBOL})"
    r"(?:\s+(?:[a-z][a-z-]*\s+){0,2}?(?:mutations?|substitutions?|variants?|alterations?|changes?)"
    r"(?:\s+with\s+the|\s*,?\s*(?:most\s+(?:frequently|commonly|often)|such\s+as|including|e\.g\.,?|notably))?)?"
    r"\s+(?:p\.\s?)?$", re.IGNORECASE)
#: After a change (and the changes listed with it), the viral protein it is "in": "the
#: mutations K101E and E138K in reverse transcriptase" (the same user); not a drug class's
#: "in reverse transcriptase inhibitor-treated patients".
_VIRAL_AFTER = re.compile(
    rf"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and/or|or|and|plus)\s+){_MULTI_DIGIT}\b)*"
    r"(?:\s+(?:mutations?|substitutions?|variants?))?\s+(?:in|of|within)\s+(?:the\s+)?"
    rf"(?:(?:HIV(?:-[12])?|SARS-CoV-2|influenza|viral)\s+)?(?:{_VIRAL_PROTEIN})(?![\w-])(?![\s-]+inhibit)",
    re.IGNORECASE)
#: A viral protein's name anywhere in a sentence: there a change that names no gene is no
#: change of the paper's gene ("Tixagevimab-cilgavimab lost activity owing to F486S and other
#: receptor-binding domain changes" is no Mpro change, found by the same user).
_VIRAL_WORD = re.compile(rf"(?<![\w-])(?:{_VIRAL_PROTEIN})(?![\w-])", re.IGNORECASE)


def _viral_symbol(match: re.Match[str]) -> str:
    """The symbol a :data:`_VIRAL_BEFORE` or :data:`_VIRAL_AFTER` match names ("nsp12" as written)."""
    if match.groupdict().get("sym"):
        return match.group("sym")
    i = next(i for i, _ in enumerate(_VIRAL_PROTEIN_NAMES) if match.group(f"v{i}") is not None)
    symbol = _VIRAL_PROTEIN_NAMES[i][1]
    return f"nsp{match.group('nsp')}" if symbol == "nsp" else symbol


def _viral_gene(text: str, match: re.Match[str], microbial: bool, genes: list[Mention]) -> str | None:
    """The viral protein a protein change is written with, before or after it, if any, in a
    text about microbes (``microbial``); a symbol ("PA") only right before it. A gene kg knows
    right before the protein's name is the gene: "NS5B RdRp S282T" is NS5B's."""
    if not microbial:
        return None
    before = _VIRAL_BEFORE.search(text, max(0, match.start() - 80), match.start())
    if before is not None and (before.group("sym") is None or text[before.end("sym"):match.start()].strip() == ""):
        known = next((g for g in genes if 0 <= before.start() - g.end <= 2
                      and text[g.end:before.start()].strip(" -") == ""), None)
        return known.entity.label if known is not None else _viral_symbol(before)
    after = _VIRAL_AFTER.match(text, match.end())
    return _viral_symbol(after) if after is not None else None

#: APOE's alleles ε2, ε3, ε4, which no change names: "APOE ε4 carriers", "APOE e4 homozygotes",
#: "APOE4 homozygosity", "the ε4 allele" (found by a neurology user: no variant, so no stratum
#: or response could name it). A Latin "e4" alone only before its carriers, in an abstract
#: that names APOE.
_APOE_ALLELE = re.compile(
    r"(?<![\w-])(?:(?:APOE|ApoE|apoE)(?:[\s-]?(?:ε|ɛ|epsilon|e|E))?|ε|ɛ|epsilon[\s-]?)(?P<allele>[234])(?!\w|\.\d)"
    r"|(?<![\w-])e(?P<latin>[234])(?=\s+(?:alleles?|carriers?|non-?carriers?|homozygo\w+|heterozygo\w+)\b)")
_NAMES_APOE = re.compile(r"\bapoE\b|\bapolipoprotein\s+E\b", re.IGNORECASE)


def apoe_allele(allele: str) -> Entity:
    """The Mutation entity of APOE's allele ε2, ε3 or ε4, an allele as a star allele is.

    >>> apoe_allele("4").curie, apoe_allele("4").label
    ('kgr:mutation-APOE-e4', 'APOE ε4')
    """
    return Entity(curie=f"kgr:mutation-APOE-e{allele}", type="Mutation", label=f"APOE ε{allele}", gene="APOE",
                  variant_type="SO:0001023")


def _apoe_alleles(text: str) -> list[Mention]:
    names_apoe = _NAMES_APOE.search(text) is not None
    return [Mention(match.start(), match.end(), match.group(), apoe_allele(match.group("allele") or match.group("latin")),
                    how="pattern")
            for match in _APOE_ALLELE.finditer(text) if match.group("allele") or names_apoe]


#: DNA changes named in the old way, a base, a position and a base, that look like protein
#: changes and that one gene owns, by their name: prothrombin's "G20210A" (F2's 3' UTR, a
#: haematology user: it became a change of F5, named in the sentence, or of no gene), MTHFR's
#: "C677T" and "A1298C". Given their gene when the text names none before them (it writes
#: "prothrombin", which the lexicon does not know for F2); a single-nucleotide variant.
GENE_NAMED_DNA_CHANGES = {"G20210A": "F2", "C677T": "MTHFR", "A1298C": "MTHFR"}
#: Factor V Leiden, F5's R506Q (a haematology user: no mutation was found); the lexicon knows
#: "coagulation factor V" but not "factor V", so the name is read here.
_FACTOR_V_LEIDEN = re.compile(r"\b(?:(?:coagulation\s+)?[Ff]actor\s+V|FV|F5)[\s-]+Leiden\b|\bFVL\b")


#: Between a protein change and its other numbering in brackets: "TTR V122I (p.Val142Ile)".
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_ONE_CHANGE = re.compile(r"([A-Z])(\d+)([A-Z*])")


def _other_numbering(text: str, found: list[Mention]) -> list[Mention]:
    """Drop a protein change in brackets right after another that has its residues at another
    position: the same variant in the other numbering, legacy or HGVS ("TTR V122I
    (p.Val142Ile)", found by a cardiology user: two entities). The written one stands.
    """
    changes = {m.start: m for m in found if m.entity.hgvs and _ONE_CHANGE.fullmatch(m.entity.hgvs)}
    dropped: set[int] = set()
    for first in changes.values():
        bracket = _BRACKET_OPEN.match(text, first.end)
        second = changes.get(bracket.end()) if bracket is not None else None
        if second is None:
            continue
        one, other = _ONE_CHANGE.fullmatch(str(first.entity.hgvs)), _ONE_CHANGE.fullmatch(str(second.entity.hgvs))
        assert one is not None and other is not None    # both were chosen for it
        if (one.group(1), one.group(3)) == (other.group(1), other.group(3)) and one.group(2) != other.group(2):
            dropped.add(id(second))
    return [m for m in found if id(m) not in dropped]


#: Words of a text about microbes, besides :data:`_PATHOGEN`'s names.
_MICROBIAL_WORDS = re.compile(
    r"\b(?:isolates?|strains?|bacteri\w*|fung\w*|yeasts?|microb\w*|antibiotics?|antimicrobials?|antifungals?|"
    r"antivirals?|virus\w*|viral|pathogens?|Candida|Aspergillus)\b", re.IGNORECASE)
