"""The built wheel carries what an installed wirelake reads at run time: the table schemas."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_the_wheel_holds_every_table_schema(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(REPO)], check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("wirelake-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"pipeline/lake/table_schemas/{p.name}" for p in (REPO / "schemas").glob("*.json")}
    assert expected and expected <= names, sorted(expected - names)
