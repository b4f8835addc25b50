"""Storage layer: case records, staff enrolment and the audit trail (CONTRACTS.md §4).

Modules have one job each: ``vocab`` (allowed values), ``models`` (tables), ``db`` (engine and
transactions), ``repository`` (the functions actions and botctl call), ``migrate`` (Alembic).
"""
