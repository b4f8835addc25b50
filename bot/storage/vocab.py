"""Allowed values of the structured records (CONTRACTS.md §4) and their validation.

Kept apart from the ORM so the dialogue code can import the vocabularies without a database, and so
every write path (actions, botctl, tests) goes through the same checks before anything is stored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

CONTACT_MODES = ("telefon", "oppmote", "brakt_av_politiet", "brakt_av_annen_tjeneste", "annet")
VIOLENCE_FORMS = (
    "fysisk", "psykisk", "seksuell", "materiell", "okonomisk", "digital", "latent",
    "aeresrelatert", "tvangsekteskap", "kjonnslemlestelse", "menneskehandel",
)
PERPETRATOR_RELATIONS = ("partner", "tidligere_partner", "forelder", "barn", "annen_familie", "annen")
HELP_NEEDED = ("botilbud", "dagtilbud", "informasjon", "henvisning")

# Order matters: it is the key order of ``triage`` in the export.
TRIAGE_KEYS = (
    "contact_mode", "acute_danger", "interpreter_needed", "language", "violence_forms",
    "perpetrator_relation", "children_count", "children_with_perpetrator", "help_needed", "going_home",
)

SAFETY_FLAGS = (
    "escalation", "threats_to_kill", "weapon_access", "strangulation", "sexual_violence",
    "stalking_or_surveillance", "breached_restraining_order", "perpetrator_substance_use",
    "perpetrator_mental_health", "children_exposed", "recent_separation", "honour_related",
    "feared_for_life",
)
# ``recommended`` is an open set of codes (today's: ``bot.dialogue.outcome.MEASURES``), so it is not enforced here;
# other first-contact and mapping answers go to the ``details`` JSON column, named by the dialogue schema.
SAFETY_LISTS = ("red_flags", "recommended")

STAFF_ROLES = ("ansatt", "leder", "admin")
SYSTEM_ACTOR = "system"
CLI_ACTOR_PREFIX = "cli:"  # botctl run by an operating-system account: "cli:<login>"

CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,47}$")
STAFF_CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,15}$")
CLI_ACTOR_RE = re.compile(r"^cli:[a-z_][a-z0-9_.-]{0,31}$")
# A staff member acting through botctl (KRISE_ACTOR), with the operating-system account that ran it.
STAFF_CLI_ACTOR_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,15}/cli:[a-z_][a-z0-9_.-]{0,31}$")
CONVERSATION_KEY_RE = re.compile(r"^[0-9a-f]{64}$")
# Audit strings must be codes, never prose: free text is where names and addresses would leak.
_AUDIT_TOKEN_RE = re.compile(r"^[A-Za-z0-9_.:\-]{0,64}$")

MAX_LANGUAGE_LEN = 64
MAX_DETAIL_TEXT_LEN = 1000
MAX_JOURNAL_LEN = 20_000

Scalar = str | int | float | bool | None


def _bool_or_none(key: str, value: Any) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise ValueError(f"{key} must be true, false or null, got {value!r}")


def _choice(key: str, value: Any, allowed: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value in allowed:
        return value
    raise ValueError(f"{key} must be one of {', '.join(allowed)} or null, got {value!r}")


def _choice_list(key: str, value: Any, allowed: tuple[str, ...]) -> list[str] | None:
    """A list of allowed codes, duplicates dropped, first occurrence kept (order is meaningful)."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple)):
        raise ValueError(f"{key} must be a list or null, got {type(value).__name__}")
    result: list[str] = []
    for item in value:
        if not isinstance(item, str) or item not in allowed:
            raise ValueError(f"{key}: {item!r} is not one of {', '.join(allowed)}")
        if item not in result:
            result.append(item)
    return result


def _count(key: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{key} must be a whole number >= 0 or null, got {value!r}")
    return value


def _language(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"language must be text or null, got {type(value).__name__}")
    text = value.strip()
    if len(text) > MAX_LANGUAGE_LEN:
        raise ValueError(f"language is longer than {MAX_LANGUAGE_LEN} characters")
    return text or None


def _detail_value(key: str, value: Any) -> Scalar | list[Scalar]:
    """Details are JSON scalars or flat lists, so the export stays a simple, predictable shape."""
    if isinstance(value, (list, tuple)):
        return [_detail_scalar(key, item) for item in value]
    return _detail_scalar(key, value)


def _detail_scalar(key: str, value: Any) -> Scalar:
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        if len(value) > MAX_DETAIL_TEXT_LEN:
            raise ValueError(f"{key}: text longer than {MAX_DETAIL_TEXT_LEN} characters")
        return value
    raise ValueError(f"{key}: unsupported value type {type(value).__name__}")


def check_code(kind: str, value: Any) -> str:
    """A snake_case code (detail key, measure, audit action)."""
    if not isinstance(value, str) or not CODE_RE.match(value):
        raise ValueError(f"{kind} must be a snake_case code, got {value!r}")
    return value


_TRIAGE_CHECKS = {
    "contact_mode": lambda v: _choice("contact_mode", v, CONTACT_MODES),
    "acute_danger": lambda v: _bool_or_none("acute_danger", v),
    "interpreter_needed": lambda v: _bool_or_none("interpreter_needed", v),
    "language": _language,
    "violence_forms": lambda v: _choice_list("violence_forms", v, VIOLENCE_FORMS),
    "perpetrator_relation": lambda v: _choice("perpetrator_relation", v, PERPETRATOR_RELATIONS),
    "children_count": lambda v: _count("children_count", v),
    "children_with_perpetrator": lambda v: _bool_or_none("children_with_perpetrator", v),
    "help_needed": lambda v: _choice_list("help_needed", v, HELP_NEEDED),
    "going_home": lambda v: _bool_or_none("going_home", v),
}
assert tuple(_TRIAGE_CHECKS) == TRIAGE_KEYS


def normalise_triage(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a flat triage mapping into (contract columns, extra details), validating both.

    Extra answers are accepted under any snake_case key because the dialogue grows faster than the
    schema; the contract keys themselves are strictly typed.
    """
    if not isinstance(values, Mapping):
        raise ValueError(f"triage must be a mapping, got {type(values).__name__}")
    core: dict[str, Any] = {}
    details: dict[str, Any] = {}
    for key, value in values.items():
        if key in _TRIAGE_CHECKS:
            core[key] = _TRIAGE_CHECKS[key](value)
        elif key == "details":
            raise ValueError("pass extra triage answers as top-level keys, not under 'details'")
        else:
            details[check_code("triage detail key", key)] = _detail_value(key, value)
    return core, details


def normalise_safety(values: Mapping[str, Any], allow_details: bool = False) -> dict[str, Any]:
    """Validate a (partial) safety mapping. Consistency of red_flags is checked by the caller on
    the merged record, since a partial update may set the flags and the list separately.

    With ``allow_details`` other snake_case keys (answers beyond the 13 flags) come back under
    ``details``, validated like triage details; without it they are an error.
    """
    if not isinstance(values, Mapping):
        raise ValueError(f"safety must be a mapping, got {type(values).__name__}")
    result: dict[str, Any] = {}
    details: dict[str, Any] = {}
    for key, value in values.items():
        if allow_details and key not in SAFETY_FLAGS and key not in SAFETY_LISTS:
            details[check_code("safety detail key", key)] = _detail_value(key, value)
            continue
        if key in SAFETY_FLAGS:
            result[key] = _bool_or_none(key, value)
        elif key == "red_flags":
            result[key] = _choice_list(key, [] if value is None else value, SAFETY_FLAGS)
        elif key == "recommended":
            if value is None:
                value = []
            if not isinstance(value, (list, tuple)):
                raise ValueError(f"recommended must be a list, got {type(value).__name__}")
            codes: list[str] = []
            for item in value:
                if check_code("recommended measure", item) not in codes:
                    codes.append(item)
            result[key] = codes
        else:
            raise ValueError(f"unknown safety key {key!r}")
    if allow_details:
        result["details"] = details
    return result


def check_red_flags(flags: Mapping[str, bool | None], red_flags: list[str]) -> None:
    """Red flags are the mapped keys that are true (CONTRACTS.md §4): anything else is a bug."""
    not_true = [flag for flag in red_flags if flags.get(flag) is not True]
    if not_true:
        raise ValueError(f"red_flags lists keys that are not true: {', '.join(not_true)}")


def check_role(role: Any) -> str:
    if role not in STAFF_ROLES:
        raise ValueError(f"role must be one of {', '.join(STAFF_ROLES)}, got {role!r}")
    return role


def normalise_staff_code(code: Any) -> str:
    if not isinstance(code, str) or not STAFF_CODE_RE.match(code.strip().upper()):
        raise ValueError(f"staff code must be 2-16 letters, digits, '-' or '_', got {code!r}")
    return code.strip().upper()


def check_actor(actor: Any) -> str:
    """``system``, a staff code, ``cli:<login>`` (who ran botctl) or ``<staff code>/cli:<login>``."""
    if actor == SYSTEM_ACTOR or (isinstance(actor, str) and (CLI_ACTOR_RE.match(actor)
                                                              or STAFF_CLI_ACTOR_RE.match(actor))):
        return actor
    return normalise_staff_code(actor)


def check_audit_detail(detail: Mapping[str, Any] | None) -> dict[str, Any]:
    """Audit rows outlive the cases they describe, so they may hold codes and counts only."""
    if detail is None:
        return {}
    if not isinstance(detail, Mapping):
        raise ValueError("audit detail must be a mapping")
    clean: dict[str, Any] = {}
    for key, value in detail.items():
        check_code("audit detail key", key)
        items = value if isinstance(value, (list, tuple)) else [value]
        for item in items:
            if isinstance(item, str) and not _AUDIT_TOKEN_RE.match(item):
                raise ValueError(f"audit detail {key!r} must hold codes, not free text")
            if item is not None and not isinstance(item, (str, bool, int, float)):
                raise ValueError(f"audit detail {key!r}: unsupported type {type(item).__name__}")
        clean[key] = list(value) if isinstance(value, (list, tuple)) else value
    return clean


def normalise_ref(ref: str) -> str:
    """Refs are read aloud and typed by hand: accept any case and surrounding spaces."""
    if not isinstance(ref, str) or not ref.strip():
        raise ValueError("case ref must be a non-empty string")
    return ref.strip().upper()
