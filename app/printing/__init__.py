"""Document → paper: ESC/POS and PDF renderers, preview, printer backends, print queue.

Entry points: :class:`app.printing.escpos.EscPosRenderer`, :class:`app.printing.pdf.PdfRenderer`,
:func:`app.printing.preview.render_preview`, :func:`app.printing.backends.open_backend`,
:class:`app.printing.spool.Spooler` with :class:`app.printing.spool_sqlite.SqliteJobStore`, and
:func:`app.printing.sample.print_sample` for the IT person's test page.  See docs/printing.md.
"""
