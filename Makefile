# Two commands do all the set-up on a fresh machine:
#   make demo   installs inspection-nlp into .venv and summarises a bundled release
#   make test   installs it with the test extras (and Chromium for the browser test) and runs every test
#   make dist   builds the sdist and the wheel (users: pip install dist/*.whl, or pip install .)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install install-test browser train train-encoder evaluate evaluate-encoder bench dist clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

# torch's CPU build first (from the local wheel when there is one), so that [train] never pulls a CUDA build;
# the tests fine-tune a tiny encoder with it.
install-test: $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test,report,train]'

# The report's browser test needs Debian's Chromium; without root or apt it is skipped with a reason.
browser:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
	  || echo "note: Chromium not installed; the browser test will be skipped"; }

demo: install
	$(BIN)/inspection-nlp summarise corpus/releases/westminster-yjs-2024.txt

test: install-test browser
	$(BIN)/python -m pytest -q --nbmake tests notebooks

train: install
	$(BIN)/inspection-nlp train

train-encoder: $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[train]'
	HF_HUB_OFFLINE=1 nice $(BIN)/inspection-nlp train --encoder

evaluate: install
	$(BIN)/inspection-nlp evaluate --test annotations/heldout --robustness --output eval --compare

evaluate-encoder: $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[train]'
	HF_HUB_OFFLINE=1 nice $(BIN)/inspection-nlp evaluate --test annotations/heldout --encoder --output eval-encoder

# In a venv of its own without torch: thinc (under spaCy) imports torch whenever it is installed, as it is in
# .venv for the encoder's tests, which would add seconds to every cold start that a user's install never pays.
BENCH_VENV ?= .venv-bench
bench:
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet -e '.[test,bench]'
	$(BENCH_VENV)/bin/python benchmarks/run.py

# The sdist and the wheel (models inside) in dist/; users install the wheel with pip.
dist: install-test
	$(BIN)/python -m build --outdir dist .

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache eval
