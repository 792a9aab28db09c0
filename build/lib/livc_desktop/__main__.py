import sys

from livc_desktop.cli import main

sys.exit(main())
