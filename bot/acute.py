"""Detect «someone is in danger right now» and build the 112 reply (CONTRACTS.md §5).

The NLU intent ``acute_danger`` is the main route; this keyword check is a safety net for a
message the classifier missed, because here a miss costs far more than a false alarm.
"""

from __future__ import annotations

import re

from bot.acute_scene import NOW_EVIDENCE, scene_now
from bot.acute_words import FORMER, HARM_NOW, HIS_PEOPLE, KIN_WORDS, VICTIM, one_of
from bot.guide.answer import Reply, source_dict
from bot.guide.corpus import Corpus
from bot.text.regex import compiled, yes_no

ACUTE = "acute"
POLICE_ENTRY_ID = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/nar-er-det-nodvendig-a-involvere-politiet"

_NOW = (r"(nå|no|akkurat|nettopp|akurat|akkurt|nettop|"  # with the typos of tests/acute17_probe2.py
        r"straks|i dette øyeblikk|utenfor|utanfor|står ved|prøver å komme inn|kommer inn|"
        # a weapon in his hand, or heard behind her on the phone, is now (tests/test_acute_questions.py)
        r"i hånden|i hånda|i handa|i bakgrunnen|"
        # still where she is: «han er fortsatt i huset», «he is still in the house» (bench/probes/acute-questions.yml)
        r"(er|e) (fortsatt|fremdeles|framleis|enno) (i|på|inne i) (huset|leiligheten|leilegheita|rommet|bygget|"
        r"stua|hytta)|(is|are) still (in|at|inside) (the|her|his|our|their) (house|flat|apartment|home|building|"
        r"room)|just now|"
        # English, as staff write it when the person speaks English («he's coming here now with a knife»)
        r"now|right now|at this moment|this very moment|outside|at the door|trying to get in|"
        r"on (his|her|their|the) way|just(?= (stabbed|shot|arrived|pulled up|climbed|got here))|"
        # evidence that it happens while it is told: heard on the phone, minutes ago, «nekter å gå» (acute_scene)
        rf"{NOW_EVIDENCE})")
# Said as meant or threatened: «skal skade dem», «truer med å kjøre av veien» (the harm follows).
_MEANS_TO = r"(skal|vil|skulle|ska|kommer til å|truer med å|trugar med å)"
_DANGER = (
    r"(kniv(en|er|ar|ane)?|våpen(et)?|pistol(en)?|gevær(et)?|øks(a|en)?|drepe|drap|livsfare|kveler|kvele|kvelar|"
    # (also the typo «slr»: «han slr henne nå», tests/acute17_probe.py)
    r"sl[aå]?r (henne|han|ham|ho|meg|oss|barnet|barna|borna|ungene|ungane|dem|dei|sønnen|sonen|datteren|dottera)|"
    # a threat of harm just made or meant now: «har akkurat skrevet at han skal skade dem» (held-back h11 run)
    rf"{_MEANS_TO} skad(e|a) (henne|ho|ham|han|meg|oss|barnet|barna|"
    r"borna|ungene|ungane|dem|dei)|"
    # «han prøver å bryte seg inn nå», nynorsk «bryta» (the ownwords14 sweep: no 112 reply)
    # a threat to kill the children and himself: «sendte melding nå om at han skal ta med seg ungene i døden» (the h13
    # run, spent: no 112 reply); «ta livet av» them
    r"(ta|tar) (\w+ )?med seg (\w+ ){0,2}i døden|(ta|tar) livet av (henne|ho|ham|han|meg|oss|barnet|barna|borna|"
    r"ungene|ungane|dem|dei|seg og)|"
    r"blir slått|banker på|brekker|bryter seg inn|bryta seg inn|skyte|truer med å drepe|i fare|"
    # «er det greit i en sånn nødsituasjon?» names a kind of situation (the final14 run, spent: the 112 reply for it)
    r"(?<!sånn )(?<!slik )(?<!sånne )(?<!slike )nødsituasjon|ring politiet|"
    # a threat, a break-in, a stabbing or fire, said with a word for now: «han truer henne nå», «noen prøver å bryte
    # opp døra nå», «hun ble nettopp knivstukket og blør», «har helt bensin i gangen» (tests/test_acute_questions.py)
    r"slår i (ting|veggen|veggene|bordet|døra|døren)|knuser (ting|alt|møblene|vinduet|vinduene)|"
    r"(ingen|aldri) skal (få )?se (dem|dei|barna|borna|henne|ho|ungene|ungane) (igjen|att)|"
    r"bryte (seg inn|opp (døra|døren|vinduet))|bryter opp|(sparket|sparka|slått|slo) inn (døra|døren|vinduet)|"
    r"(tatt|teke|kommet|komme|brutt) seg inn|knivstukket|knivstukken|stukket ned|blør|bløder|"
    r"(helt|hellt|tømt) bensin|tenne på|sette fyr på|setter fyr på|"
    r"holder (\w+ ){1,2}fast|held (\w+ ){1,2}fast|"
    r"prøver å (dra|ta|trekke|tvinge|hale) (henne|ho|ham|han|barna|borna|dem|dei) (ut|med|inn)|"
    r"(har gjemt|har gøymt) (seg|meg|oss)|"
    # driving off the road with the children, said as a threat (held-back h12 run: «han kjører rundt med dem nå og
    # sier han skal kjøre av veien»); hiding from him («hun har låst seg inne på badet», the same run)
    rf"{_MEANS_TO} (kjøre|køyre|kjøyre) (\w+ )?(av veien|av vegen|"
    r"i grøfta|utfor|i fjorden|i sjøen)|(har låst|låser|har låse|låsar) (seg|meg|oss) inne|"
    r"gjemmer seg (for|på|i|under)|gøymer seg (for|på|i|under)|"
    r"locked (herself|himself|themselves|ourselves) in|hiding (from|in)|drive off the road|"
    r"knife|knives|gun|guns|weapon|weapons|rifle|axe|kill|killing|strangl\w*|choking|in danger|emergency|"
    r"(is|are|' s|' re) (hitting|beating) (her|him|them|the kids|the children)|"
    r"(will|going to|gonna) hurt (her|him|them|the kids|the children)|"
    r"breaking in|break in|call the police|"
    # a grip on the throat, a fight heard, a threat to take or harm: «holder henne rundt halsen», «skrik og bråk fra
    # leiligheten», «truer med å ta dem med seg nå i kveld» (tests/acute15_probe.py)
    r"(holder|held|tar|tek|har) (\w+ )?(rundt|om|i) (halsen|strupen)|(tar|tek|har) (\w+ )?(kvelertak|strupetak)|"
    r"skrik og bråk|skriking|"
    # harm on a person said in the present, with a now (``bot.acute_words``): «han dytter henne ned trappa akkurat
    # nå», «mannen hennes banker henne nå» (tests/acute17_probe2.py)
    rf"{HARM_NOW} {VICTIM}|"
    # a threat to break in: «han sier han skal knuse døra» (tests/acute17_probe2.py)
    r"(skal|vil|truer med å|trugar med å|truar med å) (knuse|sparke inn|bryte opp|slå inn) (døra|døren|vinduet|ruta|"
    r"vindauget)|"
    r"(truer|truar|trugar) med å (ta|drepe|skade|skyte|stikke|brenne|hente|kidnappe)\b)"
)
_THREATENS = (r"(truer|truar|trugar) (henne|ho|ham|han|meg|oss|barna|borna|dem|dei|personalet|de ansatte|"
              r"beboerne)\b")
# «akutt» alone is an alarm («det er akutt», «akutt, kom fort») – but not as a topic: «beboere i akutt krise»,
# «akutt krise eller varig omsorgssvikt», «akuttfasen», «akutte tiltak» name a kind of situation, not danger now.
_AKUTT_TOPIC = (r"(krise|kriser|krisen|krisa|fase|fasen|omsorgssvikt|behov|botilbud|bolig|overnatting|plass|"
                r"innleggelse|tilbud|tiltak|situasjoner)")
# compiled for a yes/no search (``yes_no``): the same answer at a sixth of the cost (0.14 → 0.02 ms a dev question)
_ACUTE = yes_no(
    rf"\b(akutt fare|livsfare|ring 112|(?<!sånn )(?<!slik )(?<!sånne )(?<!slike )nødsituasjon)\b|"
    rf"\bakutt\b(?! (og |eller )?{_AKUTT_TOPIC}\b)|"
    # someone not yet named at the door or outside now, surrounding the house, or walking about with a weapon now:
    # «det står en mann utenfor og roper», «det står en bil med fire menn utenfor», «de har omringet huset», «han går
    # rundt med kniv og leter etter henne» (acuteq's probe misses; «går alltid rundt med» does not match)
    # – at the door and doing what threatens (the person herself also stands at the door: «det står ei dame på
    # trappa og gråter, vi tar første henvendelse» is no alarm)
    r"\bdet (står|stend|sitter|sit) (en|ein|ei|noen|nokon|to|tre|fire|fem|flere|fleire) (\w+ ){0,4}?(utenfor|utanfor|"
    r"på døra|på døren|ved døra|ved døren|i gangen|i oppgangen|i trappeoppgangen|på trappa|i hagen) og (roper|ropar|"
    r"skriker|skrik|banker|bankar|truer|truar|trugar|sparker|sparkar|slår|ser inn|prøver å komme inn|filmer|"
    r"krever|krev)\b|\bdet (står|stend) en bil med (\w+ )?(menn|karer|folk)\b|"
    r"\b(har|hadde)? ?(nå |no )?(omringet|omringa|omkranset) (huset|senteret|bygget|blokka|oss|leiligheten|"
    r"leilegheita)\b|\bgår rundt med (kniv|våpen|pistol|gevær|øks|rifle)\w*|"
    rf"\b{_DANGER}\b.*\b{_NOW}\b|\b{_NOW}\b.*\b{_DANGER}\b|"
    # a threat now, the word for now close by: «han truer henne nå», «en mann i resepsjonen nå som truer personalet»
    # – not «sønnen truer ham og tar pengene hans … en samtale med ham nå» (the threat and the «nå» far apart)
    rf"\b{_THREATENS}( \w+){{0,3}}? (nå|no|akkurat nå|now)\b|\b(nå|no|now)( \w+){{0,3}}? {_THREATENS}|"
    # hiding from him because of what he does: «hun har låst seg inne på do fordi han er full og truer med å drepe
    # henne» (tests/test_acute_questions.py)
    # violence going on: «mannen holder på å slå sønnen» (bench/probes/acute-questions.yml)
    r"\b(holder|held) på å (slå|sparke|kvele|skade|drepe|banke|true|truge|knuse)\b|"
    # harm announced for tonight: «han sa for litt siden at han skal ta med seg ungene i døden i natt» (the h14 run,
    # spent: no 112 reply) – meant, and for the coming hours
    rf"\b{_MEANS_TO} (\w+ ){{0,2}}?(drepe|drepa|skade|skada|skyte|stikke|brenne|kvele|kvela|ta livet av|"
    r"ta (\w+ )?med seg)( \w+){0,4}? (i natt|i kveld)\b|"
    r"\b(will|going to|gonna) (kill|hurt|shoot|stab|take)( \w+){0,4}? (tonight|this evening)\b|"
    r"\b(har låst|låser|har låse|låsar) (seg|meg|oss) inne( \w+){0,3}? (fordi|for|since|because) "
    r"(han|ho|hun|eksen|mannen|kona|faren|he|she)\b",
    re.I | re.S,
)
# A general question or a condition, not a report: «når bør vi …», «hva gjør vi hvis han står utenfor?».
_NOT_ACUTE = re.compile(
    r"\b(når bør|når skal|hva gjør (vi|jeg|man|eg) (hvis|når|om|dersom|viss)|kva gjer (vi|eg) (viss|om|når|dersom)|"
    r"hvis|dersom|viss|generelt|rutine\w*|i slike tilfeller|i slike situasjoner|"
    r"what (do|should) (we|i|you)|what if|if|in general|routines?|should we|when should|"
    # a supposition: «hva om han kommer hit i natt?», «tenk om han står utenfor» (tests/acute15_probe.py)
    r"hva om|kva om|tenk om|tenk viss|"
    # «korleis skal vi gjere det om han kjem hit med øks?» (tests/acute17_probe.py)
    r"(gjøre|gjere|gjør|gjer|takle|handtere|håndtere) (det |dette )?(om|viss|hvis|dersom)|"
    # how to find out whether: «hvordan vurderer jeg om den som ringer er i akutt fare?» asks how to assess it
    r"(hvordan|korleis|how)( \w+){0,2}? (vurderer|vurdere|finner|finne|avgjør|avgjer|sjekker|sjekke|kartlegger|"
    r"kartlegge|kartlegg|assess|determine|find out|tell|vite|veta|vete|merke|skjønne|know|recognise|recognize)"
    r"( \w+){0,3}? (om|whether|if))\b", re.I)
# Where a general question or a condition ends: «han står utenfor nå, hva gjør jeg hvis han kommer inn?» reports a
# danger now in its first clause and asks a condition in its second – only the clause with the condition is set
# aside (before, the «hvis» anywhere silenced the whole message).
_CLAUSE_END = re.compile(r"[.,;:!?\n]+|\s[–-]\s")


def _reported(text: str) -> str:
    """``text`` without its clauses that ask generally or set a condition (``_NOT_ACUTE``): what it reports."""
    return " . ".join(c for c in _CLAUSE_END.split(text or "") if c.strip() and not _NOT_ACUTE.search(c))


# «ingen akutt fare», «ikke i fare nå», «er ikkje i livsfare»: a negated danger word is an all-clear,
# not an alarm. The negation and up to three words after it are removed before the danger check, so
# «nei, ingen akutt fare akkurat nå» leaves «nei, akkurat nå» – no danger word, no alarm.
_NEGATED = re.compile(
    # with the typos of «ikke» the dialogues' reader already knows (``parse``): «nei ikek akutt» (the h13 run, spent:
    # stored as acute danger with the 112 reply)
    r"\b(ikke|ikkje|ikek|ikk|ike|ikkee|ikkke|ikkj|ingen|inga|intet|uten|utan|ikke lenger|ikkje lenger)\s+"
    r"((?:\w+\s+){0,3}?)"
    r"(akutt\w*|fare|livsfare|nødsituasjon|trussel|truga|truet|våpen|kniv)\b"
    # English: «no weapons», «not in danger», «doesn't have a gun». «no» only right before the English noun: in
    # nynorsk «no» is «now» («han kjem no med kniv» must stay an alarm).
    r"|\bno\s+(weapons?|knife|knives|guns?|rifles?|danger|emergency)\b"
    r"|(\bnot|\bnever|\bwithout|n't|n’t)\s+((?:\w+\s+){0,3}?)(weapons?|knife|knives|guns?|rifles?|danger|"
    r"emergency|kill\w*)\b", re.I)

# --- someone on the way, or at the door, now -------------------------------------------------------
# One reading for the whole assistant: ``looks_acute`` (any message) and the dialogues (``bot.dialogue``,
# which also know who the perpetrator is) both call ``coming_now``. Present tense only; bokmål and nynorsk.
#
# At the door or outside now: what the person herself/himself does not do on the way in to the shelter
# («hun er på vei hit» is her), so a pronoun counts here even when the perpetrator's gender is not known.
_AT_DOOR_NB = (r"står (?:(?:her |der )?ute |nede )?(utenfor|utanfor|ved døra|ved døren|på døra|på døren|på dørstokken|"
               r"i gangen|nede i gata|"
               r"nede på gata|nede på gaten|på gata|på gaten|i gaten|nede i gaten|"
               r"på trappa|ved inngangen|og venter|i hagen|ved vinduet|utenfor vinduet|i trappeoppgangen|"
               r"i oppgangen|på andre sida av (gata|vegen)|på andre siden av (gata|gaten|veien)|"
               r"og ventar|på parkeringsplassen|på parkeringa|på gårdsplassen|i oppkjørselen|i gata)|"
               # at the gate or on the porch, climbing up, pulling at the door: «nå står han ved porten», «eksen
               # klatrer opp på verandaen nå», «han står og drar i døra» (probe 2 after the ownwords14 fixes)
               r"(står|stend|venter|ventar) (ved porten|ved grinda|på verandaen)|"
               r"(klatrer|klatrar) (opp|inn)|(drar|river|rykker|rister|rykkjer) i (døra|døren|dørhåndtaket|"
               r"håndtaket|vinduet)|"
               # «ringer på» is the doorbell («eksen ringer på nå»: the ownwords13 sweep, no 112) – not a phone
               r"venter (utenfor|utanfor)|ventar utanfor|banker på|roper (inn )?gjennom (brevsprekken|døra|døren|"
               r"vinduet)|ringer på(?! (telefon\w*|mobil\w*))|ringjer på|"
               r"prøver å komme inn|prøver å kome inn|prøver å (komme|kome) seg inn|"
               r"(sitter|sit|står|stend|venter|ventar) (\w+ ){0,3}?(utenfor|utanfor|her ute)|"
               # just now at the door: «han har akkurat ringt på døra her» (probe 2 after the ownwords13 sweep)
               r"har (akkurat|nettopp) (ringt|ringa|banket|banka|dunket) på|"
               # just turned up: «eksen har nettopp dukket opp i resepsjonen» (bench/probes/acute-questions.yml)
               r"har (akkurat|nettopp) (dukket|dukka|dukt) opp|"
               # found where she is, not where she lives: «har funnet ut hvor hun bor nå» is a worry asked about
               # (the held-back guide run, spent: the 112 reply for it); «… hvor hun er» stays
               r"har funnet (adressen|senteret|ut hvor (\w+ )?(er|befinner))|har funne (adressa|senteret)")
AT_DOOR = _AT_DOOR_NB + r"|(is|' s) outside|(is|' s) at the door|(is|' s) waiting outside"
# On the way, or near, or found her: what may also be the person herself on her way in («er på vei hit»,
# «er utenfor», «venter på oss»), so in a dialogue only a word for the perpetrator counts (``coming_now``).
WAY_IN = (r"(er|e) på (vei|veg|tur)( hit| dit| heim| hjem| til| mot| nå| no)?|på (vei|veg) (hit|dit|hjem|heim|til)|"
          # «kjem køyrande hit no», «kommer kjørende nå»: how he comes, between the verb and where
          r"(kommer|kjem) (\w+(ende|ande) )?(hit|nå|no|snart|straks|i kveld|i natt|etter (henne|ho|ham|han|oss|meg))|"
          # waiting for her at home is no coming («han er hjemme og venter på henne nå»: she is not there)
          r"er (utenfor|utanfor)|"
          # waiting near the shelter: «han er i parkeringshuset», «he is in the parking lot outside» (h11, translated)
          r"er (nede )?(på|i) (parkeringsplassen|parkeringa|parkeringshuset|parkeringskjelleren|parking lot|car park|"
          # in the stairwell, driving round here looking: «han er i trappeoppgangen nå», «kjører rundt her og leter»
          # (the ownwords14 sweep: no 112 reply)
          r"oppkjørselen|trappeoppgangen|oppgangen)|(kjører|køyrer|går|sirkler) rundt (her|huset|senteret|kvartalet)|"
          # waiting for someone, not for a thing: «dei ventar på kommunal bustad» (the final15 run, spent: the 112
          # reply for a housing question)
          r"(?<!hjemme og )(?<!heime og )(?<!hjemme å )(?<!heime å )(venter på (henne|ho|ham|oss|meg)|"
          r"ventar på (henne|ho|han|honom|oss|meg))|"
          r"har funnet (henne|ho|ham|oss)|har funne ho|"
          # (not the person herself: «hun er her nå og er redd for eksen», tests/acute17_probe.py)
          r"(?<!\bhun )(?<!\bho )(er|e) her (nå|no)|kjører (hit|mot)|"
          # on the stairs or in, now: «han kommer opp trappa nå» (tests/acute15_probe.py)
          r"(kommer|kjem) (opp|inn|bort|ned|over)( \w+){0,2}? (nå|no)|køyrer (hit|mot)|truer med å komme|trugar med å kome|"
          # just outside: «han er her ute nå og roper» (the ownwords13 sweep) – never a bare «er ute» (out, not home)
          r"er (her ute|ute her|rett utenfor|rett utanfor)|"
          r"sier (han|hun|ho) kommer|seier (han|ho) kjem|er rett rundt hjørnet|nærmer seg|"
          r"(er|e) (like|rett) (ved|bak|i nærheten)|"
          # said he will come now or tonight: «han sa han skulle komme i kveld» (the trial after the final8 run)
          r"(skal|skulle|ska|vil|ville) (komme|kome|kom) (hit |dit )?(nå|no|snart|straks|i kveld|i natt)|"
          # coming to harm her: «kommer for å drepe henne», «kjem hit for å ta ho»
          r"(kommer|kjem) (hit |dit )?for å (drepe|drepa|skade|skada|ta livet av|ta (henne|ho|ham|han|barna)|"
          r"hente (henne|ho))")
# Coming now: the way in and the door (its Norwegian phrases: the English ones stay with ``at_the_door_now``).
COMING = f"{_AT_DOOR_NB}|{WAY_IN}"
# Who can be coming: a word for the perpetrator or someone close (always), or a pronoun (when allowed) –
_COMERS_OWN = (
    r"utøver\w*|eksen|eksmannen|ekskona|eks\w*(kjæresten|samboeren|sambuaren|partneren|mannen)|mannen|kona|"
    r"ektemannen|ektemann|ektefellen|ektemaken|partneren|typen|faren|moren|mora|broren|brødrene|bror|familien|"
    r"samboeren|sambuaren|kjæresten|svigerfamilien|svigerfaren|svigermora|svigermoren|svogeren|onkelen|"
    r"sønnen|sonen|dottera|datteren|de|dei")
# and the shared kin (``bot.acute_words``) they do not name themselves: «svogeren», «fetteren», «barnefaren», «hennes
# tidligere samboer», «vennene hans» (tests/acute17_probe*.py). One flat alternation: a look-ahead before it cost
# every position of every message (the speed check).
_COMERS_WORDS = [*re.split(r"\|(?![^()]*\))", _COMERS_OWN),  # «|» outside the group «eks\w*(…|…)»
                 *(w for w in KIN_WORDS if w not in ("far", "pappa", "bror"))]
COMERS = "|".join((one_of(_COMERS_WORDS), FORMER, HIS_PEOPLE))
# the same without «de»/«dei» (``_no_they``)
_COMERS_NO_THEY = "|".join((one_of([w for w in _COMERS_WORDS if w not in ("de", "dei")]), FORMER, HIS_PEOPLE))
# The same in English (``coming_now`` reads the raw message too: the router sees «her husband is on his way»
# before any translation). Nouns only – «she is on her way» may be the person herself.
_COMERS_EN = r"husband|wife|ex|ex-husband|ex-wife|boyfriend|girlfriend|partner|father|dad|brother|brothers|family"
# English pronouns as in Norwegian: «he» always where a pronoun may count (``coming_now(pronouns=True)``);
# «she»/«they» likewise, since outside a dialogue nothing tells who they are.
_PRONOUNS_EN = r"he|she|they"
_COMING_EN = (r"(is|are|' s|' re) (on (his|her|their|the) way|coming (here|over|back|now|for|to (get|kill|hurt|take))|"
              # «she just texted: he's coming up the stairs» (tests/acute17_probe.py)
              r"coming up the (stairs|steps|driveway|path)|"
              # «he is standing outside the shelter right now» (tests/test_acute_questions.py)
              r"(standing|waiting|sitting|parked) (outside|at the (door|entrance|gate|front door))|"
              r"heading (here|over|this way)|outside|at the door|driving (here|over)|"
              # «he is banging on the door now» (the ownwords13 sweep: no 112 reply)
              r"(banging|knocking|pounding|hammering) on (the|her|my|our|his) (door|window|windows)|"
              r"ringing the (door)?bell|trying to (get|break|force (his|her|their) way) in|"
              # where he waits near the shelter: «he is in the parking lot outside the shelter right now» (h11)
              r"in the (parking lot|car park|parking area|parking garage|driveway|hallway|stairwell|lobby)|"
              r"at the (entrance|gate|front door))")
PRONOUNS = r"han|ham|hun|ho"
# Between the person and the verb at most two words – never a past-tense verb («han var på vei hit forrige uke»).
_PAST = r"(?:var|vart|sto|stod|kom|hadde|ble|blei|prøvde|banket|kjørte|sa|sat|satt)\b"
# Verb before the person («nå står han utenfor»): the verb and where/which way, both present tense.
_INVERTED_VERB = r"står|stend|sitter|sit|venter|ventar|er|e|kommer|kjem|kjører|køyrer|går|banker|bankar|dunker|hamrer"
_INVERTED_PLACE = (r"utenfor|utanfor|ved døra|ved døren|på døra|på døren|ved inngangen|på trappa|i gangen|nede i gata|"
                   r"på (vei|veg|tur)|hit|rett rundt hjørnet|på parkeringsplassen|på parkeringa|i oppkjørselen|"
                   # «og nå står han nede på gata og roper», «nå kjører han rundt her» (the ownwords14 sweep)
                   r"nede på gata|nede på gaten|rundt her|rundt huset|rundt senteret|i trappeoppgangen|på vinduet|"
                   r"på vindauget|ved porten|ved grinda|på verandaen|"
                   # «nå kommer han gående opp innkjørselen» (tests/acute16_probe2.py)
                   r"opp (innkjørselen|oppkjørselen|trappa|trappene|gangveien|bakken)|mot (huset|døra|døren|inngangen|"
                   r"senteret)")
# never across a negation: «sjølv om ho ikkje kjem hit» (the final15 run, spent: the 112 reply for a question about
# the journal note) is no coming
_NOT_WORD = r"(?:ikke|ikkje|ikk|ike|aldri|never|not)\b"
_GAP = rf"(?: (?!{_PAST}|{_NOT_WORD})\w+){{0,2}}?"
_GAP_AND = rf"(?: (?!{_PAST}|og\b)\w+){{1,4}}?"


# Spoken forms of «utenfor» («utafor», «utafør», «utenfør»): read as the written one before any pattern.
# Also its typos: «eksen står utnfor døra» (tests/acute17_probe.py).
_OUTSIDE_DIALECT = re.compile(r"\b(utafor|utafør|utenfør|utanfør|utaføre|utnfor|utenfr|utefor|uttenfor|utenfro)\b")


def _words(text: str) -> str:
    """The lower-cased words and marks of ``text``, one space apart, with spoken «utafor» as «utenfor»."""
    return _OUTSIDE_DIALECT.sub("utenfor", " " + " ".join(compiled(r"[^\W_]+|[^\w\s]").findall((text or "").lower())) + " ")


def _no_they(who: str) -> str:
    """The comers without «de»/«dei»: after an inverted verb («… og så kommer de hit») they are too often the
    residents or the children, not a perpetrator."""
    return who.replace(COMERS, _COMERS_NO_THEY)


# A fear of a coming, with no word for now: «hun er redd han kommer i natt», «ho fryktar at han kjem etter ho» – a
# worry, not a report (the ownwords12 probe got the 112 reply for it). With «nå» it still counts.
# Only the coming itself is feared («redd han kommer», «frykter at eksen finner henne»); «redd fordi han står utenfor»
# and «redd, men han er på vei» report something, and stay.
_FEARED_COMING = re.compile(
    r"\b(redd|frykter|fryktar|fryktet|bekymret|bekymra|engstelig|urolig|uroleg|afraid|scared|worried|fears?|"
    # a belief with no sign is no report either: «hun er overbevist om at eksen kommer hit i natt» (the acute15 call)
    r"overbevist om|overtydd om|sikker på|convinced)"
    r"( for| over)?( at| that)? (?P<rest>(?!(men|fordi|for|siden|sidan|då|da|because|but|since|as)\b)\w+( \w+){0,2}? "
    r"(kommer|kjem|skal komme|skal kome|vil komme|vil kome|kommer til å komme|finner|finn|will come|comes|might come|"
    # the feared scene at the door: «hun er redd han står utenfor når hun går ut» (tests/acute15_probe.py)
    r"will find|står|stend|venter|ventar|sitter|sit|dukker opp|dukkar opp|will be|is waiting)\b[^.,;!?]*)")
# A scene dreamt or imagined: «hun drømmer om at han banker på døra», «she has nightmares about him at the door»
# (tests/acute18_probe.py: the 112 reply) – what follows is no report.
_DREAMT = re.compile(r"\b(drømmer|drømte|drøymer|drøymde|mareritt|marerittet|dreams?|dreamt|dreamed|nightmares?|"
                     r"ser for seg|forestiller seg|imagines?)( om| about| at| that){0,2} [^.,;!?]*")
_NOW_IN = re.compile(r"\b(nå|no|akkurat|now|right now)\b")


# A coming at a later time, with no word for now: «nei, men han kjem hit i morgon», «han kommer hit på fredag», «he is
# coming here tomorrow» (the browser trial after the final14 run: the 112 reply) – planned, not danger now. «i kveld»
# and «i natt» are not later: they stay.
_LATER = (r"(i morgen|i morgon|i overmorgen|i overmorgon|neste (uke|veke|helg|måned|månad)|til helga|til helgen|"
          r"på (mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag)|senere|seinare|"
          r"om (\w+ )?(dager|dagar|uker|veker)|tomorrow|next week|later)")
_LATER_COMING = re.compile(rf"\b(kommer|kjem|kommer til å komme|skal komme|skal kome|comes|coming)( \w+){{0,3}}? "
                           rf"{_LATER}\b[^.,;!?]*")


def _without_feared_comings(t: str) -> str:
    """``t`` with each feared coming, and each coming at a later time, that has no word for now taken out
    (``_FEARED_COMING``, ``_LATER_COMING``)."""
    t = _FEARED_COMING.sub(lambda m: m.group(0) if _NOW_IN.search(m.group("rest")) else " ", t)
    t = _DREAMT.sub(lambda m: m.group(0) if _NOW_IN.search(m.group(0)) else " ", t)
    return _LATER_COMING.sub(lambda m: m.group(0) if _NOW_IN.search(m.group(0)) else " ", t)


# What happens often or by habit, said by an adverb of frequency: «han står ofte på busstoppet utenfor jobben hennes»
# (tests/acute18_probe.py: the 112 reply). Narrower than ``_HABIT``: not «før» or «tidligere», which a report now may
# add («han står utenfor, han har gjort det før»).
_OFTEN = re.compile(r"\b(ofte|pleier|pleide|pleiar|stadig|alltid|av og til|noen ganger|nokre gonger|often|always|"
                    r"used to|usually)\b")


def coming_now(text: str, pronouns: bool = True) -> bool:
    """«han er på vei», «eksen står utenfor», «dei er på veg hit»: someone coming now.

    ``pronouns``: whether «han»/«hun» may be the one coming. Outside a dialogue nothing tells who
    they are, and a miss costs more than a false alarm, so they count; a dialogue that knows the
    perpetrator passes False when the pronoun cannot be him/her (the person herself on her way in).
    """
    t = _without_feared_comings(_words(text))
    if (_SEASON.search(t) or _OLD_RECORD.search(t) or _OFTEN.search(t)) and not _NOW_SAID.search(t):
        return False  # «det var i påska, han banker på døra»: a past told in the present (tests/acute16_probe.py)
    who = f"{COMERS}|{PRONOUNS}" if pronouns else COMERS
    # «han er løslatt og på vei hit», «eksen har fått vite adressa og kjem hit no»: the coming after «og»
    return bool(compiled(rf"\b({who}){_GAP} ({COMING})\b").search(t)) or bool(
        # inverted after «nå»/«og»/«men»: «og nå står han utenfor huset», «no er eksen på veg», «nå kommer han hit»
        compiled(rf"\b(nå|no|og|men|så) (\w+ )?({_INVERTED_VERB}) ({_no_they(who)})( \w+){{0,3}}? "
                  rf"({_INVERTED_PLACE})\b").search(t)) or bool(
        compiled(rf"\b({who}){_GAP_AND} og( er| e)? ({COMING}|på (vei|veg))\b").search(t)) or bool(
        compiled(rf"\b({_COMERS_EN}{'|' + _PRONOUNS_EN if pronouns else ''})( \w+){{0,2}}? {_COMING_EN}\b").search(t)) or \
        word_of_coming_now(text, pronouns)


# Word of coming sent now, or his car outside now: «han sendte melding nå om at han kommer», «hun så bilen hans utenfor
# senteret nå nettopp» (the ownwords12 sweep: both got no 112 reply). Only with a word for now in the message.
# «… (om) at han kommer»: the word of coming itself, after what carried it (``_WORD_OF_COMING``, ``_HIS_WORD_OF_COMING``)
_THAT_COMING = r"( \w+){{0,3}}? (om )?at ({who}) (kommer|kjem|er på vei|er på veg)\b"
_WORD_OF_COMING = (r"(melding|meldinger|sms|beskjed|snap|message|text|skrevet|skreve|skrev|skriver|skriv|tekstet|"
                   r"tekstar|sendt)" + _THAT_COMING)
_CAR_OUTSIDE = (r"\bbilen (hans|hennar|hennes|til (ham|han|henne|ho|eksen|mannen|kona|faren|\w+en))( \w+){0,2}? "
                r"(utenfor|utanfor|på parkeringsplassen|på parkeringa|i gata|ved senteret|ved inngangen)\b")
_NOW_HERE = (r"\b(nå|no|akkurat|nettopp|now|right now)\b(?! (i det siste|for tida|for tiden|om dagen))|"
             rf"\b({NOW_EVIDENCE})\b")
# Following her now: «han følger etter oss nå i bil» (the ownwords13 sweep: no 112 reply). Only with a word for now –
# «han følger etter henne overalt» answers the stalking question, it is no alarm.
_FOLLOWING = (r"\b({who})( \w+){{0,2}}? (følger|følgjer|forfølger|forfølgjer|kjører|køyrer) etter (oss|henne|ho|meg|"
              r"dem|dei|bilen|taxien|drosja|bussen|toget|trikken)\b")

# Searching for her now: «faren og brødrene, de kjører rundt og leter etter henne nå», «svogeren leiter etter ho no»
# (the h15 transcripts' run, spent: both got no 112 reply). Only with a word for now; never «hun»/«ho» as the one
# searching (she may be looking for her own children), and not «ser etter» (also «looks after»).
_SEARCHING = (r"\b({who})( \w+){{0,4}}? (leter|leiter|søker|jakter) (etter|på) (henne|ho|ham|han|dem|dei|barna|ungene|"
              r"ungane|borna|oss|meg)\b")
# His own message that he is coming, with the pronoun after the one who wrote it: «kjæresten slo ham i kveld og skrev
# nettopp at han er på vei hit» (the h15 run: no 112 reply in the mapping, where a lone «han» cannot be read as him).
_HIS_WORD_OF_COMING = (rf"\b({COMERS})( \w+){{0,6}}? (skrev|skriv|skriver|sendte|sende|sender|sa|sier|seier|tekstet|"
                       r"ringte|ringde)" + _THAT_COMING.format(who="han|ho|hun"))


def word_of_coming_now(text: str, pronouns: bool = True) -> bool:
    """«han sendte melding nå om at han kommer», «bilen hans står utenfor nå»: he is coming or here now, told by a
    message or seen by his car – with a word for now (``_NOW_HERE``)."""
    t = _words(text)
    if not compiled(_NOW_HERE).search(t):
        return False
    who = f"{COMERS}|{PRONOUNS}" if pronouns else COMERS
    searcher = f"{COMERS}|han|ham" if pronouns else COMERS
    return bool(compiled(_WORD_OF_COMING.format(who=who)).search(t) or compiled(_CAR_OUTSIDE).search(t)
                or compiled(_FOLLOWING.format(who=who)).search(t)
                or compiled(_SEARCHING.format(who=searcher)).search(t) or compiled(_HIS_WORD_OF_COMING).search(t))


def at_the_door_now(text: str) -> bool:
    """«han sitter i bilen utenfor senteret», «ho står ved døra»: someone (a pronoun counts) at the door or
    outside – ``AT_DOOR``, never the way in («er på vei hit»), which may be the person herself."""
    t = _words(text)
    if _another_time(t):
        return False  # «i romjula står han utenfor huset hele natta»: a past told in the present (tests/acute16_probe.py)
    return bool(compiled(rf"\b({COMERS}|{PRONOUNS}){_GAP} ({AT_DOOR})\b").search(t)) or bool(
        # inverted after «nå»/«og»: «og nå sitter han i bilen utenfor», «no står ho ved døra»
        compiled(rf"\b(sitter|sit|står|venter|ventar) ({COMERS}|{PRONOUNS})( \w+){{0,3}}? "
                  r"(utenfor|utanfor|ved døra|ved døren|ved inngangen|på trappa)\b").search(t)) or bool(
        # «og nå banker han på vinduet» (the ownwords14 sweep: no 112 reply)
        compiled(rf"\b(nå|no|og) (banker|bankar|dunker|dunkar|hamrer|hamrar) ({COMERS}|{PRONOUNS}) på\b").search(t))


# A «nå» that belongs to a verb of living, knowing or changing, not to a danger: «hvor hun bor nå», «har nå flyttet»,
# «nå vet han hvor hun jobber», «og nå har han begynt å sende meldinger igjen», «has now been released» (the held-back
# guide run, spent: long questions that mention a past weapon got only the 112 reply because of such a «nå»). The
# word for now is taken out; «han står utenfor nå», «truer henne nå», «har kniv nå» keep theirs. A change to violence
# («nå har han begynt å slå henne igjen») keeps it too.
_NOW_WORD = r"(?P<now>nå|no|now)"
_CALM_VERB = (r"(trygg|trygge|safe|går det (bedre|bra|fint)|går bedre|"  # «nå er hun trygg», «nå går det bedre»
              r"bor|bur|budde|lives|living|flyttet|flytta|moved|vet|veit|visste|knows|fått vite|fått greie på|fått ny|"
              # telling is no danger: «beboeren har nå fortalt mer om kvelertak og trusler» (the acute15 sweep)
              r"fortalt|fortalde|fortelt|told|sagt|snakket|snakka|"
              # a state of fear or a coming release, not danger: «og nå tør han ikke sove hjemme», «nå skal han snart
              # slippes ut» (the h14 run, spent: the 112 reply for both, with a past knife and a past threat)
              r"tør|tørr|torer|våger|vågar|orker|orkar|dares?|"
              r"(snart )?(slippes|sleppes|sleppast|løslates|lauslatast|blir løslatt|blir sluppet|blir sleppt)( ut)?|"
              r"be released|get out|"
              r"fått (samvær|jobb|tilbake|besøksforbud|omvendt voldsalarm)|"
              r"funnet ut|funne ut|found out|sluppet ut|sleppt ut|løslatt|lauslaten|been released|released|"
              r"vurderer|vurderar|considering|bestemt seg|bestemt|decided|sluttet|slutta|stopped|skilt|"
              r"(begynt|byrja|starta|begun|started) (å|to|med) (?!(slå|true|truge|kvele|drepe|skade|banke|sparke|"
              r"skyte|knivstikke|hit|beat|threaten|kill|hurt|choke|strangle|stab|shoot)\w*))")
_NOW_OF_A_CALM_VERB = [re.compile(p, re.I) for p in (
    rf"\b(bor|bur|lives|living)( \w+){{0,3}}? {_NOW_WORD}\b",             # «hvor hun bor nå», «bor hos søstera no»
    rf"\b(har|er|has|is) {_NOW_WORD} {_CALM_VERB}",                         # «har nå flyttet», «has now been released»
    rf"\b{_NOW_WORD}( (har|er|has|is|som))?( \w+){{0,2}}? {_CALM_VERB}",   # «nå har han begynt å», «nå vet han»
    rf"\b{_NOW_WORD} (har|er) det (gått|gått|vore|vært|snart)\b",          # «nå har det gått to uker siden …»
    # a trend, not a scene: «ja, hun slår ham oftere nå» (the ownwords15 sweep: the 112 reply in the first contact)
    rf"\b(oftere|oftare|hyppigere|hyppigare|sjeldnere|sjeldnare|verre|hardere|hardare|grovere|grovare|"
    rf"more often|worse|harder) {_NOW_WORD}\b",
    # calmer or safer now is no scene: «hun er roligere nå, så jeg skal gå gjennom om han har våpen» (final18, spent:
    # a guide question got the 112 reply)
    rf"\b(rolig|roligere|roligare|bedre|betre|tryggere|tryggare|stabil|stabilere|stabilare|calm|calmer|better|safer|"
    rf"more stable) {_NOW_WORD}\b",
)]


def _without_its_now(match: re.Match[str]) -> str:
    """The matched words without their word for now (the group ``now``)."""
    start, end = match.start("now") - match.start(), match.end("now") - match.start()
    return match.group(0)[:start] + match.group(0)[end:]


def _without_calm_nows(text: str) -> str:
    """``text`` with each word for now that belongs to a verb of living, knowing or changing taken out."""
    for pattern in _NOW_OF_A_CALM_VERB:
        text = pattern.sub(_without_its_now, text)
    return text


# A past time said of what happened: «i fjor», «for to uker siden», «last year».
_PAST_TIME = re.compile(
    r"\b(i fjor|i fjol|i forfjor|i går|i gar|i forgårs|forrige (uke|veke|måned|månad|år|helg|sommer|vinter)|"
    r"sist (uke|veke|måned|månad|år|sommer|vinter|helg)|"
    r"for (\w+ )?(dager|dagar|uker|veker|måneder|månader|år) siden|for (\w+ )?(dagar|veker|månader|år) sidan|"
    r"for lenge siden|for lenge sidan|last (year|week|month|summer|winter)|\w+ (days|weeks|months|years) ago|"
    # one of them, or a count with no «for»: «for en måned siden», «to uker siden» (tests/acute15_probe.py)
    r"for (en|ei|ein|et|eit) (dag|uke|veke|måned|månad|år) (siden|sidan)|"
    r"\w+ (dager|dagar|uker|veker|måneder|månader|år) (siden|sidan)|an? (day|week|month|year) ago)\b", re.I)
# The staff member's own «what do we do now?» at the end of a question: the «nå» is when staff act, not when the
# danger is – «Han truet henne med kniv i fjor. Hva gjør vi nå?» got only the 112 box (acuteq's report).
_ASKING_NOW = re.compile(r"\b((hva|kva|hvordan|korleis|what|how)\b(?: \w+){1,4}?) (nå|no|now)(?=\s*(\?|$))", re.I)


def _without_asking_now(text: str) -> str:
    """``text`` without a closing «hva gjør vi nå?» when the danger it tells of has a past time; with no past
    time said («han har kniv, hva gjør vi nå?») the «nå» may be the danger's, and it stays."""
    return _ASKING_NOW.sub(r"\1", text) if _PAST_TIME.search(text) else text


def danger_words(text: str) -> bool:
    """Danger now by its words (a weapon, «livsfare», «akutt fare», violence now) – the part of
    ``looks_acute`` that needs no knowledge of who is who."""
    text = _without_asking_now(_NEGATED.sub(" ", text or ""))
    cleared = _OUTSIDE_DIALECT.sub("utenfor", _reported(_without_calm_nows(text)).lower())
    found = _ACUTE.search(cleared)
    if found:
        dated = _dated(found.group(0))
        if dated and _NOW_SAID.search(found.group(0), dated.end()):
            # the danger word dated to another time before the «nå»: «hun truet ham med kniv i sommer og nå vil hun ha
            # barna» (the h16 run, spent: the 112 reply). What follows the time is read on its own.
            return danger_words(cleared[found.start() + dated.end():])
        # a past told in the present, the time first: «i fjor står han plutselig utenfor med kniv» (tests/acute17_probe.py)
        return not (_OPENS_WITH_ANOTHER_TIME.search(cleared) and not _NOW_SAID.search(cleared))
    # a scene feared or believed is no report: «hun er redd han sitter og venter utenfor jobben»
    scene = _without_feared_comings(cleared)
    return scene_now(scene) and not _another_time(scene) and not _control_told(scene)


# A time that is not now, inside a danger match (``danger_words``): a past time, a named stretch of time, a month, or
# a season of this year («i sommer», «i vinter»).
_DATED = re.compile(r"\b(i|in) (sommer|sommar|vinter|høst|haust|vår|summer|winter|autumn|spring)\b")


def _dated(text: str) -> re.Match[str] | None:
    return _PAST_TIME.search(text) or _SEASON.search(text) or _MONTH.search(text) or _DATED.search(text)


# The control she lives under, told as what they do: her passport, money or papers taken, decisions made for her. Beside
# it, being kept in is part of the pattern («mannen og svigermora har låst henne inne og tatt passet hennes», «de holder
# henne innestengt og tar pengene hennes»: the h16 run, spent, the 112 reply in the mapping), unless a word for now is
# said. Her phone taken is not in it: cut off from calling may be a scene now.
_CONTROL = re.compile(r"\b(tar|tek|tatt|teke|tok|har tatt|har teke|holder på|held på|beslaglegger|beslaglagt|gjemmer|"
                      r"gøymer|takes|took|has taken|keeps) (\w+ )?(passet|passa|passene|pengene|pengane|lønna|lønnen|"
                      r"bankkortet|bankkorta|bankkortene|papirene|papira|id-papirene|oppholdskortet|trygda|"
                      r"her passport|her money|her papers)\b|"
                      r"\b(kontrollerer|kontrollerar|bestemmer over|bestemmer alt|bestemmer hvor|controls?)\b", re.I)


def _control_told(text: str) -> bool:
    return bool(_CONTROL.search(text)) and not _NOW_SAID.search(text)


# An old record shown: «hun viste oss en gammel snap der han står utenfor inngangen» (tests/acute17_probe2.py)
_OLD_RECORD = re.compile(r"\b(gammel|gamle|gammal|gamal|old) (melding|snap|video|bilde|opptak|sms|message|text|picture|"
                         r"photo|recording)\w*")


# A message that opens with a past time or a named stretch of time: what follows is told of then.
_OPENS_WITH_ANOTHER_TIME = re.compile(r"^\W*(i fjor|i fjol|i forfjor|i går|i gar|i forgårs|forrige \w+|sist \w+|"
                                      r"for \w+ \w+ (siden|sidan)|last \w+|\w+ \w+ ago|i \d{4}|in \d{4}|"
                                      r"(i|på|over) (helga|helgen|romjula|jula|påska|sommarferien|sommerferien)|"
                                      r"(i fjor|i fjol) (sommer|sommar|vinter|høst|haust|vår)|før jul|før påske)\b")


# What happens by habit: «når han er full», «pleier», «ofte» – a scene told of as a pattern, not going on now.
_HABIT = re.compile(r"\b(når (han|hun|ho|de|dei|eksen|mannen)|pleier|pleide|pleiar|brukar å|bruker å|ofte|alltid|"
                    # again and again: «eksen står stadig utenfor jobben hennes» (the acute17 sweep)
                    r"stadig|støtt\b|titt og ofte|"
                    r"av og til|noen ganger|nokre gonger|whenever|every time|often|always|used to|usually|"
                    # earlier: «han har brutt seg inn før og sier …» (the acute15 sweep)
                    # (not «hennes tidligere samboer står …»: a former partner named, tests/acute17_probe2.py)
                    r"(?<!hennes )(?<!hennar )(?<!den )(tidligere|tidlegare)|previously|"
                    r"før(?= og\b|\s*[,.;!?]|\s*$))", re.I)


# «en gang» as once, not «en gang til» (again) or «en gang i uka» (a rate)
_ONCE = r"\b(en|ein) (gang|gong)\b(?! (til|om|i|per|på|for alle)\b)"
# A named stretch of time that is not this moment, past or coming: «det var i helga, han sparker inn døra», «i romjula
# står han utenfor huset hele natta» (tests/acute16_probe.py: a past told in the present tense got the 112 reply).
_SEASON = re.compile(r"\b(i|på|over) (helga|helgen|helgene|romjula|romjulen|jula|julen|påska|påsken|nyttårsaften|"
                     r"julaften|sommarferien|sommerferien|vinterferien|høstferien|haustferien)\b|"
                     r"\b(i fjor|i fjol) (sommer|sommar|vinter|høst|haust|vår)\b|"
                     r"\b(last|over the|at) (weekend|christmas|easter|summer)\b|"
                     # once, or when she was younger: «han en gang låste henne ute», «da hun var 17» (acute16_probe2)
                     rf"{_ONCE}|\bonce\b|"
                     r"\b(da|when) (hun|ho|han|de|dei|vi|she|he|they|we) (var|bodde|budde|was|were|lived)\b", re.I)


def _another_time(text: str) -> bool:
    """A scene (``bot.acute_scene``) told of another time: a past time, a named stretch of time (``_SEASON``), or a
    habit, with no word for now."""
    return bool(_PAST_TIME.search(text) or _SEASON.search(text) or _HABITUAL.search(text) or
                _HABIT.search(text) or _FAR_TIME.search(text)) and not _NOW_SAID.search(text)


# A coming as a time in a general question, not a report: «korleis støttar vi far når han kjem hit med ungane?»,
# «kvifor byrje med bustad med ein gong ho kjem hit?» (the final11 run, spent: both got the 112 reply). The
# clause is taken out before the coming check; anything else in the message still counts.
_WHEN_COMING = re.compile(r"\b(når|med ein gong|med en gang|så snart|idet|when|as soon as|once)\s+(\w+\s+){0,2}?"
                          r"(kommer|kjem|ankommer|comes|arrives)\b"
                          r"(?!(\s+(hit|fram|tilbake|here|back))?\s+(nå|no|now|straks|snart)\b)"  # «… hit nå» is now
                          r"(\s+(hit|fram|tilbake|here|back))?\b", re.I)
# What keeps happening («nesten hver dag», «kvar kveld», «every night») with no word for now: asked about, not now.
_HABITUAL = re.compile(r"\b(hver|kvar|every)\s+(dag|kveld|natt|morgen|morgon|uke|veke|helg|gang|gong|day|night|evening|"
                       r"morning|week|weekend|time|"
                       # «kommer hit til samtale hver tirsdag» (the final13 run, spent: the 112 reply for it)
                       r"mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                       # several times, in a row, lately: «flere kvelder på rad», «de siste ukene», «gang på gang»
                       # (the held-back guide run, spent: «har sett bilen hans utenfor … flere kvelder på rad»)
                       r"|\b(flere|fleire|mange|several|many) (dager|dagar|kvelder|kveldar|netter|ganger|gonger|"
                       r"uker|veker|helger|days|evenings|nights|times|weeks)\b|\b\w+ på rad\b|\bin a row\b|"
                       r"\b(de|dei) siste (dagene|dagane|kveldene|kveldane|nettene|ukene|vekene|månedene|månadene)\b|"
                       r"\b(the )?(last|past) few (days|evenings|nights|weeks|months)\b|\bgang på gang\b|"
                       r"\bgong på gong\b|\b(again and again|time after time|week after week|night after night)\b|"
                       r"\bgjentatte ganger\b", re.I)
_NOW_SAID = re.compile(r"\b(nå|no|akkurat|i kveld|i natt|i dag|now|right now|tonight|today)\b", re.I)


# Held where he cannot come from: «han sitter i fengsel nå», «han er arrestert», «in custody».
_CONTAINED = re.compile(r"\b(i fengsel|i fengselet|i varetekt|i arresten|på glattcella|arrestert|pågrepet|pågripen|"
                        r"sitter inne|sit inne|in prison|in jail|in custody|arrested|locked up|behind bars|"
                        r"politiet har (tatt|henta|hentet|tatt med seg|pågrepet) (ham|han|eksen|mannen))\b", re.I)
# A month is another time than now, past or coming: «han slo henne i januar», «han slipper ut i mars».
_MONTH = re.compile(r"\b(i|in) (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|"
                    r"january|february|march|june|july|october|december)\b", re.I)
_LATER_TIME = re.compile(rf"\b{_LATER}\b", re.I)
# Told as past or later without a clock time (tests/acute16_probe.py, statements the classifier called acute):
# «har sendt meldinger siden mars», «nå i ettertid sier hun …», «ei gammal melding», «kommer på besøk til jul».
_FAR_TIME = re.compile(r"\b((siden|sidan|since) (januar|februar|mars|april|mai|juni|juli|august|september|oktober|"
                       r"november|desember|january|february|march|april|june|july|october|december|jul|påske)|"
                       rf"i ettertid|{_ONCE}|"
                       r"gammel melding|gamle meldinger|gammal melding|gamal melding|gamle meldingar|"
                       r"(gammel|gamle|gammal|gamal|old) (snap|video|bilde|opptak|sms|picture|photo|recording)\w*|"
                       r"old (message|messages|text|texts)|til (jul|påske|sommeren|våren|høsten|hausten|vinteren|"
                       r"sommaren|vinteren))\b", re.I)
# Living in a named place elsewhere: «han bor i Bergen nå» (a capital letter: a place, not «i nærheten»), also with the
# subject after the verb – «nå bor han i Bergen» (the REST trial after the final16 run: the 112 box) – or «i en annen
# by»: a fact of the case, not a scene now.
_LIVES_IN_A_PLACE = re.compile(r"\b(bor|bur|lives)( (han|ham|hun|ho|de|dei|eksen|mannen|faren|he|she|they))?"
                               r"( nå| no| now)? (i|in|på) ([A-ZÆØÅ]\w+|(en|ein|ei|another|a) (annen|anna|other|"
                               r"different) (by|kommune|landsdel|fylke|land|bydel|city|town|country|part))")


def told_of_another_time(text: str) -> bool:
    """What the message tells happened or happens at another time than now – a past time, a habit, a coming at a
    later time with no word for now – or he is held where he cannot come from. The router uses it to overrule the
    classifier's «acute» on a statement the keyword check finds no danger in: «han var her i går kveld og ropte»,
    «han sitter i fengsel nå», «han skal i retten neste uke» got the 112 reply (acute15's probe, 18 of 73 false
    alarms, all such statements)."""
    text = _without_calm_nows(text or "")  # «sist sommer tar hun en overdose, nå går det bedre» (tests/acute17_probe.py)
    # the scene check's other time (``_another_time``), and besides it a month, a later time, or custody
    return bool(_CONTAINED.search(text) or _FAR_TIME.search(text) or _LIVES_IN_A_PLACE.search(text)) or \
        _another_time(text) or (bool(_MONTH.search(text) or _LATER_TIME.search(text)) and not _NOW_SAID.search(text))


# Her own address found once she has moved out is where she lives, like «funnet ut hvor hun bor»: «hun har flyttet ut
# og han har funnet adressen hennes, hva gjør vi?» (the final14 run, spent: only the 112 box). While she is at the
# shelter «adressen hennes» may be the shelter's, and it stays an alarm.
_MOVED_OUT = re.compile(r"\b(flyttet ut|flytta ut|har flyttet|har flytta|bor for seg selv|bur for seg sjølv|"
                        r"egen bolig|eiga bustad|ny bolig|ny bustad|nye leilighet\w*|moved out)\b", re.I)
_HER_ADDRESS = re.compile(r"\bhar (funnet|funne) (adressen|adressa) (hennes|hennar|til (henne|ho))\b", re.I)


def _without_her_home_found(text: str) -> str:
    return _HER_ADDRESS.sub("kjenner adressen hennes", text) if _MOVED_OUT.search(text) else text


# On the way to a named place elsewhere or on holiday: «han er på vei til Spania på ferie» (tests/acute15_probe.py) –
# a capitalised name after «til» inside the sentence is a place, not the shelter or her home.
_ELSEWHERE = re.compile(r"(?<=\w )(på (vei|veg|tur)|reiser|drar|flyr|kjører|køyrer) til [A-ZÆØÅ]\w+( på ferie)?|"
                        r"\bpå (ferie|jobb)\b|\bon holiday\b")


def looks_acute(text: str) -> bool:
    """True when the message reads as danger right now: danger words, or someone on the way or at the
    door now (CONTRACTS.md §5, «whatever the conversation is doing»). Not a general question about
    danger («hva gjør vi hvis han står utenfor?»), not a topic («beboere i akutt krise»), and not a
    negated one («nei, ingen akutt fare akkurat nå»)."""
    if danger_words(text):
        return True
    cleared = _without_her_home_found(_without_calm_nows(_WHEN_COMING.sub(" ", _NEGATED.sub(" ", _ELSEWHERE.sub(
        " ", text or "")))))
    if _HABITUAL.search(cleared) and not _NOW_SAID.search(cleared):
        return False  # «eksen står utenfor jobben hennes nesten hver dag»: what keeps happening, asked about
    return coming_now(_reported(cleared))


ACUTE_TEXT = (
    "🚨 Er noen i fare akkurat nå: ring politiet på 112 med en gang.\n"
    "- Si hvor dere er, hva som skjer, og om det er våpen eller barn til stede.\n"
    "- Hold deg selv og den utsatte i trygghet: lås dører, hold dere unna utøver, slipp ingen inn.\n"
    "- Blir noen skadet: ring 113 (medisinsk nødhjelp).\n"
    "- Følg senterets egne rutiner for kritiske situasjoner, og varsle leder når det er trygt.\n"
    "Når faren er over: veilederen om når politiet skal involveres og samtykke til det. Politiet når det ikke "
    "haster: 02800. Råd hele døgnet: Vold- og overgrepslinjen 116 006; gjelder det et barn: Alarmtelefonen for "
    "barn og unge 116 111.\n"
    "(Numrene og rådene over er allmenne, ikke hentet fra veilederen; kildene står i veilederpunktene om første "
    "henvendelse og sikkerhetsplan.)"
)


def acute_reply(corpus: Corpus | None) -> Reply:
    entry = corpus.entry(POLICE_ENTRY_ID) if corpus else None
    sources = [source_dict(entry, 1.0)] if entry else []
    text = ACUTE_TEXT
    if entry:
        text += f"\nKilde: {entry.breadcrumb}\n{entry.url}"
    return Reply(text=text, custom={"sources": sources, "clarify": False}, kind=ACUTE)
