# Adal: `make run` to try it, `make test` to check it. Needs Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export FLASK_APP := app:create_app
# A server needs the site's public address (certificate links, QR codes, xAPI ids): local
# runs use loopback unless ADAL_TRAINING_SITE_URL is set.
export ADAL_TRAINING_SITE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: run test install install-dev translations i18n-extract migrate seed lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# The core catalog lives in translations/; a domain may own DOMAIN/translations/ too.
CATALOGS := translations $(wildcard */translations)

translations: install
	@for dir in $(CATALOGS); do $(BIN)/pybabel -q compile -d $$dir || exit 1; done

# Refresh the catalogs after changing UI strings; then translate the new kk and ru entries.
i18n-extract: install
	@for dir in $(CATALOGS); do \
		cfg=$$(dirname $$dir)/babel.cfg; [ "$$dir" = translations ] && cfg=babel.cfg; \
		$(BIN)/pybabel -q extract -F $$cfg -k _l -k lazy_gettext -k lazy_ngettext:1,2 --no-location --sort-output \
			--ignore-dirs=".* ._ tests benches migrations" -o $$dir/messages.pot . || exit 1; \
		for lang in kk ru en; do \
			if [ -f $$dir/$$lang/LC_MESSAGES/messages.po ]; then \
				$(BIN)/pybabel -q update -i $$dir/messages.pot -d $$dir -l $$lang --no-fuzzy-matching --ignore-obsolete; \
			else $(BIN)/pybabel -q init -i $$dir/messages.pot -d $$dir -l $$lang; fi; \
		done; rm $$dir/messages.pot; \
	done

migrate: install
	$(BIN)/flask db upgrade heads

seed: migrate
	$(BIN)/flask seed regions
	$(BIN)/flask seed demo

run: translations seed
	@echo "Adal is starting on http://127.0.0.1:$(PORT)  (Ctrl+C stops it)"
	PORT=$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py

lint: install-dev
	$(BIN)/ruff check .

test: install-dev translations
	$(BIN)/ruff check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install-dev translations
	for bench in benches/bench_*.py; do $(BIN)/python $$bench || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
