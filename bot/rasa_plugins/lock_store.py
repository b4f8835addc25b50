"""Rasa's Redis ticket lock, with every read-modify-write done atomically inside Redis.

Rasa 3.6's ``RedisLockStore`` issues a ticket by GET, changing the JSON in Python, then SET. Two
messages of one conversation that reach two Rasa servers at the same moment (a double tap, a
retried webhook, a load balancer spreading one conversation) can both read the same lock, both get
ticket n and both be served at once: two turns of one dialogue on one tracker, a form answer lost
or a case saved twice. Here each change of a lock is one Lua script (EVALSHA; redis-py loads it
again after a Redis restart), so Redis runs it as a whole with nothing in between.

Kept as Rasa has it, so Rasa's own store and this one can share locks during a rolling restart:
the key (``[prefix:]lock:<conversation id>``), the JSON written byte for byte (tickets as JSON
strings inside the list, Python's separators and float text), ticket order, lifetime and expiry
judged by the Rasa server's clock, the 1 s poll while waiting, and the socket timeout.

Round trips per turn: Rasa's store sends 7 commands (issue GET+SET, acquire GET, cleanup
GET+SET+GET+DEL). This one sends 2: one script issues the ticket and returns the lock (so the first
"is it my turn" needs no extra GET), one finishes the ticket and deletes the lock when nobody waits.
A waiting message adds one per poll (Rasa: two).

Fails closed: if Redis errs before the turn is served, ``LockError`` is raised and the message is not
handled (the REST channel answers in Norwegian). If Redis errs while releasing a ticket after the
turn was handled and stored, the error is logged and the reply still goes out: the ticket then
expires after its lifetime, and the next message of that conversation waits for that (safe), where
raising would tell the user the turn failed and invite sending it a second time.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

log = logging.getLogger(__name__)

# Shared by every script: read the lock, keep the tickets that have not expired at ARGV[2] (the
# Rasa server's time.time(), as Rasa's Ticket.has_expired compares), and write it back in exactly
# the text Rasa's TicketLock.dumps() gives. ARGV[1] is json.dumps(conversation_id) from Python.
_COMMON = """
local function live_tickets(raw, now)
  local kept = {}
  if not raw or raw == '' then return nil end
  local data = cjson.decode(raw)
  if type(data.tickets) == 'table' then
    for _, text in ipairs(data.tickets) do
      local ticket = cjson.decode(text)
      if not (now > ticket.expires) then
        kept[#kept + 1] = {text = text, number = ticket.number}
      end
    end
  end
  return kept
end

local function dumps(conversation_json, tickets)
  local quoted = {}
  for i, ticket in ipairs(tickets) do
    local escaped = string.gsub(ticket.text, '\\\\', '\\\\\\\\')
    escaped = string.gsub(escaped, '"', '\\\\"')
    quoted[i] = '"' .. escaped .. '"'
  end
  return '{"conversation_id": ' .. conversation_json .. ', "tickets": [' .. table.concat(quoted, ', ') .. ']}'
end
"""

# Issue the next ticket (Rasa: last issued + 1, or 0) and return [number, lock as stored].
# ARGV[3]: the new ticket's expiry as Python's repr(float), which is what json.dumps writes.
_ISSUE = _COMMON + """
local now = tonumber(ARGV[2])
local tickets = live_tickets(redis.call('GET', KEYS[1]), now) or {}
local number = 0
if #tickets > 0 then number = tickets[#tickets].number + 1 end
local text = '{"number": ' .. string.format('%d', number) .. ', "expires": ' .. ARGV[3] .. '}'
tickets[#tickets + 1] = {text = text, number = number}
local lock = dumps(ARGV[1], tickets)
redis.call('SET', KEYS[1], lock)
return {number, lock}
"""

# Rasa's update_lock (drop expired tickets, save) and get_lock in one: returns the lock or nil.
_UPDATE = _COMMON + """
local raw = redis.call('GET', KEYS[1])
local tickets = live_tickets(raw, tonumber(ARGV[2]))
if not tickets then return false end
local lock = dumps(ARGV[1], tickets)
if lock ~= raw then redis.call('SET', KEYS[1], lock) end
return lock
"""

# Rasa's finish_serving (drop expired tickets and ticket ARGV[3], save) and, when ARGV[4] is '1',
# cleanup's "delete the lock if nobody waits". Returns the number of tickets left, -1 without a lock.
_FINISH = _COMMON + """
local tickets = live_tickets(redis.call('GET', KEYS[1]), tonumber(ARGV[2]))
if not tickets then return -1 end
local done = tonumber(ARGV[3])
local left = {}
for _, ticket in ipairs(tickets) do
  if ticket.number ~= done then left[#left + 1] = ticket end
end
if #left == 0 and ARGV[4] == '1' then
  redis.call('DEL', KEYS[1])
else
  redis.call('SET', KEYS[1], dumps(ARGV[1], left))
end
return #left
"""


class AtomicRedisLockStore(RedisLockStore):
    """Rasa's ``RedisLockStore`` whose ticket changes are atomic Lua scripts (see the module docstring)."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        # Rasa builds a custom lock store as cls(endpoint_config=...); its own store gets
        # host=endpoint_config.url plus the other keys, and so does this one.
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)
        self._issue = self.red.register_script(_ISSUE)
        self._update = self.red.register_script(_UPDATE)
        self._finish = self.red.register_script(_FINISH)

    def _key(self, conversation_id: str) -> str:
        return self.key_prefix + conversation_id

    @staticmethod
    def _parse(serialised: Any) -> TicketLock | None:
        if not serialised:
            return None
        return TicketLock.from_dict(json.loads(serialised))

    def _issue_and_read(self, conversation_id: str, lock_lifetime: float) -> tuple[int, TicketLock]:
        now = time.time()
        try:
            number, serialised = self._issue(keys=[self._key(conversation_id)],
                                             args=[json.dumps(conversation_id), repr(now), repr(now + lock_lifetime)])
            lock = self._parse(serialised)
        except Exception as exc:  # noqa: BLE001 - as Rasa's issue_ticket: any failure means no ticket
            raise LockError(f"Error while acquiring lock. Error:\n{type(exc).__name__}: {exc}") from exc
        assert lock is not None  # the script has just written it
        return int(number), lock

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """Issue the next ticket for ``conversation_id`` in one atomic step (creates the lock if needed)."""
        return self._issue_and_read(conversation_id, lock_lifetime)[0]

    def _update_and_read(self, conversation_id: str) -> TicketLock | None:
        try:
            return self._parse(self._update(keys=[self._key(conversation_id)],
                                            args=[json.dumps(conversation_id), repr(time.time())]))
        except Exception as exc:  # noqa: BLE001 - fail closed: not served without knowing the lock
            raise LockError(f"Could not read the lock. Error:\n{type(exc).__name__}: {exc}") from exc

    def update_lock(self, conversation_id: str) -> None:
        """Remove expired tickets from the lock, atomically."""
        self._update_and_read(conversation_id)

    def _finish_ticket(self, conversation_id: str, ticket_number: int, delete_if_idle: bool) -> int:
        return int(self._finish(keys=[self._key(conversation_id)],
                                args=[json.dumps(conversation_id), repr(time.time()), str(ticket_number),
                                      "1" if delete_if_idle else "0"]))

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Remove ticket ``ticket_number`` (and expired ones) from the lock, atomically."""
        self._finish_ticket(conversation_id, ticket_number, delete_if_idle=False)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Finish the ticket and delete the lock if nobody waits, in one atomic step.

        A Redis error here comes after the turn was handled: it is logged, not raised (module docstring).
        """
        try:
            left = self._finish_ticket(conversation_id, ticket_number, delete_if_idle=True)
        except Exception as exc:  # noqa: BLE001 - the ticket expires by itself; the turn is done
            log.error("lock store: could not release a ticket (%s); it expires after its lifetime",
                      type(exc).__name__)
            return
        self._log_deletion(conversation_id, left == 0)

    @asynccontextmanager
    async def lock(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncGenerator[TicketLock, None]:
        """Rasa's ``LockStore.lock`` with the first "is it my turn" answered by the issuing script."""
        ticket, current = self._issue_and_read(conversation_id, lock_lifetime)
        try:
            yield await self._wait_for_turn(conversation_id, ticket, current, wait_time_in_seconds)
        finally:
            self.cleanup(conversation_id, ticket)

    async def _wait_for_turn(self, conversation_id: str, ticket: int, current: TicketLock | None,
                             wait_time_in_seconds: float) -> TicketLock:
        # Rasa stops when the lock vanished; with its own ticket expired but another still in the
        # lock it would poll on for ever (now_serving never reaches it). Both end here in LockError.
        while current is not None and any(t.number == ticket for t in current.tickets):
            if not current.is_locked(ticket):
                return current
            await asyncio.sleep(wait_time_in_seconds)
            current = self._update_and_read(conversation_id)
        raise LockError("Could not acquire lock for this conversation: the ticket expired while waiting.")
