"""Fixtures of the end-to-end tests (Airflow's environment is set in tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def airflow_db() -> None:
    """A migrated, empty SQLite metadata DB for dag.test()."""
    from airflow.utils import db

    db.resetdb()
