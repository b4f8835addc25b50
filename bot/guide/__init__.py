"""The guide (Krisesenterveileder): table of contents, corpus, search and answers."""
