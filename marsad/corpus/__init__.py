"""Corpus tools: ingest whole collections into a store, then search, query and export them.

:mod:`.ingest` reads and analyses on all cores and writes through one store writer;
:mod:`.progress` is the terminal progress line; :mod:`.commands` holds the CLI shells.
"""
