"""The provincial 一体化政务服务平台 (docs/protocols/province.md): the exchange format, its
signed-token authentication, the JSON/HTTPS adapter, the 实施清单 mapping and an emulator of
the platform for the tests and the demo.

Nothing here reads the hall's database; :mod:`app.services.province_exchange` feeds it rows
from the central store and keeps the progress.
"""
