"""What a completed safety mapping gives back: the answers that point to risk, what is not clarified,
measures and a draft safety plan.

No numeric score and no imitation of licensed instruments (DA, SARA:SV, PATRIARK): the result lists
the answers given as yes to the questions the threat picture rests on, each with where the question
comes from (the guide's form, or DA/Dash beyond it), then *every* question left unclear – and when
much is unclear, what the guide says about an unclear threat picture. Measures are described as the
guide and the police describe them: who asks, who decides, which need consent (avvergeplikt only
where staff alert the police), each with its own source. Quotation marks only around the guide's own
words (section titles, «særlig sikkerhetsrisiko»).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.dialogue.safety_mapping import (
    CHILD_PLAN,
    DIGITAL,
    FORM,
    HONOUR,
    MAPPING,
    SAFETY_DIALOGUE,
    lives_with_perpetrator,
)
from bot.dialogue.schema import YES_NO, Question, record_value
from bot.guide.answer import norwegian_date, source_dict
from bot.guide.corpus import Corpus

POLICE = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/nar-er-det-nodvendig-a-involvere-politiet"
COURT = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/sikkerhetstiltak-i-regi-av-politiet-eller-domstolene"
OWN_MEASURES = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/gi-veiledning-i-egne-sikkerhetstiltak"
PLAN = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/lag-en-individuell-sikkerhetsplan"
CHILD_WELFARE = ("oppfolging-av-barn-pa-krisesenter/samarbeid-med-barnevernstjenesten-opplysningsplikt/"
                 "opplysningsplikt-og-nar-den-inntrer")
POLICE_ALARM_URL = "https://www.politiet.no/rad/vold-i-nare-relasjoner/voldsalarm-og-omvendt-voldsalarm/"

# CONTRACTS.md §4: the 13 flags of ``safety``; ``red_flags`` lists those that are true.
CONTRACT_FLAGS = (
    "escalation", "threats_to_kill", "weapon_access", "strangulation", "sexual_violence",
    "stalking_or_surveillance", "breached_restraining_order", "perpetrator_substance_use",
    "perpetrator_mental_health", "children_exposed", "recent_separation", "honour_related", "feared_for_life",
)
# The questions the threat picture rests on (``Question.risk``), in the dialogue's order.
RISK_QUESTIONS: tuple[Question, ...] = tuple(q for q in SAFETY_DIALOGUE.questions if q.risk and q.kind == YES_NO)
RISK_KEYS = tuple(q.key for q in RISK_QUESTIONS)
# A threat picture is unclear when at least a third of the risk questions asked are not clarified: an
# all-«vet ikke» mapping is unclear, one skipped question among twenty is not. The guide gives no
# number; this only decides when the result *says* so – every unknown is listed either way.
UNCLEAR_SHARE = 1 / 3
SERIOUS = ("feared_for_life", "threats_to_kill", "weapon_access", "strangulation", "escalation",
           "breached_restraining_order", "honour_related", "forced_marriage_risk")

UNCLEAR_GUIDE = ("Veilederen («Når er det nødvendig å involvere politiet?»): er du usikker på om du forstår "
                 "trusselbildet godt nok, er det et av momentene for å involvere politiet – med brukerens samtykke. "
                 "Er faren ikke akutt nå, må sikkerheten likevel vurderes fortløpende.")


def _question(key: str) -> Question | None:
    return next((q for q in SAFETY_DIALOGUE.questions if q.key == key), None)


def label(key: str) -> str:
    q = _question(key)
    return q.label if q else key


def where_from(key: str) -> str:
    """Where a question comes from, in a few words (the guide's form, or DA/Dash beyond it)."""
    q = _question(key)
    if q is None:
        return ""
    if q.outside:
        return "utenfor veilederen: DA/Dash"
    if q.source_id == HONOUR:
        return "veilederen: «Kartlegging av æresrelatert vold»"
    return "veilederen: «Kartlegging av vold og trusler»"


def _any(*keys: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda r: any(r.get(k) is True for k in keys)


def has_children(record: Mapping[str, Any]) -> bool:
    n = record.get("children_count")
    return isinstance(n, int) and not isinstance(n, bool) and n > 0


def children_possible(record: Mapping[str, Any]) -> bool:
    """Children known, or their number not clarified («hvis det er barn»)."""
    return has_children(record) or "children_count" in (record.get("unresolved") or [])


def unclear(record: Mapping[str, Any]) -> bool:
    """Much of what the threat picture rests on is not clarified (see ``UNCLEAR_SHARE``)."""
    asked = [k for k in RISK_KEYS if k in record and (record.get(k) is not None or k in (record.get("unresolved") or []))]
    open_keys = [k for k in asked if k in (record.get("unresolved") or [])]
    return bool(asked) and len(open_keys) >= UNCLEAR_SHARE * len(asked)


@dataclass(frozen=True)
class Measure:
    code: str
    title: str
    text: str
    applies: Callable[[Mapping[str, Any]], bool]
    source_id: str | None = None      # a guide subsection; None for a measure from outside the guide
    outside_source: str | None = None  # «Utenfor veilederen: … (kilde: URL)»
    note: str = ""                    # consent, who decides – where the guide or the police say so
    plan_heading: str = ""            # where it goes in the draft safety plan
    plan_note: str = ""               # the remark, short, for the plan


CONSENT_POLICE = ("Samtykke: du trenger brukerens samtykke før du kontakter politiet (taushetsplikt, krisesenterloven "
                  "§ 5), helst skriftlig. Unntak: mener du at forholdene utløser avvergeplikten, trengs ikke samtykke. "
                  "Fortell brukeren at politiet kan etterforske og ta ut påtale på eget initiativ.")
ON_BEHALF = ("Kontakter dere politiet på hennes/hans vegne, trenger dere samtykket hennes/hans (taushetsplikt, "
             "krisesenterloven § 5).")

MEASURES = (
    Measure("kontakt_politiet", "Vurder å involvere politiet",
            "Viser kartleggingen fare for ny alvorlig vold, eller er du usikker på om du forstår trusselbildet godt "
            "nok, er det et moment for å involvere politiet. Vurderingen gjør du sammen med brukeren.",
            lambda r: _any(*SERIOUS)(r) or unclear(r), POLICE, note=CONSENT_POLICE,
            plan_heading="Politi og rettslige tiltak",
            plan_note="Med brukerens samtykke – unntak bare når avvergeplikten gjelder."),
    Measure("besoksforbud", "Besøksforbud",
            "Besøksforbud (straffeprosessloven § 222 a): utøveren får ikke oppsøke eller kontakte henne/ham, heller "
            "ikke via andre, og kan nektes å være på bestemte steder. Den utsatte kan be politiet om det; det er "
            "påtalemyndigheten som vedtar det, og utøveren kan kreve det prøvd av retten. Det krever ingen "
            "anmeldelse.",
            _any("perpetrator_knows", "stalking_or_surveillance", "breached_restraining_order", "threats_to_kill",
                 "recent_separation"), COURT, note=ON_BEHALF, plan_heading="Politi og rettslige tiltak",
            plan_note="Hun/han ber selv politiet om det, eller dere gjør det med samtykke; påtalemyndigheten vedtar."),
    Measure("kontaktforbud", "Kontaktforbud",
            "Kontaktforbud er ikke det samme som besøksforbud: det idømmes av domstolen i en straffesak, når "
            "besøksforbud ikke gir nok vern (veilederen viser til straffeloven § 33; i dag straffeloven §§ 57–58). "
            "Er det en straffesak, kan brukeren ta det opp med politiet.",
            _any("breached_restraining_order"), COURT, plan_heading="Politi og rettslige tiltak",
            plan_note="Idømmes av domstolen i en straffesak."),
    Measure("voldsalarm", "Mobil voldsalarm",
            "Hun/han – eller noen på hennes/hans vegne – kontakter politiet og ber om voldsalarm; politiet avgjør "
            "etter en vurdering og gir den for tre måneder om gangen. Det krever ingen anmeldelse.",
            _any("feared_for_life", "threats_to_kill", "strangulation", "weapon_access"), None,
            outside_source=f"Utenfor veilederen: politiet.no om voldsalarm (kilde: {POLICE_ALARM_URL}).",
            note=ON_BEHALF, plan_heading="Politi og rettslige tiltak",
            plan_note="Hun/han eller noen på hennes/hans vegne ber politiet om det; politiet avgjør."),
    Measure("relokalisering", "Tilby flytting til et annet krisesenter",
            "Viser trusselvurderingen at brukeren ikke er trygg nok hos dere, skal hun/han få tilbud om å flytte til "
            "et annet krisesenter, og politiet skal involveres (forskrift om fysisk sikkerhet i krisesentertilbudet "
            "§ 4 c).", lambda r: r.get("perpetrator_knows") is True and _any(*SERIOUS)(r), OWN_MEASURES,
            note="Samtykke: be om samtykke til å sende kartleggingen med til det nye senteret.",
            plan_heading="Bosted og flytting", plan_note="Samtykke før kartleggingen sendes med."),
    Measure("digital_sikkerhetssjekk", "Digital sikkerhetssjekk – for alle, snart etter ankomst",
            "Så snart som mulig etter ankomst: gå gjennom telefon, nettbrett og PC sammen med brukeren (sporing og "
            "avlytting, GPS – også i bil), råd om forsiktighet i sosiale medier (ingen bilder, statuser eller "
            "innsjekkinger), og vurder ny telefon med kontantkort og nytt nummer.",
            lambda r: True, DIGITAL, plan_heading="Telefon, nett og sosiale medier"),
    Measure("sikkerhetsplan_barn", "Kartlegg barnas trusselbilde og lag egen sikkerhetsplan for hvert barn",
            "Truslene mot barna skal kartlegges (forskrift om fysisk sikkerhet i krisesentertilbudet § 4 a), og hvert "
            "barn får en egen sikkerhetsplan, laget sammen med barnet og forelderen: hvordan barnet ferdes utenfor "
            "senteret, og bruk av nett og sosiale medier.",
            children_possible, CHILD_PLAN, plan_heading="Barna"),
    Measure("vurder_opplysningsplikt", "Vurder opplysningsplikten til barnevernet",
            "Har du grunn til å tro at et barn blir mishandlet eller utsatt for alvorlig omsorgssvikt – eller tas med "
            "tilbake til utøveren med risiko for ny vold – skal du melde til barnevernstjenesten (krisesenterloven "
            "§ 6).", lambda r: children_possible(r) and _any("children_exposed", "children_with_perpetrator")(r),
            CHILD_WELFARE, note="Opplysningsplikten gjelder uten foreldrenes samtykke; taushetsplikten stopper den "
                                "ikke.", plan_heading="Barna", plan_note="Gjelder uten foreldrenes samtykke."),
    Measure("aeresrelatert_oppfolging", "Følg opp æresrelatert vold",
            "Bruk veilederens skjema «Kartlegging av æresrelatert vold». Veilederen sier at slik vold kan innebære en "
            "«særlig sikkerhetsrisiko»; tilpass sikkerhetstiltak og oppfølging – ofte er det flere utøvere.",
            _any("honour_related", "forced_marriage_risk", "marriage_planned"), HONOUR,
            plan_heading="Familie og nettverk"),
    Measure("sikkerhetsplan", "Lag en individuell sikkerhetsplan",
            "Kontaktpersonen lager sikkerhetsplanen sammen med brukeren, og den oppdateres før utflytting. "
            "Et utkast ut fra kartleggingen er lagret med saken.", lambda r: True, PLAN,
            plan_heading="Oppfølging"),
)


def safety_record(values: Mapping[str, Any]) -> dict[str, Any]:
    """Slot values → the ``safety`` record (CONTRACTS.md §4 keys first, then the other answers).

    Unknown, declined and skipped answers are null, and their keys are listed under ``unresolved``;
    questions that did not apply (the honour branch when not asked) are null and not listed.
    """
    record: dict[str, Any] = {}
    for q in SAFETY_DIALOGUE.questions:
        if not q.key:
            continue
        value = record_value(values.get(q.slot)) if SAFETY_DIALOGUE.applies(q, values) else None
        record[q.key] = list(value) if isinstance(value, list) else value
    record["lives_with_perpetrator"] = lives_with_perpetrator(values)
    record["unresolved"] = [q.key for q in SAFETY_DIALOGUE.unresolved_questions(values)]
    flags = {key: record.get(key) if isinstance(record.get(key), bool) else None for key in CONTRACT_FLAGS}
    extras = {k: v for k, v in record.items() if k not in flags}
    result: dict[str, Any] = {**flags, **extras}
    result["threat_picture_unclear"] = unclear(result)
    result["red_flags"] = [k for k in CONTRACT_FLAGS if flags[k] is True]
    result["recommended"] = [m.code for m in MEASURES if m.applies(result)]
    return result


def risk_answers(record: Mapping[str, Any]) -> list[str]:
    """The risk questions answered yes, in the dialogue's order (contract flags and the others alike)."""
    return [k for k in RISK_KEYS if record.get(k) is True]


def unresolved_lines(record: Mapping[str, Any], heading: str = "Ikke avklart (ukjent, vil ikke svare eller "
                                                                  "hoppet over): ") -> list[str]:
    """The «Ikke avklart» part: every unknown answer, and the guide on an unclear threat picture."""
    keys = list(record.get("unresolved") or [])
    if not keys:
        return []
    lines = [heading + ", ".join(label(k).lower() for k in keys) + "."]
    if record.get("threat_picture_unclear") or unclear(record):
        lines.append("Mye av det trusselbildet bygger på, er ikke avklart. " + UNCLEAR_GUIDE)
    return lines


def _source(corpus: Corpus | None, entry_id: str | None) -> str:
    entry = corpus.entry(entry_id) if corpus and entry_id else None
    if entry is None:
        return ""
    return (f"Kilde: {entry.breadcrumb} (sist faglig oppdatert: {norwegian_date(entry.last_updated)}) "
            f"{entry.source_url or entry.url}")


def measures_for(record: Mapping[str, Any]) -> list[Measure]:
    codes = record.get("recommended") or []
    return [m for m in MEASURES if m.code in codes]


def risk_text(record: Mapping[str, Any], corpus: Corpus | None) -> str:
    yes_keys = risk_answers(record)
    lines = ["Svar som peker mot risiko (ingen poengsum; vurderingen gjør dere sammen med brukeren):"]
    if not yes_keys:
        lines.append("- Ingen av spørsmålene om risiko er besvart med ja.")
    for key in yes_keys:
        lines.append(f"- {label(key)} ({where_from(key)})")
    lines += unresolved_lines(record)
    if not unclear(record):
        lines.append("Er faren ikke akutt nå, må sikkerheten likevel vurderes fortløpende (veilederen).")
    return "\n".join(lines)


def measures_text(record: Mapping[str, Any], corpus: Corpus | None) -> str:
    lines = ["Tiltak fra veilederen og politiet som passer med svarene:"]
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


PLAN_HEADINGS = ("Trusselbildet", "Ikke avklart", "Politi og rettslige tiltak", "Bosted og flytting",
                 "Telefon, nett og sosiale medier", "Barna", "Familie og nettverk", "Oppfølging")


def safety_plan(record: Mapping[str, Any], ref: str, corpus: Corpus | None, today: date | None = None) -> str:
    """A draft individual safety plan: the mapping's findings and the fitting measures, by heading.

    The guide's own text for the adult plan is not in the corpus; what it does say (made with the
    person by the contact person, updated before moving out; the child's plan covers how the child
    moves about and uses the net) sets the headings. Staff complete the rest with the person.
    """
    today = today or date.today()
    lines = [f"Utkast til individuell sikkerhetsplan – sak {ref}", f"Dato: {today.strftime('%d.%m.%Y')}",
             "Lages av kontaktpersonen sammen med brukeren og oppdateres før utflytting "
             "(veilederen: «Lag en individuell sikkerhetsplan»).", ""]
    by_heading: dict[str, list[str]] = {h: [] for h in PLAN_HEADINGS}
    by_heading["Trusselbildet"] = [f"- {label(k)} ({where_from(k)})" for k in risk_answers(record)] or [
        "- Ingen av spørsmålene om risiko er besvart med ja i denne kartleggingen."]
    by_heading["Ikke avklart"] = [f"- {line}" for line in unresolved_lines(record, heading="")] or [
        "- Alt er avklart."]
    for m in measures_for(record):
        if m.plan_heading in by_heading:
            by_heading[m.plan_heading].append(f"- {m.title}." + (f" ({m.plan_note})" if m.plan_note else ""))
    by_heading["Oppfølging"].append("- Vurder sikkerheten fortløpende; ny kartlegging ved endringer og før utflytting.")
    for heading in PLAN_HEADINGS:
        items = by_heading[heading] or ["- (fylles ut sammen med brukeren)"]
        lines += [f"{heading}:", *items]
    cited = [FORM, *(m.source_id for m in measures_for(record) if m.source_id)]
    lines.append("")
    titles = [e.title for e in (corpus.entry(i) for i in dict.fromkeys(cited)) if e] if corpus else []
    outside = [m.outside_source for m in measures_for(record) if m.outside_source]
    lines.append("Kilder: " + ("; ".join(titles) if titles else "veilederen") + (
        "; " + "; ".join(outside) if outside else ""))
    return "\n".join(lines)

