#!/usr/bin/env bash
# Run the action server and the Rasa server (REST on loopback) in the foreground; stop both on
# SIGINT/SIGTERM. Ready when GET http://127.0.0.1:$RASA_PORT/ answers 200.
set -uo pipefail
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD" RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3
RASA_PORT="${RASA_PORT:-5005}"
ACTIONS_PORT="${ACTIONS_PORT:-5055}"
export RASA_PORT ACTIONS_PORT
mkdir -p "${KRISE_DATA_DIR:-var}/logs"
LOG_DIR="${KRISE_DATA_DIR:-var}/logs"
# Rasa does not expand ${ACTIONS_PORT} in endpoints.yml, so write the resolved copy for this run.
ENDPOINTS="$(mktemp --suffix=.yml "${TMPDIR:-/tmp}/krise-endpoints.XXXXXX")"
sed "s/\${ACTIONS_PORT}/$ACTIONS_PORT/" endpoints.yml >"$ENDPOINTS"

SANIC_HOST=127.0.0.1 .venv/bin/python -m rasa_sdk --actions actions --port "$ACTIONS_PORT" \
  >"$LOG_DIR/actions.log" 2>&1 &
actions_pid=$!
.venv-rasa/bin/rasa run --model models/krise.tar.gz --enable-api --interface 127.0.0.1 \
  --port "$RASA_PORT" --endpoints "$ENDPOINTS" --credentials credentials.yml \
  >"$LOG_DIR/rasa.log" 2>&1 &
rasa_pid=$!

stop() {
  kill -TERM "$rasa_pid" "$actions_pid" 2>/dev/null
  wait "$rasa_pid" "$actions_pid" 2>/dev/null
  rm -f "$ENDPOINTS"
  exit 0
}
trap stop INT TERM

echo "==> Starter Rasa-serveren (127.0.0.1:$RASA_PORT) og action-serveren (127.0.0.1:$ACTIONS_PORT); logger i $LOG_DIR"
for _ in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$RASA_PORT/" >/dev/null 2>&1; then
    echo "==> Klar: http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook (Ctrl-C stopper)"
    break
  fi
  if ! kill -0 "$rasa_pid" 2>/dev/null; then
    echo "Rasa-serveren stoppet; se $LOG_DIR/rasa.log" >&2
    kill -TERM "$actions_pid" 2>/dev/null
    exit 1
  fi
  sleep 0.5
done
wait -n "$rasa_pid" "$actions_pid"
stop
