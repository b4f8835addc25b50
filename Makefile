# Krisesenterassistenten — see README.md. Every target sets up what it needs first.
# bash with umask 0077 (scripts/make-shell): every file a recipe creates is the owner's only.
SHELL := $(CURDIR)/scripts/make-shell
.DEFAULT_GOAL := help

PYTHON310 ?= $(shell command -v python3.10 2>/dev/null || ls -d $$HOME/.pyenv/versions/3.10*/bin/python 2>/dev/null | tail -n1)
export PYTHONPATH := $(CURDIR)
export KRISE_DATA_DIR ?= $(CURDIR)/var
export RASA_PORT ?= 5005
export ACTIONS_PORT ?= 5055
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 3
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

APP_PY := .venv/bin/python
RASA := .venv-rasa/bin/rasa
# The spaCy pipeline is a build artifact, not data: config.yml loads it from var/spacy_nb.
SPACY_MODEL := $(CURDIR)/var/spacy_nb/config.cfg
MODEL := models/krise.tar.gz
TRAINING_DATA := config.yml domain.yml $(shell find nlu_data -name '*.yml' 2>/dev/null)
# The modules Rasa loads (they import rasa, which is only in .venv-rasa): type-checked against
# .venv-rasa's packages by the mypy in .venv; everything else against .venv (pyproject.toml, [tool.mypy]).
RASA_SIDE := bot/rasa_plugins/channel.py bot/rasa_plugins/tracker_store.py bot/nlu/router_component.py \
	bot/nlu/stem_tokenizer.py bot/nlu/action_response_check.py bot/rasa_plugins/window.py \
	bot/rasa_plugins/lock_store.py bot/rasa_plugins/action_client.py bot/rasa_plugins/sqlite_kept.py \
	bot/rasa_plugins/slot_copy.py
TYPECHECK := .venv/bin/mypy && .venv/bin/mypy --python-executable .venv-rasa/bin/python --follow-imports=silent $(RASA_SIDE)

.PHONY: help setup run serve train test pytest-units pytest-servers test-unit test-e2e test-rasa bench lint lock telegram web db clean \
	test-before-pytest check-ruff check-mypy check-data check-stories

help:
	@echo "make run    - sett opp alt og start en terminalchat med assistenten"
	@echo "make test   - sett opp alt og kjør hele testsuiten"
	@echo "make serve  - kjør Rasa-serveren og action-serveren (til Ctrl-C)"
	@echo "make train  - tren Rasa-modellen (bare når treningsdata eller config er endret)"
	@echo "make bench  - skriv ut kvalitets- og hastighetstall med grunnlinje"
	@echo "make telegram - kjør Telegram-broen (trenger TELEGRAM_BOT_TOKEN, se README)"
	@echo "make web    - arbeidsflaten i nettleseren på 127.0.0.1:\$${WEB_PORT:-8080} (til Ctrl-C)"

.venv/.stamp: requirements/app.lock
	@echo "==> Lager miljøet for action-server, lagring og tester (.venv) – første gang tar det noen minutter"
	@test -n "$(PYTHON310)" || { echo "Fant ikke Python 3.10 (python3.10 eller pyenv)"; exit 1; }
	@test -x .venv/bin/python || $(PYTHON310) -m venv .venv
	@.venv/bin/python -m pip install -q --upgrade "pip==24.0" 2>&1 | { grep -v "^WARNING: Location" || true; }
	@set -o pipefail; .venv/bin/python -m pip install -q -r requirements/app.lock 2>&1 | { grep -v "^WARNING: Location" || true; }
	@touch $@

.venv-rasa/.stamp: requirements/rasa.lock
	@echo "==> Lager Rasa-miljøet (.venv-rasa) – første gang laster det ned TensorFlow m.m., tar noen minutter"
	@test -n "$(PYTHON310)" || { echo "Fant ikke Python 3.10 (python3.10 eller pyenv)"; exit 1; }
	@test -x .venv-rasa/bin/python || $(PYTHON310) -m venv .venv-rasa
	@.venv-rasa/bin/python -m pip install -q --upgrade "pip==24.0" 2>&1 | { grep -v "^WARNING: Location" || true; }
	@set -o pipefail; .venv-rasa/bin/python -m pip install -q -r requirements/rasa.lock 2>&1 | { grep -v "^WARNING: Location" || true; }
	@touch $@

$(SPACY_MODEL): .venv/.stamp bot/text/pipeline.py
	@echo "==> Bygger spaCy-pipelinen for norsk (nb) i var/spacy_nb"
	@$(APP_PY) -m bot.text.pipeline

db: .venv/.stamp
	@echo "==> Oppdaterer databasen (alembic upgrade head)"
	@./botctl db upgrade

setup: .venv/.stamp .venv-rasa/.stamp $(SPACY_MODEL) db

$(MODEL): .venv-rasa/.stamp $(SPACY_MODEL) $(TRAINING_DATA)
	@echo "==> Trener Rasa-modellen (et par minutter på 2 kjerner)"
	@$(RASA) train --data nlu_data --config config.yml --domain domain.yml --out models \
		--fixed-model-name krise --quiet
	@touch $@

train: $(MODEL)

serve: setup $(MODEL)
	@scripts/serve.sh

run: setup $(MODEL)
	@scripts/run_chat.sh

# Needs TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL for a self-hosted Bot API server (README, «Telegram»).
telegram: setup $(MODEL)
	@scripts/run_telegram.sh

# The staff web workspace on 127.0.0.1:$${WEB_PORT:-8080} (README, «Arbeidsflaten i nettleseren»).
web: setup $(MODEL)
	@scripts/run_web.sh

# `make test`: set-up, training and the checks below run two at a time (-j2: the two cores; pip waits on
# the network most of its time, mypy and ruff use one core each), each step's output printed together
# when it ends (-O); the first failure stops the run with its output shown. Then pytest.
test:
	@$(MAKE) --no-print-directory -j2 -O test-before-pytest
	@echo "==> pytest i to halvdeler side om side: enhetstester og lagring på SQLite og PostgreSQL | ende-til-ende mot ekte servere"
	@$(MAKE) --no-print-directory -j2 -O pytest-units pytest-servers

# The two halves of the suite, one per core (tests/conftest.py, --part); each prints its ten slowest tests.
pytest-units:
	@$(APP_PY) -m pytest -q --durations=10 --part=units tests

pytest-servers:
	@$(APP_PY) -m pytest -q --durations=10 --part=servers tests

# The model first: training is the longest step, the checks fill the other core meanwhile.
test-before-pytest: $(MODEL) setup check-ruff check-mypy check-data check-stories

check-ruff: .venv/.stamp
	@echo "==> Ruff"
	@.venv/bin/ruff check bot actions tests bench migrations

check-mypy: .venv/.stamp .venv-rasa/.stamp
	@echo "==> mypy (bot, actions, bench; Rasa-modulene mot .venv-rasa)"
	@$(TYPECHECK)

check-data: .venv-rasa/.stamp
	@echo "==> rasa data validate"
	@$(RASA) data validate --data nlu_data --config config.yml --domain domain.yml --quiet

check-stories: $(MODEL)
	@echo "==> rasa test (testhistorier)"
	@$(RASA) test core --stories tests/rasa --model $(MODEL) --out var/rasa-test-results --fail-on-prediction-errors

bench: setup $(MODEL)
	@$(APP_PY) -m bench.run

lint: .venv/.stamp .venv-rasa/.stamp
	@.venv/bin/ruff check bot actions tests bench migrations
	@$(TYPECHECK)

lock:
	@.venv-rasa/bin/pip freeze --all | grep -v '^pip=' > requirements/rasa.lock
	@.venv/bin/pip freeze --all | grep -v '^pip=' > requirements/app.lock

clean:
	rm -rf models var/rasa-test-results .pytest_cache
