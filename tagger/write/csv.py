"""Write an xBRL-CSV report (OIM 1.0): a metadata file and one table of facts, the same
facts as the XML instance and the xBRL-JSON document.

    fibercore-2003-05-19-fy2002-results.xbrl-csv.json   metadata: taxonomy, namespaces, columns
    fibercore-2003-05-19-fy2002-results.xbrl-csv.csv    id,concept,entity,period,unit,decimals,value,printed,source

Each row is one fact; `printed` and `source` are comment columns (the value as printed,
and where), which XBRL processors ignore.
"""

from __future__ import annotations

import csv
import io

from tagger.models import Report
from tagger.taxonomy import Taxonomy
from tagger.write.json import (
    document_namespaces,
    dump_json,
    entity_name,
    oim_period,
)

DOCUMENT_TYPE = "https://xbrl.org/2021/xbrl-csv"
COLUMNS = ("id", "concept", "entity", "period", "unit", "decimals", "value", "printed", "source")


def write_xbrl_csv(report: Report, taxonomy: Taxonomy, stem: str) -> dict[str, bytes]:
    table = f"{stem}.xbrl-csv.csv"
    metadata = {
        "documentInfo": {
            "documentType": DOCUMENT_TYPE,
            "namespaces": document_namespaces(report, taxonomy),
            "taxonomy": [taxonomy.schema_url],
        },
        "tableTemplates": {
            "facts": {
                "rowIdColumn": "id",
                "dimensions": {"concept": "$concept", "entity": "$entity", "period": "$period", "unit": "$unit"},
                "decimals": "$decimals",
                "columns": {
                    "id": {}, "concept": {}, "entity": {}, "period": {}, "unit": {}, "decimals": {},
                    "value": {"dimensions": {}},
                    "printed": {"comment": True}, "source": {"comment": True},
                },
            }
        },
        "tables": {"facts": {"template": "facts", "url": table}},
    }
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    entity = entity_name(report)
    for fact in report.facts:
        writer.writerow((
            fact.id, f"{taxonomy.prefix}:{fact.concept}", entity, oim_period(fact.period), fact.unit.measure,
            fact.decimals, format(fact.value, "f"), fact.printed, f"{report.source}:{fact.span.line}:{fact.span.column}",
        ))
    return {
        f"{stem}.xbrl-csv.json": dump_json(metadata),
        table: buffer.getvalue().encode("utf-8"),
    }
