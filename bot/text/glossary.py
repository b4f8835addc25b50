"""English → Norwegian for the guide's key terms, so an English question can find the Norwegian guide.

Not a translator: it adds the Norwegian terms of the English words and phrases it knows to the
question, and the ranker does the rest. Phrases are matched before single words, longest first.
"""

from __future__ import annotations

import re

GLOSSARY: dict[str, str] = {
    # people and roles
    "resident": "beboer", "residents": "beboere", "day user": "dagbruker", "day users": "dagbrukere",
    "victim": "voldsutsatt utsatt", "survivor": "voldsutsatt", "abuser": "voldsutøver utøver",
    "perpetrator": "voldsutøver utøver", "partner": "partner", "husband": "mannen ektemann",
    "wife": "kona", "ex": "eks tidligere partner", "boyfriend": "kjæreste", "girlfriend": "kjæreste",
    "mother": "mor", "mum": "mor", "mom": "mor", "father": "far", "dad": "far", "daddy": "pappa",
    "parent": "forelder", "parents": "foreldre", "child": "barn", "children": "barn", "kids": "barn",
    "kid": "barn", "son": "sønn", "daughter": "datter", "baby": "baby spedbarn", "teenager": "ungdom",
    "family": "familie", "relatives": "familie slekt", "brothers": "brødre", "men": "menn",
    "man": "mann", "male": "menn", "women": "kvinner", "woman": "kvinne", "staff": "ansatte",
    "employee": "ansatt", "contact person": "kontaktperson", "intern": "ansatt", "volunteer": "frivillig",
    "interpreter": "tolk", "interpreters": "tolker", "lawyer": "advokat", "doctor": "lege",
    # services and institutions
    "shelter": "krisesenter", "crisis shelter": "krisesenter", "police": "politiet",
    "child protection": "barnevern barneverntjenesten", "child welfare": "barnevern barneverntjenesten",
    "child protective services": "barnevern", "municipality": "kommunen", "council": "kommunen",
    "welfare office": "nav", "nav": "nav", "school": "skole", "kindergarten": "barnehage",
    "family counselling": "familievernet", "mediation": "mekling", "court": "retten",
    "immigration": "utlendingsloven opphold", "immigration act": "utlendingsloven", "udi": "udi",
    "legal aid": "fri rettshjelp advokat", "therapy": "behandling terapi", "treatment": "behandling",
    # safety
    "safety": "sikkerhet", "security": "sikkerhet", "safety plan": "sikkerhetsplan",
    "risk": "risiko", "threat": "trussel", "threats": "trusler", "threatened": "truet",
    "threat assessment": "trusselvurdering kartlegging", "restraining order": "besøksforbud",
    "contact ban": "kontaktforbud", "violence alarm": "voldsalarm", "alarm": "voldsalarm",
    "gun": "våpen", "weapon": "våpen", "weapons": "våpen", "strangled": "kvelning kvelertak",
    "strangulation": "kvelning", "stalking": "forfølgelse", "secret address": "sperret adresse hemmelig adresse",
    "address": "adresse", "location sharing": "digital sikkerhet sporing", "digital": "digital",
    "phone": "mobil telefon", "online": "digital nett", "relocate": "flytte annet krisesenter",
    "another shelter": "annet krisesenter", "consent": "samtykke", "confidentiality": "taushetsplikt",
    "duty of confidentiality": "taushetsplikt", "duty to report": "opplysningsplikt", "report": "melde anmelde",
    "duty to avert": "avvergeplikt", "honour": "æresrelatert", "honor": "æresrelatert",
    "honour-based": "æresrelatert", "honor-based": "æresrelatert", "forced marriage": "tvangsekteskap",
    "married": "gift tvangsekteskap", "marry": "gifte tvangsekteskap", "abroad": "utlandet",
    "genital mutilation": "kjønnslemlestelse", "trafficking": "menneskehandel",
    # violence and help
    "violence": "vold", "violent": "vold", "abuse": "vold overgrep", "abused": "vold utsatt",
    "domestic violence": "vold i nære relasjoner", "sexual": "seksuell", "rape": "voldtekt",
    "psychological": "psykisk", "financial": "økonomisk", "money": "penger økonomi", "injuries": "skader",
    "mapping": "kartlegging", "assess": "kartlegge vurdere", "assessment": "kartlegging vurdering",
    "screening": "kartlegging", "first call": "første henvendelse", "first contact": "første henvendelse",
    "call": "ringer telefon", "calls": "ringer", "arrived": "ankomst", "arrival": "ankomst",
    "conversation": "samtale", "conversations": "samtaler", "talk": "samtale snakke", "counselling": "samtaler",
    "session": "samtale", "sessions": "samtaler", "trauma": "traume", "flashbacks": "traume",
    "stabilisation": "stabilisering", "panic": "stabilisering regulering", "self-care": "ta vare på deg selv",
    "take care of themselves": "ta vare på deg selv", "housing": "bolig", "apartment": "leilighet",
    "home": "hjem bolig", "go back": "dra tilbake", "move back": "flytte tilbake", "going home": "dra hjem",
    "move out": "flytte ut", "moved out": "etter oppholdet", "after the stay": "etter oppholdet",
    "follow-up": "oppfølging", "former residents": "tidligere beboere", "stay": "opphold",
    "length of stay": "varighet opphold", "residence": "opphold oppholdstillatelse",
    "residence permit": "oppholdstillatelse", "family reunification": "familiegjenforening",
    "documentation": "dokumentasjon journal", "journal": "journal", "record": "journal dokumentasjon",
    "template": "mal skjema", "form": "skjema", "checklist": "sjekkliste", "parenting": "foreldrerollen",
    "custody": "foreldreansvar samvær", "visitation": "samvær", "contact with the father": "samvær",
    "toys": "barn lek", "play": "lek", "drawing": "tegning", "films": "film", "disabled": "funksjonsnedsettelse",
    "disability": "funksjonsnedsettelse", "wheelchair": "tilrettelegging universell utforming",
    "premises": "lokaler", "building": "lokaler", "security cameras": "fysisk sikkerhet",
    "information": "informasjon", "brochure": "informasjon", "free": "gratis", "referral": "henvisning",
}
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(GLOSSARY, key=len, reverse=True)) + r")\b",
                      re.I)


def norwegian_terms(text: str) -> list[str]:
    """The Norwegian terms for the English words and phrases found in ``text``, in order, no repeats."""
    found: list[str] = []
    for match in _PATTERN.finditer(text):
        term = GLOSSARY[match.group(1).lower()]
        if term not in found:
            found.append(term)
    return found


def with_norwegian_terms(text: str) -> str:
    """The question followed by the Norwegian terms it contains, for the ranker."""
    terms = norwegian_terms(text)
    return f"{text} {' '.join(terms)}" if terms else text
