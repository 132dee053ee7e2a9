"""The generated models: what is sent, what is parsed, what is never shown."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import realtimekit
from hypothesis import given
from hypothesis import strategies as st
from realtimekit import UNSET, errors, models
from realtimekit.models import (
    Recording,
    RecordingStatus,
    StartRecordingRequest,
    StorageConfig,
    VideoCodec,
    VideoConfig,
    Watermark,
    WatermarkSize,
)

RECORDING = {
    "id": "2a7f3e4c-5b6d-4e8f-9a0b-1c2d3e4f5a6b",
    "status": "RECORDING",
    "output_file_name": "x.mp4",
    "download_url": None,
    "audio_download_url": None,
    "download_url_expiry": "2025-03-14T10:30:00+02:00",
    "file_size": 12.5,
    "session_id": None,
    "invoked_time": "2025-03-14T09:30:00.123Z",
    "started_time": None,
    "stopped_time": None,
}


def test_unset_optional_fields_are_omitted_and_defaults_not_sent() -> None:
    assert StartRecordingRequest().to_dict() == {}
    assert VideoConfig().to_dict() == {}  # width/height/codec defaults stay server-side


def test_false_zero_and_empty_string_are_sent() -> None:
    request = StartRecordingRequest(allow_multiple_recordings=False, file_name_prefix="")
    assert request.to_dict() == {"allow_multiple_recordings": False, "file_name_prefix": ""}
    assert WatermarkSize(width=0).to_dict() == {"width": 0}


def test_nested_models_and_enums_serialize_to_json_values() -> None:
    request = StartRecordingRequest(
        video_config=VideoConfig(
            codec=VideoCodec.VP8,
            watermark=Watermark(position="left top", size=WatermarkSize(width=10, height=5)),
        )
    )
    assert request.to_dict() == {
        "video_config": {
            "codec": "VP8",
            "watermark": {"size": {"height": 5, "width": 10}, "position": "left top"},
        }
    }


def test_enum_member_and_its_string_are_equivalent() -> None:
    assert VideoConfig(codec="H264").to_dict() == VideoConfig(codec=VideoCodec.H264).to_dict()


def test_response_parses_datetimes_with_timezones_and_nullables() -> None:
    recording = Recording.from_dict(RECORDING)
    assert recording.status is RecordingStatus.RECORDING
    assert recording.invoked_time == datetime(2025, 3, 14, 9, 30, 0, 123000, tzinfo=timezone.utc)
    assert recording.download_url_expiry == datetime(
        2025, 3, 14, 10, 30, tzinfo=timezone(timedelta(hours=2))
    )
    assert recording.download_url is None
    assert recording.file_size == 12.5
    assert recording.recording_duration is None  # optional and absent


def test_response_keeps_unknown_enum_values_and_unknown_fields() -> None:
    data = {**RECORDING, "status": "ARCHIVED", "new_field": {"a": 1}}
    recording = Recording.from_dict(data)
    assert recording.status == "ARCHIVED"
    assert recording.extra == {"new_field": {"a": 1}}
    assert recording.to_dict()["new_field"] == {"a": 1}


def test_response_round_trips() -> None:
    recording = Recording.from_dict(RECORDING)
    again = Recording.from_dict(recording.to_dict())
    assert again == recording


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": 5}, "id: expected a string, got 5"),
        ({"invoked_time": "yesterday"}, "invoked_time: expected a date-time, got 'yesterday'"),
        ({"file_size": "big"}, "file_size: expected a number, got 'big'"),
    ],
)
def test_malformed_response_raises_a_clear_error(change: dict[str, object], message: str) -> None:
    # Decoding a response (what the client does) and from_dict (what a user does) say the same,
    # each with its own exception.
    with pytest.raises(errors.APIResponseValidationError, match=message):
        Recording._from_json({**RECORDING, **change}, "")
    with pytest.raises(errors.ValidationError, match=message):
        Recording.from_dict({**RECORDING, **change})


def test_missing_required_response_field_is_named() -> None:
    data = dict(RECORDING)
    del data["status"]
    message = "status: required field is missing"
    with pytest.raises(errors.APIResponseValidationError, match=message):
        Recording._from_json(data, "")
    with pytest.raises(errors.ValidationError, match=message):
        Recording.from_dict(data)


def test_secrets_never_appear_in_repr_or_str() -> None:
    storage = StorageConfig(
        type="sftp", access_key="AK-123", secret="S-456", password="P-789", private_key="K-000"
    )
    request = StartRecordingRequest(storage_config=storage, meeting_id="m")
    for shown in (repr(storage), str(storage), repr(request), str(request)):
        for value in ("AK-123", "S-456", "P-789", "K-000"):
            assert value not in shown
    assert "access_key='***'" in repr(storage)
    assert "bucket=None" in repr(storage)
    assert "meeting_id='m'" in repr(request)


def test_unset_is_falsy_and_distinct_from_none() -> None:
    assert not UNSET
    assert UNSET is not None
    assert repr(UNSET) == "UNSET"


def test_public_names() -> None:
    assert sorted(realtimekit.__all__) == [
        "AsyncPage",
        "AsyncPager",
        "AsyncRealtimeKit",
        "ClientClosedError",
        "RealtimeKit",
        "SyncPage",
        "UNSET",
        "__version__",
    ]
    assert set(models.__all__) >= {"StartRecordingRequest", "Recording", "VideoCodec", "Unset"}
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.RealtimeKitError)
    assert issubclass(errors.ValidationError, ValueError)
    assert issubclass(realtimekit.ClientClosedError, (errors.RealtimeKitError, RuntimeError))
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.RateLimitError, errors.APIStatusError)


@given(
    moment=st.datetimes(
        min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59, 999999)
    ),
    fraction=st.sampled_from(["", ".000", ".123", ".5", ".123456789"]),
    separator=st.sampled_from(["T", "t", " "]),
    suffix=st.sampled_from(["Z", "z", "+00:00", "-0530", ""]),
)
def test_every_rfc3339_spelling_decodes_to_the_same_instant(
    moment: datetime, fraction: str, separator: str, suffix: str
) -> None:
    # The common "...Z" shapes take a faster parser; every spelling must agree with the fields.
    text = moment.strftime(f"%Y-%m-%d{separator}%H:%M:%S").rjust(19, "0") + fraction + suffix
    decoded = Recording.from_dict({**RECORDING, "invoked_time": text}).invoked_time
    micro = int((fraction[1:] or "0")[:6].ljust(6, "0"))
    offset = timedelta(0)
    if suffix[:1] in ("+", "-"):
        digits = suffix[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        offset = offset if suffix[0] == "+" else -offset
    expected = moment.replace(microsecond=micro, tzinfo=timezone(offset))
    assert decoded == expected
    assert decoded.utcoffset() == offset
