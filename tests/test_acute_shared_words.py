"""The 112 check on one shared vocabulary (``bot.acute_words``): every scene kind reads the same persons, places,
weapons and pills, so a person or place that one kind knows, all kinds know.

Made from tests/acute17_probe.py, which was written before this round and missed 29 of 63 danger-now staff messages:
most misses were a word missing from one kind's own list (a brother-in-law, her father, his friends, a woman, the
kindergarten gate, a shotgun, sleeping pills), not a missing structure.
"""

from __future__ import annotations

import pytest

from bot.acute import looks_acute

# The same scene with each kind of person: kin, in-laws, his people, a woman named by a noun.
PERSONS = ["svogeren", "faren hennes", "vennene hans", "kona til beboeren", "svigermora", "fetteren hennes",
           "ekskjæresten hennes, en kvinne,", "onkelen hennes", "broren til eksen"]
SCENES = ["{p} står i trappeoppgangen nå", "{p} står nede på parkeringsplassen og venter",
          "{p} står ved barnehageporten akkurat nå", "{p} klatrer over gjerdet", "{p} ringer på døra nå",
          "{p} har akkurat kommet inn i resepsjonen"]


@pytest.mark.parametrize("scene", SCENES)
@pytest.mark.parametrize("person", PERSONS)
def test_every_person_in_every_place_scene(person: str, scene: str) -> None:
    assert looks_acute(scene.format(p=person).capitalize())


DANGER_NOW = [
    # places near her: the school, the kindergarten
    "Svogeren står ved barnehagen og ventar på ungane no",
    "his friends are waiting at the kindergarten gate for her",
    # harm attempted, dragged, kept in
    "Han prøver å kjøre henne ned med bilen på parkeringsplassen",
    "Faren hennes drar henne etter håret ut av bilen nå",
    "Samboeren hennes, ei dame, holder henne innestengt på badet akkurat nå",
    "Han har en hagle og har låst seg inne med barna",
    # a threat of death shouted now, or with a coming; a threat with a weapon
    "Svogeren til beboeren står nede på gata og roper at han skal drepe henne",
    "Han har satt seg i bilen og sier han skal kjøre hit og drepe henne",
    "Sønnen hennes truer henne med balltre i stua akkurat nå",
    # knocking and it is him; a fight; petrol
    "Det banker hardt på døra og det er eksen, han skriker at han vet hun er her",
    "Naboen ringte akkurat: det er slåsskamp i leiligheten hennes og hun skriker",
    "Han står og heller bensin rundt huset hennes",
    # channels of now: the camera, the phone, a message a minute ago
    "Vi ser på overvåkingskameraet at eksmannen klatrer over gjerdet",
    "I can hear him hitting her on the phone right now",
    "Her girlfriend is choking her, the neighbour just called",
    "She just texted: he's coming up the stairs",
    "Beboeren fikk en melding for ett minutt siden: «jeg er på vei, i kveld dør du»",
    "Eksen sender meldinger nå om at han ser henne fra bilen",
    # pills and means of self-harm
    "Hun har tatt en hel boks med sovetabletter for en halvtime siden og svarer ikke ordentlig",
    "hun har tat masse piler nettop",
    "hun tok pillene nettopp",
    "En beboer står på balkongen med et tau og sier hun vil gjøre det slutt",
    "ho har eit tau og er på loftet no",
    "Hun ligger på gulvet og puster rart, han har tatt kvelertak på henne",
    # typos and weapons named by the shared list
    "eksen står utnfor døra med kiv nå",
    "han slr henne nå, hører det på tlf",
    "han har kniv og er her",
    "Han har tatt med seg barna i bilen og kjører mot grensen nå",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now(text: str) -> None:
    assert looks_acute(text)


NOT_NOW = [
    # a past told in the present, the time first
    "I fjor står han plutselig utenfor med kniv, og hun flytter hit etter det",
    "Sist sommer tar hun en overdose med piller, nå går det bedre",
    "I går sto han utenfor leiligheten hennes med kniv og ringte på i en time",
    # a calm «nå», the person herself here
    "Nå er hun trygg her, men han har kniv hjemme",
    "hun var i fare i går, men nå er hun trygg hos søsteren",
    "Hun er her nå og er redd for eksen",
    "Start triage, ho er her no",
    # a condition, an old message
    "Korleis skal vi gjere det om han kjem hit med øks?",
    "Hun har en gammel melding der han skriver at han kommer med kniv",
    # what he does, told as a list (dev dialogue answers): no alarm from the wider kinds
    "slår og truer med kniv",
    "han trugar med kniv",
    "truer med kniv og har slått henne",
    "dytter, river henne i håret og knuser tingene hennes",
    "Ein mann som kom hit etter ein slåsskamp med sambuaren, seier no at han vil heim att i kveld",
    # the wider places and persons, but past or habitual (the dev sweep)
    "He grabbed her arm in the parking lot and threatened her",
    "he showed up at the door",
    "Eksen til en dagbruker står stadig utenfor jobben hennes og sender beskjeder via venner",
]


@pytest.mark.parametrize("text", NOT_NOW)
def test_not_now(text: str) -> None:
    assert not looks_acute(text)


# Round 6, from tests/acute17_probe2.py (written after round 5, which still missed 21 of 36): the place left open when
# the scene says what makes it a threat; harm verbs on a person as one list; a word for now before the verb.
ROUND_6 = [
    "Hennes tidligere samboer står i sykkelboden med en skrutrekker og venter på henne",
    "Nevøen til eksen sitter i vaskekjelleren og vil ikke gå",
    "Eksen står i vaskerommet og venter på henne",
    "Eksen til søsteren hennes står på lekeplassen der ungene leker akkurat nå",
    "Barnefaren står utenfor nå",
    "Vi har henne på videosamtale og ser at han slår henne i ansiktet",
    "Dørtelefonen ringer og det er han, han sier han skal knuse døra om vi ikke åpner",
    "Det kom nettopp en snap fra ham med bilde av inngangen vår",
    "Kollegaen ringer fra kjøkkenet: det står en fremmed mann der med et jernrør",
    "Dørkameraet viser eksen som prøver å lirke opp låsen",
    "Hun kutter seg på badet nå og vil ikke åpne",
    "Beboeren står på togskinnene og tar ikke telefonen",
    "Han har stengt henne inne på verandaen i minusgrader",
    "Han dytter henne ned trappa akkurat nå",
    "Mannen hennes tvinger henne inn i en varebil på parkeringa",
    "Bror hennar har kome inn i leilegheita og slår ho",
    "Ungane ringjer frå naboen og seier at far deira trugar mora med kniv",
    "The kids' father just grabbed the boy outside the school and drove off",
    "His cousin is sitting in a car outside her work with a baseball bat",
    "She's on the roof of the car park saying she'll jump",
    "hun har svelgt masse tablletter akurat",
    "mannen hennes banker henne nå, hører det",
    "nå drar han henne etter håret ut av huset",
]


@pytest.mark.parametrize("text", ROUND_6)
def test_round_6(text: str) -> None:
    assert looks_acute(text)


ROUND_6_NOT = [
    "Hun viste oss en gammel snap der han står utenfor inngangen",
    "Barnefaren sto utenfor vinduet flere ganger i fjor",
    "Hvordan håndterer vi det om en beboer kutter seg?",
    "hun kutter seg av og til når det blir vanskelig",
    "Eksen står på lekeplassen hver dag og ser på ungene",
]


@pytest.mark.parametrize("text", ROUND_6_NOT)
def test_round_6_not(text: str) -> None:
    assert not looks_acute(text)
