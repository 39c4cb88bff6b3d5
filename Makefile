# Headroom Analytics: the two commands of the README, and their parts.
#   make run        set up, start the warehouse, load app data, build, make docs
#   make test       the same from nothing on a fresh database, lint, then pytest
#   make docs       serve the docs site      make dashboard   start the dashboard
#   make run-spark  the same marts on Apache Spark   make test-spark  both engines agree
#   make cluster-up / cluster-down   a Spark standalone cluster on this machine
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HEADROOM := $(BIN)/headroom

# make run: the simulated firm (scale 1 = ~250 members) as of today.
SCALE ?= 1
SEED ?= 42
AS_OF ?=
DEFECTS ?= 0.01
# make test: a small firm on a fixed day, in a database of its own.
TEST_DB ?= headroom_test
TEST_SCALE ?= 0.3
TEST_AS_OF ?= 2026-11-20
TEST_DEFECTS ?= 0.02

RUN_VARS := $(if $(AS_OF),--vars '{as_of_date: "$(AS_OF)"}',)
TEST_VARS := --vars '{as_of_date: "$(TEST_AS_OF)"}'
# make run-spark: the app is generated in a PostgreSQL database of its own
# (the simulator writes there), copied into Spark, built there.
SPARK_DB ?= headroom_spark
SPARK_STAMP := $(VENV)/.installed-spark

.PHONY: help setup run daily ci test warehouse-start warehouse-stop lint pytest docs dashboard screenshots browser lock clean \
	setup-spark java jdbc run-spark test-spark test-bench cluster-up cluster-down

help:
	@echo "make run     set up everything and build the warehouse (SCALE=$(SCALE))"
	@echo "make test    lint, build on a fresh database, run the test suite"
	@echo "make daily   the daily job: freshness, incremental build, checks, alert"
	@echo "make ci      Slim CI: build only what changed against production (STATE=DIR)"
	@echo "make run-spark        the same project on Apache Spark (docs/scale-out.md)"
	@echo "make test-spark       build both engines from the same app, compare the marts"
	@echo "make test-bench       the benchmark's small run (CI runs it after make test)"
	@echo "make cluster-up       start a Spark cluster here (master, 2 workers, SQL endpoint); cluster-down stops it"
	@echo "make docs    serve the dbt docs site on http://127.0.0.1:8080 (PORT= another)"
	@echo "make dashboard        start the dashboard on http://127.0.0.1:8501 (PORT= another)"
	@echo "make screenshots      every dashboard page as a PNG in docs/screenshots (the README's gallery)"
	@echo "make warehouse-stop   stop the embedded PostgreSQL"

$(STAMP): requirements.lock pyproject.toml
	@echo "==> installing the pinned dependencies into $(VENV)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $@

setup: $(STAMP)

warehouse-start: setup
	@echo "==> starting the warehouse"
	$(HEADROOM) warehouse start

warehouse-stop: setup
	$(HEADROOM) warehouse stop

run: warehouse-start
	@echo "==> loading the app database (scale $(SCALE))"
	$(HEADROOM) app generate --scale $(SCALE) --seed $(SEED) --defects $(DEFECTS) $(if $(AS_OF),--as-of $(AS_OF),)
	@echo "==> dbt build (a full refresh: the app database was just generated anew)"
	$(HEADROOM) dbt build --full-refresh $(RUN_VARS)
	@echo "==> dbt docs generate"
	$(HEADROOM) dbt docs generate --static $(RUN_VARS)
	@echo "==> source freshness, recorded for the Data health page (a stale table does not stop make run)"
	-$(HEADROOM) freshness $(if $(AS_OF),--as-of $(AS_OF),)
	$(HEADROOM) summary

# The job a scheduler runs every morning (docs/operations.md): freshness,
# the incremental build, the checks over the run history, one alert.
daily: warehouse-start
	$(HEADROOM) daily $(if $(AS_OF),--as-of $(AS_OF),)

# Slim CI (docs/operations.md): build and test only what this checkout
# changes against production's manifest (STATE=DIR, default: the one the
# daily job keeps), into ci_* schemas beside production.
ci: warehouse-start
	$(HEADROOM) ci $(if $(STATE),--state $(STATE),) $(if $(AS_OF),--as-of $(AS_OF),)

test: warehouse-start browser
	@echo "==> a fresh database: $(TEST_DB)"
	$(HEADROOM) db recreate $(TEST_DB)
	PGDATABASE=$(TEST_DB) $(HEADROOM) app generate --scale $(TEST_SCALE) --seed $(SEED) --defects $(TEST_DEFECTS) --as-of $(TEST_AS_OF)
	@echo "==> lint (sqlfluff, dbt templater)"
	PGDATABASE=$(TEST_DB) $(HEADROOM) lint
	@echo "==> dbt build (a full refresh: the app database was just generated anew)"
	PGDATABASE=$(TEST_DB) $(HEADROOM) dbt build $(TEST_VARS)
	PGDATABASE=$(TEST_DB) $(HEADROOM) dbt docs generate --static $(TEST_VARS)
	@$(MAKE) --no-print-directory pytest

# pytest in two parts: first on two workers (the machine's two cores: the
# tests on the suite's database in one group, every other module, with a
# database of its own, a group of itself), then alone the tests that stop
# the shared server (marker solo). PYTEST_WORKERS=0 runs all in one process.
PYTEST_WORKERS ?= 2
# dbt's debug log file is left out of the suite's own builds: writing it
# is a fifth of a small build's time on two cores (test_hostile_upstream:
# 237 s with it, 189 s without). TEST_DBT_FILE_LOG=debug brings it back
# (logs/dbt.log) when a test needs looking into.
TEST_DBT_FILE_LOG ?= none
PYTEST_ENV := PGDATABASE=$(TEST_DB) HEADROOM_TEST_AS_OF=$(TEST_AS_OF) DBT_LOG_LEVEL_FILE=$(TEST_DBT_FILE_LOG)

# Apache Spark (docs/scale-out.md): pyspark and dbt-spark on top of the
# main lock, and Java 17 (Debian's package, needs root or sudo the first
# time) when there is none.
$(SPARK_STAMP): $(STAMP) requirements-spark.lock
	@echo "==> installing the pinned Spark packages into $(VENV)"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-spark.lock
	@touch $@

setup-spark: $(SPARK_STAMP) java jdbc

java:
	@command -v java >/dev/null || { \
	  echo "==> installing Java 17 (apt-get openjdk-17-jre-headless) for Spark"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }

# Spark's catalog is a Hive metastore on the warehouse's PostgreSQL
# (src/headroom/metastore.py); Debian's package is its JDBC driver.
JDBC_JAR ?= /usr/share/java/postgresql.jar
jdbc:
	@test -f $(JDBC_JAR) || { \
	  echo "==> installing the PostgreSQL JDBC driver (apt-get libpostgresql-jdbc-java) for Spark's catalog"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libpostgresql-jdbc-java >/dev/null; }

# A Spark standalone cluster on this machine (docs/scale-out.md): a master,
# two workers and the SQL endpoint dbt's `cluster` target reaches (thrift).
cluster-up: setup-spark warehouse-start
	$(HEADROOM) cluster up

cluster-down:
	$(HEADROOM) cluster down

# The marts on Spark: the app generated in PostgreSQL (database SPARK_DB),
# copied into Iceberg tables, built with dbt-spark (target `spark`).
run-spark: setup-spark warehouse-start
	$(HEADROOM) db recreate $(SPARK_DB)
	PGDATABASE=$(SPARK_DB) $(HEADROOM) app generate --scale $(SCALE) --seed $(SEED) --defects $(DEFECTS) $(if $(AS_OF),--as-of $(AS_OF),)
	@echo "==> copying the app into Spark (Iceberg tables)"
	$(HEADROOM) spark reset
	PGDATABASE=$(SPARK_DB) $(HEADROOM) spark load
	@echo "==> dbt build on Spark"
	$(HEADROOM) dbt build --target spark $(RUN_VARS)

# Both engines from the same app, twice (the next working day: snapshots
# and the forecast history over builds), their marts compared to the cent,
# Spark on a cluster of its own (started and stopped by the test). Skipped,
# loudly, where there is no Java and it cannot be installed.
test-spark: warehouse-start $(SPARK_STAMP)
	@$(MAKE) --no-print-directory java jdbc || true
	@if ! command -v java >/dev/null; then \
	  echo "!!! make test-spark SKIPPED: no Java on this machine, and it could not be installed"; \
	  exit 0; fi; \
	HEADROOM_TEST_AS_OF=$(TEST_AS_OF) $(BIN)/pytest -m spark python_tests/test_spark.py

# The benchmark's small run (python_tests/test_bench.py, marker bench): two
# minutes kept out of make test's budget; CI runs it after make test.
test-bench: warehouse-start setup
	$(PYTEST_ENV) $(BIN)/pytest -m bench python_tests/test_bench.py

lint: warehouse-start
	$(HEADROOM) lint

pytest: setup
	@echo "==> pytest on $(PYTEST_WORKERS) workers, then the tests that stop the server"
	$(PYTEST_ENV) $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadscope -m "not spark and not solo and not bench"
	$(PYTEST_ENV) $(BIN)/pytest -m solo

# PORT= another port for either (make docs PORT=9080); the CLI checks it.
docs: setup
	$(HEADROOM) docs --port $(or $(PORT),8080)

dashboard: warehouse-start
	$(HEADROOM) dashboard --port $(or $(PORT),8501)

# The README's gallery: every dashboard page in headless Chromium, on the
# warehouse make run built (scale 1), saved in docs/screenshots/.
screenshots: warehouse-start browser
	$(HEADROOM) screenshots --out docs/screenshots

# Headless Chromium for the browser tests (Debian's package; needs root or
# sudo the first time). Skipped when a chromium is already on the PATH.
browser:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
	  echo "==> installing Chromium (apt-get) for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# Re-pin after changing pyproject.toml: resolves fresh and writes the lock.
lock:
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -e . sqlfluff==4.4.0 sqlfluff-templater-dbt==4.4.0 pytest pytest-xdist playwright
	{ echo "# Exact pins of every package in the virtual environment (pip freeze)."; \
	  echo "# Regenerate: make lock"; \
	  .venv-lock/bin/pip freeze --exclude-editable; } > requirements.lock
	rm -rf .venv-lock
	@echo "requirements-spark.lock is pinned by hand: see its header"

clean:
	$(HEADROOM) warehouse stop || true
	rm -rf .headroom target logs
