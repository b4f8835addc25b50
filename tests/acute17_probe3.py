"""Seventh fresh probe of the 112 check (helper acute17), written after round 6 (99d7d8e) and committed before it was
measured – the figure that tells whether the open place of round 6 generalises. Rows are (text, paths) as in
tests/acute17_probe.py. Made up in our own words; no real persons."""

MUST_ALARM: list[tuple[str, str]] = [
    ("Svigersønnen hennes står bak containeren ved butikken og venter på at hun skal komme ut", "qa"),
    ("Eksen står i søppelskuret med et baseballkølle og vil ikke gå", "qa"),
    ("Han lusker rundt i hagen med en lommelykt og prøver vinduene", "qa"),
    ("Hun ringer hviskende fra garderoben på treningssenteret, han står i resepsjonen der", "qa"),
    ("Mannen hennes holder henne under vann i badekaret nå, sier sønnen i telefonen", "qa"),
    ("Det lukter brent i oppgangen og han har tent på dørmatta hennes", "qa"),
    ("Kjæresten slår hodet hennes mot bordet, jeg hører det i bakgrunnen", "q"),
    ("Hun har stått på kanten av perrongen i ti minutter og gråter", "qa"),
    ("Ho har hengt eit belte i dusjen og seier ho ikkje orkar meir", "qa"),
    ("Eksen sitter utenfor i en hvit varebil og blinker med lysene mot vinduet hennes", "qa"),
    ("Politiet må komme, han river av henne klærne i bilen på parkeringsplassen", "q"),
    ("Faren til ungene tar kvelertak på henne nå, hun får ikke puste", "qa"),
    ("Her brother-in-law is in the garage with a crowbar waiting for her", "qa"),
    ("He is outside the gym and won't let her leave", "qa"),
    ("She's locked in the car and he's driving fast on the motorway", "qa"),
    ("eksen hennar stend bak huset med ein kniv og ventar", "qa"),
    ("han slå ho akuratt nå", "qa"),
    ("onkelen er i trappa med hagla nå", "a"),
    ("ja, han står på terrassen og banker på glasset", "a"),
    ("svogeren truer henne med kniv på kjøkkenet", "a"),
]

MUST_NOT: list[tuple[str, str]] = [
    ("Svigersønnen sto bak containeren flere ganger i vinter", "qa"),
    ("Hun er redd for at eksen skal stå i søppelskuret og vente", "qa"),
    ("Hva gjør vi hvis han lusker rundt i hagen om natta?", "q"),
    ("Han har en baseballkølle i bilen, er det grunn til bekymring?", "q"),
    ("For et år siden holdt han henne under vann i badekaret", "qa"),
    ("Kan en beboer få ha med seg treningsbag med kniv til sport?", "q"),
    ("Hun hadde et belte rundt halsen en gang i fjor, hvordan følger vi opp selvmordsrisiko?", "q"),
    ("Han kommer på samvær på lørdag og henter ungene i garasjen", "qa"),
    ("He used to wait outside the gym for her", "qa"),
    ("nei, han står ikke utenfor lenger", "a"),
]
