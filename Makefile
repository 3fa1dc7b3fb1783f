# The two commands of the README: `make demo` and `make test`. Each sets itself up.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= accords.db

.PHONY: setup demo test clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (accords needs Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.2
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
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

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
