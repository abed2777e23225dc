"""Render the JSON of ``benchmarks/run.py`` as the tables of docs/performance.md.

    python benchmarks/report.py /tmp/bench/results.json > /tmp/bench/tables.md
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

PUBMED = 36_000_000


def _ms(q: dict[str, Any] | None, timeout: object) -> str:
    if not q:
        return "–"
    if q.get("skipped"):
        return "not run (slow at 10k)"
    return f"> {timeout} s (timed out)" if q.get("ms") is None else f"{q['ms']:,.1f}"


def tables(r: dict[str, Any]) -> str:
    """Markdown tables for every step present in ``r`` (a run may have done only some)."""
    out = [f"Machine: {r['machine']}.", ""]
    if "startup" in r:
        s = r["startup"]
        out += ["| start-up (once per process) | seconds |", "| --- | ---: |",
                f"| import kg | {s['import_s']:.2f} |", f"| lexicon load (155k entries) | {s['lexicon_s']:.2f} |",
                f"| tagger + pair models load | {s['models_s']:.2f} |",
                f"| peak memory after start-up | {s['peak_mb']:.0f} MB |", ""]
    rate = None
    if "ours_20k" in r:
        ours, base = r["ours_20k"], r.get("rdflib_baseline")
        rate = ours["docs"] / ours["seconds"]
        out += ["| text → N-Quads, one core, start-up excluded | documents | seconds | docs/s | quads/s | peak memory |",
                "| --- | ---: | ---: | ---: | ---: | ---: |",
                f"| kg streaming build (full extractor) | {ours['docs']:,} | {ours['seconds']:.0f} | {rate:.0f} | "
                f"{ours['quads'] / ours['seconds']:,.0f} | {ours['peak_mb']:.0f} MB |"]
        if "pool_20k" in r:
            pool = r["pool_20k"]
            out.append(f"| kg streaming build, `--workers {pool['workers']}` ({pool['workers']} cores, start-up "
                       f"included) | {pool['docs']:,} | {pool['seconds']:.0f} | {pool['docs'] / pool['seconds']:.0f} | "
                       f"{pool['quads'] / pool['seconds']:,.0f} | {pool['peak_mb']:.0f} MB building, "
                       f"{pool['worker_peak_mb']:.0f} MB each worker |")
        if base:
            out.append(f"| baseline: same extractor, rdflib Memory + Graph.add per triple, then serialise | "
                       f"{base['docs']:,} | {base['seconds']:.0f} | {base['docs'] / base['seconds']:.0f} | "
                       f"{base['quads'] / base['seconds']:,.0f} | {base['peak_mb']:.0f} MB |")
        out.append("")
    if "lines_ours" in r:
        out += ["| entity lines written once each (100 per document, 20 of them new) | documents | distinct "
                "lines | seconds | peak memory |", "| --- | ---: | ---: | ---: | ---: |"]
        for key, what in (("lines_set", "a set of every line's hash (kg until the tenth round)"),
                          ("lines_ours", "kg: hashes in SQLite, the last 2 × 262,144 in memory")):
            if key in r:
                x = r[key]
                out.append(f"| {what} | {x['documents']:,} | {x['written']:,} | {x['seconds']:.1f} | "
                           f"{x['peak_mb']:.0f} MB |")
        out.append("")
    if "matchers" in r:
        m = r["matchers"]
        out += ["| dictionary matching, same lexicon, 2,000 abstracts | build | match | docs/s | matches |",
                "| --- | ---: | ---: | ---: | ---: |",
                f"| kg: Aho–Corasick (ahocorasick_rs) + word boundaries | (in start-up) | {m['ours_s']:.2f} s | "
                f"{m['docs'] / m['ours_s']:,.0f} | {m['ours_matches']:,} |"]
        if "spacy_s" in m:
            out.append(f"| spaCy PhraseMatcher (LOWER), tokenizer only | {m['spacy_build_s']:.0f} s | "
                       f"{m['spacy_s']:.2f} s | {m['docs'] / m['spacy_s']:,.0f} | {m['spacy_matches']:,} |")
        else:
            out.append(f"| spaCy PhraseMatcher | {m.get('spacy')} | | | |")
        out.append("")
    if "load_oxigraph_10k" in r:
        lo, lr = r["load_oxigraph_10k"], r["load_rdflib_10k"]
        out += ["| load the 10k-document N-Quads | quads | seconds | peak memory |", "| --- | ---: | ---: | ---: |",
                f"| pyoxigraph on-disk store, bulk load | {lo['quads']:,} | {lo['seconds']:.1f} | {lo['peak_mb']:.0f} MB |",
                f"| rdflib Memory Dataset, parse | {lr['quads']:,} | {lr['seconds']:.1f} | {lr['peak_mb']:.0f} MB |"]
        if "load_memory_10k" in r:
            lm = r["load_memory_10k"]
            out.append(f"| pyoxigraph in-memory store, bulk load (`--engine oxigraph`) | {lm['quads']:,} | "
                       f"{lm['seconds']:.1f} | {lm['peak_mb']:.0f} MB |")
        out.append("")
    if "export_oxigraph_turtle_10k" in r:
        out += ["| export the 10k-document store (`kg export -g STORE`) | seconds | peak memory | bytes |",
                "| --- | ---: | ---: | ---: |"]
        for key, what in (("export_oxigraph_turtle_10k", "Turtle, written by Oxigraph (`Store.dump` per graph)"),
                          ("export_oxigraph_nquads_10k", "N-Quads, written by Oxigraph, line-sorted (external merge sort)"),
                          ("export_rdflib_turtle_10k", "baseline: Turtle, store copied into an rdflib Dataset, serialised")):
            if key in r:
                e = r[key]
                out.append(f"| {what} | {e['seconds']:.1f} | {e['peak_mb']:.0f} MB | {e['bytes']:,} |")
        out.append("")
    if "queries_oxigraph_10k" in r:
        qo = r["queries_oxigraph_10k"]["queries"]
        rdf = r.get("queries_rdflib_10k", {})
        qr, limit = rdf.get("queries", {}), rdf.get("timeout_s")
        big = r.get("queries_oxigraph_100k", {}).get("queries", {})
        big_limit = r.get("queries_oxigraph_100k", {}).get("timeout_s")

        def times(ratio: float) -> str:
            return f"{ratio:,.1f}×" if ratio < 10 else f"{ratio:,.0f}×"

        mem = r.get("queries_memory_10k", {}).get("queries", {})
        out += ["| named query (bound parameters; LIMIT 100 when none) | Oxigraph 10k ms | rdflib 10k ms | "
                "speed-up | Oxigraph 100k ms | rows 10k / 100k | Oxigraph in memory 10k ms (speed-up) |",
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for name in sorted(qo):
            o, b, q, m = qo[name], big.get(name), qr.get(name), mem.get(name)
            in_memory = _ms(m, "?") + (f" ({times(q['ms'] / max(m['ms'], 1e-3))})"
                                       if m and m.get("ms") and q and q.get("ms") is not None else "")
            bound = ", ".join(o["bound"]) or "none"
            if q and q.get("ms") is not None and o.get("ms"):
                speed = times(q["ms"] / max(o["ms"], 1e-3))
            elif q and o.get("ms"):
                speed = "> " + times(float(limit or 0) * 1000 / max(o["ms"], 1e-3))
            else:
                speed = "–"
            rows = f"{o.get('rows') if o.get('rows') is not None else '–'} / " + (
                f"{b['rows']}" if b and b.get("rows") is not None else "–")
            out.append(f"| {name} ({bound}) | {_ms(o, '?')} | {_ms(q, limit)} | {speed} | {_ms(b, big_limit)} | {rows} "
                       f"| {in_memory} |")
        out.append("")
    if "build_100k" in r:
        b = r["build_100k"]
        out += [f"100k-document streaming build into an Oxigraph store (one process, start-up included): "
                f"{b['wall_s'] / 60:.1f} min, peak memory {b['peak_mb']:.0f} MB; `{b['stdout'].strip()}`.", ""]
    if rate is not None:
        ours = r["ours_20k"]
        out += ["Projection for all of PubMed (~36 million abstracts) at the measured rate per core "
                f"({rate:.0f} docs/s, start-up excluded, extraction scaling linearly across processes and Dask "
                "workers):", "", "| cores | hours |", "| ---: | ---: |"]
        for cores in (1, 16, 64, 256):
            out.append(f"| {cores} | {PUBMED / (rate * cores) / 3600:,.1f} |")
        quads_per_doc = ours["quads"] / ours["docs"]
        out += ["", f"At {quads_per_doc:.0f} quads per abstract, PubMed is about "
                f"{PUBMED * quads_per_doc / 1e9:.1f} billion quads "
                f"({ours['bytes'] / ours['docs'] * PUBMED / 1e12:.1f} TB of N-Quads)."]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    print(tables(json.loads(Path(sys.argv[1]).read_text())), end="")
