"""Test vectors for identifier masking (``bot.text.mask``), shared by the tests and ``make bench``.

Each vector is a message as staff might type it, with every identifier written ``⟦kind|value⟧``:
the text sent is the value, the expected output has ``[kind]`` in its place. Vectors without
brackets must come back unchanged. National identity numbers are not written here: they are
generated (seeded) by an implementation of the mod-11 rules independent of the one under test,
so the file holds no number that belongs to anyone in particular, and a bug in the masker's
checksum cannot hide behind the same bug in the test data.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

_MARK = re.compile(r"⟦([^|⟧]+)\|([^⟧]+)⟧")


@dataclass(frozen=True)
class Vector:
    text: str
    expected: str
    secrets: tuple[str, ...]

    @property
    def positive(self) -> bool:
        return bool(self.secrets)


def vector(template: str) -> Vector:
    secrets = tuple(m.group(2) for m in _MARK.finditer(template))
    text = _MARK.sub(lambda m: m.group(2), template)
    expected = _MARK.sub(lambda m: f"[{m.group(1)}]", template)
    return Vector(text, expected, secrets)


# --- national identity numbers, generated -------------------------------------------------------

def _control(digits: list[int], weights: list[int]) -> int | None:
    rest = sum(d * w for d, w in zip(digits, weights, strict=False)) % 11
    k = (11 - rest) % 11
    return None if k == 10 else k


def _individual_for(year: int, rng: random.Random) -> int:
    if 1900 <= year <= 1999:
        return rng.randint(0, 499)
    if 2000 <= year <= 2039:
        return rng.randint(500, 999)
    raise ValueError(year)


def make_fnr(rng: random.Random, *, d_number: bool = False, h_number: bool = False,
             synthetic: bool = False) -> str:
    """A number with a real birth date and both control digits right (retries when one is 10)."""
    while True:
        born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 365 * 80))
        day = born.day + (40 if d_number else 0)
        month = born.month + (40 if h_number else 0) + (80 if synthetic else 0)
        base = [int(c) for c in f"{day:02d}{month:02d}{born.year % 100:02d}{_individual_for(born.year, rng):03d}"]
        k1 = _control(base, [3, 7, 6, 1, 8, 9, 4, 5, 2])
        if k1 is None:
            continue
        k2 = _control([*base, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if k2 is None:
            continue
        return "".join(map(str, [*base, k1, k2]))


def _fnr_ok(number: str) -> bool:
    """Independent of bot.text.mask: date (D/H/synthetic offsets) and both control digits."""
    digits = [int(c) for c in number]
    day, month, year2, individual = int(number[:2]) % 40, int(number[2:4]) % 40, int(number[4:6]), int(number[6:9])
    century = 1900 if individual < 500 else 2000 if year2 < 40 else None
    if century is None:
        return False
    try:
        date(century + year2, month, day)
    except ValueError:
        return False
    k1 = _control(digits[:9], [3, 7, 6, 1, 8, 9, 4, 5, 2])
    k2 = _control(digits[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return k1 == digits[9] and k2 == digits[10]


def _account_ok(number: str) -> bool:
    k = _control([int(c) for c in number[:10]], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
    return k is not None and k == int(number[10])


def make_account(rng: random.Random) -> str:
    while True:
        base = f"{rng.randint(1000, 9999)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
        k = _control([int(c) for c in base], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if k is not None and not _fnr_ok(base + str(k)):
            return base + str(k)


def break_checksum(number: str, rng: random.Random) -> str:
    """The same number with a wrong last control digit, and not a valid account number either."""
    for _ in range(20):
        last = str((int(number[-1]) + rng.randint(1, 9)) % 10)
        broken = number[:-1] + last
        if not _account_ok(broken):
            return broken
    raise RuntimeError("could not break the checksum")


def _fnr_formats(number: str) -> list[str]:
    return [number, f"{number[:6]} {number[6:]}", f"{number[:6]}-{number[6:]}"]


def generated() -> list[Vector]:
    rng = random.Random(20261127)
    out: list[Vector] = []
    frames = ["fnr ⟦fødselsnummer|{}⟧", "fødselsnummeret er ⟦fødselsnummer|{}⟧", "f.nr: ⟦fødselsnummer|{}⟧.",
              "personnr ⟦fødselsnummer|{}⟧ og 2 barn", "⟦fødselsnummer|{}⟧", "hun har fnr.⟦fødselsnummer|{}⟧",
              "Fødselsnr:⟦fødselsnummer|{}⟧, kom i går", "id ⟦fødselsnummer|{}⟧ (mor)"]
    for i in range(24):
        number = make_fnr(rng)
        shown = _fnr_formats(number)[i % 3]
        out.append(vector(frames[i % len(frames)].format(shown)))
    for i in range(10):
        out.append(vector(f"D-nummer ⟦fødselsnummer|{_fnr_formats(make_fnr(rng, d_number=True))[i % 3]}⟧"))
    for _ in range(4):
        out.append(vector(f"H-nummer ⟦fødselsnummer|{make_fnr(rng, h_number=True)}⟧ fra legevakta"))
    for _ in range(4):
        out.append(vector(f"testnummer ⟦fødselsnummer|{make_fnr(rng, synthetic=True)}⟧"))
    # Invalid: wrong control digit, or an impossible date. Left alone (see bot/text/mask.py).
    for i in range(16):
        broken = break_checksum(make_fnr(rng, d_number=i % 4 == 0), rng)
        out.append(vector(f"nummeret {_fnr_formats(broken)[i % 3]} stemmer ikke"))
    for bad_date in ("32019012345", "31029012345", "00019012345", "01139012345", "29029912345"):
        if not _account_ok(bad_date):
            out.append(vector(f"feil nummer {bad_date}"))
    for _ in range(6):
        account = make_account(rng)
        out.append(vector(f"kontonr ⟦kontonummer|{account[:4]}.{account[4:6]}.{account[6:]}⟧"))
        out.append(vector(f"konto ⟦kontonummer|{account[:4]} {account[4:6]} {account[6:]}⟧ for bidrag"))
    return out


# --- written by hand ----------------------------------------------------------------------------

PHONES = [
    "ring ⟦telefon|41234567⟧", "tlf ⟦telefon|412 34 567⟧", "mobil: ⟦telefon|912 34 567⟧",
    "nr ⟦telefon|98 76 54 32⟧ i kveld", "⟦telefon|22 33 44 55⟧", "ring ⟦telefon|22.33.44.55⟧ etter kl. 16",
    "⟦telefon|+47 412 34 567⟧", "⟦telefon|+4741234567⟧", "⟦telefon|+47 41234567⟧", "⟦telefon|0047 41234567⟧",
    "⟦telefon|0047-412-34-567⟧", "⟦telefon|(+47) 412 34 567⟧", "⟦telefon|(+47)41234567⟧", "tlf:⟦telefon|41234567⟧",
    "tlf⟦telefon|41234567⟧", "tlf.⟦telefon|41234567⟧", "ring henne på ⟦telefon|412 34 567⟧.",
    "nummeret er ⟦telefon|99 88 77 66⟧, ikke ring etter 22", "ring ⟦telefon|412-34-567⟧",
    "hjemme: ⟦telefon|33 12 34 56⟧, mobil ⟦telefon|47 12 34 56⟧", "⟦telefon|55.12.34.56⟧",
    "kontakt ⟦telefon|+46 70 123 45 67⟧ (svensk)", "⟦telefon|+44 7911 123456⟧", "utøver har ⟦telefon|93456789⟧!",
    "ring ⟦telefon|+47 800 12 345⟧", "hun ringte fra ⟦telefon|45678901⟧ i natt", "⟦telefon|73 12 34 56⟧ (jobb)",
    "SMS til ⟦telefon|94 00 11 22⟧?", "tlf ⟦telefon|61 23 45 67⟧",
    "faren har ⟦telefon|975 31 864⟧ og 2 barn", "ring ⟦telefon|51 23 45 67⟧ kl. 03", "⟦telefon|38123456⟧",
    "Mob.⟦telefon|40 00 00 01⟧", "nytt nr: ⟦telefon|+47 93 45 67 89⟧", "på ⟦telefon|46 81 02 13⟧;",
]

NOT_PHONES = [
    "2 barn", "kl. 03", "kl 03", "§ 4 a", "112", "ring 112", "110 og 113", "116 006", "ring 116 111",
    "politiet på 02800", "Kirkens SOS 22 40 00", "800 40 008",
    "tlf 815 00 000", "12345678", "01234567", "1234 5678", "2019 2020 2021", "kr 25 000 000",
    "27.11.2026", "Dato: 27.11.2026", "01.01.2025 kl. 12.30", "fra 2019 til 2024", "0-17 år",
    "2-3 dager", "4123456", "412345678", "et 9-sifret nummer", "uke 48", "rom 12 og 14", "3 av 10",
    "K-7F3Q2A", "sak K-234567", "S-7K2Q", "straffeloven § 282", "barnevernsloven § 4-6",
    "krisesenterlova § 2 og § 3", "hun er 34 år og har 3 barn på 2, 5 og 9 år", "kl. 22.30", "ca. 40 km",
    "18 år", "1,5 million kroner", "10 000 kr", "2025-11-27", "27/11", "1. etasje", "NAV-kontor 0301",
]

EMAILS = [
    "e-post ⟦e-post|kari.nordmann@example.no⟧", "skriv til ⟦e-post|ola@eksempel.no⟧.",
    "<⟦e-post|per_hansen@firma.com⟧>", "mail: ⟦e-post|a.b-c@d.org⟧", "⟦e-post|KARI@EXAMPLE.NO⟧",
    "(⟦e-post|bruker+tag@mail.example.com⟧)", "send til ⟦e-post|x1@y2.no⟧, takk",
    "⟦e-post|post@krisesenter.example.no⟧ og ⟦e-post|leder@krisesenter.example.no⟧",
    "epost:⟦e-post|ola.n@example.no⟧", "hennes adresse er ⟦e-post|hemmelig123@example.net⟧",
    "⟦e-post|a@b.co⟧", "kontakt ⟦e-post|fornavn.etternavn@kommune.example.no⟧ i barnevernet",
]

NOT_EMAILS = ["@ alene", "send en e-post", "hjemme @ 20", "e-post@", "@krisesenter", "a @ b"]

ADDRESSES = [
    "bor i ⟦adresse|Storgata 12⟧", "⟦adresse|Storgata 12B⟧", "⟦adresse|Storgata 12 B⟧", "⟦adresse|storgata 5⟧",
    "⟦adresse|Trondheimsveien 101⟧", "adresse ⟦adresse|Kirkeveien 3A⟧, 2. etasje", "⟦adresse|Thorvald Meyers gate 12⟧",
    "⟦adresse|Karl Johans gate 22⟧", "i ⟦adresse|Kong Oscars gate 1⟧", "⟦adresse|Dronning Mauds gate 1 C⟧",
    "⟦adresse|Fjellveien 7⟧ i Bergen", "⟦adresse|Gamlevegen 14⟧", "bor på ⟦adresse|Eikelia 4⟧",
    "⟦adresse|Solbakken 23⟧", "⟦adresse|Strandgaten 2⟧", "⟦adresse|Storgt. 9⟧", "⟦adresse|Slottsgate 8⟧",
    "⟦adresse|Parkveien 1b⟧", "⟦adresse|Havnegata 15⟧ 3. etg",
    "⟦adresse|Bjørnstjerne Bjørnsons plass 1⟧", "⟦adresse|Rosenborggata 20⟧", "⟦adresse|Blomstertunet 6⟧",
    "flyttet til ⟦adresse|Hagaløkka 3⟧", "⟦adresse|Sandbrygga 2⟧", "⟦adresse|Industriveien 44⟧",
    "⟦adresse|Ringveien 5⟧", "⟦adresse|Skolegata 19⟧, ⟦postnummer|0179⟧ Oslo", "⟦adresse|ÅSVEIEN 12⟧",
]

NOT_ADDRESSES = [
    "arbeidsplass 2", "barnehagen 2 dager", "veien videre", "gate 2", "Storgata", "bor i storgata",
    "ved porten kl. 3", "vurderingen 2 ganger", "kapittel 4", "punkt 3 i sjekklista", "2 barn i bilen",
    "gjennomgang 3", "hun gikk 2 km", "plass 3", "på plassen 2 ganger",
]

POSTCODES = [
    "⟦postnummer|0179⟧ Oslo", "⟦postnummer|5003⟧ Bergen", "⟦postnummer|7030⟧ TRONDHEIM", "postnr. ⟦postnummer|9990⟧",
    "postnummer ⟦postnummer|4014⟧", "bor i ⟦postnummer|2000⟧ Lillestrøm", "⟦postnummer|9170⟧ Longyearbyen",
    "postnr: ⟦postnummer|1337⟧", "⟦postnummer|3015⟧ Drammen nå", "Postnummer ⟦postnummer|8001⟧",
]

NOT_POSTCODES = [
    "kl. 0300 Hun ringte", "i 2024 var det 3 barn", "rom 12 i Oslo",
    "1000 kroner", "år 2023", "kl 2230", "mellom 1990 og 2000",
]

BIRTH_DATES = [  # issue 15: a date is masked only when a word says it is a date of birth
    "født ⟦fødselsdato|15.03.1985⟧", "f. ⟦fødselsdato|3.5.90⟧", "fødselsdato: ⟦fødselsdato|15. mars 1985⟧",
    "kom 15.03.2024, født ⟦fødselsdato|150385⟧",
]

MIXED = [
    "ring ⟦telefon|41234567⟧ eller send til ⟦e-post|kari@example.no⟧; hun bor i ⟦adresse|Storgata 12⟧",
    "2 barn, fnr ⟦fødselsnummer|{fnr}⟧, ring ⟦telefon|412 34 567⟧ etter kl. 03",
    "§ 4 a gjelder; ring 112 eller ⟦telefon|+47 987 65 432⟧",
    "hun kom kl. 03 med 2 barn fra ⟦adresse|Parkveien 3⟧, ⟦postnummer|0350⟧ Oslo",
    "besøksforbud etter straffeprosessloven § 222 a; han har ⟦telefon|93 45 67 89⟧",
]


def hand_written() -> list[Vector]:
    rng = random.Random(4)
    templates = [*PHONES, *NOT_PHONES, *EMAILS, *NOT_EMAILS, *ADDRESSES, *NOT_ADDRESSES, *POSTCODES,
                 *NOT_POSTCODES, *BIRTH_DATES, *(m.format(fnr=make_fnr(rng)) for m in MIXED)]
    return [vector(t) for t in templates]


def all_vectors() -> list[Vector]:
    return [*generated(), *hand_written()]


@dataclass(frozen=True)
class MaskScore:
    vectors: int
    identifiers: int
    recalled: int
    false_masks: int  # vectors where something that is not an identifier was changed

    @property
    def recall(self) -> float:
        return self.recalled / self.identifiers if self.identifiers else 1.0

    @property
    def false_mask_rate(self) -> float:
        return self.false_masks / self.vectors if self.vectors else 0.0


def is_recalled(vec: Vector, output: str, secret: str) -> bool:
    return secret not in output


def score(mask, vectors: list[Vector] | None = None) -> MaskScore:
    """Recall on valid identifiers and the share of vectors with a false mask, for ``mask``."""
    vectors = all_vectors() if vectors is None else vectors
    identifiers = recalled = false = 0
    for vec in vectors:
        output = mask(vec.text)
        identifiers += len(vec.secrets)
        hits = sum(is_recalled(vec, output, s) for s in vec.secrets)
        recalled += hits
        if hits == len(vec.secrets) and output != vec.expected:
            false += 1
    return MaskScore(len(vectors), identifiers, recalled, false)
