"""A spec-driven mock of the API over real HTTP: ``python -m generator mock [SPEC]``.

Modules: :mod:`.server` (threaded HTTP server, signals), :mod:`.app` (the request pipeline),
:mod:`.routes` (the spec compiled for serving, the server's base path), :mod:`.params`
(parameters by location and style), :mod:`.bodies` (request bodies by media type),
:mod:`.checks` (credentials, JSON, violation messages), :mod:`.responses` and
:mod:`.instances` (response bodies), :mod:`.state` and :mod:`.store` (the resources it
remembers: which paths are collections, and the store), :mod:`.control` (the ``/__mock__/``
control API: faults, the request log and the resources, documented there).
"""

from __future__ import annotations

from ..ir import Api
from ..load import LoadedSpec


def serve(spec: LoadedSpec, api: Api, host: str = "127.0.0.1", port: int = 4010) -> int:
    """Serve ``spec`` until SIGINT or SIGTERM; returns the exit code."""
    from .server import run

    return run(spec, api, host, port)


__all__ = ["serve"]
