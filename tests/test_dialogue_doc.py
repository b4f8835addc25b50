"""The documents made from the dialogue schema are in step with it: the README's table of the guide
form's topics against the questions (issue 16), and the question list the transcript writers use."""

from __future__ import annotations

import re

from bot.config import PROJECT_ROOT
from bot.dialogue import doc
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM


def test_readme_holds_the_form_table():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- skjematabell:start -->\n(.*?)\n<!-- skjematabell:slutt -->", readme, re.S)
    assert table and table.group(1).strip() == doc.readme_table().strip(), "kjør: python -m bot.dialogue.doc readme"
    rows = [line for line in table.group(1).splitlines() if re.match(r"^\| \d+ \|", line)]
    assert len(rows) == len([q for q in SM.questions if q.key])


def test_question_list_names_every_key_and_the_reading_rules():
    text = doc.questions_markdown()
    for d in ("triage", "safety_mapping"):
        from bot.dialogue import DIALOGUES

        for q in DIALOGUES[d].questions:
            if q.key:
                assert f"**`{q.key}`**" in text and q.text.split("\n")[0] in text, q.slot
    assert "Ukjent og nekting er null, aldri «nei»" in text and "Transkripsjonsformat" in text
