"""Benchmark: bare fr_core_news_sm vs the frnews pipeline (all tables), 1 and 2 workers.

    make bench                                   # or: .venv/bin/python benchmarks/bench.py
    .venv/bin/python benchmarks/bench.py --rounds 1 --articles 500 --no-10x   # a quick look

Builds a corpus of ``--articles`` articles (default 2,000: the 1,593 allowed real news
articles of ../shared/data/orangesum-fr-news, then pseudo-articles of 20 wikineural
sentences; see benchmarks/data.py), writes it as one JSONL file, and measures, each in a
subprocess of its own, side by side and ``--rounds`` times (medians reported):

* bare ``fr_core_news_sm``: ``nlp.pipe`` over the same texts, its default components,
  batches of 32 (thinc's default ``blis`` kernels);
* the frnews pipeline writing all its tables (corpus reader, ``nlp.pipe``, extractors,
  CSV writers), in one process and with 2 workers;
* references: the pipeline with the full analysis, the pipeline with thinc's ``blis``
  kernels, and bare ``fr_core_news_sm`` with numpy's BLAS (what each gain comes from).

Every measurement runs with ``OPENBLAS_NUM_THREADS=1``: one process uses one core.
Model loading is not timed; words are the tokens that are not punctuation or space.
Peak memory is the largest total RSS of the measured process and its children (psutil,
sampled every 50 ms; else ``resource.getrusage``), at 1x and 10x the corpus (10x streams
the same file ten times). Then the cost of each stage, and the rows of each table that
the selective analysis changes against the full one (benchmarks/compare.py).

Prints Markdown tables and writes them to benchmarks/RESULTS.md. Skips, with a message,
when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from data import REPO, SHARED, bench_articles, count_words, missing_data  # noqa: E402

MODEL = "fr_core_news_sm"
BATCH = 32

# name -> (kind, options)
MEASURES = {
    "bare": ("bare", {"blas": "blis"}),
    "pipeline": ("pipeline", {"workers": 1, "analysis": "selective", "blas": "numpy"}),
    "pipeline-2": ("pipeline", {"workers": 2, "analysis": "selective", "blas": "numpy"}),
    "pipeline-full": ("pipeline", {"workers": 1, "analysis": "full", "blas": "numpy"}),
    "pipeline-blis": ("pipeline", {"workers": 1, "analysis": "selective", "blas": "blis"}),
    "bare-numpy": ("bare", {"blas": "numpy"}),
}
LABELS = {
    "bare": "bare fr_core_news_sm, `nlp.pipe` (default components, thinc's blis)",
    "pipeline": "frnews, all tables, 1 process",
    "pipeline-2": "frnews, all tables, 2 workers",
    "pipeline-full": "frnews with the full analysis, 1 process",
    "pipeline-blis": "frnews with thinc's blis kernels, 1 process",
    "bare-numpy": "bare fr_core_news_sm with numpy's BLAS",
}


# ---------------------------------------------------------------------- in a subprocess


def _articles(corpus: Path):
    from pipeline.corpus import Article, read_corpus

    for item in read_corpus(corpus):
        if isinstance(item, Article):
            yield item


def measure(kind: str, corpus: Path, out: Path, options: dict) -> dict:
    """One measurement, in this process: seconds of wall and CPU time."""
    import spacy

    from pipeline.config import Settings
    from pipeline.nlp import get_nlp, use_numpy_blas

    if kind == "bare":
        nlp = spacy.load(MODEL)
        if options.get("blas") == "numpy":
            use_numpy_blas(nlp)
        warm = [a.text for a, _ in zip(_articles(corpus), range(5), strict=False)]
        list(nlp.pipe(warm))
        t0, c0 = time.perf_counter(), time.process_time()
        n = 0
        for _ in nlp.pipe((a.text for a in _articles(corpus)), batch_size=BATCH):
            n += 1
        return {"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                "articles": n}
    from pipeline.run import iter_results, process_articles
    from pipeline.tables import ROW_TYPES, TableWriter, commit_all

    settings = Settings(batch_size=BATCH, **options)
    nlp = get_nlp(settings)
    process_articles(nlp, [a for a, _ in zip(_articles(corpus), range(5), strict=False)])
    out.mkdir(parents=True, exist_ok=True)
    t0, c0 = time.perf_counter(), time.process_time() + _children_cpu()
    writers = {cls.table: TableWriter(out, cls, settings.safe_csv) for cls in ROW_TYPES}
    n = 0
    for result in iter_results(corpus, settings, nlp=nlp):
        n += 1
        for row in result.rows():
            writers[row.table].write(row)
    commit_all(writers.values())
    return {"seconds": time.perf_counter() - t0,
            "cpu": time.process_time() + _children_cpu() - c0, "articles": n}


def _children_cpu() -> float:
    """CPU seconds of the worker processes that have ended (all of them, after a run)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def stages(corpus: Path) -> dict:
    """Seconds spent in each stage of the pipeline (1 process), each component run on a
    whole batch before the next, plus the split of ``frnews_analysis``."""
    from pipeline.config import Settings
    from pipeline.nlp import get_nlp
    from pipeline.run import make_doc, result_from_doc

    settings = Settings(batch_size=BATCH)
    nlp = get_nlp(settings)
    cost: dict[str, float] = {}
    analysis = nlp.get_pipe("frnews_analysis")
    inner: dict[str, float] = {}

    class Timed:
        def __init__(self, name: str, proc) -> None:
            self.name, self.proc = name, proc

        def pipe(self, docs, **kwargs):
            t = time.process_time()
            out = list(self.proc.pipe(docs, **kwargs))
            inner[self.name] = inner.get(self.name, 0.0) + time.process_time() - t
            return out

    heavy = {name: Timed(name, nlp.get_pipe(name)) for name in analysis.components}
    get_pipe = nlp.get_pipe
    nlp.get_pipe = lambda name: heavy.get(name) or get_pipe(name)  # type: ignore[method-assign]

    def add(name: str, t: float) -> None:
        cost[name] = cost.get(name, 0.0) + time.process_time() - t

    batch = []
    for article in _articles(corpus):
        batch.append(article)
        if len(batch) == BATCH:
            _stage_batch(nlp, batch, add, make_doc, result_from_doc)
            batch = []
    if batch:
        _stage_batch(nlp, batch, add, make_doc, result_from_doc)
    stats = dict(analysis.stats)
    return {"stages": cost, "analysis": inner, "stats": stats}


def _stage_batch(nlp, batch, add, make_doc, result_from_doc) -> None:
    t = time.process_time()
    docs = [make_doc(nlp, a) for a in batch]
    add("read text, normalise, tokenize", t)
    for name, proc in nlp.pipeline:
        t = time.process_time()
        docs = list(proc.pipe(docs, batch_size=BATCH)) if hasattr(proc, "pipe") \
            else [proc(d) for d in docs]
        add(name, t)
    t = time.process_time()
    for a, d in zip(batch, docs, strict=True):
        result_from_doc(a, d)
    add("rows", t)


# ---------------------------------------------------------------------- the driver


def _env() -> dict:
    env = dict(os.environ)
    env["OPENBLAS_NUM_THREADS"] = "1"
    env["OMP_NUM_THREADS"] = "1"
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _peak_rss(proc: subprocess.Popen, result: dict) -> None:
    """Largest total RSS of ``proc`` and its children while it runs, in bytes."""
    try:
        import psutil
    except ImportError:
        return
    peak = 0
    try:
        p = psutil.Process(proc.pid)
        while proc.poll() is None:
            total = 0
            for q in [p, *p.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += q.memory_info().rss
            peak = max(peak, total)
            time.sleep(0.05)
    except psutil.Error:
        pass
    result["peak_rss"] = peak


def run_child(args: list[str]) -> dict:
    """Run this script with ``args`` in a subprocess; its JSON answer and peak memory."""
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    mem: dict = {}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env())
    sampler = threading.Thread(target=_peak_rss, args=(proc, mem))
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(args)} failed:\n{err[-3000:]}")
    answer = json.loads(out.strip().splitlines()[-1])
    if "peak_rss" in mem:
        answer["peak_rss"] = mem["peak_rss"]
    else:  # without psutil: the largest descendant's peak (the process itself here)
        import resource

        answer["peak_rss"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    return answer


def write_corpus(articles, folder: Path, copies: int = 1) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    first = folder / "part-00.jsonl"
    with open(first, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.doc_id, "title": a.title, "date": a.date,
                                 "url": a.url, "text": a.text}, ensure_ascii=False) + "\n")
    for k in range(1, copies):
        shutil.copyfile(first, folder / f"part-{k:02d}.jsonl")


def _mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the main "
                        "measurements (bare, 1 process, 2 workers); references run once")
    parser.add_argument("--no-10x", action="store_true", help="skip the 10x memory run")
    parser.add_argument("--compare-limit", type=int, default=600,
                        help="real articles for the selective-vs-full row comparison")
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--tables", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--options", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:  # in a subprocess
        if args.measure == "stages":
            answer = stages(args.corpus)
        else:
            answer = measure(args.measure, args.corpus, args.tables, json.loads(args.options))
        print(json.dumps(answer))
        return 0

    why = missing_data()
    if why:
        print(f"benchmark skipped: the shared data is missing ({why}); it needs "
              f"{SHARED}/orangesum-fr-news and {SHARED}/wikineural-fr")
        return 0
    with tempfile.TemporaryDirectory(prefix="frnews-bench-") as tmp:
        tmp_path = Path(tmp)
        articles = bench_articles(args.articles)
        words = count_words(articles)
        corpus = tmp_path / "corpus"
        write_corpus(articles, corpus)
        print(f"corpus: {len(articles):,} articles, {words:,} words", flush=True)
        results: dict[str, list[dict]] = {name: [] for name in MEASURES}
        order = ["bare", "pipeline", "pipeline-2"]
        refs = ["pipeline-full", "pipeline-blis", "bare-numpy"]
        for r in range(args.rounds):
            for name in order + (refs if r == 0 else []):
                kind, options = MEASURES[name]
                answer = run_child(["--measure", kind, "--corpus", str(corpus), "--tables",
                                    str(tmp_path / f"out-{name}-{r}"),
                                    "--options", json.dumps(options)])
                results[name].append(answer)
                print(f"  round {r + 1} {name}: {words / answer['seconds']:,.0f} words/s "
                      f"(CPU {words / answer['cpu']:,.0f}), peak {_mb(answer['peak_rss'])}",
                      flush=True)
        same = _same_tables([tmp_path / f"out-{n}-0" for n in ("pipeline", "pipeline-2")])
        big = None
        if not args.no_10x:
            corpus10 = tmp_path / "corpus10"
            write_corpus(articles, corpus10, copies=10)
            big = run_child(["--measure", "pipeline", "--corpus", str(corpus10), "--tables",
                             str(tmp_path / "out-10x"),
                             "--options", json.dumps(MEASURES["pipeline"][1])])
            print(f"  10x: {10 * words / big['seconds']:,.0f} words/s, peak "
                  f"{_mb(big['peak_rss'])}", flush=True)
        split = run_child(["--measure", "stages", "--corpus", str(corpus)])
        compare = _compare(args.compare_limit)
    text = report(len(articles), words, results, big, split, compare, same)
    print(text)
    args.out.write_text(text + "\n", encoding="utf-8")
    raw = {"articles": len(articles), "words": words, "results": results, "big": big,
           "split": split, "compare": compare, "same": same}
    args.out.with_suffix(".json").write_text(json.dumps(raw, indent=1), encoding="utf-8")
    print(f"\nwritten to {args.out}")
    return 0


def _same_tables(folders: list[Path]) -> bool:
    names = sorted(p.name for p in folders[0].glob("*.csv"))
    return bool(names) and all(
        (folders[0] / n).read_bytes() == (f / n).read_bytes() for f in folders[1:] for n in names
    )


def _compare(limit: int) -> str:
    cmd = [sys.executable, str(HERE / "compare.py"), "--limit", str(limit), "--show", "0"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=_env(), check=False)
    if done.returncode:
        return f"(compare.py failed: {done.stderr[-500:]})"
    return done.stdout.strip()


def report(n_articles: int, words: int, results: dict, big: dict | None, split: dict,
           compare: str, same: bool) -> str:
    def med(name: str, key: str = "seconds") -> float:
        return statistics.median(r[key] for r in results[name])

    rate = {name: words / med(name) for name in results if results[name]}
    rounds = len(results["bare"])
    lines = [
        "# Benchmark",
        "",
        f"Corpus: {n_articles:,} articles ({words:,} words): the allowed real articles of "
        "orangesum-fr-news, then pseudo-articles of 20 wikineural sentences. One process "
        "uses one core (`OPENBLAS_NUM_THREADS=1`); 2 cores on this machine. Wall-clock "
        f"medians of {rounds} round(s) for the first three rows, one round for the "
        "references; model loading not timed.",
        "",
        "| run | words/s | articles/s | vs bare | peak memory |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in MEASURES:
        if not results[name]:
            continue
        peak = max(r["peak_rss"] for r in results[name])
        lines.append(f"| {LABELS[name]} | {rate[name]:,.0f} | "
                     f"{n_articles / med(name):,.1f} | {rate[name] / rate['bare']:.2f}x | "
                     f"{_mb(peak)} |")
    def per_round(a: str, b: str, key: str = "seconds") -> list[float]:
        return [y[key] / x[key] for x, y in zip(results[a], results[b], strict=False)]

    vs_bare = per_round("pipeline", "bare")
    vs_bare_cpu = per_round("pipeline", "bare", "cpu")
    two = per_round("pipeline-2", "pipeline")
    lines += [
        "",
        f"- frnews (all tables) / bare fr_core_news_sm: **{rate['pipeline'] / rate['bare']:.2f}x**"
        f" (ratio of the medians); per round "
        f"{', '.join(f'{r:.2f}x' for r in vs_bare)} (median "
        f"{statistics.median(vs_bare):.2f}x); in CPU time per round "
        f"{', '.join(f'{r:.2f}x' for r in vs_bare_cpu)}.",
        f"- 2 workers / 1 process: **{rate['pipeline-2'] / rate['pipeline']:.2f}x** (ratio of "
        f"the medians); per round {', '.join(f'{r:.2f}x' for r in two)} (median "
        f"{statistics.median(two):.2f}x). Tables of the 2-worker run byte-identical to the "
        f"1-process run: {'yes' if same else 'NO'}.",
    ]
    if results["pipeline-full"] and results["pipeline-blis"] and results["bare-numpy"]:
        lines.append(
            f"- Where the gain comes from: selective vs full analysis "
            f"{rate['pipeline'] / rate['pipeline-full']:.2f}x; numpy's BLAS vs thinc's blis "
            f"{rate['pipeline'] / rate['pipeline-blis']:.2f}x for frnews, "
            f"{rate['bare-numpy'] / rate['bare']:.2f}x for bare spaCy. Against bare spaCy "
            f"given numpy's BLAS too, frnews runs at "
            f"{rate['pipeline'] / rate['bare-numpy']:.2f}x.")
    if big is not None:
        one = max(r["peak_rss"] for r in results["pipeline"])
        lines.append(
            f"- Peak memory of one process at 1x the corpus {_mb(one)}, at 10x (the corpus "
            f"streamed ten times, {10 * n_articles:,} articles) {_mb(big['peak_rss'])}: "
            f"{100 * (big['peak_rss'] / one - 1):+.1f} %.")
    stage_cost = split["stages"]
    total = sum(stage_cost.values())
    lines += ["", "## Cost per stage (1 process, CPU time)", "",
              "| stage | µs per word | share |", "|---|---:|---:|"]
    for name, seconds in stage_cost.items():
        lines.append(f"| {name} | {1e6 * seconds / words:.1f} | {100 * seconds / total:.1f} % |")
    lines.append(f"| total | {1e6 * total / words:.1f} | 100 % |")
    inner = split["analysis"]
    if inner:
        lines += ["", "Inside `frnews_analysis`, the model's components on the selected "
                  "words: " + ", ".join(f"{k} {1e6 * v / words:.1f} µs" for k, v in inner.items())
                  + " per word of the corpus."]
    st = split["stats"]
    if st.get("tokens"):
        lines.append(
            f"Selective analysis on this corpus: {100 * st['parsed'] / st['sentences']:.1f} % "
            f"of the sentences parsed ({100 * st['parsed_tokens'] / st['tokens']:.1f} % of "
            f"the tokens), {100 * st['tagged_tokens'] / st['tokens']:.1f} % of the tokens "
            f"tagged only; {100 * st['analysed_tokens'] / st['tokens']:.1f} % of the tokens "
            "went through the model's tok2vec, margins of context included.")
    lines += ["", "## Selective vs full analysis: rows that differ", "", compare]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
