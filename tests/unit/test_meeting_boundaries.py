"""Where the meetings feature meets the rest: a case's identity leaves meeting texts only
through the hand-over service, and the panels of the meetings screen never reach the
page or each other (they get a context and speak through signals)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "livc_desktop"


def _calls(path: Path, module_alias: set[str], names: set[str]) -> list[str]:
    """`alias.name(...)` calls in `path` for a module imported under one of the aliases."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in names
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in module_alias
        ):
            found.append(node.func.attr)
    return found


def _cases_aliases(path: Path) -> set[str]:
    aliases = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "livc_desktop.services":
            aliases |= {a.asname or a.name for a in node.names if a.name == "cases"}
    return aliases


def test_identity_changes_and_hand_overs_go_through_the_hand_over_service():
    """`cases.save_identity` and a black flag erase what tells printing which words to
    blank: only services/handover.py (which blanks meeting texts first) calls them, and
    the meeting's own decisions, which refuse a black flag."""
    allowed = {
        "services/handover.py": {"save_identity", "change_flag"},
        "services/meetings/running.py": {"change_flag"},
    }
    seen: dict[str, set[str]] = {}
    for path in sorted(ROOT.rglob("*.py")):
        aliases = _cases_aliases(path)
        if aliases:
            calls = set(_calls(path, aliases, {"save_identity", "change_flag"}))
            if calls:
                seen[str(path.relative_to(ROOT))] = calls
    assert seen == allowed


def test_meeting_panels_never_reach_the_page_or_each_other():
    panels = ["prepare", "run", "attendance", "minutes", "note_editor"]
    others = {"PreparePanel", "RunPanel", "AttendancePanel", "MinutesPanel", "MeetingsPage"}
    for name in panels:
        tree = ast.parse((ROOT / "ui" / "pages" / "meetings" / f"{name}.py").read_text())
        attrs = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        assert "_page" not in attrs, name
        assert not attrs & {"prepare_panel", "run_panel", "minutes_panel"}, name
        imported = {
            a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names
        }
        own = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
        # A panel may hold a sub-panel it owns (the run tab its attendance side).
        allowed = {"AttendancePanel"} if name == "run" else set()
        assert not (imported - allowed) & (others - own), name
