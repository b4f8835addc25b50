"""First-contact triage: the guide's «Første henvendelse» as questions, parsers and a journal note."""
