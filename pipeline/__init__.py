"""frnews: French news to tables (who moved where, research topics, entities).

>>> import pipeline
>>> result = pipeline.extract("Jan Leike a rejoint Anthropic.", date="2024-05-28")  # doctest: +SKIP
>>> tables = pipeline.run("corpus", "outputs", force=True)  # doctest: +SKIP
"""

from __future__ import annotations

import logging

from .config import Settings
from .run import ArticleResult, RunResult, extract, run

__all__ = ["ArticleResult", "RunResult", "Settings", "extract", "run", "__version__"]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
