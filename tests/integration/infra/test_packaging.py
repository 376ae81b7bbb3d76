"""The built wheel carries what an installed wirelake reads at run time: the table schemas."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_the_wheel_holds_every_table_schema(tmp_path: Path) -> None:
    # build from a copy of the tracked files: a checkout's stale build/ folder must not help
    src = tmp_path / "src"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, check=True, capture_output=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        if (REPO / name).is_symlink() or (REPO / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, src / name, follow_symlinks=False)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path / "dist"), str(src)], check=True, capture_output=True, timeout=600)
    (wheel,) = (tmp_path / "dist").glob("wirelake-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"pipeline/lake/table_schemas/{p.name}" for p in (REPO / "schemas").glob("*.json")}
    assert expected and expected <= names, sorted(expected - names)
