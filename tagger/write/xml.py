"""Write an XBRL 2.1 instance document (XML) for a report.

    <tgr:NetSales id="f1" contextRef="D2002-10-01_2002-12-31" unitRef="USD" decimals="-3">5191000</tgr:NetSales>

Contexts and units are declared in the order facts first use them, so the same report
always gives the same bytes.
"""

from __future__ import annotations

import re

from lxml import etree

from tagger.models import Period, Report, Unit
from tagger.namespaces import ISO4217, LINK, XBRLI, XLINK
from tagger.taxonomy import Taxonomy


def context_id(period: Period) -> str:
    """'D2002-10-01_2002-12-31' for a duration, 'I2002-12-31' for an instant."""
    return f"I{period.end}" if period.start is None else f"D{period.start}_{period.end}"


def write_xml(report: Report, taxonomy: Taxonomy) -> bytes:
    nsmap = {"xbrli": XBRLI, "link": LINK, "xlink": XLINK, "iso4217": ISO4217, taxonomy.prefix: taxonomy.namespace}
    root = etree.Element(f"{{{XBRLI}}}xbrl", nsmap=nsmap)
    root.append(etree.Comment(_comment_text(f"Tagged by tagger from {report.source}; facts follow the release's tables.")))
    etree.SubElement(root, f"{{{LINK}}}schemaRef", {f"{{{XLINK}}}type": "simple", f"{{{XLINK}}}href": taxonomy.schema_url})
    contexts = {period: context_id(period) for period in dict.fromkeys(fact.period for fact in report.facts)}
    for period, identifier in contexts.items():
        _context(root, period, identifier, report)
    for unit in dict.fromkeys(fact.unit for fact in report.facts):
        _unit(root, unit)
    namespace, source = f"{{{taxonomy.namespace}}}", report.source
    for fact in report.facts:
        span = fact.span
        root.append(etree.Comment(_comment_text(f"{source}:{span.line}:{span.column} {fact.label} {fact.printed}")))
        # SubElement, not Element + append: created in place, the element takes the root's
        # namespace declarations instead of carrying its own to be reconciled.
        etree.SubElement(root, namespace + fact.concept, id=fact.id, contextRef=contexts[fact.period], unitRef=fact.unit.id,
                         decimals=str(fact.decimals)).text = format(fact.value, "f")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _context(root: etree._Element, period: Period, identifier: str, report: Report) -> None:
    context = etree.SubElement(root, f"{{{XBRLI}}}context", id=identifier)
    entity = etree.SubElement(context, f"{{{XBRLI}}}entity")
    etree.SubElement(entity, f"{{{XBRLI}}}identifier", scheme=report.entity.scheme).text = report.entity.identifier
    element = etree.SubElement(context, f"{{{XBRLI}}}period")
    if period.start is None:
        etree.SubElement(element, f"{{{XBRLI}}}instant").text = period.end.isoformat()
    else:
        etree.SubElement(element, f"{{{XBRLI}}}startDate").text = period.start.isoformat()
        etree.SubElement(element, f"{{{XBRLI}}}endDate").text = period.end.isoformat()


def _unit(root: etree._Element, unit: Unit) -> None:
    element = etree.SubElement(root, f"{{{XBRLI}}}unit", id=unit.id)
    numerator, _, denominator = unit.measure.partition("/")  # 'iso4217:EUR/xbrli:shares'
    if denominator:
        divide = etree.SubElement(element, f"{{{XBRLI}}}divide")
        etree.SubElement(etree.SubElement(divide, f"{{{XBRLI}}}unitNumerator"), f"{{{XBRLI}}}measure").text = numerator
        etree.SubElement(etree.SubElement(divide, f"{{{XBRLI}}}unitDenominator"), f"{{{XBRLI}}}measure").text = denominator
    else:
        etree.SubElement(element, f"{{{XBRLI}}}measure").text = numerator


def _comment_text(text: str) -> str:
    """XML comments may not hold '--' (nor end with '-'): the printed dash '---', or a file named
    'q4--2000.txt', is written '- - -', 'q4- -2000.txt'."""
    return " " + (_DOUBLE_DASH.sub("- ", text) if "--" in text else text) + " "


_DOUBLE_DASH = re.compile(r"-(?=-)")
