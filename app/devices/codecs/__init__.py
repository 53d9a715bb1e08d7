"""Pure byte ⇄ frame ⇄ message codecs: no I/O, no threads, no Qt, no domain types."""
