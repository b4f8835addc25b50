"""``botctl keys``: where the encryption keys are, and rotation."""

from __future__ import annotations

import argparse

from bot.admin.cli import CliError, command_group, require_current_schema, subcommands


def status(args: argparse.Namespace) -> int:
    from bot import keys

    try:
        ring = keys.load_keyring()
    except keys.KeysUnavailable as exc:
        raise CliError(str(exc)) from None
    if ring.from_env:
        print(f"Nøklene kommer fra miljøvariablene {keys.KEYS_ENV} og {keys.HASH_KEY_ENV}.")
    else:
        path = keys.keys_path()
        mode = keys.file_mode(path)
        print(f"Nøkkelfil: {path} (tilgang {mode:04o}{'' if mode == keys.FILE_MODE else ' – bør være 0600!'})")
    print(f"Krypteringsnøkler: {len(ring.fernet_keys)} (den nyeste krypterer, alle kan dekryptere).")
    return 0


def rotate(args: argparse.Namespace) -> int:
    from bot.admin.cli import actor
    from bot.storage import audit_trail, db, rotation

    require_current_schema()
    if not args.yes:
        raise CliError("Rotasjon krypterer alle saksdata på nytt med en ny nøkkel, og den gamle nøkkelen "
                       "slettes. Ta sikkerhetskopi av databasen og nøkkelfilen først, og kjør så:\n"
                       "  ./botctl keys rotate --yes", code=2)
    result, created = rotation.rotate(db.session_scope)
    with db.session_scope() as session:
        audit_trail.record_audit(session, "keys_rotated", actor=actor(),
                                detail={"values": result.values, "columns": result.columns})
    if created:
        print(f"Ny nøkkel tatt i bruk; {result.values} felt i {result.columns} kolonner er kryptert på nytt, "
              "og den gamle nøkkelen er fjernet fra nøkkelfilen.")
    else:
        print(f"{result.values} felt i {result.columns} kolonner er kryptert på nytt med den første nøkkelen i "
              "KRISE_ENCRYPTION_KEYS. Du kan nå fjerne de eldre nøklene fra miljøvariabelen.")
    return 0


@command_group("keys", "krypteringsnøkler: status og rotasjon")
def register(parser: argparse.ArgumentParser) -> None:
    commands = subcommands(parser)
    commands.add_parser("status", help="vis hvor nøklene ligger",
                        description="Viser hvor krypteringsnøklene kommer fra.").set_defaults(handler=status)
    rot = commands.add_parser("rotate", help="ny nøkkel, og krypter alle saksdata på nytt",
                              description="Lager en ny krypteringsnøkkel, krypterer alt som er kryptert på "
                                          "nytt med den (i én transaksjon) og fjerner de gamle nøklene.")
    rot.add_argument("--yes", action="store_true", help="bekreft rotasjonen (påkrevd)")
    rot.set_defaults(handler=rotate)
