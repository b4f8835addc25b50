"""Browse the guide as a tree: chapters → sections → subsections → answer, with a way back.

Buttons carry ``/browse{"node": "ch:<id>"}`` or ``"sec:<id>"``; chapter and section ids can
coincide in the toc, hence the prefixes. A chapter with one section goes straight to its
subsections, so nobody taps through a level that offers no choice.
"""

from __future__ import annotations

import json
import re

from bot.guide.answer import Reply, entry_button, source_dict
from bot.guide.checklists import Checklist
from bot.guide.corpus import Corpus
from bot.guide.search import Hit

MENU_PAYLOAD = "/menu"


def browse_payload(node: str) -> str:
    return "/browse" + json.dumps({"node": node}, ensure_ascii=False)


def menu_reply(corpus: Corpus) -> Reply:
    buttons = [{"title": f"{c.number}. {c.title}", "payload": browse_payload(f"ch:{c.id}")}
               for c in corpus.toc.chapters]
    return Reply(text="Veilederen – velg et kapittel:", buttons=buttons)


def node_reply(corpus: Corpus, node: str | None) -> Reply:
    if not node:
        return menu_reply(corpus)
    kind, _, ident = node.partition(":")
    if kind == "ch":
        chapter = next((c for c in corpus.toc.chapters if c.id == ident), None)
        if chapter is None:
            return menu_reply(corpus)
        if len(chapter.sections) == 1:
            return node_reply(corpus, f"sec:{chapter.sections[0].id}")
        buttons = [{"title": s.title, "payload": browse_payload(f"sec:{s.id}")} for s in chapter.sections]
        buttons.append({"title": "⬆ Til menyen", "payload": MENU_PAYLOAD})
        return Reply(text=f"{chapter.number}. {chapter.title} – velg et tema:", buttons=buttons)
    if kind == "sec":
        section = corpus.section(ident)
        toc_section = corpus.toc.section(ident)
        if section is None or toc_section is None:
            return menu_reply(corpus)
        buttons = [entry_button(e) for e in section.entries]
        chapter = next(c for c in corpus.toc.chapters if c.id == toc_section.chapter_id)
        back = MENU_PAYLOAD if len(chapter.sections) == 1 else browse_payload(f"ch:{chapter.id}")
        buttons.append({"title": "⬆ Tilbake", "payload": back})
        intro = f"\n{section.intro}" if section.intro else ""
        return Reply(text=f"{section.title}{intro}\nVelg et punkt:", buttons=buttons)
    return menu_reply(corpus)


_SEARCH_PREFIX = re.compile(r"^\s*/?(søk|sok|finn|search)\b\s*(etter|på|pa)?\s*:?\s*", re.I)


def search_word_of(text: str) -> str:
    return _SEARCH_PREFIX.sub("", text or "", count=1).strip()


def search_reply(word: str, hits: list[Hit]) -> Reply:
    if not word:
        return Reply(text="Skriv «søk» og et ord, for eksempel «søk tolk» eller «/sok besøksforbud».")
    if not hits:
        return Reply(text=f"Fant ingen punkter i veilederen som handler om «{word}». Prøv et annet ord, eller «meny».")
    return Reply(text=f"Punkter i veilederen om «{word}», best treff først:",
                 buttons=[entry_button(h.entry) for h in hits])


def checklist_menu_reply(checklists: tuple[Checklist, ...]) -> Reply:
    return Reply(
        text="Hvilken sjekkliste vil du se?",
        buttons=[{"title": c.title, "payload": f"sjekkliste {c.keywords[0] if c.keywords else c.title}"}
                 for c in checklists],
    )


def checklist_reply(checklist: Checklist, corpus: Corpus) -> Reply:
    entries = [e for e in (corpus.entry(s) for s in checklist.sources) if e is not None]
    lines = [checklist.title, *(f"☐ {item}" for item in checklist.items), ""]
    lines += ["Kilde:"] + [f"- {e.breadcrumb} (sist faglig oppdatert: {e.last_updated or 'ukjent'})\n  {e.url}"
                           for e in entries]
    return Reply(text="\n".join(lines), buttons=[entry_button(e) for e in entries],
                 custom={"sources": [source_dict(e, None) for e in entries[:3]], "clarify": False})
