"""Hostile input through the REST channel (hypothesis: 300 messages per run under the «ci» profile,
1,000 under «thorough»; see tests/conftest.py) against the real servers: never a server error, never
an empty reply, always Norwegian, never an action's error reply."""

from __future__ import annotations

import secrets

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import errors
from bot.rasa_plugins.replies import ACTIONS_DOWN, DATABASE_DOWN, FAILED
from tests.hostile import looks_norwegian, messages

pytestmark = pytest.mark.e2e

# A handful of conversations, so hostile input also lands in the middle of forms and menus.
SENDERS = [f"e2e-hostile-{secrets.token_hex(3)}-{i}" for i in range(6)]
NEVER = {FAILED, ACTIONS_DOWN, DATABASE_DOWN, *errors.REPLIES.values()}


@settings(deadline=None, database=None,  # max_examples: the loaded profile
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(message=messages, sender=st.sampled_from(SENDERS))
def test_hostile_input_through_rest(isolated_rasa_url: str, message: str, sender: str) -> None:
    answer = requests.post(isolated_rasa_url + "/webhooks/rest/webhook", json={"sender": sender, "message": message},
                           timeout=120)
    assert answer.status_code == 200, (answer.status_code, answer.text[:300])
    replies = answer.json()
    texts = [m.get("text") or "" for m in replies]
    assert any(t.strip() for t in texts), replies
    joined = "\n".join(texts)
    assert looks_norwegian(joined), joined[:300]
    assert not NEVER.intersection(texts), joined[:300]
    assert "Traceback" not in joined and "Exception" not in joined


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'{"message": "hei"}', b'{"sender": "", "message": "x"}',
                                  b'{"sender": "s", "message": 5}', b'{"sender": ["x"], "message": "hei"}'])
def test_malformed_requests_get_400_in_norwegian(rasa_url: str, body: bytes) -> None:
    answer = requests.post(rasa_url + "/webhooks/rest/webhook", data=body, timeout=30,
                           headers={"Content-Type": "application/json"})
    assert answer.status_code == 400
    assert looks_norwegian(answer.json()["feil"])
