"""Device emulators speaking the real protocols over ptys, TCP and WebSocket (tests, training, demo hall)."""
