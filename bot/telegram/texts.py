"""Everything the bridge itself says, in one place (replies from the guide come from Rasa)."""

from __future__ import annotations

# The one sentence anyone not enrolled ever gets: no guide text, no hint of what the bot holds.
REFUSAL = "Denne boten er bare åpen for registrerte brukere."
GROUP_REFUSAL = "Denne boten svarer bare i private samtaler."
# When who someone is cannot be checked (database locked or down): refused, for staff and strangers alike.
ACCESS_UNAVAILABLE = ("Jeg kan ikke sjekke tilgangen akkurat nå, så meldingen ble ikke lest. Prøv igjen om "
                      "litt. Er noen i fare: ring 112.")

MASKING_NOTICE = (
    "Viktig om personvern: en samtale med en bot i Telegram er ikke ende-til-ende-kryptert – "
    "Telegrams servere ser alt som skrives her. Skriv derfor aldri navn, fødselsnummer, telefonnummer, "
    "adresse eller andre opplysninger som kan identifisere noen; bruk saksnummeret (K-…). "
    "Fødselsnumre, telefonnumre, e-postadresser og adresser som likevel skrives, blir maskert før noe "
    "sendes videre eller lagres, men det er et sikkerhetsnett, ikke en tillatelse."
)


def welcome(role: str, code: str) -> str:
    return (f"Velkommen! Du er registrert som {role} (kode {code}).\n\n{MASKING_NOTICE}\n\n"
            "Skriv et spørsmål om veilederen, eller /hjelp for å se hva jeg kan.")


ALREADY_ENROLLED = "Du er allerede registrert. Skriv et spørsmål, eller /hjelp for å se hva jeg kan."
RATE_LIMITED = ("Du sender meldinger raskere enn jeg kan ta imot ({limit} i minuttet). Vent litt og "
                "send meldingen på nytt – det som kom for fort, er ikke lest.")
TOO_LONG = ("Meldingen er for lang ({length} tegn; høyst {limit}). Ingenting er sendt videre. "
            "Skriv kortere, gjerne ett spørsmål om gangen.")
RASA_DOWN = ("Jeg får ikke kontakt med assistenten akkurat nå, så meldingen ble ikke lest. "
             "Prøv igjen om litt. Er noen i fare: ring 112.")
NOT_TEXT = "Jeg kan bare lese tekst. Skriv spørsmålet med ord, eller /hjelp for å se hva jeg kan."
EDITED = "Endrede meldinger blir ikke lest. Send heller en ny melding."
UNKNOWN_COMMAND = "Den kommandoen kjenner jeg ikke. Skriv /hjelp for å se hva jeg kan."
SEARCH_USAGE = "Skriv et ord etter /sok, for eksempel «/sok tolk»."
BUTTON_EXPIRED = "Denne knappen er utløpt. Skriv spørsmålet på nytt, eller /meny."
EMPTY_REPLY = "Jeg har ikke noe svar på dette. Skriv /hjelp for å se hva jeg kan."
ENDED = ("Samtalen er avsluttet; det som var i gang, er forkastet. Skriv et spørsmål eller /hjelp "
         "når du vil begynne igjen.")
ONLY_LEADERS = "Bare ledere kan se og eksportere saker i chatten. Spør lederen på vakt."
EXPORT_USAGE = "Skriv saksnummeret etter /eksport, for eksempel «/eksport K-7F3Q2A»."
NO_SUCH_CASE = "Fant ingen sak med nummeret {ref}."
NO_CASES = "Ingen saker er lagret."
ERROR = "Beklager, noe gikk galt her. Ingenting er lagret halvveis; prøv igjen."

# Telegram's command menu (set_my_commands). Names: a–z, 0–9 and _ only, so «søk» is /sok.
COMMANDS = (
    ("start", "Start, eller registrer deg med koden du har fått"),
    ("hjelp", "Hva jeg kan"),
    ("meny", "Bla i veilederen"),
    ("sok", "Søk etter et ord, f.eks. /sok tolk"),
    ("ny", "Ny henvendelse (første kontakt)"),
    ("kartlegg", "Kartlegging av vold og trusler"),
    ("avbryt", "Avbryt det som pågår"),
    ("slutt", "Avslutt samtalen og forkast det som er i gang"),
    ("saker", "Siste saker (bare leder)"),
    ("eksport", "Eksporter én sak: /eksport K-… (bare leder)"),
)
