"""The center's screens: the administrator's console, the registers and the supervision dashboard."""
