"""Storage: the only package that imports sqlcipher3.

`open_register` / `create_register` give a keyed `Register`; repositories take it.
"""

from livc_desktop.storage.binding import binding_info
from livc_desktop.storage.connection import (
    APPLICATION_ID,
    Register,
    create_register,
    open_register,
)
from livc_desktop.storage.lock import RegisterLock

__all__ = [
    "APPLICATION_ID",
    "Register",
    "RegisterLock",
    "binding_info",
    "create_register",
    "open_register",
]
