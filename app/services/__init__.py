"""Use cases of the counter window: session, queue, guide, intake, decisions, tracking,
ratings, stats, admin. They hold every rule; the UI only shows their DTOs
(:mod:`app.services.dto`) and asks them to act.

Wiring (done by ``app.bootstrap``)::

    session   = SessionService(store, settings, clock=clock)
    queue     = QueueService(queue_store, session, local_store=store, clock=clock)
    guide     = GuideService(store, session, clock=clock)
    intake    = IntakeService(store, session, calendar, clock=clock)
    decisions = DecisionService(store, session, calendar, settings, clock=clock)
    tracking  = TrackingService(store, session, calendar, settings, clock=clock)
    ratings   = RatingService(store, session, calendar, settings, clock=clock)
    stats     = StatsService(store, queue_store=queue_store)

``store`` is the PC's local store, ``queue_store`` the hall queue (central store, or the
same store on a one-PC center), ``calendar`` the hall's
:class:`~app.domain.calendar.WorkCalendar`, ``clock`` a callable returning aware UTC
(:mod:`app.services.clock`). Every service raises typed
:class:`~app.domain.errors.CounterDeskError` subclasses (:mod:`app.services.errors`).
"""
