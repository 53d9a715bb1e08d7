"""The hall web service (ASGI, Starlette + Jinja2, served by uvicorn).

The pages the applicant opens from the QR codes and the hall's screens: 办件进度查询
(``/q``, ``/case``), 扫码评价, 取号进度, the 大厅综合屏 and the 办事指南 of the 查询机.
It reads the central store through its own least-privilege role and the use cases of
:mod:`app.services.public`; it never reaches a window PC. ``python -m app hall-web``
starts it (:mod:`app.web.command`); :func:`app.web.server.start_in_thread` runs it
beside the demo hall and in the tests.
"""
