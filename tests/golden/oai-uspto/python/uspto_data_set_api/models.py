# Generated from tests/specs/public/oai-uspto.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the USPTO Data Set API.

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
    decode_int,
    decode_str,
    encode,
    extra_fields,
    from_input,
    list_decoder,
    object_decoder,
    optional,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "DataSetList",
    "DataSetListApisItem",
    "PerformSearchRequest",
    "Unset",
]


@dataclass(kw_only=True, slots=True)
class DataSetList:
    """DataSetList

    Attributes:
        total:
        apis:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    total: int | None = None
    apis: list[DataSetListApisItem] | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.total is not None:
            data["total"] = self.total
        if self.apis is not None:
            data["apis"] = encode(self.apis, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> DataSetList:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> DataSetList:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            total=optional(data, "total", path, decode_int),
            apis=optional(data, "apis", path, _decode_list_data_set_list_apis_item),
            extra=extra_fields(data, _DATA_SET_LIST_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class DataSetListApisItem:
    """DataSetListApisItem

    Attributes:
        api_key: To be used as a dataset parameter value
        api_version_number: To be used as a version parameter value
        api_url: The URL describing the dataset's fields
        api_documentation_url: A URL to the API console for each API
        extra: Fields the API sent that this version of the package does not know yet.
    """

    api_key: str | None = None
    api_version_number: str | None = None
    api_url: str | None = None
    api_documentation_url: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.api_key is not None:
            data["apiKey"] = self.api_key
        if self.api_version_number is not None:
            data["apiVersionNumber"] = self.api_version_number
        if self.api_url is not None:
            data["apiUrl"] = self.api_url
        if self.api_documentation_url is not None:
            data["apiDocumentationUrl"] = self.api_documentation_url
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> DataSetListApisItem:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> DataSetListApisItem:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            api_key=optional(data, "apiKey", path, decode_str),
            api_version_number=optional(data, "apiVersionNumber", path, decode_str),
            api_url=optional(data, "apiUrl", path, decode_str),
            api_documentation_url=optional(data, "apiDocumentationUrl", path, decode_str),
            extra=extra_fields(data, _DATA_SET_LIST_APIS_ITEM_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class PerformSearchRequest:
    """PerformSearchRequest

    Attributes:
        criteria: Uses Lucene Query Syntax in the format of propertyName:value, propertyName:[num1
            TO num2] and date range format: propertyName:[yyyyMMdd TO yyyyMMdd]. In the response
            please see the 'docs' element which has the list of record objects. Each record
            structure would consist of all the fields and their corresponding values.
            Server default when omitted: ``"*:*"``.
        start: Starting record number. Default value is 0.
            Server default when omitted: ``0``.
        rows: Specify number of rows to be returned. If you run the search with default values, in
            the response you will see 'numFound' attribute which will tell the number of records
            available in the dataset.
            Server default when omitted: ``100``.
    """

    criteria: str
    start: int | None = None
    rows: int | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["criteria"] = self.criteria
        if self.start is not None:
            data["start"] = self.start
        if self.rows is not None:
            data["rows"] = self.rows
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> PerformSearchRequest:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_perform_search_request(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> PerformSearchRequest:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _PERFORM_SEARCH_REQUEST_FIELDS.issuperset(data):
            unknown_fields(data, _PERFORM_SEARCH_REQUEST_FIELDS, path)
        return cls(
            criteria=required(data, "criteria", path, decode_str),
            start=optional(data, "start", path, decode_int),
            rows=optional(data, "rows", path, decode_int),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_decode_list_data_set_list_apis_item = list_decoder(object_decoder(DataSetListApisItem._from_json))
_DATA_SET_LIST_FIELDS: frozenset[str] = frozenset(["total", "apis"])
_DATA_SET_LIST_APIS_ITEM_FIELDS: frozenset[str] = frozenset(
    ["apiKey", "apiVersionNumber", "apiUrl", "apiDocumentationUrl"]
)
_PERFORM_SEARCH_REQUEST_FIELDS: frozenset[str] = frozenset(["criteria", "start", "rows"])
