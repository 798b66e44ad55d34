"""Data, not code: the taxonomy's source (concepts.toml) and the filer registry (filers.toml).

This file makes the folder installable as the package `tagger.taxonomy_source`
(see tagger/resources.py); nothing imports it.
"""
