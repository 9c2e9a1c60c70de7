"""The HTTP layer of ``kg serve``, in the order a request meets it:

- :mod:`kg.web.serve`     -- Granian (the HTTP server, its processes and limits) and the configuration
- :mod:`kg.web.app`       -- the Starlette application: routes, guard rails, errors, trusted hosts, CORS
- :mod:`kg.web.protocol`  -- the SPARQL 1.1 Protocol's parts: formats, negotiation, query strings
- :mod:`kg.web.executor`  -- the pool of query workers: time and memory limits, kill and replace
- :mod:`kg.web.worker`    -- a query worker process: runs the query, serialises the answer
- :mod:`kg.web.pages`, :mod:`kg.web.evidence`, :mod:`kg.web.openapi` -- the pages and the API description

Importing it is light: Starlette, Granian and pyoxigraph load only when a server starts.
"""
