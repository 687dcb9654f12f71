# DARE-NL knowledge platform. `make help` lists the targets.
SHELL := /bin/bash
PORT ?= 8000
# Two workers (the machine has two cores); a test module always runs on one worker, so
# module-scoped fixtures such as the demo site are built once.
PYTEST_ARGS ?= -n 2 --dist loadfile
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# axe-core for the accessibility tests (tests/browser), from the npm registry, kept under var/.
AXE_VERSION := 4.14.1
AXE := var/node_modules/axe-core/axe.min.js

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[1m%-16s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

venv: $(VENV)/.installed ## Create the virtual environment and install the locked dependencies

# The demo's absolute URLs (API, sitemap, emails, canonical links) name the port it serves on.
demo: export SITE_BASE_URL = http://127.0.0.1:$(PORT)
demo: venv ## Set up SQLite, load the bilingual demo content and serve at http://127.0.0.1:$(PORT) with the task worker
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content --with-search-index  # the index in var/search-index; accounts last
	$(MANAGE) demo_totp  # staff log in with a second factor: their current codes
	@echo "Serving on http://127.0.0.1:$(PORT)/nl/ and http://127.0.0.1:$(PORT)/en/ (Ctrl+C stops)"
	@# The task worker sends mail (printed to this console) and runs background work; it stops with the server.
	$(MANAGE) db_worker --no-reload & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

demo-codes: venv ## Print fresh second-factor codes for the demo's staff logins
	$(MANAGE) demo_totp

$(AXE):
	npm install --prefix var --no-save --no-audit --no-fund --loglevel=error axe-core@$(AXE_VERSION)

browser-deps: $(AXE) ## Install axe-core for the accessibility tests (Chromium: apt-get install chromium)

test: venv $(if $(shell command -v npm),$(AXE)) ## Run the whole test suite (DATABASE_URL selects the database; SQLite by default)
	$(BIN)/pytest $(PYTEST_ARGS)

lint: venv ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv ## Format and autofix with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: venv ## Django checks, missing migrations and the Dutch translation catalogue
	DJANGO_SETTINGS_MODULE=dare_platform.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=dare_platform.settings.test $(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check_translations

check-deploy: venv ## Production settings pass `check --deploy` with no warnings
	SECRET_KEY=check-deploy-only-$$(date +%s)-a-long-random-looking-value-for-the-check \
	EMAIL_HOST=mail.check-deploy.invalid \
	DJANGO_SETTINGS_MODULE=dare_platform.settings.production \
	$(MANAGE) check --deploy --fail-level WARNING

audit: venv ## Check the locked dependencies for known vulnerabilities (needs the package index's vulnerability API)
	$(BIN)/pip-audit --strict --progress-spinner off -r constraints.txt --no-deps --disable-pip

messages: venv ## Extract UI strings into locale/nl and compile the catalogue
	$(MANAGE) makemessages --locale nl --ignore '.venv/*' --ignore 'var/*' --no-obsolete
	$(MANAGE) compilemessages --locale nl --ignore '.venv/*'

lock: ## Re-resolve dependencies into constraints.txt (after changing pyproject.toml)
	rm -rf /tmp/dare-lock && $(PYTHON) -m venv /tmp/dare-lock
	/tmp/dare-lock/bin/pip install --quiet -e ".[dev]"
	/tmp/dare-lock/bin/pip freeze --exclude-editable | grep -v '^-e ' > constraints.txt

serve-prod: venv ## Serve with gunicorn and production settings (needs SECRET_KEY)
	$(MANAGE) collectstatic --no-input
	DJANGO_SETTINGS_MODULE=dare_platform.settings.production $(BIN)/gunicorn dare_platform.wsgi -b 127.0.0.1:$(PORT) -w 2 --threads 8

.PHONY: help venv browser-deps demo demo-codes test lint format check check-deploy audit messages lock serve-prod
