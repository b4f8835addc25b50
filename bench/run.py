"""`make bench`: answer quality, dialogue starts and REST latency, each beside a baseline measured in
the same run.

``python -m bench.run --final`` reports quality (and ``--only starts --final`` the dialogue starts) on
the held-back sets instead of the dev sets: run it once, at the end of a piece of work, and never tune
on what it prints.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from pathlib import Path

from bench import load
from bench.dialogue import dialogue_bench
from bench.latency import DialogueTimes, measure, measure_dialogues, measure_interleaved, measure_triage
from bench.quality import (
    DEV_SET,
    DEV_SETS,
    FINAL_SETS,
    SetError,
    baseline_predictor,
    evaluate,
    guide_text_baseline_predictor,
    load_set,
    processed_baseline_predictor,
    ranking_predictor,
    report,
    served_predictor,
    stem_baseline_predictor,
)
from bench.starts import starts_bench
from bench.telegram import masking, telegram
from bench.web import web
from bot.guide.corpus import load_corpus
from bot.guide.search import GuideSearch
from bot.testing.served import served_bot


def quality(url: str, final: bool, dump: Path | None = None, only_set: str | None = None) -> None:
    """Each set on its own: the served assistant, its ranking alone, and three BM25 baselines over
    the same text (plain words, plain stems, the assistant's own text processing).

    ``only_set``: just the set of that name («final18»), so a new held-back split can be measured
    once without running the spent ones again. ``dump``: a directory to write each question's
    predictions to (``<set>.jsonl``), for reading the errors; the figures are the same with or without it."""
    paths = [p for p in (FINAL_SETS if final else DEV_SETS) if not only_set or p.stem == only_set]
    for path in [p for p in paths if not p.exists()]:
        print(f"Svarkvalitet, tilbakeholdt: bench/sets/{path.name} finnes ikke ennå – ingen tilbakeholdte tall "
              "(final–final17 er brukt opp og er nå eksempelspørsmål i guidance_corpus/examples/)\n")
    paths = [p for p in paths if p.exists()]
    if not paths:
        return
    corpus = load_corpus()
    search = GuideSearch(corpus)
    for path in paths:
        questions = load_set(path)
        runs = [("assistenten", evaluate(served_predictor(url), questions)),
                ("rangering", evaluate(ranking_predictor(search), questions)),
                ("BM25 ord", evaluate(baseline_predictor(corpus), questions)),
                ("BM25 stammer", evaluate(stem_baseline_predictor(corpus), questions)),
                ("BM25 behandlet", evaluate(processed_baseline_predictor(search), questions))]
        columns = [(name, scores) for name, (scores, _) in runs]
        if dump is not None:
            _dump(dump / f"{path.stem}.jsonl", questions, runs)
        served = columns[0][1]
        kind = "tilbakeholdt" if final else "dev"
        title = (f"Svarkvalitet, {kind}: {path.name} ({served.n_in} spørsmål i veilederen, {served.n_off} utenfor), "
                 f"{len(corpus.entries)} underavsnitt")
        print("\n".join(report(title, columns)))
        guide_only = evaluate(guide_text_baseline_predictor(search), questions)[0].top1
        print(f"  BM25 over veilederteksten alene (tittel og tekstlinjer, uten eksempelspørsmålene; søkets "
              f"tekstbehandling): topp-1 {guide_only:.3f} – assistenten {served.top1 - guide_only:+.3f}\n"
              "   (ikke grunnlinjen forholdet regnes mot: den indekserer mindre enn assistenten)")
        print("  (assistenten: servert over REST, ny samtale per spørsmål; rangering: søkets rekkefølge uten "
              "beslutning;\n   BM25 over samme tekst som søket indekserer, alltid beste treff: rene ord / "
              "Snowball-stammer / med søkets egen tekstbehandling)\n")


PROBE_HELDOUT_TAG = "probe-heldout"


def probe_quality(url: str, path: Path, heldout: bool, dump: Path | None = None) -> None:
    """Top-1 per subset on a probe set that is neither a dev set nor held back (e.g. a helper's language
    probe), served over REST exactly as ``quality`` serves the dev sets, beside the in-process ranking.

    A probe keeps its own held-out part, the questions tagged ``probe-heldout``: without ``heldout``
    they are left out (tune on the rest); with it only they are measured, once, after the fixes."""
    part = [q for q in load_set(path) if (PROBE_HELDOUT_TAG in q.tags) == heldout]
    search = GuideSearch(load_corpus())
    runs = [("assistenten", evaluate(served_predictor(url), part)),
            ("rangering", evaluate(ranking_predictor(search), part))]
    if dump is not None:
        _dump(dump / f"{path.stem}{'-heldout' if heldout else ''}.jsonl", part, runs)
    which = "utholdt del" if heldout else "uten utholdt del"
    title = f"Svarkvalitet, prøvesett: {path.name}, {which} ({len(part)} spørsmål)"
    print("\n".join(report(title, [(name, scores) for name, (scores, _) in runs])))
    for tag in sorted({t for q in part for t in q.tags} - {PROBE_HELDOUT_TAG}):
        chosen = [q for q in part if tag in q.tags and q.id]
        if not chosen:  # a tag of off-topic questions only (their decline is in the table above)
            continue
        shares = [sum(q.right((preds[q.q].ranked or [None])[0]) for q in chosen) / len(chosen)
                  for _, (_, preds) in runs]
        print(f"  topp-1 merket «{tag}» (n={len(chosen)}): " + ", ".join(
            f"{name} {share:.3f}" for (name, _), share in zip(runs, shares, strict=True)))
    print()


def _dump(target: Path, questions: list, runs: list) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as out:
        for q in questions:
            row = {"q": q.q, "id": q.id, "also": list(q.also), "tags": list(q.tags)}
            row.update({name: {"ranked": preds[q.q].ranked[:3], "decision": preds[q.q].decision}
                        for name, (_, preds) in runs})
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


ROUNDS = 3


def _median_ratio(values: list[float]) -> str:
    return f"{statistics.median(values):5.2f}x (" + " / ".join(f"{v:.2f}" for v in values) + ")"


def latency(url: str, rounds: int = ROUNDS) -> None:
    """Guide answers and greetings in 10-pair conversations, one 60-answer conversation and first
    contacts, ``rounds`` times against the same bot: medians of the rounds, ratios per round."""
    questions = [q.q for q in load_set(DEV_SET) if q.id][:60]
    greetings = ["hei", "hallo", "god kveld", "heisann"] * 15
    measured = []
    dialogues = []
    for _ in range(rounds):
        guide, greet = measure_interleaved(url, questions, greetings)
        measured.append({"guide": guide, "greet": greet, "long": measure(url, questions), "triage": measure_triage(url)})
        dialogues.append(measure_dialogues(url))
    first = measured[0]
    print(f"REST-forsinkelse (ms; {first['guide']['n']} veiledersvar og {first['greet']['n']} hilsener vekselvis i "
          f"samtaler på 10 par, {first['triage']['n']} turer i første henvendelse, én samtale med "
          f"{first['long']['n']} veiledersvar; median av {rounds} runder; maskinlast {os.getloadavg()[0]:.1f})")
    print(f"  {'':<6} {'veiledersvar':>12} {'triage-tur':>11} {'hilsen':>8}  forhold veileder / triage mot hilsen")
    for key in ("p50", "p95"):
        med = {name: statistics.median(m[name][key] for m in measured) for name in first}
        print(f"  {key:<6} {med['guide']:12.1f} {med['triage']:11.1f} {med['greet']:8.1f}  "
              f"{_median_ratio([m['guide'][key] / m['greet'][key] for m in measured])} / "
              f"{_median_ratio([m['triage'][key] / m['greet'][key] for m in measured])}"
              + ("   mål veileder: ≤ 1.3x (sak 14)" if key == "p95" else ""))
    long95 = statistics.median(m["long"]["p95"] for m in measured)
    print(f"  én lang samtale ({first['long']['n']} veiledersvar etter hverandre): p50 "
          f"{statistics.median(m['long']['p50'] for m in measured):.1f}, p95 {long95:.1f} – mot veiledersvar i "
          f"samtaler på 10 par: {_median_ratio([m['long']['p95'] / m['guide']['p95'] for m in measured])}   mål: ≤ 1.2x")
    dialogue_latency(dialogues)


DIALOGUE_KINDS = (("answer", "fritekstsvar"), ("interjection", "innskudd"), ("start", "start"),
                  ("summary", "oppsummering"), ("save", "lagring"), ("112", "112-svar"), ("all", "alle turer"))


def dialogue_latency(rounds: list[DialogueTimes]) -> None:
    """Dialogue turns as staff type them (dev transcripts), by kind, beside greetings sent between
    them in the same run: medians of the rounds, ratios per round."""
    from bench.latency import TRANSCRIPT_STEP

    first = rounds[0]
    print(f"Dialogturer med fritekst (ms; hver {TRANSCRIPT_STEP}. dev-transkripsjon, {first.stats('all')['n']} turer "
          f"og like mange hilsener i egne samtaler mellom dem; median av {len(rounds)} runder; "
          f"maskinlast {os.getloadavg()[0]:.1f})")
    print(f"  {'':<13} {'n':>5} {'p50':>7} {'p95':>7}  p50 / p95 mot hilsen")
    for kind, label in (("greeting", "hilsen"), *DIALOGUE_KINDS):
        stats = [r.stats(kind) for r in rounds]
        if any(s["n"] == 0 for s in stats):
            continue
        greet = [r.stats("greeting") for r in rounds]
        ratios = "" if kind == "greeting" else (
            f"  {statistics.median(s['p50'] / g['p50'] for s, g in zip(stats, greet, strict=True)):5.2f}x / "
            + _median_ratio([s["p95"] / g["p95"] for s, g in zip(stats, greet, strict=True)]))
        print(f"  {label:<13} {statistics.median(s['n'] for s in stats):5.0f} "
              f"{statistics.median(s['p50'] for s in stats):7.1f} {statistics.median(s['p95'] for s in stats):7.1f}"
              + ratios)
    answer95 = statistics.median(r.stats("answer")["p95"] / r.stats("greeting")["p95"] for r in rounds)
    print(f"  mål (sak 18): fritekstsvar p95 ≤ 1.5x hilsenens p95 – målt {answer95:.2f}x "
          f"({'nådd' if answer95 <= 1.5 else 'ikke nådd'})")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Kvalitet og hastighet, hver ved siden av en grunnlinje")
    parser.add_argument("--final", action="store_true",
                        help="mål kvalitet, starter og dialoger på de tilbakeholdte settene (én gang)")
    parser.add_argument("--only", choices=("quality", "latency", "telegram", "web", "dialogue", "starts", "load",
                                           "masking"),
                        help="bare én del")
    parser.add_argument("--dump", type=Path, metavar="MAPPE",
                        help="skriv hvert spørsmåls svar fra hvert system til MAPPE/<sett>.jsonl (feilanalyse)")
    parser.add_argument("--set", dest="only_set", metavar="NAVN",
                        help="bare settet med dette navnet (f.eks. final18 sammen med --final)")
    parser.add_argument("--probe", type=Path, metavar="FIL",
                        help="bare svarkvalitet på et prøvesett som verken er dev eller tilbakeholdt "
                             "(f.eks. bench/sets/lang-dev16.yml), uten dets utholdte del")
    parser.add_argument("--probe-heldout", action="store_true",
                        help="med --probe: bare prøvesettets utholdte del (merket probe-heldout; mål én gang)")
    parser.add_argument("--part", choices=("scaling",),
                        help="med --only load: bare sammenligningen av to Rasa-servere mot én (med detaljer)")
    args = parser.parse_args(argv)
    if args.part and args.only != "load":
        parser.error("--part scaling hører til --only load")
    if args.probe_heldout and not args.probe:
        parser.error("--probe-heldout hører til --probe")
    if args.probe:
        if args.final or args.only or args.only_set:
            parser.error("--probe står alene (ikke med --final, --only eller --set)")
        if args.probe.resolve() in {p.resolve() for p in (*FINAL_SETS, *DEV_SETS)} or "final" in args.probe.name:
            parser.error(f"{args.probe} er et dev- eller tilbakeholdt sett; --probe er for egne prøvesett")
        try:
            load_set(args.probe)
        except (SetError, OSError) as e:
            parser.exit(2, f"Svarkvalitet: {e}\n")
        with tempfile.TemporaryDirectory() as tmp, served_bot(Path(tmp) / "serve.log") as url:
            probe_quality(url, args.probe, args.probe_heldout, args.dump)
        return
    known = {p.stem for p in (FINAL_SETS if args.final else DEV_SETS)}
    if args.only_set and args.only_set not in known:
        parser.error(f"ukjent sett «{args.only_set}»; velg blant {', '.join(sorted(known))}")
    if args.only in (None, "quality"):  # a set with an id no answer can have stops here, before any bot starts
        for path in (FINAL_SETS if args.final else DEV_SETS):
            if path.exists() and (not args.only_set or path.stem == args.only_set):
                try:
                    load_set(path)
                except SetError as e:
                    parser.exit(2, f"Svarkvalitet: {e}\n")
    if args.only == "masking":  # no servers: the masker on both vector sets (also part of «telegram»)
        masking()
        return
    if args.only in (None, "quality", "latency", "telegram", "web"):
        with tempfile.TemporaryDirectory() as tmp, served_bot(Path(tmp) / "serve.log") as url:
            if args.only in (None, "quality"):
                quality(url, args.final, args.dump, args.only_set)
                print()
            if args.only in (None, "latency"):
                latency(url)
                print()
            if args.only in (None, "telegram"):
                telegram(url)  # the bridge in front of this served bot (bench/telegram.py)
                print()
            if args.only in (None, "web"):
                web(url)  # the web workspace in front of this served bot (bench/web.py)
                print()
    if args.only in (None, "starts"):
        starts_bench(args.final)  # its own served bot on a throwaway database with the set's cases (bench/starts.py)
        print()
    if args.only in (None, "dialogue"):
        dialogue_bench(final=args.final)  # its own served bot on a throwaway database (bench/dialogue.py)
    if args.only in (None, "load"):
        print()
        if args.part == "scaling":
            load.scaling_report(detail=True)
        else:
            load.report()


if __name__ == "__main__":
    main()
