"""SPARQL protocol answers: content negotiation and the four query results formats.

SELECT and ASK answers are written as SPARQL Results in XML, JSON (the default), CSV or TSV;
CONSTRUCT and DESCRIBE answers as Turtle (the default), N-Triples, JSON-LD or RDF/XML, chosen
from the client's ``Accept`` header (q-values honoured, ``*/*`` takes the default). The results
writers take a list of solutions rather than Oxigraph's result iterator so the endpoint can cut
an answer at its row limit and still write it whole; a test checks that their output reads back,
with Oxigraph's own parser, as the rows Oxigraph itself writes.

Example
-------
>>> negotiate("SELECT", "application/sparql-results+xml, application/json;q=0.5")
'application/sparql-results+xml'
>>> negotiate("CONSTRUCT", "*/*"), negotiate("ASK", None)
('text/turtle', 'application/sparql-results+json')
>>> import pyoxigraph as ox
>>> write_solutions(["a"], [[ox.NamedNode("https://e.org/x")]], "text/csv")
b'a\\r\\nhttps://e.org/x\\r\\n'
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"

#: Media types a client may ask for, by kind of answer, mapped to the type answered (first: the default).
RESULTS_TYPES = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/csv": "text/csv",
    "text/tab-separated-values": "text/tab-separated-values",
}
GRAPH_TYPES = {
    "text/turtle": "text/turtle",
    "application/x-turtle": "text/turtle",
    "application/n-triples": "application/n-triples",
    "text/plain": "application/n-triples",
    "application/ld+json": "application/ld+json",
    "application/json": "application/ld+json",
    "application/rdf+xml": "application/rdf+xml",
    "application/xml": "application/rdf+xml",
    "text/xml": "application/rdf+xml",
}


def _accepted(accept: str) -> list[str]:
    """Media ranges of an Accept header, best first (stable for equal q)."""
    ranges = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            name, _, value = p.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, i, media.lower()))
    return [media for _, _, media in sorted(ranges)]


def negotiate(form: str, accept: str | None) -> str | None:
    """The media type to answer a ``form`` query in, or None if nothing asked for can be given."""
    table = GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else RESULTS_TYPES
    default = next(iter(table.values()))
    if not accept or not accept.strip():
        return default
    for media in _accepted(accept):
        if media in table:
            return table[media]
        if media in ("*/*", "*") or (media.endswith("/*") and any(t.startswith(media[:-1]) for t in table)):
            return default if media in ("*/*", "*") else next(t for k, t in table.items() if k.startswith(media[:-1]))
    return None


def offered(form: str) -> str:
    """The media types a ``form`` answer can be given in, for a 406 message."""
    table = GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else RESULTS_TYPES
    return ", ".join(dict.fromkeys(table.values()))


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return getattr(term, "value", str(term))


def write_solutions(variables: list[str], rows: list[list], media: str) -> bytes:
    """SELECT rows (pyoxigraph terms, None when unbound) in the results format ``media``."""
    if media == "text/csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([[_csv_value(t) for t in row] for row in rows])
        return buf.getvalue().encode()
    if media == "text/tab-separated-values":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    if media == "application/sparql-results+xml":
        out = [f'<?xml version="1.0"?>\n<sparql xmlns="{SPARQL_RESULTS_NS}"><head>']
        out += [f"<variable name={quoteattr(v)}/>" for v in variables]
        out.append("</head><results>")
        for row in rows:
            out.append("<result>")
            out += [f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(variables, row) if t is not None]
            out.append("</result>")
        out.append("</results></sparql>\n")
        return "".join(out).encode()
    bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
    return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
