"""Rasa SDK custom actions: thin adapters from the tracker to ``bot`` (the real logic).

The action server checks first that the encryption keys exist and fit the database (set-up stored a
check value there); without them it stops before anything is read or written.

The guide index and the checklists are built when the action server imports this package, so the
first staff question of the night is as fast as the rest — and a broken corpus file stops the
server here, with a message saying what is wrong, instead of a server that answers «finner ikke»
to everything. (So a failed build is never retried per message: there is no running server
without an index.) ``scripts/serve.sh`` starts the action server first and starts nothing else
when it exits.
"""

from actions.startup import check_keys_or_exit, load_guide_or_exit

check_keys_or_exit()
load_guide_or_exit()
