"""Read written instances back into facts, whatever their syntax, checking each against
its schema on the way.

XML instances are checked against the XBRL 2.1 base schemas and our taxonomy schema, all
local copies in `schemas/` (lxml never reaches the network); xBRL-JSON documents and xBRL-CSV
metadata against our JSON Schemas in `schemas/`; flat fact tables against their columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import jsonschema_rs
import orjson
from lxml import etree

from tagger.dts import files_by_url
from tagger.models import Issue, Period, Span
from tagger.namespaces import ISO4217, LINK, NUM_SCHEMA, XBRLI, XBRLI_SCHEMA, XLINK, XS
from tagger.resources import schemas_dir
from tagger.taxonomy import Taxonomy

JSON_SCHEMA_FILE = "xbrl-json.schema.json"  # in schemas/
CSV_SCHEMA_FILE = "xbrl-csv.schema.json"


class InstanceFact(NamedTuple):
    """A fact as an instance states it, whatever its syntax. (A NamedTuple, not a pydantic
    model or a frozen dataclass: every written file is read back into these, and a tuple is
    immutable at a third of a frozen dataclass's cost to build.)"""

    id: str
    namespace: str
    concept: str
    entity: str
    period: Period
    unit: str | None  # 'iso4217:USD', 'xbrli:shares', 'iso4217:USD/xbrli:shares'
    value: Decimal | None
    decimals: int | None
    file: str  # the instance file
    line: int  # the fact's line in it
    origin: object = None  # where the release printed it: the text, or the XML element after its comment

    @property
    def where(self) -> Span:
        return Span(file=self.file, line=self.line)

    @property
    def source(self) -> str | None:
        """Where the release printed the fact, when the instance says ('release.txt:201:61')
        (read from the XML only when a message needs it)."""
        if self.origin is None or isinstance(self.origin, str):
            return self.origin
        return _comment_before(self.origin)  # type: ignore[arg-type]


Sibling = Callable[[str], "bytes | None"]  # the bytes of a file beside the document, by name


def files_beside(path: Path) -> Sibling:
    """Read files from the folder of `path`, by name (None when there is no such file)."""
    def read(name: str) -> bytes | None:
        other = path.parent / name
        return other.read_bytes() if other.is_file() else None

    return read


def read_document(
    path: Path, data: bytes, taxonomy: Taxonomy, sibling: Sibling, locate: bool = True
) -> tuple[tuple[InstanceFact, ...], tuple[Issue, ...], Taxonomy]:
    """The facts of an instance given as bytes (XBRL XML, xBRL-JSON, or xBRL-CSV metadata
    whose table `sibling` gives), or the issues that keep them from being read; and the
    taxonomy as the entry point the instance names gives it (with its sums or without).
    `locate` finds each JSON fact's line, for messages; without it they all say line 1."""
    entries = taxonomy.entry_points()
    if path.suffix.lower() == ".json":
        document, problem = parse_json(data, str(path))
        if problem:
            return (), (problem,), taxonomy
        info = document.get("documentInfo") if isinstance(document, dict) else None
        referred = info.get("taxonomy") if isinstance(info, dict) else None
        if isinstance(referred, list) and (len(referred) != 1 or referred[0] not in entries):
            return (), (_other_taxonomy(referred, taxonomy, str(path), 1),), taxonomy
        named = entries[referred[0]] if isinstance(referred, list) else taxonomy
        if document_type(document) == CSV_DOCUMENT_TYPE:
            return (*read_csv_instance(data, path, sibling, metadata=document), named)
        return (*read_json_instance(data, str(path), document=document, locate=locate), named)
    return _read_xml(data, str(path), entries)


def _other_taxonomy(referred: object, taxonomy: Taxonomy, file: str, line: int) -> Issue:
    """An instance that refers to another taxonomy than ours: its concepts are not ours to check."""
    return Issue(code="validate.schema-ref", span=Span(file=file, line=line),
                 message=f"refers to {referred!r}, not to the taxonomy {taxonomy.schema_url!r} alone")


def duplicate_keys(data: bytes) -> list[str]:
    """The keys a JSON document states twice in one object (a fact 'f1' given twice: which one
    is meant is not said, and JSON parsers keep either)."""
    found: list[str] = []

    def pairs(items: list[tuple[str, object]]) -> dict:
        keys = [key for key, _ in items]
        found.extend(sorted({key for key in keys if keys.count(key) > 1}))
        return dict(items)

    try:
        json.loads(data, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return []  # not JSON: parse_json says why
    return found


# ------------------------------------------------------------------------------ XML


class _LocalSchemas(etree.Resolver):
    """Serve our taxonomy's schemas from memory (as built from the taxonomy) and the public XBRL
    schemas from local files (`schemas/xbrl/`); never the network."""

    def __init__(self, ours: Mapping[str, bytes]) -> None:
        super().__init__()
        self.ours = ours

    def resolve(self, url: str, pubid: str | None, context: object):  # type: ignore[override]
        if url in self.ours:
            return self.resolve_string(self.ours[url], context, base_url=url)
        local = schemas_dir() / "xbrl" / url.removeprefix("http://") if url.startswith("http://www.xbrl.org/") else None
        if local is not None and local.is_file():
            return self.resolve_filename(str(local), context)
        return None


_SCHEMAS: dict[tuple, etree.XMLSchema] = {}  # one per taxonomy's content: built once, asked for every instance


def instance_schema(taxonomy: Taxonomy) -> etree.XMLSchema:
    """One schema that holds the XBRL 2.1 instance schema and our taxonomy schema."""
    key = (taxonomy.namespace, taxonomy.schema_url, tuple(taxonomy.concepts.values()), taxonomy.sums, taxonomy.identities)
    if key not in _SCHEMAS:
        _SCHEMAS[key] = _instance_schema(taxonomy.namespace, taxonomy.schema_url, files_by_url(taxonomy))
    return _SCHEMAS[key]


def _instance_schema(namespace: str, schema_url: str, ours: Mapping[str, bytes]) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    parser.resolvers.add(_LocalSchemas(ours))
    wrapper = (
        f'<xs:schema xmlns:xs="{XS}" targetNamespace="http://xbrl.tagger.example/validation" elementFormDefault="qualified">'
        f'<xs:import namespace="{XBRLI}" schemaLocation="{XBRLI_SCHEMA}"/>'
        f'<xs:import namespace="http://www.xbrl.org/dtr/type/numeric" schemaLocation="{NUM_SCHEMA}"/>'
        f'<xs:import namespace="{namespace}" schemaLocation="{schema_url}"/>'
        "</xs:schema>"
    )
    document = etree.fromstring(wrapper.encode(), parser, base_url=str(schemas_dir() / "wrapper.xsd"))
    return etree.XMLSchema(document)


def _safe_parser() -> etree.XMLParser:
    """No entity expansion, no DTD, no network: an instance is data, not a program."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def read_xml_instance(data: bytes, file: str, taxonomy: Taxonomy) -> tuple[tuple[InstanceFact, ...], tuple[Issue, ...]]:
    """The facts of an XBRL XML instance, or the issues that keep them from being read."""
    facts, issues, _ = _read_xml(data, file, taxonomy.entry_points())
    return facts, issues


def _read_xml(data: bytes, file: str, entries: dict[str, Taxonomy]
              ) -> tuple[tuple[InstanceFact, ...], tuple[Issue, ...], Taxonomy]:
    taxonomy = next(iter(entries.values()))  # the entry point with the sums, until the instance names one
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as error:
        line = error.lineno or 1
        return (), (Issue(code="validate.xml-syntax", message=f"not well-formed XML: {error.msg}", span=Span(file=file, line=line)),), \
            taxonomy
    entity = next(root.iter(etree.Entity), None)
    if entity is not None or root.getroottree().docinfo.internalDTD is not None:
        return (), (Issue(code="validate.entity", span=Span(file=file, line=(entity.sourceline if entity is not None else 1) or 1),
                          message="the document declares a DTD or refers to an entity (&...;): an instance is read "
                                  "without expanding entities, so its text cannot be read"),), taxonomy
    refs = [ref for ref in root.iterfind(f"{{{LINK}}}schemaRef")]
    hrefs = [ref.get(f"{{{XLINK}}}href") for ref in refs]
    if hrefs and (len(hrefs) != 1 or hrefs[0] not in entries):
        return (), (_other_taxonomy(hrefs, taxonomy, file, refs[0].sourceline or 1),), taxonomy
    taxonomy = entries[hrefs[0]] if hrefs else taxonomy  # type: ignore[index]
    schema = instance_schema(taxonomy)
    if not schema.validate(root):
        return (), tuple(
            Issue(code="validate.schema", message=e.message, span=Span(file=file, line=e.line or 1))
            for e in schema.error_log
        ), taxonomy
    contexts = {c.get("id"): _xml_context(c) for c in root.iterfind(f"{{{XBRLI}}}context")}
    units = {u.get("id"): _xml_unit(u) for u in root.iterfind(f"{{{XBRLI}}}unit")}
    facts, issues = [], []
    skipped = (f"{{{XBRLI}}}", "{http://www.xbrl.org/2003/linkbase}")
    for element in root.iterchildren(etree.Element):  # elements only, not the comments
        tag = element.tag
        if tag.startswith(skipped):
            continue
        namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
        context = contexts.get(element.get("contextRef"))
        if context is None or context[1] is None:
            problem = "no context" if context is None else "a forever context, which no concept of ours takes:"
            issues.append(Issue(code="validate.context-missing" if context is None else "validate.period-type",
                                message=f"{local}: {problem} {element.get('contextRef')!r}",
                                span=Span(file=file, line=element.sourceline or 1)))
            continue
        nil = element.get("{http://www.w3.org/2001/XMLSchema-instance}nil") == "true"
        line = element.sourceline or 1
        facts.append(InstanceFact(  # by position: a third cheaper than by keyword, once per fact
            element.get("id") or f"line{line}", namespace, local, context[0], context[1], units.get(element.get("unitRef")),
            None if nil else _decimal(element.text), _decimals(element.get("decimals")), file, line, element,
        ))
    return tuple(facts), tuple(issues), taxonomy


def _xml_context(context: etree._Element) -> tuple[str, Period | None]:
    """The entity and period of a context the schema has accepted; no period when it is forever."""
    identifier = _child(_child(context, "entity"), "identifier")
    entity = f"{identifier.get('scheme')}#{(identifier.text or '').strip()}" if identifier is not None else ""
    period = _child(context, "period")
    instant, start = _child(period, "instant"), _child(period, "startDate")
    if instant is not None:
        return entity, Period(end=_day(_text(instant), is_end=True))
    if start is not None:
        return entity, Period(start=_day(_text(start), is_end=False), end=_day(_text(_child(period, "endDate")), is_end=True))
    return entity, None  # xbrli:forever


def _child(element: etree._Element | None, name: str) -> etree._Element | None:
    """The first xbrli:`name` child (iterchildren runs in C; find() parses a path in Python)."""
    return None if element is None else next(element.iterchildren(f"{{{XBRLI}}}{name}"), None)


def _text(element: etree._Element | None) -> str:
    return "" if element is None else element.text or ""


def _day(text: str, is_end: bool) -> dt.date:
    """The day a period boundary names, in XML and OIM alike. A date ends its day; a
    dateTime at midnight that ends a period closes the day before (XBRL 2.1 4.7.2, OIM):
    '2003-01-01T00:00:00' as an end is 2002-12-31."""
    text = text.strip()
    if "T" not in text:
        return dt.date.fromisoformat(text[:10])
    moment = dt.datetime.fromisoformat(text)
    return moment.date() - dt.timedelta(days=1) if is_end and moment.time() == dt.time(0) else moment.date()


def _xml_unit(unit: etree._Element) -> str:
    def name(measure: etree._Element) -> str:
        prefix, _, local = (measure.text or "").strip().partition(":")
        namespace = measure.nsmap.get(prefix)
        return {ISO4217: "iso4217", XBRLI: "xbrli"}.get(namespace or "", namespace or prefix) + ":" + local

    divide = unit.find(f"{{{XBRLI}}}divide")
    if divide is not None:
        numerator = [name(m) for m in divide.iterfind(f"{{{XBRLI}}}unitNumerator/{{{XBRLI}}}measure")]
        denominator = [name(m) for m in divide.iterfind(f"{{{XBRLI}}}unitDenominator/{{{XBRLI}}}measure")]
        return "*".join(numerator) + "/" + "*".join(denominator)
    return "*".join(name(m) for m in unit.iterfind(f"{{{XBRLI}}}measure"))


def _comment_before(element: etree._Element) -> str | None:
    previous = element.getprevious()
    if previous is not None and previous.tag is etree.Comment:
        return (previous.text or "").strip()
    return None


# ------------------------------------------------------------------------------ JSON


@cache
def _validator(schema_file: str):  # type: ignore[no-untyped-def]
    """A compiled JSON Schema validator for a file of schemas/. jsonschema-rs implements the
    same drafts as the Python jsonschema package, a hundred times faster: validation is on every write."""
    return jsonschema_rs.validator_for(json.loads((schemas_dir() / schema_file).read_text(encoding="utf-8")))


def _schema_errors(schema_file: str, document: object, code: str, file: str) -> tuple[Issue, ...]:
    errors = sorted(_validator(schema_file).iter_errors(document), key=lambda e: [str(p) for p in e.instance_path])
    return tuple(
        Issue(code=code, span=Span(file=file, line=1),
              message=f"{'/'.join(map(str, e.instance_path)) or '(document)'}: {e.message}")
        for e in errors
    )


def parse_json(data: bytes, file: str) -> tuple[object, Issue | None]:
    """The parsed document, or why it is not JSON. orjson (already the JSON writer) parses
    strictly: no NaN, no invalid UTF-8, at a third of the standard library's time."""
    try:
        return orjson.loads(data), None
    except orjson.JSONDecodeError as error:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as not_utf8:
            return None, Issue(code="validate.json-syntax", span=Span(file=file, line=1),
                               message=f"not UTF-8: {not_utf8.reason} at byte {not_utf8.start}")
        return None, Issue(code="validate.json-syntax", message=f"not JSON: {error.msg}", span=Span(file=file, line=error.lineno, column=error.colno))


def _checked_json(data: bytes, file: str, document: object, schema_file: str, code: str) -> tuple[object, tuple[Issue, ...]]:
    """The document (parsed from `data` unless given) and why it fails `schema_file`, if it does."""
    if document is None:
        document, problem = parse_json(data, file)
        if problem:
            return None, (problem,)
    return document, _schema_errors(schema_file, document, code, file)


def document_type(document: object) -> object:
    info = document.get("documentInfo") if isinstance(document, dict) else None
    return info.get("documentType") if isinstance(info, dict) else None


def read_json_instance(
    data: bytes, file: str, document: object = None, locate: bool = True
) -> tuple[tuple[InstanceFact, ...], tuple[Issue, ...]]:
    """An xBRL-JSON document's facts (`document`: the data already parsed, when it is)."""
    document, errors = _checked_json(data, file, document, JSON_SCHEMA_FILE, "validate.json-schema")
    if errors:
        return (), errors
    namespaces = document["documentInfo"]["namespaces"]
    lines = _json_fact_lines(data) if locate else {}
    facts, issues = [], []
    for fact_id, fact in document["facts"].items():
        dims = fact["dimensions"]
        read, problem = _oim_fact(
            fact_id, dims, fact["value"], fact.get("decimals"), namespaces, file, lines.get(fact_id, 1), fact.get("tagger:source"),
        )
        if problem:
            issues.append(problem)
        elif read:
            facts.append(read)
    return tuple(facts), tuple(issues)


def _oim_fact(
    fact_id: str, dims: dict, value: str | None, decimals: object, namespaces: dict[str, str], file: str, line: int,
    origin: str | None,
) -> tuple[InstanceFact | None, Issue | None]:
    """A fact from OIM dimensions ('tgr:NetSales', 'cik:0000319256', '2002-01-01T00:00:00/...'),
    as xBRL-JSON and xBRL-CSV both state them; `file` and `line` say where, for messages."""
    concept, entity, period = dims.get("concept"), dims.get("entity"), dims.get("period")
    if not concept or not entity or not period:
        return None, Issue(code="validate.csv-row", span=Span(file=file, line=line), message=f"{fact_id}: no concept, entity or period")
    prefix, _, local = concept.partition(":")
    entity_prefix, _, identifier = entity.partition(":")
    if prefix not in namespaces or entity_prefix not in namespaces:
        return None, Issue(code="validate.prefix-undeclared", span=Span(file=file, line=line),
                           message=f"{fact_id}: a prefix of {concept!r} or {entity!r} is not declared")
    if value is not None and value.strip() and _decimal(value) is None:
        return None, Issue(code="validate.value", span=Span(file=file, line=line),
                           message=f"{fact_id}: {value!r} is not a number")
    try:
        return InstanceFact(  # id, namespace, concept, entity, period, unit, value, decimals, file, line, origin
            fact_id, namespaces[prefix], local, f"{namespaces[entity_prefix]}#{identifier}", _oim_period(period),
            dims.get("unit"), _decimal(value),
            int(decimals) if decimals is not None and decimals != "" else None,  # type: ignore[call-overload]
            file, line, origin,
        ), None
    except ValueError as error:
        return None, Issue(code="validate.csv-row", span=Span(file=file, line=line), message=f"{fact_id}: cannot read the fact: {error}")


# ------------------------------------------------------------------------------ flat tables


def check_fact_table(path: Path, data: bytes) -> tuple[Issue, ...]:
    """A flat table of tagger's (facts or documents, CSV or Parquet) has exactly the columns
    of one of its kinds, and its values read as their types."""
    from tagger.write.tables import TABLES, arrow_schema

    file = str(path)
    if path.suffix.lower() == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            schema = pq.read_schema(pa.BufferReader(data))
        except Exception as error:  # pyarrow raises several kinds for a broken file
            return (Issue(code="validate.table", message=f"not a Parquet file: {error}", span=Span(file=file, line=1)),)
        if not any(schema.equals(arrow_schema(columns)) for columns in TABLES.values()):
            return (Issue(code="validate.table", message="columns or types differ from tagger's tables", span=Span(file=file, line=1)),)
        return ()
    try:
        rows = csv.reader(io.StringIO(data.decode("utf-8"), newline=""))
    except UnicodeDecodeError as error:
        return (Issue(code="validate.table", message=f"not UTF-8: {error.reason}", span=Span(file=file, line=1)),)
    header = tuple(next(rows, ()))
    columns = next((c for c in TABLES.values() if header == tuple(name for name, _ in c)), None)
    if columns is None:
        return (Issue(code="validate.table", message="header differs from tagger's tables (facts, documents)", span=Span(file=file, line=1)),)
    checks = [_READS_AS.get(kind, _any_text) for _, kind in columns]  # an empty cell is a null of any kind
    for number, row in enumerate(rows, start=2):
        if len(row) != len(columns) or not all(not cell or reads(cell) for reads, cell in zip(checks, row, strict=True)):
            return (Issue(code="validate.table", message="a row that is not a row of tagger's table", span=Span(file=file, line=number)),)
    return ()


def _is_date(cell: str) -> bool:
    try:
        dt.date.fromisoformat(cell)
    except ValueError:
        return False
    return True


def _any_text(cell: str) -> bool:
    return True


_INTEGER = re.compile(r"-?\d+")
# how a non-empty cell of each column kind reads; a text column reads anything
_READS_AS = {"decimal": lambda cell: _decimal(cell) is not None, "date": _is_date,
             **{kind: lambda cell: _INTEGER.fullmatch(cell) is not None for kind in ("int8", "int16", "int32", "int64")}}


# ------------------------------------------------------------------------------ xBRL-CSV

CSV_DOCUMENT_TYPE = "https://xbrl.org/2021/xbrl-csv"


def read_csv_instance(
    data: bytes, metadata_path: Path, sibling: Sibling | None = None, metadata: object = None
) -> tuple[tuple[InstanceFact, ...], tuple[Issue, ...]]:
    """An xBRL-CSV report as tagger writes it: one fact per row of each table, its
    dimensions named by the template's '$column' references."""
    file = str(metadata_path)
    metadata, errors = _checked_json(data, file, metadata, CSV_SCHEMA_FILE, "validate.csv-schema")
    if errors:
        return (), errors
    namespaces = metadata["documentInfo"]["namespaces"]
    facts: list[InstanceFact] = []
    issues: list[Issue] = []
    sibling = sibling or files_beside(metadata_path)
    for table in metadata["tables"].values():
        template = metadata["tableTemplates"].get(table.get("template", ""))
        content = sibling(table["url"])
        if template is None or content is None:
            issues.append(Issue(code="validate.csv-table", span=Span(file=file, line=1),
                                message=f"table {table['url']!r}: no such file or template"))
            continue
        table_file = str(metadata_path.parent / table["url"])
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            issues.append(Issue(code="validate.csv-table", span=Span(file=table_file, line=1),
                                message=f"not UTF-8: {error.reason} at byte {error.start}"))
            continue
        rows = csv.DictReader(io.StringIO(text, newline=""))
        for number, row in enumerate(rows, start=2):
            fact, problem = _csv_fact(row, template, namespaces, table_file, number)
            if problem:
                issues.append(problem)
            elif fact:
                facts.append(fact)
    return tuple(facts), tuple(issues)


def _csv_fact(row: dict[str, str], template: dict, namespaces: dict[str, str], file: str, line: int) -> tuple[InstanceFact | None, Issue | None]:
    """A row's fact: its dimensions named by the template's '$column' references."""
    def resolve(reference: object) -> str | None:
        if isinstance(reference, str) and reference.startswith("$"):
            return row.get(reference[1:]) or None
        return None if reference is None else str(reference)

    value_columns = [name for name, column in template["columns"].items() if "dimensions" in column]
    value = row.get(value_columns[0]) if value_columns else None
    if not value:
        return None, None  # an empty cell is no fact
    dims = {name: resolve(ref) for name, ref in template["dimensions"].items()}
    fact_id = row.get(template.get("rowIdColumn", "")) or f"row{line}"
    if not _ROW_ID.fullmatch(fact_id):  # it names the fact ('facts.r_<id>'): an NCName, as xBRL-CSV asks
        return None, Issue(code="validate.csv-row", span=Span(file=file, line=line),
                           message=f"row id {fact_id!r} is no identifier (letters, digits, '_', '-', '.')")
    return _oim_fact(fact_id, dims, value, resolve(template.get("decimals")), namespaces, file, line, row.get("source"))


_ROW_ID = re.compile(r"[A-Za-z_][\w.\-]*", re.ASCII)


@lru_cache(maxsize=4096)
def _oim_period(text: str) -> Period:
    """'2002-01-01T00:00:00/2003-01-01T00:00:00' -> 2002-01-01..2002-12-31: the day before a midnight end."""
    start, _, end = text.partition("/")
    return Period(end=_day(start, True)) if not end else Period(start=_day(start, False), end=_day(end, True))


def _json_fact_lines(data: bytes) -> dict[str, int]:
    """Line of each fact id in a file tagger wrote (four-space indented keys), for messages
    that editors can jump to; other layouts get line 1."""
    lines: dict[str, int] = {}
    line, position = 1, 0
    for match in _FACT_KEY.finditer(data):
        key_start = match.start() + 1  # after the line end that opens the match
        line += data.count(b"\n", position, key_start)
        position = key_start
        lines[match[1].decode("utf-8")] = line
    return lines


# A line end, not MULTILINE '^': a pattern that starts with a literal is searched for in C.
_FACT_KEY = re.compile(rb'\n    "([^"\n]+)": \{\n')


def _decimal(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        return None


def _decimals(text: str | None) -> int | None:
    if text is None or text == "INF":
        return None
    return int(text)
