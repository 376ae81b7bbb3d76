"""Where things are: the repository, the shared read-only data, the sample article (stored once)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("WIRELAKE_SHARED", REPO.parent / "shared"))
# the sample Reuters article: the bundled sample feeds serve it, the golden tests read it
SAMPLE_ARTICLE = REPO / "pipeline" / "samples" / "reuters-putin-syria.txt"
