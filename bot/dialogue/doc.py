"""Documents made from the schema: the question list for transcript writers, and the README table.

``python -m bot.dialogue.doc questions`` prints every question of both dialogues in order (record
key, exact text, kind, codes with labels, when it is asked) and the transcript format the dialogue
bench reads; ``python -m bot.dialogue.doc readme`` prints the table of the guide form's topics
against the dialogue's questions (``tests/test_dialogue_doc.py`` checks the README holds it).
"""

from __future__ import annotations

import argparse
import sys

from bot.dialogue import DIALOGUES
from bot.dialogue.parse import UNKNOWN
from bot.dialogue.schema import CASE, CONFIRM, KIND_NAMES, YES_NO, Dialogue, Question

DERIVED = {
    "triage": [
        ("perpetrator_relation", "kontraktens ene relasjonskode: relasjonen til den første personen som er nevnt "
                                 "(partner, tidligere_partner, forelder, barn, annen_familie, annen)"),
        ("perpetrator_relations", "alle relasjonskodene for personene som er nevnt, i rekkefølge (liste)"),
        ("feared_persons", "personkodene fra svaret om hvem hun/han er redd for (liste)"),
        ("unresolved", "record-nøklene til spørsmålene som ble besvart med ukjent / vil ikke svare / hopp over"),
    ],
    "safety_mapping": [
        ("lives_with_perpetrator", "true når living_situation = med_utover, false ved alene/med_andre, ellers null"),
        ("unresolved", "record-nøklene til spørsmålene som ble besvart med ukjent / vil ikke svare / hopp over"),
        ("threat_picture_unclear", "true når minst en tredel av risikospørsmålene som ble stilt, ikke er avklart"),
        ("red_flags", "kontraktens 13 flagg som er true"),
        ("recommended", "tiltakskodene (se under)"),
    ],
}


def _codes(q: Question) -> str:
    if q.kind == YES_NO:
        labels = {c.code: c.label for c in q.choices}
        return f"true = {labels.get(True, 'ja')}, false = {labels.get(False, 'nei')}"
    if q.kind in (CASE, CONFIRM):
        return "–"
    codes = [c for c in q.choices if isinstance(c.code, str)]
    if not codes:
        return {"count": "et helt tall (0 = ingen)", "text": "kort tekst (språket)",
                "free": "teksten slik den ble skrevet (mellomrom slått sammen)"}.get(q.kind, "–")
    return "; ".join(f"`{c.code}` = {c.label}" for c in codes)


def _question_block(n: int, q: Question) -> list[str]:
    lines = [f"{n}. **`{q.key}`** ({KIND_NAMES[q.kind]}) – {q.label}",
             f"   - Tekst: «{q.text}»" if "\n" not in q.text else "   - Tekst:\n\n     ```\n     "
             + q.text.replace("\n", "\n     ") + "\n     ```",
             f"   - Lagres: {q.stores or _codes(q)}; ukjent / vil ikke svare / hopp over = null"]
    buttons = [b["title"] for b in q.buttons()]
    if buttons:
        lines.append(f"   - Knapper: {', '.join(buttons)}")
    lines.append(f"   - Spørres: {q.when or 'alltid'}")
    if q.prefilled_by:
        lines.append(f"   - Kan bli besvart i forbifarten (og blir da ikke spurt): {q.prefilled_by}")
    if q.outside:
        lines.append(f"   - {q.outside}")
    return lines


def _dialogue_block(d: Dialogue, start: str) -> list[str]:
    lines = [f"## `{d.name}` – {d.title} (startes med «{start}»)", ""]
    part = None
    n = 0
    for q in d.questions:
        if not q.key:
            lines.append(f"- Før spørsmålene: «{q.text}» – benken svarer selv «ny sak».")
            continue
        if q.part != part:
            part = q.part
            lines += ["", f"### {part}", ""]
        n += 1
        lines += _question_block(n, q)
    lines += ["", "- Til slutt: oppsummering og «Stemmer dette?» – benken svarer selv «ja, lagre».", "",
              "Avledede nøkler i recorden (skrives ikke som svar, men kan stå under `expect`):", ""]
    lines += [f"- `{key}`: {text}" for key, text in DERIVED[d.name]]
    return lines + [""]


RULES = f"""
## Hvordan svarene leses (det transkripsjonsskriveren må vite)

- **Ukjent og nekting er null, aldri «nei».** Alle hverdagslige måter å nekte eller ikke vite på – også på
  nynorsk og med «ikke», «ingen», «ingenting» i seg («det vil hun ikke svare på», «ingen anelse», «hun husker
  ikke», «ho vil ikkje seie noko», «ingen kommentar», «hopp over», «vi rakk ikke å spørre») – lagres som `null`,
  og nøkkelen kommer i `unresolved`.
- **Bart «nei» er nei.** «nei», «nei, ingen akutt fare» og «ingen våpen» er `false`.
- **Usikre svar leses tilbake én gang.** Et svar med «tror», «kanskje», «sannsynligvis», «antakelig», «trolig»,
  «muligens», «nok», «neppe», «ikke som hun vet», «så vidt hun vet» lagres ikke med en gang: assistenten skriver
  «Du skrev «…» – det er usikkert. Svar på nytt …», og spørsmålet kommer igjen. Det andre svaret lagres slik det
  er (ja/nei/ukjent); «stemmer» betyr at det første svaret var riktig. Er også det andre svaret usikkert, lagres
  `null`. Skriv da svaret som en liste: `["tror det", "ja"]`.
- **Uklart hvem.** Når et svar om barna («de er hos faren»), om hvem hun/han bor med, eller om hvem som vet
  («han vet ikke») nevner en person og de tidligere svarene ikke sier om det er utøveren (f.eks. utøver =
  «samboeren», uten kjønn), spør assistenten én gang. Svaret leses mot personene som er nevnt før, aldri mot et
  antatt kjønn: er moren utøver, er «de er med moren» = hos utøveren.
- **«men» leses som en helhet.** «nei, men de har sett volden» er ja til «har barna sett volden». «ja, men ikke så
  ofte» er ja. «nei, men det vil hun ikke snakke om» er null. «ikke nå, men før» er ja til et spørsmål om noen gang
  («Har hun/han vært redd for sitt eget liv?», «før eller nå»), men ikke til et spørsmål om nå eller den siste tiden.
- **112.** Alt som sier at noen er i fare nå eller er på vei nå («ikke nå, men han er på vei», «han står utenfor
  med kniv») gir 112-svaret først (`expect_112: true`), midt i hvilket som helst spørsmål. Svaret på spørsmålet
  lagres likevel når det kan leses. Et svar på spørsmålet om akutt fare som sier at faren kommer nå, lagres som
  `true`.
- **Fritekst** (åpne spørsmål) lagres som skrevet, maskert og kryptert. Korte svar som bare nekter eller ikke
  vet (høyst 7 ord) er `null`.
- **Samtykke til registrering** (første henvendelse): er svaret noe annet enn ja (nei, ukjent, «det tar vi
  senere»), lagres *ikke* fritekstsvarene (`why_contact_now` = `null`, men ikke i `unresolved`) – veilederen sier at
  personopplysninger bare registreres med samtykke. De kodede svarene lagres.
- **«endre <hva>»** uten nytt svar: spørsmålet kommer igjen, og neste svar i lista for den nøkkelen brukes.
- Knappene kan brukes som svar: `/inform{{"answer": "ja"}}`, `/inform{{"answer": "{UNKNOWN}"}}` osv.

## Transkripsjonsformat (benken: `bench/dialogue_transcripts.py`)

Én YAML-fil per transkripsjon i `/work/notes/sets/transcripts/` (kopieres til
`bench/sets/dialogue_transcripts/`):

```yaml
dialogue: triage            # eller safety_mapping
id: triage-017-nynorsk-nekting
answers:                    # nøkkel = record-nøkkelen over; verdi = det den ansatte skriver
  contact_mode: ho ringde i natt
  acute_danger: nei
  escalated: [tror det, ja] # liste: svar nr. 2 går til tilbakelesingen (eller nytt spørsmål)
  children_count: to born, dei er hos faren no
interjections:              # valgfritt: noe den ansatte sier etter svaret på en nøkkel
  - after: escalated
    say: hvorfor spør vi om dette?
  - after: children_count
    say: endre antall barn til 3
  - after: feared_for_life
    say: pause
  - after: feared_for_life
    say: fortsett
expect:                     # verdiene som skal være lagret (bare nøklene du vil sjekke)
  contact_mode: telefon
  acute_danger: false
  escalated: true
  children_count: 3
  children_with_perpetrator: true
  perpetrator_relation: partner
expect_112: false
```

- Svar som ikke trengs (spørsmålet ble besvart i forbifarten eller gjelder ikke), brukes ikke.
- Spør assistenten om noe som mangler i `answers`, svarer benken «vet ikke» og teller det som et hull.
- Lister sammenlignes uten rekkefølge; fritekst sammenlignes uten forskjell på store/små bokstaver og mellomrom.
- Interjeksjoner: et veilederspørsmål («hvordan bestiller jeg tolk?»), «hvorfor spør vi om dette?», en rettelse
  («endre <hva>» eller «endre <hva> til <nytt svar>»), «pause» og så «fortsett».
"""


def questions_markdown() -> str:
    lines = ["# Spørsmålene i de to veiledede samtalene", "",
             "Laget av `python -m bot.dialogue.doc questions` fra skjemaet i `bot/dialogue/` – ikke rediger for hånd.",
             "Hvert spørsmål står i den rekkefølgen det stilles, med record-nøkkelen (det `./botctl cases export` viser "
             "under `triage` / `safety`), den nøyaktige teksten, slaget svar, kodene med etiketter og når det stilles.",
             ""]
    lines += _dialogue_block(DIALOGUES["triage"], "ny henvendelse")
    lines += _dialogue_block(DIALOGUES["safety_mapping"], "start kartlegging")
    from bot.dialogue.outcome import MEASURES

    lines += ["Tiltakskoder i `recommended`: " + "; ".join(f"`{m.code}` = {m.title.lower()}" for m in MEASURES), ""]
    return "\n".join(lines) + RULES


def readme_table() -> str:
    """The guide form's topics against the dialogue's questions (README «Skjemaet og spørsmålene»)."""
    out = ["| # | Tema i veilederens skjema | Spørsmål i kartleggingen | Nøkkel |",
           "| --- | --- | --- | --- |"]
    n = 0
    for q in DIALOGUES["safety_mapping"].questions:
        if not q.key:
            continue
        n += 1
        topic = q.form_topic if not q.outside else f"*Utenfor veilederen (DA/Dash):* {q.label.lower()}"
        text = q.text.replace("Utenfor veilederens skjema (DA/Dash): ", "").replace("|", "/")
        out.append(f"| {n} | {topic} | {text} | `{q.key}` |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Dokumenter laget fra dialogskjemaet.")
    parser.add_argument("what", choices=("questions", "readme"))
    args = parser.parse_args(argv)
    print(questions_markdown() if args.what == "questions" else readme_table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
