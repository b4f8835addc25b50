"""Before the action server takes its first request: the work a first answer would do only once.

The guide index is loaded at start (``actions/startup.py``), but a few things the answers need are
still made on first use: the irregular-form table of the lemmatiser (read from a gzip file, ~45 ms),
the patterns of the «someone is coming now» check and other patterns compiled on first search
(~30 ms; the 112 check compiles some of them only for a text with a word for now in it), and the
spaCy pipeline the checklist look-up tokenises with (~210 ms). In a fresh server
the first guide answer took ~90 ms of compute instead of ~2 ms and the first checklist ~190 ms
(issue 14 «nothing slower»: timed in the served pair, the first of 60 guide answers after a start).

``warm`` pays for that here, once, by answering a few texts of our own that take those paths —
a Norwegian question, an English one, a statement about someone coming, a checklist request —
and throwing the answers away. Nothing is stored or sent: ``respond`` and ``find_checklist`` are
pure computations (the guide prefetch calls ``respond`` on any routed text for the same reason).
Everything made here is what the first answers would have made anyway, so the served process
holds nothing more once it has answered a guide question and a checklist request.
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger(__name__)

# Our own texts, one per path that builds something on first use.
TEXTS = (
    "hvordan snakker vi med en beboer som er redd for å dra hjem igjen?",
    "what should we say to a resident who wants to go back to him?",
    "hun sier at han er på vei hit nå og at barna er hos ham",
    "mora vet ikke hva vi trenger å vite om barna og skolen",
    "hun sier at eksen er sint på henne nå",
)
CHECKLIST_TEXT = "sjekkliste for ny bolig"


def warm() -> float:
    """Answer ``TEXTS`` and look up ``CHECKLIST_TEXT``, discarding the results; the seconds it took.

    A failure here is not the server's business yet: it is logged and the first real request meets
    it (and answers with the usual error reply), exactly as without the warm-up."""
    from bot.guide.checklists import find_checklist
    from bot.respond import respond

    start = time.perf_counter()
    try:
        for text in TEXTS:
            respond(text)
        find_checklist(CHECKLIST_TEXT)
    except Exception:  # noqa: BLE001 - the warm-up only moves work earlier; it must not stop a start
        log.warning("warm-up before the first request failed; the first answers pay for it", exc_info=True)
    return time.perf_counter() - start
