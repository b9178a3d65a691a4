# DefenderDoc: `make run` starts the app, `make test` runs every check.
# Both create a private virtual environment in .venv on first use.

# The first interpreter that really runs and is 3.11 or newer (pyenv shims may not run).
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Interface languages besides English: translations/defenderdoc_<code>.ts (README, "Adding a language").
LANGUAGES := es fr ar
QM := $(patsubst %.ts,%.qm,$(wildcard translations/defenderdoc_*.ts))

.PHONY: run test lint typecheck pytest catalogs translations bundle clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "DefenderDoc needs Python 3.11 or newer (python3)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/defenderdoc

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

test: lint typecheck pytest

# Add new interface strings to each catalog and drop vanished ones (same sources, same bytes).
catalogs: $(STAMP)
	$(BIN)/python packaging/catalogs.py update $(LANGUAGES)

# The compiled catalogs the app loads; build products, not in git (.gitignore).
translations: $(QM)

translations/%.qm: translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The one-folder app bundle for this OS (packaging/README.md), then its smoke test.
bundle: $(STAMP) translations
	$(BIN)/python -m pip install --quiet "pyinstaller>=6.10"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath build/dist \
		--workpath build/work packaging/pyinstaller/defenderdoc.spec
	build/dist/DefenderDoc/DefenderDoc --version
	build/dist/DefenderDoc/DefenderDoc --self-check
	@du -sh build/dist/DefenderDoc

clean:
	rm -rf $(VENV) build .mypy_cache .ruff_cache .pytest_cache
