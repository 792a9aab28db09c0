"""The Windows sharing-violation retry (storage/winretry.py). The Windows error codes are
simulated here; the real ones only occur on a Windows runner (.github/workflows)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livc_desktop.storage import winretry


class WinError(OSError):
    def __init__(self, winerror: int) -> None:
        super().__init__(errno.EACCES, "simulated")
        self.winerror = winerror


class Flaky:
    """Fails with the given errors first, then returns 'done'."""

    def __init__(self, errors: list[OSError]) -> None:
        self.errors = list(errors)
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "done"


@pytest.mark.parametrize("code", sorted(winretry.TRANSIENT_WINERRORS))
def test_a_brief_sharing_violation_is_retried_until_it_clears(code):
    slept: list[float] = []
    op = Flaky([WinError(code), WinError(code)])
    assert winretry.retry_on_sharing_violation(op, windows=True, sleep=slept.append) == "done"
    assert op.calls == 3
    assert slept == list(winretry.DELAYS_S[:2])


def test_a_lasting_violation_raises_the_last_error_after_about_two_seconds():
    slept: list[float] = []
    op = Flaky([WinError(32)] * 50)
    with pytest.raises(OSError) as caught:
        winretry.retry_on_sharing_violation(op, windows=True, sleep=slept.append)
    assert caught.value.winerror == 32  # type: ignore[attr-defined]
    assert op.calls == len(winretry.DELAYS_S) + 1
    assert 1.0 < sum(slept) < 3.0


@pytest.mark.parametrize(
    "error",
    [WinError(2), WinError(112), OSError(errno.EDEADLOCK, "locked"), OSError(errno.ENOSPC, "")],
    ids=["not found", "disk full", "msvcrt lock held", "no winerror"],
)
def test_other_errors_are_raised_at_once(error):
    op = Flaky([error])
    with pytest.raises(OSError):
        winretry.retry_on_sharing_violation(op, windows=True, sleep=lambda s: None)
    assert op.calls == 1


def test_no_retry_outside_windows():
    op = Flaky([WinError(32)])
    with pytest.raises(OSError):
        winretry.retry_on_sharing_violation(op, windows=False, sleep=lambda s: None)
    assert op.calls == 1


@given(st.integers(min_value=0, max_value=len(winretry.DELAYS_S)))
def test_any_number_of_transient_failures_within_the_budget_succeeds(failures):
    op = Flaky([WinError(32)] * failures)
    assert winretry.retry_on_sharing_violation(op, windows=True, sleep=lambda s: None) == "done"
    assert op.calls == failures + 1


def test_replace_with_retry_replaces(tmp_path: Path):
    src, dst = tmp_path / "new", tmp_path / "old"
    src.write_bytes(b"new")
    dst.write_bytes(b"old")
    winretry.replace_with_retry(src, dst)
    assert dst.read_bytes() == b"new" and not src.exists()
