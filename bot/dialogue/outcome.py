"""What a completed safety mapping gives back: risk factors, measures and a draft safety plan.

No numeric score and no imitation of licensed instruments (DA, SARA:SV, PATRIARK): the result is
the risk factors present, each in the guide's words with its source, then the guide's measures that
fit the answers, each with source and date and – where the guide says so – a note on consent or
avvergeplikt, then a draft individual safety plan. Factors the guide does not name as risk signs
are listed plainly as «også oppgitt», with no claim about them; the one measure from outside the
guide (voldsalarm) is marked «Utenfor veilederen» with its source, as the corpus does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.dialogue.safety_mapping import CHILD_PLAN, DIGITAL, FORM, HONOUR, MAPPING, SAFETY_DIALOGUE
from bot.dialogue.schema import record_value
from bot.guide.answer import norwegian_date, source_dict
from bot.guide.corpus import Corpus

POLICE = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/nar-er-det-nodvendig-a-involvere-politiet"
COURT = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/sikkerhetstiltak-i-regi-av-politiet-eller-domstolene"
OWN_MEASURES = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/gi-veiledning-i-egne-sikkerhetstiltak"
PLAN = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/lag-en-individuell-sikkerhetsplan"
CHILD_WELFARE = ("oppfolging-av-barn-pa-krisesenter/samarbeid-med-barnevernstjenesten-opplysningsplikt/"
                 "opplysningsplikt-og-nar-den-inntrer")
RETURN_HOME = "under-oppholdet-botilbudet/bolig-etter-oppholdet/tilbake-til-tidligere-bolig"

# CONTRACTS.md §4: the 13 flags of ``safety``; ``red_flags`` lists those that are true.
CONTRACT_FLAGS = (
    "escalation", "threats_to_kill", "weapon_access", "strangulation", "sexual_violence",
    "stalking_or_surveillance", "breached_restraining_order", "perpetrator_substance_use",
    "perpetrator_mental_health", "children_exposed", "recent_separation", "honour_related", "feared_for_life",
)


@dataclass(frozen=True)
class RiskFactor:
    key: str
    words: str       # the guide's own words for it
    source_id: str


# In the order of the guide's list in «Kartlegging av vold og trusler», then the honour form.
RISK_FACTORS = (
    RiskFactor("several_perpetrators", "flere utøvere", MAPPING),
    RiskFactor("perpetrator_knows", "utøver vet at hun/han har søkt hjelp", MAPPING),
    RiskFactor("escalation", "økende vold", MAPPING),
    RiskFactor("feared_for_life", "har fryktet for livet", MAPPING),
    RiskFactor("prior_reports", "tidligere anmeldelser/dommer", MAPPING),
    RiskFactor("breached_restraining_order", "brutt besøksforbud", MAPPING),
    RiskFactor("children_exposed", "barn hos utøver nå, og hva barna har opplevd", FORM),
    RiskFactor("weapon_access", "tilgang til våpen", MAPPING),
    RiskFactor("perpetrator_substance_use", "rus hos utøver", MAPPING),
    RiskFactor("perpetrator_mental_health", "psykiske problemer hos utøver", MAPPING),
    RiskFactor("family_supports_violence", "andre i familien støtter volden", MAPPING),
    RiskFactor("stalking_or_surveillance",
               "utøver kan ta kontakt og spore via telefon, meldinger, sosiale medier, GPS og bankkort", DIGITAL),
    RiskFactor("honour_related", "æresrelatert vold – «kan gi svært høy risiko»", HONOUR),
    RiskFactor("planned_travel_abroad", "planlagte reiser til utlandet", HONOUR),
    RiskFactor("punished_for_breaking_rules", "straff ved regelbrudd", HONOUR),
    RiskFactor("forced_marriage_risk", "planlagt ekteskap eller frykt for tvangsekteskap", HONOUR),
)
NAMED = {f.key for f in RISK_FACTORS}


def _any(*keys: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda r: any(r.get(k) is True for k in keys)


SERIOUS = ("feared_for_life", "threats_to_kill", "weapon_access", "strangulation", "escalation",
           "breached_restraining_order", "honour_related", "forced_marriage_risk")


@dataclass(frozen=True)
class Measure:
    code: str
    title: str
    text: str
    applies: Callable[[Mapping[str, Any]], bool]
    source_id: str | None = None      # a guide subsection; None for a measure from outside the guide
    outside_source: str | None = None  # «Utenfor veilederen: … (kilde: URL)»
    note: str = ""                    # consent / avvergeplikt, where the guide says so
    plan_heading: str = ""            # where it goes in the draft safety plan
    plan_note: str = ""               # the consent remark, short, for the plan


POLICE_PLAN_NOTE = "Krever brukerens samtykke, med mindre avvergeplikten gjelder."
CONSENT_POLICE = ("Samtykke: du trenger brukerens samtykke før du kontakter politiet (taushetsplikt, "
                  "krisesenterloven § 5), helst skriftlig. Mener du at avvergeplikten slår inn, trenger du ikke "
                  "samtykke.")

MEASURES = (
    Measure("kontakt_politiet", "Involver politiet",
            "Viser kartleggingen fare for ny alvorlig vold, kan du råde brukeren til å koble inn politiet. "
            "Avgjør det sammen med henne/ham.", _any(*SERIOUS), POLICE, note=CONSENT_POLICE,
            plan_heading="Politi og rettslige tiltak", plan_note=POLICE_PLAN_NOTE),
    Measure("besoksforbud", "Besøksforbud eller kontaktforbud",
            "Besøksforbud (straffeprosessloven § 222 a) betyr at utøver ikke får oppsøke eller kontakte henne/ham på "
            "noen måte; det krever ingen anmeldelse. Trengs tiltak i regi av politiet, skal dere kontakte politiet "
            "(forskrift om fysisk sikkerhet § 4 b).",
            _any("perpetrator_knows", "stalking_or_surveillance", "breached_restraining_order", "threats_to_kill",
                 "recent_separation"), COURT, note=CONSENT_POLICE, plan_heading="Politi og rettslige tiltak",
            plan_note=POLICE_PLAN_NOTE),
    Measure("voldsalarm", "Voldsalarm",
            "Spør politiet om voldsalarm (eller omvendt voldsalarm) når faren er stor.",
            _any("feared_for_life", "threats_to_kill", "strangulation", "weapon_access"), None,
            outside_source="Utenfor veilederen: Veiviseren («Fra krisesenter til egen bolig», fase 1) nevner "
                           "voldsalarm og omvendt voldsalarm som tiltak fra politiet (kilde: https://veiviseren.no/).",
            note=CONSENT_POLICE, plan_heading="Politi og rettslige tiltak", plan_note=POLICE_PLAN_NOTE),
    Measure("relokalisering", "Tilby flytting til et annet krisesenter",
            "Viser trusselvurderingen at brukeren ikke er trygg nok hos dere, skal hun/han få tilbud om å flytte til "
            "et annet krisesenter, og politiet skal involveres (forskrift om fysisk sikkerhet § 4 c).",
            lambda r: r.get("perpetrator_knows") is True and _any(*SERIOUS)(r), OWN_MEASURES,
            note="Samtykke: be om samtykke til å sende kartleggingen med til det nye senteret.",
            plan_heading="Bosted og flytting", plan_note="Samtykke før kartleggingen sendes med."),
    Measure("digital_sikkerhetssjekk", "Digital sikkerhetssjekk",
            "Sjekk telefon, nettbrett, PC og bil sammen med brukeren snarest: slå av GPS og sporing, ingen bilder "
            "eller innsjekkinger i sosiale medier, og vurder ny telefon med kontantkort.",
            _any("stalking_or_surveillance", "perpetrator_knows"), OWN_MEASURES,
            plan_heading="Telefon, nett og sosiale medier"),
    Measure("sikkerhetsplan_barn", "Egen sikkerhetsplan for barna",
            "Lag en egen sikkerhetsplan for hvert barn, sammen med barnet og forelderen: hvordan barnet ferdes "
            "utenfor senteret, og bruk av nett og sosiale medier. Kartlegg truslene mot barnet (forskriften § 4 a).",
            _any("children_exposed"), CHILD_PLAN, plan_heading="Barna"),
    Measure("vurder_opplysningsplikt", "Vurder opplysningsplikten til barnevernet",
            "Har du grunn til å tro at et barn blir mishandlet eller utsatt for alvorlig omsorgssvikt, skal du melde "
            "til barnevernstjenesten (krisesenterloven § 6).", _any("children_exposed"), CHILD_WELFARE,
            note="Opplysningsplikten gjelder uten foreldrenes samtykke; taushetsplikten stopper den ikke.",
            plan_heading="Barna", plan_note="Gjelder uten foreldrenes samtykke."),
    Measure("aeresrelatert_oppfolging", "Kartlegg og følg opp æresrelatert vold",
            "Bruk skjemaet «Kartlegging av æresrelatert vold»; slik vold kan gi svært høy risiko, så tilpass "
            "sikkerhetstiltak og oppfølging – ofte er det flere utøvere.",
            _any("honour_related", "forced_marriage_risk"), HONOUR, plan_heading="Familie og nettverk"),
    Measure("sikkerhetsplan", "Lag en individuell sikkerhetsplan",
            "Kontaktpersonen lager sikkerhetsplanen sammen med brukeren, og den oppdateres før utflytting. "
            "Et utkast ut fra kartleggingen er lagret med saken.", lambda r: True, PLAN,
            plan_heading="Oppfølging"),
)


def safety_record(values: Mapping[str, Any]) -> dict[str, Any]:
    """Slot values → the ``safety`` record (CONTRACTS.md §4 keys first, then the other answers).

    Unknown, declined and skipped answers are null; the honour branch keys are null when not asked.
    """
    record: dict[str, Any] = {}
    for q in SAFETY_DIALOGUE.questions:
        if not q.key:
            continue
        value = record_value(values.get(q.slot))
        record[q.key] = list(value) if isinstance(value, list) else value
    flags = {key: record.get(key) if isinstance(record.get(key), bool) else None for key in CONTRACT_FLAGS}
    extras = {k: v for k, v in record.items() if k not in flags}
    result: dict[str, Any] = {**flags, **extras}
    result["red_flags"] = [k for k in CONTRACT_FLAGS if flags[k] is True]
    result["recommended"] = [m.code for m in MEASURES if m.applies(result)]
    return result


def factors_present(record: Mapping[str, Any]) -> tuple[list[RiskFactor], list[str]]:
    """(risk factors the guide names, other true flags the guide does not name as risk signs)."""
    named = [f for f in RISK_FACTORS if record.get(f.key) is True]
    others = [k for k in CONTRACT_FLAGS if record.get(k) is True and k not in NAMED]
    return named, others


def _label(key: str) -> str:
    for q in SAFETY_DIALOGUE.questions:
        if q.key == key:
            return q.label
    return key


def _source(corpus: Corpus | None, entry_id: str | None) -> str:
    entry = corpus.entry(entry_id) if corpus and entry_id else None
    if entry is None:
        return ""
    return (f"Kilde: {entry.breadcrumb} (sist faglig oppdatert: {norwegian_date(entry.last_updated)}) "
            f"{entry.url}")


def measures_for(record: Mapping[str, Any]) -> list[Measure]:
    codes = record.get("recommended") or []
    return [m for m in MEASURES if m.code in codes]


def risk_text(record: Mapping[str, Any], corpus: Corpus | None) -> str:
    named, others = factors_present(record)
    lines = ["Risikofaktorer i kartleggingen (veilederens ord, ingen poengsum):"]
    if not named:
        lines.append("- Ingen av risikofaktorene veilederen nevner, er besvart med ja.")
    for factor in named:
        entry = corpus.entry(factor.source_id) if corpus else None
        where = f" (veilederen: «{entry.title}»)" if entry else ""
        lines.append(f"- {_label(factor.key)}: «{factor.words}»{where}")
    if others:
        lines.append("Også oppgitt (veilederen nevner det ikke som eget risikotegn): "
                     + ", ".join(_label(k).lower() for k in others) + ".")
    unanswered = [_label(k).lower() for k in CONTRACT_FLAGS if record.get(k) is None]
    if unanswered:
        lines.append(f"Ikke besvart (vet ikke / vil ikke svare / hoppet over): {', '.join(unanswered)}.")
    lines.append("Vurderingen gjør dere sammen med brukeren – og med politiet når faren er stor.")
    return "\n".join(lines)


def measures_text(record: Mapping[str, Any], corpus: Corpus | None) -> str:
    lines = ["Tiltak fra veilederen som passer med svarene:"]
    for n, m in enumerate(measures_for(record), 1):
        lines.append(f"{n}. {m.title}: {m.text}")
        if m.source_id:
            lines.append(f"   {_source(corpus, m.source_id)}")
        if m.outside_source:
            lines.append(f"   {m.outside_source}")
        if m.note:
            lines.append(f"   ⚠ {m.note}")
    return "\n".join(lines)


def sources(record: Mapping[str, Any], corpus: Corpus | None) -> list[dict]:
    """The contract's ``sources`` for the result (CONTRACTS.md §2: ranked, at most three)."""
    ids: list[str] = [MAPPING]
    ids += [m.source_id for m in measures_for(record) if m.source_id]
    out: list[dict] = []
    for entry_id in dict.fromkeys(ids):
        entry = corpus.entry(entry_id) if corpus else None
        if entry is not None:
            out.append(source_dict(entry, 1.0))
    return out[:3]


PLAN_HEADINGS = ("Trusselbildet", "Politi og rettslige tiltak", "Bosted og flytting",
                 "Telefon, nett og sosiale medier", "Barna", "Familie og nettverk", "Oppfølging")


def safety_plan(record: Mapping[str, Any], ref: str, corpus: Corpus | None, today: date | None = None) -> str:
    """A draft individual safety plan: the mapping's findings and the fitting measures, by heading.

    The guide's own text for the adult plan is not in the corpus; what it does say (made with the
    person by the contact person, updated before moving out; the child's plan covers how the child
    moves about and uses the net) sets the headings. Staff complete the rest with the person.
    """
    today = today or date.today()
    named, others = factors_present(record)
    lines = [f"Utkast til individuell sikkerhetsplan – sak {ref}", f"Dato: {today.strftime('%d.%m.%Y')}",
             "Lages av kontaktpersonen sammen med brukeren og oppdateres før utflytting "
             "(veilederen: «Lag en individuell sikkerhetsplan»).", ""]
    by_heading: dict[str, list[str]] = {h: [] for h in PLAN_HEADINGS}
    by_heading["Trusselbildet"] = [f"- {_label(f.key)}" for f in named] + [f"- {_label(k)}" for k in others] or [
        "- Ingen risikofaktorer besvart med ja i denne kartleggingen."]
    for m in measures_for(record):
        if m.plan_heading in by_heading:
            by_heading[m.plan_heading].append(f"- {m.title}." + (f" ({m.plan_note})" if m.plan_note else ""))
    by_heading["Oppfølging"].append("- Gå gjennom planen jevnlig og før utflytting; ny kartlegging ved endringer.")
    for heading in PLAN_HEADINGS:
        items = by_heading[heading] or ["- (fylles ut sammen med brukeren)"]
        lines += [f"{heading}:", *items]
    cited = [MAPPING, *(m.source_id for m in measures_for(record) if m.source_id)]
    lines.append("")
    lines.append("Kilder: " + "; ".join(
        e.title for e in (corpus.entry(i) for i in dict.fromkeys(cited)) if e) if corpus else "Kilder: veilederen")
    return "\n".join(lines)
