"""The GUI: the only package that imports Qt widgets. `messages` and `i18n` use QtCore only,
so the command line can share their translated texts."""
