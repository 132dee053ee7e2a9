# Generated from tests/specs/public/oai-webhook-example.yaml by sdkgen 0.1.0. Do not edit.
"""Webhook Example: a typed Python client.

    from webhook_example import WebhookExample

See the package README and the reference docs for authentication, errors and retries.
"""

import logging

from ._client import AsyncWebhookExample, WebhookExample
from ._serde import UNSET

__all__ = ["UNSET", "AsyncWebhookExample", "WebhookExample", "__version__"]

__version__ = "1.0.0"

# Silent unless the application configures logging (library convention).
logging.getLogger(__name__).addHandler(logging.NullHandler())
