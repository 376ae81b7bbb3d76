"""wirelake's benchmarks: scripts that print quality and speed figures (docs/benchmarks.md).

Run them as modules from the repository root, e.g. ``.venv/bin/python -m benchmarks.eval_casing``
(``make bench`` runs the main ones); they import each other as ``benchmarks.<name>``.
"""
