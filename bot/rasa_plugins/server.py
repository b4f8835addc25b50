"""``rasa run`` as ``scripts/serve.sh`` starts it: ``python -m bot.rasa_plugins.server run …``.

The same command line and behaviour as ``.venv-rasa/bin/rasa``, with what a small machine needs
(measured with ``bench.load`` and ``bench.profile``; each can be overridden in the environment):

- TensorFlow imports JAX only for TFLite model conversion, which Rasa never does: 66 MB resident
  and a second of start-up for nothing. It is kept out (TensorFlow handles its absence).
- TensorFlow's oneDNN kernels off (``TF_ENABLE_ONEDNN_OPTS=0``): about 40 MB less resident and no
  more CPU per turn for these small models; the NLU's confidences differ by at most 2.4e-7 from
  oneDNN's on all 917 training examples, with the same intent every time.
- TensorFlow runs each op in the calling thread (``TF_INTER_OP_PARALLELISM_THREADS=1`` and
  ``TF_INTRA_OP_PARALLELISM_THREADS=1``, which Rasa applies at start-up): these models' ops are far
  too small to gain from a thread pool, and handing them to the pool and back cost a turn about 27
  context switches (31–34 → 5 per turn at 50 staff, two fewer threads; ``python -m bench.run --only
  load --part scaling``); the other threads' CPU per turn drops by 0.3–1 ms. Two Rasa servers on two
  cores no longer each keep pools that fight over them. The NLU's intents and confidences are
  identical on 300 training examples.
- Once the model is loaded, the heap that loading left free is returned to the system
  (``malloc_trim``): about 50 MB of the server's resident memory; and the loaded objects (about
  600,000) are frozen out of the garbage collector's full collections, which walked them all every
  few hundred turns and stopped the event loop for 0.2–1.3 s under load (``bot.heap.settle_heap``).
- Rasa's response templating reads ``{…}`` as a slot name and logs an ERROR with a rendered
  traceback for every button payload with an entity (``/inform{"answer": "ja"}``), i.e. for every
  dialogue question: a few per cent of the server's CPU, and real errors drowned in the log. That
  logger is silenced; ``tests/test_domain_placeholders.py`` checks instead that every ``{…}`` in
  the domain's responses is a slot or a payload's entities.
- The dialogue actions get only the latest turn's events from Rasa (``action_payload``): the
  action server no longer parses the whole form with every answer.
- Action calls go over kept-alive connections (``action_client``) instead of a new HTTP session
  and TCP connection for each.
- A message routed to the guide is handed to the action server as soon as the router has routed
  it (``prefetch``), so its reply is computed while Rasa predicts the action.
- Slots are copied directly (``slot_copy``): every tracker Rasa builds copies all 71 slots, and the
  generic ``copy.copy`` was ~8 % of the server's CPU under load.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from bot.heap import settle_heap
from bot.rasa_plugins import prefetch

sys.modules.setdefault("jax", None)  # type: ignore[arg-type]  # «import jax» now raises ImportError
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")  # read when TensorFlow is imported
TF_THREAD_SETTINGS = {"TF_INTER_OP_PARALLELISM_THREADS": "1", "TF_INTRA_OP_PARALLELISM_THREADS": "1"}
for _name, _value in TF_THREAD_SETTINGS.items():  # read by rasa.__main__ (setup_tf_environment)
    os.environ.setdefault(_name, _value)

INTERPOLATOR_LOGGER = "rasa.core.nlg.interpolator"


def warm_action_response_check() -> None:
    """Check Rasa's action-response schema now, not on the first action call. The first custom action
    after a start checked the schema and built its validator (``bot.nlu.action_response_check``): 63 ms of
    the first guide answer in a fresh server, against 0.2 ms later (issue 14, speed17's cold run). An empty
    response is valid, so this raises nothing and changes nothing but what the check keeps; it goes through
    ``jsonschema.validate`` as Rasa's own call does, whichever check is installed there."""
    import jsonschema
    from rasa.core.actions.action import RemoteAction

    jsonschema.validate({"events": [], "responses": []}, RemoteAction.action_response_format_spec())


def tidy_after(load: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """Rasa's agent loader, followed by what a loaded server needs: the action-response check warmed
    (``warm_action_response_check``), the interpolator's logger silenced, the guide prefetch aimed at the
    action server (``prefetch``) and the heap settled (``bot.heap.settle_heap``)."""

    async def load_then_tidy(*args: Any, **kwargs: Any) -> Any:
        agent = await load(*args, **kwargs)
        warm_action_response_check()
        prefetch.aim(getattr(getattr(agent, "action_endpoint", None), "url", None))  # none: no prefetch
        logging.getLogger(INTERPOLATOR_LOGGER).setLevel(logging.CRITICAL)
        settle_heap()
        return agent

    return load_then_tidy


def main() -> None:
    import rasa.core.run
    from rasa.__main__ import main as rasa_main

    from bot.rasa_plugins import action_client, action_payload, slot_copy

    action_payload.register()
    action_client.register()
    slot_copy.register()
    # serve_application looks the loader up when it starts
    rasa.core.run.load_agent_on_start = tidy_after(rasa.core.run.load_agent_on_start)
    rasa_main()


if __name__ == "__main__":
    main()
