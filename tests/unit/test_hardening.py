"""Hardening: no core dumps, a log without content, SQLCipher quiet, the binding test."""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
import textwrap

import pytest

from livc_desktop.domain.errors import BindingUnfit, WrongPassphrase
from livc_desktop.services import hardening
from livc_desktop.services import register as register_service
from livc_desktop.storage import binding, connection
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

SEEDED = "Zoë Testpersoon woont Fictieflaan 13 رانيا المثال"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_no_core_dumps_after_hardening():
    code = textwrap.dedent(
        """
        import resource
        from livc_desktop.services import hardening
        assert hardening.is_dumpable() is True
        assert hardening.disable_core_dumps()
        assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
        assert hardening.is_dumpable() is False
        print("hardened")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "hardened"


def test_sqlcipher_stays_silent_on_a_wrong_key(session, register_path, capfd):
    session.close()
    with pytest.raises(WrongPassphrase):
        register_service.unlock(register_path, OTHER_PASSPHRASE)
    captured = capfd.readouterr()
    assert "hmac" not in captured.err.lower() and captured.err == ""


def test_log_never_holds_content_parameters_or_passphrase(
    session, register_path, tmp_path, monkeypatch
):
    log_dir = tmp_path / "logs"
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    saved_hooks = (sys.excepthook,)
    try:
        log_file = hardening.setup_logging(log_dir)
        log = logging.getLogger("livc_desktop.test")
        # Seeded content through a service: a failing write with the content in the
        # exception message and in the SQL parameters.
        session.settings.set("probe", SEEDED)
        with pytest.raises(Exception) as info:
            session.register.execute(
                "INSERT INTO setting(key, value) VALUES(?, ?)", ("probe", SEEDED)
            )
        log.exception("saving failed for %s with %s", SEEDED, PASSPHRASE)
        try:
            raise ValueError(f"cannot save {SEEDED} / {PASSPHRASE}") from info.value
        except ValueError:
            log.exception("service error %d", 42)
            sys.excepthook(*sys.exc_info())
        with pytest.raises(WrongPassphrase):
            register_service.unlock(register_path, OTHER_PASSPHRASE)
        logging.getLogger().handlers[-1].flush()
    finally:
        sys.excepthook = saved_hooks[0]
        root = logging.getLogger()
        for h in list(root.handlers):
            if getattr(h, "baseFilename", "").startswith(str(log_dir)):
                root.removeHandler(h)
                h.close()
    text = log_file.read_text(encoding="utf-8")
    assert "service error 42" in text and "ValueError" in text  # the log is useful...
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert log_file in written
    needles = [
        SEEDED.encode(),
        "Zoë".encode(),
        "رانيا".encode(),
        PASSPHRASE.encode(),
        OTHER_PASSPHRASE.encode(),
    ]
    for path in written:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, (path.name, needle)


def test_program_refuses_a_register_with_an_unfit_binding(session, register_path, monkeypatch):
    session.close()
    before = hashlib.sha256(register_path.read_bytes()).hexdigest()
    real = binding.binding_info()
    for broken in (
        real.__class__(**{**real.__dict__, "fts5": False}),
        real.__class__(**{**real.__dict__, "cipher_version": ""}),
        real.__class__(**{**real.__dict__, "provider": "none"}),
    ):
        monkeypatch.setattr(binding, "binding_info", lambda b=broken: b)
        with pytest.raises(BindingUnfit):
            register_service.unlock(register_path, PASSPHRASE)
        with pytest.raises(BindingUnfit):
            hardening.startup_self_test()
    assert hashlib.sha256(register_path.read_bytes()).hexdigest() == before
    monkeypatch.undo()
    register_service.unlock(register_path, PASSPHRASE).close()


def test_default_parameter_registers_still_open(tmp_path):
    """A register made with SQLCipher's default KDF and no sidecar (older builds)."""
    path = tmp_path / "old.livc"
    reg = connection.create_register(path, PASSPHRASE.encode())
    reg.close()
    # Rebuild it with the default iteration count and drop the sidecar.
    legacy = tmp_path / "legacy.livc"
    reg = connection.open_register(path, PASSPHRASE.encode())
    reg.export_to(legacy, PASSPHRASE.encode(), kdf_iter=connection.SQLCIPHER_DEFAULT_KDF_ITER)
    reg.close()
    assert not connection.params_path(legacy).exists()
    opened = connection.open_register(legacy, PASSPHRASE.encode())
    assert int(opened.scalar("PRAGMA kdf_iter")) == connection.SQLCIPHER_DEFAULT_KDF_ITER
    opened.close()


def test_kdf_iter_is_recorded_beside_the_register(session, register_path):
    assert connection.read_params(register_path) == connection.KDF_ITER
    import json

    data = json.loads(connection.params_path(register_path).read_text())
    assert data["kdf_algorithm"] == "PBKDF2_HMAC_SHA512" and "salt" not in data
