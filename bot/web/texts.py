"""What the workspace itself says outside the templates, in one place (replies come from Rasa)."""

from __future__ import annotations

NOT_SIGNED_IN = "Du er ikke logget inn."
LEADERS_ONLY = "Denne siden er bare for ledere. Spør lederen på vakt."
ACCESS_UNAVAILABLE = ("Tilgangen kan ikke kontrolleres akkurat nå (databasen svarer ikke), så siden vises ikke. "
                      "Prøv igjen om litt. Er noen i fare: ring 112.")
CSRF_FAILED = ("Skjemaet kunne ikke sendes (sikkerhetskoden manglet eller var gammel). Gå tilbake, last siden "
               "på nytt og prøv igjen.")
BAD_FORM = "Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen."
INTERNAL_ERROR = "Beklager, noe gikk galt her. Ingenting er lagret halvveis; prøv igjen. Er noen i fare: ring 112."
NOT_FOUND = "Siden finnes ikke."

LOGIN_REASONS = {
    "utlopt": "Økten din er utløpt. Logg inn igjen.",
    "avsluttet": "Økten din er avsluttet (logget ut et annet sted, eller tilgangen er endret). Logg inn igjen.",
    "fjernet": "Tilgangen din er fjernet. Snakk med lederen hvis det er feil.",
    "ut": "Du er logget ut.",
    "overalt": "Du er logget ut på alle enheter.",
}
SIGN_IN_FAILED = "Feil ansattkode eller passfrase."
RATE_LIMITED = "For mange mislykkede forsøk. Vent {minutes} minutter og prøv igjen."
INVITE_FAILED = "Koden virker ikke: den er feil, allerede brukt, utløpt eller trukket tilbake. Be lederen om en ny."
WELCOME = ("Velkommen! Du er registrert som {role}. Din ansattkode er {code} – skriv den ned: du trenger den og "
           "passfrasen for å logge inn neste gang.")
MASKING_NOTICE = ("Skriv aldri navn eller opplysninger som kan identifisere noen; bruk saksnummeret (K-…). "
                  "Fødselsnumre, telefonnumre, e-post og adresser som likevel skrives, blir maskert før noe sendes "
                  "videre eller lagres.")

RASA_DOWN = ("Jeg får ikke kontakt med assistenten akkurat nå, så meldingen ble ikke lest. Prøv igjen om litt. "
             "Er noen i fare: ring 112.")
TOO_LONG = ("Meldingen er for lang ({length} tegn; høyst {limit}). Ingenting er sendt videre. Skriv kortere, "
            "gjerne ett spørsmål om gangen.")
BUTTON_EXPIRED = "Den knappen er utløpt. Skriv spørsmålet på nytt, eller trykk «Meny»."
EMPTY_REPLY = "Jeg har ikke noe svar på dette. Skriv «hjelp» for å se hva jeg kan."
CONVERSATION_RESET = "Ny samtale: det som var i gang, er forkastet."

CASE_DELETED = "Sak {ref} er slettet med alt som var lagret om den, også samtalen den ble registrert i."
CASE_NOT_FOUND = "Fant ingen sak med referansen {ref}. Den kan være slettet."
DELETE_NOT_CONFIRMED = "Saken er ikke slettet: kryss av for at du forstår at slettingen ikke kan angres."
STAFF_REVOKED = "Ansatt {code} er deaktivert og logget ut overalt."
INVITE_REVOKED = "Invitasjon {handle} er trukket tilbake."
NO_SUCH_STAFF = "Fant ingen aktiv ansatt eller åpen invitasjon med koden {code}."
CANNOT_REVOKE_SELF = "Du kan ikke fjerne din egen tilgang her. Be en annen leder, eller bruk ./botctl staff revoke."
PASSPHRASE_CHANGED = "Passfrasen er endret. Andre innlogginger er logget ut."
WRONG_PASSPHRASE = "Nåværende passfrase er feil."

# The shortcuts under the chat: what each button sends to the assistant (the words staff can also type).
COMMANDS = {
    "ny": ("Ny henvendelse", "ny henvendelse"),
    "kartlegg": ("Kartlegging", "start kartlegging"),
    "fortsett": ("Fortsett", "fortsett"),
    "pause": ("Pause", "pause"),
    "avbryt": ("Avbryt", "avbryt"),
    "meny": ("Meny", "meny"),
    "hjelp": ("Hjelp", "hjelp"),
}
DIALOGUE_NAMES = {"triage_form": "Første henvendelse", "safety_mapping_form": "Kartlegging av vold og trusler"}
DRAFT_NAMES = {"triage": "Første henvendelse", "safety_mapping": "Kartlegging av vold og trusler"}

AUDIT_ACTIONS = {
    "case_created": "sak opprettet",
    "triage_saved": "første samtale lagret",
    "safety_saved": "kartlegging lagret",
    "safety_mapping_saved": "kartlegging lagret (ny versjon)",
    "journal_note_saved": "journalnotat lagret",
    "journal_note_removed": "journalnotat fjernet",
    "case_viewed": "sak vist",
    "cases_listed": "saksliste vist",
    "case_exported": "sak eksportert",
    "cases_exported": "alle saker eksportert",
    "case_deleted": "sak slettet",
    "purged": "slettet etter lagringstid",
    "staff_added": "ansatt lagt til",
    "staff_deactivated": "ansatt deaktivert",
    "invite_created": "invitasjon laget",
    "invite_redeemed": "invitasjon brukt",
    "invite_revoked": "invitasjon trukket",
    "passphrase_set": "passfrase satt",
    "passphrase_changed": "passfrase endret",
    "signed_in": "logget inn",
    "signed_out": "logget ut",
    "signed_out_everywhere": "logget ut overalt",
    "sign_in_failed": "mislykket innlogging",
    "sign_in_blocked": "innlogging sperret (for mange forsøk)",
    "enrol_failed": "mislykket registrering",
    "leader_code_created": "engangskode for første leder",
    "handover_viewed": "vaktrapport vist",
    "keys_rotated": "nøkler rotert",
}
