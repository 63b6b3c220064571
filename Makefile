# Safe labour migration campaign site: every set-up step lives here.
# `make run` serves the site with demo content; `make test` runs the suite.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Two workers (the machine has two cores). loadscope keeps a class (its setUpTestData seed) or a module on one
# worker; without reordering, the scopes keep pytest-django's order, so the tests that flush the database
# (gunicorn, browser: transactional) run after every other database test of their worker.
PYTEST_ARGS ?= -n 2 --dist loadscope --no-loadscope-reorder

.DEFAULT_GOAL := help

.PHONY: help install install-dev messages migrate seed run test lint format lock clean audit

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $(VENV)/.installed $@

install: $(VENV)/.installed ## Install the runtime dependencies into .venv

install-dev: $(VENV)/.installed-dev ## Install runtime, test and lint tools into .venv

messages: $(VENV)/.installed ## Compile the gettext catalogs in locale/
	$(MANAGE) compile_catalogs

migrate: $(VENV)/.installed ## Apply database migrations
	$(MANAGE) migrate --noinput

seed: migrate messages ## Create or complete the demo content (idempotent)
	$(MANAGE) seed_demo

run: seed ## Install, migrate, load demo content and serve on http://$(HOST):$(PORT)
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: install-dev ## Install the dev tools and run the whole suite (DATABASE_URL picks the database)
	$(BIN)/python manage.py compile_catalogs --settings=campaign_site.settings.test
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install-dev ## ruff check, ruff format check, djhtml check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	find . \( -path ./$(VENV) -o -path ./bench/node_modules \) -prune -o -name '*.html' -path '*templates*' -print | xargs $(BIN)/djhtml --check

# Security: known-vulnerable pins (PyPI's advisory data) and bandit on our code
# (medium and high findings; genuine false positives carry "# nosec BXXX" and a reason).
BANDIT_EXCLUDE := ./$(VENV),./bench,./tests,*/tests/*,./staticfiles,./media,./.test-media
audit: install-dev ## pip-audit the pinned requirements, bandit the code
	$(BIN)/pip-audit -r requirements.txt -r requirements-dev.txt --no-deps --disable-pip --progress-spinner off \
		--format json --output .pip-audit.json || { $(BIN)/python scripts/pip_audit_summary.py .pip-audit.json; exit 1; }
	$(BIN)/python scripts/pip_audit_summary.py .pip-audit.json
	$(BIN)/bandit -q -r . -ll -x '$(BANDIT_EXCLUDE)'

format: install-dev ## Apply ruff fixes and formatting, reindent templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	find . \( -path ./$(VENV) -o -path ./bench/node_modules \) -prune -o -name '*.html' -path '*templates*' -print | xargs $(BIN)/djhtml

lock: | $(BIN)/python ## Re-pin requirements*.txt from requirements*.in in a scratch venv
	bash scripts/lock.sh

clean: ## Remove the virtualenv, compiled catalogs and collected static files
	rm -rf $(VENV) staticfiles .pytest_cache
	find locale -name '*.mo' -delete
