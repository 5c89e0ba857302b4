# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test bench eval train clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dyads demo --db dyads.duckdb

test: $(STAMP)
	$(BIN)/ruff check --quiet src tests scripts benchmarks
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

eval: $(STAMP)
	$(BIN)/python scripts/evaluate_all.py

# Retrain the bundled sentence classifier (src/dyads/data/pentaclass.npz), then the argument
# tagger that learns from the rules' output (src/dyads/data/arguments_tagger.npz), from ../shared/gold,
# then the record-trust model from the judged fresh news in tests/data (src/dyads/data/event_trust.json).
train: $(STAMP)
	$(BIN)/python scripts/train_pentaclass.py
	$(BIN)/python scripts/train_arguments.py
	$(BIN)/python scripts/train_trust.py

clean:
	rm -rf $(VENV) dyads.duckdb build src/*.egg-info
