"""Data, not code: the XBRL base schemas, tagger's taxonomy package and the JSON Schemas.

This file makes the folder installable as the package `tagger.schemas` (see
tagger/resources.py); nothing imports it.
"""
