"""The trained model's top intent per text with the router switched off (run in ``.venv-rasa``).

``python -m bench.nlu_intents MODEL IN.json OUT.json``: IN is a JSON list of texts, OUT a JSON
object text → intent. The starts bench (``bench/starts.py``) uses it as the «classifier alone»
baseline: what the NLU would do without ``bot/nlu/routing.py``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys


async def _intents(model: str, texts: list[str]) -> dict[str, str]:
    import bot.nlu.router_component as component
    from bot.nlu.routing import Routed

    component.decide = lambda intent, *args, **kwargs: Routed(intent)  # the router switched off
    from rasa.core.agent import Agent

    agent = Agent.load(model)
    out: dict[str, str] = {}
    for text in texts:
        parsed = await agent.parse_message(text)
        intent = parsed.get("intent") or {}
        out[text] = intent.get("name") or ""
    return out


def main(argv: list[str]) -> int:
    logging.disable(logging.WARNING)
    model, src, dst = argv
    with open(src, encoding="utf-8") as handle:
        texts = json.load(handle)
    result = asyncio.run(_intents(model, texts))
    with open(dst, "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
