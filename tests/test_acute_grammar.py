"""Round 7 of the 112 check (helper acute18): a small grammar of «someone threatening + here/near her + now/live»
(``bot.acute_words``: ``OPEN_PLACE``, ``OPEN_TOOL``, ``THREAT_ACT``, ``NOW_LIVE``, ``HARM_DONE``, ``STILL_THERE``;
``bot.acute_scene._SCENES_7``) instead of more words. The texts are from tests/acute18_probe.py (written before the
round, 24 of 54 staff messages missed) plus variants of the same structure with other nouns, so that a test names the
structure and not the probe's words. Made up in our own words."""

import pytest

from bot.acute import looks_acute
from bot.dialogue.engine import is_acute

DANGER_NOW = [
    # any place + a threatening act
    "Mannen hennes sitter i bilen sin på gjesteparkeringen og stirrer opp mot vinduet vårt",
    "Eksen sitter i en Tesla ved kiosken og glor mot inngangen",
    "Han står ved bensinstasjonen over gata og følger med på inngangen nå",
    "Familien hennes står i resepsjonen og sier hun skal sendes til hjemlandet i kveld",
    "Svogeren står ved fotballbanen og roper navnet hennes",
    # a threatening act with a now or a live channel
    "Exen venter ved rundkjøringen ved krisesenteret nå",
    "Vennen hans kjører etter bilen hennes akkurat nå",
    "Vi ser ham på overvåkingskameraet nå, han prøver døra",
    "Her brothers are looking for her in town right now",
    # the verb first after «nå»
    "Akkurat nå ringer han på porttelefonen igjen og igjen",
    # any tool held
    "Han går rundt i gangen med en sag og roper at hun skal komme ut",
    "Han har en kjetting i hånda og venter ved bilen hennes",
    "Eksen står i oppkjørselen med ei motorsag og venter",
    "Svogeren truer henne med en spade i hagen nå",
    # harm just done, or done and still there
    "Han har nettopp slått henne i ansiktet og er fortsatt i leiligheten",
    "Mannen har akkurat dyttet henne ned trappa",
    "Han har nettopp tatt telefonen hennes og låst døra",
    "Han har nett slått ho og er framleis i huset",
    # a live channel telling he is near
    "Han ringer henne nå hele tiden og sier han er i nærheten",
    # his people, on the way to take her by force
    "Moren hans er her og truer med å ta barnet",
    "Faren hennes er på vei hit og sier han skal hente henne med makt",
    "Foreldrene har tatt passet hennes og stengt henne inne på rommet nå",
    # after probe 9 (tests/acute18_probe2.py, measured fresh first): anyone named as hers doing what threatens by
    # itself with a now, harm thrown at her, «har nettopp» before a kind that alarms on the perfect alone
    "Morbroren hennes leter etter henne på biblioteket akkurat nå",
    "Mannen har akkurat kastet en stol på henne",
    "Han har nettopp tatt med seg ungene ut i bilen og kjører",
    # self-harm
    "Hun sitter i vinduskarmen i fjerde etasje med beina ute",
    "Hun sier hun har lagt et tau klart og vil gjøre det i natt",
]

NOT_NOW = [
    "Han står ofte på busstoppet utenfor jobben hennes",
    "Hun drømmer om at han banker på døra",
    "Eksen sto i sykkelparkeringen og ventet på henne i fjor",
    "Han pleide å sitte i bilen på gjesteparkeringen og stirre opp mot vinduet",
    "Han har slått henne flere ganger tidligere",
    "Han har et brekkjern i bilen, er det noe vi bør tenke på?",
    "Hva gjør vi om han står utenfor med kniv?",
    "Han venter på svar fra NAV nå",
    "Han truer med barnevernet nå",
    "Mannen hennes sitter på kontoret nå",
    "Broren venter på svar fra UDI nå",
    "Han prøver å få seg jobb nå",
    "Faren hennes sitter på kontoret og følger med på saken",
    "Han venter nå",
    "Eksen krever å få se barna nå",
    "Han har nettopp kastet ut søpla",
    "Broren har akkurat tatt barna til skolen",
    "Kontaktpersonen hennes venter på henne nå",
    "Søskenbarnet hennes banker",
    # the dev sweep: a threat and a «nå» in different clauses (a first talk asked for now)
    "Jeg har en eldre mann i resepsjonen som sier at sønnen truer ham og tar pengene hans, og han vet ikke om han vil "
    "bo her eller bare prate. Jeg trenger at du leder meg gjennom en førstesamtale med ham nå.",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now_by_structure(text: str) -> None:
    assert looks_acute(text)


@pytest.mark.parametrize("text", [t for t in DANGER_NOW if not t.startswith(("Faren", "Foreldrene"))])
def test_danger_now_in_the_dialogue_readers(text: str) -> None:
    assert is_acute(text)


@pytest.mark.parametrize("text", NOT_NOW)
def test_not_now(text: str) -> None:
    assert not looks_acute(text)
