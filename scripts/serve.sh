#!/usr/bin/env bash
# Run the action server and the Rasa server (REST on loopback) in the foreground; stop both on
# SIGINT/SIGTERM. Ready when GET http://127.0.0.1:$RASA_PORT/ answers 200.
# The action server (python -m actions: start-up checks and index, then rasa_sdk) starts first: when it
# cannot (e.g. a broken corpus file), nothing is served.
# Rasa's HTTP API is off (no --enable-api): only the REST channel and GET / answer.
# KRISE_SERVE=actions or KRISE_SERVE=rasa runs only that one (one service each, as under systemd;
# the Rasa server then expects its action server on ACTIONS_PORT). KRISE_MODEL: another trained model
# than models/krise.tar.gz (the bench compares configurations with it).
set -uo pipefail
umask 077  # data, logs, keys: owner only (issue 15)
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD" RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1
RASA_PORT="${RASA_PORT:-5005}"
ACTIONS_PORT="${ACTIONS_PORT:-5055}"
SERVE="${KRISE_SERVE:-both}"
export RASA_PORT ACTIONS_PORT
LOG_DIR="${KRISE_DATA_DIR:-var}/logs"
mkdir -p "$LOG_DIR" || { echo "Kan ikke skrive logger i $LOG_DIR (skrivebeskyttet eller full disk?)" >&2; exit 1; }
case "$SERVE" in both|actions|rasa) ;; *) echo "KRISE_SERVE må være both, actions eller rasa" >&2; exit 2 ;; esac

actions_pid=""
rasa_pid=""
ENDPOINTS=""
stop() {
  [ -n "$rasa_pid" ] && kill -TERM "$rasa_pid" 2>/dev/null
  [ -n "$actions_pid" ] && kill -TERM "$actions_pid" 2>/dev/null
  wait $rasa_pid $actions_pid 2>/dev/null
  [ -n "$ENDPOINTS" ] && rm -f "$ENDPOINTS"
}
trap 'stop; exit 0' INT TERM

refuse() {  # $1: what stopped; the action server's own message is the last lines of its log
  echo "$1 Se $LOG_DIR/actions-$ACTIONS_PORT.log:" >&2
  grep -v '^\s*$' "$LOG_DIR/actions-$ACTIONS_PORT.log" | tail -n 5 | sed 's/^/  /' >&2
  stop
  exit 1
}

if [ "$SERVE" != rasa ]; then
  SANIC_HOST=127.0.0.1 .venv/bin/python -m actions --port "$ACTIONS_PORT" \
    >"$LOG_DIR/actions-$ACTIONS_PORT.log" 2>&1 &
  actions_pid=$!
  echo "==> Starter action-serveren (127.0.0.1:$ACTIONS_PORT); logger i $LOG_DIR"
  for _ in $(seq 1 480); do
    curl -fs "http://127.0.0.1:$ACTIONS_PORT/health" >/dev/null 2>&1 && break
    kill -0 "$actions_pid" 2>/dev/null || refuse "Action-serveren startet ikke, så assistenten starter ikke."
    sleep 0.5
  done
  [ "$SERVE" = actions ] && echo "==> Klar: action-serveren på http://127.0.0.1:$ACTIONS_PORT (Ctrl-C stopper)"
fi

if [ "$SERVE" != actions ]; then
  # The resolved endpoints (action server, tracker store on DATABASE_URL, Redis lock store when
  # REDIS_URL is set) for this run; mktemp makes it 0600, it may hold a database password.
  ENDPOINTS="$(mktemp --suffix=.yml "${TMPDIR:-/tmp}/krise-endpoints.XXXXXX")"
  .venv/bin/python -m bot.rasa_plugins.endpoints >"$ENDPOINTS" || { stop; exit 1; }
  .venv-rasa/bin/python -m bot.rasa_plugins.server run --model "${KRISE_MODEL:-models/krise.tar.gz}" --interface 127.0.0.1 \
    --port "$RASA_PORT" --endpoints "$ENDPOINTS" --credentials credentials.yml \
    >"$LOG_DIR/rasa-$RASA_PORT.log" 2>&1 &
  rasa_pid=$!
  echo "==> Starter Rasa-serveren (127.0.0.1:$RASA_PORT)"
  for _ in $(seq 1 480); do
    if curl -fs "http://127.0.0.1:$RASA_PORT/" >/dev/null 2>&1; then
      echo "==> Klar: http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook (Ctrl-C stopper)"
      break
    fi
    if ! kill -0 "$rasa_pid" 2>/dev/null; then
      echo "Rasa-serveren stoppet; se $LOG_DIR/rasa-$RASA_PORT.log:" >&2
      grep -v '^\s*$' "$LOG_DIR/rasa-$RASA_PORT.log" | tail -n 2 | sed 's/^/  /' >&2
      stop
      exit 1
    fi
    [ -z "$actions_pid" ] || kill -0 "$actions_pid" 2>/dev/null || refuse "Action-serveren stoppet."
    sleep 0.5
  done
fi

# When the action server dies (a crash, or killed), Rasa keeps answering: its REST channel tells each
# user in Norwegian that part of the assistant is down, until the action server is started again
# (systemd does that in production; here: KRISE_SERVE=actions ACTIONS_PORT=$ACTIONS_PORT scripts/serve.sh).
while true; do
  wait -n $rasa_pid $actions_pid
  if [ -n "$rasa_pid" ] && ! kill -0 "$rasa_pid" 2>/dev/null; then
    echo "Rasa-serveren stoppet uventet; se $LOG_DIR/rasa-$RASA_PORT.log." >&2
    rasa_pid=""
    stop
    exit 1
  fi
  if [ -n "$actions_pid" ] && ! kill -0 "$actions_pid" 2>/dev/null; then
    echo "Action-serveren stoppet; se $LOG_DIR/actions-$ACTIONS_PORT.log." >&2
    actions_pid=""
    [ -z "$rasa_pid" ] && exit 1
    echo "Rasa-serveren svarer brukerne at en del av assistenten er nede til action-serveren startes igjen." >&2
  fi
done
