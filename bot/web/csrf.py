"""CSRF tokens: an HMAC of the session token (signed in) or of a random pre-session cookie (the login page).

Every form carries ``csrf_token``; a POST without the right one is refused with 403 before anything
else happens. The token is never stored: it is recomputed from the cookie it is bound to, so a
token from one session or browser is worthless in another.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from bot import keys

FIELD = "csrf_token"
HEADER = "X-CSRF-Token"
PRE_SESSION_COOKIE = "krise_csrf"


def _key() -> bytes:
    return hmac.new(keys.load_keyring().hash_key, b"web-csrf-key", hashlib.sha256).digest()


def token_for(binding: str) -> str:
    """The token for a session (``session:<token>``) or a pre-session cookie (``anon:<value>``)."""
    return hmac.new(_key(), binding.encode("utf-8"), hashlib.sha256).hexdigest()


def valid(submitted: object, binding: str | None) -> bool:
    if not binding or not isinstance(submitted, str) or len(submitted) != 64:
        return False
    return hmac.compare_digest(submitted, token_for(binding))


def new_pre_session_value() -> str:
    return secrets.token_urlsafe(32)
