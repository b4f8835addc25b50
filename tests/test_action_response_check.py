"""The Rasa server's action-response check (bot/nlu/action_response_check.py), run in the Rasa venv."""

from __future__ import annotations

import subprocess

from bot.config import PROJECT_ROOT


def _in_rasa_env(script: str) -> str:
    """Run ``script`` with Rasa's Python (Rasa is only in .venv-rasa), in a bare environment; its output once it
    passed."""
    python = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"
    out = subprocess.run([str(python), "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300,
                         env={"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin", "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


SCRIPT = r"""
import jsonschema
from jsonschema.validators import validator_for
import bot.nlu  # installs the check, as the Rasa server does when it loads the NLU components
from rasa.core.actions.action import RemoteAction

spec = RemoteAction.action_response_format_spec()
cls = validator_for(spec)
calls = []
original = cls.check_schema
cls.check_schema = classmethod(lambda c, s, **kw: (calls.append(1), original(s, **kw)))
from jsonschema import validate  # what Rasa does at each call
for _ in range(3):
    validate({"events": [{"event": "slot", "name": "x", "value": 1}], "responses": [{"text": "hei"}]},
             RemoteAction.action_response_format_spec())
try:
    validate({"events": "not a list"}, spec)
    raise SystemExit("an invalid response was accepted")
except jsonschema.ValidationError:
    pass
print("schema checks:", len(calls))
"""


def test_schema_checked_once_and_responses_still_validated():
    stdout = _in_rasa_env(SCRIPT)
    assert "schema checks: 1" in stdout


EVENTS_SCRIPT = r"""
import copy, json
import jsonschema
original = jsonschema.validate  # before the project's check is installed
import bot.nlu
from bot.nlu import action_response_check as check
from rasa.core.actions.action import RemoteAction

spec = RemoteAction.action_response_format_spec()
assert jsonschema.validate is check.validate
assert check._items_only(spec), "Rasa's schema changed: events are no longer checked item by item"
slots = [{"event": "slot", "name": f"s{i}", "value": None, "timestamp": None} for i in range(40)]
reply = [{"text": "Lagret som sak K-7F3Q2A", "buttons": []}]
checked = []
real_iter = None
import jsonschema.validators as V
cls = V.validator_for(spec)
real_iter = cls.iter_errors
def counting(self, instance, *a, **k):
    if isinstance(instance, dict) and "events" in instance:
        checked.append(len(instance["events"]))
    return real_iter(self, instance, *a, **k)
cls.iter_errors = counting

jsonschema.validate({"events": slots, "responses": reply}, spec)
jsonschema.validate({"events": [*slots, {"event": "slot", "name": "x", "value": "K-1", "timestamp": None}],
                     "responses": reply}, spec)
print("events checked:", checked[-2:])  # before them: the schema check (its own dicts)

def error_of(fn, instance):
    try:
        fn(copy.deepcopy(instance), spec)
    except jsonschema.ValidationError as e:
        return (e.message, list(e.absolute_path), e.validator)
    return None

bad = [
    {"events": [*slots, {"event": "slot"}]},                          # a slot event without its name
    {"events": [*slots[:3], {"event": "no_such_event"}, *slots[3:]]},  # an unknown event among known ones
    {"events": [*slots, 5]},
    {"events": "not a list"},
    {"events": slots, "responses": "not a list"},
    {"events": slots, "responses": [1]},
    [1, 2],
]
for instance in bad:
    got, want = error_of(check.validate, instance), error_of(original, instance)
    assert want is not None and got == want, (instance if not isinstance(instance, dict) else list(instance), got, want)
    assert error_of(check.validate, instance) == want  # the bad event was not remembered as valid
for instance in ({"events": slots}, {"events": []}, {}, {"responses": reply}):
    assert error_of(check.validate, instance) is None and error_of(original, instance) is None
print("same errors")
"""


def test_events_that_passed_are_not_checked_again_and_bad_responses_fail_as_before():
    stdout = _in_rasa_env(EVENTS_SCRIPT)
    assert "events checked: [40, 1]" in stdout  # the second response: only the new event
    assert "same errors" in stdout


REMEMBERED_SCRIPT = r"""
import copy
import jsonschema
original = jsonschema.validate  # before the project's check is installed
import bot.nlu
from bot.nlu import action_response_check as check
from rasa.core.actions.action import RemoteAction
import jsonschema.validators as V

spec = RemoteAction.action_response_format_spec
cls = V.validator_for(spec())
made = []
real_init = cls.__init__
def counting_init(self, *a, **k):
    if (a[0] if a else k.get("schema")) == spec():  # a validator of the whole response (not one of its parts)
        made.append(1)
    real_init(self, *a, **k)
cls.__init__ = counting_init

def error_of(fn, instance, schema):
    try:
        fn(copy.deepcopy(instance), schema)
    except jsonschema.ValidationError as e:
        return (e.message, list(e.absolute_path), e.validator)
    return None

reply = {"events": [], "responses": [{"text": "Svar", "buttons": [{"title": "👍", "payload": "/feedback"}]}]}
for _ in range(5):
    check.validate(reply, spec())  # a new dict every time, as Rasa passes it
print("validators made:", len(made))
# another schema after the remembered one is checked against itself, not the remembered one
strict = spec()
strict["properties"]["responses"] = {"type": "array", "maxItems": 0}
assert error_of(original, reply, strict) is not None
assert error_of(check.validate, reply, strict) == error_of(original, reply, strict)
texts_only = copy.deepcopy(spec())
texts_only["properties"]["responses"]["items"] = {"type": "string"}
assert error_of(check.validate, reply, texts_only) == error_of(original, reply, texts_only) is not None
# and Rasa's again: valid, and an invalid response still fails as before
assert error_of(check.validate, reply, spec()) is None
for bad in ({"events": [], "responses": [1]}, {"events": "x"}, {"responses": {"text": "x"}}):
    assert error_of(check.validate, bad, spec()) == error_of(original, bad, spec()) is not None, bad
print("checked against the schema passed")
"""


def test_the_validator_of_rasas_schema_is_made_once_and_other_schemas_are_their_own():
    stdout = _in_rasa_env(REMEMBERED_SCRIPT)
    assert "validators made: 1" in stdout
    assert "checked against the schema passed" in stdout
