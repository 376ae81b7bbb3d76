"""The daily report renders in headless Chromium (the lake and the page checks: tests/unit/lake/test_report.py)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from pipeline.lake.report import write_report
from pipeline.lake.storage import Storage
from tests.unit.lake.test_report import DAY, SECTIONS, _parse, build_lake

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def lake(tmp_path: Path) -> Storage:
    return build_lake(tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install -y chromium)")
def test_report_renders_in_headless_chromium(lake: Storage) -> None:
    rel = write_report(lake, DAY)
    profile = tempfile.mkdtemp(prefix="wirelake-chromium-")
    try:
        out = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--dump-dom", Path(lake.full(rel)).as_uri()],
            capture_output=True, text=True, timeout=90, check=True,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    dom = _parse(out.stdout)
    assert list(dom.sections) == SECTIONS
    assert dom.sections["summary"]["kpi"]["articles"] == "4"
    assert dom.sections["feed-health"]["tables"][0][1][-1] == "HTTP 503 from upstream"
    assert dom.tags.count("svg") == 7
