# Jeugdgroepen Kennisbank. Two commands on a fresh machine:
#   make serve   set everything up, build the site and serve it on http://127.0.0.1:8000
#   make test    set everything up and run every test (unit, Pyodide, site, browser, servers)
# Needs only Python 3.11+, Node with npm, and (for browser tests) Debian's chromium.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SITE   := site
HOST   ?= 127.0.0.1
PORT   ?= 8000
export NO_MKDOCS_2_WARNING := 1

.PHONY: all setup serve serve-dev site pdf test test-unit test-pyodide test-site test-print test-browser test-servers test-servers-only bench chromium print-tools servers dist clean

all: site

setup: $(VENV)/.installed node_modules/.installed

# Python: exact versions of everything from requirements.lock, then formlogic itself (editable).
$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# JavaScript: Pyodide (served by the site) and axe-core (accessibility tests), from the lock file.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The static site: a folder to copy to any web server (see docs/over/beheer.md), with the
# handbook and handouts as PDF (make pdf).
site: setup
	$(BIN)/mkdocs build --strict --site-dir $(SITE)
	@$(MAKE) --no-print-directory pdf

# The handbook and handout PDFs from the built site (WeasyPrint; needs Debian's Pango). Kept in
# build/pdf/ by their pages' content: unchanged pages cost a copy, not a new PDF.
pdf:
	@$(BIN)/python -m tools.ensure_print_tools --pdf
	$(BIN)/python -m tools.sitebuild.pdf --site $(SITE) --cache build/pdf

# Build, then serve the built site exactly as a web server would (with the security headers).
serve: site
	$(BIN)/python -m tools.serve --dir $(SITE) --host $(HOST) --port $(PORT)

# For writers: live reload while editing Markdown (no security headers).
serve-dev: setup
	$(BIN)/mkdocs serve --dev-addr $(HOST):$(PORT)

chromium:
	@$(BIN)/python -m tools.ensure_chromium

# LibreOffice, poppler, the Carlito font and Pango: installed with apt when missing (as root).
print-tools:
	@$(BIN)/python -m tools.ensure_print_tools

# nginx and Apache for tests/servers (apt as root; otherwise a message, or SERVERS=skip).
servers:
	@$(BIN)/python -m tools.ensure_servers

test: site chromium print-tools servers build/test-wheels/.installed
	KENNISBANK_SITE=$(abspath $(SITE)) $(BIN)/pytest tests/unit tests/site tests/print
	$(BIN)/python -m tools.pyodide_tests
	KENNISBANK_SITE=$(abspath $(SITE)) $(BIN)/pytest tests/browser
	@$(MAKE) --no-print-directory test-servers-only

# The shipped settings of beheer/ on a real nginx and Apache (tests/servers).
test-servers: site chromium servers
	@$(MAKE) --no-print-directory test-servers-only

test-servers-only:
	@if [ "$(SERVERS)" = skip ]; then \
	  echo "tests/servers (nginx, Apache): NOT RUN (SERVERS=skip)" >&2; \
	else \
	  KENNISBANK_SITE=$(abspath $(SITE)) $(BIN)/pytest tests/servers; \
	fi

test-unit: setup
	$(BIN)/pytest tests/unit

test-pyodide: setup build/test-wheels/.installed
	$(BIN)/python -m tools.pyodide_tests

# Documents as their readers open them: every .docx through LibreOffice to PDF.
test-print: setup print-tools
	$(BIN)/pytest tests/print

test-browser: site chromium
	KENNISBANK_SITE=$(abspath $(SITE)) $(BIN)/pytest tests/browser

# Pure-Python wheels of pytest and friends, to run the unit tests inside Pyodide.
build/test-wheels/.installed: requirements-pyodide-tests.txt
	mkdir -p build/test-wheels
	$(BIN)/pip download --quiet --disable-pip-version-check --only-binary=:all: --no-deps \
	  --python-version 3.14 --platform any --dest build/test-wheels -r requirements-pyodide-tests.txt
	touch $@

# The release package for ICT teams: dist/jeugdgroepen-kennisbank-<version>.zip, its SBOM
# (CycloneDX), INSTALLATIE.txt and SHA256SUMS (tools/release).
dist: site
	$(BIN)/python -m tools.release --site $(SITE) --out dist

bench: site chromium
	$(BIN)/python -m benchmarks.pyodide_ready --site $(SITE)
	$(BIN)/python -m benchmarks.circulair --site $(SITE)
	$(BIN)/python -m benchmarks.matrix --site $(SITE)
	$(BIN)/python -m benchmarks.werkmap
	$(BIN)/python -m benchmarks.werkmap_page --site $(SITE)

clean:
	rm -rf $(SITE) build dist $(VENV) node_modules
