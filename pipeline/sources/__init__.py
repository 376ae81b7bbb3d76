"""Acquisition helpers: feed authentication (``auth``), linked pages (``pages``: politeness,
robots.txt, raw landing) and their main-text extraction (``extract``); see docs/pages.md. The rest
of acquisition still lives in ``pipeline/registry.py``, ``fetch.py``, ``safety.py`` and ``landing.py``."""
