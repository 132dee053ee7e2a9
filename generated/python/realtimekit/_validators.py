# Generated from spec/openapi.yaml by sdkgen 0.1.0. Do not edit.
"""Request validation compiled from the spec's JSON Schemas into plain Python.

Each function appends one ``"json.path: what is wrong"`` message per violation to ``errors``;
the client raises them all together as a ValidationError before any network I/O.
"""

_TEXT_1 = " is not one of 'gcs', 'sftp', 'aws', 'azure', 'digitalocean'"
_TEXT_2 = " is not one of 'right bottom', 'right top', 'left bottom', 'left top'"
_TEXT_3 = " is not one of 'INVOKED', 'RECORDING', 'UPLOADING', 'UPLOADED', 'ERRORED', 'PAUSED'"
_TEXT_4 = " is not one of 'API_CALL', 'INTERNAL_ERROR', 'ALL_PEERS_LEFT'"
_AUDIO_CHANNEL_ENUM = frozenset({"stereo", "mono"})
_AUDIO_CODEC_ENUM = frozenset({"MP3", "AAC"})
_STORAGE_CONFIG_TYPE_ENUM = frozenset({"aws", "azure", "digitalocean"})
_STORAGE_TYPE_ENUM = frozenset({"gcs", "sftp", "aws", "azure", "digitalocean"})
_STORAGE_AUTH_METHOD_ENUM = frozenset({"PASSWORD", "KEY"})
_VIDEO_CODEC_ENUM = frozenset({"VP8", "H264"})
_WATERMARK_POSITION_ENUM = frozenset({"right bottom", "right top", "left bottom", "left top"})
_INTERACTIVE_CONFIG_TYPE_ENUM = frozenset({"ID3"})
_RECORDING_ACTION_ENUM = frozenset({"stop", "pause", "resume"})
_RECORDING_SORT_FIELD_ENUM = frozenset({"invokedTime"})
_SORT_ORDER_ENUM = frozenset({"ASC", "DESC"})
_RECORDING_STATUS_ENUM = frozenset(
    {"INVOKED", "RECORDING", "UPLOADING", "UPLOADED", "ERRORED", "PAUSED"}
)
_START_REASON_TYPE_ENUM = frozenset({"API_CALL", "RECORD_ON_START"})
_STOP_REASON_TYPE_ENUM = frozenset({"API_CALL", "INTERNAL_ERROR", "ALL_PEERS_LEFT"})
_CALLER_TYPE_ENUM = frozenset({"ORGANIZATION", "USER"})


def _at(path: str, key: object) -> str:
    """The path of property ``key`` of the object at ``path`` (``""`` is the root)."""
    return f"{path}.{key}" if path else str(key)


def _report(errors: list[str], path: str, message: str) -> None:
    errors.append(f"{path}: {message}" if path else message)


def _show(value: object) -> str:
    """A short repr for messages; containers are elided because they may hold secrets."""
    if isinstance(value, dict):
        return "{...}" if value else "{}"
    if isinstance(value, list):
        return "[...]" if value else "[]"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _is_number(value: object) -> bool:
    """JSON Schema's number: an int or a float, never a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_integer(value: object) -> bool:
    """JSON Schema's integer: 3 and 3.0, never True."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def validate_start_recording_request(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StartRecordingRequest."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "url" in value:
            value_1 = value["url"]
            path_1 = _at(path, "url")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "audio_config" in value:
            validate_audio_config(value["audio_config"], _at(path, "audio_config"), errors)
        if "realtimekit_bucket_config" in value:
            validate_realtimekit_bucket_config(
                value["realtimekit_bucket_config"], _at(path, "realtimekit_bucket_config"), errors
            )
        if "rtmp_out_config" in value:
            validate_rtmp_out_config(value["rtmp_out_config"], _at(path, "rtmp_out_config"), errors)
        if "allow_multiple_recordings" in value:
            value_2 = value["allow_multiple_recordings"]
            path_2 = _at(path, "allow_multiple_recordings")
            if not isinstance(value_2, bool):
                _report(errors, path_2, _show(value_2) + " is not of type 'boolean'")
        if "storage_config" in value:
            validate_storage_config(value["storage_config"], _at(path, "storage_config"), errors)
        if "video_config" in value:
            validate_video_config(value["video_config"], _at(path, "video_config"), errors)
        if "file_name_prefix" in value:
            value_3 = value["file_name_prefix"]
            path_3 = _at(path, "file_name_prefix")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
        if "max_seconds" in value:
            value_4 = value["max_seconds"]
            path_4 = _at(path, "max_seconds")
            if not _is_integer(value_4):
                _report(errors, path_4, _show(value_4) + " is not of type 'integer'")
            if isinstance(value_4, (int, float)) and not isinstance(value_4, bool):
                if value_4 < 60:
                    _report(errors, path_4, _show(value_4) + " is less than the minimum of 60")
                if value_4 > 86400:
                    _report(
                        errors, path_4, _show(value_4) + " is greater than the maximum of 86400"
                    )
        if "meeting_id" in value:
            value_5 = value["meeting_id"]
            path_5 = _at(path, "meeting_id")
            if not isinstance(value_5, str):
                _report(errors, path_5, _show(value_5) + " is not of type 'string'")
        if "interactive_config" in value:
            validate_interactive_config(
                value["interactive_config"], _at(path, "interactive_config"), errors
            )
    if (
        _matches_start_recording_request_1(value)
        and isinstance(value, dict)
        and "audio_config" in value
    ):
        value_6 = value["audio_config"]
        path_6 = _at(path, "audio_config")
        if _matches_start_recording_request_2(value_6):
            errors.append(
                "`"
                + _at(path_6, "codec")
                + "` must not be set because `"
                + (f"{path}." if path else "")
                + "video_config.codec` is `VP8`"
            )


def _matches_start_recording_request_1(value: object) -> bool:
    """Whether ``value`` matches StartRecordingRequest/allOf/0/if."""
    errors: list[str] = []
    path = ""
    if isinstance(value, dict):
        if "video_config" not in value:
            _report(errors, path, "'video_config' is a required property")
        if "video_config" in value:
            _validate_start_recording_request_1(
                value["video_config"], _at(path, "video_config"), errors
            )
    return not errors


def _validate_start_recording_request_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against .../allOf/0/if/properties/video_config."""
    if isinstance(value, dict):
        if "codec" not in value:
            _report(errors, path, "'codec' is a required property")
        if "codec" in value:
            value_1 = value["codec"]
            path_1 = _at(path, "codec")
            if value_1 != "VP8":
                _report(errors, path_1, _show(value_1) + " is not equal to 'VP8'")


def _matches_start_recording_request_2(value: object) -> bool:
    """Whether ``value`` matches .../allOf/0/then/properties/audio_config/not."""
    errors: list[str] = []
    path = ""
    if isinstance(value, dict) and "codec" not in value:
        _report(errors, path, "'codec' is a required property")
    return not errors


def validate_audio_config(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as AudioConfig."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "export_file" in value:
            value_1 = value["export_file"]
            path_1 = _at(path, "export_file")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")
        if "channel" in value:
            validate_audio_channel(value["channel"], _at(path, "channel"), errors)
        if "codec" in value:
            validate_audio_codec(value["codec"], _at(path, "codec"), errors)


def validate_audio_channel(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as AudioChannel."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _AUDIO_CHANNEL_ENUM:
        _report(errors, path, _show(value) + " is not one of 'stereo', 'mono'")


def validate_audio_codec(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as AudioCodec."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _AUDIO_CODEC_ENUM:
        _report(errors, path, _show(value) + " is not one of 'MP3', 'AAC'")


def validate_realtimekit_bucket_config(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as RealtimekitBucketConfig."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "enabled" not in value:
            _report(errors, path, "'enabled' is a required property")
        if "enabled" in value:
            value_1 = value["enabled"]
            path_1 = _at(path, "enabled")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")


def validate_rtmp_out_config(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as RtmpOutConfig."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "rtmp_url" in value:
            value_1 = value["rtmp_url"]
            path_1 = _at(path, "rtmp_url")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")


def validate_storage_config(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StorageConfig."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "type" not in value:
            _report(errors, path, "'type' is a required property")
        if "type" in value:
            validate_storage_type(value["type"], _at(path, "type"), errors)
        if "bucket" in value:
            value_1 = value["bucket"]
            path_1 = _at(path, "bucket")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "region" in value:
            value_2 = value["region"]
            path_2 = _at(path, "region")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")
        if "path" in value:
            value_3 = value["path"]
            path_3 = _at(path, "path")
            if not isinstance(value_3, str):
                _report(errors, path_3, _show(value_3) + " is not of type 'string'")
        if "access_key" in value:
            value_4 = value["access_key"]
            path_4 = _at(path, "access_key")
            if not isinstance(value_4, str):
                _report(errors, path_4, "value is not of type 'string'")
        if "secret" in value:
            value_5 = value["secret"]
            path_5 = _at(path, "secret")
            if not isinstance(value_5, str):
                _report(errors, path_5, "value is not of type 'string'")
        if "auth_method" in value:
            validate_storage_auth_method(value["auth_method"], _at(path, "auth_method"), errors)
        if "username" in value:
            value_6 = value["username"]
            path_6 = _at(path, "username")
            if not isinstance(value_6, str):
                _report(errors, path_6, _show(value_6) + " is not of type 'string'")
        if "password" in value:
            value_7 = value["password"]
            path_7 = _at(path, "password")
            if not isinstance(value_7, str):
                _report(errors, path_7, "value is not of type 'string'")
        if "host" in value:
            value_8 = value["host"]
            path_8 = _at(path, "host")
            if not isinstance(value_8, str):
                _report(errors, path_8, _show(value_8) + " is not of type 'string'")
        if "port" in value:
            value_9 = value["port"]
            path_9 = _at(path, "port")
            if not _is_integer(value_9):
                _report(errors, path_9, _show(value_9) + " is not of type 'integer'")
            if isinstance(value_9, (int, float)) and not isinstance(value_9, bool):
                if value_9 < 1:
                    _report(errors, path_9, _show(value_9) + " is less than the minimum of 1")
                if value_9 > 65535:
                    _report(
                        errors, path_9, _show(value_9) + " is greater than the maximum of 65535"
                    )
        if "private_key" in value:
            value_10 = value["private_key"]
            path_10 = _at(path, "private_key")
            if not isinstance(value_10, str):
                _report(errors, path_10, "value is not of type 'string'")
    if _matches_storage_config_1(value) and isinstance(value, dict) and "access_key" not in value:
        errors.append(
            "`"
            + _at(path, "access_key")
            + "` is required because `"
            + (f"{path}." if path else "")
            + "type` is `aws`, `azure` or `digitalocean`"
        )
    if _matches_storage_config_2(value) and isinstance(value, dict) and "private_key" not in value:
        errors.append(
            "`"
            + _at(path, "private_key")
            + "` is required because `"
            + (f"{path}." if path else "")
            + "auth_method` is `KEY`"
        )
    if _matches_storage_config_3(value) and isinstance(value, dict) and "password" not in value:
        errors.append(
            "`"
            + _at(path, "password")
            + "` is required because `"
            + (f"{path}." if path else "")
            + "auth_method` is `PASSWORD`"
        )


def _matches_storage_config_1(value: object) -> bool:
    """Whether ``value`` matches StorageConfig/allOf/0/if."""
    errors: list[str] = []
    path = ""
    if isinstance(value, dict):
        if "type" not in value:
            _report(errors, path, "'type' is a required property")
        if "type" in value:
            value_1 = value["type"]
            path_1 = _at(path, "type")
            if not isinstance(value_1, str) or value_1 not in _STORAGE_CONFIG_TYPE_ENUM:
                _report(
                    errors, path_1, _show(value_1) + " is not one of 'aws', 'azure', 'digitalocean'"
                )
    return not errors


def _matches_storage_config_2(value: object) -> bool:
    """Whether ``value`` matches StorageConfig/allOf/1/if."""
    errors: list[str] = []
    path = ""
    if isinstance(value, dict):
        if "auth_method" not in value:
            _report(errors, path, "'auth_method' is a required property")
        if "auth_method" in value:
            value_1 = value["auth_method"]
            path_1 = _at(path, "auth_method")
            if value_1 != "KEY":
                _report(errors, path_1, _show(value_1) + " is not equal to 'KEY'")
    return not errors


def _matches_storage_config_3(value: object) -> bool:
    """Whether ``value`` matches StorageConfig/allOf/2/if."""
    errors: list[str] = []
    path = ""
    if isinstance(value, dict):
        if "auth_method" not in value:
            _report(errors, path, "'auth_method' is a required property")
        if "auth_method" in value:
            value_1 = value["auth_method"]
            path_1 = _at(path, "auth_method")
            if value_1 != "PASSWORD":
                _report(errors, path_1, _show(value_1) + " is not equal to 'PASSWORD'")
    return not errors


def validate_storage_type(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StorageType."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _STORAGE_TYPE_ENUM:
        _report(errors, path, _show(value) + _TEXT_1)


def validate_storage_auth_method(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StorageAuthMethod."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _STORAGE_AUTH_METHOD_ENUM:
        _report(errors, path, _show(value) + " is not one of 'PASSWORD', 'KEY'")


def validate_video_config(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as VideoConfig."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "export_file" in value:
            value_1 = value["export_file"]
            path_1 = _at(path, "export_file")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")
        if "height" in value:
            value_2 = value["height"]
            path_2 = _at(path, "height")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool):
                if value_2 < 1:
                    _report(errors, path_2, _show(value_2) + " is less than the minimum of 1")
                if value_2 > 1920:
                    _report(errors, path_2, _show(value_2) + " is greater than the maximum of 1920")
        if "width" in value:
            value_3 = value["width"]
            path_3 = _at(path, "width")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")
            if isinstance(value_3, (int, float)) and not isinstance(value_3, bool):
                if value_3 < 1:
                    _report(errors, path_3, _show(value_3) + " is less than the minimum of 1")
                if value_3 > 1920:
                    _report(errors, path_3, _show(value_3) + " is greater than the maximum of 1920")
        if "codec" in value:
            validate_video_codec(value["codec"], _at(path, "codec"), errors)
        if "watermark" in value:
            validate_watermark(value["watermark"], _at(path, "watermark"), errors)


def validate_video_codec(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as VideoCodec."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _VIDEO_CODEC_ENUM:
        _report(errors, path, _show(value) + " is not one of 'VP8', 'H264'")


def validate_watermark(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Watermark."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "url" in value:
            value_1 = value["url"]
            path_1 = _at(path, "url")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "size" in value:
            validate_watermark_size(value["size"], _at(path, "size"), errors)
        if "position" in value:
            validate_watermark_position(value["position"], _at(path, "position"), errors)


def validate_watermark_size(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as WatermarkSize."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "height" in value:
            value_1 = value["height"]
            path_1 = _at(path, "height")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 < 1:
                _report(errors, path_1, _show(value_1) + " is less than the minimum of 1")
        if "width" in value:
            value_2 = value["width"]
            path_2 = _at(path, "width")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 < 1:
                _report(errors, path_2, _show(value_2) + " is less than the minimum of 1")


def validate_watermark_position(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as WatermarkPosition."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _WATERMARK_POSITION_ENUM:
        _report(errors, path, _show(value) + _TEXT_2)


def validate_interactive_config(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as InteractiveConfig."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "type" in value:
            validate_interactive_config_type(value["type"], _at(path, "type"), errors)


def validate_interactive_config_type(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as InteractiveConfigType."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _INTERACTIVE_CONFIG_TYPE_ENUM:
        _report(errors, path, _show(value) + " is not one of 'ID3'")


def validate_start_recording_response(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StartRecordingResponse."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "success" not in value:
            _report(errors, path, "'success' is a required property")
        if "data" not in value:
            _report(errors, path, "'data' is a required property")
        if "success" in value:
            value_1 = value["success"]
            path_1 = _at(path, "success")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")
        if "data" in value:
            validate_recording(value["data"], _at(path, "data"), errors)


def validate_recording_response(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as RecordingResponse."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "success" not in value:
            _report(errors, path, "'success' is a required property")
        if "data" not in value:
            _report(errors, path, "'data' is a required property")
        if "success" in value:
            value_1 = value["success"]
            path_1 = _at(path, "success")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")
        if "data" in value:
            validate_recording(value["data"], _at(path, "data"), errors)


def validate_list_recordings_response(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ListRecordingsResponse."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "success" not in value:
            _report(errors, path, "'success' is a required property")
        if "data" not in value:
            _report(errors, path, "'data' is a required property")
        if "paging" not in value:
            _report(errors, path, "'paging' is a required property")
        if "success" in value:
            value_1 = value["success"]
            path_1 = _at(path, "success")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")
        if "data" in value:
            _validate_list_recordings_response_1(value["data"], _at(path, "data"), errors)
        if "paging" in value:
            validate_paging(value["paging"], _at(path, "paging"), errors)


def _validate_list_recordings_response_1(value: object, path: str, errors: list[str]) -> None:
    """Check ``value`` against ListRecordingsResponse/properties/data."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_recording(value_1, f"{path}[{index_1}]", errors)


def validate_paging(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Paging."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "total_count" not in value:
            _report(errors, path, "'total_count' is a required property")
        if "start_offset" not in value:
            _report(errors, path, "'start_offset' is a required property")
        if "end_offset" not in value:
            _report(errors, path, "'end_offset' is a required property")
        if "total_count" in value:
            value_1 = value["total_count"]
            path_1 = _at(path, "total_count")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
            if isinstance(value_1, (int, float)) and not isinstance(value_1, bool) and value_1 < 0:
                _report(errors, path_1, _show(value_1) + " is less than the minimum of 0")
        if "start_offset" in value:
            value_2 = value["start_offset"]
            path_2 = _at(path, "start_offset")
            if not _is_integer(value_2):
                _report(errors, path_2, _show(value_2) + " is not of type 'integer'")
            if isinstance(value_2, (int, float)) and not isinstance(value_2, bool) and value_2 < 0:
                _report(errors, path_2, _show(value_2) + " is less than the minimum of 0")
        if "end_offset" in value:
            value_3 = value["end_offset"]
            path_3 = _at(path, "end_offset")
            if not _is_integer(value_3):
                _report(errors, path_3, _show(value_3) + " is not of type 'integer'")
            if isinstance(value_3, (int, float)) and not isinstance(value_3, bool) and value_3 < 0:
                _report(errors, path_3, _show(value_3) + " is less than the minimum of 0")


def validate_update_recording_request(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as UpdateRecordingRequest."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "action" not in value:
            _report(errors, path, "'action' is a required property")
        if "action" in value:
            validate_recording_action(value["action"], _at(path, "action"), errors)


def validate_recording_action(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as RecordingAction."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _RECORDING_ACTION_ENUM:
        _report(errors, path, _show(value) + " is not one of 'stop', 'pause', 'resume'")


def validate_recording_sort_field(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as RecordingSortField."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _RECORDING_SORT_FIELD_ENUM:
        _report(errors, path, _show(value) + " is not one of 'invokedTime'")


def validate_sort_order(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as SortOrder."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _SORT_ORDER_ENUM:
        _report(errors, path, _show(value) + " is not one of 'ASC', 'DESC'")


def validate_recording(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Recording."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "id" not in value:
            _report(errors, path, "'id' is a required property")
        if "status" not in value:
            _report(errors, path, "'status' is a required property")
        if "invoked_time" not in value:
            _report(errors, path, "'invoked_time' is a required property")
        if "output_file_name" not in value:
            _report(errors, path, "'output_file_name' is a required property")
        if "download_url" not in value:
            _report(errors, path, "'download_url' is a required property")
        if "audio_download_url" not in value:
            _report(errors, path, "'audio_download_url' is a required property")
        if "download_url_expiry" not in value:
            _report(errors, path, "'download_url_expiry' is a required property")
        if "file_size" not in value:
            _report(errors, path, "'file_size' is a required property")
        if "session_id" not in value:
            _report(errors, path, "'session_id' is a required property")
        if "started_time" not in value:
            _report(errors, path, "'started_time' is a required property")
        if "stopped_time" not in value:
            _report(errors, path, "'stopped_time' is a required property")
        if "id" in value:
            value_1 = value["id"]
            path_1 = _at(path, "id")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "download_url" in value:
            value_2 = value["download_url"]
            path_2 = _at(path, "download_url")
            if not (isinstance(value_2, str) or value_2 is None):
                _report(errors, path_2, _show(value_2) + " is not of type 'string', 'null'")
        if "audio_download_url" in value:
            value_3 = value["audio_download_url"]
            path_3 = _at(path, "audio_download_url")
            if not (isinstance(value_3, str) or value_3 is None):
                _report(errors, path_3, _show(value_3) + " is not of type 'string', 'null'")
        if "download_url_expiry" in value:
            value_4 = value["download_url_expiry"]
            path_4 = _at(path, "download_url_expiry")
            if not (isinstance(value_4, str) or value_4 is None):
                _report(errors, path_4, _show(value_4) + " is not of type 'string', 'null'")
        if "file_size" in value:
            value_5 = value["file_size"]
            path_5 = _at(path, "file_size")
            if not (_is_number(value_5) or value_5 is None):
                _report(errors, path_5, _show(value_5) + " is not of type 'number', 'null'")
        if "session_id" in value:
            value_6 = value["session_id"]
            path_6 = _at(path, "session_id")
            if not (isinstance(value_6, str) or value_6 is None):
                _report(errors, path_6, _show(value_6) + " is not of type 'string', 'null'")
        if "output_file_name" in value:
            value_7 = value["output_file_name"]
            path_7 = _at(path, "output_file_name")
            if not isinstance(value_7, str):
                _report(errors, path_7, _show(value_7) + " is not of type 'string'")
        if "status" in value:
            validate_recording_status(value["status"], _at(path, "status"), errors)
        if "invoked_time" in value:
            value_8 = value["invoked_time"]
            path_8 = _at(path, "invoked_time")
            if not isinstance(value_8, str):
                _report(errors, path_8, _show(value_8) + " is not of type 'string'")
        if "started_time" in value:
            value_9 = value["started_time"]
            path_9 = _at(path, "started_time")
            if not (isinstance(value_9, str) or value_9 is None):
                _report(errors, path_9, _show(value_9) + " is not of type 'string', 'null'")
        if "stopped_time" in value:
            value_10 = value["stopped_time"]
            path_10 = _at(path, "stopped_time")
            if not (isinstance(value_10, str) or value_10 is None):
                _report(errors, path_10, _show(value_10) + " is not of type 'string', 'null'")
        if "recording_duration" in value:
            value_11 = value["recording_duration"]
            path_11 = _at(path, "recording_duration")
            if not _is_integer(value_11):
                _report(errors, path_11, _show(value_11) + " is not of type 'integer'")
        if "start_reason" in value:
            validate_start_reason(value["start_reason"], _at(path, "start_reason"), errors)
        if "stop_reason" in value:
            validate_stop_reason(value["stop_reason"], _at(path, "stop_reason"), errors)


def validate_recording_status(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as RecordingStatus."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _RECORDING_STATUS_ENUM:
        _report(errors, path, _show(value) + _TEXT_3)


def validate_start_reason(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StartReason."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "reason" in value:
            validate_start_reason_type(value["reason"], _at(path, "reason"), errors)
        if "caller" in value:
            validate_caller(value["caller"], _at(path, "caller"), errors)


def validate_start_reason_type(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StartReasonType."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _START_REASON_TYPE_ENUM:
        _report(errors, path, _show(value) + " is not one of 'API_CALL', 'RECORD_ON_START'")


def validate_stop_reason(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StopReason."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "reason" in value:
            validate_stop_reason_type(value["reason"], _at(path, "reason"), errors)
        if "caller" in value:
            validate_caller(value["caller"], _at(path, "caller"), errors)


def validate_stop_reason_type(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as StopReasonType."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _STOP_REASON_TYPE_ENUM:
        _report(errors, path, _show(value) + _TEXT_4)


def validate_caller(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as Caller."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "name" in value:
            value_1 = value["name"]
            path_1 = _at(path, "name")
            if not isinstance(value_1, str):
                _report(errors, path_1, _show(value_1) + " is not of type 'string'")
        if "type" in value:
            validate_caller_type(value["type"], _at(path, "type"), errors)
        if "user_Id" in value:
            value_2 = value["user_Id"]
            path_2 = _at(path, "user_Id")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def validate_caller_type(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as CallerType."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    if not isinstance(value, str) or value not in _CALLER_TYPE_ENUM:
        _report(errors, path, _show(value) + " is not one of 'ORGANIZATION', 'USER'")


def validate_error_response(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ErrorResponse."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "success" not in value:
            _report(errors, path, "'success' is a required property")
        if "error" not in value:
            _report(errors, path, "'error' is a required property")
        if "success" in value:
            value_1 = value["success"]
            path_1 = _at(path, "success")
            if not isinstance(value_1, bool):
                _report(errors, path_1, _show(value_1) + " is not of type 'boolean'")
        if "error" in value:
            validate_error_detail(value["error"], _at(path, "error"), errors)


def validate_error_detail(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as ErrorDetail."""
    if not isinstance(value, dict):
        _report(errors, path, _show(value) + " is not of type 'object'")
    else:
        if "code" not in value:
            _report(errors, path, "'code' is a required property")
        if "message" not in value:
            _report(errors, path, "'message' is a required property")
        if "code" in value:
            value_1 = value["code"]
            path_1 = _at(path, "code")
            if not _is_integer(value_1):
                _report(errors, path_1, _show(value_1) + " is not of type 'integer'")
        if "message" in value:
            value_2 = value["message"]
            path_2 = _at(path, "message")
            if not isinstance(value_2, str):
                _report(errors, path_2, _show(value_2) + " is not of type 'string'")


def _validate_list_recordings_account_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    else:
        if len(value) < 1:
            _report(errors, path, _show(value) + " is shorter than the minimum length of 1")
        if len(value) > 32:
            _report(errors, path, _show(value) + " is longer than the maximum length of 32")


def _validate_list_recordings_meeting_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_list_recordings_page_no(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 1:
        _report(errors, path, _show(value) + " is less than the minimum of 1")


def _validate_list_recordings_per_page(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not _is_integer(value):
        _report(errors, path, _show(value) + " is not of type 'integer'")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 1:
        _report(errors, path, _show(value) + " is less than the minimum of 1")


def _validate_list_recordings_status(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, list):
        _report(errors, path, _show(value) + " is not of type 'array'")
    else:
        for index_1, value_1 in enumerate(value):
            validate_recording_status(value_1, f"{path}[{index_1}]", errors)


def _validate_list_recordings_sort_by(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_recording_sort_field(value, path, errors)


def _validate_list_recordings_sort_order(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_sort_order(value, path, errors)


def _validate_list_recordings_start_time(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_list_recordings_end_time(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_list_recordings_expired(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, bool):
        _report(errors, path, _show(value) + " is not of type 'boolean'")


def _validate_list_recordings_search(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def _validate_start_recording_account_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
    else:
        if len(value) < 1:
            _report(errors, path, _show(value) + " is shorter than the minimum length of 1")
        if len(value) > 32:
            _report(errors, path, _show(value) + " is longer than the maximum length of 32")


def validate_start_recording_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_start_recording_request(value, path, errors)


def _validate_get_recording_recording_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")


def validate_update_recording_body(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    validate_update_recording_request(value, path, errors)


def _validate_get_active_recording_meeting_id(value: object, path: str, errors: list[str]) -> None:
    """Append to ``errors`` what is wrong with ``value`` as a schema."""
    if not isinstance(value, str):
        _report(errors, path, _show(value) + " is not of type 'string'")
