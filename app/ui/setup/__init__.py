"""First-run setup of a new window PC: store, window, printer and devices, each tested."""

from app.ui.setup.wizard import SetupProbesLike, SetupWizard

__all__ = ["SetupProbesLike", "SetupWizard"]
