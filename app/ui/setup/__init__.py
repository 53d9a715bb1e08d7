"""First-run setup of a new window PC: store, window, printer and devices, each tested."""

from app.ui.setup.wizard import SetupProbesLike, SetupWizard, run_setup_wizard

__all__ = ["SetupProbesLike", "SetupWizard", "run_setup_wizard"]
