from tests.clock.conftest import clock_hall  # noqa: F401  (the hall with a 20-day matter, store calendar)
