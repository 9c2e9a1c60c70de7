"""kg: a knowledge-graph builder for news.

Reads news articles (Indonesian and English), extracts meetings, phone calls and
weapon-supply allegations with the people and countries involved, and stores them
as RDF in an Oxigraph store.

The public API is small and lives in the modules that follow the data flow:

- :mod:`kg.article`  -- read and clean article files into :class:`kg.article.Article`
- :mod:`kg.store`    -- the on-disk / in-memory Oxigraph store
"""

__version__ = "0.1.0"
