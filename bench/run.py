"""`make bench`: quality on the held-out dev set and REST latency, each beside its baseline."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.dialogue import dialogue_bench
from bench.latency import measure, measure_interleaved, measure_triage
from bench.quality import baseline_predictor, evaluate, load_dev_set, system_predictor
from bot.channels.served import served_bot
from bot.guide.corpus import load_corpus
from bot.guide.search import GuideSearch


def _row(name: str, ours: float, base: float, target: str = "") -> str:
    ratio = f"{ours / base:5.2f}x" if base else "   – "
    return f"  {name:<34} {ours:6.3f}   {base:6.3f}   {ratio}   {target}"


def quality() -> None:
    corpus = load_corpus()
    questions = load_dev_set()
    ours = evaluate(system_predictor(GuideSearch(corpus)), questions)
    base = evaluate(baseline_predictor(corpus), questions)
    print(f"Søkekvalitet på dev-settet ({ours.n_in} spørsmål i veilederen, {ours.n_off} utenfor), "
          f"{len(corpus.entries)} underavsnitt")
    print(f"  {'mål':<34} {'vår':>6}   {'BM25':>6}   forhold  mål")
    print(_row("topp-1", ours.top1, base.top1, "≥ 0.85, ≥ +0.15 over BM25"))
    print(_row("topp-3", ours.top3, base.top3))
    print(_row("presisjon på sikre svar", ours.confident_precision, base.confident_precision, "≥ 0.95"))
    print(_row("andel sikre svar (i veilederen)", ours.confident_share, base.confident_share))
    print(_row("utenfor veilederen avvist", ours.offtopic_declined, base.offtopic_declined, "≥ 0.90"))
    print(_row("topp-1 nynorsk", ours.top1_nynorsk, base.top1_nynorsk, "innen 0.10 av resten"))
    print(_row("topp-1 skrivefeil", ours.top1_typo, base.top1_typo, "innen 0.10 av resten"))
    print(_row("topp-1 resten", ours.top1_plain, base.top1_plain))
    print(f"  topp-1 over BM25: {ours.top1 - base.top1:+.3f}")


def latency() -> None:
    questions = [q.q for q in load_dev_set() if q.id][:60]
    greetings = ["hei", "hallo", "god kveld", "heisann"] * 15
    with tempfile.TemporaryDirectory() as tmp, served_bot(Path(tmp) / "serve.log") as url:
        guide, greet = measure_interleaved(url, questions, greetings)
        long_guide = measure(url, questions)
        triage = measure_triage(url)
    print(f"REST-forsinkelse (ms; {guide['n']} veiledersvar og {greet['n']} hilsener vekselvis i samtaler på "
          f"10 par, {triage['n']} turer i første henvendelse, samme kjøring)")
    print(f"  {'':<6} {'veiledersvar':>12} {'triage-tur':>11} {'hilsen':>8}  forhold veileder / triage mot hilsen")
    for key in ("p50", "p95"):
        print(f"  {key:<6} {guide[key]:12.1f} {triage[key]:11.1f} {greet[key]:8.1f}  "
              f"{guide[key] / greet[key]:5.2f}x / {triage[key] / greet[key]:5.2f}x"
              + ("   mål veileder: ≤ 2x" if key == "p95" else ""))
    print(f"  (én lang samtale med {long_guide['n']} veiledersvar: p50 {long_guide['p50']:.1f}, "
          f"p95 {long_guide['p95']:.1f} – Rasas kostnad per tur vokser med samtalen)")


def main() -> None:
    quality()
    print()
    latency()
    print()
    dialogue_bench()


if __name__ == "__main__":
    main()
