"""Unit tests load no spaCy model and start no server: this is checked, not a convention.

A unit test that asks for a server or model fixture fails at setup, and one that loads a model
(``spacy.load`` of a package, ``pipeline.nlp.model.build_model``) or binds a listening socket fails when it does,
each with a message that says where the test belongs (tests/integration/ or tests/e2e/).
Child processes (a fresh interpreter for heap or import checks) are not affected.
"""

from __future__ import annotations

import socketserver
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

NOT_IN_UNIT = {"moto_server", "s3_lake", "feed_server", "sample_registry", "enricher", "airflow_db"}


def _refuse(what: str) -> Any:
    def refuse(*args: object, **kwargs: object) -> NoReturn:
        raise AssertionError(f"a unit test {what}: move it to tests/integration/ (or tests/e2e/ for DAG and CLI runs)")

    return refuse


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before any fixture is set up (no server starts for a test that is refused)."""
    used = NOT_IN_UNIT & set(getattr(item, "fixturenames", ()))
    if used:
        _refuse(f"uses {', '.join(sorted(used))}")()


@pytest.fixture(autouse=True)
def _no_model_no_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import spacy

    import pipeline.nlp.model as model

    real_load = spacy.load

    def load(name: object, *args: object, **kwargs: object) -> object:
        if isinstance(name, Path):  # a pipeline the test saved itself (e.g. a blank one round-tripped)
            return real_load(name, *args, **kwargs)
        return _refuse(f"loads the spaCy model {name!r}")()

    monkeypatch.setattr(spacy, "load", load)
    monkeypatch.setattr(model, "build_model", _refuse("loads a spaCy model"))
    monkeypatch.setattr(socketserver.TCPServer, "server_bind", _refuse("starts a server"))
    yield
