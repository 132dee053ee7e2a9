# Generated from tests/specs/constructs/multipart.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Uploads API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from . import _validators
from ._files import FileContent
from ._serde import (
    UNSET,
    Unset,
    decode_int,
    decode_str,
    decode_text_bytes,
    encode,
    extra_fields,
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
    "DocumentMetadata",
    "DocumentUpload",
    "Unset",
    "Upload",
    "UploadAvatarRequest",
]


@dataclass(kw_only=True, slots=True)
class DocumentUpload:
    """DocumentUpload

    Attributes:
        document:
        title:
        metadata:
        attachments:
    """

    document: FileContent
    title: str
    metadata: DocumentMetadata | None = None
    attachments: list[FileContent] | None = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.metadata, dict):
            self.metadata = model_from(DocumentMetadata, self.metadata, "metadata")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["document"] = self.document
        data["title"] = self.title
        if self.metadata is not None:
            data["metadata"] = encode(self.metadata, request)
        if self.attachments is not None:
            data["attachments"] = self.attachments
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> DocumentUpload:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_document_upload(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> DocumentUpload:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _DOCUMENT_UPLOAD_FIELDS.issuperset(data):
            unknown_fields(data, _DOCUMENT_UPLOAD_FIELDS, path)
        return cls(
            document=required(data, "document", path, decode_text_bytes),
            title=required(data, "title", path, decode_str),
            metadata=optional(data, "metadata", path, _decode_document_metadata_input),
            attachments=optional(data, "attachments", path, _decode_list),
        )


@dataclass(kw_only=True, slots=True)
class DocumentMetadata:
    """DocumentMetadata

    Attributes:
        author:
        pages:
    """

    author: str | None = None
    pages: int | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.author is not None:
            data["author"] = self.author
        if self.pages is not None:
            data["pages"] = self.pages
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> DocumentMetadata:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_document_metadata(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> DocumentMetadata:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _DOCUMENT_METADATA_FIELDS.issuperset(data):
            unknown_fields(data, _DOCUMENT_METADATA_FIELDS, path)
        return cls(
            author=optional(data, "author", path, decode_str),
            pages=optional(data, "pages", path, decode_int),
        )


@dataclass(kw_only=True, slots=True)
class Upload:
    """Upload

    Attributes:
        id:
        size:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    size: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["size"] = self.size
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Upload:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Upload:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            size=required(data, "size", path, decode_int),
            extra=extra_fields(data, _UPLOAD_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class UploadAvatarRequest:
    """UploadAvatarRequest

    Attributes:
        file:
        description:
        tags:
    """

    file: FileContent
    description: str | None = None
    tags: list[str] | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["file"] = self.file
        if self.description is not None:
            data["description"] = self.description
        if self.tags is not None:
            data["tags"] = encode(self.tags, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> UploadAvatarRequest:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_upload_avatar_request(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> UploadAvatarRequest:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _UPLOAD_AVATAR_REQUEST_FIELDS.issuperset(data):
            unknown_fields(data, _UPLOAD_AVATAR_REQUEST_FIELDS, path)
        return cls(
            file=required(data, "file", path, decode_text_bytes),
            description=optional(data, "description", path, decode_str),
            tags=optional(data, "tags", path, _decode_list_2),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_DOCUMENT_UPLOAD_FIELDS: frozenset[str] = frozenset(
    ["document", "title", "metadata", "attachments"]
)
_decode_document_metadata_input = object_decoder(DocumentMetadata._from_input)
_decode_list: Callable[[object, str], list[FileContent]] = list_decoder(decode_text_bytes)
_DOCUMENT_METADATA_FIELDS: frozenset[str] = frozenset(["author", "pages"])
_UPLOAD_FIELDS: frozenset[str] = frozenset(["id", "size"])
_UPLOAD_AVATAR_REQUEST_FIELDS: frozenset[str] = frozenset(["file", "description", "tags"])
_decode_list_2 = list_decoder(decode_str)
