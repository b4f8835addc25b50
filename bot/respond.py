"""The reply to one free-text staff message: the single entry point for every caller.

The guide action, a dialogue that meets a guide question mid-form, the benchmark and the tests all
call ``respond`` so a question gets the same answer wherever it is asked. It sits above both
``bot.acute`` (danger now comes first) and ``bot.guide`` (the answer), so neither imports the other's
package back: ``bot.acute`` builds its reply from ``bot.guide.answer``.
"""

from __future__ import annotations

import re

from bot.acute import acute_reply, looks_acute
from bot.guide.answer import NOT_FOUND_TEXT, Reply, not_found_reply, result_reply
from bot.guide.scoring import ANSWER
from bot.guide.search import NONE, default_search, query_for
from bot.text.guard import ENGLISH, OK, REPLIES, check_input

ENGLISH_NOTE = "Veilederen finnes bare på norsk, så svaret er på norsk:"
ENGLISH_NOT_FOUND = (
    "Jeg finner ikke dette i veilederen (den finnes bare på norsk), så jeg gir ikke noe svar på det. "
    "Prøv gjerne å spørre på norsk, eller skriv «meny» for å bla i veilederen."
)


# A question about how much of a medicine to give or take is a doctor's or pharmacist's: the guide speaks of
# residents' medicines (getting them, a child's needs) but never of doses, and the ranker matched such a question
# to a child entry by «barn», «toåring» («kor mykje Paracet kan ein gi ein toåring?» was asked back with
# «Kartlegging av små barn»; «… ein femåring?» got a confident answer). Declined: a word of dose, or «how much»
# with a named medicine; «hun mangler medisinene sine» still reaches the guide.
_DOSE_WORD = re.compile(r"\b(doser\w*|dose|dosen|dosar|dosane|doses|dosage|dosing|maksdose\w*|mg|milligram\w*|mcg)\b",
                        re.I)
_HOW_MUCH = re.compile(r"\b(hvor mye|hvor mange|kor mykje|kor mange|kor mykkje|how much|how many|maks|max|maksimalt?)\b",
                       re.I)
_MEDICINE = re.compile(r"\b(paracet\w*|panodil\w*|pinex\w*|ibux\w*|ibuprofen\w*|ibumetin\w*|naprox\w*|voltaren\w*|"
                       r"melatonin\w*|zyrtec\w*|aerius\w*|cetirizin\w*|antihistamin\w*|allergimedisin\w*|"
                       r"sovemedisin\w*|sovepill\w*|sovetablett\w*|smertestill\w*|febernedsett\w*|stikkpill\w*|"
                       r"antibiotika\w*|penicillin\w*|tablett\w*|piller|pille|mikstur\w*|medisin\w*|"
                       r"painkiller\w*|medicine|medication|pills?|tablets?|tylenol|advil|acetaminophen)\b", re.I)


_GENERIC_MEDICINE = re.compile(r"\b(medisin\w*|medicine|medication)\b", re.I)  # «hvor mye medisin …» names none


def asks_a_dose(text: str) -> bool:
    """«dosering ibux mikstur», «kor mykje Paracet kan ein gi ein toåring?», «max dose of melatonin»."""
    if not _MEDICINE.search(text):
        return False
    named = _MEDICINE.search(_GENERIC_MEDICINE.sub(" ", text))
    return bool(_DOSE_WORD.search(text)) or (bool(_HOW_MUCH.search(text)) and named is not None)


def respond(text: str) -> Reply:
    """Answer, ask back or say plainly that the guide has no answer (CONTRACTS.md §2, §5).

    An English question is answered from the Norwegian guide (its key terms looked up in a small
    glossary first), with one line saying the guide is in Norwegian.
    """
    checked = check_input(text)
    if checked.kind not in (OK, ENGLISH):
        return not_found_reply(REPLIES[checked.kind], kind=None)
    search = default_search()
    if looks_acute(checked.text):
        return acute_reply(search.corpus)
    english = checked.kind == ENGLISH
    if asks_a_dose(checked.text):
        return not_found_reply(ENGLISH_NOT_FOUND if english else NOT_FOUND_TEXT)
    query = query_for(checked.text)
    result = search.search(query)
    if not english:
        return result_reply(result)
    if result.decision == NONE:
        return not_found_reply(ENGLISH_NOT_FOUND)
    reply = result_reply(result)
    reply.text = f"{ENGLISH_NOTE}\n{reply.text}"
    return reply


GUIDE_CHECKLIST = "sjekkliste"  # how the guide's own checklists are titled («Sjekkliste for innhold i …»)
# Words that only say «a list»: the subject of the list must be named by some other word of the title.
_LIST_WORD = re.compile(r"\b(sjekk\w*|huske\w*|\w*list\w*|check\w*)\b", re.I)


def guide_checklist_reply(text: str) -> Reply | None:
    """The guide's own checklist the message asks for, when none of the assistant's short lists fits.

    The guide has checklists the assistant's list (``checklists.yml``) does not condense — «Sjekkliste
    for innhold i krisesentertilbudet», «… for god informasjon om krisesentertilbudet». A request for
    one («sjekkliste innhold tilbud», «is there a checklist for how we inform people about the
    shelter?») showed the menu of the other lists, with none of them in it. It counts only when the
    guide answers confidently with a subsection titled as a checklist, and the message names its
    subject with a word of that title besides «sjekkliste»: a bare «sjekkliste», a button's payload or
    a list of the assistant's own under another name («sjekklista for tryggingstiltak») keeps the menu."""
    if text.lstrip().startswith("/"):
        return None
    reply = respond(text)
    sources = (reply.custom or {}).get("sources") or []
    if reply.kind != ANSWER or not sources or not str(sources[0].get("title", "")).lower().startswith(GUIDE_CHECKLIST):
        return None
    search = default_search()
    named = {search.entries[i].id for i in search.title_matches(query_for(_LIST_WORD.sub(" ", text)))}
    return reply if sources[0].get("id") in named else None
