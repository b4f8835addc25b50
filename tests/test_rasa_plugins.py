"""The plugins the Rasa server loads: event masking, the tracker store (in Rasa's own environment)
and the resolved endpoints."""

from __future__ import annotations

import os
import subprocess

import pytest

from bot.config import PROJECT_ROOT
from bot.rasa_plugins import endpoints
from bot.rasa_plugins.masking import MASK, SEALED, mask_new_events, unseal_events

RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"


def _rasa_env_check(script: str, **env: str) -> str:
    """Run ``tests/rasa_env/<script>`` with Rasa's Python (Rasa is only in .venv-rasa); its output, once it passed."""
    if not RASA_PYTHON.exists():
        pytest.fail(".venv-rasa mangler: kjør `make setup`")
    out = subprocess.run([str(RASA_PYTHON), str(PROJECT_ROOT / "tests" / "rasa_env" / script)],
                         capture_output=True, text=True, timeout=300, cwd=PROJECT_ROOT,
                         env=dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), TF_CPP_MIN_LOG_LEVEL="3", **env))
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    return out.stdout


def _all_maskable(name: str) -> bool:
    return True


def test_user_and_bot_text_is_masked_but_intents_and_buttons_stay() -> None:
    events = [
        {"event": "user", "text": "hun heter Kari", "metadata": {"chat": 5},
         "parse_data": {"text": "hun heter Kari", "intent": {"name": "inform", "confidence": 0.9},
                        "entities": [{"entity": "answer", "value": "Kari", "start": 10, "end": 14}],
                        "metadata": {"chat": 5}}},
        {"event": "bot", "text": "Journalnotat: Kari", "data": {"buttons": [{"title": "Ja", "payload": "/affirm"}]}},
        {"event": "action", "name": "action_x", "action_text": "Kari"},
        {"event": "entities", "entities": [{"entity": "answer", "value": "Kari"}]},
    ]
    masked = mask_new_events(events, _all_maskable)
    assert "Kari" not in repr(masked) and "5" not in repr([m.get("metadata") for m in masked])
    user = masked[0]
    assert user["text"] == MASK and user["parse_data"]["intent"] == {"name": "inform", "confidence": 0.9}
    assert user["parse_data"]["entities"] == [{"entity": "answer", "value": MASK}]
    assert masked[1]["data"]["buttons"][0]["payload"] == "/affirm"  # the intent of a button stays
    assert events[0]["text"] == "hun heter Kari"  # the input is not modified (Rasa still holds it)


@pytest.mark.parametrize("values,expected", [
    (["raw text", "telefon"], [MASK, "telefon"]),  # raw from_text value replaced in the same turn
    (["raw text", None], [MASK, None]),  # validation refused it
    (["telefon"], ["telefon"]),  # the current answer stays until it is replaced
    ([True, False], [MASK, False]),
])
def test_only_superseded_slot_values_are_masked(values, expected) -> None:
    events = [{"event": "slot", "name": "contact_mode", "value": v} for v in values]
    assert [e["value"] for e in mask_new_events(events, _all_maskable)] == expected


@pytest.mark.parametrize("value,kept", [
    ("tigrinja", True), ("telefon", True), ("tidligere_partner", True), ("K-7F3Q2A", True), (3, True),
    (True, True), (None, True), (["fysisk", "psykisk"], True),
    ("hun heter Kari Nordmann", False), ("Kari", False), ("Storgata 5", False), ("412 34 567", False),
    ({"navn": "Kari"}, False), (["fysisk", "Kari Nordmann"], False), ("a" * 65, False),
])
def test_a_current_slot_value_is_kept_only_when_it_is_a_code(value, kept) -> None:
    """Issue 15: the current value of a slot stays (the form reads it on the next turn) only when it
    cannot be typed text – a code, a number, a case ref; anything else is masked at once."""
    stored = mask_new_events([{"event": "slot", "name": "language", "value": value}], _all_maskable)[0]["value"]
    assert stored == (value if kept else MASK)


def _reversible(text: str) -> str:
    return text[::-1]


@pytest.mark.parametrize("value", ["han truet henne med kniv i går", {"navn": "Kari"}, ["fysisk", "Kari N"]])
def test_a_current_free_text_value_is_sealed_and_opens_again(value) -> None:
    """A free-text answer (why she calls now) must reach the record the form saves at its end: the
    latest value is sealed, not masked – and a superseded one is masked, not sealed."""
    events = [{"event": "slot", "name": "why_contact_now", "value": "først"},
              {"event": "slot", "name": "why_contact_now", "value": value}]
    stored = mask_new_events(events, _all_maskable, encrypt=_reversible)
    assert stored[0]["value"] == MASK
    assert isinstance(stored[1]["value"], str) and stored[1]["value"].startswith(SEALED)
    assert unseal_events(stored, _reversible)[1]["value"] == value


def test_a_sealed_value_that_no_longer_opens_is_the_mask() -> None:
    def broken(token: str) -> str:
        raise ValueError("no key")

    stored = mask_new_events([{"event": "slot", "name": "worst_fear", "value": "at han finner henne"}],
                             _all_maskable, encrypt=_reversible)
    assert unseal_events(stored, broken)[0]["value"] == MASK


def test_metadata_sent_to_rest_does_not_land_in_a_slot() -> None:
    """Rasa copies a new session's message metadata into ``session_started_metadata``."""
    events = [{"event": "slot", "name": "session_started_metadata", "value": {"navn": "Kari Nordmann"}},
              {"event": "session_started"}]
    assert "Kari" not in repr(mask_new_events(events, _all_maskable))
    assert "Kari" not in repr(mask_new_events(events, _all_maskable, encrypt=_reversible))  # masked, not sealed


def test_bot_messages_keep_no_feedback_token_or_source() -> None:
    """The 👍/👎 token and the cited subsection would join the answer log to the conversation."""
    events = [{"event": "bot", "text": "Svar fra veilederen", "data": {
        "buttons": [{"title": "👍 Nyttig", "payload": '/feedback{"answer_ref": "tok3nXYZ", "vote": "up"}'},
                    {"title": "Se også: Slik bestiller du tolk",
                     "payload": '/choose_entry{"entry_id": "under-oppholdet/tolk/slik"}'}],
        "custom": {"sources": [{"id": "under-oppholdet/tolk/slik", "title": "Slik bestiller du tolk"}]}}}]
    masked = repr(mask_new_events(events, _all_maskable))
    for secret in ("tok3nXYZ", "under-oppholdet", "Slik bestiller"):
        assert secret not in masked
    buttons = mask_new_events(events, _all_maskable)[0]["data"]["buttons"]
    assert [b["payload"] for b in buttons] == ["/feedback", "/choose_entry"]


def test_slots_that_shape_predictions_are_never_masked() -> None:
    events = [{"event": "slot", "name": "flag", "value": v} for v in (True, False)]
    assert [e["value"] for e in mask_new_events(events, lambda name: False)] == [True, False]


def test_tracker_store_in_rasas_environment(tmp_path) -> None:
    from bot import setup

    setup.ensure_keys(tmp_path)  # as on a real machine: set-up makes the keys, the server never does
    out = _rasa_env_check("check_tracker_store.py", KRISE_DATA_DIR=str(tmp_path), SQLALCHEMY_SILENCE_UBER_WARNING="1")
    assert out.count("ok:") == 12, out


def test_endpoints_use_the_app_database_and_redis_only_when_set() -> None:
    rendered = endpoints.render(env={"ACTIONS_PORT": "6001", "DATABASE_URL": "sqlite:////data/krise.sqlite3"})
    assert rendered["action_endpoint"]["url"] == "http://127.0.0.1:6001/webhook"
    assert rendered["tracker_store"] == {"type": "bot.rasa_plugins.tracker_store.KriseTrackerStore",
                                         "url": "sqlite:////data/krise.sqlite3"}
    assert "lock_store" not in rendered
    rendered = endpoints.render(env={"DATABASE_URL": "postgresql+psycopg://u:p@db:5432/krise",
                                     "REDIS_URL": "redis://:s3cret@10.0.0.5:6380/2"})
    assert rendered["tracker_store"]["url"] == "postgresql+psycopg2://u:p@db:5432/krise"  # Rasa's driver
    # Rasa's Redis lock, made atomic (bot/rasa_plugins/lock_store.py), built from the same settings
    assert rendered["lock_store"] == {"type": "bot.rasa_plugins.lock_store.AtomicRedisLockStore", "url": "10.0.0.5",
                                      "port": 6380, "db": 2, "password": "s3cret", "key_prefix": "krise"}
    assert endpoints.render(env={"REDIS_URL": "redis://127.0.0.1"})["lock_store"]["password"] is None
    with pytest.raises(ValueError, match="REDIS_URL"):
        endpoints.render(env={"REDIS_URL": "http://x"})


def test_action_calls_in_rasas_environment() -> None:
    out = _rasa_env_check("check_action_calls.py")
    assert out.count("ok:") == 3, out


def test_action_calls_over_kept_connections_in_rasas_environment() -> None:
    """bot.rasa_plugins.action_client against a real HTTP server: same requests and answers, one
    connection, the same errors for an error status, a refused connection and a server gone."""
    out = _rasa_env_check("check_action_client.py")
    assert out.count("ok:") == 6, out


def test_guide_prefetch_from_the_router_in_rasas_environment() -> None:
    """bot.rasa_plugins.prefetch: the router sends the text of a message it routes to the guide to
    the action server on loopback, and nothing for a greeting, a command or a server elsewhere."""
    out = _rasa_env_check("check_prefetch.py")
    assert out.count("ok:") == 4, out


def test_slot_copies_in_rasas_environment() -> None:
    """bot.rasa_plugins.slot_copy: the same shallow slot copies and trackers as copy.copy's generic path."""
    out = _rasa_env_check("check_slot_copy.py")
    assert out.count("ok:") == 3, out
