"""Make a benchmark corpus of any size from real abstract text (the corpora's, resampled).

Each synthetic document takes the title and abstract of a random real document, with one
sentence swapped in from another (so no two documents are the same text) and a new
identifier (PMID 80000000 + i), written as PubTator title/abstract lines, 1,000 documents
per file. Seeded, so the same arguments give the same corpus.

    python benchmarks/make_corpus.py --docs 20000 -o benchmarks/corpus-20k
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

SOURCES = ("BioRED/Train.PubTator", "BioRED/Dev.PubTator", "BC5CDR/CDR_TrainingSet.PubTator.txt",
           "BC5CDR/CDR_DevelopmentSet.PubTator.txt")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def read_abstracts(corpora: Path) -> list[tuple[str, str]]:
    """(title, abstract) of every document of the shared corpora."""
    out: list[tuple[str, str]] = []
    for name in SOURCES:
        title = None
        for line in (corpora / name).read_text(encoding="utf-8").splitlines():
            if "|t|" in line[:20]:
                title = line.split("|t|", 1)[1]
            elif "|a|" in line[:20] and title is not None:
                out.append((title, line.split("|a|", 1)[1]))
                title = None
    return out


def make(corpora: Path, docs: int, out: Path, seed: int = 7, per_file: int = 1000) -> int:
    abstracts = read_abstracts(corpora)
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    for i in range(docs):
        title, abstract = rng.choice(abstracts)
        sentences = _SENTENCE.split(abstract)
        donor = _SENTENCE.split(rng.choice(abstracts)[1])
        sentences[rng.randrange(len(sentences))] = rng.choice(donor)
        pmid = 80_000_000 + i
        lines += [f"{pmid}|t|{title}", f"{pmid}|a|{' '.join(sentences)}", ""]
        if (i + 1) % per_file == 0 or i + 1 == docs:
            (out / f"part-{i // per_file:04d}.pubtator").write_text("\n".join(lines) + "\n", encoding="utf-8")
            lines = []
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpora",
                        help="the shared corpora folder (BioRED, BC5CDR)")
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    missing = [name for name in SOURCES if not (args.corpora / name).is_file()]
    if missing:
        parser.error(f"{args.corpora} lacks {', '.join(missing)}: give the folder of the BioRED and BC5CDR "
                     f"PubTator files with --corpora")
    print(f"wrote {make(args.corpora, args.docs, args.output, args.seed)} documents to {args.output}")


if __name__ == "__main__":
    main()
