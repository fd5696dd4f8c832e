# Two commands do all set-up on a fresh machine (Python 3.10+ with venv):
#   make demo   create .venv, install marsad, analyse the bundled example article
#   make test   create .venv, install marsad with test extras, run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test bench clean

$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

demo: $(BIN)/marsad
	$(BIN)/marsad demo

test: $(BIN)/marsad
	$(BIN)/pytest

bench: $(BIN)/marsad
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
