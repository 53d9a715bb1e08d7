"""The pages of the central stacked area (guide, intake, decision, my cases, today)."""
