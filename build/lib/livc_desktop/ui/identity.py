"""The program's icon (resources/icons), for the application, its windows and About."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from livc_desktop.resources import icon_files


def app_icon() -> QIcon:
    icon = QIcon()
    for path in icon_files():
        if path.is_file():
            icon.addFile(str(path))
    return icon
