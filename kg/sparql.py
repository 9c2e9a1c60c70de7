"""Just enough SPARQL lexing to find keywords outside strings, IRIs and comments.

Used by the server (refuse SERVICE, tell queries from updates) and by kg.store (a query
with its own FROM must not get the union default graph: pyoxigraph would ignore the FROM).

>>> query_form("PREFIX s: <http://x/> # SELECT in a comment\\nCONSTRUCT WHERE { ?a ?b ?c }")
'CONSTRUCT'
>>> uses_keyword('SELECT * WHERE { ?s ?p "FROM" }', "FROM"), uses_keyword("SELECT * FROM <http://g> WHERE {}", "FROM")
(False, True)
"""

from __future__ import annotations

import re

# Enough of the SPARQL grammar's terminals to find keywords outside strings, IRIs,
# comments, variables and prefixed names.
_LEX = re.compile(r"""
    [^\w\#"'<?$@:]+                                         # whitespace, punctuation: most of a text, so
                                                            # first (no other token starts with these)
  | \#[^\r\n]*                                              # comment
  | \"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"                    # long strings
  | '''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
  | "(?:[^"\\\r\n]|\\.)*"                                   # strings
  | '(?:[^'\\\r\n]|\\.)*'
  | <[^<>"{}|^`\\\x00-\x20]*>                               # IRIs
  | [?$][\w\u00b7\u0300-\u036f\u203f\u2040]+                # variables
  | @[a-zA-Z]+(?:-[a-zA-Z0-9]+)*                            # language tags
  | (?:[^\W\d][\w.\-\u00b7]*)?:(?:[\w:.\-\u00b7]|%[0-9A-Fa-f]{2}|\\.)*   # prefixed names, blank nodes
  | ([^\W\d_]\w*)                                         # a bare word: the one thing kept
  | .                                                       # anything else
""", re.X | re.S)
_QUERY_FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def keywords(text: str) -> list[str]:
    """The bare words of a SPARQL text, upper-cased, in order, skipping strings, IRIs,
    comments, variables, language tags and prefixed names (one findall: the scan runs in
    the regex engine, so this is cheap even for long queries)."""
    return [w.upper() for w in _LEX.findall(text) if w]


def uses_keyword(text: str, *words: str) -> bool:
    wanted = {w.upper() for w in words}
    return any(w in wanted for w in keywords(text))


def query_form(text: str | list[str]) -> str | None:
    """SELECT, CONSTRUCT, DESCRIBE or ASK (the first of them outside the prologue), UPDATE
    for an update, None if it cannot tell. Takes the text or its keywords()."""
    for w in keywords(text) if isinstance(text, str) else text:
        if w in _QUERY_FORMS:
            return w
        if w in _UPDATE_WORDS:
            return "UPDATE"
    return None
