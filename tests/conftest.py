"""Root test configuration. Qt must be headless before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "livc", deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("livc")

# Fictional test passphrases; they protect nothing real.
PASSPHRASE = "correct horse battery staple"
OTHER_PASSPHRASE = "a different passphrase, 2026!"


@pytest.fixture
def register_path(tmp_path: Path) -> Path:
    return tmp_path / "cell" / "register.livc"


@pytest.fixture
def session(register_path: Path):
    from livc_desktop.domain.cell import CellProfile, CellStructure
    from livc_desktop.services import register as register_service

    s = register_service.create(
        register_path,
        PASSPHRASE,
        PASSPHRASE,
        CellProfile(["Testdorp"], CellStructure.INTEGRATED, officer_name="Test Ambtenaar"),
    )
    yield s
    if s.is_open:
        s.close()


# The program derives keys with ~1 s of PBKDF2 (storage.connection.KDF_ITER); the tests
# create hundreds of registers, so they use a cheaper count. Subprocess tests keep the
# real one. Registers made here still record their count in the params sidecar.
from livc_desktop.storage import connection as _connection  # noqa: E402

_connection.KDF_ITER = 64_000
# The bounds on counts read from sidecars and manifests follow (in this process only).
_connection.KDF_ITER_MIN = 64_000
