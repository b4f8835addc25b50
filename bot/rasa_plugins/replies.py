"""What the REST channel says when Rasa would say nothing (plain module: the tests import it too)."""

from __future__ import annotations

from bot.rasa_plugins.status import DOWN, FULL, READONLY

SAFETY_LINE = "Er noen i fare akkurat nå: ring 112."
ACTIONS_DOWN = ("Beklager, en del av assistenten (handlingsserveren) svarer ikke akkurat nå, så jeg kan ikke "
                "behandle meldingen. Den er ikke lagret – send den på nytt om litt, og si fra til den som drifter "
                "assistenten hvis det varer. " + SAFETY_LINE)
DATABASE_DOWN = ("Beklager, databasen svarer ikke akkurat nå, så jeg får ikke hentet samtalen. Meldingen er ikke "
                 "behandlet – send den på nytt om litt. " + SAFETY_LINE)
_KEPT = "Svarene i denne samtalen er tatt vare på i minnet og lagres automatisk når det går igjen."
NOT_SAVED = {
    DOWN: f"Merk: databasen svarer ikke eller er opptatt akkurat nå. {_KEPT}",
    FULL: f"Merk: lagringsplassen er full. {_KEPT} Si fra til den som drifter assistenten: disken er full.",
    READONLY: f"Merk: databasen er skrivebeskyttet. {_KEPT} Si fra til den som drifter assistenten.",
}
CONVERSATION_LOCKED = ("Beklager, jeg fikk ikke reservert samtalen akkurat nå (låsetjenesten svarer ikke, eller en "
                       "tidligere melding i samtalen tar for lang tid), så meldingen er ikke behandlet og ikke lagret – "
                       "send den på nytt om litt, og si fra til den som drifter assistenten hvis det varer. "
                       + SAFETY_LINE)
FAILED = "Beklager, noe gikk galt da jeg behandlet meldingen. Prøv igjen, eller skriv «hjelp». " + SAFETY_LINE
NO_ANSWER = ("Jeg har ikke noe svar på det. Still et spørsmål om veilederen, skriv «meny» for å bla, eller «hjelp» "
             "for å se hva jeg kan.")
