"""Exchange with the world outside the hall's own program: files and, later, the provincial platform.

:mod:`app.exchange.catalog_file` reads and writes the catalog file ``counterdesk-catalog/1``
against its published JSON Schema (:mod:`app.exchange.catalog_schema`), so another
vendor's export can be checked with the same schema file before it reaches a hall.
"""
