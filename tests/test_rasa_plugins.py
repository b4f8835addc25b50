"""The plugins the Rasa server loads: event masking, the tracker store (in Rasa's own environment)
and the resolved endpoints."""

from __future__ import annotations

import os
import subprocess

import pytest

from bot.config import PROJECT_ROOT
from bot.rasa_plugins import endpoints
from bot.rasa_plugins.masking import MASK, mask_new_events

RASA_PYTHON = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"


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
    assert masked[1]["data"]["buttons"][0]["payload"] == "/affirm"
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


def test_slots_that_shape_predictions_are_never_masked() -> None:
    events = [{"event": "slot", "name": "flag", "value": v} for v in (True, False)]
    assert [e["value"] for e in mask_new_events(events, lambda name: False)] == [True, False]


def test_tracker_store_in_rasas_environment(tmp_path) -> None:
    if not RASA_PYTHON.exists():
        pytest.fail(".venv-rasa mangler: kjør `make setup`")
    env = dict(os.environ, KRISE_DATA_DIR=str(tmp_path), PYTHONPATH=str(PROJECT_ROOT),
               SQLALCHEMY_SILENCE_UBER_WARNING="1", TF_CPP_MIN_LOG_LEVEL="3")
    out = subprocess.run([str(RASA_PYTHON), str(PROJECT_ROOT / "tests" / "rasa_env" / "check_tracker_store.py")],
                         capture_output=True, text=True, timeout=300, env=env, cwd=PROJECT_ROOT)
    assert out.returncode == 0, out.stdout + out.stderr[-3000:]
    assert out.stdout.count("ok:") == 6, out.stdout


def test_endpoints_use_the_app_database_and_redis_only_when_set() -> None:
    rendered = endpoints.render(env={"ACTIONS_PORT": "6001", "DATABASE_URL": "sqlite:////data/krise.sqlite3"})
    assert rendered["action_endpoint"]["url"] == "http://127.0.0.1:6001/webhook"
    assert rendered["tracker_store"] == {"type": "bot.rasa_plugins.tracker_store.KriseTrackerStore",
                                         "url": "sqlite:////data/krise.sqlite3"}
    assert "lock_store" not in rendered
    rendered = endpoints.render(env={"DATABASE_URL": "postgresql+psycopg://u:p@db:5432/krise",
                                     "REDIS_URL": "redis://:s3cret@10.0.0.5:6380/2"})
    assert rendered["tracker_store"]["url"] == "postgresql+psycopg2://u:p@db:5432/krise"  # Rasa's driver
    assert rendered["lock_store"] == {"type": "redis", "url": "10.0.0.5", "port": 6380, "db": 2,
                                      "password": "s3cret", "key_prefix": "krise"}
    assert endpoints.render(env={"REDIS_URL": "redis://127.0.0.1"})["lock_store"]["password"] is None
    with pytest.raises(ValueError, match="REDIS_URL"):
        endpoints.render(env={"REDIS_URL": "http://x"})
