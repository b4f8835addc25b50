#!/usr/bin/env bash
# `make web`: the staff web workspace in front of the Rasa + action servers. Uses servers already
# answering on RASA_PORT, or starts them (scripts/serve.sh) and stops them again on exit.
# Serves on 127.0.0.1:${WEB_PORT:-8080} until SIGINT/SIGTERM; ready when GET /login answers 200.
set -uo pipefail
umask 077  # data, logs, keys: owner only (issue 15)
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD"
RASA_PORT="${RASA_PORT:-5005}"
WEB_PORT="${WEB_PORT:-8080}"
export RASA_PORT WEB_PORT

serve_pid=""
if curl -fs "http://127.0.0.1:$RASA_PORT/" >/dev/null 2>&1; then
  echo "==> Bruker Rasa-serveren som allerede svarer på 127.0.0.1:$RASA_PORT"
else
  scripts/serve.sh &
  serve_pid=$!
fi

web_pid=""
stop() {
  trap - INT TERM
  [ -n "$web_pid" ] && kill -TERM "$web_pid" 2>/dev/null && wait "$web_pid" 2>/dev/null
  [ -n "$serve_pid" ] && kill -TERM "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
}
trap 'stop; exit 0' INT TERM

# The workspace starts at once (sign-in works while Rasa loads; the chat says when it cannot reach it).
echo "==> Starter arbeidsflaten (127.0.0.1:$WEB_PORT)"
.venv/bin/python -m bot.web &
web_pid=$!
wait "$web_pid"
status=$?
web_pid=""
stop
exit "$status"
