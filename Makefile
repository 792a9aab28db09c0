# LIVC Desktop: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QM_DIR := livc_desktop/translations
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run demo test lint typecheck contracts translations release-translations bench bench-stress screenshots clean system-deps

# The virtual environment, reinstalled whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Debian packages the GUI tests and the screenshot tooling need (installed only when missing).
system-deps:
	@bash tools/system-deps.sh

release-translations: $(STAMP)
	$(BIN)/python tools/i18n.py release

run: $(STAMP) release-translations
	QT_QPA_PLATFORM= $(BIN)/livc-desktop

demo: $(STAMP) release-translations
	QT_QPA_PLATFORM= $(BIN)/livc-desktop --demo

test: $(STAMP) system-deps release-translations
	$(BIN)/python -m pytest -q
	$(BIN)/lint-imports
	$(BIN)/ruff check livc_desktop tests benchmarks tools
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check livc_desktop tests benchmarks tools
	$(BIN)/ruff format --check livc_desktop tests benchmarks tools

typecheck: $(STAMP)
	$(BIN)/mypy

contracts: $(STAMP)
	$(BIN)/lint-imports

# Refresh the .ts sources from the code (pyside6-lupdate) and apply the translators' worksheets.
translations: $(STAMP)
	$(BIN)/python tools/i18n.py update

bench: $(STAMP) release-translations
	$(BIN)/python -m benchmarks --size city

bench-stress: $(STAMP) release-translations
	$(BIN)/python -m benchmarks --size stress

screenshots: $(STAMP) system-deps release-translations
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) $(QM_DIR) build/work dist *.egg-info
