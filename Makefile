# The README's commands are targets here: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.9
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help

.PHONY: help
help: ## list the targets
	@grep -E '^[a-z][a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --disable-pip-version-check uv==$(UV_VERSION)
	@$(BIN)/uv pip sync -q --python $(BIN)/python requirements.lock
	@$(BIN)/python -c "import sysconfig, pathlib; pathlib.Path(sysconfig.get_paths()['purelib'], 'ltc-platform.pth').write_text('$(CURDIR)\n$(CURDIR)/clients/python\n')"
	@touch $@

.PHONY: install
install: $(STAMP) ## create .venv and install the locked dependencies (done by run and test)

.PHONY: run
run: $(STAMP) ## start the database (embedded unless LTC_DATABASE_URL is set), migrate, seed (demo world too), serve all five services
	@$(BIN)/python -m services.launcher run

.PHONY: demo
demo: $(STAMP) ## the walkthrough: the whole story through the gateway of a running `make run`, each call printed
	@$(BIN)/python -m services.launcher demo

.PHONY: test
test: $(STAMP) ## lint, type-check, check migrations, run the whole suite (deploy/'s validators are tests/deploy)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m services.launcher check-migrations
	$(BIN)/pytest -n $${LTC_TEST_WORKERS:-auto} --dist loadgroup

.PHONY: client
client: $(STAMP) ## regenerate clients/openapi.json (the served document) and the Python client clients/python from it
	$(BIN)/python -m services.gateway.openapi > clients/openapi.json
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/openapi-python-client generate --path clients/openapi.json \
		--output-path clients/python --meta setup --config clients/openapi-python-client.yaml \
		--overwrite --fail-on-warning

.PHONY: lint
lint: $(STAMP) ## ruff and mypy only
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

.PHONY: format
format: $(STAMP) ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

.PHONY: lock
lock: $(STAMP) ## re-resolve requirements.lock (everything) and requirements-runtime.lock (the image's) from pyproject.toml
	$(BIN)/uv pip compile pyproject.toml --extra embedded --extra dev --python-version 3.11 --universal \
		--generate-hashes -q -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --universal --generate-hashes \
		--constraint requirements.lock -q -o requirements-runtime.lock

.PHONY: migrate
migrate: $(STAMP) ## apply every service's migrations (and load reference data)
	$(BIN)/python -m services.launcher migrate

.PHONY: bench
bench: $(STAMP) ## run the benchmarks under bench/ (long; results go to bench/RESULTS.md)
	$(BIN)/python -m bench

.PHONY: chaos
chaos: $(STAMP) ## seeded fault injection over the feeds and the money paths: SEEDS=200 START=1, or SEED=n to replay one
	$(BIN)/python -m bench chaos $(if $(SEED),--seed $(SEED),--seeds $(or $(SEEDS),200) --start $(or $(START),1))

.PHONY: deploy-check
deploy-check: $(STAMP) ## validate docker-compose.yml and deploy/ (kustomize, kubernetes-validate, check-jsonschema, rules)
	$(BIN)/pytest -q -p no:cacheprovider tests/deploy

.PHONY: clean
clean: ## remove the virtualenv and caches (keeps .ltc/ data)
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
