"""Storage layer: case records, staff enrolment and the audit trail (CONTRACTS.md §4).

Modules have one job each: ``vocab`` (allowed values), ``models`` (tables), ``db`` (engine and
transactions), ``migrate`` (Alembic); what actions, botctl and the web call, by concern:
``case_store`` (open, find, list, delete cases), ``case_records`` (the triage, safety mapping and
journal note saved in a case), ``case_export`` (the §4 export shape), ``retention`` (purge),
``staff_store`` (enrolment), ``audit_trail``, ``drafts``, ``invites``, ``feedback``, ``workspace``.
Functions take an open ``Session`` and never commit, so a caller groups writes in one
``db.session_scope()``.
"""
