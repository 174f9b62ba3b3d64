"""Parallel runs: articles analysed by worker processes, results in corpus order.

``run(..., Settings(workers=N))`` (``frnews run --workers N``) sends the articles of a
corpus in chunks of ``batch_size`` new articles, the same chunks a single-process run
gives to ``nlp.pipe``, to ``N`` worker processes, and yields the results in corpus order:
the tables are byte for byte those of a single-process run.

* Each worker holds the pipeline once: on POSIX the workers are forked from the process
  that loaded it (the model's arrays are shared until written), elsewhere they load it in
  their initializer. A worker multiplies matrices on one thread (``OPENBLAS_NUM_THREADS``
  for its BLAS), since the workers already use the cores.
* At most ``2 * N`` chunks are in flight: reading the corpus waits for the workers, so
  memory stays flat however large the corpus.
* An article that fails is isolated by :func:`pipeline.run.process_articles` inside the
  worker, as in a single-process run. If a worker process dies (a crash, the kernel's
  out-of-memory killer), the pool is started again and the articles of the chunk are
  retried one by one; one that kills a worker again is reported as failed.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from .config import Settings
from .corpus import Article, ReadFailure
from .run import batches, from_journal, resolve

if TYPE_CHECKING:
    from .journal import Journal
    from .run import ArticleResult

log = logging.getLogger(__name__)

#: Chunks in flight per worker (bounded prefetch).
PREFETCH = 2

_WORKER: dict[str, Any] = {}


def results_in_workers(
    items: Iterable[Article | ReadFailure], settings: Settings,
    journal: Journal | None = None,
) -> Iterator[ArticleResult]:
    """Results of ``items`` in their order, the articles analysed by ``settings.workers``
    processes (the articles found in ``journal`` are read back from it, not analysed)."""
    window = PREFETCH * settings.workers
    pool = _Pool(settings)
    try:
        in_flight: deque[tuple[list[Any], Future[list[ArticleResult]] | None]] = deque()
        for chunk in batches(items, settings.batch_size, from_journal(journal)):
            articles = [x for x in chunk if isinstance(x, Article)]
            in_flight.append((chunk, pool.submit(articles) if articles else None))
            while len(in_flight) > window:
                yield from _collect(pool, *in_flight.popleft())
        while in_flight:
            yield from _collect(pool, *in_flight.popleft())
    finally:
        pool.shutdown()


def _collect(pool: _Pool, chunk: list[Any], future: Future[list[ArticleResult]] | None
             ) -> Iterator[ArticleResult]:
    def results(articles: list[Article]) -> list[ArticleResult]:
        try:
            return future.result()  # type: ignore[union-attr]  (None only without articles)
        except BrokenProcessPool:
            return pool.retry_one_by_one(articles)

    return resolve(chunk, results)


class _Pool:
    """A process pool that can be started again when a worker dies."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        if context.get_start_method() == "fork":
            from .nlp import get_nlp

            get_nlp(self.settings)  # loaded once here, shared by the forked workers
        return ProcessPoolExecutor(max_workers=self.settings.workers, mp_context=context,
                                   initializer=_init_worker, initargs=(self.settings,))

    def submit(self, articles: list[Article]) -> Future[list[ArticleResult]]:
        try:
            return self.executor.submit(_analyse, articles)
        except BrokenProcessPool:
            self.restart()
            return self.executor.submit(_analyse, articles)

    def restart(self) -> None:
        log.warning("a worker process died; starting the pool again")
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def retry_one_by_one(self, articles: list[Article]) -> list[ArticleResult]:
        from .run import failure_result

        self.restart()
        out = []
        for article in articles:
            try:
                out.extend(self.executor.submit(_analyse, [article]).result())
            except BrokenProcessPool:
                log.error("article %s killed its worker process", article.doc_id)
                out.append(failure_result(ReadFailure(
                    article.path, article.doc_id, "nlp", "WorkerDied",
                    "analysis failed: the worker process analysing this article died (a "
                    "crash or the system running out of memory); the other articles were "
                    "processed")))
                self.restart()
        return out

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _init_worker(settings: Settings) -> None:
    from .nlp import get_nlp

    os.environ["OPENBLAS_NUM_THREADS"] = "1"
    set_blas_threads(1)
    _WORKER["settings"] = settings
    _WORKER["nlp"] = get_nlp(settings)  # inherited from the parent when forked


def _analyse(articles: list[Article]) -> list[ArticleResult]:
    from .run import process_articles

    settings: Settings = _WORKER["settings"]
    return process_articles(_WORKER["nlp"], articles, settings.batch_size,
                            timeout=settings.timeout)


def set_blas_threads(n: int) -> bool:
    """Limit the OpenBLAS loaded in this process (numpy's) to ``n`` threads; returns
    whether one was found (Linux, where loaded libraries are listed in /proc)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as fh:
            paths = {line.split()[-1] for line in fh if "openblas" in line.lower()}
    except OSError:
        return False
    done = False
    for path in paths:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for name in ("openblas_set_num_threads", "scipy_openblas_set_num_threads64_",
                     "openblas_set_num_threads64_"):
            func = getattr(lib, name, None)
            if func is not None:
                func(ctypes.c_int(n))
                done = True
                break
    return done
