"""Writers: a report -> the bytes of one output format. WRITERS maps format -> writer."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from tagger.models import Report
from tagger.taxonomy import Taxonomy
from tagger.write.json import write_json
from tagger.write.xml import write_xml

Writer = Callable[[Report, Taxonomy], bytes]

WRITERS: Mapping[str, Writer] = MappingProxyType({"xml": write_xml, "json": write_json})
EXTENSIONS: Mapping[str, str] = MappingProxyType({"xml": ".xml", "json": ".json"})
