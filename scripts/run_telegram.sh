#!/usr/bin/env bash
# `make telegram`: the Telegram bridge in front of the Rasa + action servers. Uses servers already
# answering on RASA_PORT, or starts them (scripts/serve.sh) and stops them again on exit.
set -uo pipefail
umask 077  # data, logs, keys: owner only (issue 15)
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD"
RASA_PORT="${RASA_PORT:-5005}"
export RASA_PORT

if [ -z "${TELEGRAM_BOT_TOKEN:-}" ]; then
  echo "TELEGRAM_BOT_TOKEN mangler. Lag en bot hos @BotFather i Telegram, og kjør:" >&2
  echo "  TELEGRAM_BOT_TOKEN=<token> make telegram      (se README, «Telegram»)" >&2
  exit 2
fi

serve_pid=""
if curl -fs "http://127.0.0.1:$RASA_PORT/" >/dev/null 2>&1; then
  echo "==> Bruker Rasa-serveren som allerede svarer på 127.0.0.1:$RASA_PORT"
else
  scripts/serve.sh &
  serve_pid=$!
fi

bridge_pid=""
stop() {
  trap - INT TERM
  [ -n "$bridge_pid" ] && kill -TERM "$bridge_pid" 2>/dev/null && wait "$bridge_pid" 2>/dev/null
  [ -n "$serve_pid" ] && kill -TERM "$serve_pid" 2>/dev/null && wait "$serve_pid" 2>/dev/null
}
trap 'stop; exit 0' INT TERM

echo "==> Starter Telegram-broen (Bot API: ${TELEGRAM_API_URL:-https://api.telegram.org}); Ctrl-C stopper"
.venv/bin/python -m bot.telegram --wait 240 &
bridge_pid=$!
wait "$bridge_pid"
status=$?
bridge_pid=""
stop
exit "$status"
