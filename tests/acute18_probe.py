"""Eighth fresh probe of the 112 check (helper acute18), written before reading bot/acute*.py or its tests and
committed before it was measured. Rows are (text, paths): "q" = a staff message (looks_acute and the router),
"a" = an answer inside a dialogue (the readers' 112 path). It aims at the open classes: any place after
i/på/ved/utenfor with a threatening co-predicate, any tool «med (en) X», live channels, the perfect tense with a
now, and a danger told of another person than the known perpetrator. Made up in our own words; no real persons."""

MUST_ALARM: list[tuple[str, str]] = [
    # open places + threatening co-predicate
    ("Eksen står i sykkelparkeringen bak Rema og venter på henne", "qa"),
    ("Mannen hennes sitter i bilen sin på gjesteparkeringen og stirrer opp mot vinduet vårt", "qa"),
    ("Han står ved bensinstasjonen over gata og følger med på inngangen nå", "qa"),
    ("Samboeren leter etter henne på legekontoret akkurat nå", "qa"),
    ("Eksmannen banker på vinduet i første etasje og roper navnet hennes", "qa"),
    ("Kjæresten hennes prøver å komme seg inn gjennom kjellervinduet", "qa"),
    ("Han står på busstoppet utenfor og vil ikke dra", "qa"),
    ("Exen venter ved rundkjøringen ved krisesenteret nå", "qa"),
    ("Han sitter på trappa utenfor barnehagen og venter på at hun skal hente", "qa"),
    ("Mannen er i bakgården og drar i alle dørene", "qa"),
    ("Ekssamboeren står utenfor frisøren der hun jobber og vil ikke gå", "qa"),
    # tools «med (en) X» + threat/waiting
    ("Eksen står utenfor med en brekkjern og venter", "qa"),
    ("Han går rundt i gangen med en sag og roper at hun skal komme ut", "qa"),
    ("Mannen hennes står i døra med en glassflaske og truer henne", "qa"),
    ("Han har en kjetting i hånda og venter ved bilen hennes", "qa"),
    ("Svogeren truer henne med en spade i hagen nå", "qa"),
    ("Han står der med et gevær", "a"),
    # live channels
    ("Han ringer henne nå hele tiden og sier han er i nærheten", "qa"),
    ("Han sender meldinger nå om at han vet hvor hun er og kommer", "qa"),
    ("Vi ser ham på overvåkingskameraet nå, han prøver døra", "qa"),
    ("Hun har ham på høyttaler og han sier at han skal drepe henne i kveld når hun kommer hjem, "
     "han sitter utenfor huset", "qa"),
    ("Akkurat nå ringer han på porttelefonen igjen og igjen", "qa"),
    ("Hun får FaceTime fra ham nå der han viser at han står i oppgangen hennes", "qa"),
    # perfect tense with a now
    ("Han har nettopp slått henne i ansiktet og er fortsatt i leiligheten", "qa"),
    ("Eksen har akkurat knust vinduet i stua", "qa"),
    ("Han har nettopp tatt telefonen hennes og låst døra", "qa"),
    ("Mannen har akkurat dyttet henne ned trappa", "qa"),
    ("Han har nettopp truet henne med kniv, han er her fortsatt", "qa"),
    # other persons than the known perpetrator
    ("Faren hennes er på vei hit og sier han skal hente henne med makt", "qa"),
    ("Brødrene hans leter etter henne i nabolaget nå", "qa"),
    ("Onkelen hennes står utenfor og krever at hun blir med hjem", "qa"),
    ("Vennen hans kjører etter bilen hennes akkurat nå", "qa"),
    ("Moren hans er her og truer med å ta barnet", "qa"),
    ("Fetterne hennes har funnet ut hvor hun er og er på vei", "qa"),
    # honour / kin
    ("Familien hennes står i resepsjonen og sier hun skal sendes til hjemlandet i kveld", "qa"),
    ("Broren sitter utenfor i bilen og skal ta henne med til flyplassen nå", "qa"),
    ("Foreldrene har tatt passet hennes og stengt henne inne på rommet nå", "qa"),
    # self-harm now
    ("Hun står på brua og sier hun skal hoppe", "qa"),
    ("Hun har nettopp tatt en hel pakke paracet", "qa"),
    ("Beboeren har låst seg inne på badet med et barberblad og svarer ikke", "qa"),
    ("Hun sitter i vinduskarmen i fjerde etasje med beina ute", "qa"),
    ("Hun sier hun har lagt et tau klart og vil gjøre det i natt", "qa"),
    # nynorsk
    ("Eksen hennar står ved postkassane med ein kniv og ventar", "qa"),
    ("Han har nett slått ho og er framleis i huset", "qa"),
    ("Faren hennar er på veg hit no", "qa"),
    ("Mannen prøvar å kome seg inn gjennom verandadøra", "qa"),
    # English
    ("Her ex is standing in the laundry room with a hammer", "qa"),
    ("He just punched her and he's still in the flat", "qa"),
    ("Her brothers are looking for her in town right now", "qa"),
    ("He keeps calling right now saying he is outside", "qa"),
    ("Her father is on his way here to take her", "qa"),
    # typos
    ("eksn står utanfr dora me kniv", "qa"),
    ("han har nettop slått henne og er fortsat der", "qa"),
    ("mannen hennes e på vei hit nå med øks", "qa"),
    ("han bankr på døra nå og skriker", "qa"),
    # short dialogue answers
    ("ja, akkurat nå", "a"),
    ("han står utenfor nå", "a"),
    ("ja, han er på vei", "a"),
    ("broren hans er her nå", "a"),
    ("ja, med kniv", "a"),
    ("han prøver å komme inn", "a"),
]

MUST_NOT: list[tuple[str, str]] = [
    # same places/verbs in past or habit
    ("Eksen sto i sykkelparkeringen og ventet på henne i fjor", "qa"),
    ("Han pleide å sitte i bilen på gjesteparkeringen og stirre opp mot vinduet", "qa"),
    ("Han sto ofte ved bensinstasjonen og fulgte med", "qa"),
    ("Samboeren lette etter henne på legekontoret forrige uke", "qa"),
    ("Eksmannen banket på vinduet hver natt da de bodde sammen", "qa"),
    ("Han prøvde å komme seg inn gjennom kjellervinduet for to år siden", "qa"),
    ("Han står ofte på busstoppet utenfor jobben hennes", "qa"),
    ("Mannen var i bakgården og dro i dørene en gang i sommer", "qa"),
    # tools in past/conditional/question
    ("Han har et brekkjern i bilen, er det noe vi bør tenke på?", "q"),
    ("Han gikk rundt med en sag i garasjen den gangen", "qa"),
    ("Hvis han kommer med en glassflaske, hva gjør vi da?", "q"),
    ("Han truet henne med en spade for noen år siden", "qa"),
    ("Han har et gevær hjemme til elgjakt", "qa"),
    ("Hvordan vurderer vi risiko når han har tilgang til våpen?", "q"),
    # channels not live / past
    ("Han ringte henne mange ganger i går", "qa"),
    ("Han sendte meldinger hele forrige uke om at han vet hvor hun er", "qa"),
    ("Vi så ham på overvåkingskameraet i går kveld", "qa"),
    ("Hvor lenge lagrer vi opptak fra overvåkingskameraet?", "q"),
    ("Han har ringt på porttelefonen før, hvordan skal vi svare?", "q"),
    # har vært / perfect without now
    ("Hun har vært utsatt for vold i mange år", "qa"),
    ("Han har slått henne flere ganger tidligere", "qa"),
    ("Eksen har knust vinduer før, da de bodde sammen", "qa"),
    ("Hun har vært truet med kniv, men det er lenge siden", "qa"),
    ("Han har tatt telefonen hennes mange ganger", "qa"),
    ("Hun har tidligere tatt en overdose", "qa"),
    # other persons not now
    ("Faren hennes kommer på besøk neste uke", "qa"),
    ("Brødrene hans har lett etter henne før", "qa"),
    ("Onkelen hennes truet henne i fjor sommer", "qa"),
    ("Moren hans pleier å true med å ta barnet", "qa"),
    ("Hun er redd for at familien skal finne henne", "qa"),
    ("Familien hennes planlegger kanskje å sende henne til hjemlandet i sommer", "qa"),
    # fear / worry without happening
    ("Hun er redd for at han skal stå utenfor og vente", "qa"),
    ("Hun frykter at han kommer med kniv en dag", "qa"),
    ("Hun er livredd for ham selv om han er i fengsel", "qa"),
    ("Hun drømmer om at han banker på døra", "qa"),
    ("Hun tror han kan finne ut hvor hun bor", "qa"),
    # plans / conditional / later
    ("Han skal hente barna på fredag ved barnehagen", "qa"),
    ("Hvis eksen dukker opp i resepsjonen, hva gjør vi?", "q"),
    ("Hva gjør vi om han står utenfor med kniv?", "q"),
    ("Når bør vi ringe 112?", "q"),
    ("Hvordan lager vi en sikkerhetsplan hvis han prøver å komme inn?", "q"),
    ("Kan vi ringe politiet hvis faren hennes dukker opp?", "q"),
    # guide questions with the same words
    ("Hva sier veilederen om æresrelatert vold og tvangsekteskap?", "q"),
    ("Hvordan snakker vi med en beboer som har selvmordstanker?", "q"),
    ("Hva er tegn på at noen står i fare for å bli sendt ut av landet?", "q"),
    ("Hvordan håndterer vi at en voldsutøver venter utenfor krisesenteret?", "q"),
    # quoted old threats
    ("Han sa en gang at han skulle drepe henne hvis hun dro", "qa"),
    ("Hun forteller at han pleide å si «jeg kommer og tar deg»", "qa"),
    ("Den gamle meldingen sa at han sto utenfor, men det var i mars", "qa"),
    # self-harm not now
    ("Hun har hatt selvmordstanker tidligere, men har det bedre nå", "qa"),
    ("Hun forteller at hun sto på brua en gang for lenge siden", "qa"),
    ("Hun er trygg nå og sover", "qa"),
    # nynorsk / English not-now
    ("Eksen hennar stod ved postkassane i fjor", "qa"),
    ("Faren hennar kjem på besøk i helga", "qa"),
    ("He used to stand in the laundry room and watch her", "qa"),
    ("Her brothers looked for her last year", "qa"),
    ("What should we do if her father comes here?", "q"),
    # short answers not now
    ("nei, ikke nå", "a"),
    ("nei, han er i fengsel", "a"),
    ("det var i fjor", "a"),
    ("nei, ikke lenger", "a"),
    ("han har gjort det før", "a"),
]
