# wirelake — two commands set everything up on a fresh machine:
#   make run   create .venv, install, run the daily DAG on the bundled sample feeds
#   make test  create/update .venv and run the whole test suite (tests/unit, integration, e2e, golden)
# Python 3.12 (the medium English model's package declares it). On pyenv machines python3.12 may be
# installed but not on PATH: the first interpreter that really is 3.12 wins.
PYTHON ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 /usr/local/bin/python3.12 /usr/bin/python3.12; do \
	  $$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test install lint typecheck bench golden golden-check clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "need Python 3.12 (python3.12 on PATH, or PYTHON=/path/to/python3.12 make ...)"; exit 1; }
	@if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))'; then \
	  echo "$(VENV) is not Python 3.12: recreating it"; rm -rf $(VENV); fi
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools wheel
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) scripts/run_demo.py

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

# every golden file under tests/golden, regenerated after an intended change (review git diff tests/golden)
golden: $(STAMP)
	$(PY) -m tests.golden.regen

golden-check: $(STAMP)
	$(PY) -m tests.golden.regen --check

lint: $(STAMP)
	$(VENV)/bin/ruff check pipeline dags tests benchmarks scripts

typecheck: $(STAMP)
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(PY) -m benchmarks.eval_casing
	$(PY) -m benchmarks.eval_entities
	$(PY) -m benchmarks.eval_events
	$(PY) -m benchmarks.eval_extraction --extractors wirelake
	$(PY) -m benchmarks.crawl_pages

clean:
	rm -rf lake .airflow .wirelake .pytest_cache
