"""The staff web workspace (``make web``): chat, cases, shift handover and the leader's pages in the browser.

Served on loopback by uvicorn; in production behind the centre's own TLS proxy (deploy/nginx/krise-web.conf).
See README, «Arbeidsflaten i nettleseren», and CONTRACTS.md §6.
"""
