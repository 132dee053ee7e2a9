"""openapi-spec-validator's checks in a child started before the spec is read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import spec_validator
from generator.spec_validator import Pending, start_early

ROOT = Path(__file__).resolve().parent.parent
# A path parameter that no parameter declares: openapi-spec-validator reports it.
UNRESOLVED = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {"/a/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}},
}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the early child needs fork")
def test_a_child_started_before_the_spec_is_read_finds_what_the_library_finds() -> None:
    start_early()
    assert spec_validator._EARLY and spec_validator._EARLY[0].call.pid  # really forked
    found = Pending(UNRESOLVED).result()
    assert not spec_validator._EARLY  # taken: the next Pending forks as usual
    assert found == spec_validator._findings(UNRESOLVED)
    assert found and "'id'" in found[0][1]


def test_a_command_that_stops_before_sending_the_spec_leaves_no_child() -> None:
    # validate forks the child first, then fails to read the spec: it must not wait for it,
    # and the child must not outlive it (it would hold stderr open: run() would time out).
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "missing.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "missing.yaml:1:1: error[unreadable-file]: file not found" in result.stderr
