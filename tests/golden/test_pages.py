"""Golden files: the bodies extracted from the local news site's article pages
(tests/golden/pages/*.txt; how they are fetched and which fallbacks apply: tests/integration/sources/test_pages.py)."""

from __future__ import annotations

from pathlib import Path

from tests.golden import pages
from tests.golden.regen import assert_golden


def test_extracted_page_bodies(tmp_path: Path) -> None:
    files = pages.generate(tmp_path)
    assert len(files) == 3
    for path, content in files.items():
        assert_golden(path, content)
