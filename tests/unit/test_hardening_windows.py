"""disable_core_dumps on Windows: which calls it makes and that it never claims a success it
did not have. The Windows DLLs are simulated (these tests run everywhere); the real calls
run on the Windows runner (.github/workflows/windows.yml)."""

from __future__ import annotations

import pytest

from livc_desktop.services import hardening


class FakeKernel32:
    def __init__(self, *, keeps_mode: bool = True, wer_flags_result: int = 0) -> None:
        self.mode = 0x8000  # SEM_NOOPENFILEERRORBOX, set by someone else: must stay
        self.keeps_mode = keeps_mode
        self.wer_flags_result = wer_flags_result
        self.wer_flags: list[int] = []

    def GetErrorMode(self) -> int:
        return self.mode

    def SetErrorMode(self, mode: int) -> int:
        previous = self.mode
        if self.keeps_mode:
            self.mode = mode
        return previous

    def WerSetFlags(self, flags: int) -> int:
        self.wer_flags.append(flags)
        return self.wer_flags_result


class FakeWer:
    def __init__(self, result: int = 0) -> None:
        self.result = result
        self.excluded: list[tuple[str, bool]] = []

    def WerAddExcludedApplication(self, name, all_users) -> int:
        self.excluded.append((name.value, all_users))
        return self.result


def loader(kernel32: FakeKernel32, wer: FakeWer | None):
    def load(name: str):
        if name == "kernel32":
            return kernel32
        if wer is None:
            raise OSError("wer.dll not found")
        return wer

    return load


def test_the_bundle_gets_no_dialog_no_heap_in_dumps_and_a_user_level_wer_exclusion():
    kernel32, wer = FakeKernel32(), FakeWer()
    ok = hardening._disable_windows_error_reporting(
        loader(kernel32, wer), r"C:\Users\x\AppData\Local\Programs\LIVC Desktop\livc-desktop.exe",
        frozen=True,
    )  # fmt: skip
    assert ok is True
    assert kernel32.mode == 0x8000 | 0x0001 | 0x0002
    assert kernel32.wer_flags == [0x0001]
    assert wer.excluded == [("livc-desktop.exe", False)]  # HKCU: no administrator rights


def test_a_pip_installation_does_not_exclude_python_exe_and_says_so():
    kernel32, wer = FakeKernel32(), FakeWer()
    ok = hardening._disable_windows_error_reporting(
        loader(kernel32, wer), r"C:\Python311\pythonw.exe", frozen=False
    )
    assert ok is False
    assert wer.excluded == []
    assert kernel32.wer_flags == [0x0001]


@pytest.mark.parametrize(
    ("kernel32", "wer"),
    [
        (FakeKernel32(keeps_mode=False), FakeWer()),
        (FakeKernel32(wer_flags_result=0x80070005), FakeWer()),
        (FakeKernel32(), FakeWer(result=0x80070005)),
        (FakeKernel32(), None),
    ],
    ids=["error mode refused", "WerSetFlags failed", "exclusion failed", "no wer.dll"],
)
def test_any_failed_measure_is_reported(kernel32, wer):
    assert (
        hardening._disable_windows_error_reporting(
            loader(kernel32, wer), "livc-desktop.exe", frozen=True
        )
        is False
    )


def test_without_the_windows_dlls_it_reports_not_available():
    def missing(name: str):
        raise OSError(name)

    assert hardening._disable_windows_error_reporting(missing, "x.exe", frozen=True) is False
