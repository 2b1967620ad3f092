# `make run` serves the whole service with no server installed;
# `make test` runs the suite on SQLite, then on PostgreSQL + Redis.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
PORT ?= 5000
PG_TEST_URL ?= postgresql://postgres@127.0.0.1:5432/postgres
REDIS_TEST_URL ?= redis://127.0.0.1:6379/0
PYTEST := $(BIN)/python -m pytest -p no:cacheprovider -n auto --dist loadfile

.PHONY: install run test test-sqlite test-postgres lint format bench clean messages system-deps

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: install
	$(FLASK) db upgrade
	$(FLASK) demo load
	$(FLASK) run --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

system-deps:
	@scripts/system-deps.sh

test-sqlite: install system-deps
	@echo "== test pass 1: SQLite, jobs in-process =="
	$(PYTEST)

test-postgres: install system-deps
	@echo "== test pass 2: PostgreSQL + Redis, real rq worker =="
	@scripts/services.sh
	TEST_DATABASE_URL=$(PG_TEST_URL) TEST_REDIS_URL=$(REDIS_TEST_URL) $(PYTEST)

test: lint test-sqlite test-postgres
	@echo "== backends tested: SQLite (in-process jobs) and PostgreSQL + Redis (rq worker) =="

bench: install
	@WITH_BENCH_TOOLS=1 scripts/system-deps.sh
	@scripts/services.sh
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# Extract every string marked for translation into translations/messages.pot.
messages: install
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o translations/messages.pot .
