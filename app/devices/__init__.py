"""Window devices: evaluator (评价器), LED window screen (窗口屏) and the call announcer.

Layers, strict from bottom to top:

* ``transports`` — byte links chosen by URL (pyserial, TCP, WebSocket);
* ``codecs`` — pure bytes ⇄ frames ⇄ messages, one module per protocol;
* ``drivers`` — transport × codec, one owner thread per device, events by callback;
* ``config`` — settings-free ``DeviceConfig`` and the protocol registry;
* ``qt_bridge`` — ``DeviceHub``, the only Qt-facing part the UI talks to;
* ``announcer`` — voice calls on their own thread;
* ``emulators`` — devices speaking the same bytes, headless or in small Qt windows.

The lower three know no domain types, no database and no Qt (import-linter contract).
"""
