# Generated from tests/specs/public/oai-webhook-example.yaml by sdkgen 0.1.0. Do not edit.
"""Raw responses: ``client.with_raw_response.<method>(...)`` returns a :class:`RawResponse`.

Imported on first use of ``with_raw_response``. Validation, retries and error statuses are as
for the plain methods; only the success body is left undecoded until ``parse()``.
"""

from __future__ import annotations

from ._auth import Credentials
from ._transport import (
    AsyncTransport,
    SyncTransport,
)


class WebhookExampleWithRawResponse:
    """``WebhookExample.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: SyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport


class AsyncWebhookExampleWithRawResponse:
    """``AsyncWebhookExample.with_raw_response``: each method returns a :class:`RawResponse`."""

    def __init__(self, credentials: Credentials, transport: AsyncTransport) -> None:
        self._credentials = credentials
        self._transport = transport
