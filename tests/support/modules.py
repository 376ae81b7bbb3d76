"""Import a script or benchmark (not packages: ``scripts/``, ``benchmarks/``) from its path.

Tests import them through :func:`load_file`, never by putting their folders on ``sys.path``:
``sys.path`` is the same after the import as before, whatever the file does to it while it runs.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.support.paths import REPO


def load_file(relpath: str, *, needs: tuple[str, ...] = ()) -> ModuleType:
    """The module at ``REPO / relpath``, registered in ``sys.modules`` under its file name (so
    dataclasses and pickling find it). ``needs``: sibling files it imports by bare name (e.g.
    ``benchmarks/nerdata.py`` for ``import nerdata``), loaded the same way first."""
    for dep in needs:
        load_file(dep)
    path = REPO / relpath
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    saved = list(sys.path)
    sys.modules[path.stem] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(path.stem, None)
        raise
    finally:
        sys.path[:] = saved
    return module
