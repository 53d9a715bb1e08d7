"""Use cases of the counter window: session, queue, guide, intake, decisions, tracking,
ratings, stats, admin. They hold every rule; the UI only shows their DTOs
(:mod:`app.services.dto`) and asks them to act."""
