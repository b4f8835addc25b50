"""``python -m actions [--port N …]``: the action server, with its start-up work done first.

Before any request is taken (``actions/startup.py``): the encryption keys must fit the database,
and the guide index (built in a child process and loaded finished, ``bot/guide/apart.py``) and the
checklists are ready, and what the first answers would build once is built (``actions/warmup.py``)
— so the first staff question of the night is as fast as the rest, and a broken corpus file stops
the server here with a message saying what is wrong
instead of a server that answers «finner ikke» to everything (a failed build is never retried per
message: there is no running server without an index). Then the heap the build left free is given
back to the system and rasa_sdk serves this package, with rasa_sdk's own command-line options.
``scripts/serve.sh`` starts the action server first and starts nothing else when it exits.

The code runs only as ``__main__``: rasa_sdk imports every module of the package to find the
actions, this one included.
"""

from __future__ import annotations

from typing import Any


def main(argv: list[str] | None = None) -> None:
    from actions.startup import check_keys_or_exit, load_guide_or_exit, release_build_memory
    from actions.warmup import warm

    check_keys_or_exit()
    load_guide_or_exit()
    warm()  # what the first answers would build once, built now (actions/warmup.py)
    release_build_memory()

    import rasa_sdk.endpoint
    from rasa_sdk.__main__ import main_from_args
    from rasa_sdk.endpoint import create_argument_parser

    from actions import prefetch

    args = create_argument_parser().parse_args(argv)
    args.actions = "actions"
    create_app = rasa_sdk.endpoint.create_app

    def create_app_with_prefetch(*a: Any, **kw: Any) -> Any:
        app = create_app(*a, **kw)
        prefetch.attach(app, args.port)  # the guide prefetch on the same port number, UDP
        return app

    rasa_sdk.endpoint.create_app = create_app_with_prefetch
    main_from_args(args)


if __name__ == "__main__":
    main()
