"""Second fresh probe of the 112 check (acute15), written AFTER the scene fixes (bot/acute_scene.py) and committed
before it was measured: measured once, reported, fixed only by general kinds. Rows as in tests/acute15_probe.py."""

from __future__ import annotations

MUST_ALARM: list[tuple[str, str]] = [
    ("Han river i dørhåndtaket og skriker at hun skal komme ut", "aq"),
    ("eksen hennes har nettopp smadret bilruta hennes ute på plassen", "aq"),
    ("Det er en mann i trappeoppgangen med en hammer", "aq"),
    ("ho seier at han sit i stova med ein kniv og drikk", "aq"),
    ("Hun har hengt seg, vi har skåret henne ned og hun puster svakt", "aq"),
    ("Beboeren har drukket klorin", "aq"),
    ("He just smashed the glass in the front door", "aq"),
    ("The ex is in the lobby and won't leave, he's shouting threats", "aq"),
    ("naboen melder at det høres ut som noen blir slått i leiligheten under", "aq"),
    ("Han har tatt bilnøklene hennes og sperrer døra så hun ikke kommer ut", "aq"),
    ("Sønnen på 15 ringer og sier at stefaren har slått mora bevisstløs", "aq"),
    ("han er i bakgården og kaster ting", "aq"),
    ("faren har gått inn på barnerommet med et belte og vi hører gråt", "aq"),
    ("hun sier at han holder kniven mot halsen hennes", "aq"),
    ("Hva gjør jeg? Hun svarer ikke på døra og vi hører ingenting fra rommet, hun sa hun ville dø", "q"),
    ("hjelp, han prøver å ta seg inn bakdøra", "aq"),
    ("ja, han har nettopp kjørt inn på gårdsplassen", "a"),
    ("ja, ho er hos han no og han har slått henne i kveld", "a"),
    ("She's locked in the bathroom and he's kicking the door", "aq"),
]

MUST_NOT: list[tuple[str, str]] = [
    ("Han smadret bilruta hennes i vinter", "aq"),
    ("Hun har drukket mye i det siste og vi er bekymret", "aq"),
    ("Hva gjør vi hvis han kaster ting mot vinduene?", "q"),
    ("Hun pleide å gjemme seg på badet når han var full", "aq"),
    ("Han kjørte i fylla med barna for to år siden", "aq"),
    ("Han er i Oslo på kurs denne uka", "aq"),
    ("Hun tenker mye på at han kan stå utenfor", "aq"),
    ("Hvordan sikrer vi døra på senteret best mulig?", "q"),
    ("Nå har hun fått voldsalarm og føler seg tryggere", "aq"),
    ("Guttene er alene med faren i helgene, det er avtalt samvær", "aq"),
    ("Han har et jaktgevær, men det er låst inne hos broren", "a"),
    ("Hun hadde hengt opp lappen om brannøvelse i gangen", "aq"),
    ("Vi har hatt brannøvelse i dag, hva skal vi skrive i rapporten?", "q"),
    ("Han sto i oppgangen hver kveld i fjor", "aq"),
    ("Hvordan snakker vi med barn som har sett at pappa slår mamma?", "q"),
    ("He used to kick the door when he was drunk", "aq"),
]
