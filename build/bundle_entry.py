# The bundle's two executables share this script: `livc-desktop-cli` is the console admin
# command line, `livc-desktop` the windowed program (see livc-desktop.spec). On Linux the
# first is a link to the second, so the name it was started by decides.
import sys
from pathlib import Path

if Path(sys.argv[0]).stem.lower().endswith("-cli"):
    from livc_desktop.cli_main import main
else:
    from livc_desktop.gui_main import main

sys.exit(main())
