"""Device emulators that speak the real bytes over TCP or a pty, for tests, training and demos."""
