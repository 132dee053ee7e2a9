# Generated from tests/specs/constructs/inline_objects.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Inline Objects API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from . import _validators
from ._serde import (
    UNSET,
    Unset,
    decode_bool,
    decode_datetime,
    decode_float,
    decode_int,
    decode_str,
    encode,
    extra_fields,
    from_input,
    list_decoder,
    model_from,
    models_in,
    object_decoder,
    optional,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "Recording",
    "RecordingOwner",
    "StartRecordingRequest",
    "StartRecordingRequestVideoConfig",
    "StartRecordingRequestVideoConfigWatermark",
    "StartRecordingResponse",
    "StorageTarget",
    "Tag",
    "Unset",
    "UpdateRecordingRequest",
    "UpdateRecordingRequestLayout",
]


@dataclass(kw_only=True, slots=True)
class StartRecordingRequest:
    """StartRecordingRequest

    Attributes:
        meeting_id:
        video_config:
        tags:
        storage:
    """

    meeting_id: str
    video_config: StartRecordingRequestVideoConfig | None = None
    tags: list[Tag] | None = None
    storage: StorageTarget | None = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.video_config, dict):
            self.video_config = model_from(
                StartRecordingRequestVideoConfig, self.video_config, "video_config"
            )
        if isinstance(self.tags, (list, dict)):
            self.tags = models_in(Tag, self.tags, "tags")
        if isinstance(self.storage, dict):
            self.storage = model_from(StorageTarget, self.storage, "storage")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["meeting_id"] = self.meeting_id
        if self.video_config is not None:
            data["video_config"] = encode(self.video_config, request)
        if self.tags is not None:
            data["tags"] = encode(self.tags, request)
        if self.storage is not None:
            data["storage"] = encode(self.storage, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> StartRecordingRequest:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_start_recording_request(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> StartRecordingRequest:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _START_RECORDING_REQUEST_FIELDS.issuperset(data):
            unknown_fields(data, _START_RECORDING_REQUEST_FIELDS, path)
        return cls(
            meeting_id=required(data, "meeting_id", path, decode_str),
            video_config=optional(
                data, "video_config", path, _decode_start_recording_request_video_config_input
            ),
            tags=optional(data, "tags", path, _decode_list_tag_input),
            storage=optional(data, "storage", path, _decode_storage_target_input),
        )


@dataclass(kw_only=True, slots=True)
class Recording:
    """Recording

    Attributes:
        id:
        max_seconds:
        owner:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    max_seconds: int | None = None
    owner: RecordingOwner | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        if self.max_seconds is not None:
            data["max_seconds"] = self.max_seconds
        if self.owner is not None:
            data["owner"] = encode(self.owner, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Recording:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Recording:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            max_seconds=optional(data, "max_seconds", path, decode_int),
            owner=optional(data, "owner", path, _decode_recording_owner),
            extra=extra_fields(data, _RECORDING_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class StartRecordingRequestVideoConfig:
    """StartRecordingRequestVideoConfig

    Attributes:
        codec:
        width:
        watermark:
    """

    codec: str | None = None
    width: int | None = None
    watermark: StartRecordingRequestVideoConfigWatermark | None = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.watermark, dict):
            self.watermark = model_from(
                StartRecordingRequestVideoConfigWatermark, self.watermark, "watermark"
            )

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.codec is not None:
            data["codec"] = self.codec
        if self.width is not None:
            data["width"] = self.width
        if self.watermark is not None:
            data["watermark"] = encode(self.watermark, request)
        return data

    @classmethod
    def from_dict(
        cls, data: Mapping[str, object], path: str = ""
    ) -> StartRecordingRequestVideoConfig:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_start_recording_request_video_config(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> StartRecordingRequestVideoConfig:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _START_RECORDING_REQUEST_VIDEO_CONFIG_FIELDS.issuperset(data):
            unknown_fields(data, _START_RECORDING_REQUEST_VIDEO_CONFIG_FIELDS, path)
        return cls(
            codec=optional(data, "codec", path, decode_str),
            width=optional(data, "width", path, decode_int),
            watermark=optional(
                data,
                "watermark",
                path,
                _decode_start_recording_request_video_config_watermark_input,
            ),
        )


@dataclass(kw_only=True, slots=True)
class StartRecordingRequestVideoConfigWatermark:
    """StartRecordingRequestVideoConfigWatermark

    Attributes:
        url:
        opacity:
    """

    url: str
    opacity: float | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["url"] = self.url
        if self.opacity is not None:
            data["opacity"] = self.opacity
        return data

    @classmethod
    def from_dict(
        cls, data: Mapping[str, object], path: str = ""
    ) -> StartRecordingRequestVideoConfigWatermark:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_start_recording_request_video_config_watermark(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(
        cls, data: Mapping[str, object], path: str
    ) -> StartRecordingRequestVideoConfigWatermark:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _START_RECORDING_REQUEST_VIDEO_CONFIG_WATERMARK_FIELDS.issuperset(data):
            unknown_fields(data, _START_RECORDING_REQUEST_VIDEO_CONFIG_WATERMARK_FIELDS, path)
        return cls(
            url=required(data, "url", path, decode_str),
            opacity=optional(data, "opacity", path, decode_float),
        )


@dataclass(kw_only=True, slots=True)
class Tag:
    """Tag

    Attributes:
        key:
        value:
    """

    key: str
    value: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["key"] = self.key
        data["value"] = self.value
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Tag:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_tag(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Tag:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _TAG_FIELDS.issuperset(data):
            unknown_fields(data, _TAG_FIELDS, path)
        return cls(
            key=required(data, "key", path, decode_str),
            value=required(data, "value", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class StorageTarget:
    """StorageTarget

    Attributes:
        bucket:
        region:
    """

    bucket: str
    region: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["bucket"] = self.bucket
        if self.region is not None:
            data["region"] = self.region
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> StorageTarget:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_storage_target(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> StorageTarget:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _STORAGE_TARGET_FIELDS.issuperset(data):
            unknown_fields(data, _STORAGE_TARGET_FIELDS, path)
        return cls(
            bucket=required(data, "bucket", path, decode_str),
            region=optional(data, "region", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class RecordingOwner:
    """RecordingOwner

    Attributes:
        user_id:
        display_name:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    user_id: str
    display_name: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["user_id"] = self.user_id
        if self.display_name is not None:
            data["display_name"] = self.display_name
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> RecordingOwner:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> RecordingOwner:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            user_id=required(data, "user_id", path, decode_str),
            display_name=optional(data, "display_name", path, decode_str),
            extra=extra_fields(data, _RECORDING_OWNER_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class StartRecordingResponse:
    """StartRecordingResponse

    Attributes:
        id:
        meeting_id:
        started_at:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    meeting_id: str
    started_at: datetime
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["meeting_id"] = self.meeting_id
        data["started_at"] = encode(self.started_at, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> StartRecordingResponse:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> StartRecordingResponse:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            meeting_id=required(data, "meeting_id", path, decode_str),
            started_at=required(data, "started_at", path, decode_datetime),
            extra=extra_fields(data, _START_RECORDING_RESPONSE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class UpdateRecordingRequest:
    """UpdateRecordingRequest

    Attributes:
        max_seconds:
        layout:
    """

    max_seconds: int | None = None
    layout: UpdateRecordingRequestLayout | None = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.layout, dict):
            self.layout = model_from(UpdateRecordingRequestLayout, self.layout, "layout")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.max_seconds is not None:
            data["max_seconds"] = self.max_seconds
        if self.layout is not None:
            data["layout"] = encode(self.layout, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> UpdateRecordingRequest:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_update_recording_request(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> UpdateRecordingRequest:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _UPDATE_RECORDING_REQUEST_FIELDS.issuperset(data):
            unknown_fields(data, _UPDATE_RECORDING_REQUEST_FIELDS, path)
        return cls(
            max_seconds=optional(data, "max_seconds", path, decode_int),
            layout=optional(data, "layout", path, _decode_update_recording_request_layout_input),
        )


@dataclass(kw_only=True, slots=True)
class UpdateRecordingRequestLayout:
    """UpdateRecordingRequestLayout

    Attributes:
        grid:
        columns:
    """

    grid: bool | None = None
    columns: int | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.grid is not None:
            data["grid"] = self.grid
        if self.columns is not None:
            data["columns"] = self.columns
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> UpdateRecordingRequestLayout:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_update_recording_request_layout(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> UpdateRecordingRequestLayout:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _UPDATE_RECORDING_REQUEST_LAYOUT_FIELDS.issuperset(data):
            unknown_fields(data, _UPDATE_RECORDING_REQUEST_LAYOUT_FIELDS, path)
        return cls(
            grid=optional(data, "grid", path, decode_bool),
            columns=optional(data, "columns", path, decode_int),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_START_RECORDING_REQUEST_FIELDS: frozenset[str] = frozenset(
    ["meeting_id", "video_config", "tags", "storage"]
)
_decode_start_recording_request_video_config_input = object_decoder(
    StartRecordingRequestVideoConfig._from_input
)
_decode_list_tag_input = list_decoder(object_decoder(Tag._from_input))
_decode_storage_target_input = object_decoder(StorageTarget._from_input)
_decode_recording_owner = object_decoder(RecordingOwner._from_json)
_RECORDING_FIELDS: frozenset[str] = frozenset(["id", "max_seconds", "owner"])
_START_RECORDING_REQUEST_VIDEO_CONFIG_FIELDS: frozenset[str] = frozenset(
    ["codec", "width", "watermark"]
)
_decode_start_recording_request_video_config_watermark_input = object_decoder(
    StartRecordingRequestVideoConfigWatermark._from_input
)
_START_RECORDING_REQUEST_VIDEO_CONFIG_WATERMARK_FIELDS: frozenset[str] = frozenset(
    ["url", "opacity"]
)
_TAG_FIELDS: frozenset[str] = frozenset(["key", "value"])
_STORAGE_TARGET_FIELDS: frozenset[str] = frozenset(["bucket", "region"])
_RECORDING_OWNER_FIELDS: frozenset[str] = frozenset(["user_id", "display_name"])
_START_RECORDING_RESPONSE_FIELDS: frozenset[str] = frozenset(["id", "meeting_id", "started_at"])
_UPDATE_RECORDING_REQUEST_FIELDS: frozenset[str] = frozenset(["max_seconds", "layout"])
_decode_update_recording_request_layout_input = object_decoder(
    UpdateRecordingRequestLayout._from_input
)
_UPDATE_RECORDING_REQUEST_LAYOUT_FIELDS: frozenset[str] = frozenset(["grid", "columns"])
