"""Render the JSON of ``benchmarks/run.py`` as the tables of docs/performance.md.

    python benchmarks/report.py /tmp/bench/results.json > /tmp/bench/tables.md
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

PUBMED = 36_000_000


def tables(r: dict[str, Any]) -> str:
    s, ours, base, m = r["startup"], r["ours_20k"], r["rdflib_baseline"], r["matchers"]
    rate = ours["docs"] / ours["seconds"]
    base_rate = base["docs"] / base["seconds"]
    out = [f"Machine: {r['machine']}.", "",
           "| start-up (once per process) | seconds |", "| --- | ---: |",
           f"| import kg | {s['import_s']:.2f} |", f"| lexicon load (155k entries) | {s['lexicon_s']:.2f} |",
           f"| tagger + pair models load | {s['models_s']:.2f} |",
           f"| peak memory after start-up | {s['peak_mb']:.0f} MB |", "",
           "| text → N-Quads, one core, start-up excluded | documents | seconds | docs/s | quads/s | peak memory |",
           "| --- | ---: | ---: | ---: | ---: | ---: |",
           f"| kg streaming build (full extractor) | {ours['docs']:,} | {ours['seconds']:.0f} | {rate:.0f} | "
           f"{ours['quads'] / ours['seconds']:,.0f} | {ours['peak_mb']:.0f} MB |",
           f"| baseline: same extractor, rdflib Memory + Graph.add per triple, then serialise | {base['docs']:,} | "
           f"{base['seconds']:.0f} | {base_rate:.0f} | {base['quads'] / base['seconds']:,.0f} | "
           f"{base['peak_mb']:.0f} MB |", ""]
    out += ["| dictionary matching, same lexicon, 2,000 abstracts | build | match | docs/s | matches |",
            "| --- | ---: | ---: | ---: | ---: |",
            f"| kg: Aho–Corasick (ahocorasick_rs) + word boundaries | (in start-up) | {m['ours_s']:.2f} s | "
            f"{m['docs'] / m['ours_s']:,.0f} | {m['ours_matches']:,} |"]
    if "spacy_s" in m:
        out.append(f"| spaCy PhraseMatcher (LOWER), tokenizer only | {m['spacy_build_s']:.0f} s | {m['spacy_s']:.2f} s | "
                   f"{m['docs'] / m['spacy_s']:,.0f} | {m['spacy_matches']:,} |")
    else:
        out.append(f"| spaCy PhraseMatcher | {m.get('spacy')} | | | |")
    lo, lr = r["load_oxigraph_10k"], r["load_rdflib_10k"]
    out += ["", "| load the 10k-document N-Quads | quads | seconds | peak memory |", "| --- | ---: | ---: | ---: |",
            f"| pyoxigraph on-disk store, bulk load | {lo['quads']:,} | {lo['seconds']:.1f} | {lo['peak_mb']:.0f} MB |",
            f"| rdflib Memory Dataset, parse | {lr['quads']:,} | {lr['seconds']:.1f} | {lr['peak_mb']:.0f} MB |", ""]
    qo, qr = r["queries_oxigraph_10k"]["queries"], r["queries_rdflib_10k"]["queries"]
    big = r.get("queries_oxigraph_100k", {}).get("queries", {})
    out += ["| named query (bound parameters; LIMIT 100 when none) | Oxigraph 10k ms | rdflib 10k ms | speed-up | "
            "Oxigraph 100k ms | rows (10k / 100k) |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name in sorted(qo):
        b = big.get(name, {})
        bound = ", ".join(qo[name]["bound"]) or "none"
        out.append(f"| {name} ({bound}) | {qo[name]['ms']:.1f} | {qr[name]['ms']:.1f} | "
                   f"{qr[name]['ms'] / max(qo[name]['ms'], 1e-3):.0f}× | "
                   f"{b['ms']:.1f} | {qo[name]['rows']} / {b.get('rows', '–')} |" if b else
                   f"| {name} ({bound}) | {qo[name]['ms']:.1f} | {qr[name]['ms']:.1f} | "
                   f"{qr[name]['ms'] / max(qo[name]['ms'], 1e-3):.0f}× | – | {qo[name]['rows']} / – |")
    if "build_100k" in r:
        b = r["build_100k"]
        out += ["", f"100k-document streaming build into an Oxigraph store (one process, start-up included): "
                f"{b['wall_s'] / 60:.1f} min, peak memory {b['peak_mb']:.0f} MB; `{b['stdout'].strip()}`."]
    out += ["", "Projection for all of PubMed (~36 million abstracts) at the measured rate per core "
            f"({rate:.0f} docs/s, start-up excluded, extraction scaling linearly across processes and Dask workers):",
            "", "| cores | hours |", "| ---: | ---: |"]
    for cores in (2, 16, 64, 256):
        out.append(f"| {cores} | {PUBMED / (rate * cores) / 3600:,.1f} |")
    quads_per_doc = ours["quads"] / ours["docs"]
    out += ["", f"At {quads_per_doc:.0f} quads per abstract, PubMed is about {PUBMED * quads_per_doc / 1e9:.1f} billion "
            f"quads ({ours['bytes'] / ours['docs'] * PUBMED / 1e12:.1f} TB of N-Quads)."]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(tables(json.loads(Path(sys.argv[1]).read_text())), end="")
