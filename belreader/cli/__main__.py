"""`python -m belreader.cli`, as the installed `belreader` script."""

import sys

from . import main

sys.exit(main())
