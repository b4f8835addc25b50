"""Dialogue starts (issue 14): do staff get what they ask for, in their own words — and does a
question about a dialogue's topic get an answer instead of a dialogue?

Every message goes through the served assistant over REST, each from a fresh sender (the first
message of a conversation, as staff meet it):

* a **request** (``expect``: triage, safety_mapping, resume, menu, checklist, help) is right
  *directly* when that turn already did it — the ``X-Krise-Dialogue`` header names the dialogue's form
  (the mapping saved with the case ref the message named), or the reply is the menu, the help text,
  the checklist asked for — and right *with one press* when a button of the reply does it: the bench
  presses the button a staff member would choose (the one whose payload starts that action) and
  judges the next turn the same way. A resume request is sent after the same sender has started a
  dialogue, answered one question and paused it;
* a **topic question** must start nothing (the header stays empty); the bench also counts those the
  guide answered, and those whose first source is the section the writer named.

Baselines in the same run, on the same messages:

* *gammelt kommandomønster*: the router before issue 14 kept a command only when the message matched
  that command's exact form (``OLD_FORMS``, copied from that router); counted as started whenever the
  form matches, i.e. as if the classifier were always right — an upper bound for the old behaviour
  (which also offered no buttons to press);
* *klassifisereren alene* (when the Rasa environment is there): the trained model's top intent
  with the router switched off (``bench/nlu_intents.py`` in ``.venv-rasa``): started when it is the
  action asked for; a topic question «starts» when its top intent is an action.

Speed: greetings from fresh senders are interleaved with the messages, so the p95 of a guide answer
and of a start stand beside a greeting's from the same run. The bot runs on a throwaway SQLite database
with the cases the set's refs name, so the bench never touches ``var/``.

Sets: ``bench/sets/starts-dev.yml`` (tune on it) and ``starts-final.yml`` (held back: ``python -m
bench.run --only starts --final`` once at the end; absent until the next batch is dropped in, and the
bench says so). A held-back batch that has been run once is spent and joins the dev set with a
``batch:`` marker (``final1-spent`` … ``final15-spent``). Never copy either into ``nlu_data/``.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import requests
import yaml

from bench.latency import percentile
from bot.config import PROJECT_ROOT
from bot.nlu_examples import all_examples

SETS = Path(__file__).with_name("sets")
DEV_SET = SETS / "starts-dev.yml"
FINAL_SET = SETS / "starts-final.yml"
EXPECTS = ("triage", "safety_mapping", "resume", "menu", "checklist", "help")
INTENT_OF = {"triage": "start_triage", "safety_mapping": "start_safety_mapping", "resume": "resume",
             "menu": "menu", "checklist": "checklist", "help": "help"}
FORMS = {"triage": "triage_form", "safety_mapping": "safety_mapping_form"}
PAYLOADS = {"triage": "/start_triage", "safety_mapping": "/start_safety_mapping", "resume": "/resume",
            "menu": "/menu", "help": "/help", "checklist": "/checklist"}
MENU_MARK = "Veilederen – velg et kapittel"
HELP_MARK = "Dette kan jeg:"
RESUMED_MARK = "Vi fortsetter"
CHECKLIST_MENU_MARK = "Hvilken sjekkliste vil du se?"
DIRECT, PRESS, MISS = "direct", "press", "miss"
HEADER = "X-Krise-Dialogue"


# --- The sets ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StartRequest:
    q: str
    expect: str
    ref: str | None = None
    checklist: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicQuestion:
    q: str
    id: str | None = None
    tags: tuple[str, ...] = ()


def load_starts(path: Path = DEV_SET) -> tuple[list[StartRequest], list[TopicQuestion]]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    reqs = [StartRequest(str(x["q"]), x["expect"], x.get("ref"), x.get("checklist"), tuple(x.get("tags") or ()))
            for x in raw.get("requests") or []]
    topics = [TopicQuestion(str(x["q"]), x.get("id"), tuple(x.get("tags") or ())) for x in raw.get("topic_questions") or []]
    unknown = {r.expect for r in reqs} - set(EXPECTS)
    if unknown:
        raise ValueError(f"{path.name}: ukjent expect {sorted(unknown)}")
    return reqs, topics


# --- Talking to the served bot ------------------------------------------------------------------------

@dataclass
class Turn:
    messages: list[dict]
    dialogue: str
    ms: float

    @property
    def text(self) -> str:
        return "\n".join(m.get("text") or "" for m in self.messages)

    @property
    def buttons(self) -> list[dict]:
        return [b for m in self.messages for b in m.get("buttons") or []]

    @property
    def sources(self) -> list[dict] | None:
        """The guide reply's sources (CONTRACTS.md §2), or None when no message carries them."""
        for m in self.messages:
            custom = m.get("custom")
            if isinstance(custom, dict) and "sources" in custom:
                return custom["sources"]
        return None


class Client:
    """POSTs to the REST channel and keeps the time of each turn by kind."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/") + "/webhooks/rest/webhook"
        self.session = requests.Session()
        self.times: dict[str, list[float]] = defaultdict(list)

    def post(self, sender: str, text: str, kind: str | None = None) -> Turn:
        start = time.perf_counter()
        answer = self.session.post(self.url, json={"sender": sender, "message": text}, timeout=60)
        ms = (time.perf_counter() - start) * 1000
        answer.raise_for_status()
        if kind:
            self.times[kind].append(ms)
        return Turn(answer.json(), answer.headers.get(HEADER, ""), ms)

    def greet(self) -> None:
        """A greeting from a fresh sender, timed: the baseline turn of this run."""
        self.post(new_sender("greet"), "hei", "hilsen")


def new_sender(kind: str) -> str:
    return f"bench-starts-{kind}-{secrets.token_hex(4)}"


# --- Judging -------------------------------------------------------------------------------------------

def checklist_titles() -> dict[str, str]:
    """Checklist id → title, from the corpus's checklists."""
    from bot.guide.checklists import default_checklists

    return {c.id: c.title for c in default_checklists()}


def checklist_title(name: str | None, titles: dict[str, str]) -> str | None:
    """The title of the checklist a set names (``ny_bolig``, ``kartlegging``): same id, or the one id it begins."""
    if not name:
        return None
    key = name.replace("_", "-").lower()
    if key in titles:
        return titles[key]
    starting = [t for i, t in titles.items() if i.startswith(key)]
    return starting[0] if len(starting) == 1 else None


def achieved(req: StartRequest, turn: Turn, titles: dict[str, str], paused: str | None = None) -> bool:
    """Did this turn do what the request asked for?"""
    text = turn.text
    if req.expect in FORMS:
        if turn.dialogue != FORMS[req.expect]:
            return False
        return req.ref is None or f"lagres med sak {req.ref.upper()}" in text
    if req.expect == "resume":
        return bool(turn.dialogue) and RESUMED_MARK in text and (paused is None or turn.dialogue == FORMS[paused])
    if req.expect == "menu":
        return MENU_MARK in text
    if req.expect == "help":
        return HELP_MARK in text
    wanted = checklist_title(req.checklist, titles)
    starts = [m.get("text") or "" for m in turn.messages]
    if wanted:
        return any(t.startswith(wanted) for t in starts)
    return any(t.startswith("Sjekkliste") for t in starts) or CHECKLIST_MENU_MARK in text


def button_for(req: StartRequest, turn: Turn, titles: dict[str, str]) -> dict | None:
    """The button a staff member wanting ``req`` would press: its payload starts that action (a
    checklist's, the one with that checklist's title; a mapping's, the one with the case ref)."""
    buttons = turn.buttons
    if req.expect == "checklist":
        wanted = checklist_title(req.checklist, titles)
        named = [b for b in buttons if wanted and b.get("title") == wanted]
        lists = [b for b in buttons if str(b.get("payload", "")).startswith(("/checklist", "sjekkliste"))]
        found = named or lists
        return found[0] if found else None
    prefix = PAYLOADS[req.expect]
    matching = [b for b in buttons if str(b.get("payload", "")).split("{")[0] == prefix]
    if req.ref:
        with_ref = [b for b in matching if req.ref.upper() in str(b.get("payload", "")).upper()]
        matching = with_ref or matching
    return matching[0] if matching else None


def started_dialogue(turn: Turn) -> bool:
    return bool(turn.dialogue)


def offers_a_start(turn: Turn) -> bool:
    """The router offered an action for this message (``bot.offers``): its question follows the answer,
    or its button leads a decline's buttons — not the main actions every first reply carries."""
    from bot.offers import OFFERS

    questions = {q for q, _ in OFFERS.values()}
    titles = {t for _, t in OFFERS.values()}
    if any((m.get("text") or "") in questions for m in turn.messages):
        return True
    declined = turn.sources == []
    first = next((m.get("buttons") or [] for m in turn.messages if m.get("buttons")), [])
    return declined and bool(first) and (first[0].get("title") in titles or
                                         str(first[0].get("title", "")).startswith("Start kartlegging for"))


@dataclass
class RequestResult:
    req: StartRequest
    outcome: str
    detail: str = ""
    main_button: bool = False  # the press was on one of the main actions every first reply carries


def is_main_button(button: dict) -> bool:
    try:
        from bot.offers import MAIN_ACTIONS
    except ImportError:  # the code before issue 14 had no main-action buttons
        return False
    return (button.get("title"), button.get("payload")) in MAIN_ACTIONS


@dataclass
class TopicResult:
    topic: TopicQuestion
    started: bool
    answered: bool
    right_source: bool | None
    offered: bool
    detail: str = ""


_MAPPING_WORDS = re.compile(r"kartlegg|kartleg|mapping|risk|risiko|trussel|threat|vurdering|assessment", re.I)


def pause_a_dialogue(client: Client, sender: str, req: StartRequest) -> str:
    """Start the dialogue the request names (first contact unless it speaks of the mapping), answer its
    first question with its first button, and pause it. Returns the dialogue paused."""
    which = "safety_mapping" if _MAPPING_WORDS.search(req.q) else "triage"
    turn = client.post(sender, PAYLOADS[which])
    if turn.buttons:
        client.post(sender, turn.buttons[0]["payload"])
    paused = client.post(sender, "pause")
    if "pause" not in paused.text.lower():
        raise RuntimeError(f"kunne ikke sette {which} på pause: {paused.text[:120]!r}")
    return which


def judge_request(client: Client, req: StartRequest, titles: dict[str, str]) -> RequestResult:
    sender = new_sender(req.expect)
    paused = pause_a_dialogue(client, sender, req) if req.expect == "resume" else None
    turn = client.post(sender, req.q, "start")
    if achieved(req, turn, titles, paused):
        return RequestResult(req, DIRECT)
    button = button_for(req, turn, titles)
    what = f"[{turn.dialogue or '-'}] {turn.text[:70]!r} knapper={[b.get('title') for b in turn.buttons][:6]}"
    if button is None:
        return RequestResult(req, MISS, what)
    pressed = client.post(sender, str(button["payload"]))
    if achieved(req, pressed, titles, paused):
        return RequestResult(req, PRESS, main_button=is_main_button(button))
    return RequestResult(req, MISS, what + f" → trykk {button.get('title')!r}: [{pressed.dialogue or '-'}] "
                                        f"{pressed.text[:60]!r}")


def judge_topic(client: Client, topic: TopicQuestion) -> TopicResult:
    turn = client.post(new_sender("topic"), topic.q, "veiledersvar")
    sources = turn.sources or []
    offered = offers_a_start(turn)
    right = None if not topic.id else bool(sources) and sources[0].get("id") == topic.id
    return TopicResult(topic, started_dialogue(turn), bool(sources), right, offered,
                       f"[{turn.dialogue or '-'}] {turn.text[:80]!r}")


# --- Baselines ---------------------------------------------------------------------------------------

def _alone(pattern: str) -> Callable[[str], bool]:
    regex = re.compile(rf"^\s*({pattern})\s*[.!?]*\s*$", re.I)
    return lambda text: bool(regex.search(text))


def _has(pattern: str) -> Callable[[str], bool]:
    regex = re.compile(pattern, re.I)
    return lambda text: bool(regex.search(text))


def _short(max_words: int, pattern: str) -> Callable[[str], bool]:
    regex = re.compile(pattern, re.I)
    return lambda text: len(re.findall(r"[^\W\d_]+", text)) <= max_words and bool(regex.search(text))


def _any(*forms: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda text: any(f(text) for f in forms)


# The command forms of the router before issue 14 (bot/nlu/routing.py at 729aa30), for the six actions.
_OLD_IMPERATIVE = r"^\s*(start|starte|begynn|begynne|registrer|registrere|opprett|gjør|gjennomfør)\b"
_OLD_CASE_REF = r"\bK-?[0-9A-Z]{6}\b"
OLD_FORMS: dict[str, Callable[[str], bool]] = {
    "start_triage": _any(
        _has(r"^\s*/(ny|triage)\b|^\s*(kan du |vil du )?(før|ta|hjelp) meg gjennom\b"),
        _has(_OLD_IMPERATIVE + r".*\b(henvendelse|henvendlese|førespurnad|kontakt|samtale|triage|triasje|inntak|"
             r"innkomst|førstesamtale|mottakssamtale)"),
        _alone(r"(ny|nytt) (henvendelse|henvendlese|førespurnad|innkomst|kontakt)|første (henvendelse|kontakt)|"
               r"triage|triasje")),
    "start_safety_mapping": _any(
        _has(r"^\s*/kartlegg|^\s*kartlegg\b(?!\w)|\bkartlegg\w*\b.*" + _OLD_CASE_REF),
        _has(_OLD_IMPERATIVE + r".{0,30}\bkartlegg"),
        _alone(r"(ny )?kartlegging( nå)?|(ny )?trusselkartlegging")),
    "checklist": _any(_has(r"^\s*(/sjekk|sjekkliste|sjekklista|sjekklister|vis sjekkliste|gi meg sjekkliste)"),
                      _short(5, r"\b(sjekkliste|sjekklista|sjekklisten|checklist)\b(?!.*\?)")),
    "menu": _alone(r"/meny|meny|menyen|vis meny(en)?|innhold(sfortegnelse(n)?)?|vis kapitlene|kapitler|"
                   r"bla( i veilederen)?|/start"),
    "help": _alone(r"/hjelp|/help|hjelp|help|hjelp meg|hva kan du( gjøre| hjelpe (meg )?med)?|"
                   r"hvordan bruker jeg (deg|denne boten|assistenten)"),
    "resume": _alone(r"/fortsett|fortsett|fortset|gå videre|ta opp igjen|hent utkastet|"
                     r"fortsett (der vi slapp|samtalen|henvendelsen|kartleggingen)"),
}


def old_matcher_started(text: str, intent: str) -> bool:
    return OLD_FORMS[intent](text)


def nlu_intents(texts: list[str]) -> dict[str, str] | None:
    """The trained model's top intent for each text with the router switched off, or None when the
    Rasa environment or the model is missing (``bench/nlu_intents.py`` runs in ``.venv-rasa``)."""
    python = PROJECT_ROOT / ".venv-rasa" / "bin" / "python"
    model = PROJECT_ROOT / "models" / "krise.tar.gz"
    if not python.exists() or not model.exists():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.json", Path(tmp) / "out.json"
        src.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), TF_CPP_MIN_LOG_LEVEL="3")
        done = subprocess.run([str(python), "-m", "bench.nlu_intents", str(model), str(src), str(out)],
                              cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0 or not out.exists():
            print(f"  (klassifisereren alene: feilet – {done.stderr.strip().splitlines()[-1:]})")
            return None
        return json.loads(out.read_text(encoding="utf-8"))


# --- Running and reporting -------------------------------------------------------------------------

@dataclass
class StartsRun:
    requests: list[RequestResult] = field(default_factory=list)
    topics: list[TopicResult] = field(default_factory=list)
    times: dict[str, list[float]] = field(default_factory=dict)


def run_starts(url: str, reqs: list[StartRequest], topics: list[TopicQuestion], greet_every: int = 2) -> StartsRun:
    """Every request and topic question through the served bot, a timed greeting after every
    ``greet_every`` messages."""
    client = Client(url)
    titles = checklist_titles()
    run = StartsRun()
    items: list[StartRequest | TopicQuestion] = [*reqs, *topics]
    rng_order = sorted(range(len(items)), key=lambda i: secrets.randbits(32))  # no order effects on timing
    for n, i in enumerate(rng_order, 1):
        item = items[i]
        if isinstance(item, StartRequest):
            run.requests.append(judge_request(client, item, titles))
        else:
            run.topics.append(judge_topic(client, item))
        if n % greet_every == 0:
            client.greet()
    run.requests.sort(key=lambda r: reqs.index(r.req))
    run.topics.sort(key=lambda t: topics.index(t.topic))
    run.times = dict(client.times)
    return run


def _share(n: int, total: int) -> str:
    return f"{n / total:5.3f}" if total else "    –"


def _groups(results: list[RequestResult], key: Callable[[StartRequest], Iterable[str]]) -> dict[str, list[RequestResult]]:
    groups: dict[str, list[RequestResult]] = defaultdict(list)
    for r in results:
        for k in key(r.req):
            groups[k].append(r)
    return groups


def loose(text: str) -> str:
    """Case, spacing and punctuation aside: how a bench question is compared with a training example (here,
    and in tests/test_corpus.py for the guide's examples)."""
    return re.sub(r"[\s?.!,;:«»\"'–-]+", " ", text.lower()).strip()


def nlu_example_texts() -> set[str]:
    """Every NLU training example (``nlu_data/``), loosened, entity markup removed. Writers naturally
    type the product's own commands («meny», «hjelp», «fortsett»), which are also training examples:
    the report gives the share on the requests that are not, so the figure is not carried by them."""
    return {loose(x.text) for x in all_examples()}


def report(run: StartsRun, title: str, intents: dict[str, str] | None, show_misses: bool) -> list[str]:
    reqs = run.requests
    old = {id(r): old_matcher_started(r.req.q, INTENT_OF[r.req.expect]) for r in reqs}
    diet = {id(r): intents.get(r.req.q) == INTENT_OF[r.req.expect] for r in reqs} if intents else None
    lines = [title]
    header = (f"  {'':<24} {'n':>4} {'direkte':>8} {'+1 trykk':>8} {'(hovedknapp)':>12} {'rett':>6}   "
              f"{'gml. mønster':>12}"
              + (f" {'klassifiserer':>13}" if diet else ""))
    lines.append(header)

    def row(name: str, group: list[RequestResult]) -> str:
        n = len(group)
        direct = sum(r.outcome == DIRECT for r in group)
        press = sum(r.outcome == PRESS for r in group)
        main = sum(r.outcome == PRESS and r.main_button for r in group)
        line = (f"  {name:<24} {n:>4} {_share(direct, n):>8} {_share(press, n):>8} {_share(main, n):>12} "
                f"{_share(direct + press, n):>6}   {_share(sum(old[id(r)] for r in group), n):>12}")
        if diet is not None:
            line += f" {_share(sum(diet[id(r)] for r in group), n):>13}"
        return line

    lines.append(row("alle startforespørsler", reqs) + "   mål rett ≥ 0.95")
    by_expect = _groups(reqs, lambda q: [q.expect])
    for name in EXPECTS:
        if by_expect.get(name):
            lines.append(row(f"  {name}", by_expect[name]))
    lines.append(row("  med saksnummer", [r for r in reqs if r.req.ref]))
    seen = nlu_example_texts()
    lines.append(row("  ikke lik et NLU-eksempel", [r for r in reqs if loose(r.req.q) not in seen]))
    by_tag = _groups(reqs, lambda q: q.tags)
    for tag in sorted(by_tag):
        lines.append(row(f"  tag {tag}", by_tag[tag]))
    topics = run.topics
    n = len(topics)
    started = sum(t.started for t in topics)
    dialogues = ("start_triage", "start_safety_mapping")
    old_started = sum(any(old_matcher_started(t.topic.q, i) for i in dialogues) for t in topics)
    with_id = [t for t in topics if t.right_source is not None]
    lines.append(f"  temaspørsmål: {n}; startet en dialog: {started} (mål 0; gml. mønster {old_started}"
                 + (f", klassifisereren alene {sum(intents.get(t.topic.q) in dialogues for t in topics)}"
                    if intents else "") + ")")
    lines.append(f"    besvart fra veilederen {_share(sum(t.answered for t in topics), n)}, første kilde som "
                 f"skribenten anga {_share(sum(bool(t.right_source) for t in with_id), len(with_id))} "
                 f"(av {len(with_id)}), start tilbudt som knapp (ruteren) {_share(sum(t.offered for t in topics), n)}")
    by_topic_tag: dict[str, list[TopicResult]] = defaultdict(list)
    for t in topics:
        for tag in t.topic.tags:
            by_topic_tag[tag].append(t)
    if by_topic_tag:
        lines.append("    per tag (startet / besvart): " + ", ".join(
            f"{tag} {sum(t.started for t in g)}/{_share(sum(t.answered for t in g), len(g)).strip()}"
            for tag, g in sorted(by_topic_tag.items())))
    times = run.times
    greet = times.get("hilsen") or [0.0]
    lines.append(f"  REST-forsinkelse (ms, samme kjøring, ny samtale per melding): {'':<2}"
                 f"{'p50':>7} {'p95':>7}  p95 mot hilsen")
    for kind, label in (("veiledersvar", "veiledersvar (temaspørsmål)"), ("start", "startforespørsel"),
                        ("hilsen", "hilsen")):
        values = times.get(kind) or []
        if values:
            p95 = percentile(values, 0.95)
            lines.append(f"    {label:<28} {len(values):>4}  {percentile(values, 0.5):7.0f} {p95:7.0f}  "
                         f"{p95 / percentile(greet, 0.95):5.2f}x")
    if show_misses:
        misses = [r for r in reqs if r.outcome == MISS]
        if misses:
            lines.append(f"  bommet ({len(misses)}):")
            lines += [f"    {r.req.expect:<14} {r.req.q[:70]!r}  {r.detail}" for r in misses[:60]]
        bad = [t for t in topics if t.started]
        if bad:
            lines.append(f"  temaspørsmål som startet en dialog ({len(bad)}):")
            lines += [f"    {t.topic.q[:80]!r} {t.detail}" for t in bad]
    return lines


def create_cases(refs: Iterable[str], url: str | None = None) -> None:
    """Cases with exactly these refs in the database at ``url`` (default ``DATABASE_URL``): the set names them."""
    from bot.storage import case_store, db, vocab
    from bot.storage.models import Case, TriageRecord

    with db.session_scope(url) as session:
        for ref in sorted({r.upper() for r in refs}):
            if case_store.get_case(session, ref) is None:  # as case_store.create_case, with this ref
                core, details = vocab.normalise_triage({})
                case = Case(ref=ref)
                case.triage = TriageRecord(**core, details=details)
                session.add(case)
                session.flush()


def starts_bench(final: bool = False) -> None:
    """``make bench``'s starts part: its own served bot on a throwaway database (one line in ``bench.run``)."""
    from bot.storage import db, migrate
    from bot.testing.served import served_bot

    path = FINAL_SET if final else DEV_SET
    if not path.exists():
        print(f"Dialogstarter, tilbakeholdt: bench/sets/{path.name} finnes ikke ennå – ingen tilbakeholdte tall "
              "(de femten første omgangene er brukt opp og står nå i starts-dev.yml, merket batch: final1-spent, "
              "final2-spent, final3-spent, final4-spent, final5-spent, final6-spent, final7-spent, final8-spent, "
              "final9-spent, final10-spent, final11-spent, final12-spent, final13-spent, final14-spent og "
              "final15-spent)")
        return
    reqs, topics = load_starts(path)
    intents = nlu_intents([r.q for r in reqs] + [t.q for t in topics])
    old = os.environ.get("DATABASE_URL")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        migrate.upgrade(url)
        os.environ["DATABASE_URL"] = url
        db.reset_engines()
        try:
            create_cases(r.ref for r in reqs if r.ref)
            with served_bot(Path(tmp) / "serve.log") as rasa:
                run = run_starts(rasa, reqs, topics)
        finally:
            if old is None:
                os.environ.pop("DATABASE_URL", None)
            else:
                os.environ["DATABASE_URL"] = old
            db.reset_engines()
    which = "det tilbakeholdte settet" if final else "dev-settet"
    title = (f"Dialogstarter på {which} ({path.name}: {len(reqs)} startforespørsler, {len(topics)} temaspørsmål; "
             f"over REST, ny samtale per melding)")
    print("\n".join(report(run, title, intents, show_misses=not final)))
    print("  (+1 trykk: knappen i svaret gjorde det; (hovedknapp): av dem en av hovedhandlingene som hvert første svar\n"
          "   har, ikke tilbudet ruteren ga; gml. mønster: ruterens kommandoformer før issue 14, som om klassifisereren\n"
          "   alltid traff – ingen knapper; klassifisereren alene: modellens toppintensjon uten ruteren)")
    counts = Counter(r.outcome for r in run.requests)
    out = PROJECT_ROOT / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"starts-{'final' if final else 'dev'}.json").write_text(json.dumps({
        "counts": counts, "requests": [{"q": r.req.q, "expect": r.req.expect, "outcome": r.outcome, "detail": r.detail,
                                        "main_button": r.main_button} for r in run.requests],
        "topics": [{"q": t.topic.q, "started": t.started, "answered": t.answered, "offered": t.offered,
                    "detail": t.detail} for t in run.topics]}, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Dialogstarter over REST mot den serverte assistenten")
    parser.add_argument("--final", action="store_true", help="det tilbakeholdte settet (én gang, til slutt)")
    starts_bench(parser.parse_args().final)
