"""Acquisition helpers (feed authentication). The rest of acquisition still lives in
``pipeline/registry.py``, ``fetch.py``, ``safety.py`` and ``landing.py``."""
