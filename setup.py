"""Build hook: the wheel carries the compiled translations and the licence texts.

Everything else is declared in pyproject.toml. The .qm files are compiled here, inside the
package build, so that `pip install .` can never produce a silently English program
(tools/qmrelease.py: pyside6-lrelease when present, otherwise its own .qm writer)."""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tools"))
import qmrelease  # noqa: E402


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            # An editable checkout reads translations/ and LICENSE in place (make release-translations).
            return
        package = Path(self.build_lib) / "livc_desktop"
        qmrelease.release(ROOT / "translations", package / "translations")
        shutil.copyfile(ROOT / "LICENSE", package / "resources" / "LICENSE.txt")


setup(cmdclass={"build_py": BuildWithTranslations})
