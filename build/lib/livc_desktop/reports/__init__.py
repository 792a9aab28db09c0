"""Reports: the only package that imports reportlab. Builders get ready-made, translated
labels from the caller and return PDF bytes (built in memory, written once by the caller)."""
