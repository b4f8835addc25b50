#!/usr/bin/env bash
# `make run`: start both servers in the background, open the terminal chat, stop them after.
set -uo pipefail
umask 077  # data, logs, keys: owner only (issue 15)
cd "$(dirname "$0")/.."
export PYTHONPATH="$PWD"
scripts/serve.sh &
serve_pid=$!
trap 'kill -TERM $serve_pid 2>/dev/null; wait $serve_pid 2>/dev/null' EXIT
.venv/bin/python -m bot.channels.terminal --wait 120
