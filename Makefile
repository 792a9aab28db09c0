# LIVC Desktop: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QM_DIR := livc_desktop/translations
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run demo test lint typecheck contracts translations release-translations bench bench-stress screenshots clean system-deps wheel-check package package-smoke install-desktop notices icons

# The virtual environment, reinstalled whenever pyproject.toml changes.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,build]'
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

# One worker per core, each test file on one worker (its fixtures made once).
test: $(STAMP) system-deps release-translations
	$(BIN)/python -m pytest -q -n auto --dist loadfile
	$(BIN)/lint-imports
	$(BIN)/ruff check livc_desktop tests benchmarks tools
	$(BIN)/mypy
	$(BIN)/python tools/notices.py --check
	$(MAKE) --no-print-directory wheel-check

# The wheel as a user gets it: built in isolation (translations compiled by setup.py),
# installed into a fresh virtual environment, then smoke-tested there in Dutch.
WHEEL_DIR  := build/work/wheel
WHEEL_VENV := build/work/wheel-venv
wheel-check: $(STAMP)
	rm -rf $(WHEEL_DIR) $(WHEEL_VENV)
	$(BIN)/python -m pip wheel --quiet --no-deps -w $(WHEEL_DIR) .
	$(PYTHON) -m venv $(WHEEL_VENV)
	$(WHEEL_VENV)/bin/python -m pip install --quiet $(WHEEL_DIR)/*.whl
	cd /tmp && $(CURDIR)/$(BIN)/python $(CURDIR)/tools/smoke.py --venv $(CURDIR)/$(WHEEL_VENV)

# The PyInstaller one-folder bundle for this platform, in dist/livc-desktop.
package: $(STAMP)
	$(BIN)/pyinstaller build/livc-desktop.spec --workpath build/work/pyinstaller --distpath dist --noconfirm --log-level WARN
	@du -sh dist/livc-desktop; find dist/livc-desktop -type f | wc -l | xargs echo files:

package-smoke: package
	$(BIN)/python tools/smoke.py --bundle dist/livc-desktop

# Desktop entry, icons and AppStream metadata for the current user (bundle if built).
install-desktop:
	bash tools/install-desktop.sh

# Regenerate resources/THIRD_PARTY_NOTICES.txt after a dependency change.
notices: $(STAMP)
	$(BIN)/python tools/notices.py

# Re-render the PNG and ICO icons after changing resources/icons/livc-desktop.svg.
icons: $(STAMP)
	$(BIN)/python tools/icons.py

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
	$(BIN)/python -m benchmarks --size small city

bench-stress: $(STAMP) release-translations
	$(BIN)/python -m benchmarks --size stress

screenshots: $(STAMP) system-deps release-translations
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) $(QM_DIR) build/work dist *.egg-info
