"""Long staff questions and the 112 check (CONTRACTS.md §5): only danger *now* gets the 112 reply, which stands alone.

In the last held-back guide run 3 of 14 misses were long questions that only mention danger – past, habitual,
feared, or a change that is not danger at this moment – and got the 112 box instead of the guide answer:
«… og nå har han begynt å sende meldinger igjen» (a change, not danger now), «han har funnet ut hvor hun bor nå»
(«nå» belongs to «bor») and «har sett bilen hans utenfor den nye blokka flere kvelder på rad» (habitual, like
«hver kveld»). This table is fresh material written for that: questions that must get the guide answer, and
questions (also long, also asking what to do) that report danger happening now or on its way and must get 112.
"""

from __future__ import annotations

import re

import pytest

from bot.acute import looks_acute

NOT_NOW = [
    # the three held-back misses, as full questions
    "Hun forteller at han har våpen i huset, og nå har han begynt å sende meldinger igjen. Hva bør vi gjøre med "
    "truende meldinger, og hvordan lager vi en sikkerhetsplan?",
    "En beboer sier at han har funnet ut hvor hun bor nå. Hvordan bør vi vurdere sikkerheten hennes, og hva kan vi "
    "gjøre for å beskytte henne?",
    "Hun har sett bilen hans utenfor den nye blokka flere kvelder på rad. Hva gjør vi med det, og bør hun anmelde "
    "det som forfølgelse?",
    # past
    "Han slo henne flere ganger i fjor, og hun er fortsatt redd for ham. Hvordan kan vi hjelpe henne med å søke "
    "om besøksforbud?",
    "Hun forteller at han kvelte henne for to uker siden, men hun har ikke vært hos lege. Hvorfor er det viktig "
    "å få undersøkt kvelning i ettertid?",
    "Han har tidligere holdt henne innelåst i leiligheten i flere dager. Hvordan kan vi hjelpe henne å bearbeide "
    "det, og hvor kan hun få terapi?",
    "En kvinne ringte i går og sa at samboeren hadde truet henne med pistol i helgen. Hvordan følger vi opp en "
    "slik henvendelse i dag?",
    "Hun fortalte at han tok kvelertak på henne forrige helg. Hvordan kan vi motivere henne til å ta kontakt med "
    "legevakten for dokumentasjon?",
    "Han sendte henne truende meldinger hele natta i forrige uke. Skal hun svare på meldingene, eller bare ta "
    "vare på dem?",
    "Barna forteller at far slo mor mange ganger før de flyttet hit. Hvordan snakker vi med barna om det de har "
    "opplevd?",
    "Ho fortel at han slo ho fleire gonger medan dei budde saman. Korleis kan vi hjelpe ho med å melde saka til "
    "politiet?",
    "He threatened her with a knife last year and has now been released from prison. How do we update her risk "
    "assessment?",
    "She told us he used to hit her when he was drunk, and she is afraid he will find her. How do we start a "
    "safety plan with her?",
    "Hun forteller at han brukte å stå utenfor vinduet om natten da de bodde sammen. Hvordan kan vi hjelpe henne "
    "med søvnproblemer og angst?",
    "Hun sier at han pleide å true med kniv når han var full. Hvordan kartlegger vi risikoen nå som han har "
    "sluppet ut av fengsel?",
    "Hva gjør vi når en beboer forteller at faren truet henne med tvangsekteskap i fjor sommer, og hun er redd "
    "for å bli sendt utenlands?",
    # habitual, repeated
    "Beboeren forteller at han har truet med å drepe henne gang på gang de siste årene. Hvordan dokumenterer vi "
    "dette best til politiet?",
    "De siste ukene har han ringt henne hver natt fra skjult nummer. Hva kan hun gjøre for å få det til å "
    "stoppe, og hvem kan hjelpe?",
    "Han har stått utenfor jobben hennes flere ganger den siste måneden. Kan arbeidsgiveren gjøre noe, og hva "
    "bør hun si til dem?",
    "Ho har sett bilen hans utanfor arbeidsplassen hennar fleire dagar på rad. Kva bør vi gjere, og kan ho få "
    "besøksforbod?",
    "He has been sending her threatening messages for the last few weeks. What should she do with them, and "
    "should she report it to the police?",
    "She has seen his car outside her new flat several evenings in a row. What do we advise, and is this "
    "stalking under Norwegian law?",
    "Hver gang han har vært full de siste månedene har han truet med å brenne ned huset. Hvordan vurderer vi "
    "risikoen for henne?",
    "Beboeren forteller at eksen har kjørt forbi krisesenteret flere ganger denne uka. Skal vi melde det til "
    "politiet, og hva sier vi til de andre beboerne?",
    "Moren hennes har truet med å sende henne tilbake til hjemlandet gang på gang. Hva vet vi om æresrelatert "
    "vold, og hvem kan vi kontakte?",
    "De siste ukene har naboen hørt skrik fra leiligheten flere ganger. Hva kan naboen gjøre, og kan hen ringe "
    "oss anonymt?",
    "Han har gjentatte ganger sendt henne bilder av våpen på Snapchat. Hvordan sikrer vi bevis før meldingene "
    "forsvinner?",
    "Hva gjør vi med en bruker som har blitt slått av sønnen sin gjentatte ganger, men som ikke vil anmelde ham?",
    "Han har flere ganger sagt at han skal ta barna fra henne. Hva kan hun gjøre juridisk, og hvem bør hun "
    "snakke med?",
    "Eksen har truet henne på Facebook flere ganger den siste tiden. Hvordan kan hun få slettet innleggene og "
    "anmelde dem?",
    "Hun har sett ham på kjøpesenteret i nærheten flere ganger de siste dagene. Er det tilfeldig, eller bør vi "
    "behandle det som forfølgelse?",
    "For several nights in a row someone has rung her doorbell and run away, and she thinks it is him. What "
    "should she do?",
    "My colleague says a resident's ex keeps turning up at the bus stop near the shelter week after week. What "
    "should we do?",
    "Ho har fått fleire truande brev dei siste vekene. Kva bør ho gjere med breva, og bør vi kontakte politiet?",
    # feared
    "Hun er redd for at han skal dukke opp på skolen til barna en dag. Hva bør vi si til skolen, og hvordan "
    "planlegger vi henting?",
    "Hun er redd han kommer til å ta med seg barna til utlandet når han har samvær neste gang. Hva kan vi gjøre "
    "før det?",
    "Hun frykter at han vil drepe henne hvis hun går fra ham. Hvordan tar vi den frykten på alvor i "
    "risikovurderingen?",
    "Ho er redd for at han skal finne ut kvar ho bur no. Korleis kan vi hjelpe ho med å halde adressa hemmeleg?",
    "She is scared he will show up at the shelter one day because he knows the town. What routines do we have "
    "for unwanted visitors?",
    "Hvordan kan vi hjelpe en mor som er redd for at eksen vil oppsøke henne når han får vite at hun har flyttet "
    "til ny kommune?",
    "Han har vært innlagt på psykiatrisk og skal skrives ut neste uke. Hun er redd for hva han kan finne på. Hva "
    "gjør vi?",
    "Hun bor nå alene med barna og er redd for at han skal komme på besøk uanmeldt. Hvordan lager vi en plan "
    "for hvis det skjer?",
    "Han har fått besøksforbud, men hun tror ikke han vil respektere det. Hvordan kan hun få voldsalarm, og hvem "
    "søker hun hos?",
    # changed, but not danger at this moment
    "Han har nå flyttet til samme by som henne, og hun frykter at han vil oppsøke henne. Hvordan kan vi styrke "
    "sikkerheten rundt henne?",
    "Eksmannen hennes har begynt å følge henne på Instagram igjen etter at hun flyttet hit. Hva råder vi henne "
    "til å gjøre med kontoene sine?",
    "Hun bor nå hos søsteren sin, men han vet hvor søsteren bor. Hva bør vi tenke på når vi hjelper henne med "
    "en sikkerhetsplan?",
    "Eksen har byrja å sende ho meldingar igjen etter at ho flytta. Korleis bør ho ta vare på meldingane som "
    "bevis?",
    "Her ex has found out where she lives now. How should we assess the risk, and what can we do to make her "
    "feel safer?",
    "Hva gjør vi hvis en beboer forteller at han har begynt å ringe foreldrene hennes igjen for å finne ut hvor "
    "hun er?",
    "Hun har nå fått ny adresse og hemmelig nummer, men er redd han skal finne henne via barnehagen. Hva bør vi "
    "si til barnehagen?",
    "Han har nå sluttet å betale husleie og tatt bankkortet hennes. Er det økonomisk vold, og hvordan kan hun få "
    "kontroll over økonomien igjen?",
    "Hun sier at han har begynt å drikke igjen og at hun er redd for hvordan han blir. Hva bør vi ta opp med "
    "henne før samvær?",
    "Hun bor nå på krisesenteret, men han har begynt å møte opp ved skolen til sønnen. Hva bør skolen gjøre hvis "
    "han kommer igjen?",
    "Han har truga ho med kniv før, og no har han fått vite kvar barnehagen er. Korleis bør vi planleggje "
    "henting av barna?",
    "He has started calling her again from different numbers after a quiet period. What can she do, and does it "
    "break the restraining order?",
    "Han har vært voldelig mot henne i mange år, og nå har hun endelig bestemt seg for å gå. Hvordan hjelper vi "
    "henne med det praktiske?",
    "Han har nå fått vite hvilken skole barna går på, og hun er redd. Hva kan skolen gjøre for å hindre at han "
    "henter dem?",
    "Etter at hun flyttet har han begynt å skrive til vennene hennes igjen. Hvordan kan hun be vennene om hjelp "
    "uten å avsløre adressen?",
    "Hun forteller at han har truet henne med kniv tidligere og nå vet hvor hun jobber. Hvordan kan "
    "arbeidsplassen bidra til sikkerheten hennes?",
    "Han har begynt å betale regningene hennes igjen for å få henne tilbake. Hvordan snakker vi med henne om "
    "manipulasjon?",
    "Kva gjer vi når ein bebuar fortel at eksen har truga med å ta livet av seg sjølv om ho ikkje kjem heim att?",
    "Hvordan snakker vi med en kvinne som har levd med vold i mange år og som nå vurderer å dra tilbake til ham?",
    "I think her partner has been controlling her phone for months. What signs of coercive control should we "
    "look for when we talk to her?",
]

NOW = [
    "Eksen til en beboer står i gangen nå og roper at han skal drepe henne. Hva gjør jeg, skal vi låse oss inne?",
    "Han står utenfor døra til krisesenteret akkurat nå og banker hardt. Beboeren gråter på rommet sitt. Hva "
    "skal jeg gjøre først?",
    "En kvinne ringer og sier at mannen er på vei hjem med kniv, og hun er alene med barna. Hva sier jeg til "
    "henne?",
    "Hun sier at han truer henne nå på telefonen og sier at han kommer. Hvordan hjelper jeg henne videre i "
    "samtalen?",
    "Han har kniv nå og har låst seg inne på badet med sønnen deres. Kvinnen ringte oss, hva gjør jeg?",
    "Jeg har en kvinne på telefonen som sier at han slår henne akkurat nå, hun hvisker. Hva gjør jeg mens hun "
    "er på tråden?",
    "Eksmannen sitter i bilen utenfor blokka hennes nå og har sendt melding om at han skal ta henne. Hva bør hun "
    "gjøre?",
    "Beboeren fikk nettopp melding om at han er på vei hit med en venn for å hente barna. Hvordan forbereder vi "
    "oss?",
    "Ho ringer og seier at han står utanfor døra no og prøver å bryte seg inn. Kva skal eg seie til ho?",
    "Han er på veg hit no, han skreiv at han skal ta ho. Kva gjer vi med dei andre bebuarane medan vi ventar?",
    "He is standing outside the shelter right now shouting her name, and the kids are scared. What do I do "
    "first?",
    "A woman on the phone says her husband is hitting her right now and she is locked in the bathroom. What "
    "should I tell her?",
    "He is on his way here with a gun, she just got a text from his brother. How do we protect the residents?",
    "Hun er i livsfare nå, han har tatt kvelertak på henne og hun klarte å ringe oss. Hva gjør jeg nå?",
    "Samboeren hennes har et gevær i hånden og sier at han skal skyte seg og henne. Hun ringer fra naboen, hva "
    "gjør jeg?",
    "Det er en mann i resepsjonen nå som truer personalet og krever å få snakke med kona si. Hvordan håndterer "
    "vi dette?",
    "Han har nettopp sparket inn døra hjemme hos henne og hun har gjemt seg på soverommet med barna. Hva sier "
    "jeg?",
    "Hun sier at han holder sønnen fast nå og ikke vil slippe ham, og at han har drukket hele dagen. Hva gjør "
    "jeg?",
    "Jeg hører at han skriker i bakgrunnen og slår i ting mens hun snakker med meg. Hvordan skal jeg avslutte "
    "samtalen trygt?",
    "Eksen har tatt seg inn i bygget og står utenfor rommet hennes nå. Vi er bare to på vakt, hva gjør vi?",
    "Han sitter og venter utenfor nå og har sagt at han ikke går før hun kommer ut. Bør vi ringe politiet eller "
    "vente?",
    "Hun ble nettopp knivstukket og blør, hun ringte oss i stedet for legevakten. Hva skal jeg gjøre mens hun er "
    "på telefonen?",
    "Han kommer nå, hun ser bilen hans svinge inn på parkeringsplassen. Hva skal hun gjøre, og hva gjør vi?",
    "Beboeren sier at faren hennes og brødrene er på vei hit for å ta henne med hjem med makt. Hva gjør vi?",
    "He just called and said he is coming to kill her tonight, and he knows the address. What should we do "
    "right now?",
    "Someone is trying to break in through the back door at this moment and the resident says it is her ex. What "
    "do we do?",
    "Hun har låst seg inne på do fordi han er full og truer med å drepe henne. Hun sendte melding til meg, hva "
    "gjør jeg?",
    "Kvinnen jeg snakker med sier at han står på trappa nå med en øks. Skal jeg be henne ringe politiet selv?",
    "Ho er i akutt fare, han har sperra ho inne og tatt telefonen. Naboen ringde oss. Kva gjer vi no?",
    "Han truer henne nå med å kaste henne ut fra balkongen, og barna ser på. Hva skal jeg si til henne på "
    "telefonen?",
    "Mannen har tatt med seg barna i bilen nå og kjører i full fart, han sa at ingen skal se dem igjen. Hva gjør "
    "vi?",
    "Det ringer på døra hele tiden nå og han roper gjennom brevsprekken at han vet hun er her. Hva gjør vi med "
    "beboerne?",
    "En beboer kom nettopp tilbake og sier at han følger etter henne og er like bak, snart ved porten. Hva gjør "
    "jeg?",
    "Han har pistol nå og truer med å skyte alle i huset. Kvinnen ringte fra badet. Hva sier jeg til henne?",
    "She says he is outside her window right now with a knife, and she is alone with the baby. How do I help "
    "her?",
    "Hun er redd nå fordi han står i trappeoppgangen og venter på henne med en kniv. Hva skal hun gjøre?",
    "Kjæresten til en ungdom slår henne akkurat nå ifølge venninna som ringer. Hvordan skal jeg hjelpe venninna "
    "på telefonen?",
    "Han er her nå, han står ved inngangen og har en flaske i hånden. Jeg er alene på jobb, hva gjør jeg?",
    "Hun forteller at han har helt bensin i gangen og truer med å tenne på. Hun er i leiligheten nå, hva gjør "
    "jeg?",
    "Noen prøver å bryte opp døra til leiligheten hennes nå, og hun tror det er eksen. Hun ringer meg, hva sier "
    "jeg?",
    "Han er på vei opp trappa nå og hun har ikke fått låst døra. Hva skal jeg si at hun skal gjøre?",
    "Eksen har nettopp truet henne med kniv på parkeringsplassen og er fortsatt der. Beboeren ringte fra bilen, "
    "hva gjør vi?",
]


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def test_the_table_is_long_questions_of_15_to_40_words():
    assert len(NOT_NOW) >= 60 and len(NOW) >= 40
    assert [t for t in NOT_NOW + NOW if not 15 <= _words(t) <= 40] == []
    assert len(set(NOT_NOW + NOW)) == len(NOT_NOW) + len(NOW)


@pytest.mark.parametrize("text", NOT_NOW)
def test_past_habitual_feared_or_changed_danger_gets_the_guide_answer(text):
    assert not looks_acute(text)


@pytest.mark.parametrize("text", NOW)
def test_danger_now_or_on_its_way_gets_112(text):
    assert looks_acute(text)


@pytest.mark.parametrize("text", [
    "han står utenfor nå",
    "eksen er på vei",
    "han truer henne nå",
    "nå truer han henne med kniv",
    "han har kniv nå",
    "hun bor nå hos søstera, og han står utenfor døra der",
    "han har nå funnet ut hvor hun er og er på vei hit",
    "nå har han begynt å true henne igjen, han står nede på gata",
])
def test_a_word_for_now_with_the_danger_still_alarms(text):
    assert looks_acute(text)


@pytest.mark.parametrize("text", [
    "han har våpen, og hun bor nå hos moren sin",
    "han har kniv hjemme, men hun har nå flyttet",
    "han slo henne med belte, og nå har han begynt å ringe igjen",
    "he used to carry a knife and has now moved back to town",
    "eksen står utenfor døra hennes flere kvelder på rad",
    "de siste ukene står han utenfor jobben hennes",
    "han sitter i bilen utenfor blokka gang på gang",
    "he is waiting outside her work several evenings in a row",
])
def test_a_word_for_now_of_a_calm_verb_or_a_time_that_repeats_does_not(text):
    assert not looks_acute(text)


@pytest.mark.parametrize("text", [
    "mannen holder på å slå sønnen deres",
    "han er like ved og sier han skal ta henne",
    "eksen står i hagen og ser inn nå",
    "han har nettopp dukket opp her og krever å få se barna",
    "han prøver å dra henne ut av bilen nå",
    "he strangled her and is still in the house",
    "han kjører etter bussen hennes nå",
])
def test_violence_going_on_or_him_close_by_alarms(text):
    """Each phrase of bench/probes/acute-questions.yml's danger-now half that the check missed, written anew."""
    assert looks_acute(text)


@pytest.mark.parametrize("text", [
    "han truet med kniv før, og nå har han fått samvær med barna",
    "hun står i resepsjonen nå, vi tar førstesamtalen",
])
def test_a_change_in_his_rights_or_the_person_at_the_desk_does_not(text):
    assert not looks_acute(text)


@pytest.mark.parametrize("text", [
    "Han truet henne med kniv i fjor. Hva gjør vi nå?",
    "Hun sier han truet med kniv for to uker siden. Hva gjør vi nå?",
    "he threatened her with a knife last year, what do we do now?",
    "Han hadde pistol i fjor, kva gjer vi no?",
])
def test_staff_asking_what_to_do_now_about_a_past_danger_gets_the_guide_answer(text):
    """The «nå» of «hva gjør vi nå?» is when staff act; with a past time said of the danger it is no alarm."""
    assert not looks_acute(text)


@pytest.mark.parametrize("text", [
    "Han truet henne med kniv. Hva gjør vi nå?",  # no time said: the knife may be now
    "han truet med kniv i fjor og nå står han utenfor med kniven, hva gjør vi nå?",
    "han slo henne i går og har kniv nå, hva gjør vi nå?",
])
def test_without_a_past_time_or_with_danger_now_beside_it_it_still_alarms(text):
    assert looks_acute(text)


@pytest.mark.parametrize("text", [
    # the final14 run (spent): each got only the 112 box instead of its guide answer
    "hun har flyttet ut og han har funnet adressen hennes hva gjor vi",
    "eksen har funne adressa hennar, kva gjer vi med tryggleiken no som ho bur for seg sjølv?",
    "den eldste datteren tilbyr seg å tolke for mora, er det greit i en sånn nødsituasjon?",
    "hva gjør vi i slike nødsituasjoner?",
])
def test_her_own_address_found_or_an_emergency_named_as_a_kind_is_no_alarm(text):
    assert not looks_acute(text)


@pytest.mark.parametrize("text", [
    "faren hennes har funnet adressen",
    "han har funnet adressen til senteret",
    "han har funnet adressen hennes og står utenfor nå",
    "det er en nødsituasjon",
    "dette er en nødsituasjon, han har kniv",
])
def test_the_shelters_address_found_or_an_emergency_said_still_alarms(text):
    assert looks_acute(text)


@pytest.mark.parametrize("text", [
    # acuteq's probe (bench/probes/acute-questions.yml): danger now the check still missed
    "hun hvisker i telefonen at han går rundt med kniv og leter etter henne",
    "han har nå omringet huset sammen med brødrene",
    "det står en bil med fire menn utenfor senteret",
    "det står en mann utenfor og roper, hva gjør jeg?",
    "det sitter noen i en bil utenfor og ser inn",
])
def test_someone_threatening_at_the_door_or_a_weapon_carried_now_alarms(text):
    assert looks_acute(text)


@pytest.mark.parametrize("text", [
    "det står ei dame på trappa og gråter, hun vil ikke si hvem hun er – vi tar første henvendelse",
    "han går alltid rundt med kniv, sier hun",
    "hva gjør vi dersom det står en mann utenfor og roper?",
])
def test_the_person_at_the_door_a_habit_or_a_condition_does_not(text):
    assert not looks_acute(text)
