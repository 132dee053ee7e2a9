# Generated from tests/specs/constructs/response_codes.yaml by sdkgen 0.1.0. Do not edit.
"""Request and response models of the Jobs API.

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
    OpenStrEnum,
    Unset,
    decode_int,
    decode_str,
    encode,
    enum_decoder,
    extra_fields,
    from_input,
    object_decoder,
    optional,
    required,
    unknown_fields,
)
from .errors import ValidationError

__all__ = [
    "UNSET",
    "ClientError",
    "Job",
    "JobQueued",
    "JobSpec",
    "JobState",
    "Problem",
    "ServerError",
    "ServerErrorError",
    "Unset",
]


class JobState(OpenStrEnum):
    """JobState"""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"


@dataclass(kw_only=True, slots=True)
class JobSpec:
    """JobSpec

    Attributes:
        command:
    """

    command: str

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["command"] = self.command
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> JobSpec:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: Every way ``data`` breaks the spec's rules, each with its JSON path
                (as a call reports them).
        """
        errors: list[str] = []
        _validators.validate_job_spec(data, path, errors)
        if errors:
            raise ValidationError(errors)
        return from_input(cls._from_input, data, path)

    @classmethod
    def _from_input(cls, data: Mapping[str, object], path: str) -> JobSpec:
        """Decode data a user gives, write-only fields (secrets) included."""
        if not _JOB_SPEC_FIELDS.issuperset(data):
            unknown_fields(data, _JOB_SPEC_FIELDS, path)
        return cls(
            command=required(data, "command", path, decode_str),
        )


@dataclass(kw_only=True, slots=True)
class Job:
    """Job

    Attributes:
        id:
        command:
        state:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    command: str
    state: JobState
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["command"] = self.command
        data["state"] = encode(self.state, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Job:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Job:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            command=required(data, "command", path, decode_str),
            state=required(data, "state", path, _decode_job_state),
            extra=extra_fields(data, _JOB_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class JobQueued:
    """JobQueued

    Attributes:
        id:
        position:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    id: str
    position: int
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["id"] = self.id
        data["position"] = self.position
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> JobQueued:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> JobQueued:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            id=required(data, "id", path, decode_str),
            position=required(data, "position", path, decode_int),
            extra=extra_fields(data, _JOB_QUEUED_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class ClientError:
    """ClientError

    Attributes:
        code:
        message:
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
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ClientError:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> ClientError:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            code=required(data, "code", path, decode_int),
            message=required(data, "message", path, decode_str),
            extra=extra_fields(data, _CLIENT_ERROR_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class ServerError:
    """ServerError

    Attributes:
        error:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    error: ServerErrorError
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        data["error"] = encode(self.error, request)
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ServerError:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> ServerError:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            error=required(data, "error", path, _decode_server_error_error),
            extra=extra_fields(data, _SERVER_ERROR_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class Problem:
    """Problem

    Attributes:
        type:
        title:
        status:
        detail:
        extra: Fields the API sent that this version of the package does not know yet.
    """

    type: str | None = None
    title: str
    status: int
    detail: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def to_dict(self, *, request: bool = False) -> dict[str, object]:
        """The JSON object of this model. Optional fields that were not set are left out.

        With ``request=True`` (how the client sends it), read-only fields are left out too.
        """
        data: dict[str, object] = {}
        if self.type is not None:
            data["type"] = self.type
        data["title"] = self.title
        data["status"] = self.status
        if self.detail is not None:
            data["detail"] = self.detail
        for key, value in self.extra.items():
            data.setdefault(key, value)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> Problem:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> Problem:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            type=optional(data, "type", path, decode_str),
            title=required(data, "title", path, decode_str),
            status=required(data, "status", path, decode_int),
            detail=optional(data, "detail", path, decode_str),
            extra=extra_fields(data, _PROBLEM_FIELDS),
        )


@dataclass(kw_only=True, slots=True)
class ServerErrorError:
    """ServerErrorError

    Attributes:
        code:
        message:
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
    def from_dict(cls, data: Mapping[str, object], path: str = "") -> ServerErrorError:
        """Build the model from plain data, e.g. settings kept in JSON or YAML.

        ``path`` prefixes the JSON paths in error messages.

        Raises:
            ValidationError: ``data`` does not have the model's shape.
        """
        return from_input(cls._from_json, data, path)

    @classmethod
    def _from_json(cls, data: Mapping[str, object], path: str) -> ServerErrorError:
        """Decode a response's JSON object (a mismatch is an APIResponseValidationError)."""
        return cls(
            code=required(data, "code", path, decode_int),
            message=required(data, "message", path, decode_str),
            extra=extra_fields(data, _SERVER_ERROR_ERROR_FIELDS),
        )


# Decoders and field sets of the models above, built once at import rather than on every call.
_JOB_SPEC_FIELDS: frozenset[str] = frozenset(["command"])
_decode_job_state = enum_decoder(JobState)
_JOB_FIELDS: frozenset[str] = frozenset(["id", "command", "state"])
_JOB_QUEUED_FIELDS: frozenset[str] = frozenset(["id", "position"])
_CLIENT_ERROR_FIELDS: frozenset[str] = frozenset(["code", "message"])
_decode_server_error_error = object_decoder(ServerErrorError._from_json)
_SERVER_ERROR_FIELDS: frozenset[str] = frozenset(["error"])
_PROBLEM_FIELDS: frozenset[str] = frozenset(["type", "title", "status", "detail"])
_SERVER_ERROR_ERROR_FIELDS: frozenset[str] = frozenset(["code", "message"])
