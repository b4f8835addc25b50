"""``botctl feedback``: what the guide could not answer and which answers staff disliked.

The list a centre uses to improve the corpus: the most declined questions first, then the
subsections with most 👎. Questions are stored masked and without any link to a case.
"""

from __future__ import annotations

import argparse

from bot.admin.cli import command_group, duration, format_time, positive_int, require_current_schema


def show(args: argparse.Namespace) -> int:
    from bot.storage import db, feedback
    from bot.storage.models import utcnow

    require_current_schema()
    since = utcnow() - args.since if args.since else None
    with db.session_scope() as session:
        declined = feedback.declined_questions(session, since, args.limit)
        votes = feedback.votes_by_entry(session, since, args.limit)
        disliked = feedback.disliked_questions(session, since, args.limit)
    period = f" (siden {format_time(since)})" if since else ""
    print(f"Spørsmål veilederen ikke hadde svar på{period}, flest først:")
    for question, count in declined:
        print(f"  {count:>4}×  {question}")
    if not declined:
        print("  ingen")
    print(f"\nUnderavsnitt med flest 👎{period}:")
    for row in votes:
        print(f"  👎 {row.down:>3}  👍 {row.up:>3}  gitt som svar {row.answers:>4}×  {row.entry_id}")
    if not votes:
        print("  ingen stemmer ennå")
    print("\nSiste 👎 med spørsmålet:")
    for answer in disliked:
        print(f"  {format_time(answer.voted_at or answer.asked_at)}  {answer.entry_id}\n      «{answer.question}»")
    if not disliked:
        print("  ingen")
    return 0


@command_group("feedback", "tilbakemeldinger på svar: avviste spørsmål og 👎, for å forbedre korpuset")
def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=duration, default=None, metavar="VARIGHET",
                        help="bare nyere enn dette, f.eks. 30d (standard: alt)")
    parser.add_argument("--limit", type=positive_int("--limit må være minst 1"), default=20,
                        help="antall linjer per liste (standard 20)")
    parser.set_defaults(handler=show)
