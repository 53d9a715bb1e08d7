"""SMS notices to applicants: the gateways the hall's sender talks to (docs/sms.md).

``cmpp`` is the CMPP 2.0 codec (docs/protocols/cmpp.md), ``cmpp_gateway`` its TCP client,
``http_gateway`` the plain JSON-over-HTTP driver, ``gateway`` the interface both implement,
``emulator_cmpp`` / ``emulator_http`` the gateways the tests and the demo run against.
Nothing here knows the store or a case: a gateway sends one text to one phone.
"""
