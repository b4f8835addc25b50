#!/usr/bin/env bash
# `make web`: the staff web workspace in front of the Rasa + action servers (scripts/in_front.sh).
# Serves on 127.0.0.1:${WEB_PORT:-8080} until SIGINT/SIGTERM; ready when GET /login answers 200.
# The workspace starts at once (sign-in works while Rasa loads; the chat says when it cannot reach it).
set -uo pipefail
umask 077  # data, logs, keys: owner only (issue 15)
cd "$(dirname "$0")/.."
WEB_PORT="${WEB_PORT:-8080}"
export WEB_PORT

exec scripts/in_front.sh "Starter arbeidsflaten (127.0.0.1:$WEB_PORT)" .venv/bin/python -m bot.web
