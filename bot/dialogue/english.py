"""English in an answer, read as the Norwegian the answer patterns are written in.

Staff mix English into answers («her husband», «no idea», «she called us, phone», «3 kids»), and some
type whole answers in English. This is no translator: it maps the words and short phrases an answer
to a dialogue question is made of – yes/no, not knowing, refusing, hedges, intensifiers, people,
places, violence, help – onto the Norwegian words ``bot.dialogue.parse`` reads, word by word, after
a few phrases whose word order differs («don't know» → «vet ikke»).

Words that are Norwegian words too («her», «hit», «no», «to», «at», «man», «last») are only mapped when
the answer has at least one word that is English only (``ENGLISH_ONLY``): «han kommer hit» stays
Norwegian, «husband hit her» does not.
"""

from __future__ import annotations

import functools
import re

from bot.text.regex import compiled

# Phrases whose Norwegian has another word order, tried before the words (on lower-case text whose
# contractions are spelled out: «don't» → «do not»). Longest first where they overlap.
PHRASES: tuple[tuple[str, str], ...] = (
    # not knowing, not asked, refusing
    (r"\b(do|does|did) not (know|remember|recall)\b", "vet ikke"),
    (r"\bno (idea|clue)\b", "ingen anelse"),
    # «no information on that» (the ownwords14 sweep: stored «nei»)
    (r"\bno (information|info|details)( (on|about) (that|this|it))?\b", "ingen opplysninger"),
    (r"\bdunno\b", "vet ikke"),
    # «she has nothing to compare with», «she is torn» (probe 2 after the ownwords14 fixes)
    (r"\bnothing to compare (it |this |that )?(with|to)\b", "ingenting å sammenligne med"),
    (r"\b(is|feels) torn\b", "vingler"), (r"\bin two minds\b", "i villrede"), (r"\bnot known\b", "ukjent"),
    (r"\b(not|never) sure\b", "usikker"), (r"\b(hard|difficult|impossible) to (tell|say|know)\b", "vanskelig å si"),
    (r"\bnot ready to\b", "ikke klar til å"), (r"\bundecided\b", "ubestemt"),
    (r"\b(as|so) far as she (know|knows)\b", "så vidt hun vet"),
    # «they split up last month», «she broke up with him» (the dial18 sweep: asked again)
    (r"\b(split|splitting|broke|breaking) up\b", "gjort det slutt"),
    # «not that she said», «not that he mentioned»: none told of – a hedged no (the dial18 sweep: stored «nei»)
    (r"\bnot that she (has )?(said|mentioned|told( us| me)?)\b", "ikke som hun har sagt"),
    (r"\bnot that he (has )?(said|mentioned|told( us| me)?)\b", "ikke som han har sagt"),
    (r"\b(as|so) far as he (know|knows)\b", "så vidt han vet"),
    (r"\b(as|so) far as (i|we|they) (know|knows)\b", "så vidt vi vet"), (r"\bwait\b", "vent"),
    (r"\b(unsure|uncertain|unclear)\b", "usikker"),
    (r"\b(not|never) asked( yet)?\b", "ikke spurt"), (r"\b(did|have|has|had) not (ask|asked)\b", "har ikke spurt"),
    (r"\b(did|have|has|had) not (get|got|come|gotten) (that far|to (it|that))\b", "kom ikke så langt"),
    (r"\bdid not get (the )?(chance|time) to ask\b", "rakk ikke å spørre"),
    (r"\b(would|will|does|did) not (want to )?(say|answer|talk|tell|discuss|share|describe|explain|go into)\b",
     "vil ikke svare"),
    # «she hasn't decided», «hasn't made up her mind», «not clear yet» (the ownwords13 sweep: stored «nei»)
    (r"\b(has|have|had|did) not (yet )?(decided|decide|made up (her|his|their|my) mind|make up (her|his|their|my) mind)\b",
     "har ikke bestemt seg"), (r"\bnot (yet )?(decided|clear)\b", "uklart"),
    (r"\b(is|are) (still )?thinking (about it|it over)\b", "vil tenke på det"),
    (r"\b(does|did) not want to\b", "vil ikke"), (r"\brather not\b", "helst ikke"),
    (r"\b(refuses|refused|declines|declined) to\b", "nekter å"),
    (r"\b(refuses|refused|declines|declined)\b(?! to\b)", "nekter å svare"), (r"\bno comment\b", "ingen kommentar"),
    (r"\b(too tired|too upset|too scared|not able|unable) to\b", "for sliten til å"),
    (r"\bnext question\b", "neste spørsmål"), (r"\bskip (it|this|that)\b", "hopp over"),
    # hedges and yes/no
    (r"\b(i )?(do|does) not think so\b", "tror ikke det"), (r"\b(i )?think so\b", "tror det"),
    (r"\bnot likely\b", "neppe"), (r"\bof course\b", "ja"), (r"\bat all\b", "i det hele tatt"),
    (r"\bright now\b", "akkurat nå"), (r"\bnot any ?more\b", "ikke lenger"),
    # people
    # one in-law by name before the family word: «her mother-in-law» is no mother of hers
    (r"\b(mother|mum|mom)-? ?in-? ?law\b", "svigermora"), (r"\b(father|dad)-? ?in-? ?law\b", "svigerfaren"),
    (r"\bbrothers?-? ?in-? ?law\b", "svogeren"), (r"\bparents-? ?in-? ?law\b", "svigerforeldrene"),
    (r"\bin-? ?laws?\b", "svigerfamilien"), (r"\bex-? ?(husband|hubby)\b", "eksmannen"),
    (r"\bex-? ?wife\b", "ekskona"), (r"\bex-? ?(boyfriend|girlfriend|partner|bf|gf)\b", "ekskjæresten"),
    (r"\b(the )?kids'? (dad|father)\b", "barnefaren"), (r"\b(the )?kids'? (mum|mom|mother)\b", "barnemoren"),
    (r"\b(the )?(father|dad) of (her|his|the|their) (kids|children|child|son|daughter)\b", "barnefaren"),
    (r"\b(the )?(mother|mum|mom) of (her|his|the|their) (kids|children|child|son|daughter)\b", "barnemoren"),
    (r"\bno (one|body)\b", "ingen"), (r"\bno kids\b", "ingen barn"), (r"\bno children\b", "ingen barn"),
    (r"\bthe (kids|children)\b", "barna"),
    # how contact came, help, consent
    (r"\b(walked|came|dropped|turned|showed) (in|up|by)\b", "møtte opp"), (r"\bwalk-? ?in\b", "møtte opp"),
    (r"\bin person\b", "møtte opp"), (r"\b(by|on the|over the) phone\b", "på telefon"),
    (r"\b(a |some )?(place|somewhere) to (stay|live|sleep)\b", "sted å bo"), (r"\bsomeone to talk to\b", "samtaler"),
    (r"\bin writing\b", "skriftlig"), (r"\bgo(ing)? (back )?home\b", "dra hjem"), (r"\bgo back\b", "dra hjem"),
    (r"\b(no|not) need(ed)? (for )?(an )?interpreter\b", "trenger ikke tolk"),
    (r"\b(english|norwegian) is (fine|ok|okay|enough)\b", r"\1 går fint"),
    # danger and violence
    # «he is banging on the door now» (the ownwords13 sweep: no 112 reply), «ringing the doorbell»
    (r"\b(banging|knocking|pounding|hammering) on (the|her|my|our|his) (front )?(door|window|windows)\b", "banker på"),
    (r"\bringing the (door)?bell\b", "ringer på"),
    (r"\btrying to (get|break|force (his|her|their) way) in\b", "prøver å komme inn"),
    # «he is coming over here right now» (the ownwords14 sweep: no 112 reply)
    (r"\b(is|are) coming (over )?(here|over)\b", "kommer hit"),
    (r"\b(is|are) on (his|her|their|the) way\b", "er på vei"), (r"\bon (his|her|their|the) way\b", "på vei"),
    # «he's driving here right now» (the ownwords12 sweep: read «han er driving her», no 112 reply)
    (r"\b(is|are) (driving|heading|walking|running|rushing) (here|over|this way|to the shelter)\b", "er på vei hit"),
    (r"\bbroke (the |a |his |her )?(restraining|no-? ?contact|contact) order\b", "brøt besøksforbudet"),
    (r"\b(restraining|no-? ?contact) order\b", "besøksforbud"), (r"\bbroke up\b", "gjort det slutt"),
    (r"\bmental (health|illness|problems|issues)\b", "psykisk syk"), (r"\bsocial media\b", "sosiale medier"),
    (r"\bforced marriage\b", "tvangsekteskap"), (r"\bhonou?r[- ]?(related|based)\b", "æresrelatert"),
    (r"\b(at|in) home\b", "hjemme"), (r"\bin public\b", "foran andre"), (r"\bin front of\b", "foran"),
    (r"\bsame as (before|usual|always)\b", "som før"), (r"\bas (before|usual)\b", "som før"),
    (r"\bmarry (her|him|them) off\b", "gifte bort"), (r"\bmarried off\b", "giftet bort"),
    (r"\bforced to marry\b", "tvunget til å gifte seg"), (r"\bgo(es)? through\b", "går gjennom"),
    (r"\bwent through\b", "gikk gjennom"), (r"\bbank (account|card)s?\b", "bankkonto"),
    (r"\bkeeps? track of\b", "sporer"), (r"\bnever (see|meet) (the|her|his) (kids|children)\b", "aldri se barna"),
    (r"\b(shouts|yells|screams) at\b", "kjefter på"),
    (r"\b(calls?|called|calling) (her|him|them) (names|stupid|ugly|worthless|useless|\w+ names)\b",
     "kaller henne stygge ting"), (r"\bname-? ?calling\b", "stygge ord"),
    (r"\b(is|are) standing\b", "står"), (r"\b(is|are) (waiting|parked)\b", "venter"),
    (r"\b(is|are) sitting\b", "sitter"),
    (r"\b(ran|run|runs|running) away\b", "rømte"), (r"\bescaped\b", "rømte"), (r"\bfled\b", "flyktet"),
    (r"\b(was|got|been|were) (kicked|thrown) out\b", "ble kastet ut"), (r"\b(kicked|threw|throws) (her|him) out\b",
                                                                         "kastet henne ut"),
    (r"\b(kicked|thrown) out\b", "kastet ut"),
    (r"\b(duty to (report|notify|inform)|reporting duty|duty of disclosure)\b", "opplysningsplikt"),
    (r"\b(child (welfare|protection)( services)?|cps)\b", "barnevernet"), (r"\bfree of charge\b", "gratis"),
    # «everything except …»: the information list takes out what follows an «except» word (triage)
    (r"\b(except( for)?|apart from|aside from|other than)\b", "unntatt"),
    (r"\bno referral\b", "uten henvisning"), (r"\bwho (she|he) (sees|meets|is with|hangs out with)\b",
                                                 "hvem hun treffer"),
    (r"\bsame as (before|above|earlier|the first)\b", "samme som før"),
    (r"\b(by|on) (herself|himself|her own|his own)\b", "alene"), (r"\blives alone\b", "bor alene"),
    (r"\bspeaks? (good |fluent |decent )?(english|norwegian)( well| fine| fluently)?\b", r"snakker godt \2"),
    (r"\b(the )?first time\b", "første gang"), (r"\bnever been\b", "aldri vært"),
    (r"\bthink about it\b", "tenke på det"),
    (r"\blast night\b", "i går kveld"), (r"\b(\w+) times\b", r"\1 ganger"),
)
_CONTRACTIONS = ((r"\bcan'?t\b", "can not"), (r"\bwon'?t\b", "will not"), (r"\b(\w+)n't\b", r"\1 not"),
                 (r"\b(he|she|it|that|there|who|what)'s\b", r"\1 is"), (r"'s\b", ""), (r"'re\b", " are"),
                 (r"'ve\b", " have"), (r"'ll\b", " will"), (r"\bi'm\b", "i am"), (r"'d\b", " would"))

# Words that are not Norwegian words: always mapped («» drops a word Norwegian does without).
WORDS: dict[str, str] = {
    # yes, no, not knowing, hedges, intensifiers
    "yes": "ja", "yeah": "ja", "yep": "jepp", "yup": "jepp", "nope": "nei", "nah": "nei", "not": "ikke",
    "never": "aldri", "none": "ingen", "nothing": "ingenting", "nobody": "ingen", "neither": "ingen",
    "unknown": "ukjent", "comment": "kommentar", "idea": "anelse", "clue": "anelse", "dunno": "vet ikke",
    "unsure": "usikker", "undecided": "ubestemt",
    "uncertain": "usikker", "unclear": "uklart", "maybe": "kanskje", "perhaps": "kanskje", "possibly": "muligens",
    "probably": "sannsynligvis", "likely": "sannsynligvis", "think": "tror", "thinks": "tror",
    "absolutely": "absolutt", "definitely": "definitivt", "certainly": "helt sikkert", "really": "virkelig",
    "skip": "hopp over", "pass": "hopp over", "correct": "riktig", "right": "riktig", "true": "sant",
    # pronouns and small words
    "she": "hun", "he": "han", "him": "ham", "his": "hans", "they": "de", "them": "dem", "their": "deres",
    "we": "vi", "us": "oss", "you": "du", "my": "min", "it": "det", "that": "det", "this": "dette",
    "there": "der", "here": "her", "the": "", "and": "og", "or": "eller", "but": "men", "with": "med",
    "without": "uten", "from": "fra", "about": "om", "because": "fordi", "of": "av", "on": "på",
    "into": "inn i", "out": "ut", "who": "hvem", "what": "hva", "where": "hvor", "why": "hvorfor",
    "how": "hvordan", "when": "når", "if": "hvis", "whether": "om", "only": "bare", "just": "bare",
    "also": "også", "too": "også", "still": "fortsatt", "yet": "ennå", "already": "allerede", "mostly": "mest",
    "very": "veldig", "all": "alle", "everything": "alt", "someone": "noen", "somebody": "noen",
    "anyone": "noen", "others": "andre", "other": "andre", "alone": "alene", "together": "sammen",
    "anything": "noe", "something": "noe", "any": "noen", "some": "noen", "each": "hver", "both": "begge",
    # verbs
    "is": "er", "are": "er", "am": "er", "was": "var", "were": "var", "be": "være", "been": "vært",
    "has": "har", "had": "hadde", "do": "", "does": "", "did": "", "will": "vil", "would": "ville",
    "can": "kan", "could": "kunne", "should": "bør", "want": "vil", "wants": "vil", "wanted": "ville",
    "know": "vet", "knows": "vet", "knew": "visste", "remember": "husker", "remembers": "husker",
    "say": "si", "says": "sier", "said": "sa", "tell": "fortelle", "told": "fortalt", "talk": "snakke",
    "talked": "snakket", "answer": "svare", "answered": "svarte", "ask": "spørre", "asked": "spurt",
    "question": "spørsmål", "questions": "spørsmål", "lives": "bor", "live": "bor", "living": "bor",
    "stay": "bli", "stays": "blir", "staying": "blir", "leave": "gå fra", "left": "gikk fra",
    "leaving": "går fra", "going": "skal", "need": "trenger", "needs": "trenger", "needed": "trengs",
    "called": "ringte", "calls": "ringer", "call": "telefon", "phoned": "ringte", "phone": "telefon",
    "texted": "sms", "email": "e-post", "letter": "brev", "came": "kom", "comes": "kommer",
    "coming": "kommer", "brought": "kom med", "sent": "sendte", "referred": "henviste", "found": "funnet",
    "follows": "følger etter", "followed": "fulgte etter", "agrees": "samtykker", "agreed": "samtykker",
    "consents": "samtykker", "consent": "samtykke", "consented": "samtykker", "signed": "skrev under",
    "slap": "slår", "slapping": "slår", "smash": "knuser", "smashing": "knuser", "destroying": "ødelegger",
    "wrecks": "ødelegger", "wrecked": "ødela",
    "written": "skriftlig", "writing": "skriftlig", "writes": "skriver", "wrote": "skrev", "orally": "muntlig",
    "oral": "muntlig", "verbally": "muntlig",
    # people
    "husband": "ektemannen", "hubby": "ektemannen", "wife": "kona", "boyfriend": "kjæresten",
    "girlfriend": "kjæresten", "fiance": "forloveden", "fiancé": "forloveden", "fiancee": "forloveden",
    "ex": "eksen", "father": "faren", "dad": "faren", "daddy": "faren", "mother": "moren", "mom": "moren",
    "mum": "moren", "mommy": "moren", "parents": "foreldrene", "stepfather": "stefaren", "stepdad": "stefaren",
    "stepmother": "stemoren", "brother": "broren", "brothers": "brødrene", "sister": "søsteren",
    "sisters": "søstrene", "son": "sønnen", "sons": "sønnene", "daughter": "datteren", "daughters": "døtrene",
    "uncle": "onkelen", "uncles": "onklene", "aunt": "tanten", "cousin": "fetteren", "cousins": "fetterne",
    "grandmother": "bestemor", "grandma": "bestemor", "granny": "bestemor", "grandfather": "bestefar",
    "grandpa": "bestefar", "grandson": "barnebarnet", "granddaughter": "barnebarnet", "grandchild": "barnebarnet",
    "grandchildren": "barnebarna", "nephew": "nevøen", "niece": "niesen",
    "grandparents": "besteforeldrene", "family": "familien", "relatives": "slekta",
    "friend": "venn", "friends": "venner", "neighbour": "naboen", "neighbor": "naboen", "boss": "sjefen",
    "colleague": "kollega", "pimp": "hallik", "stranger": "fremmed", "perpetrator": "utøveren",
    "abuser": "utøveren", "kids": "barn", "kid": "barn", "children": "barn", "child": "barn",
    "teenager": "ungdom", "twins": "tvillinger", "people": "personer", "person": "personen",
    # how children are described beside their count («two adult children», «three small kids»)
    "adult": "voksne", "adults": "voksne", "small": "små", "little": "små", "young": "små", "older": "eldre",
    # numbers
    "one": "en", "two": "to", "three": "tre", "four": "fire", "five": "fem", "six": "seks", "seven": "sju",
    "eight": "åtte", "nine": "ni", "ten": "ti", "zero": "null", "once": "en gang", "twice": "to ganger",
    # places and time
    "home": "hjem", "school": "skolen", "kindergarten": "barnehagen", "daycare": "barnehagen",
    "shelter": "botilbud", "police": "politiet", "cops": "politiet", "outside": "utenfor", "now": "nå",
    "tonight": "i natt", "today": "i dag", "yesterday": "i går", "before": "før", "after": "etter",
    "since": "siden", "ago": "siden", "again": "igjen", "often": "ofte", "sometimes": "av og til",
    "always": "alltid", "recently": "nylig", "lately": "i det siste", "abroad": "utlandet",
    "private": "privat", "privately": "privat", "anymore": "lenger",
    "year": "år", "years": "år", "month": "måned", "months": "måneder", "week": "uke", "weeks": "uker",
    "winter": "vinter", "summer": "sommer", "autumn": "høst", "christmas": "jul", "easter": "påske",
    # help
    "counselling": "samtaler", "counseling": "samtaler", "therapy": "samtaler", "talks": "samtaler",
    "conversations": "samtaler", "information": "informasjon", "info": "informasjon", "advice": "råd",
    "referral": "henvisning", "refer": "henvisning", "lawyer": "advokat", "doctor": "lege",
    "interpreter": "tolk", "english": "engelsk", "norwegian": "norsk",
    # violence and risk
    "violence": "vold", "violent": "voldelig", "physical": "fysisk", "physically": "fysisk", "attacked": "angrep",
    # «grabbing, threats and tracking her phone» (the h14 run, spent: no physical violence stored)
    "grab": "røsker", "grabs": "røsker", "grabbed": "røsket", "grabbing": "røsking",
    "attacks": "angrep", "attack": "angrep", "assaulted": "overfalt", "assault": "overfall",
    "hits": "slår", "beats": "slår", "beat": "slo", "punches": "slår", "punched": "slo", "slaps": "slår",
    "slapped": "slo", "kicks": "sparker", "kicked": "sparket", "pushes": "dytter", "pushed": "dyttet",
    "shoves": "dytter", "strangled": "kvelte", "choked": "kvelte", "strangle": "kvele", "choke": "kvele",
    "chokes": "kveler", "strangles": "kveler", "spits": "spytter", "spat": "spyttet", "several": "flere",
    "strangling": "kvelertak", "neck": "halsen", "throat": "halsen", "breathe": "puste",
    "psychological": "psykisk", "psychologically": "psykisk", "emotional": "psykisk", "mental": "psykisk",
    "threats": "trusler", "threat": "trussel", "threatens": "truer", "threatened": "truet",
    "threatening": "truende", "controls": "kontrollerer", "controlling": "kontrollerer", "control": "kontroll",
    "isolates": "isolerer", "humiliates": "ydmyker", "yells": "kjefter", "shouts": "kjefter",
    "sexual": "seksuell", "sexually": "seksuelt", "raped": "voldtatt", "rape": "voldtekt", "abuse": "vold",
    "money": "pengene", "financial": "økonomisk", "economic": "økonomisk", "takes": "tar", "took": "tok",
    "breaks": "knuser", "break": "knuser",
    "broke": "knuste", "smashed": "knuste", "smashes": "knuser", "destroyed": "ødela", "destroys": "ødelegger",
    "stalks": "forfølger", "stalking": "forfølger", "stalked": "forfulgte", "tracks": "sporer",
    "tracking": "sporer", "tracked": "sporet", "monitors": "overvåker", "watches": "overvåker",
    "messages": "meldinger", "texts": "meldinger", "online": "på nett", "honour": "ære", "honor": "ære",
    "dishonoured": "vanæret", "dishonored": "vanæret", "dishonour": "vanære", "dishonor": "vanære", "shame": "skam",
    "shamed": "skjemt ut",
    "married": "gift", "marry": "gifte seg", "wedding": "bryllup", "weapon": "våpen", "weapons": "våpen",
    "gun": "våpen", "guns": "våpen", "rifle": "gevær", "shotgun": "hagle", "firearm": "skytevåpen",
    "knife": "kniv", "knives": "kniv", "hunting": "jakt", "drinks": "drikker", "drinking": "drikker",
    "drunk": "full", "alcohol": "alkohol", "drugs": "narkotika", "high": "ruset", "kill": "drepe",
    "killed": "drept", "murder": "drepe", "afraid": "redd", "scared": "redd", "fear": "frykt",
    "fears": "frykter", "reported": "anmeldt", "convicted": "dømt", "prison": "fengsel", "jail": "fengsel",
    "breached": "brutt", "violated": "brutt", "breakup": "bruddet", "divorce": "skilsmisse",
    "separated": "separert", "separation": "separasjon", "worse": "verre", "escalated": "eskalert",
    "danger": "fare", "dangerous": "farlig", "immediate": "akutt", "acute": "akutt", "safe": "trygg",
    "unsafe": "utrygg", "laws": "svigerfamilien", "psychiatric": "psykisk", "depressed": "deprimert",
    "diagnosis": "diagnose", "pets": "kjæledyr",
    "offer": "tilbyr", "offers": "tilbyr", "services": "tilbudet", "service": "tilbudet",
    "confidentiality": "taushetsplikt", "confidential": "taushetsplikt", "free": "gratis",
    "contacted": "kontaktet", "contact": "kontakt", "clothes": "klær", "clothing": "klær", "wears": "har på seg",
    "wear": "har på seg", "makeup": "sminke", "headscarf": "hijab", "hair": "håret", "goes": "går",
    "work": "jobb", "job": "jobb", "studies": "studier", "education": "utdanning", "leisure": "fritid",
    "hobbies": "fritid", "sports": "trening", "training": "trening",
    "die": "dø", "dying": "dø", "died": "døde", "saw": "så", "seen": "sett", "heard": "hørt", "hear": "høre",
    "witnessed": "vært vitne til", "herself": "seg selv", "himself": "seg selv",
    "thought": "trodde", "moved": "flyttet", "first": "første", "new": "ny", "case": "sak", "checks": "sjekker",
    "checked": "sjekket", "checking": "sjekker", "reads": "leser", "read": "leser",
    "passwords": "passord", "password": "passord", "location": "posisjon", "account": "kontoen",
    "salary": "lønn", "wages": "lønn", "pension": "pensjon", "benefits": "trygd", "savings": "sparepenger",
    "beating": "juling", "beatings": "juling", "hitting": "slår", "kicking": "sparker", "punching": "slår",
    "cut": "kuttet", "cuts": "kutter", "stabbed": "knivstukket", "burned": "brente", "burnt": "brente",
    "see": "se", "marriage": "ekteskap", "arranged": "arrangert",
    "pet": "kjæledyr", "cat": "katt", "cats": "katter", "dogs": "hunder", "animals": "dyr", "horse": "hest",
}
# Words that are Norwegian words too: mapped only in an answer with an English-only word.
IN_ENGLISH: dict[str, str] = {
    "her": "hennes", "hit": "slo", "no": "ingen", "to": "å", "at": "på", "in": "i", "i": "jeg", "me": "meg",
    "a": "", "an": "", "by": "av", "so": "så", "is": "er", "man": "mannen", "last": "sist", "have": "har",
    "more": "mer", "time": "gang", "dog": "hund", "fine": "greit", "sure": "sikker", "bed": "sted å bo",
    "rang": "ringte", "same": "samme", "all": "alle", "be": "være", "do": "", "sent": "sendte",
    "oral": "muntlig", "ex": "eksen", "son": "sønnen", "boss": "sjefen", "person": "personen",
    "private": "privat", "info": "informasjon", "mental": "psykisk", "rifle": "gevær", "pass": "hopp over",
}
# «her» as an object («with her», «to her») is «henne»; elsewhere the possessive «hennes».
_OBJECT_AFTER = {"with", "to", "at", "from", "for", "about", "med", "til", "hos", "fra", "om", "on", "hit", "beats",
                 "hits", "threatens", "threatened", "raped", "choked", "strangled", "pushed", "kicked", "follows",
                 "tracks", "controls", "told", "call", "called", "brought", "took", "sent", "left", "help"}
# «her» with nothing of hers after it («just her», «only her, not him», «her and the kids»): the object «henne».
_OBJECT_BEFORE = {"", ".", ",", "!", "?", ";", ":", "-", "–", "and", "or", "too", "alone", "now", "again",
                  "herself", "not", "nobody", "no", "only"}
ENGLISH_ONLY = frozenset(w for w in WORDS if w not in IN_ENGLISH)


def spell_out(text: str) -> str:
    """Lower case, typographic apostrophes straightened and contractions spelled out («don't» → «do not»)."""
    t = text.lower().replace("’", "'").replace("`", "'")
    if "'" in t:
        for pattern, repl in _CONTRACTIONS:
            t = compiled(pattern).sub(repl, t)
    return t


def is_english(words: list[str]) -> bool:
    return any(w in ENGLISH_ONLY for w in words)


_NORWEGIAN = re.compile("\x02([^\x03]*)\x03|([^\\W_]+|[^\\w\\s\x02\x03])")


def _mark(match: re.Match[str], repl: str) -> str:
    return "\x02" + match.expand(repl) + "\x03"


def phrases(text: str) -> list[tuple[str, bool]]:
    """The answer's tokens, as (token, already Norwegian): the phrases whose word order differs are
    mapped first (``text`` from ``spell_out``), and their Norwegian is not read as English again
    («last night» → «i går kveld», whose «i» is no «I»)."""
    for pattern, repl in PHRASES:
        text = compiled(pattern).sub(functools.partial(_mark, repl=repl), text)
    out: list[tuple[str, bool]] = []
    for match in _NORWEGIAN.finditer(text):
        if match.group(1) is not None:
            out += [(w, True) for w in compiled(r"[^\W_]+|[^\w\s]").findall(match.group(1))]
        else:
            out.append((match.group(2), False))
    return out


def word(w: str, previous: str, first: bool, english: bool, following: str = "") -> str:
    """One word of an answer: its Norwegian when it is English (see the module's docstring); ``following``
    is the next word («just her» at the end, «her and the kids»: the object «henne»)."""
    if english and w == "no" and first:
        return "nei"
    if english and w == "her" and (previous in _OBJECT_AFTER or following in _OBJECT_BEFORE):
        return "henne"
    mapped = WORDS.get(w)
    if mapped is not None and w not in IN_ENGLISH:
        return mapped
    if english and w in IN_ENGLISH:
        return IN_ENGLISH[w]
    return w
