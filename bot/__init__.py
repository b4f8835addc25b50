"""Krisesenterassistenten core package: guide search, text processing, storage, channels."""
