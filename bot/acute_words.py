"""The 112 check's shared vocabulary: who may be the danger, the places near her, the means of harm, and the channels
through which staff learn of a danger as it happens.

Why one list: each scene kind of ``bot.acute_scene`` (and the comers of ``bot.acute``) used to carry its own narrow
word lists, and every fresh probe broke one of them rather than a structure – «svogeren» was a person in one kind
and not in the next, «barnehageporten» no place anywhere, «hagle» no weapon, «sovetabletter» no pills (probes 1–5:
49/72, 12/17, 40/64, 12/20 and 29/63 danger-now messages missed). Each list here is a regex alternation in a group
of its own, written once and used by every kind that needs it.

Lower-case only (the patterns run on lower-cased text and are compiled for a yes/no search, ``bot.text.regex``).
"""

from __future__ import annotations


def one_of(words: tuple[str, ...] | list[str]) -> str:
    """``words`` as one alternation grouped by first letter («e(?:ksen|ksmannen|…)|s(?:vogeren|…)»): ``re`` then skips
    a whole group on the first letter instead of trying each word at every position – the shared lists are long and
    are searched in every message (the speed check). An item that does not start with a letter stays as it is."""
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for word in dict.fromkeys(words):
        if word[:1].isalpha() and (len(word) == 1 or word[1] not in "?*+{"):
            groups.setdefault(word[0], []).append(word[1:])
        else:
            rest.append(word)
    return "|".join([f"{first}(?:{'|'.join(tails)})" for first, tails in groups.items()] + rest)


# --- persons -----------------------------------------------------------------------------------------------------
# Nouns for someone who may be the danger: partners and exes, kin and in-laws, also women («kona», «svigermora»,
# «ekskona»). Not «mora/moren/mamma» or «søstera» alone: in a shelter they are most often the resident herself or her
# help («mora kommer med barna»). Not the pronoun «hun/ho»: too often the person herself («hun er i leiligheten»).
KIN_WORDS = (
    "eksen", "exen", "eksmannen", "ekskona", "ekskjæresten", "eks-?samboeren", "ekssambuaren", "ekspartneren",
    "eks-?mannen", "mannen", "ektemannen", "ektefellen", "kona", "samboeren", "sambuaren", "kjæresten", "typen",
    "partneren", "utøveren", "overgriperen", "faren", "far", "pappa", "barnefaren", "barnefar", "bonusfaren",
    "bonuspappaen", "stefaren", "stefar", "bestefaren", "farfaren", "morfaren", "broren", "bror", "brødrene",
    "halvbroren", "stebroren", "svogeren", "svoger", "svigerfaren", "svigerfar", "svigermora", "svigermoren",
    "svigermor", "svigerinna", "svigerinnen", "svigerfamilien", "svigersønnen", "onkelen", "onkel", "fetteren",
    "fetterne", "nevøen", "sønnen", "sonen", "stesønnen", "stemora", "stemoren",
)
# A former partner named by what he was: «hennes tidligere samboer», «den gamle kjæresten hennar».
FORMER = (r"(hennes|hennar|den) (tidligere|tidlegare|forrige|gamle) (samboer\w*|sambuar\w*|kjæreste\w*|partner\w*|"
          r"mann|mannen|ektemann\w*)|(tidligere|tidlegare) (samboer|sambuar|kjæreste|partner|ektemann)\w*")


KIN = one_of(KIN_WORDS) + "|" + FORMER
# Groups and his people: «vennene hans», «kompisene til eksen», «familien hans» (her own friends are her help).
HIS_PEOPLE = (r"(vennene|venene|kompisene|kameratene|karane|gutta|gjengen|folka|slekta|slektningene|familien|"
               r"brødrene|fetterne|vennane)( (hans|til (han|ham|eksen|mannen|faren|broren)))")
# What may follow the noun before the verb: whose («hennes», «til beboeren på rom 4») and an apposition set off by
# commas («ekskjæresten hennes, en kvinne,»; the 112 check reads clauses joined by « . »).
_WHOSE = r"( (hennes|hennar|hans|sin|si|deres|deira|til \w+( \w+){0,4}?))?((,| \.)\s+(en|ei|ein|et) \w+(,| \.)\s*(?= \S))?"
# A person who may be the danger, Norwegian: a pronoun for a man, a noun, or his people.
PERSON = rf"((han|ham|honom|{KIN}){_WHOSE}|{HIS_PEOPLE})"
# The same as nouns only (a dialogue that knows who is who reads pronouns itself).
PERSON_NOUN = rf"(({KIN}){_WHOSE}|{HIS_PEOPLE})"
# English: «her ex», «her brother-in-law», «his friends», «her girlfriend», «the father».
PERSON_EN = (r"(he|him|(her|his|the|their|my) (ex|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|ex-partner|husband|"
             r"wife|boyfriend|girlfriend|partner|father|dad|stepfather|stepdad|brother|brothers|brother-in-law|"
             r"father-in-law|mother-in-law|uncle|cousin|son|family|friends|mates)|his (friends|mates|brothers|family)|"
             r"(the|her) (kids'|children's) (father|dad))")

# --- places near her ---------------------------------------------------------------------------------------------
# Where she is or will be soon: the home and its approaches, the shelter, her children's school and kindergarten.
PLACE = (r"(gangen|huset|leiligheten|leilegheita|hagen|oppgangen|trappeoppgangen|trappa|trappen|trappene|stua|"
         r"kjøkkenet|kjøkenet|resepsjonen|bygget|garasjen|bakgården|kjelleren|loftet|parkeringsplassen|parkeringa|"
         r"parkeringshuset|senteret|inngangen|døra|døren|vinduet|vindauget|porten|grinda|gjerdet|postkassene|heisen|"
         r"oppkjørselen|innkjørselen|gårdsplassen|verandaen|balkongen|badet|soverommet|"
         r"skolen|skulen|skolegården|skuleplassen|skoleporten|barnehagen|barnehageporten|barnehagegrinda|"
         r"jobben hennes|jobben hennar|lekeplassen|sykkelboden|boden|kjellerboden|vaskekjelleren|vaskerommet|"
         r"trappeavsatsen|bussholdeplassen|holdeplassen)")
# A preposition of being there (also «nede på», «rett utenfor»).
PLACE_NEAR = rf"((rett |nede |oppe |inne |ute )?(i|inne i|på|bak|ved|utenfor|utanfor|foran|framfor) {PLACE})"
PLACE_EN = (r"(house|flat|apartment|hallway|kitchen|garden|yard|building|stairwell|stairs|lobby|bedroom|reception|"
            r"car park|parking lot|driveway|front door|door|gate|entrance|school|kindergarten|kindergarten gate|"
            r"nursery|daycare|school gate|basement|work|office|playground|bus stop)")
PLACE_NEAR_EN = rf"((in|at|outside|by|on) (the|her|our|their) {PLACE_EN})"

# --- means of harm -----------------------------------------------------------------------------------------------
# Weapons and tools of harm held or brought (stems: «kniv», «kniven», «knivene»).
WEAPON = (r"(kniv\w*|pistol\w*|gevær\w*|hagle\w*|rifle\w*|våpen\w*|skytevåpen\w*|øks\w*|balltre\w*|hammer\w*|"
          r"jernstang\w*|brekkjern\w*|kølle\w*|machete\w*|slegge\w*|macheten|jernrør\w*|stålrør\w*|skrutrekker\w*|"
          r"pepperspray\w*|sprengstoff\w*)")
WEAPON_EN = r"(knife|knives|gun|guns|pistol|rifle|shotgun|axe|baseball bat|bat|hammer|crowbar|machete)"
# Pills and poisons taken (with the typo «piler»).
PILLS = (r"(tabl+et+er|tabl+et+ar|tablettene|tablettane|piller|pillene|piler|sovetabletter|sovepiller|medisiner|"
         r"medisinene|medisinane|paracet\w*|ibux|ibuprofen|sobril|vival|imovane|valium|pills|tablets|sleeping pills|"
         r"painkillers)")
# Means of harm to herself.
SELF_HARM_MEANS = rf"(tau\w*|belte\w*|barberblad\w*|kniv\w*|rope|razor\w*|{PILLS})"
# A wish to die said now: «hoppe», «ta livet sitt», «gjøre det slutt».
ENDING = (r"(hoppe|hoppa|dø|døy|ta livet|gjøre det slutt|gjere det slutt|gjøre slutt på|gjere slutt på|henge seg|"
          r"kutte seg|jump|die|end it|kill herself|kill himself)")

# --- channels of «right now» -------------------------------------------------------------------------------------
# How staff learn of a danger while it happens: heard on the phone, seen on the camera, a message or a call this
# minute. Used as a word for now, like «nå».
CHANNEL = (r"(hører (det )?(på|i|gjennom) (telefonen|tlf|mobilen|veggen|døra)|høyrer (det )?(på|i|gjennom) "
           r"(telefonen|veggen)|ser (på|i) (overvåkingskameraet|kameraet|skjermen)|kameraet viser|"
           r"(naboen|naboen hennes) ringer (nå|no)|ringte (akkurat|nettopp)|mens vi snakker|mens vi snakkar|"
           r"on the (phone|camera)|(the neighbou?r|she) just (called|texted|rang)|as we speak|"
           r"for (ett|et|eitt|eit|to|tre|fem|ti|\w+) (minutt|minutter|sekund|sekunder) (siden|sidan)|"
           # a live picture or call: «vi har henne på videosamtale», «dørkameraet viser», «dørtelefonen ringer»
           r"(på|over|on) (videosamtale|videosamtalen|video|facetime|a video call|video call)|"
           r"dørkameraet|dørtelefonen|calling|on facetime)")

# --- harm done to someone, in the present ------------------------------------------------------------------------
# Verbs of harm said in the present of a person: «dytter henne ned trappa», «banker henne», «lugger ho». Paired with a
# word for now by the caller («akkurat nå», a channel), never alone: the present also tells what he does by habit.
HARM_NOW = "(" + one_of(("slår", "slar", "slr", "sparker", "sparkar", "dytter", "dyttar", "kveler", "kvelar", "lugger",
                          "luggar", "biter", "bit", "river", "sleper", "slepar", "tvinger", "tvingar", "banker",
                          "bankar", "dunker", "dunkar", "stikker", "stikk", "skyter", "skyt", "kaster", "kastar",
                          "sprayer")) + ")"
# A person harm is done to.
VICTIM = (r"(henne|ho|ham|han|meg|oss|dem|dei|barnet|barna|borna|ungene|ungane|ungen|babyen|mora|moren|mamma|sønnen|"
          r"sonen|datteren|dottera|jenta|gutten|guten|beboeren|bebuaren|personalet)")

# --- a small grammar of «someone threatening + here/near her + now/live» (round 7) -------------------------------
# Probes 5–8 each found about half their danger-now wordings outside the closed lists above (new places, tools,
# channels, verbs). The parts below are open where the class is open – any noun after a preposition of place, any
# noun after «med en» – and closed only where the meaning lives: the act that makes a presence a threat.
#
# Who, beyond ``PERSON``: his or her people named in the singular («vennen hans», «moren hans») and the family as a
# group («familien hennes», «foreldrene») – only ever together with a threatening act (``THREAT_ACT``), since a family
# arriving is most often help.
WHO_MORE = (r"((vennen|venen|kompisen|kameraten|moren|mora|søstera|søsteren|faren|broren|fetteren|onkelen|sønnen)"
            r"( (hans|til (han|ham|eksen|mannen|faren|broren)))|(familien|foreldrene|slekta|slekten|brødrene|fetterne)"
            r"( (hennes|hennar|hans|til (henne|ho|han|ham)))?)")
# Present-tense being somewhere or moving about there.
STAY_AT = (r"(står|stend|sitter|sit|venter|ventar|går( rundt)?|er|e|ligger|ligg|lusker|luskar|kjører rundt|"
           r"køyrer rundt|is|are|'s|'re)")
# Any place: a preposition of place and the next word(s) («i sykkelparkeringen», «ved bensinstasjonen over gata»),
# or here/there/outside.
OPEN_PLACE = (r"((rett |nede |oppe |inne |ute |like )?(i|på|ved|bak|utenfor|utanfor|foran|framfor|over|under|"
              r"in|at|outside|by|behind) (\w+)|utenfor|utanfor|der|her|ute|outside|here|there)")
# Any tool held: «med en kjetting», «med ei sag», «with a crowbar» (the article is what makes it a thing held, not
# «med makt» or «med barna»), or something «i hånda».
OPEN_TOOL = (r"(med (en|ei|et|ein|eit) \w+|with (a|an|his|their) \w+|(har|holder|held|has|is holding) (en|ei|et|"
             r"ein|eit|a|an) \w+ i (hånda|handa|hånden|hendene|his hand))")
# The act that makes a presence a threat, in the present. ``HARD_ACT``: what threatens whoever does it – searching for
# her, trying the door or to get in, knocking, shouting, threatening her, staring at her, following her. ``THREAT_ACT``
# adds what threatens only from someone who may be the danger (waiting for her, watching the door, demanding, saying
# she shall go). Each with its object where the verb alone is everyday: «prøver å få seg jobb», «følger med på saken»,
# «venter på svar», «truer med barnevernet», «krever å få se barna» are no danger.
VICTIM_OR_PLACE = r"(henne|ho|her|ham|him|oss|us|meg|dem|dei|them|barna|ungene|ungane|borna|barnet)"
_AT_HER = (rf"({VICTIM_OR_PLACE}|inngang\w*|dør\w*|vindu\w*|vindauge\w*|hus\w*|senter\w*|leilighet\w*|"
           r"\w+ (hennes|hennar|vår|vårt|våre))")
HARD_ACT = (rf"(stirr(er|ar)|glor|lei?t(er|ar) etter {VICTIM_OR_PLACE}|"
            r"prøv(er|ar) (døra|døren|dørene|vinduet|vinduene|vindauget|håndtaket|låsen|å (komme|kome|ta|tvinge|dra|"
            r"bryte|bryta|åpne|opne|knuse|sparke|presse|kjøre|køyre) (seg |henne |ho )?(inn|opp|med|ut|ned)?)|"
            r"bank(er|ar)|dunk(er|ar)|hamr(er|ar)|ringer på|ringjer på|"
            rf"(tru(er|ar)|trugar)( {VICTIM_OR_PLACE}| med å (ta|drepe|skade|skyte|stikke|brenne|hente|kidnappe))|"
            r"rop(er|ar)|skrik(er)?|film(er|ar) (henne|ho|oss|inngangen|huset)|"
            r"(kjører|køyrer|følger|følgjer) etter|"
            r"(is|are|'s|'re) (staring|looking for|searching for|hunting for|banging|shouting|threatening|"
            r"trying the door))")
THREAT_ACT = (rf"({HARD_ACT}|vent(er|ar)( på (henne|ho|oss|meg|barna|ungene|at (hun|ho|de|dei)))?(?! på)|"
              rf"følg(er|jer) med( på {_AT_HER})?(?! på)|holder øye med|overvåk(er|ar)|krev(er)?( at| å)|"
              r"nekt(er|ar) å (gå|dra)|sier (at )?(hun|ho) skal|seier (at )?ho skal|"
              r"(is|are|'s|'re) (waiting|watching))")
# In a clause with a word for now and no place: only what threatens by itself, or waiting for her («han venter nå» is
# no danger said).
NOW_ACT = rf"({HARD_ACT}|vent(er|ar) på (henne|ho|oss|meg|barna|ungene|at (hun|ho|de|dei))|(is|are|'s|'re) waiting for)"
# Anyone named as hers or his («søskenbarnet hennes», «morbroren hennes»): a person no list names – only with an act
# that threatens by itself (her own helpers also wait for her).
ANYONE_OF_HERS = r"(\w{4,} (hennes|hennar|hans))"
# A word for now, or a live channel: «nå», «akkurat nå», «right now», heard on the phone, seen on the camera.
NOW_LIVE = (rf"(nå|no|akkurat|akurat|nettopp|nettop|now|right now|i dette øyeblikk|{CHANNEL}|"
            r"(på|i) (\w*kamera\w*|\w*telefon\w*) (nå|no)|(nå|no) (på|i) (\w*kamera\w*|\w*telefon\w*))")
# Harm done just now, in the perfect: «har nettopp slått henne», «har akkurat knust vinduet» (with «just», not a bare
# perfect: «har slått henne flere ganger» tells what he has done).
JUST = r"(nettopp|nettop|akkurat|akurat|nett|just|like)"
_PART = (r"(slått|slatt|sparket|sparka|dyttet|dytta|kvelt|lugget|lugga|bitt|stukket|knivstukket|skutt|kastet|kasta|"
         r"sprayet|spraya|voldtatt|valdteke|skadet|skada|angrepet|truet|truga|dratt|dradd|revet|rive)")
# the harm on a person (or at one, or on her body), or a door or phone taken from her
HARM_DONE = (rf"({_PART} (\w+ ){{0,2}}?({VICTIM_OR_PLACE}|\w+ (hennes|hennar)|(på|etter|mot) {VICTIM_OR_PLACE})|"
             r"knust (\w+ )?(vinduet|vinduene|døra|døren|ruta|rutene|vindauget|bilen|\w+ (hennes|hennar))|"
             r"(låst|stengt) (døra|døren|henne|ho|dem|dei|barna)|tatt (telefonen|mobilen)( hennes| hennar)?)")
# Still where she is: «og er fortsatt i leiligheten», «er framleis der», «he's still in the flat».
STILL_THERE = (r"(er|e|is|'s) (fortsatt|fortsat|fremdeles|framleis|enno|still) (der|her|inne|there|here|(i|på|in|at) "
               r"\w+)")
