"""The storage layer masks identifiers in every free-text value it writes (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import Engine, text

from bot.storage import case_export, case_records, case_store, db, drafts

PHONE = "412 34 567"
EMAIL = "kari.nordmann@example.no"
ADDRESS = "Storgata 12"


def _all_text(engine: Engine) -> str:
    """Every value of every row of every table, as one string."""
    from bot.storage.models import Base

    chunks = []
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(text(f"SELECT * FROM {table.name}")):
                chunks.append(repr(tuple(row)))
    return "\n".join(chunks)


def test_case_writes_are_masked(engine: Engine, example_triage: dict) -> None:
    triage = {**example_triage, "language": f"arabisk (tolk på {PHONE})",
              "children_location": f"hos faren i {ADDRESS}", "notes_list": [EMAIL, "2 barn"]}
    with db.session_scope() as session:
        ref = case_store.create_case(session, triage).ref
        case_records.save_triage(session, ref, {"help_needed": ["botilbud"], "extra": f"ring {PHONE}"})
        case_records.save_journal_note(session, ref, f"Ring {PHONE} eller skriv til {EMAIL}. 2 barn, kl. 03.")
    exported = case_export.export_cases()[0]
    assert exported["triage"]["language"] == "arabisk (tolk på [telefon])"
    assert exported["triage"]["children_location"] == "hos faren i [adresse]"
    assert exported["triage"]["notes_list"] == ["[e-post]", "2 barn"]
    assert exported["triage"]["extra"] == "ring [telefon]"
    assert exported["journal_note"] == "Ring [telefon] eller skriv til [e-post]. 2 barn, kl. 03."
    assert exported["triage"]["contact_mode"] == "telefon"  # codes pass unchanged
    stored = _all_text(engine)
    for secret in (PHONE, EMAIL, ADDRESS):
        assert secret not in stored


def test_draft_answers_are_masked(engine: Engine) -> None:
    with db.session_scope() as session:
        drafts.save_draft(session, "tg-abc", {"contact_mode": "telefon", "children_count": 2,
                                              "language": f"polsk, {EMAIL}"})
    with db.session_scope() as session:
        assert drafts.load_draft(session, "tg-abc") == {"contact_mode": "telefon", "children_count": 2,
                                                        "language": "polsk, [e-post]"}
    assert EMAIL not in _all_text(engine)


def test_masking_never_pushes_a_value_past_its_limit(engine: Engine, example_triage: dict) -> None:
    """A 60-character language with a phone number in it still fits the 64-character column."""
    language = "x" * 50 + " 41234567"
    with db.session_scope() as session:
        ref = case_store.create_case(session, {**example_triage, "language": language}).ref
    assert case_export.export_cases()[0]["ref"] == ref
    assert case_export.export_cases()[0]["triage"]["language"].endswith("[telefon]")


def test_safety_mapping_text_is_masked(engine: Engine, example_triage: dict) -> None:
    from bot.storage import vocab

    flags = {flag: None for flag in vocab.SAFETY_FLAGS}
    with db.session_scope() as session:
        ref = case_store.create_case(session, example_triage).ref
        case_records.save_safety_mapping(session, ref, {**flags, "red_flags": [], "recommended": [],
                                                      "weapon_note": f"han har våpen, ring {PHONE}"},
                                       plan_text=f"Trygt sted: {ADDRESS}. Kontakt {EMAIL}.")
    stored = _all_text(engine)
    for secret in (PHONE, EMAIL, ADDRESS):
        assert secret not in stored
    # masked, then encrypted: the masks show only once decrypted
    assert "[telefon]" not in stored and "Trygt sted" not in stored
    case = case_export.export_cases()[0]
    assert case["safety"]["weapon_note"] == "han har våpen, ring [telefon]"
    assert case["safety_plan"] == "Trygt sted: [adresse]. Kontakt [e-post]."
