"""/handover – «Vaktrapport»: what happened since a time (default: the start of the current shift).

A staff member sees her own work, a leader everyone's: cases saved with their red flags, mappings
done, dialogues paused and not finished, and questions the guide could not answer. Printable.
Viewing it is audited (it lists case refs and their red flags).
"""

from __future__ import annotations

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from bot.dialogue.labels import record_labels
from bot.storage import audit_trail, db, workspace
from bot.storage.models import utcnow
from bot.storage.web_access import SignedIn
from bot.web import auth, texts
from bot.web.identity import draft_owner, staff_key
from bot.web.pages import render
from bot.web.timefmt import input_value, parse_local_datetime, shift_start


@auth.page()
def handover(request: Request, staff: SignedIn, form: FormData | None) -> Response:
    settings = request.app.state.settings
    now = utcnow()
    default = shift_start(now, settings.shifts, settings.timezone)
    since = parse_local_datetime(request.query_params.get("fra"), settings.timezone) or default
    since = min(since, now)
    everyone = staff.is_leader and request.query_params.get("bare") != "mine"
    owner = None if everyone else workspace.Owner(staff_key(staff.code), draft_owner(staff.code))
    with db.session_scope() as session:
        report = workspace.handover(session, since, owner)
        audit_trail.record_audit(session, "handover_viewed", actor=staff.code, detail={
            "channel": "web", "cases": len(report.cases), "mappings": len(report.mappings), "everyone": everyone})
    _, safety_labels, codes = record_labels()
    return render(request, "handover.html", staff, report=report, since_value=input_value(since, settings.timezone),
                  is_default=since == default, everyone=everyone, safety_labels=safety_labels, codes=codes,
                  draft_names=texts.DRAFT_NAMES, now=now)
