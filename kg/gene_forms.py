"""How papers write gene names that HGNC does not list: hyphens, Greek letters, bare names.

HGNC gives ``MMP9``, ``PPARA`` and ``catenin beta 1``; abstracts write ``MMP-9``,
``PPARα``/``PPARalpha``/``PPAR-alpha`` and ``β-catenin``. These functions derive such
forms from a gene's symbols and approved name; :meth:`kg.lexicon_build.Builder.gene_forms`
adds them to the lexicon, dropping any form that another entry already has or that two
genes would share.

Greek letters are written three ways in the corpora and in PubMed: the letter (``α``), the
word (``alpha``) and, where an encoding lost it, its Latin initial (``PPARa``, ``RARg``);
the initial only after a stem of three characters or more, where it cannot be read as a
word or another symbol's tail.
"""

from __future__ import annotations

import re

#: The Greek letters gene names use, by the symbol's Latin initial for them.
GREEK = {"A": ("alpha", "α"), "B": ("beta", "β"), "G": ("gamma", "γ"), "D": ("delta", "δ"),
         "E": ("epsilon", "ε"), "K": ("kappa", "κ")}
_WORDS = {word: letter for word, letter in GREEK.values()}

#: Three letters and a number: "MMP9", "ADAM10". Two letters and a number are as often
#: something else in the hyphened form ("PI-3" kinase, "PA-1" cells, "IP-1").
_DIGITS = re.compile(r"([A-Z]{3,})(\d{1,3})")
_STEM_DIGITS = re.compile(r"([A-Z]{2,})(\d{1,3})")
#: A symbol whose last letter (and number) is a Greek letter of the approved name: PPARA,
#: HNF4A, TGFB1, IFNG.
_GREEK_TAIL = re.compile(r"([A-Z][A-Z0-9]*?)([ABGDEK])(\d?)")
_SPELLED = re.compile(r"(?<=[A-Za-z0-9-])(alpha|beta|gamma|delta|epsilon|kappa)(?=[A-Z]?\d*$)")
#: "catenin beta 1", "actin beta", "interferon gamma": one word and a Greek letter.
_WORD_GREEK = re.compile(r"([a-z]{4,}) (alpha|beta|gamma|delta|epsilon|kappa)(?: (\d+))?")
#: A one-word approved name that reads as a protein's ("transferrin", "catalase").
_PROTEIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]{4,}(?:in|ase|ogen)")


def symbol_forms(symbol: str, approved_name: str) -> set[str]:
    """Forms of a symbol or alias that papers write, matched as written (the symbol excluded).

    >>> sorted(symbol_forms("MMP9", "matrix metallopeptidase 9"))
    ['MMP-9']
    >>> sorted(symbol_forms("PPARA", "peroxisome proliferator activated receptor alpha"))
    ['PPAR-alpha', 'PPAR-α', 'PPARa', 'PPARalpha', 'PPARα']
    >>> {"HNF4α", "HNF-4α", "HNF4alpha", "HNF4a"} <= symbol_forms("HNF4A", "hepatocyte nuclear factor 4 alpha")
    True
    >>> "TGF-β1" in symbol_forms("TGFB1", "transforming growth factor beta 1")
    True
    >>> sorted(symbol_forms("TNF-alpha", "tumor necrosis factor"))
    ['TNF-α', 'TNFalpha', 'TNFα']
    >>> {"IL-1β", "IL-1beta"} <= symbol_forms("IL1B", "interleukin 1 beta"), "NF-κB" in symbol_forms("NF-kappaB", "")
    (True, True)
    >>> symbol_forms("KRAS", "KRAS proto-oncogene, GTPase"), symbol_forms("PI3", "peptidase inhibitor 3")
    (set(), set())
    """
    forms: set[str] = set()
    digits = _DIGITS.fullmatch(symbol)
    if digits:
        forms.add(f"{digits[1]}-{digits[2]}")
    tail = _GREEK_TAIL.fullmatch(symbol)
    if tail and tail[1]:
        word, letter = GREEK[tail[2]]
        number = tail[3]
        if re.search(rf"\b{word}" + (rf"[ -]?{number}" if number else "") + "$", approved_name):
            stems = {tail[1]}
            # Before a Greek letter two letters are enough: "IL-1β", "HIF-1α".
            hyphened = _STEM_DIGITS.fullmatch(tail[1])
            if hyphened:
                stems.add(f"{hyphened[1]}-{hyphened[2]}")
            for stem in stems:
                for greek in (word, letter):
                    forms |= {f"{stem}{greek}{number}", f"{stem}-{greek}{number}"}
                if len(tail[1]) >= 3:
                    forms.add(f"{stem}{tail[2].lower()}{number}")
    spelled = _SPELLED.search(symbol)
    if spelled:
        head, word, rest = symbol[:spelled.start()], spelled[1], symbol[spelled.end():]
        letter = _WORDS[word]
        forms.add(f"{head}{letter}{rest}")
        if head.endswith("-") and head[-2:-1].isalpha():
            forms |= {f"{head[:-1]}{word}{rest}", f"{head[:-1]}{letter}{rest}"}
        elif head[-1:].isalpha():
            forms |= {f"{head}-{word}{rest}", f"{head}-{letter}{rest}"}
    forms.discard(symbol)
    return forms


def name_forms(approved_name: str, siblings: frozenset[str] = frozenset()) -> set[str]:
    """Forms of a one-word-and-a-Greek-letter approved name, matched in any case.

    ``siblings`` are the other approved names: "β-arrestin" alone names no one gene when
    "arrestin beta 2" exists beside "arrestin beta 1", so it is made only with its number.

    >>> {"β-catenin", "beta-catenin", "beta catenin", "β-catenin-1"} <= name_forms("catenin beta 1")
    True
    >>> "β-arrestin" in name_forms("arrestin beta 1", frozenset({"arrestin beta 2"}))
    False
    >>> "β-arrestin-1" in name_forms("arrestin beta 1", frozenset({"arrestin beta 2"}))
    True
    >>> name_forms("KRAS proto-oncogene, GTPase"), name_forms("lactamase beta")
    (set(), set())
    """
    match = _WORD_GREEK.fullmatch(approved_name)
    # "β-lactamase", "β-galactosidase": a Greek-lettered enzyme is a class of enzymes, of
    # bacteria and reporter genes as often as the human gene "lactamase beta".
    if match is None or match[1].endswith("ase"):
        return set()
    noun, word, number = match[1], match[2], match[3]
    letter = _WORDS[word]
    forms: set[str] = set()
    family = re.compile(rf"{noun} {word} \d")
    alone = number is None or (number == "1" and not any(family.match(s) for s in siblings - {approved_name}))
    for greek in (word, letter):
        if alone:
            forms |= {f"{greek}-{noun}", f"{greek} {noun}", f"{noun}-{greek}", f"{noun} {greek}"}
        if number:
            forms |= {f"{greek}-{noun}-{number}", f"{greek}-{noun} {number}", f"{greek}-{noun}{number}"}
    forms.discard(approved_name)
    return forms


def is_protein_word(approved_name: str) -> bool:
    """Whether a one-word approved name reads as a protein's and may be matched in text.

    HGNC's approved names of one word ("transferrin", "catalase", "huntingtin") are the
    proteins' common names, but a few are English words ("maestro"): only the endings of
    protein names (-in, -ase, -ogen) are taken.

    >>> is_protein_word("transferrin"), is_protein_word("catalase"), is_protein_word("maestro")
    (True, True, False)
    >>> is_protein_word("KIAA0040"), is_protein_word("actin beta")
    (False, False)
    """
    return _PROTEIN_WORD.fullmatch(approved_name) is not None


__all__ = ["GREEK", "is_protein_word", "name_forms", "symbol_forms"]
