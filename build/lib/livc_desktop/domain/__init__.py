"""Plain-Python domain rules. Nothing here imports Qt, SQLCipher or reportlab.

The domain speaks in enums and codes; the UI and the reports translate them.
"""
