"""Saved SPARQL queries (``ontology/queries/*.rq``) and running queries into plain rows.

A saved query is a ``.rq`` file whose header comments give its title, description and
parameters::

    # title: Who supports an actor
    # description: ...
    # param: actor  code of the supported party (e.g. AZE)

A parameter whose description says ``(required)`` must be given. A parameter is a variable of the query; ``--param actor=AZE`` binds ``?actor`` to the string
``"AZE"`` before the query runs (SEP-0007 substitution, so no text is ever pasted into the
query). An unbound parameter leaves the variable free: the query then covers every value.
Adding a saved query means adding a file, no code.

Example
-------
>>> q = saved_queries()["who-supports"]
>>> q.title, list(q.params)
('Who supports an actor', ['actor'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from ..errors import QueryError, UsageError
from ..rdf.namespace import PREFIXES
from ..resources import ontology_path

_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")


@dataclass(frozen=True)
class SavedQuery:
    """A saved query: its name (file stem), title, description, parameters and text."""

    name: str
    title: str
    description: str
    text: str
    params: dict[str, str] = field(default_factory=dict)


def parse_saved_query(path: Path) -> SavedQuery:
    """Read a ``.rq`` file and its header comments."""
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: dict[str, str] = {}
    for line in text.splitlines():
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.groups()
        if key == "param":
            name, _, doc = value.partition(" ")
            params[name] = doc.strip()
        else:
            meta[key] = value.strip()
    return SavedQuery(path.stem, meta.get("title", path.stem), meta.get("description", ""), text, params)


@lru_cache(maxsize=4)
def _load(folder: str) -> dict[str, SavedQuery]:
    return {p.stem: parse_saved_query(p) for p in sorted(Path(folder).glob("*.rq"))}


def saved_queries(kind: str = "queries") -> dict[str, SavedQuery]:
    """Saved queries by name; ``kind="checks"`` gives the ``*-violation.rq`` checks."""
    return dict(_load(str(ontology_path(kind))))


def resolve_query(name_or_path: str) -> SavedQuery:
    """A saved query by name, a ``.rq`` file, or literal SPARQL text."""
    queries = saved_queries()
    if name_or_path in queries:
        return queries[name_or_path]
    path = Path(name_or_path)
    if path.suffix == ".rq":
        if not path.is_file():
            raise UsageError(f"{path}: no such query file")
        return parse_saved_query(path)
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", name_or_path, re.I):
        return SavedQuery("query", "query", "", name_or_path)
    raise UsageError(f"unknown query {name_or_path!r} (see dipgraph query GRAPH --list)")


def parse_params(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``["actor=AZE"]`` -> ``{"actor": "AZE"}``; raise a usage error for a malformed item."""
    params = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise UsageError(f"--param takes NAME=VALUE, not {item!r}")
        params[name] = value
    return params


_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


def with_values(text: str, terms: dict[str, ox.Literal]) -> str:
    """``text`` with a ``VALUES`` block for ``terms`` at the head of its first ``WHERE`` group.

    The bindings are also passed as substitutions (which reach sub-queries); the ``VALUES``
    block lets Oxigraph start from them instead of filtering the whole answer afterwards
    (``who-supports --param actor=AZE`` 35x faster at 250,000 triples).

    >>> print(with_values("SELECT ?a WHERE { ?a ?b ?c }", {"a": ox.Literal("AZE")}))
    SELECT ?a WHERE {
      VALUES (?a) { ("AZE") }
     ?a ?b ?c }
    """
    m = _WHERE.search(text)
    if not terms or m is None:
        return text
    names = " ".join(f"?{k}" for k in terms)
    values = " ".join(str(v) for v in terms.values())
    return f"{text[:m.end()]}\n  VALUES ({names}) {{ ({values}) }}\n{text[m.end():]}"


_PROLOGUE = re.compile(r"\s*(?:#[^\n]*\n|(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>))", re.I)
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def _body_start(query: str) -> int:
    """Offset of the first word after the prologue (comments, PREFIX and BASE declarations)."""
    pos = 0
    while m := _PROLOGUE.match(query, pos):
        pos = m.end()
    return pos + len(query[pos:]) - len(query[pos:].lstrip())


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the form of a SPARQL query (``""`` if unknown).

    >>> query_form("PREFIX dg: <https://w3id.org/dipgraph/ontology#> # who\\nselect * { ?s ?p ?o }")
    'SELECT'
    """
    word = re.match(r"[A-Za-z]+", query[_body_start(query):])
    form = word.group(0).upper() if word else ""
    return form if form in _FORMS else ""


#: What can hold the word SERVICE without being the keyword: strings, IRIs and comments.
_NOT_KEYWORDS = re.compile(r'"""(?:[^\\]|\\.)*?"""|\'\'\'(?:[^\\]|\\.)*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                           r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*", re.S)


def uses_service(query: str) -> bool:
    """Whether a query or update asks for a ``SERVICE`` (a federated query to another endpoint).

    The endpoint refuses those: it makes no outgoing requests on a client's behalf.

    >>> uses_service("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?SERVICE { ?SERVICE ex:SERVICE "SERVICE" } # no SERVICE here')
    False
    """
    return re.search(r"(?<![?$:\w-])SERVICE(?![\w:-])", _NOT_KEYWORDS.sub(" ", query), re.I) is not None


def syntax_message(query: str, err: Exception, update: bool = False) -> str:
    """A one-line message for a SPARQL syntax error: where it is, what was expected, the text there.

    Oxigraph lists every character class it could have read; the message keeps the keywords
    and punctuation, and names an undeclared prefix.

    >>> syntax_message("SELEC * { ?s ?p ?o }", SyntaxError("error at 1:10: expected CONSTRUCT"))
    'SPARQL syntax error at line 1, column 1: expected SELECT, ASK, CONSTRUCT or DESCRIBE (near "SELEC * { ?s ?p ?o }")'
    """
    text = " ".join(str(err).split())
    m = re.match(r"error at (\d+):(\d+): (.*)", text)
    if not m:
        return f"SPARQL syntax error: {text[:200]}"
    line, column, detail = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = query.split("\n")
    if 0 < line <= len(lines):  # Oxigraph counts columns in UTF-8 bytes
        column = len(lines[line - 1].encode()[:column - 1].decode("utf-8", "ignore")) + 1
    offset = sum(len(x) + 1 for x in lines[:line - 1]) + column - 1
    if not update and not query_form(query):
        offset = _body_start(query)
        line = query.count("\n", 0, offset) + 1
        column = offset - (query.rfind("\n", 0, offset) + 1) + 1
        detail = "expected SELECT, ASK, CONSTRUCT or DESCRIBE"
    elif detail.startswith("expected"):
        items = [i.strip() for i in re.findall(r'"[^"]*"|\[[^\]]*\]|[^,\["]+', detail.removeprefix("expected").removeprefix(" one of"))]
        words = [i for i in items if i and not i.startswith("[")]
        if "Prefix not found" in words:
            detail = "undeclared prefix (declare it with PREFIX; predeclared: " + ", ".join(PREFIXES) + ")"
        elif words:
            more = len(words) < len(items) or len(words) > 8
            detail = "expected " + ("one of " if len(words) > 1 else "") + ", ".join(words[:8]) + (" or more" if more else "")
    near = " ".join(query[offset:].split())[:40]
    where = f'near "{near}"' if near else "at the end of the query"
    return f"SPARQL syntax error at line {line}, column {column}: {detail} ({where})"


def _value(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term.value
    return str(term)


def run(store, query: SavedQuery, params: dict[str, str] | None = None) -> tuple[list[str], list[list[str]]]:
    """Run ``query`` on a :class:`~graph.sparql.store.Store`; return column names and rows.

    ASK gives one column ``answer`` (``true``/``false``); CONSTRUCT and DESCRIBE give
    ``subject``, ``predicate``, ``object`` rows.
    """
    params = params or {}
    unknown = sorted(set(params) - set(query.params)) if query.params else []
    if unknown:
        raise UsageError(f"query {query.name!r} has no parameter {unknown[0]!r} "
                         f"(it takes: {', '.join(query.params) or 'none'})")
    missing = [name for name, doc in query.params.items() if "(required)" in doc and name not in params]
    if missing:
        raise UsageError(f"query {query.name!r} needs --param {missing[0]}=... ({query.params[missing[0]]})")
    terms = {k: ox.Literal(v) for k, v in params.items()}
    result = store.query(with_values(query.text, terms), terms)
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        return ["answer"], [["true" if bool(result) else "false"]]
    if isinstance(result, ox.QueryTriples):
        return ["subject", "predicate", "object"], [[_value(t.subject), _value(t.predicate), _value(t.object)] for t in result]
    columns = [v.value for v in result.variables]
    try:
        rows = [[_value(sol[c]) for c in columns] for sol in result]
    except OSError as err:
        raise QueryError(f"the query failed: {str(err).splitlines()[0]}") from None
    return columns, rows
