"""Run settings: package defaults, overridden by a user TOML file, then by CLI options."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from . import errors


@dataclass(frozen=True)
class Settings:
    """Everything a run can be told. Defaults are the package's own."""

    model: str = "fr_core_news_sm"
    batch_size: int = 32
    workers: int = 1
    max_chars: int = 1_000_000
    limit: int | None = None
    safe_csv: bool = True

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
        if self.max_chars < 1:
            raise errors.ConfigError("max_chars must be at least 1")
        if self.limit is not None and self.limit < 0:
            raise errors.ConfigError("limit must be zero or more")
