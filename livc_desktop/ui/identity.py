"""The program's icon (resources/icons), for the application, its windows and About."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from livc_desktop.resources import icon_files


def app_icon() -> QIcon:
    # The PNG sizes first: drawn for their size, crisper than the SVG scaled down.
    icon = QIcon()
    for path in [*icon_files()[1:], icon_files()[0]]:
        if path.is_file():
            icon.addFile(str(path))
    return icon
