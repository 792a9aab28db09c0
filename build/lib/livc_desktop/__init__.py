"""LIVC Desktop: an offline, encrypted register for a Local Integrated Security Cell."""

__version__ = "0.1.0"
APP_NAME = "LIVC Desktop"
APP_ID = "livc-desktop"
ORG_NAME = "LIVC Desktop"
