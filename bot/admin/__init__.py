"""The admin command line behind ``./botctl`` (CONTRACTS.md §1)."""
