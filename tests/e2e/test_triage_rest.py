"""A whole first contact over REST in free text, then the exported record checked field by field."""

from __future__ import annotations

import secrets

import pytest

from bot.channels.rest_client import send
from tests.e2e.dialogue import export, stored_actions, texts

pytestmark = pytest.mark.e2e


def test_first_contact_in_free_text_is_stored_per_contract(bot_and_database):
    rasa_url, e2e_database_url = bot_and_database
    sender = "e2e-triage-" + secrets.token_hex(4)

    def say(text):
        return texts(send(sender, text, url=rasa_url))

    before = export(e2e_database_url)  # other tests share the served database
    assert "Hvordan kom kontakten" in say("ny henvendelse")
    assert "akutt fare" in say("hun ringte")
    assert "tolk" in say("nei").lower()
    assert "akkurat nå" in say("trenger tolk på arabisk")  # the language comes along; then «why now»
    # a guide question in the middle is answered, and the same question comes back
    middle = send(sender, "hvordan bestiller jeg tolk?", url=rasa_url)
    assert [m["custom"]["sources"][0]["id"] for m in middle if "custom" in m] == [
        "under-oppholdet-botilbudet/nar-den-utsatte-trenger-tolk/slik-bestiller-du-tolk"]
    assert "akkurat nå" in texts(middle)
    assert "Hvorfor:" in say("hvorfor spør vi om dette?")
    assert "redd for" in say("han truet henne med kniv i går")
    assert "vold" in say("mannen hennes").lower()
    assert "fikk jeg ikke til å lese" in say("asdkjh qwe")  # nonsense is re-asked, nothing stored
    assert "verre eller hyppigere" in say("psykisk og fysisk vold")
    assert "søker hjelp" in say("det har blitt verre")
    assert "politiet" in say("nei, han vet ikke at hun tar kontakt")
    assert "barn" in say("det vil hun ikke svare på")  # a refusal: unknown, never «nei»
    assert "redd for sitt eget liv" in say("to barn, de er hos faren nå")  # where they are comes along
    tentative = say("tror det")  # a hedge is read back once
    assert "det er usikkert" in tentative and "redd for sitt eget liv" in tentative
    assert "Hvilken informasjon" in say("ja")
    assert "hjelpe med" in say("alt")
    assert "dra hjem" in say("trenger et sted å bo i natt")
    assert "registrert" in say("nei")
    assert "skriftlig eller muntlig" in say("ja, hun samtykker")
    summary = say("skriftlig")
    assert "Oppsummering" in summary and "Antall barn: 2" in summary
    assert "Ikke avklart (lagres som ukjent): politiet kjenner saken." in summary
    assert export(e2e_database_url) == before  # nothing stored before the summary is confirmed
    assert "barn" in say("endre antall barn").lower()
    assert "Antall barn: 3" in say("tre barn")
    saved = say("ja")
    assert "Lagret som sak K-" in saved and "Journalnotat" in saved and "Ikke avklart" in saved
    # The saving turn runs the actions the rules name, the last two as follow-ups: Rasa's policies ran
    # once in it, not three times (issue 18).
    assert stored_actions(e2e_database_url, sender)[-3:] == [
        ("triage_form", "RulePolicy"), ("action_submit_triage", "followup_action"), ("action_listen", "followup_action")]
    assert say("hei").startswith("Hei! Jeg er Krisesenterassistenten")  # and the conversation goes on as before
    assert stored_actions(e2e_database_url, sender)[-2:] == [("utter_greet", "RulePolicy"),
                                                             ("action_listen", "RulePolicy")]

    cases = export(e2e_database_url)
    assert len(cases) == len(before) + 1
    case = cases[0]  # newest first
    assert case["ref"].startswith("K-") and case["ref"] in saved
    assert set(case) >= {"ref", "created_at", "updated_at", "triage", "safety", "journal_note"}
    t = case["triage"]
    assert t["contact_mode"] == "telefon"
    assert t["acute_danger"] is False
    assert t["interpreter_needed"] is True and t["language"] == "arabisk"
    assert t["perpetrator_relation"] == "partner" and t["perpetrator_relations"] == ["partner"]
    assert t["feared_persons"] == ["ektemann"] and t["why_contact_now"] == "han truet henne med kniv i går"
    assert sorted(t["violence_forms"]) == ["fysisk", "psykisk"]
    assert t["perpetrator_knows"] is False and t["police_aware"] is None and t["unresolved"] == ["police_aware"]
    assert t["children_count"] == 3 and t["children_with_perpetrator"] is True  # kept when the count changed
    assert t["feared_for_life"] is True and t["information_given"] == [
        "tilbudet", "taushetsplikt", "opplysningsplikt_barnevern", "samtykke_politi", "gratis_uten_henvisning"]
    assert t["help_needed"] == ["botilbud"]
    assert t["going_home"] is False and t["registration_consent"] is True and t["consent_form"] == "skriftlig"
    assert case["journal_note"].startswith("Journalnotat – første henvendelse")
    assert "veilederens «Første henvendelse»" in case["journal_note"]


def test_pause_and_resume_over_rest(rasa_url):
    sender = "e2e-pause-" + secrets.token_hex(4)
    send(sender, "ny henvendelse", url=rasa_url)
    send(sender, "han møtte opp selv", url=rasa_url)
    assert "pause" in texts(send(sender, "pause", url=rasa_url)).lower()
    resumed = texts(send(sender, "fortsett", url=rasa_url))
    assert "fortsetter" in resumed and "akutt fare" in resumed
    assert "Vil du avbryte" in texts(send(sender, "avbryt", url=rasa_url))  # asks before discarding
    assert "Avbrutt" in texts(send(sender, "ja", url=rasa_url))
