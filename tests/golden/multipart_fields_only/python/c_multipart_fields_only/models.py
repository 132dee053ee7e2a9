# Generated from tests/specs/constructs/multipart_fields_only.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Survey API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from . import _validators
from ._serde import (
    UNSET,
    Unset,
    decode_int,
    decode_str,
    encode,
    from_input,
    list_decoder,
    model_from,
    object_decoder,
    optional,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "SubmitAnswerRequest",
    "SubmitAnswerRequestContext",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class SubmitAnswerRequest:
    """SubmitAnswerRequest

    Attributes:
        question:
        choices:
        context:
    """

    question: str
    choices: list[int] | None = None
    context: SubmitAnswerRequestContext | None = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.context, dict):
            self.context = model_from(SubmitAnswerRequestContext, self.context, "context")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["question"] = self.question
        if self.choices is not None:
            data["choices"] = encode(self.choices, request)
        if self.context is not None:
            data["context"] = encode(self.context, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> SubmitAnswerRequest:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_submit_answer_request(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> SubmitAnswerRequest:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _SUBMIT_ANSWER_REQUEST_FIELDS.issuperset(data):
            unknown_fields(data, _SUBMIT_ANSWER_REQUEST_FIELDS, path)
        return cls(
            question=required(data, "question", path, decode_str),
            choices=optional(data, "choices", path, _decode_list),
            context=optional(data, "context", path, _decode_submit_answer_request_context_input),
        )


@dataclass(kw_only=True, slots=True)
class SubmitAnswerRequestContext:
    """SubmitAnswerRequestContext

    Attributes:
        locale:
    """

    locale: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.locale is not None:
            data["locale"] = self.locale
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> SubmitAnswerRequestContext:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_submit_answer_request_context(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> SubmitAnswerRequestContext:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _SUBMIT_ANSWER_REQUEST_CONTEXT_FIELDS.issuperset(data):
            unknown_fields(data, _SUBMIT_ANSWER_REQUEST_CONTEXT_FIELDS, path)
        return cls(
            locale=optional(data, "locale", path, decode_str),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_SUBMIT_ANSWER_REQUEST_FIELDS: frozenset[str] = frozenset(["question", "choices", "context"])
_decode_list = list_decoder(decode_int)
_decode_submit_answer_request_context_input = object_decoder(SubmitAnswerRequestContext._from_input)
_SUBMIT_ANSWER_REQUEST_CONTEXT_FIELDS: frozenset[str] = frozenset(["locale"])
