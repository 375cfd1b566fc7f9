# policywatch: two commands. `make demo` runs the offline demo, `make test` runs the tests.
# Each bootstraps its own virtualenv in .venv from a fresh clone (python3 3.11+ and make only).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test venv clean bench-diff bench-changes bench-alerts bench-compliance bench-daemon bench-extraction bench-peers

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/policywatch demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench-diff: $(STAMP)
	$(BIN)/python benchmarks/bench_diff.py

bench-changes: $(STAMP)
	$(BIN)/python benchmarks/bench_changes.py

bench-alerts: $(STAMP)
	$(BIN)/python benchmarks/bench_alerts.py

bench-compliance: $(STAMP)
	$(BIN)/python benchmarks/bench_compliance.py

bench-daemon: $(STAMP)
	$(BIN)/python benchmarks/bench_daemon.py

bench-extraction: $(STAMP)
	$(BIN)/python benchmarks/bench_extraction.py

bench-peers: $(STAMP)  # installs urlwatch and changedetection.io into .bench-peers/ on first use
	$(BIN)/python benchmarks/bench_peers.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
