"""Fixtures shared by the test modules.

* ``nlp``: the full frnews pipeline (base model plus the project's components), built
  once per test session. Tests that use it are marked ``@pytest.mark.model``.
* ``shared_data``: the ``../shared/data`` folder next to the repository; tests that use it
  are skipped when it is absent and marked ``@pytest.mark.shared``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline, ``pipeline.nlp.get_nlp()``, loaded once for the session."""
    from pipeline.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data`` relative to the repository root; skips the test when absent."""
    path = (REPO_ROOT / ".." / "shared" / "data").resolve()
    if not path.is_dir():
        pytest.skip("../shared/data is absent")
    return path
