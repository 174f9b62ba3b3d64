"""Command line: parse arguments, call the library, turn results into exit codes.

Exit codes: 0 all articles processed, 1 some articles failed (listed in errors.csv),
2 usage or configuration error (missing folder, unknown model, bad option).
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, errors

log = logging.getLogger("pipeline")

EXIT_OK, EXIT_FAILURES, EXIT_USAGE = 0, 1, 2

RUN_EXAMPLE = """\
examples:
  python -m pipeline run corpus --out outputs
  frnews run ~/news --out ~/tables --model fr_core_news_md --force -v
  frnews run big_corpus --out tables --limit 100 --quiet
  frnews run big_corpus --out tables --workers 2  # two processes, same tables
  frnews run big_corpus --out tables --resume     # after an interruption, or new articles
  frnews run corpus --out tables --engine dask    # on a local Dask cluster of 2 workers
  frnews run s3://bucket/news --out s3://bucket/tables --engine dask --scheduler tcp://host:8786

Writes documents.csv, entities.csv, moves.csv, affiliations.csv, topics.csv and errors.csv,
each replaced whole at the end of the run, and a journal of the analysed articles
(.frnews-journal.jsonl) that --resume reuses: only new or changed articles are analysed.
Cells starting with = + - @ get a leading apostrophe (see --raw-csv).
Exit code 0 when every article was processed cleanly, 1 when some failed or were read
with a warning (each has a row in errors.csv), 2 on a usage error.
"""

EVAL_EXAMPLE = """\
examples:
  python -m pipeline evaluate                       # all gold files in tests/gold/
  python -m pipeline evaluate --gold tests/gold/corpus.jsonl --corpus corpus
  python -m pipeline evaluate --show-errors 20
"""

NER_EXAMPLE = """\
examples:
  python -m pipeline evaluate-ner                   # every IOB set in ../shared/data
  python -m pipeline evaluate-ner --sets fenec --limit 500
"""

DISCOVER_EXAMPLE = """\
examples:
  python -m pipeline discovered outputs            # topics found by patterns, most frequent first
  python -m pipeline discovered outputs --top 50
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frnews",
        description="French news to tables: who moved where, research topics, entities.",
        epilog="Run 'frnews COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"frnews {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser(
        "run",
        help="process a corpus folder and write the tables",
        description="Process every .txt and .jsonl article under CORPUS (recursively, in "
        "sorted order) and write the tables as CSV.",
        epilog=RUN_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("corpus", type=_path_or_url,
                     help="folder of articles (.txt, .jsonl); with --engine dask also a URL "
                     "(s3://, gs://, hdfs://...)")
    run.add_argument("--out", "-o", type=_path_or_url, default=Path("outputs"),
                     help="folder for the tables (default: outputs); a URL with --engine dask")
    run.add_argument("--model", help="installed spaCy pipeline (default: fr_core_news_sm)")
    run.add_argument("--config", type=Path, help="TOML file of settings overriding the defaults")
    run.add_argument("--limit", type=int, help="process at most N articles")
    run.add_argument("--batch-size", type=int, help="articles per nlp.pipe batch (default 32)")
    run.add_argument("--max-chars", type=int,
                     help="longest article accepted, in characters (default 100,000); a "
                     ".txt file over 4 bytes per character is refused unread")
    run.add_argument("--timeout", type=float, metavar="SECONDS",
                     help="time allowed per article and per 10,000 characters before its "
                     "analysis is stopped and reported as failed (default 30; 0: no limit)")
    run.add_argument("--raw-csv", action="store_true",
                     help="keep cells starting with = + - @ as they are (default: made inert "
                     "with a leading apostrophe so spreadsheets do not run them)")
    run.add_argument("--force", "-f", action="store_true",
                     help="replace the tables in an output folder that already holds files")
    run.add_argument("--no-report", action="store_true",
                     help="do not write report.html and run.json beside the tables")
    run.add_argument("--resume", action="store_true",
                     help="reuse the articles that a previous run into --out analysed "
                     "(same path and content): finishes an interrupted run, and a run on "
                     "an unchanged corpus does no analysis; the tables are rebuilt whole")
    run.add_argument("--workers", type=int, metavar="N",
                     help="processes analysing articles in parallel, each with its own copy "
                     "of the model (default 1); the tables are the same for any N")
    run.add_argument("--analysis", choices=("selective", "full"),
                     help="selective (default): parse and tag only what the extractors "
                     "read (faster, nearly the same tables); full: every sentence")
    run.add_argument("--engine", choices=("embedded", "dask"), default="embedded",
                     help="embedded (default): this machine; dask: a Dask cluster, a local "
                     "one started for the run unless --scheduler is given (needs the "
                     "extra frnews[dask])")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --engine dask: address of a running scheduler "
                     "(tcp://host:8786)")
    run.add_argument("--format", choices=("csv", "parquet"), default="csv",
                     help="with --engine dask: write the tables as CSV (default) or as one "
                     ".parquet file each")
    _add_verbosity(run)

    ev = sub.add_parser(
        "evaluate",
        help="score moves and topics against gold annotations (P/R/F1)",
        description="Run the pipeline on the gold documents and print who, who-where and "
        "topic precision/recall/F1, status and kind accuracy, misses and false moves.",
        epilog=EVAL_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("--gold", type=Path, nargs="*",
                    help="gold JSONL files (default: tests/gold/*.jsonl)")
    ev.add_argument("--corpus", type=Path, default=Path("corpus"),
                    help="folder of the project's own articles (default: corpus)")
    ev.add_argument("--shared", type=Path, default=Path("../shared/data"),
                    help="shared data folder holding orangesum-fr-news (default: ../shared/data)")
    ev.add_argument("--model", help="installed spaCy pipeline")
    ev.add_argument("--show-errors", type=int, default=15, metavar="N",
                    help="list up to N misses and N false moves (default 15)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    _add_verbosity(ev)

    ner = sub.add_parser(
        "evaluate-ner",
        help="entity P/R/F1 per label, bare model vs pipeline, on the IOB sets",
        description="Score entities per label on the IOB sets of ../shared/data "
        "(fenec-m1-gold, hipe2020-fr, wikineural-fr), the bare model and this pipeline "
        "side by side.",
        epilog=NER_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ner.add_argument("--shared", type=Path, default=Path("../shared/data"))
    ner.add_argument("--sets", nargs="*", help="subset of: fenec hipe2020 letemps wikineural")
    ner.add_argument("--limit", type=int, help="at most N sentences per set")
    ner.add_argument("--model", help="installed spaCy pipeline")
    ner.add_argument("--markdown", action="store_true", help="print a Markdown table")
    _add_verbosity(ner)

    disc = sub.add_parser(
        "discovered",
        help="list the research topics found by patterns but missing from the taxonomy",
        description="Read topics.csv of a run and list the most frequent topics marked "
        "source=pattern, to grow the taxonomy.",
        epilog=DISCOVER_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from .report import REPORT_EXAMPLE

    rep = sub.add_parser(
        "report",
        help="build report.html (flow of moves, topics, highlighted articles) for a run",
        description="Write OUTPUT_DIR/report.html, one self-contained page that works "
        "offline: summary, moves as a flow picture and a table, topics, and every article "
        "with its entities, triggers and topics highlighted.",
        epilog=REPORT_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rep.add_argument("out", type=Path, help="output folder of a run")
    rep.add_argument("--corpus", type=Path, help="the corpus folder, to show full articles")
    _add_verbosity(rep)
    disc.add_argument("out", type=Path, help="output folder of a run")
    disc.add_argument("--top", type=int, default=30)
    _add_verbosity(disc)
    return parser


def _add_verbosity(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no summary")
    p.add_argument("--verbose", "-v", action="count", default=0, help="-v info, -vv debug")


def _setup_logging(args: argparse.Namespace) -> None:
    level = logging.WARNING
    if getattr(args, "verbose", 0) >= 2:
        level = logging.DEBUG
    elif getattr(args, "verbose", 0) == 1:
        level = logging.INFO
    elif getattr(args, "quiet", False):
        level = logging.ERROR
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(level)


def _settings(args: argparse.Namespace):  # noqa: ANN202
    from .config import Settings

    overrides = {
        "model": getattr(args, "model", None),
        "limit": getattr(args, "limit", None),
        "batch_size": getattr(args, "batch_size", None),
        "max_chars": getattr(args, "max_chars", None),
        "timeout": getattr(args, "timeout", None),
        "workers": getattr(args, "workers", None),
        "analysis": getattr(args, "analysis", None),
    }
    if getattr(args, "raw_csv", False):
        overrides["safe_csv"] = False
    config = getattr(args, "config", None)
    if config is not None:
        return Settings.from_file(config, **overrides)
    return Settings().updated(**overrides)


def _path_or_url(text: str) -> Path | str:
    """A local path, or an fsspec URL kept as written (``Path`` would fold its ``//``)."""
    return text if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+://", text) else Path(text)


def cmd_run(args: argparse.Namespace) -> int:
    """Process a corpus folder: ``frnews run corpus --out outputs``."""
    from .run import run

    if args.engine == "dask":
        from .dask_engine import run_dask

        result = run_dask(args.corpus, args.out, _settings(args), scheduler=args.scheduler,
                          fmt=args.format, force=args.force, resume=args.resume,
                          progress=not args.quiet)
    else:
        for option, given in (("--scheduler", args.scheduler),
                              ("--format parquet", args.format != "csv"),
                              ("a URL as corpus or --out", isinstance(args.corpus, str)
                               or isinstance(args.out, str))):
            if given:
                raise errors.EngineMismatch(option, "dask")
        result = run(args.corpus, args.out, _settings(args), force=args.force,
                     resume=args.resume, progress=not args.quiet,
                     report=not args.no_report)
    if not args.quiet:
        print(result.summary.text(), file=sys.stderr)
    return EXIT_FAILURES if result.exit_code else EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Score moves and topics against the gold: ``frnews evaluate``."""
    from .evaluate import main_evaluate

    return main_evaluate(args, _settings(args))


def cmd_evaluate_ner(args: argparse.Namespace) -> int:
    """Entity P/R/F1, bare model vs pipeline: ``frnews evaluate-ner``."""
    from .evaluate_ner import main_evaluate_ner

    return main_evaluate_ner(args, _settings(args))


def cmd_discovered(args: argparse.Namespace) -> int:
    """List topics found by patterns: ``frnews discovered outputs``."""
    from .topics import discovered_report

    print(discovered_report(args.out, top=args.top))
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """Build report.html: ``frnews report outputs --corpus corpus``."""
    from .report import main_report

    return main_report(args)


COMMANDS = {
    "run": cmd_run,
    "evaluate": cmd_evaluate,
    "evaluate-ner": cmd_evaluate_ner,
    "discovered": cmd_discovered,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``frnews`` and ``python -m pipeline``; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if not args.command:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    _setup_logging(args)
    try:
        return COMMANDS[args.command](args)
    except errors.UsageError as exc:
        print(f"frnews: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except errors.FrnewsError as exc:
        print(f"frnews: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        hint = "; run it again with --resume to go on" if args.command == "run" else ""
        print(f"frnews: interrupted; the previous tables were left as they were{hint}",
              file=sys.stderr)
        return 130
