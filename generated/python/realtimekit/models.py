# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Cloudflare RealtimeKit API.

Optional fields left as ``None`` are omitted from the request, so the server applies its own
default (documented on each field); ``False``, ``0`` and ``""`` are values and are sent.
Nullable optional fields use :data:`UNSET` for "omit" and ``None`` for an explicit ``null``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from . import _validators
from ._serde import (
    UNSET,
    OpenStrEnum,
    Unset,
    decode_bool,
    decode_datetime,
    decode_float,
    decode_int,
    decode_str,
    encode,
    enum_decoder,
    extra_fields,
    from_input,
    list_decoder,
    model_from,
    object_decoder,
    optional,
    redacted_repr,
    required,
    required_nullable,
    strict_enum_decoder,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "AudioChannel",
    "AudioCodec",
    "AudioConfig",
    "Caller",
    "CallerType",
    "ErrorDetail",
    "ErrorResponse",
    "InteractiveConfig",
    "InteractiveConfigType",
    "ListRecordingsResponse",
    "Paging",
    "RealtimekitBucketConfig",
    "Recording",
    "RecordingAction",
    "RecordingResponse",
    "RecordingSortField",
    "RecordingStatus",
    "RtmpOutConfig",
    "SortOrder",
    "StartReason",
    "StartReasonType",
    "StartRecordingRequest",
    "StartRecordingResponse",
    "StopReason",
    "StopReasonType",
    "StorageAuthMethod",
    "StorageConfig",
    "StorageType",
    "Unset",
    "UpdateRecordingRequest",
    "VideoCodec",
    "VideoConfig",
    "Watermark",
    "WatermarkPosition",
    "WatermarkSize",
]


class AudioChannel(OpenStrEnum):
    """Audio channel layout of the recording."""

    STEREO = "stereo"
    MONO = "mono"


class AudioCodec(OpenStrEnum):
    """Codec the audio of the recording is encoded with."""

    MP3 = "MP3"
    AAC = "AAC"


class StorageType(OpenStrEnum):
    """Type of storage media."""

    GCS = "gcs"
    SFTP = "sftp"
    AWS = "aws"
    AZURE = "azure"
    DIGITALOCEAN = "digitalocean"


class StorageAuthMethod(OpenStrEnum):
    """Authentication method used for an "sftp" type storage medium."""

    PASSWORD = "PASSWORD"
    KEY = "KEY"


class VideoCodec(OpenStrEnum):
    """Codec the video of the recording is encoded with."""

    VP8 = "VP8"
    H264 = "H264"


class WatermarkPosition(OpenStrEnum):
    """Corner of the video the watermark is placed in."""

    RIGHT_BOTTOM = "right bottom"
    RIGHT_TOP = "right top"
    LEFT_BOTTOM = "left bottom"
    LEFT_TOP = "left top"


class InteractiveConfigType(OpenStrEnum):
    """Format of the timed metadata."""

    ID3 = "ID3"


class RecordingAction(OpenStrEnum):
    """A change to a running recording."""

    STOP = "stop"
    PAUSE = "pause"
    RESUME = "resume"


class RecordingSortField(OpenStrEnum):
    """A field recordings can be sorted by."""

    INVOKED_TIME = "invokedTime"


class SortOrder(OpenStrEnum):
    """A sort direction."""

    ASC = "ASC"
    DESC = "DESC"


class RecordingStatus(OpenStrEnum):
    """Lifecycle status of a recording."""

    INVOKED = "INVOKED"
    RECORDING = "RECORDING"
    UPLOADING = "UPLOADING"
    UPLOADED = "UPLOADED"
    ERRORED = "ERRORED"
    PAUSED = "PAUSED"


class StartReasonType(OpenStrEnum):
    """What started a recording."""

    API_CALL = "API_CALL"
    RECORD_ON_START = "RECORD_ON_START"


class StopReasonType(OpenStrEnum):
    """What stopped a recording."""

    API_CALL = "API_CALL"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    ALL_PEERS_LEFT = "ALL_PEERS_LEFT"


class CallerType(OpenStrEnum):
    """Kind of caller."""

    ORGANIZATION = "ORGANIZATION"
    USER = "USER"


@dataclass(kw_only=True, slots=True)
class StartRecordingRequest:
    """Configuration of a recording to start. All fields are optional; nested configuration objects
    are validated by their own schemas.

    Rules:
        - If `video_config.codec` is `VP8`, `audio_config.codec` must not be set.

    Attributes:
        url: Pass a custom URL to record an arbitrary screen.
        audio_config: Object containing configuration regarding the audio that is being recorded.
        realtimekit_bucket_config: Configuration of the upload of the recording to RealtimeKit's
            bucket.
        rtmp_out_config: Configuration of streaming the recording to an RTMP destination.
        allow_multiple_recordings: By default, a meeting allows only one recording to run at a
            time. Enabling the allow_multiple_recordings parameter to true allows you to initiate
            multiple recordings concurrently in the same meeting. This allows you to record
            separate videos of the same meeting with different configurations, such as portrait
            mode or landscape mode.
            Server default when omitted: ``false``.
        storage_config: Configuration of your own storage medium the recording is uploaded to.
        video_config: Object containing configuration regarding the video that is being recorded.
        file_name_prefix: Update the recording file name.
        max_seconds: Specifies the maximum duration for recording in seconds, ranging from a
            minimum of 60 seconds to a maximum of 24 hours.
        meeting_id: ID of the meeting to record.
        interactive_config: Allows you to add timed metadata to your recordings, which are digital
            markers inserted into a video file to provide contextual information at specific points
            in the content range. The ID3 tags containing this information are available to clients
            on the playback timeline in HLS format. The output files are generated in a compressed
            .tar format.
    """

    url: str | None = None
    audio_config: AudioConfig | None = None
    realtimekit_bucket_config: RealtimekitBucketConfig | None = None
    rtmp_out_config: RtmpOutConfig | None = None
    allow_multiple_recordings: bool | None = None
    storage_config: StorageConfig | None = None
    video_config: VideoConfig | None = None
    file_name_prefix: str | None = None
    max_seconds: int | None = None
    meeting_id: str | None = None
    interactive_config: InteractiveConfig | None = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.audio_config, dict):
            self.audio_config = model_from(AudioConfig, self.audio_config, "audio_config")
        if isinstance(self.realtimekit_bucket_config, dict):
            self.realtimekit_bucket_config = model_from(
                RealtimekitBucketConfig, self.realtimekit_bucket_config, "realtimekit_bucket_config"
            )
        if isinstance(self.rtmp_out_config, dict):
            self.rtmp_out_config = model_from(
                RtmpOutConfig, self.rtmp_out_config, "rtmp_out_config"
            )
        if isinstance(self.storage_config, dict):
            self.storage_config = model_from(StorageConfig, self.storage_config, "storage_config")
        if isinstance(self.video_config, dict):
            self.video_config = model_from(VideoConfig, self.video_config, "video_config")
        if isinstance(self.interactive_config, dict):
            self.interactive_config = model_from(
                InteractiveConfig, self.interactive_config, "interactive_config"
            )

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.audio_config is not None:
            data["audio_config"] = encode(self.audio_config, request)
        if self.realtimekit_bucket_config is not None:
            data["realtimekit_bucket_config"] = encode(self.realtimekit_bucket_config, request)
        if self.rtmp_out_config is not None:
            data["rtmp_out_config"] = encode(self.rtmp_out_config, request)
        if self.allow_multiple_recordings is not None:
            data["allow_multiple_recordings"] = self.allow_multiple_recordings
        if self.storage_config is not None:
            data["storage_config"] = encode(self.storage_config, request)
        if self.video_config is not None:
            data["video_config"] = encode(self.video_config, request)
        if self.file_name_prefix is not None:
            data["file_name_prefix"] = self.file_name_prefix
        if self.max_seconds is not None:
            data["max_seconds"] = self.max_seconds
        if self.meeting_id is not None:
            data["meeting_id"] = self.meeting_id
        if self.interactive_config is not None:
            data["interactive_config"] = encode(self.interactive_config, request)
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
            url=optional(data, "url", path, decode_str),
            audio_config=optional(data, "audio_config", path, _decode_audio_config_input),
            realtimekit_bucket_config=optional(
                data, "realtimekit_bucket_config", path, _decode_realtimekit_bucket_config_input
            ),
            rtmp_out_config=optional(data, "rtmp_out_config", path, _decode_rtmp_out_config_input),
            allow_multiple_recordings=optional(
                data, "allow_multiple_recordings", path, decode_bool
            ),
            storage_config=optional(data, "storage_config", path, _decode_storage_config_input),
            video_config=optional(data, "video_config", path, _decode_video_config_input),
            file_name_prefix=optional(data, "file_name_prefix", path, decode_str),
            max_seconds=optional(data, "max_seconds", path, decode_int),
            meeting_id=optional(data, "meeting_id", path, decode_str),
            interactive_config=optional(
                data, "interactive_config", path, _decode_interactive_config_input
            ),
        )


@dataclass(kw_only=True, slots=True)
class AudioConfig:
    """Object containing configuration regarding the audio that is being recorded.

    Attributes:
        export_file: Controls whether to export the audio file separately.
            Server default when omitted: ``true``.
        channel: Audio signal pathway within an audio file that carries a specific sound source.
            Server default when omitted: ``"stereo"``.
        codec: Codec using which the recording will be encoded. If VP8 is selected in
            video_config.codec, setting this codec is not allowed; the audio codec is then
            automatically set to vorbis.
            Server default when omitted: ``"AAC"``.
    """

    export_file: bool | None = None
    channel: AudioChannel | Literal["stereo", "mono"] | None = None
    codec: AudioCodec | Literal["MP3", "AAC"] | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.export_file is not None:
            data["export_file"] = self.export_file
        if self.channel is not None:
            data["channel"] = encode(self.channel, request)
        if self.codec is not None:
            data["codec"] = encode(self.codec, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> AudioConfig:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_audio_config(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> AudioConfig:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _AUDIO_CONFIG_FIELDS.issuperset(data):
            unknown_fields(data, _AUDIO_CONFIG_FIELDS, path)
        return cls(
            export_file=optional(data, "export_file", path, decode_bool),
            channel=optional(data, "channel", path, _decode_strict_audio_channel),
            codec=optional(data, "codec", path, _decode_strict_audio_codec),
        )


@dataclass(kw_only=True, slots=True)
class RealtimekitBucketConfig:
    """Configuration of the upload of the recording to RealtimeKit's bucket.

    Attributes:
        enabled: Controls whether recordings are uploaded to RealtimeKit's bucket. If set to false,
            download_url, audio_download_url and download_url_expiry won't be generated for a
            recording.
    """

    enabled: bool

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["enabled"] = self.enabled
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> RealtimekitBucketConfig:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_realtimekit_bucket_config(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> RealtimekitBucketConfig:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _REALTIMEKIT_BUCKET_CONFIG_FIELDS.issuperset(data):
            unknown_fields(data, _REALTIMEKIT_BUCKET_CONFIG_FIELDS, path)
        return cls(
            enabled=required(data, "enabled", path, decode_bool),
        )


@dataclass(kw_only=True, slots=True)
class RtmpOutConfig:
    """Configuration of streaming the recording to an RTMP destination.

    Attributes:
        rtmp_url: RTMP URL to stream to.
    """

    rtmp_url: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.rtmp_url is not None:
            data["rtmp_url"] = self.rtmp_url
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> RtmpOutConfig:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_rtmp_out_config(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> RtmpOutConfig:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _RTMP_OUT_CONFIG_FIELDS.issuperset(data):
            unknown_fields(data, _RTMP_OUT_CONFIG_FIELDS, path)
        return cls(
            rtmp_url=optional(data, "rtmp_url", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class StorageConfig:
    """Configuration of your own storage medium the recording is uploaded to: a cloud bucket (gcs,
    aws, azure, digitalocean) or an SFTP server.

    Rules:
        - If `type` is `aws`, `azure` or `digitalocean`, `access_key` is required.
        - If `auth_method` is `KEY`, `private_key` is required.
        - If `auth_method` is `PASSWORD`, `password` is required.

    Attributes:
        type: Type of storage media.
        bucket: Name of the storage medium's bucket.
        region: Region of the storage medium.
        path: Path relative to the bucket root at which the recording will be placed.
        access_key: Access key of the storage medium. Access key is not required for the gcs
            storage media type. Note that this field is not readable by clients, only writeable.
            Write-only secret: never shown in ``repr``, logs or error messages.
        secret: Secret key of the storage medium. Similar to access_key, it is only writeable by
            clients, not readable.
            Write-only secret: never shown in ``repr``, logs or error messages.
        auth_method: Authentication method used for "sftp" type storage medium.
        username: SSH destination server username for SFTP type storage medium.
        password: SSH destination server password for SFTP type storage medium when auth_method is
            "PASSWORD". If auth_method is "KEY", this specifies the password for the SSH private
            key.
            Write-only secret: never shown in ``repr``, logs or error messages.
        host: SSH destination server host for SFTP type storage medium.
        port: SSH destination server port for SFTP type storage medium.
        private_key: Private key used to log in to the destination SSH server for SFTP type storage
            medium, when auth_method used is "KEY".
            Write-only secret: never shown in ``repr``, logs or error messages.
    """

    type: StorageType | Literal["gcs", "sftp", "aws", "azure", "digitalocean"]
    bucket: str | None = None
    region: str | None = None
    path: str | None = None
    access_key: str | None = None
    secret: str | None = None
    auth_method: StorageAuthMethod | Literal["PASSWORD", "KEY"] | None = None
    username: str | None = None
    password: str | None = None
    host: str | None = None
    port: int | None = None
    private_key: str | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["type"] = encode(self.type, request)
        if self.bucket is not None:
            data["bucket"] = self.bucket
        if self.region is not None:
            data["region"] = self.region
        if self.path is not None:
            data["path"] = self.path
        if self.access_key is not None:
            data["access_key"] = self.access_key
        if self.secret is not None:
            data["secret"] = self.secret
        if self.auth_method is not None:
            data["auth_method"] = encode(self.auth_method, request)
        if self.username is not None:
            data["username"] = self.username
        if self.password is not None:
            data["password"] = self.password
        if self.host is not None:
            data["host"] = self.host
        if self.port is not None:
            data["port"] = self.port
        if self.private_key is not None:
            data["private_key"] = self.private_key
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> StorageConfig:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_storage_config(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> StorageConfig:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _STORAGE_CONFIG_FIELDS.issuperset(data):
            unknown_fields(data, _STORAGE_CONFIG_FIELDS, path)
        return cls(
            type=required(data, "type", path, _decode_strict_storage_type),
            bucket=optional(data, "bucket", path, decode_str),
            region=optional(data, "region", path, decode_str),
            path=optional(data, "path", path, decode_str),
            access_key=optional(data, "access_key", path, decode_str),
            secret=optional(data, "secret", path, decode_str),
            auth_method=optional(data, "auth_method", path, _decode_strict_storage_auth_method),
            username=optional(data, "username", path, decode_str),
            password=optional(data, "password", path, decode_str),
            host=optional(data, "host", path, decode_str),
            port=optional(data, "port", path, decode_int),
            private_key=optional(data, "private_key", path, decode_str),
        )

    def __repr__(self) -> str:
        return redacted_repr(self, frozenset(["access_key", "secret", "password", "private_key"]))


@dataclass(kw_only=True, slots=True)
class VideoConfig:
    """Object containing configuration regarding the video that is being recorded.

    Attributes:
        export_file: Controls whether to export the video file separately.
            Server default when omitted: ``true``.
        height: Height of the recording video in pixels.
            Server default when omitted: ``720``.
        width: Width of the recording video in pixels.
            Server default when omitted: ``1280``.
        codec: Codec using which the recording will be encoded.
            Server default when omitted: ``"H264"``.
        watermark: Watermark to be added to the recording.
    """

    export_file: bool | None = None
    height: int | None = None
    width: int | None = None
    codec: VideoCodec | Literal["VP8", "H264"] | None = None
    watermark: Watermark | None = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.watermark, dict):
            self.watermark = model_from(Watermark, self.watermark, "watermark")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.export_file is not None:
            data["export_file"] = self.export_file
        if self.height is not None:
            data["height"] = self.height
        if self.width is not None:
            data["width"] = self.width
        if self.codec is not None:
            data["codec"] = encode(self.codec, request)
        if self.watermark is not None:
            data["watermark"] = encode(self.watermark, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> VideoConfig:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_video_config(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> VideoConfig:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _VIDEO_CONFIG_FIELDS.issuperset(data):
            unknown_fields(data, _VIDEO_CONFIG_FIELDS, path)
        return cls(
            export_file=optional(data, "export_file", path, decode_bool),
            height=optional(data, "height", path, decode_int),
            width=optional(data, "width", path, decode_int),
            codec=optional(data, "codec", path, _decode_strict_video_codec),
            watermark=optional(data, "watermark", path, _decode_watermark_input),
        )


@dataclass(kw_only=True, slots=True)
class Watermark:
    """Watermark to be added to the recording.

    Attributes:
        url: URL of the watermark image.
        size: Size of the watermark.
        position: Position of the watermark.
            Server default when omitted: ``"left top"``.
    """

    url: str | None = None
    size: WatermarkSize | None = None
    position: (
        WatermarkPosition | Literal["right bottom", "right top", "left bottom", "left top"] | None
    ) = None

    def __post_init__(self) -> None:
        # Plain dicts given for nested models (``Model(**data)``) become models, checked as
        # from_dict checks them: a dict is never kept, sent, or shown (secrets) as it is.
        if isinstance(self.size, dict):
            self.size = model_from(WatermarkSize, self.size, "size")

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.url is not None:
            data["url"] = self.url
        if self.size is not None:
            data["size"] = encode(self.size, request)
        if self.position is not None:
            data["position"] = encode(self.position, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Watermark:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_watermark(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> Watermark:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _WATERMARK_FIELDS.issuperset(data):
            unknown_fields(data, _WATERMARK_FIELDS, path)
        return cls(
            url=optional(data, "url", path, decode_str),
            size=optional(data, "size", path, _decode_watermark_size_input),
            position=optional(data, "position", path, _decode_strict_watermark_position),
        )


@dataclass(kw_only=True, slots=True)
class WatermarkSize:
    """Size of the watermark.

    Attributes:
        height: Height of the watermark in px.
        width: Width of the watermark in px.
    """

    height: int | None = None
    width: int | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.height is not None:
            data["height"] = self.height
        if self.width is not None:
            data["width"] = self.width
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> WatermarkSize:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_watermark_size(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> WatermarkSize:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _WATERMARK_SIZE_FIELDS.issuperset(data):
            unknown_fields(data, _WATERMARK_SIZE_FIELDS, path)
        return cls(
            height=optional(data, "height", path, decode_int),
            width=optional(data, "width", path, decode_int),
        )


@dataclass(kw_only=True, slots=True)
class InteractiveConfig:
    """Timed metadata added to the recording, presented as ID3 tags on the HLS playback timeline.

    Attributes:
        type: The metadata is presented in the form of ID3 tags.
    """

    type: InteractiveConfigType | Literal["ID3"] | None = None

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.type is not None:
            data["type"] = encode(self.type, request)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> InteractiveConfig:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_interactive_config(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> InteractiveConfig:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _INTERACTIVE_CONFIG_FIELDS.issuperset(data):
            unknown_fields(data, _INTERACTIVE_CONFIG_FIELDS, path)
        return cls(
            type=optional(data, "type", path, _decode_strict_interactive_config_type),
        )


@dataclass(kw_only=True, slots=True)
class StartRecordingResponse:
    """Successful response of "Start recording", wrapping the started recording.

    Attributes:
        success: Always true for a successful response.
        data: The recording that was started.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    success: bool
    data: Recording
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["success"] = self.success
        data["data"] = encode(self.data, request)
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
            success=required(data, "success", path, decode_bool),
            data=required(data, "data", path, _decode_recording),
            extra=extra_fields(data, _START_RECORDING_RESPONSE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class RecordingResponse:
    """A successful response wrapping one recording.

    Attributes:
        success: Always true for a successful response.
        data: The recording.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    success: bool
    data: Recording
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["success"] = self.success
        data["data"] = encode(self.data, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> RecordingResponse:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> RecordingResponse:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            success=required(data, "success", path, decode_bool),
            data=required(data, "data", path, _decode_recording),
            extra=extra_fields(data, _RECORDING_RESPONSE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class ListRecordingsResponse:
    """One page of recordings.

    Attributes:
        success: Always true for a successful response.
        data: The recordings of this page.
        paging: Where this page lies in the whole list.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    success: bool
    data: list[Recording]
    paging: Paging
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["success"] = self.success
        data["data"] = encode(self.data, request)
        data["paging"] = encode(self.paging, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ListRecordingsResponse:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> ListRecordingsResponse:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            success=required(data, "success", path, decode_bool),
            data=required(data, "data", path, _decode_list_recording),
            paging=required(data, "paging", path, _decode_paging),
            extra=extra_fields(data, _LIST_RECORDINGS_RESPONSE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Paging:
    """Where a page lies in the whole list.

    Attributes:
        total_count: How many items the whole list holds.
        start_offset: Position of the page's first item in the whole list, counted from 1.
        end_offset: Position of the page's last item in the whole list, counted from 1.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    total_count: int
    start_offset: int
    end_offset: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["total_count"] = self.total_count
        data["start_offset"] = self.start_offset
        data["end_offset"] = self.end_offset
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Paging:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Paging:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            total_count=required(data, "total_count", path, decode_int),
            start_offset=required(data, "start_offset", path, decode_int),
            end_offset=required(data, "end_offset", path, decode_int),
            extra=extra_fields(data, _PAGING_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class UpdateRecordingRequest:
    """What to do with a recording.

    Attributes:
        action: Pause, resume or stop the recording.
    """

    action: RecordingAction | Literal["stop", "pause", "resume"]

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["action"] = encode(self.action, request)
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
            action=required(data, "action", path, _decode_strict_recording_action),
        )


@dataclass(kw_only=True, slots=True)
class Recording:
    """A recording of a RealtimeKit meeting.

    Attributes:
        id: ID of the recording.
        download_url: URL to download the recording from; null until it is uploaded, or when
            realtimekit_bucket_config.enabled is false.
        audio_download_url: URL to download the separately exported audio file from; null if there
            is none.
        download_url_expiry: When the download URLs expire.
        file_size: Size of the recording file in bytes.
        session_id: ID of the meeting session that was recorded.
        output_file_name: File name of the recording.
        status: Current status of the recording.
        invoked_time: When the recording was requested.
        started_time: When the recording actually started; null until then.
        stopped_time: When the recording stopped; null while it is running.
        recording_duration: Duration of the recording in seconds.
        start_reason: Why and by whom the recording was started.
        stop_reason: Why and by whom the recording was stopped.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    download_url: str | None
    audio_download_url: str | None
    download_url_expiry: datetime | None
    file_size: float | None
    session_id: str | None
    output_file_name: str
    status: RecordingStatus
    invoked_time: datetime
    started_time: datetime | None
    stopped_time: datetime | None
    recording_duration: int | None = None
    start_reason: StartReason | None = None
    stop_reason: StopReason | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["download_url"] = self.download_url
        data["audio_download_url"] = self.audio_download_url
        data["download_url_expiry"] = encode(self.download_url_expiry, request)
        data["file_size"] = self.file_size
        data["session_id"] = self.session_id
        data["output_file_name"] = self.output_file_name
        data["status"] = encode(self.status, request)
        data["invoked_time"] = encode(self.invoked_time, request)
        data["started_time"] = encode(self.started_time, request)
        data["stopped_time"] = encode(self.stopped_time, request)
        if self.recording_duration is not None:
            data["recording_duration"] = self.recording_duration
        if self.start_reason is not None:
            data["start_reason"] = encode(self.start_reason, request)
        if self.stop_reason is not None:
            data["stop_reason"] = encode(self.stop_reason, request)
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
            download_url=required_nullable(data, "download_url", path, decode_str),
            audio_download_url=required_nullable(data, "audio_download_url", path, decode_str),
            download_url_expiry=required_nullable(
                data, "download_url_expiry", path, decode_datetime
            ),
            file_size=required_nullable(data, "file_size", path, decode_float),
            session_id=required_nullable(data, "session_id", path, decode_str),
            output_file_name=required(data, "output_file_name", path, decode_str),
            status=required(data, "status", path, _decode_recording_status),
            invoked_time=required(data, "invoked_time", path, decode_datetime),
            started_time=required_nullable(data, "started_time", path, decode_datetime),
            stopped_time=required_nullable(data, "stopped_time", path, decode_datetime),
            recording_duration=optional(data, "recording_duration", path, decode_int),
            start_reason=optional(data, "start_reason", path, _decode_start_reason),
            stop_reason=optional(data, "stop_reason", path, _decode_stop_reason),
            extra=extra_fields(data, _RECORDING_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class StartReason:
    """Why and by whom a recording was started.

    Attributes:
        reason: What started the recording.
        caller: Who started the recording.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    reason: StartReasonType | None = None
    caller: Caller | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.reason is not None:
            data["reason"] = encode(self.reason, request)
        if self.caller is not None:
            data["caller"] = encode(self.caller, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> StartReason:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> StartReason:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            reason=optional(data, "reason", path, _decode_start_reason_type),
            caller=optional(data, "caller", path, _decode_caller),
            extra=extra_fields(data, _START_REASON_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class StopReason:
    """Why and by whom a recording was stopped.

    Attributes:
        reason: What stopped the recording.
        caller: Who stopped the recording.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    reason: StopReasonType | None = None
    caller: Caller | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.reason is not None:
            data["reason"] = encode(self.reason, request)
        if self.caller is not None:
            data["caller"] = encode(self.caller, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> StopReason:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> StopReason:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            reason=optional(data, "reason", path, _decode_stop_reason_type),
            caller=optional(data, "caller", path, _decode_caller),
            extra=extra_fields(data, _STOP_REASON_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Caller:
    """The organization or user that started or stopped a recording.

    Attributes:
        name: Name of the caller.
        type: Whether the caller is an organization or a user.
        user_id: ID of the calling user or organization.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    name: str | None = None
    type: CallerType | None = None
    user_id: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.name is not None:
            data["name"] = self.name
        if self.type is not None:
            data["type"] = encode(self.type, request)
        if self.user_id is not None:
            data["user_Id"] = self.user_id
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Caller:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Caller:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            name=optional(data, "name", path, decode_str),
            type=optional(data, "type", path, _decode_caller_type),
            user_id=optional(data, "user_Id", path, decode_str),
            extra=extra_fields(data, _CALLER_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class ErrorResponse:
    """Body of every error response.

    Attributes:
        success: Always false for an error response.
        error: What went wrong.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    success: bool
    error: ErrorDetail
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["success"] = self.success
        data["error"] = encode(self.error, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ErrorResponse:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> ErrorResponse:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            success=required(data, "success", path, decode_bool),
            error=required(data, "error", path, _decode_error_detail),
            extra=extra_fields(data, _ERROR_RESPONSE_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class ErrorDetail:
    """Code and message of an error.

    Attributes:
        code: Error code (usually the HTTP status code).
        message: Human-readable description of the error.
        extra: Fields the API sent that this version of the package does not know yet.
    """

    code: int
    message: str
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["code"] = self.code
        data["message"] = self.message
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ErrorDetail:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> ErrorDetail:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            code=required(data, "code", path, decode_int),
            message=required(data, "message", path, decode_str),
            extra=extra_fields(data, _ERROR_DETAIL_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_START_RECORDING_REQUEST_FIELDS: frozenset[str] = frozenset(
    [
        "url",
        "audio_config",
        "realtimekit_bucket_config",
        "rtmp_out_config",
        "allow_multiple_recordings",
        "storage_config",
        "video_config",
        "file_name_prefix",
        "max_seconds",
        "meeting_id",
        "interactive_config",
    ]
)
_decode_audio_config_input = object_decoder(AudioConfig._from_input)
_decode_realtimekit_bucket_config_input = object_decoder(RealtimekitBucketConfig._from_input)
_decode_rtmp_out_config_input = object_decoder(RtmpOutConfig._from_input)
_decode_storage_config_input = object_decoder(StorageConfig._from_input)
_decode_video_config_input = object_decoder(VideoConfig._from_input)
_decode_interactive_config_input = object_decoder(InteractiveConfig._from_input)
_AUDIO_CONFIG_FIELDS: frozenset[str] = frozenset(["export_file", "channel", "codec"])
_decode_strict_audio_channel = strict_enum_decoder(AudioChannel)
_decode_strict_audio_codec = strict_enum_decoder(AudioCodec)
_REALTIMEKIT_BUCKET_CONFIG_FIELDS: frozenset[str] = frozenset(["enabled"])
_RTMP_OUT_CONFIG_FIELDS: frozenset[str] = frozenset(["rtmp_url"])
_STORAGE_CONFIG_FIELDS: frozenset[str] = frozenset(
    [
        "type",
        "bucket",
        "region",
        "path",
        "access_key",
        "secret",
        "auth_method",
        "username",
        "password",
        "host",
        "port",
        "private_key",
    ]
)
_decode_strict_storage_type = strict_enum_decoder(StorageType)
_decode_strict_storage_auth_method = strict_enum_decoder(StorageAuthMethod)
_VIDEO_CONFIG_FIELDS: frozenset[str] = frozenset(
    ["export_file", "height", "width", "codec", "watermark"]
)
_decode_strict_video_codec = strict_enum_decoder(VideoCodec)
_decode_watermark_input = object_decoder(Watermark._from_input)
_WATERMARK_FIELDS: frozenset[str] = frozenset(["url", "size", "position"])
_decode_watermark_size_input = object_decoder(WatermarkSize._from_input)
_decode_strict_watermark_position = strict_enum_decoder(WatermarkPosition)
_WATERMARK_SIZE_FIELDS: frozenset[str] = frozenset(["height", "width"])
_INTERACTIVE_CONFIG_FIELDS: frozenset[str] = frozenset(["type"])
_decode_strict_interactive_config_type = strict_enum_decoder(InteractiveConfigType)
_decode_recording = object_decoder(Recording._from_json)
_START_RECORDING_RESPONSE_FIELDS: frozenset[str] = frozenset(["success", "data"])
_RECORDING_RESPONSE_FIELDS: frozenset[str] = frozenset(["success", "data"])
_decode_list_recording = list_decoder(object_decoder(Recording._from_json))
_decode_paging = object_decoder(Paging._from_json)
_LIST_RECORDINGS_RESPONSE_FIELDS: frozenset[str] = frozenset(["success", "data", "paging"])
_PAGING_FIELDS: frozenset[str] = frozenset(["total_count", "start_offset", "end_offset"])
_UPDATE_RECORDING_REQUEST_FIELDS: frozenset[str] = frozenset(["action"])
_decode_strict_recording_action = strict_enum_decoder(RecordingAction)
_decode_recording_status = enum_decoder(RecordingStatus)
_decode_start_reason = object_decoder(StartReason._from_json)
_decode_stop_reason = object_decoder(StopReason._from_json)
_RECORDING_FIELDS: frozenset[str] = frozenset(
    [
        "id",
        "download_url",
        "audio_download_url",
        "download_url_expiry",
        "file_size",
        "session_id",
        "output_file_name",
        "status",
        "invoked_time",
        "started_time",
        "stopped_time",
        "recording_duration",
        "start_reason",
        "stop_reason",
    ]
)
_decode_start_reason_type = enum_decoder(StartReasonType)
_decode_caller = object_decoder(Caller._from_json)
_START_REASON_FIELDS: frozenset[str] = frozenset(["reason", "caller"])
_decode_stop_reason_type = enum_decoder(StopReasonType)
_STOP_REASON_FIELDS: frozenset[str] = frozenset(["reason", "caller"])
_decode_caller_type = enum_decoder(CallerType)
_CALLER_FIELDS: frozenset[str] = frozenset(["name", "type", "user_Id"])
_decode_error_detail = object_decoder(ErrorDetail._from_json)
_ERROR_RESPONSE_FIELDS: frozenset[str] = frozenset(["success", "error"])
_ERROR_DETAIL_FIELDS: frozenset[str] = frozenset(["code", "message"])
