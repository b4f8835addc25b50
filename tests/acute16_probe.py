"""Third fresh probe of the 112 check (helper acute16), written before reading bot/acute*.py or its tests.

Rows are (text, paths): "q" = a staff message (guide/router path), "a" = a dialogue answer (the readers' 112
path), "qa" = both. MUST_ALARM: someone is in danger now or danger is on its way. MUST_NOT: past events (also
told in the present tense), «nå» as a discourse word, fear with nothing happening now, risk questions, planned
later events, «hva gjør vi hvis …», guide questions about 112/police/alarms, quoted old threats, a release
from prison later, and a staff member's «hva gjør jeg nå?» after a past event.

New kinds tried here: what the caller hears or sees right now, the person hiding, a call cut off, injuries now,
drugged, locked in, a car chase, him outside the shelter, threats arriving by text this minute, children
taken now, self-harm now; bokmål, nynorsk, English, typos and short answers.
"""

MUST_ALARM: list[tuple[str, str]] = [
    # heard or seen right now
    ("Jeg hører glass knuse i bakgrunnen, og hun har sluttet å svare meg", "q"),
    ("Jeg hører at han roper og dundrer i bakgrunnen mens hun snakker med meg", "qa"),
    ("Hun sier hun ser bilen hans parkere nede på gata akkurat nå", "qa"),
    ("Vi hører at noen sparker på inngangsdøra til krisesenteret", "q"),
    ("Det kommer skrik fra leiligheten ved siden av, og det er hun som skriker", "q"),
    ("Jeg ser ham gjennom vinduet, han har en kølle i hånda", "qa"),
    ("Vi hører han skriker til henne på telefonen, hun gråter", "q"),
    # hiding
    ("Hun har låst seg inne på do og hvisker at han leter etter henne", "qa"),
    ("hun gjemmer seg under senga med ungene, han er i huset", "qa"),
    ("Hun sitter gjemt i kjellerboden mens han går rundt og leter etter henne", "qa"),
    ("ho gøymer seg på loftet, han har ikkje funne henne enno", "qa"),
    ("she is hiding in the wardrobe and he is shouting her name", "qa"),
    # cut off mid-call
    ("Samtalen ble brutt midt i en setning etter at hun skrek at han kom inn", "q"),
    ("Linja gikk død rett etter at hun sa at han har kniv", "q"),
    ("Hun la plutselig på etter at jeg hørte en mannsstemme rope, og nå svarer hun ikke", "q"),
    ("the call cut off a second ago after she screamed that he is inside", "q"),
    # injuries now
    ("Hun blør fra hodet og er svimmel etter at han slo henne i stad", "qa"),
    ("Armen hennes henger helt skjevt etter at han vred den, hun har store smerter", "qa"),
    ("Hun har fått et kutt på halsen og det slutter ikke å blø", "qa"),
    ("Hun får ikke puste skikkelig etter at han sto på brystet hennes", "qa"),
    ("hun kaster opp og har vondt i hodet etter at han dunket hodet hennes i veggen for en time siden", "qa"),
    ("ho blør mykje frå munnen og klarar ikkje stå", "qa"),
    ("she is bleeding from her ear and keeps passing out", "qa"),
    # drugged
    ("Hun tror han har puttet noe i drinken hennes, hun klarer nesten ikke holde seg våken", "qa"),
    ("Han har tvunget i henne piller og hun er helt ør nå", "qa"),
    ("she thinks he spiked her drink and she can barely stand", "qa"),
    # locked in
    ("Han har låst henne inne i leiligheten og tatt nøklene, hun sender meldinger til meg", "qa"),
    ("ho er innelåst på rommet og han har teke nøkkelen", "qa"),
    ("He has locked her in the basement", "qa"),
    ("han stengte henne inne på badet og sier han ikke slipper henne ut", "qa"),
    # car chase
    ("Han kjører etter henne på motorveien og prøver å presse henne av veien", "qa"),
    ("Hun ringer fra bilen, eksen følger etter henne og blinker med lysene", "qa"),
    ("han ligger rett bak bilen hennes og har fulgt etter henne i tjue minutter", "qa"),
    ("ho køyrer no og han er rett bak henne i bilen sin", "qa"),
    ("he's chasing her car through town right now", "qa"),
    # outside the shelter
    ("Han står utenfor krisesenteret og roper navnet hennes", "q"),
    ("Eksen til en beboer sitter i en bil på parkeringsplassen vår og stirrer opp mot vinduene", "q"),
    ("Mannen til hun på rom 4 ringer på porten hos oss nå", "q"),
    ("Han har funnet ut hvor senteret ligger og står ved porten", "q"),
    ("her ex is at our front gate right now shouting", "q"),
    # threats by text this minute
    ("Hun får sms fra ham akkurat nå der han skriver at han skal drepe henne og at han er på vei", "qa"),
    ("han sender bilder av huset hennes nå og skriver «jeg ser deg»", "qa"),
    ("Han skriver til henne i dette øyeblikk at han står nede i oppgangen", "qa"),
    ("han har nettopp sendt melding om at han kommer med geværet", "qa"),
    ("he keeps texting her that he is coming to kill her, the last one came a minute ago", "qa"),
    # children taken now
    ("Faren har nettopp tatt med seg barna og kjørt av gårde, han sier hun aldri skal se dem igjen", "qa"),
    ("Han er i barnehagen nå og prøver å ta med seg jenta, personalet får ham ikke til å gå", "qa"),
    ("faren er på vei til flyplassen med barna nå", "qa"),
    ("He grabbed the kids from school an hour ago and is driving them to the border", "qa"),
    # self-harm now
    ("Hun har kuttet seg i armene og det blør mye", "qa"),
    ("Beboeren på rom 2 sier hun har tatt alle tablettene sine", "q"),
    ("hun står på balkongen i sjette etasje og sier hun vil hoppe", "qa"),
    ("ho har skore seg og det blør framleis", "qa"),
    ("she says she swallowed a whole bottle of pills ten minutes ago", "qa"),
    ("hun har et tau og sier hun skal henge seg nå", "qa"),
    # short dialogue answers
    ("ja, han er her nå", "a"),
    ("ja han banker på", "a"),
    ("han slår henne nå", "a"),
    ("ja! han er i gangen", "a"),
    ("ja han har kniv og er i stua", "a"),
    ("yes he is here", "a"),
    ("ja, ho blør", "a"),
    ("ja, hun er innelåst", "a"),
    # typos
    ("han slar henne akurat na jeg hører det", "qa"),
    ("ha står utafor døra og skrik at han skal drepe hu", "qa"),
    ("hun gjemer seg på badet han leter etter henne", "qa"),
    ("eksen er utenfor krisesentret nå og truer", "q"),
    # more
    ("Han er på vei opp trappa med et balltre", "qa"),
    ("Hun ligger på gulvet og svarer ikke når jeg roper", "qa"),
    ("Han holder henne fast og lar henne ikke gå, hun roper om hjelp", "qa"),
    ("Han holder sønnen deres som gissel på kjøkkenet", "qa"),
    ("En beboer sier hun nettopp så eksen gå forbi vinduet vårt med noe i hånda", "q"),
]

MUST_NOT: list[tuple[str, str]] = [
    # past events, told in the present tense
    ("I går står han plutselig i døra og begynner å rope", "q"),
    ("Forrige uke: han kommer hjem full, slår i bordet og truer henne", "q"),
    ("Så i fjor sommer kjører han etter henne på motorveien, og hun blir livredd", "qa"),
    ("Hun forteller at han låser henne inne på soverommet når han er sjalu", "qa"),
    ("Det var i helga, han sparker inn døra og tar telefonen hennes", "qa"),
    ("I romjula står han utenfor huset hele natta", "qa"),
    ("hun sier han alltid kjørte etter henne da de bodde sammen", "qa"),
    ("For to år siden tok han barna og kjørte til Sverige", "qa"),
    ("Last summer he locks her in the basement for a whole day", "qa"),
    ("i fjor blødde hun fra hodet etter at han dyttet henne", "qa"),
    ("Hun ble dopet ned av ham på en fest for flere år siden", "qa"),
    ("han pleier å sende truende meldinger om natta", "qa"),
    # «nå» as a discourse word
    ("Nå er det sånn at han slo henne for noen år siden, hvordan dokumenterer vi det?", "q"),
    ("Ja nå vet jeg ikke helt, han truet henne i vår men har vært rolig siden", "qa"),
    ("Nå, hun gjemte seg hos søsteren i fjor, er det relevant for saken?", "q"),
    ("nå har hun endelig fått besøksforbud etter at han fulgte etter henne i høst", "qa"),
    ("Nå skal du høre: han har sendt hundrevis av meldinger siden mars", "q"),
    ("no har ho flytta, og han veit ikkje kvar ho bur", "qa"),
    ("Nå i ettertid sier hun at hun ble låst inne flere ganger", "qa"),
    # fear with nothing happening now
    ("Hun er livredd for at han skal finne senteret", "qa"),
    ("Hun skvetter hver gang det ringer på, etter alt han har gjort", "qa"),
    ("hun tør ikke sove fordi hun drømmer at han kommer", "qa"),
    ("Hun er redd han skal ta barna en dag", "qa"),
    ("ho er redd for at han skal stå utanfor når ho kjem heim", "qa"),
    ("she is terrified he will find out where she lives", "qa"),
    ("Hun føler at hun blir fulgt etter, men har ikke sett noen", "qa"),
    # risk questions
    ("Hvordan vurderer vi risikoen når han har tilgang til våpen?", "q"),
    ("Hva er tegn på at han kan bli farlig etter bruddet?", "q"),
    ("Er kvelning et risikotegn for drap?", "q"),
    ("how do we assess the danger if he has threatened to kill her before?", "q"),
    ("Hvor farlig er det at han har truet med å ta barna ut av landet?", "q"),
    ("Korleis vurderer vi faren når han har vore i fengsel for vald?", "q"),
    # planned later events
    ("Han skal hente barna på lørdag etter samværsavtalen", "qa"),
    ("Det er rettsmøte på torsdag og han kommer til å være der", "qa"),
    ("Han har sagt at han kommer på besøk til jul", "qa"),
    ("Hun skal møte ham på politistasjonen neste uke for å levere nøkler", "qa"),
    ("Han slipper ut av fengselet neste uke", "qa"),
    ("He gets released from prison next Tuesday", "qa"),
    ("Prøveløslatelsen hans er om tre uker", "qa"),
    ("Han flytter tilbake til byen til sommeren", "qa"),
    # «hva gjør vi hvis …»
    ("Hva gjør vi hvis han dukker opp utenfor senteret?", "q"),
    ("Hva gjør vi om han står ved porten og roper?", "q"),
    ("kva gjer vi viss han kjem hit med kniv?", "q"),
    ("What should we do if he comes to the shelter with a weapon?", "q"),
    ("Hvis han begynner å sparke på døra, skal vi ringe 112 da?", "q"),
    ("Hva bør beboeren gjøre dersom han følger etter henne i bil?", "q"),
    # guide questions about 112, police, alarms
    ("Når skal vi ringe 112 og når 02800?", "q"),
    ("Hvordan fungerer voldsalarmen fra politiet?", "q"),
    ("Kan hun få voldsalarm når han bor i samme by?", "q"),
    ("Hva skjer når vi ringer politiet om en beboer?", "q"),
    ("Hvordan lærer vi barna å ringe 112?", "q"),
    ("Hvem har ansvar for å utløse alarmen på senteret?", "q"),
    ("how does the police alarm (voldsalarm) work?", "q"),
    # quoted old threats
    ("I 2022 skrev han «jeg skal drepe deg», kan vi bruke det i anmeldelsen?", "q"),
    ("Han sa en gang «du kommer aldri til å se barna igjen», hun husker det godt", "qa"),
    ("Hun har skjermbilder av meldingene der han skrev at han skulle komme og ta henne", "qa"),
    ("Han skrev «jeg står utenfor» i en melding i fjor", "qa"),
    ("Ho viste meg ei gammal melding der han skreiv at han skulle brenne huset", "qa"),
    # a staff member's «hva gjør jeg nå?» after a past event
    ("En beboer ble slått av eksen sin i helgen, hva gjør jeg nå?", "q"),
    ("Hun fortalte at han holdt kniv mot henne i fjor. Hva gjør jeg nå?", "q"),
    ("Jeg fikk akkurat vite at hun ble voldtatt for et år siden, hva gjør jeg nå?", "q"),
    ("Hun har nettopp fortalt meg at han har slått henne i mange år, hva nå?", "q"),
    ("she told me he strangled her last month, what do I do now?", "q"),
    ("Ho har nett fortalt om vald frå mannen i fjor, kva gjer eg no?", "q"),
    # other not-now
    ("Han sitter i varetekt nå", "qa"),
    ("Han bor i Bergen nå og har ikke kontakt", "qa"),
    ("nei, han vet ikke hvor hun er", "a"),
    ("nei, det skjedde for lenge siden", "a"),
    ("nei, han er på jobb offshore", "a"),
    ("Hun så en film om vold i går og ble redd", "qa"),
    ("Barna er hos faren denne helga etter avtale", "qa"),
    ("Hun har kuttet seg før, men ikke på flere måneder", "qa"),
    ("Hun har hatt selvmordstanker tidligere, hvordan følger vi opp?", "q"),
]
