"""Fourth fresh probe of the 112 check (helper acute16), written after the round-3 fixes and committed before it was
measured. Rows are (text, paths) as in tests/acute16_probe.py."""

MUST_ALARM: list[tuple[str, str]] = [
    ("Beboeren på telefonen sier at han akkurat har knust ruta i bildøra hennes og at hun sitter fast i bilen", "qa"),
    ("Jeg har henne på tråden, hun hvisker og jeg kan høre at han river i dørhåndtaket", "q"),
    ("hun sier at eksen står i trappa med en jernstang og venter på at hun skal komme ut", "qa"),
    ("Han har dratt henne inn i bilen og kjørt av gårde, venninnen hennes ringer oss nå", "qa"),
    ("Barna ringer fra naboen, pappa har slått mamma og hun ligger og blør", "qa"),
    ("han har helt bensin på trappa og står med en lighter", "qa"),
    ("Ho fortel at mannen står i gangen med ei øks og at ho har stengt seg inne på soverommet", "qa"),
    ("Datteren sier at stefaren slår broren hennes akkurat nå", "qa"),
    ("he just pushed her down the stairs and she can't move her legs", "qa"),
    ("She texted us: he is here and he has a knife", "q"),
    ("hun har svelget et helt brett med paracet for en halvtime siden", "qa"),
    ("Hun sier at hun sitter i badekaret med et barberblad", "qa"),
    ("Vi har en mann i resepsjonen som nekter å gå og som skriker at han skal drepe kona si", "q"),
    ("han har kastet henne ut på balkongen og låst døra, det er minus ti grader", "qa"),
    ("det lukter gass i leiligheten og han har skrudd på alle platene", "qa"),
    ("Nå kommer han gående opp innkjørselen", "qa"),
    ("jeg ser at han har fått tak i sønnen deres og drar ham med seg mot bilen", "qa"),
    ("eksen slår løs på bilen hennes med et balltre ute på parkeringsplassen", "qa"),
    ("hun får ikke sagt mye, han sitter ved siden av henne og hører på", "qa"),
    ("ho har fått eit slag i hovudet og er heilt forvirra no", "qa"),
]

MUST_NOT: list[tuple[str, str]] = [
    ("Hun forteller at han en gang sto i trappa med en jernstang", "qa"),
    ("Tidligere har han helt bensin på trappa for å skremme henne", "qa"),
    ("Hva gjør vi dersom han møter opp i resepsjonen og nekter å gå?", "q"),
    ("Hun har fortalt at hun ble dyttet ned trappa i fjor vinter", "qa"),
    ("Hvordan snakker vi med barn som har sett at pappa slo mamma?", "q"),
    ("Han får ut den første dommen sin neste måned", "qa"),
    ("Hun er engstelig for at eksen skal dukke opp på skolen til barna", "qa"),
    ("Nå tenker jeg på hvordan vi skal følge opp etter at hun ble kvalt i sommer", "q"),
    ("Han pleide å låse henne ute på balkongen om vinteren", "qa"),
    ("Hvilke skader bør legen dokumentere etter kvelning?", "q"),
    ("Er det lov å ringe 112 på vegne av en beboer?", "q"),
    ("Hun viste meg et bilde han sendte i fjor der han holder en pistol", "qa"),
    ("Han sonet for vold og kommer ut på prøve i april", "qa"),
    ("nei, han har ikke vært her siden sommeren", "a"),
    ("hun har sluttet å skade seg, men vi følger med", "qa"),
]
