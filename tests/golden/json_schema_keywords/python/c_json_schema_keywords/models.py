# Generated from tests/specs/constructs/json_schema_keywords.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Shapes API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from . import _validators
from ._serde import (
    UNSET,
    Unset,
    decode_float,
    decode_int,
    decode_str,
    dict_decoder,
    encode,
    extra_fields,
    from_input,
    list_decoder,
    models_in,
    object_decoder,
    optional,
    required,
    tuple_decoder,
    union_decoder,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Animal",
    "Billing",
    "ClosedPet",
    "Node",
    "Shape",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class Shape:
    """Shape

    Attributes:
        name:
        origin: An x, y pair.
        route: A start label, then waypoint numbers.
        tags:
        steps: At least one step of 10 or more.
        labels:
        extra: Further properties, sent and received beside the declared fields.
    """

    name: str
    origin: tuple[float, float]
    route: list[str | int] | None = None
    tags: list[str] | None = None
    steps: list[int] | None = None
    labels: dict[str, str] | None = None
    extra: dict[str, str] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        data["origin"] = encode(self.origin, request)
        if self.route is not None:
            data["route"] = encode(self.route, request)
        if self.tags is not None:
            data["tags"] = encode(self.tags, request)
        if self.steps is not None:
            data["steps"] = encode(self.steps, request)
        if self.labels is not None:
            data["labels"] = encode(self.labels, request)
        for key, value in self.extra.items():
            data.setdefault(key, encode(value, request))
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Shape:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_shape(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Shape:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=required(data, "name", path, decode_str),
            origin=required(data, "origin", path, _decode_tuple),
            route=optional(data, "route", path, _decode_list),
            tags=optional(data, "tags", path, _decode_list_2),
            steps=optional(data, "steps", path, _decode_list_3),
            labels=optional(data, "labels", path, _decode_dict),
            extra=extra_fields(data, _SHAPE_FIELDS, path, decode_str),
        )

    _from_input = _from_json  # data a user gives is decoded the same way here


@dataclass(kw_only=True, slots=True)
class Billing:
    """Billing

    Rules:
        - When `credit_card` is set, `billing_address` is required.

    Attributes:
        name:
        credit_card:
        billing_address:
    """

    name: str
    credit_card: str | None = None
    billing_address: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        if self.credit_card is not None:
            data["credit_card"] = self.credit_card
        if self.billing_address is not None:
            data["billing_address"] = self.billing_address
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Billing:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_billing(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Billing:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _BILLING_FIELDS.issuperset(data):
            unknown_fields(data, _BILLING_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
            credit_card=optional(data, "credit_card", path, decode_str),
            billing_address=optional(data, "billing_address", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Node:
    """Node

    Attributes:
        name:
        children:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    name: str
    children: list[Node] | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.children, (list, dict)):
            self.children = models_in(Node, self.children, "children")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        if self.children is not None:
            data["children"] = encode(self.children, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Node:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_node(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Node:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=required(data, "name", path, decode_str),
            children=optional(data, "children", path, _decode_list_node),
            extra=extra_fields(data, _NODE_FIELDS),
        )

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Node:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _NODE_FIELDS.issuperset(data):
            unknown_fields(data, _NODE_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
            children=optional(data, "children", path, _decode_list_node_input),
        )


@dataclass(kw_only=True, slots=True)
class Animal:
    """Animal

    Attributes:
        name:
        legs:
    """

    name: str
    legs: int | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        if self.legs is not None:
            data["legs"] = self.legs
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Animal:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Animal:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=required(data, "name", path, decode_str),
            legs=optional(data, "legs", path, decode_int),
        )


@dataclass(kw_only=True, slots=True)
class ClosedPet:
    """ClosedPet

    Attributes:
        name:
        legs:
        owner:
    """

    name: str
    legs: int | None = None
    owner: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["name"] = self.name
        if self.legs is not None:
            data["legs"] = self.legs
        if self.owner is not None:
            data["owner"] = self.owner
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ClosedPet:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_closed_pet(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> ClosedPet:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _CLOSED_PET_FIELDS.issuperset(data):
            unknown_fields(data, _CLOSED_PET_FIELDS, path)
        return cls(
            name=required(data, "name", path, decode_str),
            legs=optional(data, "legs", path, decode_int),
            owner=optional(data, "owner", path, decode_str),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_decode_tuple = tuple_decoder(decode_float, decode_float)
_decode_list = list_decoder(
    union_decoder(
        (
            (_validators.match_shape_route_item_1, decode_str),
            (_validators.match_shape_route_item_2, decode_int),
        ),
        one_of=False,
    )
)
_decode_list_2 = list_decoder(decode_str)
_decode_list_3 = list_decoder(decode_int)
_decode_dict = dict_decoder(decode_str)
_SHAPE_FIELDS: frozenset[str] = frozenset(["name", "origin", "route", "tags", "steps", "labels"])
_BILLING_FIELDS: frozenset[str] = frozenset(["name", "credit_card", "billing_address"])
_decode_list_node = list_decoder(object_decoder(Node._from_json))
_NODE_FIELDS: frozenset[str] = frozenset(["name", "children"])
_decode_list_node_input = list_decoder(object_decoder(Node._from_input))
_CLOSED_PET_FIELDS: frozenset[str] = frozenset(["name", "legs", "owner"])
