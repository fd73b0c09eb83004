# The two commands of the README: `make run` (install, index the bundled corpus, start the server)
# and `make test` (install, then run the whole test suite). `.ci/run` calls `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1

.PHONY: run test install install-test browser lint chat bench eval

$(VENV)/.installed: pyproject.toml
	python3.11 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Debian chromium for the web UI test; installed only when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

run: install
	$(VENV)/bin/itt ingest
	$(VENV)/bin/itt serve --host $(HOST) --port $(PORT)

chat: install
	$(VENV)/bin/itt ingest
	$(VENV)/bin/itt chat

lint: install
	$(VENV)/bin/ruff check assistant ingest api evals tests benchmarks

test: install browser lint
	$(VENV)/bin/pytest -q

bench: install
	$(PY) -m benchmarks.run

eval: install
	$(VENV)/bin/itt eval --questions evals/questions/test.yaml --out eval-out --baseline
