"""What the tests and the bench share, and nothing the product runs: the assistant served on free
ports (``served``), a stand-in for Telegram's Bot API (``botapi_standin``), and the masking test
vectors (``mask_vectors``, ``mask_review_vectors``).

Here rather than under ``tests/`` because ``bench/`` uses them too and must not import the test
suite; no module outside this package, ``tests/`` and ``bench/`` imports it.
"""
