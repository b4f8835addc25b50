#!/usr/bin/env bash
# `make telegram`: the Telegram bridge in front of the Rasa + action servers (scripts/in_front.sh).
set -uo pipefail
umask 077  # data, logs, keys: owner only (issue 15)
cd "$(dirname "$0")/.."

if [ -z "${TELEGRAM_BOT_TOKEN:-}" ]; then
  echo "TELEGRAM_BOT_TOKEN mangler. Lag en bot hos @BotFather i Telegram, og kjør:" >&2
  echo "  TELEGRAM_BOT_TOKEN=<token> make telegram      (se README, «Telegram»)" >&2
  exit 2
fi

exec scripts/in_front.sh \
  "Starter Telegram-broen (Bot API: ${TELEGRAM_API_URL:-https://api.telegram.org}); Ctrl-C stopper" \
  .venv/bin/python -m bot.telegram --wait 240
