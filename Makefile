# motcua: `make run` opens the app, `make test` runs every test. Both set themselves up.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

.PHONY: run test lint bench samples translations system-packages bundle clean screenshots

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,central,bundle]'
	rm -f $(VENV)/.installed-* && touch $@

run: $(STAMP) translations
	@# Exit 3 = no display: motcua already printed how to run it; not a make error.
	@$(PY) -m desktop; rc=$$?; if [ $$rc -eq 3 ]; then exit 0; else exit $$rc; fi

test: $(STAMP) system-packages translations
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check .

system-packages:
	./tools/ensure-system-packages.sh

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# One folder to copy to a desk PC: dist/motcua/motcua (motcua-cli.exe too on Windows).
bundle: $(STAMP) translations
	$(PY) -m PyInstaller build.spec --noconfirm --distpath dist --workpath build/pyinstaller
	QT_QPA_PLATFORM=offscreen dist/motcua/motcua --self-test

bench: $(STAMP)
	$(PY) -m bench.run_all

samples: $(STAMP) system-packages
	$(PY) tools/pdf_samples.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache

# Every screen with demo data at 1366x768 under a virtual X server -> docs/screenshots/*.png
screenshots: $(STAMP) translations
	xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" env QT_QPA_PLATFORM=xcb $(PY) tools/screenshots.py
