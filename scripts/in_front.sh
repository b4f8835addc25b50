#!/usr/bin/env bash
# scripts/in_front.sh LABEL COMMAND...: run a front (the web workspace, the Telegram bridge) in front of
# the Rasa + action servers. Uses servers already answering on RASA_PORT, or starts them
# (scripts/serve.sh) and stops them again when the front ends or on SIGINT/SIGTERM.
# One copy of this logic for `make web` and `make telegram` (scripts/run_web.sh, run_telegram.sh).
set -uo pipefail
umask 077  # data, logs, keys: owner only (issue 15)
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD"
RASA_PORT="${RASA_PORT:-5005}"
export RASA_PORT
label=$1
shift

serve_pid=""
if curl -fs "http://127.0.0.1:$RASA_PORT/" >/dev/null 2>&1; then
  echo "==> Bruker Rasa-serveren som allerede svarer på 127.0.0.1:$RASA_PORT"
else
  scripts/serve.sh &
  serve_pid=$!
fi

front_pid=""
stop() {
  trap - INT TERM
  [ -n "$front_pid" ] && kill -TERM "$front_pid" 2>/dev/null && wait "$front_pid" 2>/dev/null
  [ -n "$serve_pid" ] && kill -TERM "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
}
trap 'stop; exit 0' INT TERM

echo "==> $label"
"$@" &
front_pid=$!
wait "$front_pid"
status=$?
front_pid=""
stop
exit "$status"
