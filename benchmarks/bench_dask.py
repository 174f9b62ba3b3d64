"""Throughput of ``--engine dask`` (a LocalCluster of 2 workers) against the embedded run,
and a check that both write the same tables, byte for byte.

    .venv/bin/python benchmarks/bench_dask.py                  # 1,000 real articles, 2 rounds
    .venv/bin/python benchmarks/bench_dask.py --articles 200 --rounds 1
    .venv/bin/python benchmarks/bench_dask.py --corpus corpus   # any corpus folder

The real articles are the first allowed lines of
``../shared/data/orangesum-fr-news/articles.jsonl``: a line whose ``selection`` holds a
value starting with ``official_test_`` is reserved for blind evaluation and skipped before
its text is looked at. They are copied, line for line, into one JSONL file of a temporary
corpus (one large file: the Dask engine cuts it into line ranges).

Every run is a fresh process timed from start to end of ``pipeline.run`` /
``run_dask`` (model loading, and for Dask starting the cluster, included), on a warm file
cache; rounds alternate the engines, so that load from other work on the machine hits both
alike. The embedded run uses ``workers=2`` when ``pipeline/parallel.py`` exists (issue 5),
else one process, which the report says.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NEWS = REPO / ".." / "shared" / "data" / "orangesum-fr-news" / "articles.jsonl"
TABLES = ("documents", "entities", "moves", "affiliations", "topics", "errors")


def reserved(record: dict) -> bool:
    selection = record.get("selection") or []
    if isinstance(selection, str):
        selection = [selection]
    return any(str(s).startswith("official_test_") for s in selection)


def build_corpus(folder: Path, n: int, source: Path = NEWS) -> int:
    """Copy the first ``n`` allowed lines of ``source`` into ``folder/articles.jsonl``."""
    folder.mkdir(parents=True, exist_ok=True)
    kept = 0
    with open(source, "rb") as src, open(folder / "articles.jsonl", "wb") as dst:
        for raw in src:
            if kept >= n:
                break
            if reserved(json.loads(raw)):
                continue
            dst.write(raw if raw.endswith(b"\n") else raw + b"\n")
            kept += 1
    return kept


def embedded_workers() -> tuple[int, str]:
    if (REPO / "pipeline" / "parallel.py").is_file():
        return 2, "embedded --workers 2 (pipeline/parallel.py)"
    return 1, "embedded, 1 process (pipeline/parallel.py, --workers N, is not there yet)"


def child(engine: str, corpus: str, out: str, workers: int) -> None:
    """One timed run, in this process; prints its figures as JSON."""
    started = time.perf_counter()
    from pipeline.config import Settings

    if engine == "dask":
        from pipeline.dask_engine import run_dask

        result = run_dask(corpus, out, Settings(workers=workers), force=True)
    else:
        from pipeline.run import run

        result = run(corpus, out, Settings(workers=workers), force=True)
    wall = time.perf_counter() - started
    s = result.summary
    print(json.dumps({"engine": engine, "wall": wall, "seconds": s.seconds,
                      "articles": s.articles + s.failed, "words": s.words}))


def cpu_ticks() -> tuple[int, int]:
    """Busy and total CPU time of the whole machine, in clock ticks (Linux)."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    except OSError:
        return 0, 0
    idle = values[3] + values[4]  # idle, iowait
    return sum(values[:8]) - idle, sum(values[:8])


def measure(engine: str, corpus: Path, out: Path, workers: int) -> dict:
    """One run in a fresh process, with the CPU it used (its workers included) and the
    CPU that other processes of the machine used meanwhile, in cores."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy0, total0 = cpu_ticks()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", engine, str(corpus), str(out), str(workers)],
        capture_output=True, text=True, cwd=REPO, check=False,
    )
    busy1, total1 = cpu_ticks()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        sys.exit(f"{engine} run failed:\n{proc.stderr[-3000:]}")
    figures = json.loads(proc.stdout.strip().splitlines()[-1])
    hz = os.sysconf("SC_CLK_TCK")
    ours = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    figures["cpu"] = ours
    if total1 > total0:
        busy = (busy1 - busy0) / hz
        span = (total1 - total0) / hz / (os.cpu_count() or 1)
        figures["others"] = max(0.0, (busy - ours) / span)
    return figures


def identical(a: Path, b: Path) -> dict[str, bool]:
    return {t: (a / f"{t}.csv").read_bytes() == (b / f"{t}.csv").read_bytes() for t in TABLES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, help="use this corpus folder instead")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        engine, corpus, out, workers = args.child
        child(engine, corpus, out, int(workers))
        return

    workers, label = embedded_workers()
    with tempfile.TemporaryDirectory(prefix="frnews-bench-dask-") as tmp:
        work = Path(tmp)
        if args.corpus:
            corpus = args.corpus.resolve()
        else:
            if not NEWS.is_file():
                sys.exit(f"{NEWS} is absent")
            corpus = work / "corpus"
            n = build_corpus(corpus, args.articles)
            print(f"corpus: {n} allowed articles of {NEWS.name} in one JSONL file")
        for path in corpus.rglob("*"):  # warm the file cache
            if path.is_file():
                path.read_bytes()
        runs: dict[str, list[dict]] = {"embedded": [], "dask": []}
        for r in range(args.rounds):
            for engine in ("embedded", "dask") if r % 2 == 0 else ("dask", "embedded"):
                figures = measure(engine, corpus, work / engine,
                                  workers if engine == "embedded" else 2)
                runs[engine].append(figures)
                print(f"round {r + 1} {engine:8s}: {figures['wall']:6.1f} s "
                      f"({figures['articles'] / figures['wall']:.2f} articles/s), "
                      f"{figures['cpu']:.0f} CPU-s; other processes used "
                      f"{figures.get('others', float('nan')):.2f} cores meanwhile", flush=True)
        same = identical(work / "embedded", work / "dask")

    print()
    print(f"tables identical, byte for byte: {all(same.values())} {same}")
    print(f"baseline: {label}; dask: LocalCluster, 2 worker processes of one thread")
    best = {}
    for engine, figures in runs.items():
        walls = [f["wall"] for f in figures]
        best[engine] = min(walls)
        n = figures[0]["articles"]
        print(f"{engine:8s}: best {min(walls):6.1f} s, median {statistics.median(walls):6.1f} s"
              f" -> {n / min(walls):.2f} articles/s, {figures[0]['words'] / min(walls):,.0f}"
              " words/s")
    ratio = best["embedded"] / best["dask"]
    paired = [e["wall"] / d["wall"] for e, d in zip(runs["embedded"], runs["dask"],
                                                       strict=True)]
    print(f"throughput dask / embedded, best runs: {ratio:.2f}x; round by round (each pair "
          f"run back to back): {', '.join(f'{p:.2f}x' for p in paired)}, median "
          f"{statistics.median(paired):.2f}x (target: at least 0.8x)")
    for engine, figures in runs.items():
        cpu = statistics.median(f["cpu"] for f in figures)
        print(f"{engine:8s}: {cpu:.0f} CPU-s per run (median), "
              f"{1000 * cpu / figures[0]['articles']:.0f} CPU-ms per article")


if __name__ == "__main__":
    main()
