"""Run by ``tests/test_lock_store.py`` with ``.venv-rasa/bin/python``: the conversation lock store
(``bot.rasa_plugins.lock_store``) against a real redis-server.

    check_lock_store.py REDIS_URL race CLASS ROUNDS   # prints one JSON line: what the race did
    check_lock_store.py REDIS_URL semantics           # prints "ok:" lines; AssertionError on a failure

CLASS is ``rasa`` (Rasa 3.6's RedisLockStore) or ``atomic`` (ours).
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402
from rasa.core.lock import TicketLock  # noqa: E402
from rasa.core.lock_store import LockError, LockStore, RedisLockStore  # noqa: E402
from rasa.utils.endpoints import EndpointConfig  # noqa: E402

from bot.rasa_plugins.lock_store import AtomicRedisLockStore  # noqa: E402

URL = urlsplit(sys.argv[1])
SERVER = {"host": URL.hostname, "port": URL.port, "db": int(URL.path.lstrip("/") or 0)}
WORKERS = 12
# A race's tickets live this long (s). With Rasa's store a duplicate ticket can leave a waiter whose number is never
# served; it waits until the ticket expires. At 30 s such stalls, on a busy machine, took one CI run's race past
# its 600 s limit; the turns themselves take milliseconds, so 5 s loses nothing the race measures.
RACE_LIFETIME = 5
STALL_AFTER = 4 * RACE_LIFETIME


def store(kind: str, **extra: object) -> RedisLockStore:
    cls = AtomicRedisLockStore if kind == "atomic" else RedisLockStore
    return cls(**SERVER, key_prefix="krise", **extra)  # type: ignore[arg-type]


def race(kind: str, rounds: int) -> None:
    """Each round: WORKERS threads, each with its own store (its own connection, like separate Rasa
    servers), let go at once on one conversation. First they all issue a ticket; then they all take
    the lock and, inside it, count how many are inside and note which ticket is being served."""
    red = redis.StrictRedis(**SERVER)  # type: ignore[arg-type]
    results = [one_round(red, kind, f"race-{kind}-{round_}") for round_ in range(rounds)]
    duplicate_rounds, overlap_rounds, disorder_rounds, stalled_rounds = (sum(r[i] for r in results) for i in range(4))
    print(json.dumps({"class": kind, "rounds": rounds, "duplicate_tickets": duplicate_rounds,
                      "two_inside_at_once": overlap_rounds, "served_out_of_order": disorder_rounds,
                      "stalled": stalled_rounds}))


def one_round(red: redis.StrictRedis, kind: str, conversation: str) -> tuple[bool, bool, bool, bool]:
    """(duplicate tickets, two inside the lock at once, served out of ticket order, a waiter stalled) for one round.

    A waiter whose ticket is never served (Rasa's store, after a duplicate ticket) gives up after
    ``STALL_AFTER`` seconds and the round counts as stalled; before, such a waiter could hang the whole check."""
    stores = [store(kind) for _ in range(WORKERS)]
    start = threading.Barrier(WORKERS)
    tickets: list[int] = []

    def issue(s: RedisLockStore) -> None:
        start.wait()
        tickets.append(s.issue_ticket(conversation, RACE_LIFETIME))

    run_all(issue, stores)
    duplicates = sorted(tickets) != list(range(WORKERS))
    red.delete("krise:lock:" + conversation)

    inside = [0]
    most_inside = [0]
    served: list[int] = []
    guard = threading.Lock()
    stalled = [False]

    def turn(s: RedisLockStore) -> None:
        async def body() -> None:
            start.wait()
            async with s.lock(conversation, RACE_LIFETIME, wait_time_in_seconds=0.005) as lock:
                with guard:
                    inside[0] += 1
                    most_inside[0] = max(most_inside[0], inside[0])
                    served.append(lock.now_serving or 0)
                await asyncio.sleep(0.003)  # "handling the turn"
                with guard:
                    inside[0] -= 1

        async def bounded() -> None:
            try:
                await asyncio.wait_for(body(), STALL_AFTER)
            except asyncio.TimeoutError:
                stalled[0] = True

        asyncio.run(bounded())

    run_all(turn, stores)
    left = red.get("krise:lock:" + conversation)
    red.delete("krise:lock:" + conversation)
    assert left is None or kind == "rasa", left  # ours always cleans up
    disorder = served != sorted(served) or len(set(served)) != len(served)
    return duplicates, most_inside[0] > 1, disorder, stalled[0]


def run_all(target, stores: list[RedisLockStore]) -> None:  # type: ignore[no-untyped-def]
    threads = [threading.Thread(target=target, args=(s,), daemon=True) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)


def semantics() -> None:
    red = redis.StrictRedis(**SERVER)  # type: ignore[arg-type]
    for stale in red.scan_iter("krise:lock:c*"):
        red.delete(stale)
    ours, theirs = store("atomic"), store("rasa")
    key = "krise:lock:c1"

    assert ours.issue_ticket("c1") == 0 and ours.issue_ticket("c1") == 1
    raw = red.get(key)
    lock = TicketLock.from_dict(json.loads(raw))
    assert [t.number for t in lock.tickets] == [0, 1] and lock.conversation_id == "c1"
    assert lock.dumps().encode() == raw, raw  # byte for byte what Rasa's TicketLock writes
    assert theirs.issue_ticket("c1") == 2  # Rasa's store reads ours ...
    assert ours.issue_ticket("c1") == 3  # ... and ours reads Rasa's
    print("ok: tickets 0, 1, 2, 3 in order, in Rasa's key and JSON, shared with Rasa's own store")

    ours.finish_serving("c1", 0)
    assert [t.number for t in ours.get_lock("c1").tickets] == [1, 2, 3]
    ours.cleanup("c1", 1)
    theirs.cleanup("c1", 2)
    assert ours.is_someone_waiting("c1")
    ours.cleanup("c1", 3)
    assert red.get(key) is None and not ours.is_someone_waiting("c1")
    print("ok: finish_serving drops one ticket; cleanup deletes the lock only when nobody waits")

    odd = 'samtale "å" \\ / \u2028'
    ours.issue_ticket(odd)
    assert red.get("krise:lock:" + odd) == TicketLock.from_dict(json.loads(red.get("krise:lock:" + odd))).dumps().encode()
    assert theirs.get_lock(odd).conversation_id == odd
    ours.cleanup(odd, 0)
    assert red.get("krise:lock:" + odd) is None
    print("ok: a conversation id with quotes, backslash and non-ASCII is stored as Rasa stores it")

    # Expiry, as Rasa's TicketLock: expired tickets are dropped when a ticket is issued, and a new
    # ticket after only expired ones is 0 again.
    assert ours.issue_ticket("c2", 0.05) == 0 and ours.issue_ticket("c2", 0.05) == 1
    time.sleep(0.1)
    assert ours.issue_ticket("c2", 10) == 0
    assert [t.number for t in ours.get_lock("c2").tickets] == [0]
    assert ours.issue_ticket("c2", 0.05) == 1
    time.sleep(0.1)
    ours.update_lock("c2")
    assert [t.number for t in TicketLock.from_dict(json.loads(red.get("krise:lock:c2"))).tickets] == [0]
    ours.cleanup("c2", 0)
    print("ok: expired tickets are dropped on issue and on update; numbering restarts at 0")

    async def holder_never_releases() -> float:
        # A server died holding ticket 0 (lifetime 0.3 s): the next message waits for it to expire.
        ours.issue_ticket("c3", 0.3)
        began = time.monotonic()
        async with ours.lock("c3", 10, wait_time_in_seconds=0.05) as lock:
            assert lock.now_serving == 1
        return time.monotonic() - began

    waited = asyncio.run(holder_never_releases())
    assert 0.2 < waited < 2, waited
    assert red.get("krise:lock:c3") is None
    print("ok: a ticket whose holder never finishes blocks the next one until it expires, then not")

    async def own_ticket_expires() -> None:
        ours.issue_ticket("c4", 10)
        async with ours.lock("c4", 0.1, wait_time_in_seconds=0.05):
            raise AssertionError("served without the lock")

    try:
        asyncio.run(own_ticket_expires())
    except LockError:
        pass
    else:
        raise AssertionError("no LockError")
    ours.cleanup("c4", 0)
    print("ok: a waiting message whose own ticket expired first gets LockError (as Rasa), not the lock")

    async def in_order() -> list[int]:
        served: list[int] = []

        async def one(delay: float) -> None:
            await asyncio.sleep(delay)
            async with ours.lock("c5", 10, wait_time_in_seconds=0.01) as lock:
                served.append(lock.now_serving or 0)
                await asyncio.sleep(0.02)

        await asyncio.gather(*(one(i * 0.005) for i in range(5)))
        return served

    assert asyncio.run(in_order()) == [0, 1, 2, 3, 4]
    assert red.get("krise:lock:c5") is None
    print("ok: five messages on one event loop are served one at a time in order of arrival")

    dead = AtomicRedisLockStore(host="127.0.0.1", port=closed_port(), socket_timeout=2)
    ran = []

    async def unlocked() -> None:
        async with dead.lock("c6"):
            ran.append(True)

    for attempt in (lambda: asyncio.run(unlocked()), lambda: dead.issue_ticket("c6")):
        try:
            attempt()
        except LockError as exc:
            assert "Traceback" not in str(exc)
        else:
            raise AssertionError("no LockError without Redis")
    dead.cleanup("c6", 0)  # after a handled turn: logged, not raised
    assert ran == []
    print("ok: without Redis the message is not handled: LockError before the turn, cleanup only logs")

    config = EndpointConfig.from_dict({"type": "bot.rasa_plugins.lock_store.AtomicRedisLockStore",
                                       "url": SERVER["host"], "port": SERVER["port"], "db": SERVER["db"],
                                       "password": None, "key_prefix": "krise"})
    made = LockStore.create(config)
    assert isinstance(made, AtomicRedisLockStore) and made.key_prefix == "krise:lock:"
    assert made.red.connection_pool.connection_kwargs["socket_timeout"] == 10  # Rasa's default
    assert made.issue_ticket("c7") == 0 and red.exists("krise:lock:c7")
    made.cleanup("c7", 0)
    print("ok: Rasa builds it from endpoints.yml (type: module path) with Rasa's key prefix and socket timeout")

    for kind, one in (("RedisLockStore (Rasa)", theirs), ("AtomicRedisLockStore", made)):
        async def one_turn(s: RedisLockStore = one) -> None:
            async with s.lock("c8"):
                pass

        asyncio.run(one_turn())  # the first turn loads the scripts (NOSCRIPT, SCRIPT LOAD)
        before = command_calls(red)
        asyncio.run(one_turn())
        after = command_calls(red)
        calls = {name: n - before.get(name, 0) for name, n in after.items()
                 if n != before.get(name, 0) and name != "info"}
        trips = sum(n for name, n in calls.items() if name in ("get", "set", "del", "evalsha", "eval"))
        trips -= sum(calls.get(c, 0) for c in ("get", "set", "del")) if kind != "RedisLockStore (Rasa)" else 0
        print(f"ok: one uncontended turn with {kind}: {trips} round trips; Redis counts {calls}")

def command_calls(red: redis.StrictRedis) -> dict[str, int]:
    """Calls per command so far (a delta, not CONFIG RESETSTAT: the Redis may be shared by other tests)."""
    return {name.removeprefix("cmdstat_"): int(v["calls"]) for name, v in red.info("commandstats").items()}


def closed_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


if __name__ == "__main__":
    if sys.argv[2] == "race":
        race(sys.argv[3], int(sys.argv[4]))
    else:
        semantics()
