# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

## Build the graph from seeds/ into out/, export it, validate it, print every named query and draw the
## drug–mutation landscape (out/drug_mutation.html, out/matrix.html, out/drug_mutation.png/.svg).
run: $(STAMP)
	$(BIN)/kg build seeds -o out/graph.ttl
	$(BIN)/kg build seeds -o out/graph.nq
	$(BIN)/kg export -g out/graph.ttl --format kgx -o out/kgx
	$(BIN)/kg export -g out/graph.ttl --format graphml -o out/graph.graphml
	$(BIN)/kg validate out/graph.ttl
	$(BIN)/kg query --all -g out/graph.ttl
	$(BIN)/kg viz -g out/graph.ttl -o out

## Run the test suite (doctests included).
test: $(STAMP)
	$(BIN)/pytest -q

## Type-check and lint (not part of CI's two commands).
lint: $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,dev]'
	$(BIN)/mypy
	$(BIN)/ruff check kg tests

clean:
	rm -rf $(VENV) out .pytest_cache
