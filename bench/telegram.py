"""`make bench`, Telegram: bridge overhead beside the same REST turns, and masking on the test vectors.

Overhead: the real bridge (``python -m bot.telegram``) against the Bot API stand-in from the test
suite, in front of freshly served Rasa and action servers. Each guide question is asked once over
REST and once through Telegram, alternately, in two conversations that grow alike. A Telegram
turn runs from the moment the stand-in has the update until it has received the reply's last
message: long-poll delivery, the gate (a database look-up), masking, Rasa, rendering, sendMessage.

Masking: recall on valid identifiers and the share of vectors with a false mask
(``bot/testing/mask_vectors.py``), beside a naive regex masker (digit runs of 8+, anything with @); and
the same two figures on the second set written apart from the masker (``bot/testing/mask_review_vectors.py``,
issue 15: pasted Unicode spaces, IBAN, «150385/12363», addresses, dates of birth, ordinary numbers).
``python -m bench.run --only masking`` prints these alone (no servers, a few seconds).
"""

from __future__ import annotations

import re
import secrets
import tempfile
import time
from pathlib import Path

from bench.latency import percentile
from bench.quality import DEV_SET, load_set
from bot.channels.rest_client import send
from bot.testing import mask_review_vectors
from bot.testing.botapi_standin import BotApiStandIn, running_bridge
from bot.testing.mask_vectors import all_vectors, score
from bot.testing.served import served_bot
from bot.text.mask import mask_text

QUESTIONS = 60
BENCH_USER = 900_000_001
_NAIVE = re.compile(r"\+?\d[\d ]{6,}\d|\S+@\S+")


def naive_mask(text: str) -> str:
    return _NAIVE.sub("[skjult]", text)


def masking() -> None:
    vectors = all_vectors()
    mask_text("0")  # load the pipeline before timing
    start = time.perf_counter()
    ours = score(mask_text, vectors)
    per_message_ms = (time.perf_counter() - start) * 1000 / len(vectors)
    base = score(naive_mask, vectors)
    print(f"Maskering på testvektorene ({ours.vectors} meldinger, {ours.identifiers} gyldige identifikatorer; "
          f"{per_message_ms:.2f} ms per melding)")
    print(f"  {'mål':<34} {'vår':>6}   {'regex':>6}   mål")
    print(f"  {'recall (gyldige maskert)':<34} {ours.recall:6.3f}   {base.recall:6.3f}   = 1.00")
    print(f"  {'falske maskeringer':<34} {ours.false_mask_rate:6.3f}   {base.false_mask_rate:6.3f}   ≤ 0.01")
    review, naive = mask_review_vectors.score(mask_text), mask_review_vectors.score(naive_mask)
    print(f"Maskering på det andre settet ({review.positives} meldinger med gyldige identifikatorer, "
          f"{review.negatives} vanlige setninger med tall; skrevet uten å se maskeringskoden)")
    print(f"  {'recall (gyldige maskert)':<34} {review.recall:6.3f}   {naive.recall:6.3f}   ≥ 0.99")
    print(f"  {'falske maskeringer':<34} {review.false_mask_rate:6.3f}   {naive.false_mask_rate:6.3f}   ≤ 0.01")


def _enrol(api: BotApiStandIn, database_url: str) -> None:
    from bot.storage import db, invites

    with db.session_scope(database_url) as session:
        _, code = invites.create_invite(session, "ansatt")
    since = time.perf_counter()
    api.user_says(BENCH_USER, f"/start {code}")
    api.wait_quiet(BENCH_USER, since, quiet=0.3)


def overhead(url: str) -> None:
    """``url``: the served Rasa to compare against (the bridge is put in front of the same one).
    The bridge gets its own throwaway database for its one enrolled bench user."""
    import os
    import subprocess

    from bot.config import PROJECT_ROOT
    from bot.storage import db

    questions = [q.q for q in load_set(DEV_SET) if q.id][:QUESTIONS]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        database_url = f"sqlite:///{data / 'bench.sqlite3'}"
        # Set up as on a real machine (keys, database, key check): the bridge never makes keys.
        subprocess.run([str(PROJECT_ROOT / "botctl"), "db", "upgrade"], check=True, capture_output=True,
                       env={**os.environ, "KRISE_DATA_DIR": str(data), "DATABASE_URL": database_url})
        db.reset_engines()
        with BotApiStandIn() as api, running_bridge(
                api, rasa_url=url, database_url=database_url, data_dir=data, log_path=data / "bridge.log",
                TELEGRAM_RATE_LIMIT="1000"):
            _enrol(api, database_url)
            rest_times, telegram_times, mismatched = _measure(url, api, questions)
    print(f"Telegram-bro (ms; {len(questions)} veiledersvar, hvert spurt over REST og gjennom Bot API-standin "
          "vekselvis, samme kjøring)")
    print(f"  {'':<6} {'REST':>8} {'Telegram':>9} {'forskjell':>10} {'forhold':>8}")
    for key, q in (("p50", 0.5), ("p95", 0.95)):
        rest, tg = percentile(rest_times, q), percentile(telegram_times, q)
        print(f"  {key:<6} {rest:8.1f} {tg:9.1f} {tg - rest:+10.1f} {tg / rest:7.2f}x"
              + ("   mål: Telegram p95 ≤ REST p95 + 50 ms" if key == "p95" else ""))
    paired = sorted(t - r for t, r in zip(telegram_times, rest_times, strict=True))
    print(f"  broens tillegg per spørsmål (Telegram − REST, samme spørsmål): median {percentile(paired, 0.5):+.1f}, "
          f"p95 {percentile(paired, 0.95):+.1f}")
    if mismatched:
        print(f"  ({mismatched} svar hadde et annet antall meldinger enn over REST og er ikke med)")


def _rest_turn(url: str, sender: str, question: str) -> tuple[float, int]:
    start = time.perf_counter()
    reply = send(sender, question, url=url)
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, len([m for m in reply if m.get("text") or m.get("buttons")]) or 1


def _telegram_turn(api: BotApiStandIn, question: str, expected: int) -> float | None:
    start = time.perf_counter()
    api.user_says(BENCH_USER, question)
    try:
        messages = api.wait_for_messages(BENCH_USER, expected, start, timeout=30)
    except AssertionError:
        messages = []
    api.wait_quiet(BENCH_USER, start, quiet=0.2)  # nothing of this turn spills into the next
    return (messages[expected - 1].at - start) * 1000 if messages else None


def _measure(url: str, api: BotApiStandIn, questions: list[str]) -> tuple[list[float], list[float], int]:
    """Both channels answer every question; which goes first alternates, so neither gains from
    going second (a warm cache, a quieter moment on a shared machine)."""
    sender = "bench-rest-" + secrets.token_hex(4)
    for warm in ("hei", "hvordan bestiller jeg tolk?"):  # not measured: first-turn costs on both sides
        _, expected = _rest_turn(url, sender, warm)
        _telegram_turn(api, warm, expected)
    rest_times: list[float] = []
    telegram_times: list[float] = []
    mismatched = 0
    for i, question in enumerate(questions):
        if i % 2 == 0:
            rest, expected = _rest_turn(url, sender, question)
            telegram = _telegram_turn(api, question, expected)
        else:
            # Telegram first: its reply is complete once the bot falls quiet; the REST reply's
            # message count then says which message ended the turn.
            telegram_start = time.perf_counter()
            api.user_says(BENCH_USER, question)
            api.wait_quiet(BENCH_USER, telegram_start, quiet=0.2)
            rest, expected = _rest_turn(url, sender, question)
            sent = api.sent_to(BENCH_USER, telegram_start)
            telegram = (sent[expected - 1].at - telegram_start) * 1000 if len(sent) >= expected else None
        if telegram is None:
            mismatched += 1
            continue
        rest_times.append(rest)
        telegram_times.append(telegram)
    return rest_times, telegram_times, mismatched


def telegram(url: str) -> None:
    masking()
    print()
    overhead(url)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as _tmp, served_bot(Path(_tmp) / "serve.log") as _url:
        telegram(_url)
