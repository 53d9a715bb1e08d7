"""The official documents (文书) as data: one builder per notice, no printer, no database.

Public entry points: :class:`~app.forms.document.Document` and its blocks,
the input values in :mod:`app.forms.inputs`, and ``DOCUMENTS``/``demo_facts`` in
:mod:`app.forms.registry`.
"""
