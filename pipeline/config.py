"""Run settings: package defaults, overridden by a user TOML file, then by CLI options."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from . import errors

ANALYSES = ("selective", "full")
BLAS = ("numpy", "blis")


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told. Defaults are the package's own.

    ``max_chars``: longest article accepted, in characters (100,000 is about 15,000 words,
    several times the longest news article; the analysis slows down more than linearly
    with length). A ``.txt`` file over ``4 * max_chars`` bytes is rejected without being
    read, and so is a JSONL line over that size.
    ``timeout``: seconds allowed to analyse one article, per 10,000 characters (and at
    least this many); an article over it is stopped and reported as failed. 0 disables it
    (it is also off outside the main thread, where no alarm signal can be used).
    ``safe_csv``: make cells that a spreadsheet would run as formulas inert.
    ``analysis``: ``selective`` (default) parses, tags and lemmatises only the sentences
    an extractor reads (see :mod:`pipeline.selective`); ``full`` runs every component of
    the model on every sentence.
    ``workers``: processes that analyse articles in parallel (each loads the model once).
    ``blas``: matrix products of the model's networks by ``numpy`` (its BLAS: the
    ``tok2vec`` layers run about twice as fast as with thinc's default on recent x86 CPUs,
    with the same results) or ``blis`` (thinc's default).
    """

    model: str = "fr_core_news_sm"
    batch_size: int = 32
    workers: int = 1
    max_chars: int = 100_000
    limit: int | None = None
    safe_csv: bool = True
    timeout: float = 30.0
    analysis: str = "selective"
    blas: str = "numpy"

    @classmethod
    def from_file(cls, path: str | Path, **overrides: Any) -> Settings:
        """Read a TOML file (keys at top level or under ``[frnews]``) over the defaults."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise errors.ConfigError(f"cannot read config file {path}: {exc}") from exc
        data = data.get("frnews", data)
        return cls().updated(**data).updated(**overrides)

    def updated(self, **values: Any) -> Settings:
        """A copy with ``values`` set; unknown keys and ``None`` values are refused/ignored."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise errors.ConfigError(
                f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        new = replace(self, **{k: v for k, v in values.items() if v is not None})
        new.validate()
        return new

    def validate(self) -> None:
        if self.batch_size < 1:
            raise errors.ConfigError("batch_size must be at least 1")
        if self.workers < 1:
            raise errors.ConfigError("workers must be at least 1")
        if self.analysis not in ANALYSES:
            raise errors.ConfigError(
                f"analysis must be one of {', '.join(ANALYSES)}, not {self.analysis!r}")
        if self.blas not in BLAS:
            raise errors.ConfigError(f"blas must be one of {', '.join(BLAS)}, not {self.blas!r}")
        if self.max_chars < 1:
            raise errors.ConfigError("max_chars must be at least 1")
        if self.timeout < 0:
            raise errors.ConfigError("timeout must be zero (no limit) or more")
        if self.limit is not None and self.limit < 0:
            raise errors.ConfigError("limit must be zero or more")
