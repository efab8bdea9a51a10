# dipgraph: two commands do all set-up on a fresh machine with Python 3.11, pip and make.
#   make demo   build the graph from the bundled sample corpus into out/
#   make test   the whole test suite (installs Chromium for the browser tests)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
OUT    ?= out
SHARED ?= ../shared
JOBS   ?= 2

.PHONY: venv demo test eval bench browser clean wheel-test train data

$(BIN)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,bench]"
	touch $@

venv: $(BIN)/.installed

demo: venv
	$(BIN)/dipgraph build examples/corpus -o $(OUT) --jobs $(JOBS)

# Chromium from Debian for the headless-browser tests (root, or sudo where there is one).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# both cores (pytest-xdist); a module's tests stay on one worker, so module fixtures run once
test: venv browser
	$(PY) -m pytest -q -p no:cacheprovider -n $(JOBS) --dist loadscope --durations=25

eval: venv
	@if [ -f "$(SHARED)/eval/score.py" ]; then \
	  $(PY) scripts/run_eval.py --shared $(SHARED); \
	else echo "make eval: $(SHARED)/eval not found; skipping (set SHARED=path/to/shared)"; fi

# the stance scorer (issue 19): trains on $(SHARED)/eval/train_news, writes graph/data/scorer/
# (model.json byte for byte the same for the same data; `make test` never retrains)
train: venv
	@$(PY) -c "import sklearn" 2>/dev/null || $(PY) -m pip install --quiet -e ".[train]"
	$(PY) scripts/train_scorer.py --shared $(SHARED)

# the imported data files, again from ../shared/data/petrarch2 and the data packages (run after a
# curated actor or cue file changes: curated rows decide what the importers leave out)
IMPORTERS := import_cameo_verbs import_phoenix_actors import_phoenix_bodies import_phoenix_groups \
             import_phoenix_organisations import_state_kinds import_towns
data: venv
	@for s in $(IMPORTERS); do $(PY) scripts/$$s.py || exit 1; done

bench: venv
	$(PY) scripts/bench_build.py
	$(PY) scripts/bench_memory.py
	$(PY) scripts/bench_sparql.py
	$(PY) scripts/bench_html.py

clean:
	rm -rf $(OUT) build dist *.egg-info
