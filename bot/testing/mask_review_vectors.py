"""A second masking vector set (issue 15), written from the review's findings and Norwegian formats
before looking at ``bot/text/mask.py``'s patterns – so it measures the masker, not its own echo.

It does not know the masker's labels: a positive counts as caught when none of its identifiers
survives in the output (compared with every separator and Unicode space removed, so a half-masked
number still counts as a miss); a negative counts as a false mask when the output differs from the
input at all. Identifiers are generated with their real check digits (fødselsnummer and D-nummer
mod 11, kontonummer mod 11, IBAN mod 97) from a fixed seed, so the set is the same every run.

Used by ``tests/test_mask_review.py`` (recall ≥ 0.99, false masks ≤ 0.01) and ``make bench``
(``python -m bench.run --only masking``).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

SEED = 15
# Spaces that text pasted from a web page or a PDF carries instead of an ordinary space.
NBSP, THIN, NARROW_NBSP, FIGURE = "\u00a0", "\u2009", "\u202f", "\u2007"
ODD_SPACES = (NBSP, THIN, NARROW_NBSP, FIGURE)
_SEPARATORS = re.compile(r"[\s\u00a0\u2007\u2009\u202f.\-/()+]")


@dataclass(frozen=True)
class Positive:
    text: str
    secrets: tuple[str, ...]
    kind: str


# --- identifiers with real check digits --------------------------------------------------------

_FNR_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_FNR_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_ACCOUNT_W = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11(digits: list[int], weights: tuple[int, ...]) -> int | None:
    check = 11 - sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def fnr(rng: random.Random, d_number: bool = False) -> str:
    """A fødselsnummer (or D-nummer: day + 40) with valid control digits; born 1940–2009."""
    while True:
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 70))
        day = born.day + (40 if d_number else 0)
        individual = rng.randrange(0, 500) if born.year < 2000 else rng.randrange(500, 1000)
        digits = [int(c) for c in f"{day:02d}{born.month:02d}{born.year % 100:02d}{individual:03d}"]
        k1 = _mod11(digits, _FNR_W1)
        if k1 is None:
            continue
        k2 = _mod11([*digits, k1], _FNR_W2)
        if k2 is None:
            continue
        return "".join(map(str, [*digits, k1, k2]))


def account(rng: random.Random) -> str:
    """An 11-digit Norwegian bank account number with a valid mod 11 check digit."""
    while True:
        digits = [int(c) for c in f"{rng.randrange(1000, 9999)}{rng.randrange(0, 100):02d}{rng.randrange(0, 10000):04d}"]
        check = _mod11(digits, _ACCOUNT_W)
        if check is not None:
            return "".join(map(str, [*digits, check]))


def iban(account_number: str) -> str:
    """The Norwegian IBAN of an account: NO, two mod 97 check digits, the 11 digits."""
    check = 98 - int(account_number + "2324" + "00") % 97  # N = 23, O = 24
    return f"NO{check:02d}{account_number}"


def mobile(rng: random.Random) -> str:
    return f"{rng.choice('49')}{rng.randrange(0, 10_000_000):07d}"


def landline(rng: random.Random) -> str:
    return f"{rng.choice('23567')}{rng.randrange(0, 10_000_000):07d}"


# --- how people write them ----------------------------------------------------------------------

def fnr_forms(n: str, rng: random.Random) -> list[str]:
    return [n, f"{n[:6]} {n[6:]}", f"{n[:6]}-{n[6:]}", f"{n[:6]}/{n[6:]}", f"{n[:6]}{rng.choice(ODD_SPACES)}{n[6:]}",
            f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"]


def account_forms(n: str, rng: random.Random) -> list[str]:
    space = rng.choice(ODD_SPACES)
    return [n, f"{n[:4]}.{n[4:6]}.{n[6:]}", f"{n[:4]} {n[4:6]} {n[6:]}", f"{n[:4]}{space}{n[4:6]}{space}{n[6:]}"]


def iban_forms(code: str, rng: random.Random) -> list[str]:
    grouped = " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    return [code, grouped, grouped.replace(" ", rng.choice(ODD_SPACES)), code.lower()]


def phone_forms(n: str, rng: random.Random) -> list[str]:
    space = rng.choice(ODD_SPACES)
    three = f"{n[:3]} {n[3:5]} {n[5:]}"
    pairs = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
    return [n, three, pairs, f"+47 {three}", f"+47{n}", f"0047 {n}", f"(+47) {pairs}", f"{n[:3]}.{n[3:5]}.{n[5:]}",
            three.replace(" ", space), pairs.replace(" ", space), f"+47{space}{three.replace(' ', space)}"]


FNR_CONTEXTS = (
    "fnr {x}", "fødselsnummeret hennes er {x}", "personnummer: {x}", "pnr {x}", "hun oppga {x} på skjemaet",
    "Barnet har fødselsnummer {x}.", "f.nr. {x}", "{x} er fødselsnummeret", "fødselsnr {x}, bor hos mor",
    "sjekk {x} i systemet", "id: {x}",
)
D_CONTEXTS = ("D-nummer {x}", "hun har d-nr {x}", "D-nr.: {x}", "dnummer {x} fra Skatteetaten")
ACCOUNT_CONTEXTS = ("kontonummer {x}", "kontonr. {x}", "pengene går til {x}", "konto: {x}", "betal til {x} i dag",
                    "Kontoen hans er {x}.")
IBAN_CONTEXTS = ("IBAN {x}", "iban: {x}", "overfør til {x}", "Kontoen i utlandet er {x}.", "IBAN-nummer {x} (DNB)")
PHONE_CONTEXTS = ("ring {x}", "tlf {x}", "mobil: {x}", "hun ringte fra {x} i natt", "nummeret hans er {x}.",
                  "send sms til {x}", "Telefon {x} (søster)", "{x} er hjemmenummeret")
EMAIL_CONTEXTS = ("e-post {x}", "skriv til {x}", "mail: {x}", "hun bruker {x} til alt", "<{x}>")
EMAILS = ("kari.nordmann@example.no", "ola_hansen@firma.example.com", "A.B@EXAMPLE.NO", "hemmelig2024@mail.example.net",
          "per-ivar.olsen+krise@example.org", "sara.ali@student.uio.example.no")

# Street names as Norwegians write them: the review's misses first, then the common suffixes.
STREETS = (
    "Bygdøy allé 10", "Storgata nr. 12", "Trondheimsveien 2-4", "Storgata 12", "Kirkeveien 12B", "Storgata 12 B",
    "Thorvald Meyers gate 15", "Olav Kyrres plass 3", "Bjørnstjerne Bjørnsons vei 7", "Sandakerveien 24C",
    "Markveien 35 H0201", "Fjellsvingen 5", "Åsveien 3", "Øvre Slottsgate 2", "Karl Johans gate 1",
    "Kongens gate 22", "Haugesundsgata 4", "Solveien 101", "Lilleakerveien 2a", "Tollbugata 10-12",
    "Ekebergveien 59", "Ringvegen 8", "Nedre Storgate 3", "Sjøgata 21", "Bakkelia 4", "Furulia 17",
    "Trollåsen terrasse 6", "Kløverstien 9", "Eikeliveien 45", "Hagebyveien 1", "Fjordgata 30", "Industrivegen 14",
    "Dronningens gate 5", "St. Olavs gate 28", "Gamle Drammensvei 101", "Bygdøy alle 10", "Munkegata nr 3",
    "Prinsens gate 2-6", "Jernbanetorget 1", "Strandkaien 2-4", "Elvebakken 7", "Skogveien 12 A",
)
ADDRESS_CONTEXTS = ("hun bor i {x}", "adresse: {x}", "Han bor i {x} sammen med moren.", "de flyttet til {x} i fjor",
                    "hentes i {x}", "adr. {x}, 2. etasje")
POSTAL = ("0150 Oslo", "5003 Bergen", "7030 Trondheim", "9008 Tromsø", "4010 Stavanger", "1607 Fredrikstad",
          "2317 Hamar", "8006 Bodø")
POSTAL_CONTEXTS = ("postadresse {x}", "hun bor i {x}", "{x}, Norge")

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember")


def birth_dates(rng: random.Random) -> list[tuple[str, str]]:
    """(sentence, the date as written): dates of birth, always with the word that says so."""
    out = []
    contexts = ("født {x}", "f. {x}", "fødselsdato {x}", "fødselsdato: {x}", "hun er født {x}", "fdato {x}",
                "født den {x}", "barnet er født {x}", "Fødselsdato {x}, bor hos far", "DOB {x}")
    for _ in range(40):
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 60))
        written = rng.choice([
            f"{born.day:02d}.{born.month:02d}.{born.year}", f"{born.day}.{born.month}.{born.year}",
            f"{born.day:02d}.{born.month:02d}.{born.year % 100:02d}", f"{born.day:02d}/{born.month:02d}/{born.year}",
            f"{born.day}. {MONTHS[born.month - 1]} {born.year}", f"{born.year}-{born.month:02d}-{born.day:02d}",
            f"{born.day:02d}{born.month:02d}{born.year % 100:02d}", f"{born.day:02d}-{born.month:02d}-{born.year}"])
        out.append((rng.choice(contexts).format(x=written), written))
    return out


def positives() -> list[Positive]:
    rng = random.Random(SEED)
    out: list[Positive] = []
    for _ in range(14):
        n = fnr(rng)
        for form in fnr_forms(n, rng):
            out.append(Positive(rng.choice(FNR_CONTEXTS).format(x=form), (form,), "fødselsnummer"))
    out.append(Positive("fnr 150385/12363", ("150385/12363",), "fødselsnummer"))  # the review's example
    for _ in range(5):
        n = fnr(rng, d_number=True)
        for form in fnr_forms(n, rng)[:5]:
            out.append(Positive(rng.choice(D_CONTEXTS).format(x=form), (form,), "d-nummer"))
    for _ in range(10):
        n = account(rng)
        for form in account_forms(n, rng):
            out.append(Positive(rng.choice(ACCOUNT_CONTEXTS).format(x=form), (form,), "kontonummer"))
    for _ in range(10):
        code = iban(account(rng))
        for form in iban_forms(code, rng):
            out.append(Positive(rng.choice(IBAN_CONTEXTS).format(x=form), (form,), "iban"))
    out.append(Positive("IBAN NO93 8601 1117 947", ("NO93 8601 1117 947",), "iban"))  # the standard example
    for make in (mobile, mobile, mobile, landline, landline):
        for _ in range(2):
            n = make(rng)
            for form in phone_forms(n, rng):
                out.append(Positive(rng.choice(PHONE_CONTEXTS).format(x=form), (form,), "telefon"))
    for email in EMAILS:
        for context in EMAIL_CONTEXTS[:3]:
            out.append(Positive(context.format(x=email), (email,), "e-post"))
    for street in STREETS:
        out.append(Positive(rng.choice(ADDRESS_CONTEXTS).format(x=street), (street,), "adresse"))
        out.append(Positive(rng.choice(ADDRESS_CONTEXTS).format(x=street.replace(" ", NBSP)),
                            (street.replace(" ", NBSP),), "adresse"))
    for place in POSTAL:
        out.append(Positive(rng.choice(POSTAL_CONTEXTS).format(x=place), (place.split()[0],), "postnummer"))
    for sentence, written in birth_dates(rng):
        out.append(Positive(sentence, (written,), "fødselsdato"))
    # several in one message, and glued to punctuation
    n, phone, acct = fnr(rng), mobile(rng), account(rng)
    out.append(Positive(f"Kari ({n[:6]} {n[6:]}) ringte fra {phone[:3]} {phone[3:5]} {phone[5:]}, konto {acct}.",
                        (f"{n[:6]} {n[6:]}", f"{phone[:3]} {phone[3:5]} {phone[5:]}", acct), "flere"))
    out.append(Positive(f"fnr:{n};tlf:{phone}", (n, phone), "flere"))
    out.append(Positive(f"Bor i Storgata 5, 0150 Oslo, tlf. {phone}", ("Storgata 5", "0150", phone), "flere"))
    return out


# --- ordinary sentences with numbers: nothing here may change ---------------------------------

NEGATIVES = (
    # times
    "kl. 14.30", "Hun kom kl 03 i natt.", "Samtalen er klokka 10:15 i morgen.", "vakt fra 22.00 til 07.30",
    "møte kl. 09.00–11.30", "ring tilbake etter 16", "Vi lukker døra 23:00.", "Hun har ventet i 45 minutter.",
    "Han kom 2 timer for sent.", "frokost 07.30, middag 16.00",
    # amounts
    "kr 1 500", "Det koster 3 500 kroner.", "Hun fikk 12 000 kr i nødhjelp.", "husleie 8 950 kr i måneden",
    "NAV ga 2500 kroner", "egenandel kr 395,-", "1,5 millioner i gjeld", "Vi har 250 000 i budsjettet.",
    "bussbillett 42 kr", "kr 12 345,50 på kontoen",
    # law references
    "§ 4", "krisesenterlova § 4", "barnevernsloven § 13-2", "§ 4 a", "straffeloven §§ 282 og 283",
    "etter § 13-2 første ledd", "forvaltningsloven § 13 b nr. 6", "helsepersonelloven § 33", "§§ 4-1 til 4-3",
    "barnevernsloven § 6-4 (gammel lov)", "lov 19. juni 2009 nr. 44", "FOR-2011-12-16-1256",
    # ages and counts
    "Hun er 34 år.", "barna er 3 og 7 år", "2 barn", "alle 3 barna er med", "en gutt på 12", "Hun har 4 søsken.",
    "Han er 45 år gammel og har 2 barn fra før.", "de tre barna (5, 8 og 11 år)", "17-åringen vil hjem",
    "Vi har 12 rom og 3 er ledige.", "rom 12", "rom 3 i andre etasje", "plass til 3 til", "Det er 2 ledige plasser.",
    "4 av 10 beboere har barn", "Hun har vært her 3 ganger før.",
    # dates and years of events (not of birth)
    "Hun kom 12.03.2024.", "den 12.03.2024 ringte hun", "Saken ble meldt 01.02.2023.", "i 2019", "siden 2015",
    "fra 1. januar 2026", "Loven ble endret 1. juli 2021.", "møte 15/3", "innflytting 03.05", "2024-11-28",
    "Volden startet i 2018 og ble verre i 2021.", "Besøksforbudet gjelder til 31.12.2025.", "uke 47",
    "utskrevet 14. februar", "Neste samtale er 5.12.", "Hun bodde her i 2020–2021.",
    # services, helplines and references that are not personal
    "112", "ring 112 nå", "Ring politiet på 02800.", "116 006", "Vold- og overgrepslinjen 116 006",
    "Alarmtelefonen for barn og unge 116 111", "legevakt 116 117", "ring 113 ved skade", "110 brann",
    "sak K-7F3Q2A", "K-7F3Q2A er lagret", "ansatt S-7K2Q", "kode 7K2Q-M9XD-4TRW",
    # distances, sizes, ranges, lists
    "Det tar 2-4 uker.", "2–3 dager", "10-15 minutter", "1 av 3", "50 %", "3,5 km unna", "10 km til byen",
    "veien videre er 2 uker", "Hun gikk 5 km.", "1 200 meter", "100 m fra bussen", "Vi så 3 biler.",
    "punkt 3.2 i veilederen", "kapittel 4", "side 12", "versjon 2.1", "se punkt 5.3.1", "trinn 2 av 4",
    "skjema 1-2", "bilag 3",
    # quantities with street-like words (not addresses)
    "vei 2 er stengt", "gate 3 på flyplassen", "Hun tok buss 20 til sentrum.", "linje 31", "trikk 17",
    "plass 3 i køen", "torget 4 ganger i uka", "kaia kl. 06", "Hun venter ved gate 12.",
    # numbers in ordinary talk
    "Hun har sovet 4 timer.", "3 av 5 netter", "Vi ringte 2 ganger.", "hun spiste 2 brødskiver",
    "bare 1 natt til", "8 måneder gravid", "uke 32 i svangerskapet", "24 timer i døgnet", "7 dager i uka",
    "20 prosent", "Han har sittet 6 måneder i fengsel.", "2 av barna går på skole", "Hun tjener 450 000 i året.",
    "1 000 kroner i uka", "1000 kr", "10 000 kr", "Dobbeltrom nr. 2", "nr. 3 i rekka", "skap nr 14",
    "Barn nr. 2 er hos faren.", "6 av 10", "12 år gammel", "fra 18 år", "over 16", "under 15 år",
    "Det er 48 timer til fristen.", "hun har 3 timer igjen", "Det var 30 grader.", "10 kg tyngre",
    "170 cm høy", "størrelse 38", "Klokka er 0230.", "kl. 0800", "nummer 5 i køen",
    "I 2023 var det 2 024 beboere.", "hun kom med 2 kofferter og 1 bag", "4 uker siden", "for 2 år siden",
    "om 3 måneder", "hver 14. dag", "hver 2. uke", "12.–14. mars", "1.-3. klasse", "i 3. klasse",
    "Hun går i 10. klasse.", "7.a", "på 2. året",
)


def negatives() -> list[str]:
    return list(NEGATIVES)


# --- scoring -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    recall: float
    caught: int
    positives: int
    false_mask_rate: float
    false_masks: int
    negatives: int
    missed: tuple[Positive, ...]
    changed: tuple[tuple[str, str], ...]


def _bare(text: str) -> str:
    return _SEPARATORS.sub("", text).lower()


def caught(masked: str, vector: Positive) -> bool:
    """None of the identifiers survives, whatever separators are left around its digits."""
    plain = _bare(masked)
    return all(secret not in masked and _bare(secret) not in plain for secret in vector.secrets)


def score(mask: Callable[[str], str]) -> Score:
    pos, neg = positives(), negatives()
    missed = tuple(v for v in pos if not caught(mask(v.text), v))
    changed = tuple((t, m) for t in neg if (m := mask(t)) != t)
    return Score(recall=(len(pos) - len(missed)) / len(pos), caught=len(pos) - len(missed), positives=len(pos),
                 false_mask_rate=len(changed) / len(neg), false_masks=len(changed), negatives=len(neg),
                 missed=missed, changed=changed)
