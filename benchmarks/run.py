"""Benchmarks: start-up, throughput, memory, store load and query latency, each beside its alternative.

Every measurement runs in a fresh subprocess, so start-up (imports, lexicon and model
load) is timed apart from throughput, and peak memory is the child's own (ru_maxrss).

    python benchmarks/make_corpus.py --docs 20000 -o /tmp/bench/c20k
    python benchmarks/make_corpus.py --docs 10000 -o /tmp/bench/c10k
    python benchmarks/make_corpus.py --docs 100000 -o /tmp/bench/c100k
    python benchmarks/run.py --c20k /tmp/bench/c20k --c10k /tmp/bench/c10k --c100k /tmp/bench/c100k \\
        --store-100k /tmp/bench/store100k --work /tmp/bench/work -o /tmp/bench/results.json
    python benchmarks/report.py /tmp/bench/results.json        # the tables of docs/performance.md

Nothing here is a test: numbers depend on the machine, and docs/performance.md says which.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

PY = sys.executable


def child(code: str, *args: str) -> dict[str, object]:
    """Run ``code`` in a fresh Python; it prints one JSON object. Adds the child's peak memory (MB)."""
    started = time.monotonic()
    done = subprocess.run([PY, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child failed:\n{done.stderr[-3000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["peak_mb"] = round(float(result.pop("own_peak_mb", 0.0)), 1)  # type: ignore[arg-type]
    result["wall_s"] = round(time.monotonic() - started, 2)
    return result


STARTUP = """
import json, time, resource
t0 = time.perf_counter()
import kg
from kg.extract import load_lexicon, load_pair_model, load_tagger
t1 = time.perf_counter()
load_lexicon()
t2 = time.perf_counter()
load_tagger(); load_pair_model()
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "lexicon_s": t2 - t1, "models_s": t3 - t2,
                  "own_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

OURS = """
import json, sys, time, resource, tempfile
from pathlib import Path
from kg.stream import NQuadsSink, stream_build, _init
_init(True)      # start-up outside the timed part
out = Path(tempfile.mkdtemp()) / "graph.nq"
t = time.perf_counter()
result = stream_build([sys.argv[1]], NQuadsSink(out))
seconds = time.perf_counter() - t
print(json.dumps({"docs": result.documents, "quads": result.quads, "seconds": seconds,
                  "own_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "bytes": out.stat().st_size}))
"""

POOL = """
import json, sys, time, resource, tempfile
from pathlib import Path
from kg.stream import NQuadsSink, stream_build
out = Path(tempfile.mkdtemp()) / "graph.nq"
t = time.perf_counter()
# Start-up included: each worker loads the lexicon and models once (≈ 4.5 s, in parallel).
result = stream_build([sys.argv[1]], NQuadsSink(out), workers=int(sys.argv[2]))
seconds = time.perf_counter() - t
print(json.dumps({"docs": result.documents, "quads": result.quads, "seconds": seconds, "workers": int(sys.argv[2]),
                  "own_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "bytes": out.stat().st_size}))
"""

RDFLIB = """
import json, sys, time, resource
from rdflib import Dataset
from kg.readers import read_paths
from kg.extract import extract, load_lexicon, load_pair_model, load_tagger
from kg.rdf import ENTITIES_GRAPH, document_triples, publication_iri
lexicon, tagger, pairs = load_lexicon(), load_tagger(), load_pair_model()
documents = read_paths([sys.argv[1]]).documents[: int(sys.argv[2])]
t = time.perf_counter()
dataset = Dataset()      # rdflib Memory store, Graph.add per triple
for document in documents:
    document_triples(dataset.graph(publication_iri(document.curie)), dataset.graph(ENTITIES_GRAPH),
                     extract(document, lexicon, tagger, pairs), [])
text = dataset.serialize(format="nquads")
seconds = time.perf_counter() - t
print(json.dumps({"docs": len(documents), "quads": len(dataset), "seconds": seconds,
                  "own_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

MATCHERS = """
import json, sys, time
from kg.readers import read_paths
from kg.extract import load_lexicon
lexicon = load_lexicon()
texts = [d.text for d in read_paths([sys.argv[1]]).documents[: int(sys.argv[2])]]
t = time.perf_counter()
ours = sum(len(lexicon.find(x)) for x in texts)
ours_s = time.perf_counter() - t
out = {"docs": len(texts), "ours_s": ours_s, "ours_matches": ours}
try:
    import spacy
    from spacy.matcher import PhraseMatcher
except ImportError:
    out["spacy"] = "not installed (pip install spacy)"
else:
    nlp = spacy.blank("en")
    names = sorted(lexicon._by_name)            # the same case-folded names
    t = time.perf_counter()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for start in range(0, len(names), 10000):
        matcher.add("N" + str(start), list(nlp.tokenizer.pipe(names[start:start + 10000])))
    out["spacy_build_s"] = time.perf_counter() - t
    t = time.perf_counter()
    out["spacy_matches"] = sum(len(matcher(doc)) for doc in nlp.tokenizer.pipe(texts))
    out["spacy_s"] = time.perf_counter() - t
print(json.dumps(out))
"""

LOAD = """
import json, sys, time, resource, tempfile
engine, path = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if engine in ("oxigraph", "memory"):
    import pyoxigraph
    store = pyoxigraph.Store(tempfile.mkdtemp()) if engine == "oxigraph" else pyoxigraph.Store()
    store.bulk_load(path=path, format=pyoxigraph.RdfFormat.N_QUADS)
    n = len(store)
else:
    from rdflib import Dataset
    dataset = Dataset()
    dataset.parse(path, format="nquads")
    n = len(dataset)
print(json.dumps({"quads": n, "seconds": time.perf_counter() - t,
                  "own_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

QUERIES = """
import json, signal, statistics, sys, time
from pathlib import Path
from kg.iris import NAMESPACES
from kg.query import load_graph, oxigraph_rows, oxigraph_store, query_info, query_text, resolve_entity
from kg.resources import list_queries
from kg.iris import KG
engine, path, picks, runs, limit = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
skip = set(sys.argv[6].split("|")) if len(sys.argv) > 6 and sys.argv[6] else set()
t = time.perf_counter()
# "oxigraph": the on-disk store; "memory": the file in an in-memory Oxigraph store (kg query
# --engine oxigraph); "rdflib": the file in rdflib's Memory store.
graph = load_graph(path, "rdflib" if engine == "rdflib" else "oxigraph")
load_s = time.perf_counter() - t


class TimedOut(Exception):
    pass


def alarm(signum, frame):
    raise TimedOut


signal.signal(signal.SIGALRM, alarm)
native = oxigraph_store(graph)
out = {"load_s": load_s, "timeout_s": limit, "queries": {}}
# Every query with all its parameters bound, and the report-style uses beside them: a
# whole-store report (LIMIT 100 when nothing is bound) costs what its rows cost.
RUNS = [(name, None) for name in list_queries()] + [
    ("conflicts", ("subject",)), ("conflicts", ()), ("groundings", ("type",)), ("outcomes", ()), ("studies", ())]
for name, only in RUNS:
    key = name if only is None else f"{name} [{', '.join(only) or 'unbound'}]"
    if name in skip or key in skip:
        out["queries"][key] = {"bound": [], "ms": None, "rows": None, "skipped": True}
        continue
    info = query_info(name)
    bindings = {}
    for param in info.params:
        if only is not None and param.name not in only:
            continue
        # evidence's subject and object have no class: the mutation and drug of a response claim;
        # conflicts gets the subject of the most evidenced conflicting claim and that subject's
        # most evidenced conflicting object, studies the drug of most arms.
        cls = param.cls or ({"subject": "Conflicted", "object": "ConflictedObject"} if name == "conflicts" else
                            {"subject": "Mutation", "object": "Drug", "entity": "Drug"}).get(param.name)
        if name == "studies" and param.name == "drug" and "Studied" in picks:
            cls = "Studied"
        if name == "outcomes" and "Measured" in picks:
            cls = {"drug": "Measured", "endpoint": "MeasuredEndpoint"}.get(param.name, cls)
        if param.kind == "entity" and cls in picks:
            bindings[param.name] = resolve_entity(graph, picks[cls], param.cls)
        elif param.kind == "class":
            bindings[param.name] = KG.Drug
    # As kg.query.run_query does it: terms written in for Oxigraph, initBindings for rdflib.
    text = query_text(info, bindings, oxigraph=engine != "rdflib")
    if not bindings:
        text += "\\nLIMIT 100"
    kwargs = {} if engine != "rdflib" else {"initNs": NAMESPACES, "initBindings": bindings}
    times, rows = [], []
    for i in range(runs + 1):                   # the first run warms caches and is dropped
        signal.alarm(limit)
        t = time.perf_counter()
        try:
            # As kg.query.run_query does it: pyoxigraph's rows converted once per distinct term.
            rows = oxigraph_rows(native, text)[1] if native is not None else list(graph.query(text, **kwargs))
        except TimedOut:
            times = None
            break
        finally:
            signal.alarm(0)
        times.append(time.perf_counter() - t)
        if sum(times) > 10:                     # a slow query is timed once or twice, not six times
            break
    out["queries"][key] = {"bound": sorted(bindings),
                            **({"ms": None, "rows": None} if times is None else
                               {"ms": statistics.median(times[1:] or times) * 1000, "rows": len(rows),
                                "runs": len(times[1:] or times)})}
    print(engine, key, out["queries"][key], file=sys.stderr, flush=True)
print(json.dumps(out))
"""

EXPORT = """
import json, sys, time, resource, tempfile
from pathlib import Path
from kg.export import copy_dataset, write_graph, write_store
from kg.query import load_graph, oxigraph_store
engine, store, fmt = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
out = Path(tempfile.mkdtemp()) / ("graph." + {"turtle": "ttl", "nquads": "nq"}[fmt])
t = time.perf_counter()
graph = load_graph(store)
if engine == "oxigraph":       # kg export: Oxigraph writes the file
    write_store(oxigraph_store(graph), out, fmt)
else:                          # the obvious alternative: copy into an rdflib Dataset, serialise
    write_graph(copy_dataset(graph), out, fmt=fmt)
print(json.dumps({"seconds": time.perf_counter() - t, "bytes": out.stat().st_size,
                  "own_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
out.unlink()
"""

PICKS = """
import json, sys
from pathlib import Path
from kg.query import load_graph
graph = load_graph(Path(sys.argv[1]))
KG = "PREFIX kg: <https://w3id.org/kg-builder/onto#> "


def first(query):
    rows = list(graph.query(KG + query))
    return [str(v) for v in rows[0]] if rows else None


picks = {}
# The drug and mutation of the best-evidenced response claim, so drug_mutation has rows.
pair = first('''SELECT ?m ?d (COUNT(?ev) AS ?n) WHERE { VALUES ?p { kg:confersSensitivityTo kg:confersResistanceTo }
    ?a kg:assertedSubject ?m ; kg:assertedPredicate ?p ; kg:assertedObject ?d ; kg:evidence ?ev }
    GROUP BY ?m ?d ORDER BY DESC(?n) ?m ?d LIMIT 1''')
if pair:
    picks["Mutation"], picks["Drug"] = pair[0], pair[1]
    # The disease that drug is best evidenced to treat, so drug_disease has rows too.
    disease = first(f'''SELECT ?x (COUNT(?ev) AS ?n) WHERE {{ ?a kg:assertedSubject <{pair[1]}> ;
        kg:assertedPredicate kg:treats ; kg:assertedObject ?x ; kg:evidence ?ev }} GROUP BY ?x ORDER BY DESC(?n) ?x LIMIT 1''')
    if disease:
        picks["Disease"] = disease[0]
    # A paper naming that mutation (the publications query's parameter).
    paper = first(f"SELECT ?p WHERE {{ ?p kg:mentions <{pair[0]}> }} ORDER BY ?p LIMIT 1")
    if paper:
        picks["Publication"] = paper[0]
conflicted = first('''SELECT ?s (COUNT(?ev) AS ?n) WHERE { ?a kg:hasConflict true ; kg:assertedSubject ?s ;
    kg:evidence ?ev } GROUP BY ?s ORDER BY DESC(?n) ?s LIMIT 1''')
if conflicted:
    picks["Conflicted"] = conflicted[0]
    other = first(f'''SELECT ?o (COUNT(?ev) AS ?n) WHERE {{ ?a kg:hasConflict true ; kg:assertedSubject <{conflicted[0]}> ;
        kg:assertedObject ?o ; kg:evidence ?ev }} GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT 1''')
    if other:
        picks["ConflictedObject"] = other[0]
studied = first('''SELECT ?d (COUNT(?arm) AS ?n) WHERE { ?study kg:hasArm ?arm . ?arm kg:drug ?d }
    GROUP BY ?d ORDER BY DESC(?n) ?d LIMIT 1''')
if studied:
    picks["Studied"] = studied[0]
# The drug of most outcome records and its most measured endpoint, so outcomes has rows
# (the response claim's drug and the most mentioned endpoint may share none).
measured = first('''SELECT ?d ?e (COUNT(?o) AS ?n) WHERE { ?o a kg:OutcomeMeasurement ; kg:drug ?d ; kg:endpoint ?e }
    GROUP BY ?d ?e ORDER BY DESC(?n) ?d ?e LIMIT 1''')
if measured:
    picks["Measured"], picks["MeasuredEndpoint"] = measured[0], measured[1]
for cls in ("Drug", "Disease", "Target", "Mutation", "Endpoint"):
    if cls not in picks:   # otherwise the most mentioned of its class
        row = first(f'''SELECT ?e (COUNT(?p) AS ?n) WHERE {{ ?p kg:mentions ?e . ?e a kg:{cls} }}
            GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1''')
        if row:
            picks[cls] = row[0]
print(json.dumps(picks))
"""

LINES = """
import json, resource, sys, time
# What a streaming build does with the entities graph's lines: each document gives ~100,
# most of them frequent entities' (here 20,000 recurring lines) and some never seen before
# (here 20 per document, as real abstracts give 20-50). Each way keeps what it wrote once.
way, distinct = sys.argv[1], int(sys.argv[2])
TAIL = ' <https://w3id.org/kg-builder/id/graph/entities> .\\n'


def document(i):
    frequent = [f'<https://w3id.org/kg-builder/id/entity-f{(i * 80 + k) % 20000}> <urn:p> "a frequent name"{TAIL}'
                for k in range(80)]
    return frequent + [f'<https://w3id.org/kg-builder/id/entity-n{i * 20 + k}> <urn:p> "a name no document had"{TAIL}'
                       for k in range(20)]


docs = distinct // 20
if way != "set":
    from kg.catalog import EntityLines      # imported before the clock starts (rdflib with it)
t = time.perf_counter()
written = 0
if way == "set":        # the obvious way (kg's until the tenth round): every hash in a set
    seen = set()
    for i in range(docs):
        new = [line for line in document(i) if hash(line) not in seen]
        seen.update(hash(line) for line in new)
        written += len(new)
else:                   # kg.catalog.EntityLines: hashes on disk, the recent ones in memory
    lines = EntityLines()
    for i in range(docs):
        written += len(lines.first(document(i)))
    lines.close()
print(json.dumps({"way": way, "documents": docs, "written": written, "seconds": time.perf_counter() - t,
                  "own_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return f"{cpu}, {os.cpu_count()} cores, {memory} GiB RAM, Linux {platform.release()}, Python {platform.python_version()}"


STEPS = ("startup", "throughput", "pool", "matchers", "lines", "loads", "queries", "exports", "build-100k", "queries-100k")


TIMED = """
import json, resource, subprocess, sys, time
t = time.monotonic()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
if done.returncode != 0:
    sys.exit(done.stderr[-3000:])
# This wrapper's only child is the command, so the children's peak is the command's own.
print(json.dumps({"cmd": sys.argv[4:], "wall_s": time.monotonic() - t, "stdout": done.stdout.strip()[-2000:],
                  "own_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description="kg benchmarks (docs/performance.md)")
    parser.add_argument("--c20k", type=Path, help="corpus of ≥ 20k documents (throughput, matchers)")
    parser.add_argument("--c10k", type=Path, help="corpus of 10k documents (loads, queries)")
    parser.add_argument("--c100k", type=Path, help="corpus of 100k documents (build-100k)")
    parser.add_argument("--store-100k", type=Path, help="the Oxigraph store of 100k documents (built by build-100k, read by queries-100k)")
    parser.add_argument("--lines", type=int, default=5_000_000,
                        help="distinct entity lines the lines step writes (20 new per document)")
    parser.add_argument("--baseline-docs", type=int, default=2000,
                        help="documents for the rdflib Memory baseline (it holds them all in memory)")
    parser.add_argument("--steps", default=",".join(STEPS),
                        help=f"comma-separated steps to run (default all): {', '.join(STEPS)}")
    parser.add_argument("--work", type=Path, help="keep the 10k N-Quads and store here and reuse them (default: a temporary directory)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per query after one warm-up (median reported)")
    parser.add_argument("--rdflib-runs", type=int, default=1, help="timed runs per query on rdflib")
    parser.add_argument("--timeout", type=int, default=60, help="seconds before a query run counts as timed out")
    parser.add_argument("--skip-over-ms", type=float, default=1000,
                        help="at 100k, skip the queries slower than this on Oxigraph at 10k (from the same results file)")
    parser.add_argument("-o", "--output", type=Path, help="write the JSON results here (merged into the file if it exists)")
    args = parser.parse_args()
    steps = [step.strip() for step in args.steps.split(",") if step.strip()]
    unknown = sorted(set(steps) - set(STEPS))
    if unknown:
        parser.error(f"unknown step(s) {', '.join(unknown)}; choose from {', '.join(STEPS)}")
    needs = {"throughput": "c20k", "pool": "c20k", "matchers": "c20k", "loads": "c10k", "queries": "c10k", "exports": "c10k",
             "queries-100k": "store_100k", "build-100k": "c100k"}
    for step in steps:
        if step in needs and getattr(args, needs[step]) is None:
            parser.error(f"step {step} needs --{needs[step].replace('_', '-')}")
    results: dict[str, object] = {}
    if args.output and args.output.exists():
        results = json.loads(args.output.read_text())
    results["machine"] = machine()

    def record(key: str, value: object) -> None:
        results[key] = value
        print(key, json.dumps(value, default=str)[:400], flush=True)
        if args.output:                     # saved after each step: a long run that dies keeps what it measured
            args.output.write_text(json.dumps(results, indent=1, default=str) + "\n")

    if "startup" in steps:
        record("startup", child(STARTUP))
    if "throughput" in steps:
        record("ours_20k", child(OURS, str(args.c20k)))
        record("rdflib_baseline", child(RDFLIB, str(args.c20k), str(args.baseline_docs)))
    if "pool" in steps:
        # The same corpus with a process pool of one worker per core: the building process
        # reads, resolves and writes, the workers extract.
        record("pool_20k", child(POOL, str(args.c20k), str(os.cpu_count() or 2)))
    if "lines" in steps:
        record("lines_set", child(LINES, "set", str(args.lines)))
        record("lines_ours", child(LINES, "ours", str(args.lines)))
    if "matchers" in steps:
        record("matchers", child(MATCHERS, str(args.c20k), "2000"))
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        nq, store = work / "c10k.nq", work / "store10k"
        if {"loads", "queries"} & set(steps) and not nq.exists():
            built = subprocess.run([PY, "-m", "kg", "build", str(args.c10k), "-o", str(nq), "--stream", "--no-progress"],
                                   capture_output=True, text=True, check=True)
            record("build_10k", built.stdout.strip())
        if "exports" in steps:
            if not store.exists():
                subprocess.run([PY, "-m", "kg", "build", str(args.c10k), "--store", str(store), "--no-progress"],
                               capture_output=True, check=True)
            record("export_oxigraph_turtle_10k", child(EXPORT, "oxigraph", str(store), "turtle"))
            record("export_oxigraph_nquads_10k", child(EXPORT, "oxigraph", str(store), "nquads"))
            record("export_rdflib_turtle_10k", child(EXPORT, "rdflib", str(store), "turtle"))
        if "loads" in steps:
            record("load_oxigraph_10k", child(LOAD, "oxigraph", str(nq)))
            record("load_rdflib_10k", child(LOAD, "rdflib", str(nq)))
            record("load_memory_10k", child(LOAD, "memory", str(nq)))
        if "queries" in steps:
            if not store.exists():
                subprocess.run([PY, "-m", "kg", "build", str(args.c10k), "--store", str(store), "--no-progress"],
                               capture_output=True, check=True)
            picks = pick(store)
            record("picks_10k", picks)
            record("queries_oxigraph_10k", child(QUERIES, "oxigraph", str(store), json.dumps(picks), str(args.runs), str(args.timeout)))
            record("queries_rdflib_10k", child(QUERIES, "rdflib", str(nq), json.dumps(picks), str(args.rdflib_runs), str(args.timeout)))
            record("queries_memory_10k", child(QUERIES, "memory", str(nq), json.dumps(picks), str(args.runs), str(args.timeout)))
    if "build-100k" in steps:
        if args.store_100k is None:
            parser.error("step build-100k needs --store-100k (where to build)")
        if args.store_100k.exists():
            parser.error(f"{args.store_100k} exists: the build-100k step times a build from nothing; remove it first")
        record("build_100k", child(TIMED, PY, "-m", "kg", "build", str(args.c100k), "--store", str(args.store_100k),
                                   "--no-progress"))
    if "queries-100k" in steps:
        picks = pick(args.store_100k)
        record("picks_100k", picks)
        # Oxigraph cannot be interrupted inside a query: what took seconds at 10k is not rerun at 100k.
        slow = [name for name, q in results.get("queries_oxigraph_10k", {}).get("queries", {}).items()  # type: ignore[attr-defined]
                if q.get("ms") is None or q["ms"] > args.skip_over_ms]
        record("queries_oxigraph_100k", child(QUERIES, "oxigraph", str(args.store_100k), json.dumps(picks), str(args.runs),
                                              str(args.timeout), "|".join(slow)))
    if not args.output:
        print(json.dumps(results, indent=1, default=str))


def pick(store: Path) -> dict[str, object]:
    """The most-mentioned entity of each class in ``store``: the bindings of the named queries."""
    picks = child(PICKS, str(store))
    picks.pop("peak_mb", None)
    picks.pop("wall_s", None)
    return picks


if __name__ == "__main__":
    main()
