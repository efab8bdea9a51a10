"""Plain text of an HTML page when trafilatura finds no article in it.

trafilatura (through lxml) is the main HTML reader; lxml gives up on very deep nesting (old
table-laid sites, broken generators) and trafilatura then finds no text. This fallback walks the
page with the standard library's :class:`html.parser.HTMLParser`, which has no depth limit, keeps
only text outside ``script``, ``style`` and other non-content elements, and puts block elements
on lines of their own. No markup, script or attribute value ever reaches the text.

Example
-------
>>> page = "<html><head><title>T</title><script>alert(1)</script></head><body>"
>>> page += "<div>" * 3000 + "<p>Qatar mediated <b>talks</b>.</p><p>Egypt agreed.</p>" + "</div>" * 3000
>>> html_text(page)
'Qatar mediated talks.\\nEgypt agreed.'
>>> html_text("<p>Kyiv was hit.</p><![broken")
'Kyiv was hit.'
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

#: Elements whose content is never article text.
SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head",
        "title", "nav", "footer", "header", "aside", "form", "button", "select", "textarea", "canvas"}
#: Elements that start a new line.
BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "table", "section", "article", "h1", "h2", "h3",
          "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dd", "dt", "hr", "main", "figure", "figcaption"}
#: Void elements: they have no end tag, so they never open a skipped region.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP and tag not in VOID:
            self.skip_depth += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIP and tag not in VOID:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip_depth:
            self.parts.append(data)


def html_text(html: str) -> str:
    """The visible text of ``html``, one block a line, whitespace collapsed."""
    collector = _TextCollector()
    try:
        collector.feed(html)
    except (AssertionError, ValueError):  # a malformed "<![...": keep the text read before it
        return _lines(collector.parts)
    # No close(): it would turn an unfinished comment, tag or script at the end into text (a
    # browser hides it). What is left unparsed is kept only when it is plain text.
    rest = collector.rawdata
    if rest and "<" not in rest and not collector.skip_depth:
        collector.parts.append(unescape(rest))
    return _lines(collector.parts)


def _lines(parts: list[str]) -> str:
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)
