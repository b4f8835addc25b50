"""Typo probe (issue 14): dev questions typed the way staff type on a phone, beside the clean ones.

The held-back split's typo subset trails the rest (final14: −0.052). Tuning against it is not
allowed, so this probe makes typo variants of the *dev* questions (``bench/sets/dev.yml``,
``dev2.yml``; never the indexed example questions) by seeded, realistic rules and measures top-1 on
the clean question and on each variant through the same path the guide action uses
(``bot.respond.respond``), plus the ranking alone:

* ``fold``: æ/ø/å typed without a Norwegian keyboard (ae/oe/aa, or a/o/a), the whole question;
* ``drop`` / ``double`` / ``swap``: one letter dropped, doubled, or two neighbours swapped in one
  long word (≥ 7 letters);
* ``neighbour``: one letter of a long word replaced by its neighbour on a Norwegian phone keyboard;
* ``join``: two neighbouring words run together; ``split``: a compound of the guide split in two
  where both halves are words of the guide's text;
* ``flat``: lower case, no punctuation (added to every variant with probability one half, too).

Every variant is drawn from ``random.Random`` seeded with the question itself, so the probe is the
same on every run. ``--hand`` measures the hand-written set ``bench/sets/typo-dev15.yml`` too
(in process; over REST with ``--url``).

    python -m bench.typo_probe [--hand] [--url http://localhost:5109] [--misses RULE]
"""

from __future__ import annotations

import argparse
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from random import Random

from bench.quality import DEV_SETS, SETS, DevQuestion, Prediction, load_set, load_sets, reply_prediction

HAND_SET = SETS / "typo-dev15.yml"
RULES = ("fold", "drop", "double", "swap", "neighbour", "join", "split", "flat")
MIN_LONG = 7  # a word this long gets the one-letter slips
_WORD = re.compile(r"[^\W\d_]+", re.U)
# A Norwegian phone keyboard, row by row: a slip hits the key beside.
_ROWS = ("qwertyuiopå", "asdfghjkløæ", "zxcvbnm")
_NEIGHBOURS = {c: (row[i - 1:i] + row[i + 1:i + 2]) for row in _ROWS for i, c in enumerate(row)}
_FOLD_FULL = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
_FOLD_BARE = {"æ": "a", "ø": "o", "å": "a", "Æ": "A", "Ø": "O", "Å": "A"}


def _rng(text: str, rule: str) -> Random:
    return Random(zlib.crc32(f"{rule}\0{text}".encode()))


def _long_words(text: str) -> list[re.Match[str]]:
    return [m for m in _WORD.finditer(text) if len(m.group()) >= MIN_LONG]


def _replace(text: str, m: re.Match[str], new: str) -> str:
    return text[: m.start()] + new + text[m.end():]


def _slip(text: str, rule: str, rng: Random) -> str | None:
    """One letter of one long word dropped, doubled, swapped with the next, or hit beside."""
    candidates = _long_words(text)
    if not candidates:
        return None
    m = rng.choice(candidates)
    w = m.group()
    i = rng.randrange(1, len(w) - 1)  # the first letter is rarely the slip
    if rule == "drop":
        new = w[:i] + w[i + 1:]
    elif rule == "double":
        new = w[:i] + w[i] + w[i:]
    elif rule == "swap":
        if w[i] == w[i + 1]:
            return None
        new = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    else:
        keys = _NEIGHBOURS.get(w[i].lower())
        if not keys:
            return None
        new = w[:i] + rng.choice(keys) + w[i + 1:]
    return _replace(text, m, new)


def _fold(text: str, rng: Random) -> str | None:
    if not re.search("[æøåÆØÅ]", text):
        return None
    table = _FOLD_FULL if rng.random() < 0.5 else _FOLD_BARE
    return "".join(table.get(c, c) for c in text)


def _join(text: str, rng: Random) -> str | None:
    pairs = [m for m in re.finditer(r"([^\W\d_]{2,}) ([^\W\d_]{2,})", text)]
    if not pairs:
        return None
    m = rng.choice(pairs)
    return text[: m.start()] + m.group(1) + m.group(2) + text[m.end():]


def _split(text: str, rng: Random, vocabulary: frozenset[str]) -> str | None:
    options = []
    for m in _WORD.finditer(text):
        w = m.group().lower()
        for i in range(4, len(w) - 3):
            head, tail = w[:i], w[i:]
            if tail in vocabulary and (head in vocabulary or (head[-1] in "se" and head[:-1] in vocabulary)):
                options.append((m, i))
    if not options:
        return None
    m, i = rng.choice(options)
    w = m.group()
    return _replace(text, m, w[:i] + " " + w[i:])


def flat(text: str) -> str:
    return re.sub(r"[^\w\s§-]", "", text.lower()).strip()


def variant(text: str, rule: str, vocabulary: frozenset[str] = frozenset()) -> str | None:
    """The question with one slip of kind ``rule`` (and, half the time, lower case without
    punctuation); ``None`` when the rule has nothing to work on or changes nothing."""
    rng = _rng(text, rule)
    if rule == "flat":
        out: str | None = flat(text)
    elif rule == "fold":
        out = _fold(text, rng)
    elif rule == "join":
        out = _join(text, rng)
    elif rule == "split":
        out = _split(text, rng, vocabulary)
    else:
        out = _slip(text, rule, rng)
    if out is not None and rule != "flat" and rng.random() < 0.5:
        out = flat(out)
    return out if out is not None and out != text else None


def guide_vocabulary() -> frozenset[str]:
    """Words of the guide's own text (titles and bodies, not example questions), 3+ letters."""
    from bot.guide.corpus import load_corpus

    corpus = load_corpus()
    return frozenset(w for e in corpus.entries for w in _WORD.findall(f"{e.title}\n{e.body}".lower()) if len(w) >= 3)


@dataclass
class Tally:
    n: int = 0
    clean: int = 0
    typo: int = 0
    clean_rank: int = 0
    typo_rank: int = 0
    typo_confident_wrong: int = 0
    clean_confident_wrong: int = 0

    def line(self, name: str) -> str:
        if not self.n:
            return f"  {name:<10} –"
        return (f"  {name:<10} n={self.n:5d}  respond topp-1 ren {self.clean / self.n:.3f} skrivefeil "
                f"{self.typo / self.n:.3f} ({(self.typo - self.clean) / self.n:+.3f})  rangering ren "
                f"{self.clean_rank / self.n:.3f} skrivefeil {self.typo_rank / self.n:.3f} "
                f"({(self.typo_rank - self.clean_rank) / self.n:+.3f})  sikre feil ren {self.clean_confident_wrong} "
                f"skrivefeil {self.typo_confident_wrong}")


def in_process() -> tuple[Callable[[str], Prediction], Callable[[str], str | None]]:
    """(the reply the guide action gives, read as the bench reads it; the ranking's first id)."""
    from bot.guide.search import default_search, query_for
    from bot.respond import respond

    search = default_search()

    def predict(q: str) -> Prediction:
        return reply_prediction([respond(q).as_dict()])

    def first(q: str) -> str | None:
        hits = search.rank(query_for(q))[0]
        return hits[0].entry.id if hits else None

    return predict, first


def _right(q: DevQuestion, p: Prediction) -> bool:
    return bool(p.ranked) and q.right(p.ranked[0])


def probe(questions: Iterable[DevQuestion], rules: Iterable[str] = RULES, misses: str | None = None
          ) -> dict[str, Tally]:
    predict, first = in_process()
    vocabulary = guide_vocabulary()
    tallies = {r: Tally() for r in rules}
    total = Tally()
    for q in questions:
        if not q.id or "english" in q.tags:
            continue
        clean = predict(q.q)
        clean_first = first(q.q)
        for rule in tallies:
            typed = variant(q.q, rule, vocabulary)
            if typed is None:
                continue
            p = predict(typed)
            t_first = first(typed)
            for t in (tallies[rule], total):
                t.n += 1
                t.clean += _right(q, clean)
                t.typo += _right(q, p)
                t.clean_rank += q.right(clean_first)
                t.typo_rank += q.right(t_first)
                t.clean_confident_wrong += clean.decision == "answer" and not _right(q, clean)
                t.typo_confident_wrong += p.decision == "answer" and not _right(q, p)
            if misses == rule and _right(q, clean) and not _right(q, p):
                print(f"    MISS {rule}: «{typed}» → {p.ranked[:1]} {p.decision} (ren: «{q.q}», {q.id})")
    tallies["alle"] = total
    return tallies


def hand(url: str | None) -> None:
    """The hand-written typo set, in process and (with ``url``) over REST."""
    from bench.quality import evaluate, served_predictor

    questions = load_set(HAND_SET)
    predict, _ = in_process()
    runs = [("i prosess", predict)] + ([("REST", served_predictor(url))] if url else [])
    for name, p in runs:
        scores, preds = evaluate(p, questions)
        wrong = [q for q in questions if q.id and preds[q.q].decision == "answer" and not _right(q, preds[q.q])]
        off_answered = [q for q in questions if not q.id and preds[q.q].decision == "answer"]
        print(f"Håndskrevet skrivefeilsett ({HAND_SET.name}, {scores.n_in} i veilederen, {scores.n_off} utenfor), "
              f"{name}: topp-1 {scores.top1:.3f}, topp-3 {scores.top3:.3f}, sikre svar {scores.confident_share:.3f} "
              f"({scores.confident_precision:.3f} riktige), sikre feil {len(wrong)}, utenfor besvart "
              f"{len(off_answered)}")
        for q in questions:
            pr = preds[q.q]
            if q.id and not _right(q, pr):
                print(f"    {pr.decision:<7} «{q.q}» → {pr.ranked[:1]} (riktig {q.id})")
            elif not q.id and pr.decision == "answer":
                print(f"    answer  «{q.q}» (utenfor) → {pr.ranked[:1]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Skrivefeilprobe på dev-settene (issue 14)")
    parser.add_argument("--hand", action="store_true", help=f"mål også {HAND_SET.name}")
    parser.add_argument("--only-hand", action="store_true", help=f"mål bare {HAND_SET.name}")
    parser.add_argument("--url", help="REST-adressen til en servert assistent (håndsettet over REST)")
    parser.add_argument("--misses", choices=RULES, help="vis spørsmål som var riktige rene, men ikke med feilen")
    parser.add_argument("--limit", type=int, help="bare de første N spørsmålene (rask sjekk)")
    args = parser.parse_args(argv)
    if not args.only_hand:
        questions = load_sets(DEV_SETS)[: args.limit]
        tallies = probe(questions, misses=args.misses)
        print("Skrivefeilprobe, dev.yml + dev2.yml (i veilederen, ikke engelske), én variant per regel:")
        for name, t in tallies.items():
            print(t.line(name))
    if args.hand or args.only_hand:
        hand(args.url)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["RULES", "flat", "probe", "variant"]
