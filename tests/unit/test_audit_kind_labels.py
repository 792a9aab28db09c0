"""Every event kind the program records has its own translated label (no generic English
fallback can reach a Dutch, French or German trail)."""

from __future__ import annotations

import ast
from pathlib import Path

from livc_desktop.domain import audit as rules
from livc_desktop.ui.audit_labels import audit_kind_label, kind_labels

ROOT = Path(__file__).resolve().parents[2] / "livc_desktop"


def _kinds_in(node: ast.expr) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _kinds_in(node.body) | _kinds_in(node.orelse)
    if isinstance(node, ast.Attribute) and node.attr.isupper():
        return {getattr(rules, node.attr)}
    return set()


def recorded_kinds() -> set[str]:
    found: set[str] = set()
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("record", "_record")
                and node.args
            ):
                found |= _kinds_in(node.args[0])
    # Recorded through a variable: the ways a register is opened, the settings wrapper.
    found |= {rules.REGISTER_UNLOCKED, rules.REGISTER_CREATED, rules.PASSPHRASE_CHANGED}
    found |= {rules.SETTINGS_CHANGED}
    return found


def test_the_collector_finds_the_kinds_it_should():
    kinds = recorded_kinds()
    assert {"case_opened", "identity_revealed", "export_pdf", "minutes_finalised"} <= kinds
    assert {"signal_trace_created", "export_file", "case_purged"} <= kinds
    assert len(kinds) > 50


def test_every_recorded_kind_has_its_own_label():
    labels = kind_labels()
    missing = sorted(k for k in recorded_kinds() if k not in labels)
    assert missing == []
    assert audit_kind_label("some_unknown_kind") == "some_unknown_kind"
