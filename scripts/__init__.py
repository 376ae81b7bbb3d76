"""Build and maintenance scripts (shipped tables, models, golden files, demo).

Run from the repository root: ``python scripts/<name>.py``, or ``python -m scripts.<name>`` for
those that import ``benchmarks`` (``scripts/build_ner.py`` reads CoNLL through ``benchmarks.nerdata``).
"""
